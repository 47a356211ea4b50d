# error: 6:5: error: functions are not values in kilopy: call 'f(...)'
# a function name used as a value.
def f():
    return 1

g = f
print(1)
