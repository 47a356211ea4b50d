# error: 4:14: error: kilopy sorts tuples of ints and strs with strs in their first 6 places only, not the keys of a dict[tuple[int, int, int, int, int, int, str], int]: sort them by a key= that gives an int, a str or a shorter tuple (sorted(d, key=lambda k: (k[6], k[0])))
# sorted() of a dict whose tuple keys hold a str in place 6 is refused (SORTED names places 0-5).
d = {(1, 2, 3, 4, 5, 6, "g"): 1}
print(sorted(d))
