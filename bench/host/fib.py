# Recursive fib: calls and returns. Host speed workload (bench/host_speed.py); twins fib.c, fib.lua.
N = 32


def fib(n):
    if n < 2:
        return n
    return fib(n - 1) + fib(n - 2)


print(fib(N))
