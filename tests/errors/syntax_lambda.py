# error: 3:5: error: lambda is supported in kilopy only as the key= of min, max, sorted and sort: define a function with def
# lambda is refused but as a key= argument.
f = lambda x: x + 1
print(1)
