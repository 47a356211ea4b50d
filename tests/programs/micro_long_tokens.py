# kilopy: input=data/micro_long_tokens.txt
# micro.read() of tokens longer than kilopy keeps for messages (leading zeros: every digit counts)
# and of the separators \f and \v (as CPython's micro.py splits).
import micro

total = 0
while micro.available():
    v = micro.read()
    total += v % 1000
    print(v)
print(total)
