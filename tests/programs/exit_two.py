# exit(2), the status of a usage error in many tools: kilopy's own exit-2 errors always print
# a message, this one prints only what the program printed.
def usage(argc):
    if argc < 1:
        print("usage: prog N")
        exit(2)
    return argc


print(usage(3))
usage(0)
print("not reached")
