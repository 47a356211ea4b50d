# A function returning a str or None (refused before strs could be None).
def name(n):
    if n > 0:
        return "pos"
    return None

print(name(1))
print(name(0))
