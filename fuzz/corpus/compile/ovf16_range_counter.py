# kilopy: overflow16
# A range and loop counter running past 32767.
count = 0
last = 0
for i in range(0, 100000, 997):
    count += 1
    last = i
print(count, last)
n = 30000
while n < 40000:
    n += 1234
print(n)
