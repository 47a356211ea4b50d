# kilopy: overflow16
# Iterative Fibonacci up to fib(46) = 1836311903, the largest Fibonacci number below 2**31.
a, b = 0, 1
for i in range(45):
    a, b = b, a + b
    if i % 5 == 0 or i > 39:
        print(i + 1, a)
print(b)
