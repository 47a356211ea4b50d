# Functions returning bools on every path, used in conditions and printed.
def is_even(n):
    return n % 2 == 0

def is_prime(n):
    if n < 2:
        return False
    d = 2
    while d * d <= n:
        if n % d == 0:
            return False
        d += 1
    return True

def between(x, lo, hi):
    return lo <= x <= hi

print(is_even(4), is_even(-3), is_even(0))
for n in range(-1, 20):
    if is_prime(n):
        print(n, end=" ")
print()
print(between(5, 1, 10), between(0, 1, 10), between(10, 1, 10))
print(is_prime(97) and is_even(2), is_prime(91) or is_even(91), not is_prime(1))
