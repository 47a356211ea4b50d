# error: 6:1: error: deque.rotate() is not supported in kilopy (of a deque's own methods it has appendleft() and popleft()): use them, or a list
# deque.rotate() is refused, naming the deque methods kilopy has.
from collections import deque

ring = deque([1, 2, 3])
ring.rotate(1)
print(ring)
