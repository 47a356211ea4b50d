# An uncaught exception object: the traceback's last line is CPython's str(e).
class SensorError(Exception):
    def __init__(self, sensor, value):
        super().__init__(f"sensor {sensor} out of range: {value}")
        self.sensor = sensor
        self.value = value


def check(s, v):
    if v > 100:
        raise SensorError(s, v)
    return v


for s, v in [(1, 50), (2, 150)]:
    try:
        check(s, v)
        print("ok", s)
    except SensorError as e:
        print("error:", e, e.sensor, e.value)
check(3, 200)
print("not reached")
