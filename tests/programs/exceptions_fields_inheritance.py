# Subclasses of an exception class with fields: their fields follow the base's, a handler of
# the base reads the base's fields of any of them, one of a class without fields reads str(e).
class AppError(Exception):
    pass


class DeviceError(AppError):
    def __init__(self, device, detail):
        super().__init__(f"{device}: {detail}")
        self.device = device


class BusError(DeviceError):
    def __init__(self, device, address):
        self.address = address
        super().__init__(device, f"no answer at {address}")


class Overheat(DeviceError):
    pass


class Stuck(BusError):
    def __init__(self, address):
        super().__init__("i2c", address)
        self.tries = 3


def poke(n):
    if n == 0:
        raise DeviceError("adc", "not ready")
    if n == 1:
        raise BusError("spi", 0x40)
    if n == 2:
        raise Overheat("cpu", "hot")
    if n == 3:
        raise Stuck(7)
    if n == 4:
        raise AppError("plain")
    return n


for n in range(6):
    try:
        poke(n)
        print("fine", n)
    except Stuck as e:
        print("stuck", e.device, e.address, e.tries, e)
    except BusError as e:
        print("bus", e.device, e.address, e)
    except DeviceError as e:
        print("device", e.device, e, type(e).__name__)
    except AppError as e:
        print("app", e)
for n in range(5):
    try:
        poke(n)
    except DeviceError as e:
        print(n, e.device, isinstance(e, BusError), isinstance(e, Stuck))
    except AppError as e:
        print(n, "app:", e)
for n in range(5):
    try:
        poke(n)
    except AppError as e:
        print(n, "as AppError:", e)
