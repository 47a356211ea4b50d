STEPS = 100


def mix(v):
    return (v ^ 305419896) & 1048575


def main():
    total = 0
    for i in range(STEPS):
        total = mix(total + 1000003)
    print(total)


main()
