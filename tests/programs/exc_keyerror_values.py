# raise KeyError(k) of any value: str(e) is repr(k) for one argument (quoted for a str, an
# int's digits), the arguments' tuple for several; caught, then uncaught.
inventory = {"apple": 3, "pear": 0}


def take(item):
    if item not in inventory:
        raise KeyError(item)
    inventory[item] -= 1
    return inventory[item]


for it in ["apple", "kiwi", "it's"]:
    try:
        print(it, take(it))
    except KeyError as e:
        print("missing", e, len(str(e)))
for code in [404, -1]:
    try:
        raise KeyError(code)
    except LookupError as e:
        print("code", e)
step = 3
try:
    raise KeyError(step > 2)
except KeyError as e:
    print("flag", e)
try:
    raise KeyError(None)
except KeyError as e:
    print("none", e)
try:
    raise KeyError(f"step {step}")
except KeyError as e:
    print(e)
try:
    raise KeyError("a", 1)
except KeyError as e:
    print(e)
name = "wind"
raise KeyError(name)
