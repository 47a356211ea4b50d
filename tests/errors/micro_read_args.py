# error: 4:7: error: micro.read() takes exactly 0 arguments (1 given)
# micro.read() takes no argument.
import micro
print(micro.read(1))
