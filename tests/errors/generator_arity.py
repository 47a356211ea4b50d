# error: 6:19: error: TypeError: count() takes 1 positional argument but 2 were given
# a generator called with too many arguments.
def count(n):
    for i in range(n):
        yield i
for v in count(1, 2):
    print(v)
