# error: 4:12: error: dict(d) of a dict is not supported in kilopy: write {k: v for k, v in d.items()}
# dict(d) copies a dict in CPython; kilopy takes pairs.
d = {1: 2}
print(dict(d))
