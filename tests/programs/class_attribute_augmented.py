# a class attribute counted up in a method (C.count += 1): a module variable, Sensor.count.
class Sensor:
    count = 0
    def __init__(self, name):
        self.name = name
        Sensor.count += 1

s = Sensor("p1")
print(Sensor.count)
