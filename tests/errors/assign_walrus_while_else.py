# error: 6:1: error: a while loop whose condition holds := cannot have an else block in kilopy: assign before the loop and at the end of its body
# while (n := ...) ...: with an else block is refused.
n = 3
while (n := n - 1) > 0:
    print(n)
else:
    print("done")
