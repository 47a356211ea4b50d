# expect: File "
# expect: zero_div_in_function.py", line 20, in <module>
# expect: zero_div_in_function.py", line 16, in average
# expect: zero_div_in_function.py", line 11, in scaled
# expect: ZeroDivisionError: integer division or modulo by zero
# A run-time error two calls deep on the target: kilopy-sim must map the pc and the call
# records in the firmware's trailer back to these lines with the image's debug section.


def scaled(total, n):
    return total * 10 // n


def average(values_sum, count):
    print("averaging", values_sum, "over", count)
    return scaled(values_sum, count)


print(average(50, 5))
print(average(7, 0))
