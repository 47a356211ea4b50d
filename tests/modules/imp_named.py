"""A module that reads its own __name__ outside a __main__ block."""
IS_MAIN = __name__ == "__main__"
KNOWN = __name__ == "imp_named"


def describe():
    if not __name__ == "__main__":
        return "imported"
    return "run"


if __name__ == "imp_named":
    print("imp_named loaded")
