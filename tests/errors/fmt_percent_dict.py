# error: 4:7: error: '%(name)s' formatting (by a dict's keys) is not supported in kilopy: use an f-string, f"{d['name']}"
# '%(name)d' formatting takes a dict of str keys, which kilopy does not have.
x = 1
print("%(x)d" % x)
