# kilopy: overflow16
# chr() and ord() past U+FFFF (4-byte UTF-8): code points beyond a 16-bit int.
smile = 0x1F600 + len("ab") - 2
face = chr(smile) + chr(smile + 3)
print(face, len(face), ord(face[1]), repr(face), [face[0], face[-1:]], face[::-1])
print(sorted([face, "z", "é"]), face > "内", "😀" in face)
