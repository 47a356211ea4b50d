# Output holding the byte 0x01 (which starts the AVR firmware's exit trailer, "\x01KP2 ", on the
# UART) is the program's output on every target, and sys.exit(3) exits 3 (kilopy-sim's own
# failures also exit 3; kilopy check tells them apart).
import sys

print("x\x01y")
print("\x01KP")
print("a\x01\x01KP2-b\x01")
parts = ["\x01", "K", "P", "2"]
print("".join(parts) + "!")
sys.exit(3)
