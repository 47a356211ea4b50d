# error: 4:9: error: the text of a set follows CPython's hash table order, which kilopy does not keep: use sorted(s)
# str() of a set is refused: CPython shows its hash table order.
s = {3, 1}
t = str(s)
