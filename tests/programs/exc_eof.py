# kilopy: input=data/micro_stream.txt
# The streaming idiom: read until micro.read() raises EOFError.
import micro

total = n = 0
while True:
    try:
        v = micro.read()
    except EOFError:
        break
    total += v
    n += 1
print(n, "values, total", total)
try:
    micro.read()
except EOFError:
    print("still at the end")
