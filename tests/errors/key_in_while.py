# error: 5:7: error: a call with key= in a while condition is not supported in kilopy: compute it into a variable before the loop and again at the end of its body
# a key= call in a while condition (evaluated again on each test) is refused like a comprehension.
xs = [1, -7]
n = 0
while max(xs, key=abs) > n:
    n += 1
print(n)
