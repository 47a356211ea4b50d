# error: 5:9: error: ordering comparisons of strs (<, <=, >, >=) are not supported in kilopy yet: compare with == and !=
# ordering comparisons of strs are refused (== and != work).
a = "apple"
b = "banana"
print(a < b)
