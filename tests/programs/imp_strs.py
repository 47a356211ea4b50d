# kilopy: path=../modules
# str values from an imported module compare equal to the program's literals of the same text.
from imp_strs_text import GREETING, kind
import imp_strs_text

print(GREETING == "hello", kind(2) == "even", kind(3) == "even", imp_strs_text.kind(5))
words = [kind(i) for i in range(4)]
print(words, "odd" in words, words.count("even"))
