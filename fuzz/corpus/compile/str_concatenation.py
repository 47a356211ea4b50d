# error: 3:12: error: string operations are not supported (strings are only print arguments)
# string concatenation is refused.
print("ab" + "cd")
