# error: 5:9: error: kilopy pads an int or a str to a nested width (f'{x:>{w}}'), not a list[int]: pad its text, f'{x!s:>{w}}'
# A list padded to a nested width: CPython raises TypeError (list.__format__); pad its text.
xs = [1, 2]
w = 10
print(f"{xs:>{w}}")
