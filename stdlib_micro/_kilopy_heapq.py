"""kilopy's heapq: `import heapq` (and `from heapq import ...`) finds this file when no heapq.py
is in the program's folder or a --path folder; under python3 `import heapq` is CPython's own
module, whose results these functions give (tests/check_stdlib.py compares the two). A heap is a
list with heap[k] <= heap[2 * k + 1] and heap[k] <= heap[2 * k + 2]; heap[0] is its smallest
element. The sifts below swap the same elements as CPython's, so a heap prints the same list
after every call (and a comparison that reads the heap sees what it sees in CPython). Elements are compared with `<` only, as CPython does: ints, strs, tuples of
them, or objects whose class defines __lt__. A function takes one element type per program
(kilopy gives each parameter one type): a program's heaps all hold ints, or all hold
(priority, item) tuples of one shape. nlargest() and nsmallest() take no key= here."""


def _move_up(heap, root, pos):
    """Moves heap[pos] up toward root, swapping it with each parent greater than it. A comparison
    that changes the heap's length is CPython's RuntimeError."""
    size = len(heap)
    while pos > root:
        parent = (pos - 1) >> 1
        smaller = heap[pos] < heap[parent]
        if len(heap) != size:
            raise RuntimeError("list changed size during iteration")
        if not smaller:
            break
        heap[pos], heap[parent] = heap[parent], heap[pos]
        pos = parent


def _fill_down(heap, pos):
    """Moves heap[pos] down to a leaf, swapping it with its smaller child each time, then up to
    its place (fewer comparisons than stopping on the way down; the same swaps as CPython's)."""
    end = len(heap)
    root = pos
    while pos < end >> 1:
        child = 2 * pos + 1
        if child + 1 < end:
            left_smaller = heap[child] < heap[child + 1]
            if len(heap) != end:
                raise RuntimeError("list changed size during iteration")
            if not left_smaller:
                child += 1
        heap[pos], heap[child] = heap[child], heap[pos]
        pos = child
    _move_up(heap, root, pos)


def heappush(heap, item, /):
    """Adds item to the heap."""
    heap.append(item)
    _move_up(heap, 0, len(heap) - 1)


def heappop(heap, /):
    """Removes and returns the smallest element; IndexError if the heap is empty."""
    if not heap:
        raise IndexError("index out of range")
    last = heap.pop()
    if not heap:
        return last
    smallest = heap[0]
    heap[0] = last
    _fill_down(heap, 0)
    return smallest


def heapreplace(heap, item, /):
    """Pops the smallest element, then pushes item (the heap never shrinks); IndexError if empty."""
    if not heap:
        raise IndexError("index out of range")
    smallest = heap[0]
    heap[0] = item
    _fill_down(heap, 0)
    return smallest


def heappushpop(heap, item, /):
    """Pushes item, then pops the smallest element (item itself if no element is smaller)."""
    if not heap or not heap[0] < item:
        return item
    if not heap:  # emptied by the comparison
        raise IndexError("index out of range")
    smallest = heap[0]
    heap[0] = item
    _fill_down(heap, 0)
    return smallest


def heapify(x, /):
    """Makes the list x a heap, in place."""
    i = len(x) // 2 - 1
    while i >= 0:
        _fill_down(x, i)
        i -= 1


def nsmallest(n, iterable):
    """The n smallest elements of iterable, smallest first: sorted(iterable)[:n], [] if n <= 0
    (CPython's heap-based selection gives the same list)."""
    if n <= 0:
        return sorted(iterable)[:0]
    return sorted(iterable)[:n]


def nlargest(n, iterable):
    """The n largest elements of iterable, largest first: sorted(iterable, reverse=True)[:n]."""
    if n <= 0:
        return sorted(iterable)[:0]
    return sorted(iterable, reverse=True)[:n]
