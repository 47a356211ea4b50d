# Rule learning for a tiny controller (the seed's section 5.2), without dicts. Each state is
# two 4-bit sensor readings, each discretised to a level 0, 1 or 2 (above 5: 1, above 10: 2)
# as the seed does, giving a key of 2 bits per reading. The right action is 1 (say, a fan on)
# when the two levels add up to 2 or more, else 0; about 10% of the actions shown while
# learning are wrong. 50 learning steps, then accuracy on the next 500 states, held out,
# against their noisy actions and against the rule itself.
#   seed: the seed's learner: at most 8 rules (key, action), in arrays; a known key's action
#         is overwritten by the latest one seen; a new key evicts the oldest rule when 8 are
#         held; an unknown key gets action 0;
#   ours: a vote counter per key (16 signed bytes, clamped to +-3): +1 for action 1, -1 for 0;
#         a key with no votes (or a tie) takes the majority action seen so far.

from array import array
import micro   # first: under python3, samples/micro.py finds stdlib_micro/ or says how to run this sample
from prng import random_bits   # the 15-bit LFSR of samples/perceptron.py, from seed 12345

keys = array('b', [0] * 8)     # seed: the rules' keys and actions, oldest first
actions = array('b', [0] * 8)
count = 0
votes = array('b', [0] * 16)   # ours
majority = 0


def level(v):
    return 2 if v > 10 else 1 if v > 5 else 0


def seed_rule(key):
    for i in range(count):
        if keys[i] == key:
            return actions[i]
    return 0


def seed_learn(key, action):
    global count
    for i in range(count):
        if keys[i] == key:
            actions[i] = action
            return
    if count == 8:
        for i in range(7):
            keys[i] = keys[i + 1]
            actions[i] = actions[i + 1]
        count = 7
    keys[count] = key
    actions[count] = action
    count += 1


def our_rule(key):
    v = votes[key]
    return 1 if v > 0 or v == 0 and majority > 0 else 0


seed_ok = ok = seed_right = right = 0
for step in range(550):
    a = level(random_bits(4))
    b = level(random_bits(4))
    key = a | b << 2
    truth = 1 if a + b >= 2 else 0
    action = 1 - truth if random_bits(7) % 10 == 0 else truth
    if step < 50:
        seed_learn(key, action)
        vote = 2 * action - 1
        votes[key] = max(-3, min(3, votes[key] + vote))
        majority += vote
    else:
        guess = seed_rule(key)
        seed_ok += guess == action
        seed_right += guess == truth
        guess = our_rule(key)
        ok += guess == action
        right += guess == truth
print("held-out accuracy: seed", seed_ok // 5, "% (noisy actions),", seed_right // 5, "% (rule)")
print("held-out accuracy: ours", ok // 5, "% (noisy actions),", right // 5, "% (rule)")
