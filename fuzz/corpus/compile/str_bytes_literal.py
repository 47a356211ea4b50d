# error: 3:7: error: bytes literals are not supported
# bytes literals are refused.
print(b"abc")
