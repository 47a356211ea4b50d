# error: 8:10: error: map(f, xs) is supported in kilopy only as the argument of list, sum, min, max, any, all or sorted, and as what a for loop iterates over: write a list comprehension, [relu(x) for x in xs]
# map() kept as a value (an iterator in CPython).
def relu(x):
    return x if x > 0 else 0


xs = [3, -1]
ys = map(relu, xs)
print(list(ys))
