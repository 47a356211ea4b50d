# error: 4:10: error: d.update(a=...) stores the str key 'a' in a dict[int, int] (kilopy dicts have one key type)
# d.update(k=v) gives a str key, which a dict of int keys cannot hold.
d = {1: 2}
d.update(a=3)
