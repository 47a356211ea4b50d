# error: 3:5: error: divmod() gives a tuple, and kilopy has tuples only in multiple assignment and return: write q, r = divmod(a, b)
# divmod() kept as a value: tuples exist only where they are unpacked or returned.
x = divmod(7, 2)
