# heapq as CPython's: a comparison that grows the heap is its RuntimeError; one that reads the
# heap sees the swaps CPython's sifts make.
import heapq


class T:
    def __init__(self, p):
        self.p = p

    def __lt__(self, o):
        if self.p == 0:
            h.append(T(99))
        if self.p == 7:
            print("comparing 7 with", o.p, "heap", [t.p for t in h])
        return self.p < o.p

    def __repr__(self):
        return "T" + str(self.p)


h = [T(1), T(3), T(8)]
try:
    heapq.heappush(h, T(0))
except RuntimeError as e:
    print("RuntimeError:", e)
print(h)
h = [T(1), T(3), T(8), T(5), T(9)]
heapq.heappush(h, T(7))
print(h)
print(heapq.heappop(h), h)
