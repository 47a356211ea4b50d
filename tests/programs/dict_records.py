# Dicts used as records: a display whose keys are str constants and whose values differ in type
# is read and written by key, shown, compared, measured and tested as CPython's dict is.
def make_student(name, grade, scores):
    return {"name": name, "grade": grade, "scores": scores, "passed": False}


students = [
    make_student("ann", 3, [90, 85, 77]),
    make_student("bob", 2, [60, 55, 70]),
    make_student("cid", 3, [88, 92, 95]),
]
for s in students:
    avg = sum(s["scores"]) // len(s["scores"])
    s["passed"] = avg >= 65
    print(s["name"], avg, s["passed"])

best = max(students, key=lambda s: sum(s["scores"]))
print("best:", best["name"])
print(best)
print(len(best), "grade" in best, "age" in best, "age" not in best)
by_grade = {}
for s in students:
    by_grade.setdefault(s["grade"], []).append(s["name"])
print(by_grade)
students.sort(key=lambda s: (s["grade"], s["name"]))
for s in students:
    print(f"{s['name']:>5} | {s['grade']} | {s['scores']}")

a = {"name": "x", "grade": 1, "scores": [], "passed": True}
b = {"name": "x", "grade": 1, "scores": [], "passed": True}
print(a == b, a != b, a == students[0], a is b)
s = students[1]
s["grade"] += 1
s["scores"].append(100)
print(s, str(s), repr(s) == str(s))
print(f"{s}")
print(isinstance(s, dict), type(s).__name__)

# .get() of a key the record has, and of one it has not (the default)
cfg = {"lr": 3, "epochs": 4, "name": "model", "verbose": True}
if cfg["verbose"]:
    print("training", cfg["name"], "for", cfg["epochs"], "epochs")
print(cfg.get("lr"), cfg.get("epochs", 0), cfg.get("missing", 7))

# records as a dict's values, nested records, a record holding None
people = {}
people["ann"] = {"age": 31, "city": "Oslo", "tags": ["a", "b"]}
people["bo"] = {"age": 25, "city": "Rome", "tags": []}
for name, info in people.items():
    print(name, info["age"], info["city"], len(info["tags"]))
print(people)
print(max(people, key=lambda n: people[n]["age"]))
node = {"name": "root", "size": 3, "meta": {"owner": "me", "perm": 7}}
node["meta"]["perm"] -= 2
print(node["meta"]["owner"], node)
tree = {"value": 5, "left": None, "label": "root"}
print(tree, tree["left"] is None)
odd = {"first name": "Al", "it's": 2, 'say "hi"': "ok\n"}
print(odd, odd["first name"], odd["it's"])


# a record changed through a parameter, built in a loop
def step(state, x):
    state["count"] += 1
    state["history"].append(x)


state = {"count": 0, "history": []}
step(state, 4)
step(state, 7)
print(state)
rows = []
for i in range(3):
    rows.append({"id": i, "name": "abc"[i] * (i + 1), "score": i * 10})
print(sum(r["score"] for r in rows), [r["name"] for r in rows if r["score"] > 5])
print(rows)

# dict(name=v, ...) is the display {"name": v, ...}: a record, or a dict of one value type
opts = dict(size=3, mode="fast")
plain = dict(a=1, b=2)
plain["c"] = 3
print(opts, opts["mode"], plain, dict(opts=1)["opts"])
other = {"id": 1, "label": "x"}
print(other == cfg, other != cfg, cfg == None, None != opts)  # records of other keys, None: never equal


# a record's list field on the left of + (a str index is no list's)
def add_tag(r, t):
    return r["tags"] + [t]


r2 = {"id": 2, "tags": ["t"]}
r2["tags"] = r2["tags"] + ["w"]
print(r2, add_tag(r2, "x"), ["z"] + r2["tags"])
