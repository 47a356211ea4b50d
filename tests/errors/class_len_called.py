# error: 10:7: error: calling __len__ directly is not supported in kilopy (its checked result is what len() gives): write len(x)
# calling __len__ directly: kilopy's __len__ checks its result as len() does, so the call is refused.
class C:
    def __init__(self):
        self.n = -1
    def __len__(self):
        return self.n

c = C()
print(c.__len__())
