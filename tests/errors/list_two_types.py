# error: 4:10: error: this would put a bool in a list[int] (kilopy lists hold one type)
# a list holds one type.
a = [1, 2]
a.append(True)
