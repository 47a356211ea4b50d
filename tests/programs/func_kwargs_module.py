# kilopy: path=../modules
# keyword arguments to imported functions (m.f(a, b=1), a name from `from m import f`), whose
# type hints the module checks with its own `from typing import List`.
import imp_kwargs
from imp_kwargs import describe as desc, scaled

print(imp_kwargs.scaled(3), imp_kwargs.scaled(3, factor=5), imp_kwargs.scaled(3, offset=1, factor=1))
print(scaled(x=2, offset=10), desc(4, verbose=True), desc(n=6), imp_kwargs.evens(n=7))
