# error: 3:1: error: with statements are not supported
# with is refused.
with open("f") as fh:
    print(1)
