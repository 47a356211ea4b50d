# index() of a str not in a list of strs: CPython's ValueError names the str
words = "low mid high".split()
print(words.index("mid"), words.index("hi" + "gh"))
print(words.index("top"))
