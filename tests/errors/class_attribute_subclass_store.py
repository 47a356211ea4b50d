# error: 11:1: error: assigning B.n gives B an attribute of its own in CPython, apart from A.n, which kilopy does not support: assign A.n, or give B its own n in its body
# B.n += 1, n defined in A's body: CPython gives B an attribute of its own (A.n stays 0).
class A:
    n = 0


class B(A):
    pass


B.n += 1
print(A.n, B.n)
