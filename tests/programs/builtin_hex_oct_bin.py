# hex, oct and bin of ints and bools, printed (with sep, in f-strings beside them, negative too).
masks = [0, 1, 255, -255, 4096, 32767, -32768]
for m in masks:
    print(hex(m), oct(m), bin(m))
flag = True
print(hex(flag), bin(False), f"{7:#x}", sep=" | ")
print(hex(masks[2] * 3 + 1), bin(len(masks)), oct(masks[4] // 8))
