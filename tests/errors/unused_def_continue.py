# error: 4:5: error: 'continue' not properly in loop
# CPython's SyntaxError in a function nothing calls (kilopy drops it, but checks it first)
def unused():
    continue


print("start")
