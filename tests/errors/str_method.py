# error: 4:7: error: str methods (.upper()) are not supported in kilopy yet: kilopy's strs are the program's string literals, compared with == and printed
# str methods are refused: kilopy's strs are only compared and printed.
mode = "train"
print(mode.upper())
