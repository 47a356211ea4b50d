# error: 5:9: error: functions nest one level deep in kilopy: define 'inner' beside 'middle' in f()
# a function nested two levels deep.
def f(x):
    def middle(v):
        def inner(w):
            return w * 2
        return inner(v) + x
    return middle(x)


print(f(1))
