# error: 8:7: error: kilopy passes *xs to a *nums parameter only as the one argument after the others (f(a, *xs)): build the tuple first
# *xs passed to a *args parameter other than as the one argument after the others.
def total(*nums):
    return sum(nums)


xs = [1, 2]
print(total(*xs, 3))
