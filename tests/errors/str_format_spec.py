# error: 4:9: error: a format spec after !r is not supported in kilopy yet: print it with {s}, {s:>10} or {s!r}
# a format spec after !r on a str value is refused (the repr's width is not computed).
name = "loss"
print(f"{name!r:>10}|")
