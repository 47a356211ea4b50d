# error: 3:6: error: assignment expressions (:=) are supported only first in an if, elif or while condition (`if (n := f(x)) > 0:`); assign in a separate statement
# an assignment expression outside a condition is refused.
x = (n := 5) + 1
print(x, n)
