# error: 4:1: error: match statements are not supported; use if/elif/else
# match statements are refused.
x = 1
match x:
    case 1:
        pass
