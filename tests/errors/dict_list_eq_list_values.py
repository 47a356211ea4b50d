# error: 4:12: error: comparing dicts whose values are list[int] is not supported in kilopy (dicts of ints or bools compare): compare them key by key
# == of lists of dicts holding lists: the VM compares a dict's values as words.
rows = [{"xs": [1]}]
print(rows == [{"xs": [1]}])
