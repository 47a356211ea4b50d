# error: 10:7: error: the text of the function get (a closure) is CPython's <function ... at 0x...>, an address kilopy cannot show: print what it returns
# CPython prints a function as <function make.<locals>.get at 0x...>: an address kilopy cannot
# show, for a closure as for any function.
def make(n):
    def get():
        return n
    return get


print(make(2))
