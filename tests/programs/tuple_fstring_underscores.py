# An f-string as a later element of a tuple without parentheses (it was "invalid syntax"), and
# `_` bound twice in one unpacking target to values of different types (each is its own name
# where nothing reads `_`; in a comprehension too).
def describe(n):
    return n, f"n={n}"


count, text = describe(3)
pair = 1, f"{2}", F"{count}!"
print(count, text, pair)
rows = [("ann", 31, "x"), ("bob", 25, "y")]
for _, age, _ in rows:
    print(age)
print([name for name, _, _ in rows], {k: v for k, _, v in rows}, sum(a for _, a, _ in rows))
