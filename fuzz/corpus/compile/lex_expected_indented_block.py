# error: 5:1: error: expected an indented block after 'if' statement on line 4
# an if whose body is not indented.
x = 1
if x:
print(x)
