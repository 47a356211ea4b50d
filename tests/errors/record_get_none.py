# error: 4:7: error: this record has no key 'city', so .get() gives None, which kilopy does not hold here: give get() a default
# .get() of a key a record does not have gives None, which kilopy does not hold there.
p = {"name": "ann", "age": 31}
print(p.get("city"))
