# error: 5:1: error: finally is not supported in kilopy yet: repeat its statements after the try statement and in its handlers
# A try statement with finally.
try:
    x = 1
finally:
    print("done")
