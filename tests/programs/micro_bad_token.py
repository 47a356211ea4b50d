# kilopy: input=data/micro_bad.txt
# A malformed token is a ValueError (naming the token and its line).
import micro

while micro.available():
    print(micro.read())
