# error: 7:7: error: d.get(k) gives None for a missing key; kilopy takes it when the dict and the key are names, constants or items of them: assign them to names first
# d.get(k) is `d[k] if k in d else None`, which evaluates the key twice: a call there would run
# twice.
d = {1: 2}
def key():
    return 1
print(d.get(key()))
