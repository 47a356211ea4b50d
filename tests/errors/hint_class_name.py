# error: 3:8: error: kilopy cannot check the annotation 'Model': it checks int, bool, str, None, list[...] (List[...]), tuple[...], dict[K, V] (Dict[K, V]), set[...] (Set[...]), deque[...] and the program's classes; write one of those or leave the annotation out
# an annotation naming something kilopy has no type for (no class Model is defined).
count: Model = 0
print(count)
