# error: 5:27: error: kilopy's deque takes no maxlen= (its deques have no maxlen): pop from the other end when it is full
# A deque with a maxlen is refused: kilopy's deques have none.
from collections import deque

recent = deque([1, 2, 3], maxlen=3)
recent.append(4)
print(recent)
