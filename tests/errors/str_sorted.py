# error: 4:14: error: sorted() of a list of strs is not supported in kilopy yet (the VM orders ints): compare strs with < in a loop
# sorting strs is refused: kilopy's strs have no order.
words = ["b", "a"]
print(sorted(words))
