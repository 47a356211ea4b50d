# error: 5:9: error: zero padding to a nested width (f'{x:0{w}}') with an alignment, ' ', '#' or a grouping is not supported in kilopy: write the width as a number
# Zero padding to a nested width with a grouping is refused (CPython puts separators in the zeros).
total = 1234567
w = 12
print(f"{total:0{w},}")
