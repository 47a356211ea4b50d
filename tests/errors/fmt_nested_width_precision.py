# error: 5:9: error: after a nested width kilopy takes only a grouping and the type (f'{x:>{w},d}'), not '.4': write the width as a number
# A precision after a nested width is refused (kilopy pads the text formatted without it).
name = "perceptron"
w = 12
print(f"{name:>{w}.4}")
