# exit(None) and from sys import exit: status 0; a negative status -1 becomes 255 (below,
# never reached).
from sys import exit


def done(ok):
    print("done", ok)
    if ok:
        exit(None)
    exit(-1)


done(True)
done(False)
