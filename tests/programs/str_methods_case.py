# str.title(), capitalize() and swapcase() of ASCII text, as CPython 3.11 changes case.
s = "hello world, it's 1st-class"
print(s.title(), s.capitalize(), s.swapcase())
print("aBC dEF".capitalize(), "they're bill's".title(), "a1b2 c3_d".title(), "".title(), "x".capitalize())
print("ABC def 12".swapcase(), "MiXeD".swapcase().swapcase(), "".capitalize() == "", "9lives".capitalize())
words = ["alpha", "BETA", "gAMMA"]
print([w.capitalize() for w in words], " ".join(words).title())
