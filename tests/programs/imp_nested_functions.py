# kilopy: path=../modules
# An imported module's functions with nested defs (one named like a module function, one with
# `global`), a lambda kept in a local and a comprehension.
import imp_nested

print(imp_nested.outer(3), imp_nested.helper(2), imp_nested.sort_desc([3, 1, 2]))
print(imp_nested.add_all([1, 2, 3]), imp_nested.total, imp_nested.squares([0, 1, 2]))
