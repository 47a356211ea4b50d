# Online anomaly detection on a sensor stream (the seed's section 5.1). 300 readings of a
# slowly drifting signal (a triangle wave, period 256, amplitude 32) plus noise (a sum of
# four 3-bit draws minus 14: mean 0, standard deviation about 4.6); one reading in 16, chosen
# at random, is an anomaly: a spike of 20 to 35 up or down. The ground truth is known for
# every reading. Two detectors see each reading once, flag it or not, then learn from it:
#   seed: the seed's detector: the range [lo, hi] of all readings so far; a reading is an
#         anomaly when it is farther than half the range from the range's middle;
#   ours: a running mean and mean absolute deviation (MAD) in fixed point (4 fraction bits,
#         updated by shifts); an anomaly is a reading more than 4 MADs from the mean. It learns
#         only from readings it does not flag, and flags nothing in its first 16 readings.
# The score is balanced accuracy: the mean of the anomalies flagged (%) and the normal
# readings passed (%); a detector that never flags scores 50. Every value fits 16 bits.

import micro   # first: under python3, samples/micro.py finds stdlib_micro/ or says how to run this sample
from prng import random_bits   # the 15-bit LFSR of samples/perceptron.py, from seed 12345


def balanced(hit, alarm):
    return (hit * 100 // anomalies + (300 - anomalies - alarm) * 100 // (300 - anomalies)) // 2


lo = hi = 0                   # seed: the range so far
mean = mad = 0                # ours: mean and MAD, times 16
anomalies = seed_hit = seed_alarm = hit = alarm = 0
for t in range(300):
    phase = t & 255
    value = (phase if phase < 128 else 255 - phase) // 4 - 14
    for _ in range(4):
        value += random_bits(3)
    anomaly = random_bits(4) == 0
    if anomaly:
        spike = 20 + random_bits(4)
        value += spike if random_bits(1) else -spike
        anomalies += 1

    if t == 0:
        lo = hi = value
    lo = min(lo, value)
    hi = max(hi, value)
    flag = abs(value - (lo + hi) // 2) > (hi - lo) // 2
    if anomaly:
        seed_hit += flag
    else:
        seed_alarm += flag

    error = value * 16 - mean
    flag = t >= 16 and abs(error) > 4 * mad
    if not flag:
        mean += error // 4 if t < 16 else error // 16
        mad += (abs(error) - mad) // 8
    if anomaly:
        hit += flag
    else:
        alarm += flag
print(anomalies, "anomalies in 300 readings")
print("seed: flagged", seed_hit, "anomalies,", seed_alarm, "false alarms: balanced accuracy", balanced(seed_hit, seed_alarm), "%")
print("ours: flagged", hit, "anomalies,", alarm, "false alarms: balanced accuracy", balanced(hit, alarm), "%")
