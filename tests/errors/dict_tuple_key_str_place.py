# error: 4:3: error: kilopy's tuple keys are tuples of ints and strs (strs in their first 7 places), not a tuple[int, int, int, int, int, int, int, str]: key the dict by ints or strs
# a tuple key holding a str past its first 7 places is refused (the dict's header names 7).
d = {}
d[(1, 2, 3, 4, 5, 6, 7, "h")] = 1
print(d)
