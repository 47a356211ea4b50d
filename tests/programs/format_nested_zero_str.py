# '0' before a nested width pads a str (and an object's !s/!r text) with zeros on its right, as
# CPython's fill '0' with the str's own left alignment; an int gets them after its sign. A
# negative width after '0' is CPython's "Invalid format specifier" for both.
class P:
    def __repr__(self):
        return "P()"


s = "ab"
for w in [5, 2, 0]:
    print(f"[{s:0{w}}] [{s!r:0{w + 2}}] [{-42:0{w}}] [{7:0{w}}] [{None!s:0{w}}] [{P()!r:0{w + 1}}]")
for v in [s, "xyz"]:
    try:
        w = -3
        print(f"[{v:0{w}}]")
    except ValueError as e:
        print("ValueError:", e)
try:
    w = -4
    print(f"[{12:0{w}}]")
except ValueError as e:
    print("ValueError:", e)
