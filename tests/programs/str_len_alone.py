# len() of a str and nothing else of strs: a VM with STRLEN alone (no str operation, no heap) builds.
print(len("abc"), len("é"))
