STEPS = 100


def mix(v):
    return ((v + 1000003) ^ 305419896) & 1048575


def main():
    total = 0
    for i in range(STEPS):
        total = mix(total)
    print(mix(total))


main()
