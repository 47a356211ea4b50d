# error: 4:4: error: kilopy cannot check the annotation 'Optional[...]': of the types that may also be None it checks Optional[T] (T | None) for T an int, a str, a tuple, a list, a dict or a class
# an annotation kilopy cannot express: Optional[bool] (a bool cannot also be None in kilopy).
from typing import Optional
x: Optional[bool] = None
print(x)
