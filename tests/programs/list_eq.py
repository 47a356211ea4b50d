# == and != between lists compare element by element; chained and in conditions.
a = [1, 2, 3]
b = [1, 2]
b.append(3)
print(a == b, a != b, a == [1, 2], [] == [0] * 0)
if a == b:
    print("equal")
if a != [3, 2, 1] and len(b) > 0:
    print("differ")
x = [1] if len(a) > 2 else [2]
print(x, [True] == [True], [[1, 2]] == [[1, 2]])
