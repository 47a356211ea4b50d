# A str or None: a name, a parameter default, a field and a result; is None, ==, truth, methods, len, indexing, printing.
name = None
for s in ["a", "bb", "c"]:
    if len(s) > 1:
        name = s
print(name)
if name is not None:
    print(name.upper())
if name:
    print("truthy", len(name), name[0], name == "bb", name != "bb")
for ch in name:
    print(ch)


def f(label=None):
    if label is None:
        return "none"
    return label + "!"


def g(label=None):
    return label


print(f(), f("x"), g(), g("y"))
print(f"{g()} {g('z')} {name}", str(name))
none_text = g()
print(str(none_text) + "!", f"[{none_text}]" + "?")
empty = None
empty = ""
if not empty:
    print("empty is false", empty == "", empty is None)


class Person:
    def __init__(self, nick=None):
        self.nick = nick

    def show(self):
        if self.nick is None:
            return "anon"
        return "@" + str(self.nick)


print(Person().show(), Person("bo").show(), Person().nick, Person("al").nick)
