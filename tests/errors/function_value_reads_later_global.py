# error: 8:7: error: this call (which may call first()) here reads global 'names' (line 4) before it is assigned: assign it at module level before this call
# A call through a function kept in a list, before a global it reads is assigned.
def first():
    return names[0]


handlers = [first]
print(handlers[0]())
names = ["x"]
