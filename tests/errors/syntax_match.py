# error: 5:10: error: mapping patterns ({"k": v}) are not supported in kilopy: test the keys with `in` in an if statement
# a mapping pattern in a match statement (kilopy takes literals, captures, sequences and classes).
config = {"mode": 1}
match config:
    case {"mode": m}:
        print(m)
