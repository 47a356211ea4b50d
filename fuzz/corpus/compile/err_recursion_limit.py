# kilopy: heap=65535
# Unbounded recursion exceeds the recursion limit: RecursionError, exit status 1.
def dive(n):
    if n < 0:
        return 0
    return dive(n) + 1

print("before")
print(dive(1))
print("unreachable")
