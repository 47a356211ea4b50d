# error: 8:13: error: `break` in an 'except' block of a try statement with 'finally' is not supported in kilopy: set a flag and test it after the try statement
# A break out of a handler of a try statement with finally.
for i in range(3):
    try:
        x = 1 // i
    except ZeroDivisionError:
        if i == 0:
            break
    finally:
        print("done", i)
