# error: 4:9: error: !a (ascii()) of a list of strs is not supported in kilopy yet: use !r
# ascii() of a list of strs is refused (the VM prints non-ASCII text as it is).
words = ["内存"]
print(f"{words!a}")
