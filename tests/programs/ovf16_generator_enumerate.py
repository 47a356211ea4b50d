# kilopy: overflow16
# enumerate() of a generator counts past 32767 only at the third item (not one item early).
def gen(n):
    for i in range(n):
        yield i * 2


for i, v in enumerate(gen(2), 32766):
    print(i, v)
print("two fine")
for i, v in enumerate(gen(3), 32766):
    print(i, v)
