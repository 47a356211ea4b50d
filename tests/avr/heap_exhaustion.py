# expect: heap_exhaustion.py", line 10, in <module>
# expect: MemoryError: cannot allocate
# expect: bytes for a list or an array: the arena of 512 bytes holds
# kilopy: heap=512
# A list grown until the arena is full: the AVR names the allocation, as the host does (its whole
# traceback and message must equal `kilopy run --heap 512`'s).
items = []
n = 0
while True:
    items.append(n)
    n += 1
