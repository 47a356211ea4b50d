# kilopy: heap=65535
# Deep recursion (depth 500) in a sum, a countdown and mutual recursion; fine for CPython's limit.
def sum_to(n):
    if n == 0:
        return 0
    return n + sum_to(n - 1)

def depth(n):
    if n <= 0:
        return 0
    return 1 + depth(n - 1)

def ping(n):
    if n == 0:
        return 0
    return pong(n - 1) + 1

def pong(n):
    if n == 0:
        return 0
    return ping(n - 1) + 2

print(sum_to(100))
print(sum_to(200))
print(depth(500))
print(ping(500), pong(499))
