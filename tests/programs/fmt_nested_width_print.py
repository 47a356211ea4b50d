# Nested f-string widths in print() only, small enough for the ATmega168's 512-byte arena:
# each padded text is built, printed and dropped.
w = 5
for v in [7, -42, 1000]:
    print(f"|{v:{w}}|{v:<{w}}|{v:^{w + 2}}|{v:*>{w}}|{v:+{w}}|{v:0{w}}|{v:#{w + 2}x}|{v:{w},}|")
for s in ["a", "abc", "abcdefg"]:
    print(f"|{s:{w}}|{s:>{w}}|{s:.^{w}}|{s!r:>{w + 2}}|")
for width in [-3, 0, 2]:
    print(f"<{9:{width}}><{-9:>{width}}>")
    try:
        print(f"<{'ab':>{width}}>")
    except ValueError as e:
        print("ValueError:", e)
    try:
        print(f"<{9:+{width}}>")
    except ValueError as e:
        print("ValueError:", e)
