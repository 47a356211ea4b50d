# except E as e of the program's own classes: print(e) prints the raise's message (nothing
# for a raise without one), in a function and in the module body.
class ConfigError(Exception):
    pass


class MissingKey(ConfigError):
    pass


def load(n):
    if n == 1:
        raise MissingKey("key 'rate' is missing")
    if n == 2:
        raise ConfigError("rate must be positive")
    if n == 3:
        raise ConfigError
    return n * 10


def report(n):
    try:
        return load(n)
    except MissingKey as e:
        print("missing:", e)
    except ConfigError as e:
        print("config:", e, "|")
    return 0


for n in range(5):
    print(n, report(n))
try:
    load(2)
except ConfigError as err:
    print(err)
    print("handled")
