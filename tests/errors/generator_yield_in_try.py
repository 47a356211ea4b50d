# error: 6:13: error: `yield` inside a try statement of generator safe is not supported in kilopy (it is inlined into the consuming loop, whose body would run inside the try): move the try into a function the generator calls
# yield inside try.
def safe(xs):
    try:
        for x in xs:
            yield x
    except ValueError:
        pass
for v in safe([1]):
    print(v)
