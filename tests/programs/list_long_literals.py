# List literals longer than the registers of a frame: strs, tuples, lists and expressions,
# evaluated left to right, at module level and in a function, the variable read inside its own
# new value.
calls = []


def note(v):
    calls.append(v)
    return v


def strs_and_tuples():
    words = ["w0", "w1", "w2", "w3", "w4", "w5", "w6", "w7", "w8", "w9", "w10", "w11", "w12", "w13", "w14", "w15",
             "w16", "w17", "w18", "w19", "w20", "w21", "w22", "w23", "w24", "w25", "w26", "w27", "w28", "w29", "w30",
             "w31", "w32", "w33", "w34", "w35", "w36", "w37", "w38", "w39", "w40", "w41", "w42", "w43", "w44", "w45",
             "w46", "w47", "w48", "w49", "w50", "w51", "w52", "w53", "w54", "w55", "w56", "w57", "w58", "w59", "w60",
             "w61", "w62", "w63", "w64", "w65", "w66", "w67", "w68", "w69"]
    print(len(words), words[0], words[33], words[69], words[-17:-14])
    pairs = [(1, 2), (3, 4), (5, 6), (7, 8), (9, 10), (11, 12), (13, 14), (15, 16), (17, 18), (19, 20), (21, 22),
             (23, 24), (25, 26), (27, 28), (29, 30), (31, 32), (33, 34), (35, 36), (37, 38), (39, 40), (41, 42),
             (43, 44), (45, 46), (47, 48), (49, 50), (51, 52), (53, 54), (55, 56), (57, 58), (59, 60), (61, 62),
             (63, 64), (65, 66), (67, 68), (69, 70), (71, 72), (73, 74), (75, 76), (77, 78), (79, 80), (81, 82),
             (83, 84), (85, 86), (87, 88), (89, 90), (91, 92), (93, 94), (95, 96), (97, 98), (99, 100), (101, 102),
             (103, 104), (105, 106), (107, 108), (109, 110), (111, 112), (113, 114), (115, 116), (117, 118),
             (119, 120), (121, 122), (123, 124), (125, 126), (127, 128), (129, 130), (131, 132), (133, 134)]
    print(len(pairs), pairs[16], pairs[-1], sum(a - b for a, b in pairs))


strs_and_tuples()


def rows(k):
    grid = [[0 + k], [1 + k], [2 + k], [3 + k], [4 + k], [5 + k], [6 + k], [7 + k], [8 + k], [9 + k], [10 +
            k], [11 + k], [12 + k], [13 + k], [14 + k], [15 + k], [16 + k], [17 + k], [18 + k], [19 + k],
            [20 + k], [21 + k], [22 + k], [23 + k], [24 + k], [25 + k], [26 + k], [27 + k], [28 + k], [29 +
            k], [30 + k], [31 + k], [32 + k]]
    grid[32][0] = -1
    return grid


def show_rows():
    g = rows(7)
    print(len(g), g[0], g[16], g[32], g[31])


show_rows()
xs = [1, 2, 3]
xs = [note(xs[0]), note(xs[1] * 10), note(xs[2] * 100), note(4), note(5), note(6), note(7), note(8), note(9),
      note(10), note(11), note(12), note(13), note(14), note(15), note(16), note(17), note(18), note(19),
      note(20), note(21), note(22), note(23), note(24), note(25), note(26), note(27), note(28), note(29),
      note(30), note(31), note(32), note(33), note(34), note(35), xs[0] + xs[1] + xs[2]]
print(len(xs), xs[:4], xs[-3:], calls == xs[:35])
