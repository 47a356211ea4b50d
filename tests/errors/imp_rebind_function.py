# error: 5:1: error: 'bump' is bound at line 4 and here to different things: kilopy binds a name that names an imported module or function once (import it under another name with `as`)
# kilopy: path=../modules
# an imported function's name cannot be assigned.
from imp_counter import bump
bump = 1
