# Floor division by zero as the final act raises ZeroDivisionError (exit status 1).
def div(a, b):
    return a // b

print(div(7, 2))
print(div(-7, 2))
d = 3
while d >= 0:
    print(div(12, d))
    d -= 1
print("unreachable")
