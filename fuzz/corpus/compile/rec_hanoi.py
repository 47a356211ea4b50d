# Towers of Hanoi: counting moves recursively and printing the moves for a small tower.
moves = 0

def hanoi(n, src, dst, via, show):
    global moves
    if n == 0:
        return
    hanoi(n - 1, src, via, dst, show)
    moves += 1
    if show:
        print("move", n, src, "->", dst)
    hanoi(n - 1, via, dst, src, show)

hanoi(3, 1, 3, 2, True)
print(moves)
for n in range(1, 11):
    moves = 0
    hanoi(n, 1, 3, 2, False)
    print(n, moves, moves == 2 ** n - 1)
