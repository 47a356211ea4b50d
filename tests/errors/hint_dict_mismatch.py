# error: 5:9: error: 'scores' is annotated dict[str, int] but is assigned a dict[int, int] at line 5: make the annotation and the value agree
# a Dict annotation that disagrees with the dict's keys.
from typing import Dict

scores: Dict[str, int] = {1: 2}
print(scores)
