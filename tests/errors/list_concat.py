# error: 3:9: error: joining lists with + is not supported in kilopy: use append, or [v] * n
# joining lists with + is refused.
a = [1] + [2]
