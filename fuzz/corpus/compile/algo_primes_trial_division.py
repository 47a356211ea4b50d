# Primes by trial division: list primes below 200, count primes below 2000, largest prime factor.
def is_prime(n):
    if n < 2:
        return False
    if n % 2 == 0:
        return n == 2
    d = 3
    while d * d <= n:
        if n % d == 0:
            return False
        d += 2
    return True

def largest_factor(n):
    f = 2
    last = 1
    while f * f <= n:
        while n % f == 0:
            last = f
            n //= f
        f += 1
    if n > 1:
        last = n
    return last

for n in range(200):
    if is_prime(n):
        print(n, end=" ")
print()
count = 0
for n in range(2000):
    if is_prime(n):
        count += 1
print("count", count)
print(largest_factor(13195), largest_factor(32767), largest_factor(1024), largest_factor(9973))
