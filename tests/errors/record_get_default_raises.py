# error: 6:24: error: CPython evaluates this default although the record has the key (it may call or raise): assign it to a name first, or write a literal
# a record's .get(k, default) whose default may raise (CPython evaluates it although the key is there).
p = {"name": "ann", "age": 31}
xs = [1, 2, 3]
try:
    print(p.get("age", xs[5]))
except IndexError as e:
    print("IndexError:", e)
