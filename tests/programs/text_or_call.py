# `f(x) or y` printed or formatted, f(x) and y of different types (a list or a str, an int or a
# str): the text of whichever CPython picks, f called once, in CPython's order.
calls = []


def problems(xs):
    calls.append(len(xs))
    return [x for x in xs if x < 0]


def label(n):
    calls.append(n)
    return "neg" if n < 0 else ""


xs = [3, -1, 4]
print(len(calls), problems(xs) or "all good", len(calls))
print(problems([1]) and "some" or "none")
print(f"found: {problems(xs) or 'none'}; {label(-2) or 'zero'}; {label(5) or 'pos'}")
print(label(1) or 0, label(-1) or 0)
print(calls)
