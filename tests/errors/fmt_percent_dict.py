# error: 4:7: error: '%(name)s' formatting needs a dict, and kilopy has none: use an f-string
# '%(name)d' formatting takes a dict, which kilopy does not have.
x = 1
print("%(x)d" % x)
