# error: 5:12: error: str.format() of a format string held in a variable is not supported in kilopy: write the string itself there ("{} items".format(n)), or keep it in a module constant assigned once, before the code that uses it runs (ROW = "{} items")
# str.format() formats only a literal, or a module constant assigned once before the code that
# uses it: a format string in a parameter is refused.
def line(fmt, name, n):
    return fmt.format(name, n)


print(line("{:<6}{:>4}", "ab", 3))
