# A str padded in print and nothing else of strs: a VM with PUTSFMT alone (no heap) builds.
s = "ab"
print(f"{s:>5}|{s:<4}|{s:^6}|")
