# kilopy: overflow16
# Globals kept in a register by a function that calls no other function: stored back on
# every return path (early returns too), seen by the caller and by other functions after,
# read-only ones left alone, and a run-time error part-way leaving the output so far.
seed = 12345
count = 0
limit = 40
total = 0


def bits(n):
    global seed
    v = 0
    for _ in range(n):
        bit = seed & 1
        seed >>= 1
        if bit:
            seed ^= 0x6000
        v = v << 1 | bit
    return v


def bump(k):
    global count
    count += k
    if count > limit:
        count -= limit
        return count
    if count == limit:
        return 0
    count += 1
    return count + limit + limit


def peek():
    return seed + count


def add_until(n):
    global total
    total += n
    total += n
    total = total * 2 // 2
    for i in range(n):
        total += total


print(bits(6), bits(7), seed, peek())
for k in range(12):
    print(bump(k), count, end=" ")
print()
print(seed, count, limit, peek())
limit = 30
print(bump(25), bump(1), count, limit)
add_until(3)
print(total)
add_until(20)
print(total)
