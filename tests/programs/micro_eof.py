# kilopy: input=data/micro_short.txt
# Reading past the end of the input is an EOFError.
import micro

print(micro.read() + micro.read())
print(micro.read())
