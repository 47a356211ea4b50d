# error: 4:14: error: sorted() of a list of strs is not supported in kilopy yet (strs have no order in kilopy)
# sorting strs is refused: kilopy's strs have no order.
words = ["b", "a"]
print(sorted(words))
