# f-strings, '%' and str.format as print() arguments, as training scripts report progress.
w = [3, -12, 127]
bias = -5
correct = 0
for step in range(1, 41):
    if (step * 7) % 5 != 0:
        correct += 1
    if step % 10 == 0:
        acc = correct * 1000 // step
        print(f"step {step:3d}: acc {acc // 10}.{acc % 10}% ({correct}/{step})")
        print("step %3d: acc %d.%d%%" % (step, acc // 10, acc % 10))
        print("step {:>3}: {}/{} correct".format(step, correct, step))
print(f"weights {w} bias {bias:+d} {bias=}")
print(f"{'name':<6}|{'value':>6}|")
for i in range(len(w)):
    print(f"w[{i}]  |{w[i]:>6}|{w[i]:#06x}|{w[i] & 255:08b}|{w[i]:^7}|")
print(f"{w[0] > 0} {w[1] > 0!s:>6} {w[0] > 0:d} {bias is None}", "%s %d" % (w[2] > 0, w[2] > 0))
big = 30000
print(f"{big:,} {big:_} {-big:_x} {big:010,}", end="!\n")
print(f"{{literal braces}} {step:}", 'x' f'{bias}' "y", sep=";")
print(f"""multi
line {bias
      + 1} end""")
