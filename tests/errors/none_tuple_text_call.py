# error: 9:9: error: the text of a tuple or None computed by an expression is not supported in kilopy: assign it to a name first
# str() of a call giving a tuple or None (its text would need the value twice): refused.
def find(v):
    if v:
        return (v, v)
    return None


s = str(find(1))
print(s)
