# error: 3:8: error: kilopy supports the typing module only as `from typing import List, Tuple, Dict, Set, Optional` (for annotations)
# import typing (kilopy takes List and Tuple by from typing import).
import typing
xs: typing.List[int] = [1]
print(xs)
