# Comparisons between bools and ints, and between bools: True == 1, False < True.
print(True == 1, False == 0, True == 2, True != 1)
print(False < True, True > False, True <= True, False >= True)
print(1 == True, 0 < True, 2 > True)
a = 3 < 5
b = 5 < 3
print(a, b, a == b, a != b, a > b)
print(a == True, b == False, a is not None)
