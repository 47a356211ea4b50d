# zip, enumerate and reversed consumed by list, sorted, sum, min, max, any and all.
data = [3, 1, 2, 7]
labels = [1, 0, 1]
scores = [5, -2, 9, 0, 4]
print(list(zip(data, labels)), sorted(zip(data, labels)), list(enumerate(data)), list(reversed(data)))
print(sum(reversed(data)), max(zip(data, labels)), min(enumerate(scores)), list(enumerate(zip(data, labels))))
print(list(zip(data, labels, scores)), list(zip(range(2), data)), sorted(zip(scores, data), reverse=True))
print(any(reversed(labels)), all(reversed(labels)), list(enumerate(reversed(scores))))
pairs = list(zip(data, scores))
pairs.append((0, 0))
print(pairs, len(pairs), pairs[-2])
print(sorted(enumerate(scores), key=lambda p: p[1]))
