# Exception classes with __init__ and fields: e is the object, its fields and str(e).
class SensorError(Exception):
    def __init__(self, sensor, value):
        super().__init__(f"sensor {sensor} out of range: {value}")
        self.sensor = sensor
        self.value = value


class Timeout(Exception):
    """a reading that never came"""

    def __init__(self, ms):
        self.ms = ms
        super().__init__("timed out after", ms, "ms")


def check(s, v):
    if v > 100:
        raise SensorError(s, v)
    if v < 0:
        raise Timeout(-v) from None
    return v


total = 0
for s, v in [(1, 50), (2, 150), (3, -20), (4, 7)]:
    try:
        total += check(s, v)
        print("ok", s)
    except SensorError as e:
        print("error:", e, e.sensor, e.value)
        print(f"[{e}] {str(e)!r} {e.value * 2}")
        e.value = 0
        print(e.value, type(e).__name__, isinstance(e, SensorError))
    except Timeout as e:
        print("timeout:", e, e.ms)
    except Exception as e:
        print("other", e)
try:
    check(9, 1000)
except Exception as e:
    print("as Exception:", e)
print("total", total)
