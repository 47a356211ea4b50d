# error: 5:16: error: TypeError: gcd() got some positional-only arguments passed as keyword arguments: 'a, b'
# math.gcd() with keyword arguments (CPython: "math.gcd() takes no keyword arguments").
import math

print(math.gcd(a=12, b=18))
