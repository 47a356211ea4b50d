# int() as CPython reads text: ASCII whitespace around the number, but not \x1c-\x1f (which
# str.isspace() and split() take); int(s, base) of a long invalid text is a ValueError, never an
# OverflowError (every character is checked before any digit is summed in).
for s in ["\x1c7", "7\x1f", "\x1d 7", " \t7\n", "\x0b7\x0c", "\r-7\r", "7\x1e"]:
    for base in [10, 16, 0]:
        try:
            print(repr(s), base, int(s, base) if base != 10 else int(s))
        except ValueError as e:
            print(repr(s), base, "ValueError:", e)
print("a\x1cb c".split(), "\x1f".isspace())
for s in ["fffffffffffffffx", "1_2_3_4_5_6_7_8_9_0_1_2_3_", "0x" + "f" * 20 + "g", "-" + "7" * 30 + "z",
          "9" * 40 + " x"]:
    for base in [16, 10, 0]:
        try:
            print(int(s, base))
        except ValueError as e:
            print("ValueError:", e)
