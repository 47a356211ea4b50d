# error: 4:5: error: 'best' holds an int or None, which a for loop, an unpacking or an augmented assignment cannot assign in kilopy: use a name that is never None here
# a for loop assigns an int to a name that also holds None (its values cannot be boxed).
best = None
for best in [1, 2]:
    pass
print(best)
