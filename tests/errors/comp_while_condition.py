# error: 4:11: error: a comprehension in the condition of a while loop with an else block is not supported in kilopy: compute it into a variable before the loop and again at the end of its body
# a comprehension in the condition of a while loop with an else block (without one, the test moves into the loop).
xs = [1]
while sum(x for x in xs) < 5:
    xs.append(1)
else:
    print("full")
print(xs)
