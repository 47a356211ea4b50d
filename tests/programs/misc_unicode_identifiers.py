# Unicode identifiers (PEP 3131): Greek, accented Latin, CJK and German letters in names of
# globals, locals, parameters, loop variables and functions.
π = 3
rayon = 2
aire = π * rayon * rayon
print(aire)
café = 1
naïve_count = café + 1
数量 = 10
for ί in range(2):
    数量 += ί
Δx = 数量 - naïve_count


def größe(ß):
    return ß * 2


print(café, naïve_count, 数量, Δx, größe(Δx))
