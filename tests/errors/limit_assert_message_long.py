# error: 5:11: error: an assert message is at most 255 bytes in kilopy (this one is 300): shorten it
# a 300-byte message (150 two-byte characters) would be cut inside a character; python3
# prints it whole.
x = 0
assert x, "éééééééééééééééééééééééééééééééééééééééééééééééééééééééééééééééééééééééééééééééééééééééééééééééééééééééééééééééééééééééééééééééééééééééééééééééééééééé"
