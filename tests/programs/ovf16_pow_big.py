# kilopy: overflow16
# pow(3, 19) does not fit 16 bits; pow(3, 20, m) does.
print(pow(3, 20, 1000), pow(2, 15, 32767), pow(2, 14))
n = 19
print(pow(3, n))
