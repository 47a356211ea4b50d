# A bare raise after another exception of the program was raised and caught in the same
# handler raises the handled one; a finally block that raises and catches does the same.
class Fault(Exception):
    def __init__(self, code):
        super().__init__(f"fault {code}")
        self.code = code


class Minor(Fault):
    pass


def fail(code):
    if code > 5:
        raise Minor(code)
    raise Fault(code)


def handle(code):
    try:
        fail(code)
    except Fault as e:
        print("handling", e.code)
        try:
            fail(e.code + 100)
        except Fault as other:
            print("caught inside", other.code)
        raise


def cleanup(code):
    try:
        fail(code)
    finally:
        try:
            fail(code * 2)
        except Fault as f:
            print("cleanup caught", f.code)


for code in [1, 7]:
    try:
        handle(code)
    except Minor as m:
        print("minor again", m.code, m)
    except Fault as e:
        print("fault again", e.code, e)
    try:
        cleanup(code)
    except Fault as e:
        print("after finally", e.code, e, type(e).__name__)

try:
    try:
        fail(2)
    except Fault:
        fail(3)
except Fault as e:
    print("replaced by", e.code)
handle(4)
