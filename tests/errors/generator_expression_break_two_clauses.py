# error: 5:1: error: a break in a for loop over a generator expression with more than one `for` clause is not supported in kilopy: loop over a list comprehension, or nest the loops
# A break in a for loop over a generator expression of two for clauses: the clauses become
# nested loops around the body, and the break would leave only the innermost.

for p in (a * b for a in range(3) for b in range(3)):
    if p > 2:
        break
    print(p)
