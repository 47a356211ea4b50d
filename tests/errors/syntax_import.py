# error: 3:8: error: ModuleNotFoundError: No module named 'sensors' (kilopy looks for sensors.py in the program's folder, stdlib_micro/ and each --path DIR)
# an import of a module that is not on the search path.
import sensors
print(1)
