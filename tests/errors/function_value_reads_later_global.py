# error: 7:13: error: using first as a value here lets it read global 'names' (line 4) before it is assigned: assign it at module level before this use
# A function kept in a list before a global it reads is assigned: it may be called from there on.
def first():
    return names[0]


handlers = [first]
print(handlers[0]())
names = ["x"]
