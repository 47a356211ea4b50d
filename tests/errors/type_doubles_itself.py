# error: 4:5: error: 'total' would hold a value that holds its own earlier value, nested without end (kilopy gives each name one type): build it from other names
# a name whose value holds its earlier value twice: its type would double on every pass.
for i in range(3):
    total = (total, total)
print(total)
