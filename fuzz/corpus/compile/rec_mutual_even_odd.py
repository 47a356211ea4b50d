# Mutual recursion: is_even / is_odd calling each other (shallow enough for the default arena).
def is_even(n):
    if n == 0:
        return True
    return is_odd(n - 1)

def is_odd(n):
    if n == 0:
        return False
    return is_even(n - 1)

for n in range(0, 12):
    print(n, is_even(n), is_odd(n))
print(is_even(21), is_odd(21))
