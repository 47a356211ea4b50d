# a sorted() key tuple whose element types a later pass of inference learns (kv[1] of a dict
# built in the same function), and a tuple ordering likewise
STOP = {"a", "the"}


def build_vocab(tokens, min_count=1):
    counts = {}
    for t in tokens:
        if t in STOP:
            continue
        counts[t] = counts.get(t, 0) + 1
    vocab = {}
    for word, n in sorted(counts.items(), key=lambda kv: (-kv[1], kv[0])):
        if n >= min_count:
            vocab[word] = len(vocab)
    return counts, vocab


counts, vocab = build_vocab("the cat sat on a mat the dog sat".split())
print(counts)
print(vocab)
top = sorted(counts, key=lambda w: counts[w], reverse=True)[:2]
print(top)
