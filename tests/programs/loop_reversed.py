# for x in reversed(...): lists (length taken at the start, stops when the index leaves the
# list), arrays and ranges, including ranges at the ends of the int range.
from array import array

xs = [1, 2, 3, 4]
for x in reversed(xs):
    print(x, end=" ")
print()
for x in reversed(array('B', [200, 100, 0])):
    print(x, end=" ")
print()
for x in reversed(xs):  # appends are not seen: the length is taken once
    if x == 4:
        xs.append(9)
    print(x, end=" ")
print(xs)
for x in reversed(xs):  # popping two per step ends the loop once the index passes the end
    xs.pop()
    xs.pop()
    print(x, xs)
ys = [5, 6, 7]
for x in reversed(ys):
    ys.insert(0, x)  # the index walks back into the shifted elements
print(ys, x)

for x in reversed(range(5)):
    print(x, end=" ")
print()
for x in reversed(range(2, 9, 3)):
    print(x, end=" ")
print()
for x in reversed(range(10, -3, -4)):
    print(x, end=" ")
print()
for x in reversed(range(-32768, -32760, 3)):
    print(x, end=" ")
print()
for x in reversed(range(32767, 32760, -2)):
    print(x, end=" ")
print()
for x in reversed(range(-32768, 32767, 9000)):
    print(x, end=" ")
print()
for x in reversed(range(3, 3)):
    print("never")
else:
    print("empty range")
for i, x in enumerate(reversed(range(3))):
    print(i, x)
for i, x in enumerate(reversed([7, 8, 9])):
    if i == 1:
        break
print("after:", i, x)
