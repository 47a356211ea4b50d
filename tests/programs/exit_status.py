# exit(n) ends the program with exit status n, printing nothing itself; the code after it
# does not run.
total = 0
for i in range(5):
    total += i
print("total", total)
if total > 5:
    exit(total - 7)
print("not reached")
