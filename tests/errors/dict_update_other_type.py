# error: 4:10: error: this would put the items of a dict[int, str] in a dict[int, int] (kilopy dicts have one key and one value type)
# a dict of other value types would give the dict two value types.
d = {1: 2}
d.update({3: "x"})
