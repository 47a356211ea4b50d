# min()/max() with key= a function of the program, which changes a variable: a value to the left
# of the call is read before the key runs, as CPython evaluates operands left to right.
calls = 0


def score(word):
    global calls
    calls += 1
    return len(word)


def pair(a, b):
    return [a, b]


words = ["aa", "b", "cccc"]
print(calls, max(words, key=score))
a, b = calls, min(words, key=score)
print(a, b, calls)
print([calls, len(max(words, key=score))], pair(calls, len(min(words, key=score))))
print(calls < max([1, 2], key=lambda v: v) + calls, calls)


def counter():
    seen = 0

    def weight(w):
        nonlocal seen
        seen += 1
        return -len(w)

    return seen, max(words, key=weight), seen


print(counter())
