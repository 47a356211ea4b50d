# error: 6:9: error: !r or %r of a str or None is not supported in kilopy: format it where the str is not None
# !r of a str or None (CPython quotes a str, not None): refused.
name = None
for s in ["b", "a"]:
    name = s
print(f"{name!r}")
