# error: 13:13: error: dataclasses.FrozenInstanceError: cannot assign to field 'end' (Span is a frozen dataclass; kilopy refuses the store): make a new object instead, or drop frozen=True
# __post_init__ of a frozen dataclass storing a field: CPython's FrozenInstanceError.
from dataclasses import dataclass


@dataclass(frozen=True)
class Span:
    start: int
    end: int

    def __post_init__(self):
        if self.end < self.start:
            self.end = self.start


print(Span(3, 1))
