# error: 4:11: error: a comprehension in a while condition is not supported in kilopy: compute it into a variable before the loop and again at the end of its body
# a comprehension in a while condition would run once per test: refused.
xs = [1]
while sum(x for x in xs) < 5:
    xs.append(1)
print(xs)
