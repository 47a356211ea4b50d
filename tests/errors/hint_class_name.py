# error: 3:8: error: kilopy cannot check the annotation 'dict': it checks int, bool, str, None, list[...] (List[...]) and tuple[...]; write one of those or leave the annotation out
# an annotation naming something kilopy has no type for.
count: dict = 0
print(count)
