# fixed.to_str: a fixed-point value as decimal text, as CPython's f"{v / 2 ** frac:.2f}".
import fixed

for v in [192, -192, -128, 128, -1, 0, 1, 255, 256, -640, 2560, 32767, -32767]:
    print(v, fixed.to_str(v, 8, 2), fixed.to_str(v, 8, 0), fixed.to_str(v, 8, 3), fixed.to_str(v, 2, 1))
acc = fixed.to_str(fixed.to_fixed(97, 8) // 100, 8, 2)
print("accuracy " + acc + " (Q8)")
print(f"{fixed.to_str(3 << 10, 11, 4)} {fixed.to_str(5, 3, 0)} {fixed.to_str(-5, 3, 0)} {fixed.to_str(7, 3, 1)}")
