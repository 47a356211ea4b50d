# s.strip(chars), lstrip(chars), rstrip(chars): trimming punctuation around the words of a text.
TEXT = "'Hello,' she said -- \"world!\" (again...) ok?!"
PUNCT = ".,;:!?'\"()-"

counts = []
for word in TEXT.split():
    w = word.strip(PUNCT)
    if w:
        counts.append(len(w))
    print(repr(word), "->", repr(w), repr(word.lstrip(PUNCT)), repr(word.rstrip(PUNCT)))
print(counts)

print("xxhixx".strip("x"), "xxhixx".lstrip("x"), "xxhixx".rstrip("x"))
print(repr("aaa".strip("a")), repr("".strip("ab")), repr("abc".strip("")), repr("  pad  ".strip(None)))
print("0042".lstrip("0"), "3.1400".rstrip("0"), "--==x==--".strip("=-"), "<tag>".strip("<>"))
print("ünïcödé".strip("üé"), "日本語日".strip("日"), "ab".rstrip("b").lstrip("a") == "")
line = "# comment #"
marks = "#"
print(line.strip(marks).strip(), line.rstrip(marks + " "))
