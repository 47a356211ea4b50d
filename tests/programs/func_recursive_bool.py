# recursive functions whose return type is found through themselves: a conditional
# expression or an `or` mixing a bool with the recursive call.
def even(n):
    return True if n == 0 else odd(n - 1)


def odd(n):
    return False if n == 0 else even(n - 1)


def all_zero_below(n):
    return n == 0 or all_zero_below(n - 1)


def has_digit(n, d):
    return n > 0 and (n % 10 == d or has_digit(n // 10, d))


print(even(10), odd(7), even(3), all_zero_below(5))
print(has_digit(1234, 3), has_digit(1234, 7))
