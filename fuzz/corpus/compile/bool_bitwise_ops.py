# Bitwise & | ^ on two bools yield a bool (prints True/False, not 1/0); ~ on a bool yields an int.
t = True
f = False
print(t & t, t & f, f & f)
print(t | t, t | f, f | f)
print(t ^ t, t ^ f, f ^ f)
print(~t, ~f)
x = 3 > 2
y = 2 > 3
z = x & y
print(z)
z = x | y
print(z)
z = x ^ y
print(z)
flag = True
for i in range(5):
    flag &= i < 4
print(flag)
flag = False
for i in range(3):
    flag |= i == 2
print(flag)
flag ^= True
print(flag)
