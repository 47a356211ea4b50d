# Several globals updated by different functions; module-level code reads them between calls.
calls = 0
best = -1
seen_zero = False

def note(x):
    global calls, best, seen_zero
    calls += 1
    if x > best:
        best = x
    if x == 0:
        seen_zero = True
    return calls

def state():
    print("calls", calls, "best", best, "zero", seen_zero)

state()
for v in range(3, -3, -1):
    note(v * v % 7)
state()
r = note(100)
print(r)
state()
