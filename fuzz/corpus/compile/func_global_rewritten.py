# A global first assigned at module level, then rewritten by a function before being read.
state = 1

def step():
    global state
    state = (state * 7 + 3) % 101

def run(n):
    for i in range(n):
        step()
    return state

print(run(1), run(5), run(10))
print(state)
