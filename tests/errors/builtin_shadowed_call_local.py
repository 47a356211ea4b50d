# error: 11:17: error: 'sum' is a variable here, not the builtin sum(): this function assigns it, which makes it a local variable everywhere in the function (CPython raises TypeError or UnboundLocalError); rename the variable
# a function that assigns sum makes it a local variable everywhere in it, so sum(...) calls that
# variable (CPython: UnboundLocalError or TypeError).
def total(rows):
    out = []
    for row in rows:
        sum = 0
        for x in row:
            sum += x
        out.append(sum)
    return out, sum(out)


print(total([[1, 2], [3]]))
