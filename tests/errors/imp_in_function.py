# error: 7:5: error: imports must be top-level statements of a module in kilopy (not inside a block or a function): move it to the top of the file
# kilopy: path=../modules
# an import inside a function is refused.


def f():
    import imp_counter
    return imp_counter.count
