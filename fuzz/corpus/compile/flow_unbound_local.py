# a local assigned on one path only: UnboundLocalError when the other path reads it; loop
# variables of possibly-empty ranges and names assigned in while bodies are checked at run time.
def pick(n):
    if n > 0:
        y = n * 2
    return y


i = 0
while i < 3:
    last = i
    i += 1
print(last)
for k in range(i):
    pass
print(k)
print(pick(4))
print(pick(0))
