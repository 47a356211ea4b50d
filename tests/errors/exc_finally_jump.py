# error: 7:9: error: `continue` in a 'finally' block is not supported in kilopy (CPython's drops the exception the block runs for): set a flag and test it after the try statement
# A continue out of a finally block (CPython drops the exception it is handling).
for i in range(3):
    try:
        x = 1 // i
    finally:
        continue
