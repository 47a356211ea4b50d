# List churn: N rounds of 8 appends then 8 pops. Host speed workload (bench/host_speed.py);
# twins churn.c, churn.lua.
N = 200000


def main():
    xs = [1, 2, 3]
    total = 0
    for i in range(N):
        for j in range(8):
            xs.append(i + j)
        for j in range(8):
            total = (total + xs.pop()) % 1000003
    print(total, len(xs), xs)


main()
