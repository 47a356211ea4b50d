# error: 4:1: error: kilopy annotates only names (x: int = 0) and fields (self.x: int = 0), not an element: annotate the list where it is assigned (xs: list[int] = ...)
# an annotated assignment to an element.
xs = [0, 0]
xs[0]: int = 5
print(xs)
