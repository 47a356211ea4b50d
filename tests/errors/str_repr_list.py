# error: 4:10: error: repr() of a list[str] is not supported in kilopy: repr() takes an int, a bool, None, a str or an object with __repr__ or __str__
# repr() of a list as a value is refused (print(words) shows it).
words = ["b", "a"]
r = repr(words)
