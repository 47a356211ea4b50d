# f-strings, % and str.format outside print() build strs (fields of ints, bools, None, strs).
step, acc, ok = 3, 87, True
msg = f"step {step}: acc {acc}% ok={ok} none={None} {'x' + 'y'}"
line = "%d/%s %i %u %s" % (step, "x", True, -4, ok)
other = "{0} and {name} {0}".format(step, name="n" + str(acc))
print(msg, len(msg))
print([line, other, f"", f"{msg[:4]}!", "%s" % "solo"])
log = []
for i in range(4):
    log.append(f"{i}:{i * i}")
report = ", ".join(log)
print(report, report.split(", ")[2], f"{len(log)} entries" == "4 entries")
