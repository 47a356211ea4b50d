# keyword arguments: any order after the positional ones, mixed with defaults, keyword-only
# parameters (after a bare *); arguments are evaluated left to right in source order.
def f(a, b=2, c=3):
    return a * 100 + b * 10 + c


def step(w, x, *, lr=1, bias=0):
    return w + lr * x + bias


def seen(v):
    print("eval", v)
    return v


def pair(first, second):
    return first * 10 + second


print(f(1), f(1, c=5), f(1, 4), f(c=7, a=1), f(b=0, c=0, a=9))
print(step(1, 2), step(1, 2, lr=3), step(1, 2, bias=5, lr=2))
# evaluation order: c's argument first, then b's, then a's, as written
print(f(c=seen(1), b=seen(2), a=seen(3)))
print(pair(second=seen(4), first=seen(5)))
# side effects through list.pop(): the keyword written first pops first
xs = [1, 2, 3, 4]
print(pair(second=xs.pop(), first=xs.pop()), xs)
print(pair(xs.pop(), second=xs.pop()), xs)
