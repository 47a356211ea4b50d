# error: 4:5: error: this case's pattern makes the cases after it unreachable
# a capture or wildcard case before other cases (CPython's SyntaxError: it makes them unreachable).
match 3:
    case n:
        print(n)
    case 4:
        print("four")
