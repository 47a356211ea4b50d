# error: 3:7: error: str.upper() of non-ASCII text is not supported in kilopy (CPython's Unicode tables are not in the VM; of a variable's text it stops with a ValueError): write the result as a literal
# A case change of a non-ASCII literal: the VM has no Unicode tables (CPython gives "°C").
print("°c".upper())
