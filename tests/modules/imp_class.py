# A module defining a class (refused: classes live in the program's own file).
class Sq:
    def __init__(self, n):
        self.n = n
