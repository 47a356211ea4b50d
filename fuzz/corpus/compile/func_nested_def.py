# error: 4:5: error: functions must be defined at the top level of the module (nested and conditional def are not supported)
# nested def is refused.
def outer():
    def inner():
        return 1
    return inner()

print(outer())
