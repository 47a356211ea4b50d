# kilopy: path=../modules
# import m, import m as n, from m import f, from m import v as w (a copy, as in CPython), m.k.v
# through a module m imports; module bodies run once, at their first import; a module's
# __main__ block is skipped and its unused functions are dropped.
import imp_geometry
import imp_counter as counter
from imp_geometry import area, UNIT as unit
from imp_counter import bump, count


def both(x):
    return area(x, 2) + imp_geometry.scaled(x)


print(area(2, 3), unit, imp_geometry.UNIT)
print(both(1), counter.count, count)
print(bump(5), counter.bump(1), imp_geometry.calls, imp_geometry.imp_counter.count)
unit = 99
print(unit, imp_geometry.UNIT)
if __name__ == "__main__":
    print("main")
