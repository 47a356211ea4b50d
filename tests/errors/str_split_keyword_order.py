# error: 4:18: error: kilopy takes split()'s sep= before maxsplit= (the arguments run in that order): write sep= first
# split()'s keywords in the other order are refused (kilopy passes sep first).
line = "a,b,c"
print(line.split(maxsplit=1, sep=","))
