# xs.sort(key=k) whose key raises leaves xs as it was, as CPython puts the list back.
def inverse(v):
    return 100 // v


data = [3, 0, 1]
try:
    data.sort(key=inverse)
except ZeroDivisionError:
    print("caught")
print(data, len(data))
words = ["bb", "a", "ccc"]
words.sort(key=len, reverse=True)
print(words)
try:
    words.sort(key=lambda w: int(w))
except ValueError as e:
    print("ValueError:", e)
print(words)
