# error: 3:13: error: kilopy cannot check the annotation 'float': it checks int, bool, str, None, list[...] (List[...]), tuple[...], dict[K, V] (Dict[K, V]), set[...] (Set[...]), deque[...] and the program's classes; write one of those or leave the annotation out
# an annotation kilopy cannot express: float.
def half(x: float):
    return x // 2

print(half(4))
