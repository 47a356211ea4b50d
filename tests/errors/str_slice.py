# error: 4:7: error: indexing or slicing a str is not supported in kilopy yet: keep the pieces in a list of strs
# slicing a str is refused.
word = "hello"
print(word[1:3])
