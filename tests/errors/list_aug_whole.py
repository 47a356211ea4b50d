# error: 4:1: error: unsupported operand type(s) for -=: 'list' and 'list'
# an augmented assignment that lists do not have.
a = [1]
a -= [2]
