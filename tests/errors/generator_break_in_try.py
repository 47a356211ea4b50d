# error: 7:5: error: `break` inside a try statement in a loop over a generator is not supported in kilopy: set a flag in the try statement and break after it
# break inside a try in the loop body over a generator.
def count(n):
    for i in range(n):
        yield i
for v in count(3):
    try:
        break
    except ValueError:
        pass
