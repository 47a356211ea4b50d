# error: 6:7: error: printing a list[deque[int]] is not supported in kilopy (it shows a deque inside it as a list): print its elements one by one
# Printing a list of deques is refused (the VM would show each deque as a list).
from collections import deque

rows = [deque([1]), deque([2, 3])]
print(rows)
