# A call-heavy loop: one small function called N times. Host speed workload
# (bench/host_speed.py); twins calls.c, calls.lua.
N = 3000000


def step(total, i):
    return (total + i) % 1000003


def main():
    total = 0
    for i in range(N):
        total = step(total, i)
    print(total)


main()
