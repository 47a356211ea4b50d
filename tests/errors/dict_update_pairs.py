# error: 4:10: error: d.update() of a list[tuple[int, int]] is not supported in kilopy: it takes a dict or keyword arguments (store pairs in a loop: for k, v in pairs: d[k] = v)
# d.update() of a list of pairs: kilopy takes a dict or keywords.
d = {1: 2}
d.update([(3, 4)])
