# error: 4:18: error: an exception's message is a str in kilopy, not a list[int]: raise E(f"...{x}") or raise E(str(x))
# An exception message that is no str, int, bool or None.
m = [3]
raise ValueError(m)
