# error: 6:25: error: parameter 'x' of scaled() is annotated int (line 6 of the module that defines it) but receives a bool here: make the annotation and the value agree
# kilopy: path=../modules
# a module's parameter annotated int receives a bool from the program: the error is at the call.
import imp_kwargs

print(imp_kwargs.scaled(True))
