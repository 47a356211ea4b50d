# kilopy: overflow16
# A polynomial rolling hash modulo 1000003 over a generated sequence (products up to about 31 million).
h = 0
for i in range(1, 2001):
    h = (h * 31 + i * i % 97) % 1000003
    if i % 400 == 0:
        print(i, h)
print(h)
