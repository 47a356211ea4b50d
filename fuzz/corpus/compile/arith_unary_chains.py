# Chains of unary operators: - + ~ applied repeatedly, and ~ of negatives.
x = 5
print(-x, --x, ---x, +-x, -+x, ~x, ~~x, ~-x, -~x)
print(~0, ~-1, ~1, ~-100, ~100)
y = -7
print(~y, -y, +y, ~~y, -~y, ~-y)
for i in range(-3, 4):
    print(i, ~i, -i - 1, ~i == -i - 1)
