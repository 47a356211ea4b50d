# error: 3:8: error: 'ready' is annotated bool but is assigned an int at line 3: make the annotation and the value agree
# a variable annotated bool is assigned an int.
ready: bool = 1
print(ready)
