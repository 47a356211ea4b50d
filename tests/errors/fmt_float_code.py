# error: 4:18: error: the format code 'f' prints an int as a float, and kilopy has no floats: use 'd' with scaled integers (e.g. {x // 100}.{x % 100:02d})
# The 'f' format code prints a float; kilopy has only ints.
acc = 87
print(f"accuracy {acc:.2f}")
