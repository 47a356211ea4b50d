# key=str.lower and the other str methods without arguments, in sorted, sort, min and max
words = ["banana", "Apple", "cherry", "apple", " date", "Banana"]
print(sorted(words, key=str.lower))
print(sorted(words, key=str.lower, reverse=True))
print(max(words, key=str.upper), min(words, key=str.lower))
print(sorted(words, key=str.strip))
words.sort(key=str.casefold)
print(words)
names = {"bob": 3, "Alice": 5, "carol": 1}
print(sorted(names, key=str.lower))
print(min(names, key=str.swapcase))
