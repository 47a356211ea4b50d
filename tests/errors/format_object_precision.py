# error: 8:7: error: a precision on an object's text ('%.2s', {x!s:.2}) is not supported in kilopy: format str(x)[:2]
# A precision on an object's text is refused (its text would be cut where the operands are
# evaluated, before the other fields' texts are made).
class P:
    def __str__(self):
        return "pqr"
p = P()
print("%.2s|" % p)
