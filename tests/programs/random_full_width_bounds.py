# randint and randrange reach the ends of a 16-bit int: no intermediate past them (randint(0,
# 32767) once computed 32768, an OverflowError at 16 bits)
import random

random.seed(11)
print(random.randint(0, 32767), random.randint(-32768, -1), random.randint(32766, 32767))
print(random.randrange(-16000, 16000), random.randrange(32767), random.randrange(32767, 0, -5000))
print(random.randint(7, 7), random.randrange(-32768, -32767))
print([random.randint(-3, 3) for _ in range(12)])
deck = [1, 2, 3, 4, 5, 6]
random.shuffle(deck)
print(deck, random.choice(deck))
