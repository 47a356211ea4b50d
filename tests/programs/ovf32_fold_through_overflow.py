# kilopy: overflow16
# kilopy: overflow32
# A constant expression is folded only through values that fit the width, as the VM computes
# it: --2147483648 overflows at 32 bits (at run time, after "start"), so the 16-bit build must
# not fold -22488 | 2147483648 to -22488 either (found by fuzz/roundtrip).
print("start")
print(-22488 | --2147483648)
print((--2147483648) > 5)
