# error: 46:5: error: more than 64 global variables (kilopy's limit): move code into functions (a main())
# a module body with more than 64 variables: the error names where the 65th is first assigned
xs = [1, 2, 3]
for a0, b0 in zip(xs, xs):
    t0 = a0 + b0
for a1, b1 in zip(xs, xs):
    t1 = a1 + b1
for a2, b2 in zip(xs, xs):
    t2 = a2 + b2
for a3, b3 in zip(xs, xs):
    t3 = a3 + b3
for a4, b4 in zip(xs, xs):
    t4 = a4 + b4
for a5, b5 in zip(xs, xs):
    t5 = a5 + b5
for a6, b6 in zip(xs, xs):
    t6 = a6 + b6
for a7, b7 in zip(xs, xs):
    t7 = a7 + b7
for a8, b8 in zip(xs, xs):
    t8 = a8 + b8
for a9, b9 in zip(xs, xs):
    t9 = a9 + b9
for a10, b10 in zip(xs, xs):
    t10 = a10 + b10
for a11, b11 in zip(xs, xs):
    t11 = a11 + b11
for a12, b12 in zip(xs, xs):
    t12 = a12 + b12
for a13, b13 in zip(xs, xs):
    t13 = a13 + b13
for a14, b14 in zip(xs, xs):
    t14 = a14 + b14
for a15, b15 in zip(xs, xs):
    t15 = a15 + b15
for a16, b16 in zip(xs, xs):
    t16 = a16 + b16
for a17, b17 in zip(xs, xs):
    t17 = a17 + b17
for a18, b18 in zip(xs, xs):
    t18 = a18 + b18
for a19, b19 in zip(xs, xs):
    t19 = a19 + b19
for a20, b20 in zip(xs, xs):
    t20 = a20 + b20
for a21, b21 in zip(xs, xs):
    t21 = a21 + b21
for a22, b22 in zip(xs, xs):
    t22 = a22 + b22
for a23, b23 in zip(xs, xs):
    t23 = a23 + b23
for a24, b24 in zip(xs, xs):
    t24 = a24 + b24
for a25, b25 in zip(xs, xs):
    t25 = a25 + b25
for a26, b26 in zip(xs, xs):
    t26 = a26 + b26
for a27, b27 in zip(xs, xs):
    t27 = a27 + b27
for a28, b28 in zip(xs, xs):
    t28 = a28 + b28
for a29, b29 in zip(xs, xs):
    t29 = a29 + b29
print(t0)
