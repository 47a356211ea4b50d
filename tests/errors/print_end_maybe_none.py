# error: 6:14: error: print's end that may be None is not supported in kilopy: give it a str on every path
# print's end that is a str on one path and None on another
end = None
if len("ab") > 1:
    end = "!"
print(1, end=end)
