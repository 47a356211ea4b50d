# str.find(sub, start) in a small tokenizer: quoted strings, words and numbers.
def tokenize(src):
    out = []
    i = 0
    while i < len(src):
        c = src[i]
        if c == '"':
            j = src.find('"', i + 1)
            if j < 0:
                raise ValueError("unterminated string at " + str(i))
            out.append(("str", src[i + 1:j]))
            i = j + 1
        elif c == " ":
            i += 1
        else:
            j = src.find(" ", i)
            if j == -1:
                j = len(src)
            word = src[i:j]
            out.append(("num" if word.isdigit() else "word", word))
            i = j
    return out


print(tokenize('say "hello world" 42 times'))
print(tokenize('x'))
text = "a-b-c-d"
pos = []
k = text.find("-")
while k != -1:
    pos.append(k)
    k = text.find("-", k + 1)
print(pos, text.find("-", -2), text.find("", 7), text.find("", 8), text.find("c", -100))
sep = "-"
print(text.find(sep, 2), "".find("", 0))
try:
    tokenize('bad "quote')
except ValueError as e:
    print("error:", e)
