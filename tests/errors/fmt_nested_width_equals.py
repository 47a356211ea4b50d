# error: 5:9: error: '=' alignment to a nested width (f'{x:=={w}}') is not supported in kilopy: write the width as a number, or use '<', '>' or '^'
# '=' alignment (the fill after the sign) to a nested width is refused.
x = -5
w = 6
print(f"{x:*={w}}")
