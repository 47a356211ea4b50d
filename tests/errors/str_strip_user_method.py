# error: 10:7: error: kilopy's str.strip(chars) is not supported in a program that defines a method named strip, lstrip or rstrip (the call could be the method's): rename that method
# strip(chars) of a str where a class has a method strip.
class Wire:
    def strip(self, n):
        return n


w = Wire()
print(w.strip(3))
print("--a--".strip("-"))
