# kilopy: heap=1024
# Raising exception objects 300 times in a loop in a 1 KB arena: the collector reclaims them.
class Retry(Exception):
    def __init__(self, attempt, readings):
        super().__init__(f"attempt {attempt} failed")
        self.attempt = attempt
        self.readings = readings


def attempt(n):
    if n % 7 != 0:
        raise Retry(n, [n, n + 1, n + 2])
    return n


caught = 0
total = 0
last = ""
for n in range(300):
    try:
        total += attempt(n)
    except Retry as e:
        caught += 1
        total += sum(e.readings) % 5
        last = str(e)
print(caught, total, last)
