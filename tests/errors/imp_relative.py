# error: 3:6: error: relative imports are not supported in kilopy: import the module by its name
# relative imports are refused.
from .imp_counter import bump
