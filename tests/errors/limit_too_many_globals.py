# error: 69:1: error: more than 64 global variables (kilopy's limit): move code into functions (a main())
# a module body with more than 64 variables that a function reads (globals): the error names
# where the 65th is first assigned
xs = [1, 2, 3]
a0 = xs[0] + 0
b0 = a0 * 2
t0 = a0 + b0
a1 = xs[1] + 1
b1 = a1 * 2
t1 = a1 + b1
a2 = xs[2] + 2
b2 = a2 * 2
t2 = a2 + b2
a3 = xs[0] + 3
b3 = a3 * 2
t3 = a3 + b3
a4 = xs[1] + 4
b4 = a4 * 2
t4 = a4 + b4
a5 = xs[2] + 5
b5 = a5 * 2
t5 = a5 + b5
a6 = xs[0] + 6
b6 = a6 * 2
t6 = a6 + b6
a7 = xs[1] + 7
b7 = a7 * 2
t7 = a7 + b7
a8 = xs[2] + 8
b8 = a8 * 2
t8 = a8 + b8
a9 = xs[0] + 9
b9 = a9 * 2
t9 = a9 + b9
a10 = xs[1] + 10
b10 = a10 * 2
t10 = a10 + b10
a11 = xs[2] + 11
b11 = a11 * 2
t11 = a11 + b11
a12 = xs[0] + 12
b12 = a12 * 2
t12 = a12 + b12
a13 = xs[1] + 13
b13 = a13 * 2
t13 = a13 + b13
a14 = xs[2] + 14
b14 = a14 * 2
t14 = a14 + b14
a15 = xs[0] + 15
b15 = a15 * 2
t15 = a15 + b15
a16 = xs[1] + 16
b16 = a16 * 2
t16 = a16 + b16
a17 = xs[2] + 17
b17 = a17 * 2
t17 = a17 + b17
a18 = xs[0] + 18
b18 = a18 * 2
t18 = a18 + b18
a19 = xs[1] + 19
b19 = a19 * 2
t19 = a19 + b19
a20 = xs[2] + 20
b20 = a20 * 2
t20 = a20 + b20
a21 = xs[0] + 21
b21 = a21 * 2
t21 = a21 + b21
a22 = xs[1] + 22
b22 = a22 * 2
t22 = a22 + b22
a23 = xs[2] + 23
b23 = a23 * 2
t23 = a23 + b23
a24 = xs[0] + 24
b24 = a24 * 2
t24 = a24 + b24
a25 = xs[1] + 25
b25 = a25 * 2
t25 = a25 + b25
a26 = xs[2] + 26
b26 = a26 * 2
t26 = a26 + b26
a27 = xs[0] + 27
b27 = a27 * 2
t27 = a27 + b27
a28 = xs[1] + 28
b28 = a28 * 2
t28 = a28 + b28
a29 = xs[2] + 29
b29 = a29 * 2
t29 = a29 + b29


def total():
    return a0 + b0 + t0 + a1 + b1 + t1 + a2 + b2 + t2 + a3 + b3 + t3 + a4 + b4 + t4 + a5 + b5 + t5 + a6 + b6 + t6 + a7 + b7 + t7 + a8 + b8 + t8 + a9 + b9 + t9 + a10 + b10 + t10 + a11 + b11 + t11 + a12 + b12 + t12 + a13 + b13 + t13 + a14 + b14 + t14 + a15 + b15 + t15 + a16 + b16 + t16 + a17 + b17 + t17 + a18 + b18 + t18 + a19 + b19 + t19 + a20 + b20 + t20 + a21 + b21 + t21 + a22 + b22 + t22 + a23 + b23 + t23 + a24 + b24 + t24 + a25 + b25 + t25 + a26 + b26 + t26 + a27 + b27 + t27 + a28 + b28 + t28 + a29 + b29 + t29


print(total())
