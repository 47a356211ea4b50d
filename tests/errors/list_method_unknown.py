# error: 4:1: error: 'list' object has no attribute 'add'
# a method lists do not have.
a = [3, 1]
a.add(2)
