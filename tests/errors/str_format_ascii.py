# error: 4:9: error: !a on a str value is not supported in kilopy yet: print it with {s}, {s:>10} or {s!r}
# !a of a str value is refused (the VM's repr() keeps non-ASCII text; ascii() escapes it).
name = "loss"
print(f"{name!a:>10}|")
