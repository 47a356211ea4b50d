# kilopy: overflow16
# expect: ovf16_constant_in_loop.py", line 22, in <module>
# expect: ovf16_constant_in_loop.py", line 14, in grow
# expect: OverflowError: 28000 + 20000 does not fit in a 16-bit int
# A wide constant loaded in a loop moves to the function's entry (docs/bytecode.md
# "Inlining"); the addition that uses it still overflows first (at 16 bits) on its own line.


def grow(n):
    t = -32000
    for i in range(n):
        if i == 1:
            continue
        t = t + 20000
        if t == n:
            break
    return t


print(grow(2))
print(grow(3))
print(grow(6))
