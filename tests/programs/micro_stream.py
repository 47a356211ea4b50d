# kilopy: input=data/micro_stream.txt
# micro.read() and micro.available() over ints separated by whitespace and commas; one
# micro.trace() row per value (check_program compares the trace files too).
import micro
from micro import read, available

n = 0
total = 0
best = -1000
while micro.available():
    x = read()
    n += 1
    total += x
    best = max(best, x)
    micro.trace(n, total, x > 0)
print(n, total, best, available())
