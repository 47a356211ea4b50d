# error: 4:5: error: 'yield' outside function: a yield belongs in a def at the top level, a generator that a for loop consumes
# yield at module level.
for i in range(3):
    yield i
