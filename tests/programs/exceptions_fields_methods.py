# Methods of exception classes, overridden in a subclass and called through the handler's e.
class ReadError(Exception):
    def __init__(self, channel, raw):
        super().__init__(f"channel {channel}")
        self.channel = channel
        self.raw = raw

    def describe(self):
        return f"{type(self).__name__} on {self.channel}: raw={self.raw}"

    def severity(self):
        return 1

    def scaled(self, k=10):
        return self.raw * k


class Spike(ReadError):
    def severity(self):
        return 2 + super().severity()


def read(channel, raw):
    if raw > 1000:
        raise Spike(channel, raw)
    if raw < 0:
        raise ReadError(channel, raw)
    return raw


worst = 0
log = []
for channel, raw in [(0, 5), (1, -3), (2, 2000), (3, 9)]:
    try:
        print("read", read(channel, raw))
    except ReadError as e:
        print(e.describe(), e.severity(), e.scaled(), e.scaled(k=2))
        worst = max(worst, e.severity())
        log.append(e)
print("worst", worst)
for x in log:
    print(x.channel, x.describe(), x)
pending = ReadError(9, 99)  # made, never raised
print(pending.describe(), pending, str(pending) == "channel 9")
