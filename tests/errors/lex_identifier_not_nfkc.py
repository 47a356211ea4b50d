# error: 4:7: error: identifier 'ℌ' is not in NFKC form: 'ℌ' (U+210C) may change under NFKC normalization, which Python applies to names; write the name in NFKC form
# CPython reads ℌ as H (NFKC), so ℌ and H would be one name there and two here.
H = 1
print(ℌ)
