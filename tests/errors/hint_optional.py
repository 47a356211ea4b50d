# error: 4:4: error: kilopy cannot check the annotation 'Optional[...]': of the types that may also be None it checks Optional[int] and Optional[C] for a class C (int | None, C | None)
# an annotation kilopy cannot express: Optional[bool] (of the types that may be None, it checks Optional[int] and Optional[C]).
from typing import Optional
x: Optional[bool] = None
print(x)
