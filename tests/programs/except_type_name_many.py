# type(e).__name__ in a handler of several classes (or of a class with subclasses): the class of the exception caught.
class AppError(Exception):
    pass


class DeepError(AppError):
    pass


def risky(k):
    if k == 0:
        return [1][2]
    if k == 1:
        return {"a": 1}["b"]
    if k == 2:
        return 1 // 0
    if k == 3:
        raise AppError("app")
    if k == 4:
        raise DeepError("deep")
    if k == 5:
        return int("x")
    return k


for k in range(7):
    try:
        print("ok", risky(k))
    except Exception as e:
        print(f"{type(e).__name__}: {e}")
    try:
        risky(k)
    except (LookupError, ArithmeticError) as err:
        print("lookup/arith", type(err).__name__, err)
    except AppError as err:
        print("app", type(err).__name__)
    except ValueError as err:
        print("value", type(err).__name__)


def wrapper():
    try:
        risky(2)
    except ArithmeticError as e:
        return type(e).__name__
    return "none"


print(wrapper())
