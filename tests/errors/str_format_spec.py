# error: 4:9: error: a format spec on a str value is not supported in kilopy yet: print it with {s} or {s!r}
# a format spec on a str value is refused (print the padding by hand).
name = "loss"
print(f"{name:>10}|")
