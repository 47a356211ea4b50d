# error: 6:12: error: function 'name' returns None here, but returns a string at line 5 (kilopy functions return one type): only an object, an int, a tuple or a list can also be None in kilopy; for a bool or a str, start from a value it never takes otherwise (""), or keep a separate bool
# a function returning a str or None.
def name(n):
    if n > 0:
        return "pos"
    return None

print(name(1))
