# error: 3:11: error: a generator expression with key= is not supported in kilopy: use a list comprehension
# key= with a generator expression argument is refused.
print(min((x * 3 for x in range(4)), key=lambda v: v % 4))
