# A str slice and nothing else of strs: a VM with STRSLICE alone (no other str operation) builds.
s = "hello"
print(s[1:], s[::-1], s[10:])
