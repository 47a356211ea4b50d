# pass in loops, branches and function bodies.
def noop():
    pass

for i in range(3):
    pass
if i == 2:
    pass
else:
    print("unreachable")
while i > 0:
    i -= 1
    if i == 1:
        pass
    print(i)
print(noop())
print("end")
