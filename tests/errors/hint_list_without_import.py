# error: 3:5: error: name 'List' is not defined: import it (from typing import List) or write list[...]
# List without from typing import List.
xs: List[int] = [1, 2]
print(xs)
