# error: 6:7: error: kilopy's str.count() of a call's result takes a string literal to look for: assign the str to a variable first
# str.count(name) of a call's result (the name is read first, to handle "").
def word():
    return "banana"
sub = "an"
print(word().count(sub))
