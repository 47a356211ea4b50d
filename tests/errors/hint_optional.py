# error: 3:20: error: kilopy takes only List, Tuple, Dict and Set from typing, without `as` (for annotations): 'Optional' is not one of them
# an annotation kilopy cannot express: Optional[int] (typing's Optional is not taken either).
from typing import Optional
x: Optional[int] = None
print(x)
