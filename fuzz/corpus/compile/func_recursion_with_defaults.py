# Recursive functions with default parameters used as accumulators.
def sum_digits(n, acc=0):
    if n == 0:
        return acc
    return sum_digits(n // 10, acc + n % 10)

def count_down(n, step=3, total=0):
    if n <= 0:
        return total
    return count_down(n - step, step, total + n)

def binary(n, first=True):
    if n > 1:
        binary(n // 2, False)
    print(n % 2, end="")
    if first:
        print()

print(sum_digits(12345), sum_digits(9), sum_digits(30303, 100))
print(count_down(10), count_down(10, 1), count_down(10, 4, -100))
binary(0)
binary(5)
binary(255)
binary(1024)
binary(32767)
