# error: 4:7: error: !a (ascii()) of a dict[str, int] is not supported in kilopy yet: use !r
# ascii() of a dict of strs is refused (the VM writes non-ASCII text as it is).
d = {"é": 1}
x = f"{d!a}"
