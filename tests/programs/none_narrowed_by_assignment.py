# A name that may be None is not None right after it is assigned a slice or the value of a str
# method or a builtin (an INI parser's current section): its reads there take it as a str.
def parse(lines):
    sections = {}
    cur = None
    for raw in lines:
        raw = raw.strip()
        if raw.startswith("[") and raw.endswith("]"):
            cur = raw[1:-1].strip().lower()
            sections[cur] = []
        elif cur is not None and raw:
            sections[cur].append(raw)
    return sections


print(parse(["[Main]", "a=1", "", "[Extra] ", "b=2", "c=3"]))
last = None
for word in "the quick brown fox".split():
    last = word.upper()
    print(last[0] + last[1:].lower(), len(last))
tail = None
for n in [3, 1, 2]:
    tail = sorted([n, 5, 0])
    print(tail[0] + tail[-1])
size = None
size = len("abc")
print(size + 1)
