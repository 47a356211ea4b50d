# error: 4:5: error: 'name' holds a str or None, which a for loop, an unpacking or an augmented assignment cannot assign in kilopy: use a name that is never None here
# a for loop assigning a name that holds a str or None (each str would need a box): refused.
name = None
for name in ["a", "b"]:
    pass
name = "c" if len(name) > 5 else None
print(name)
