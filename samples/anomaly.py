# Online anomaly detection on a sensor stream (the seed's section 5.1). 300 readings of a
# slowly drifting signal (a triangle wave, period 256, amplitude 32) plus noise (a sum of
# four 3-bit draws minus 14: mean 0, standard deviation about 4.6); one reading in 16, chosen at random, is an anomaly:
# a spike of 20 to 35 up or down. The ground truth is known for every reading.
# Two detectors see each reading once, flag it or not, then learn from it:
#   seed: the seed's detector: the range [lo, hi] of all readings so far; a reading is an
#         anomaly when it is farther than half the range from the range's middle;
#   ours: a running mean and mean absolute deviation (MAD) in fixed point (4 fraction bits,
#         updated by shifts); an anomaly is a reading more than 4 MADs from the mean. It learns
#         only from readings it does not flag, and flags nothing in its first 16 readings.
# The score is balanced accuracy: the mean of the anomalies flagged (%) and the normal
# readings passed (%); a detector that never flags scores 50. Every value fits 16 bits.

seed = 12345         # state of a 15-bit Galois LFSR (x^15 + x^14 + 1, period 32767)


def bits(n):
    global seed
    v = 0
    for _ in range(n):
        bit = seed & 1
        seed >>= 1
        if bit:
            seed ^= 0x6000
        v = v << 1 | bit
    return v


def balanced(hit, miss, passed, alarm):
    return (hit * 100 // (hit + miss) + passed * 100 // (passed + alarm)) // 2


lo = hi = 0                   # seed: the range so far
mean = mad = 0                # ours: mean and MAD, times 16
seed_hit = seed_miss = seed_pass = seed_alarm = 0
hit = miss = passed = alarm = 0
for t in range(300):
    phase = t & 255
    value = (phase if phase < 128 else 255 - phase) // 4 + bits(3) + bits(3) + bits(3) + bits(3) - 14
    anomaly = bits(4) == 0
    if anomaly:
        spike = 20 + bits(4)
        value += spike if bits(1) else -spike

    if t == 0:
        lo = hi = value
    lo = min(lo, value)
    hi = max(hi, value)
    flag = abs(value - (lo + hi) // 2) > (hi - lo) // 2
    if anomaly:
        seed_hit += flag
        seed_miss += not flag
    else:
        seed_alarm += flag
        seed_pass += not flag

    error = value * 16 - mean
    flag = t >= 16 and abs(error) > 4 * mad
    if not flag:
        mean += error // 4 if t < 16 else error // 16
        mad += (abs(error) - mad) // 8
    if anomaly:
        hit += flag
        miss += not flag
    else:
        alarm += flag
        passed += not flag
print("seed: flagged", seed_hit, "of", seed_hit + seed_miss, "anomalies and", seed_alarm, "of",
      seed_alarm + seed_pass, "normal readings: balanced accuracy",
      balanced(seed_hit, seed_miss, seed_pass, seed_alarm), "%")
print("ours: flagged", hit, "of", hit + miss, "anomalies and", alarm, "of", alarm + passed,
      "normal readings: balanced accuracy", balanced(hit, miss, passed, alarm), "%")
