# raise ... from e, e the exception the enclosing handler took: caught by the caller's handler.
def parse(text):
    try:
        return int(text)
    except ValueError as e:
        raise KeyError(text) from e


def load(items):
    out = []
    for t in items:
        try:
            out.append(parse(t))
        except KeyError as err:
            print("bad item", err)
            try:
                raise RuntimeError("while loading " + t) from err
            except RuntimeError as r:
                print("wrapped:", r)
    return out


print(load(["1", "x", "22", "3y"]))
