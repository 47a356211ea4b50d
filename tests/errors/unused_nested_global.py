# error: 7:9: error: name 'total' is used prior to global declaration
# CPython's SyntaxError in a nested function its function never calls
def outer():
    def helper():
        total = 0
        print(total)
        global total
    return 1


print(outer())
