# Modulo by zero (computed at run time) raises ZeroDivisionError after earlier output.
a = 10
b = 3
print(a % b)
b -= 3
print("about to divide")
print(a % b)
print("unreachable")
