# The if __name__ == "__main__": main() idiom with helper functions defined after use sites.
def main():
    total = 0
    for i in range(1, 11):
        total += helper(i)
    print("total", total)
    report(total)

def helper(x):
    return x * x - x

def report(t):
    if t > 300:
        print("large")
    else:
        print("small")

if __name__ == "__main__":
    main()
    print("done")
