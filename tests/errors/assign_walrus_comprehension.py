# error: 3:29: error: assignment expressions (:=) are supported only first in an if, elif or while condition (`if (n := f(x)) > 0:`); assign in a separate statement
# := in a comprehension's filter is not supported yet.
ys = [y for x in [1, 2] if (y := x * 2) > 2]
print(ys)
