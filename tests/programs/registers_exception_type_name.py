# type(e).__name__ of a handler's `as e` lives where every handler binding e starts (each writes it),
# so no variable of a statement before shares its register (the module's and a function's).
for v in [-3]:
    try:
        raise ValueError("neg")
    except ValueError as e:
        pass
    print(v)

try:
    raise KeyError("x")
except Exception as e:
    print(type(e).__name__)
def main():
    for v in [-3]:
        try:
            raise ValueError("neg")
        except ValueError as e:
            pass
        print(v)
    try:
        raise KeyError("x")
    except Exception as e:
        print(type(e).__name__)
main()
