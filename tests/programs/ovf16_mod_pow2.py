# kilopy: overflow16
# expect: ovf16_mod_pow2.py", line 21, in <module>
# expect: ovf16_mod_pow2.py", line 15, in mix
# expect: OverflowError: -1800 * 20 does not fit in a 16-bit int
# `% 64` and `// 8` become `& 63` and `>> 3` (frontend/fold.cpp); the product inside them still
# overflows first (at 16 bits), on its own line.


def mix(a, n):
    t = 0
    for i in range(n):
        if i % 4 == 3:
            continue
        t = t + (a * i) // 8
        t = t - (a * i * 20) % 64 - (t * 3) // 2
    return t


print(mix(-90, 5), mix(90, 5))
print(mix(-7, 9), mix(5, 12))
print(mix(-1800, 3))
