# A call whose callee is neither a name nor a method (3(...)) around a comprehension: desugar read
# the callee as a method's object (UBSan: an empty operand vector); found by fuzz_compile.
data = [1, 2]
print(3(list(zip(data, data))))
