# error: 4:13: error: micro.trace() writes ints and bools, not a list[int]
# micro.trace() takes ints and bools only.
import micro
micro.trace([1, 2])
