# error: 3:20: error: kilopy takes only List, Tuple, Dict, Set and Optional from typing, without `as` (for annotations): 'Callable' is not one of them
# from typing import of a name kilopy does not take.
from typing import Callable
x = 1
print(x)
