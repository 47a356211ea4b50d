# error: 3:16: error: function 'sign' is annotated to return int but can end without a return (so returns None) at line 3: make the annotation and the returns agree
# a function annotated to return int can end without a return.
def sign(x) -> int:
    if x > 0:
        return 1

print(sign(3))
