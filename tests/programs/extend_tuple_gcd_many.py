# list.extend() of a tuple written out, and math.gcd()/lcm() of three or four arguments.
import math

xs = [1, 2]
xs.extend((3, 4))
a, b = 5, 6
xs.extend((a * b, a - b))
xs.extend(())
print(xs)
t = (7, 8)
xs.extend(list(t))
xs += list(t)
print(xs, len(xs))
print(math.gcd(12, 18, 30), math.gcd(-4, 6, 0), math.gcd(0, 0, 0), math.gcd(84, 126, 210, 294))
print(math.lcm(2, 3, 4), math.lcm(4, 6, 10, 15), math.lcm(3, 0, 5), math.lcm(-2, 3, 5))
sizes = [24, 36, 60]
print(math.gcd(sizes[0], sizes[1], sizes[2]))
