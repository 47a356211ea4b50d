# An exception raised in a try statement's else block is not caught by that statement's own
# handlers, also when a handler or the else block returns, breaks or continues through its
# finally (whose copies there are holes in the handlers' ranges).
def parse(s):
    try:
        n = int(s)
    except ValueError:
        print("not a number:", s)
        return -1
    else:
        if n < 0:
            raise ValueError("negative: " + s)
        return n
    finally:
        print("parsed", s)


for s in ["12", "x", "-5"]:
    try:
        print(parse(s))
    except ValueError as e:
        print("error:", e)


def get(xs, i):
    try:
        pass
    except IndexError:
        return -2
    else:
        return xs[i]
    finally:
        print("get", i)


try:
    print(get([1, 2], 1), get([1, 2], 5))
except IndexError as e:
    print("outer:", e)

for i in range(3):
    try:
        try:
            if i == 2:
                raise KeyError(i)
        except KeyError:
            print("key", i)
            continue
        except ValueError:
            print("WRONG", i)
        else:
            if i == 1:
                raise ValueError("from else")
        finally:
            print("finally", i)
    except ValueError as e:
        print("caught outside:", e)
