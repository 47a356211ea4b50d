# kilopy: overflow16
# -32768 fits in 16 bits but its negation, abs and // -1 do not.
m = -32767 - 1
print(m)
print(m // 1, m % -1, m + 1)
print(-m)
print(abs(m))
print(m // -1)
