# error: 4:9: error: 'in' would look for an int among the keys of a set[tuple[int, int]], which never holds one: kilopy needs the key type
# an int looked for among a set's tuple keys (CPython: always False; the VM compared references).
seen = {(0, 0), (1, 2)}
print(1 in seen)
