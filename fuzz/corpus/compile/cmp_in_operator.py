# error: 4:9: error: 'in' is not supported: kilopy has no containers yet
# 'in' is refused.
x = 3
print(x in 5)
