# kilopy: path=../modules
# An imported module's __name__ is its name: its tests of `__name__ == "..."` outside a
# __main__ block read that, and the program's own read "__main__".
import imp_named

print(imp_named.IS_MAIN, imp_named.KNOWN, imp_named.describe())
print(__name__ == "__main__", __name__ == "imp_named")
if __name__ == "__main__":
    print("main")
