# error: 3:5: error: tuples are only supported in multiple assignment (a, b = b, a)
# a tuple outside multiple assignment.
x = (1, 2)
print(1)
