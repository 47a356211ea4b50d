# A string literal longer than an image string (255 bytes) used as a value: joined from its
# pieces at run time, a UTF-8 sequence never cut (the é around byte 255); multi-line test data
# parsed with split().
DATA = """0,0
1,37
2,74
3,10
4,47
5,84
6,20
7,57
8,94
9,30
10,67
11,3
12,40
13,77
14,13
15,50
16,87
17,23
18,60
19,97
20,33
21,70
22,6
23,43
24,80
25,16
26,53
27,90
28,26
29,63
30,100
31,36
32,73
33,9
34,46
35,83
36,19
37,56
38,93
39,29"""
total = 0
for line in DATA.split("\n"):
    key, value = line.split(",")
    total += int(value)
print(len(DATA), total, DATA[:9], DATA[-6:])
DATA = ""
s = "aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaééééééééééééééééééééééééééééééééééééééééééééééééééééééééééééééééééééééz"
print(len(s), s[125:130], s.count("é"), s[-3:])
