# kilopy: path=../modules
# A run-time error inside an imported module's function.
from imp_faulty import divide

print(divide(7, 2))
print(divide(1, 0))
