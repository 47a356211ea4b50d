# Shifts: by 0, small left shifts, right shifts of negatives, and large right shifts (-1 >> 40 == -1).
print(5 << 0, 5 >> 0, -5 << 0, -5 >> 0)
print(1 << 1, 1 << 7, 1 << 14, 3 << 5)
print(-1 << 3, -3 << 4)
print(100 >> 1, 100 >> 3, 100 >> 7, 100 >> 8)
print(-1 >> 1, -2 >> 1, -3 >> 1, -100 >> 3, -100 >> 7)
print(-1 >> 40, -12345 >> 40, 12345 >> 40, 0 >> 40)
print(-1 >> 15, -1 >> 16, -1 >> 31, -1 >> 32, -1 >> 100)
print(7 >> 31, 7 >> 32, 7 >> 1000)
n = 40
print(-9 >> n, 9 >> n)
s = 17
s >>= 33
print(s)
s = -17
s >>= 33
print(s)
