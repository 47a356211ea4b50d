# `raise e` in the handler of `except ... as e` raises the handled exception again, as a bare
# raise does (after a nested try in the handler too).
class ConfigError(Exception):
    def __init__(self, key, reason):
        super().__init__(key + ": " + reason)
        self.key = key


def parse(settings, key):
    try:
        value = settings[key]
        if value < 0:
            raise ConfigError(key, "negative")
        return value * 2
    except KeyError as e:
        print("missing", e)
        raise e
    except ConfigError as e:
        try:
            fallback = settings["default"]
        except KeyError:
            fallback = -1
        print("bad", e.key, fallback)
        if fallback < 0:
            raise e
        return fallback


settings = {"a": 3, "b": -1}
print(parse(settings, "a"))
for key in ["b", "zz"]:
    try:
        parse(settings, key)
    except ConfigError as e:
        print("ConfigError:", e)
    except KeyError as e:
        print("KeyError:", e)
settings["default"] = 7
print(parse(settings, "b"))
parse(settings, "q")
