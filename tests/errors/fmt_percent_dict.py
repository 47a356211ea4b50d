# error: 4:7: error: '%(name)s' formatting needs a dict of str keys, which kilopy does not have: use an f-string
# '%(name)d' formatting takes a dict of str keys, which kilopy does not have.
x = 1
print("%(x)d" % x)
