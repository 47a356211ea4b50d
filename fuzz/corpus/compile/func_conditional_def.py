# error: 5:5: error: functions must be defined at the top level of the module (nested and conditional def are not supported)
# def inside an if at module level is refused.
x = 1
if x > 0:
    def f():
        return 1
print(1)
