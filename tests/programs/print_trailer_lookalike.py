# A line that starts like the AVR firmware's exit trailer is the program's output (kilopy-sim and
# kilopy monitor take only a line that parses as a trailer).
print("\x01KP2 x")
print("\x01KP2 1 2 3")
print("ok")
