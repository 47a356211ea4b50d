# error: 5:7: error: a call with key= in the condition of a while loop with an else block is not supported in kilopy: compute it into a variable before the loop and again at the end of its body
# a key= call in the condition of a while loop with an else block (without one, the test moves into the loop).
xs = [1, -7]
n = 0
while max(xs, key=abs) > n:
    n += 1
else:
    print("done")
print(n)
