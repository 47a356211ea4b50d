# sorted(), min() and max() of a generator expression with key=.
rows = [("ann", 31), ("bob", 25), ("cy", 40)]
print(sorted((name for name, age in rows), key=len))
print(sorted(((age, name) for name, age in rows if age > 26), key=lambda p: -p[0]))
print(max((age for _, age in rows), key=lambda a: a % 10), min((n for n, _ in rows), key=len))
def weight(name):
    print("weighing", name)
    return len(name)
print(sorted((n.upper() for n, _ in rows), key=weight))
