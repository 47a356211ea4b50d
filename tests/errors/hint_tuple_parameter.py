# error: 3:14: error: kilopy keeps tuples only as a function's returned value: 'tuple[...]' annotates a return (-> tuple[int, int])
# tuple[...] annotates only a returned tuple.
def first(p: tuple[int, int]):
    return 0

print(first(1))
