# raise E(message) with a message built at run time: f-strings, +, str(); caught with `as e`
# (print(e)) in this frame or a caller's, and the last one uncaught (its traceback's last line).
class TrainingError(Exception):
    pass


class Diverged(TrainingError):
    pass


def step(n, limit):
    if n > limit:
        raise Diverged(f"loss {n * 10} above {limit * 10} at step {n}")
    if n < 0:
        raise TrainingError("negative step " + str(n))
    return n * 2


def run(steps, limit):
    total = 0
    try:
        for n in steps:
            total += step(n, limit)
    except Diverged as e:
        print("diverged:", e)
    except TrainingError as e:
        print("error:", e)
    return total


print(run([1, 2, 3], 2), run([1, -4, 9], 5), run([0, 1], 9))
words = ["ok", "bad", "ok"]
for i, w in enumerate(words):
    try:
        if w != "ok":
            raise TrainingError(w.upper() + "#" + str(i))
        print(i, w)
    except TrainingError as e:
        print("caught", e)
msg = "plain"
try:
    raise Diverged(msg)
except TrainingError as e:
    print(e, len(msg))
step(7, 3)
