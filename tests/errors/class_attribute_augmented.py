# error: 8:9: error: assigning the class attribute Sensor.count is not supported in kilopy: class attributes are constants; keep what changes in a module-level name (Sensor_count = ..., with `global Sensor_count` in the functions that assign it)
# a class attribute counted up in a method (C.count += 1) is refused like C.count = ...: it
# crashed the compiler before (the read folded the target to its constant).
class Sensor:
    count = 0
    def __init__(self, name):
        self.name = name
        Sensor.count += 1

s = Sensor("p1")
print(Sensor.count)
