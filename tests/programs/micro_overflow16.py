# kilopy: overflow16 input=data/micro_wide.txt
# An input int wider than the VM's ints is an OverflowError (at 16 bits; CPython's ints grow).
import micro

print(micro.read())
print(micro.read() // 7)
