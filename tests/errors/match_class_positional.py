# error: 9:12: error: a positional sub-pattern of class P needs its __match_args__, which kilopy takes from a @dataclass defined above: write P(field=pattern)
# a positional sub-pattern of a class that is no dataclass (kilopy has no __match_args__).
class P:
    def __init__(self, x):
        self.x = x


match P(1):
    case P(1):
        print("one")
