# error: 4:11: error: max() of a list of strs is not supported in kilopy yet (the VM orders ints): compare strs with < in a loop
# max() of a list of strs is refused: kilopy's strs have no order.
words = ["b", "a"]
print(max(words))
