// Python's int operators on fixed-width ints: each returns KP_OK and writes the result, or an
// error status (never a wrapped value). Templates over int16_t/int32_t, so the compiler's
// constant folder uses the very same definitions as the VM.
#pragma once

#include <stdint.h>

#include "bytecode/status.h"

namespace kilopy {

template <typename T> struct IntLimits;
template <> struct IntLimits<int16_t> {
  static constexpr int16_t min = -32767 - 1, max = 32767;
  static constexpr unsigned bits = 16;
  typedef uint16_t Unsigned;
  typedef int32_t Wide;  // holds the product of two values below 2**15 in magnitude
};
template <> struct IntLimits<int32_t> {
  static constexpr int32_t min = -2147483647 - 1, max = 2147483647;
  static constexpr unsigned bits = 32;
  typedef uint32_t Unsigned;
  typedef int64_t Wide;
};

#ifndef __AVR__
// For the compiler's constant folder: exact up to 64 bits, range-checked afterwards.
template <> struct IntLimits<int64_t> {
  static constexpr int64_t min = -9223372036854775807LL - 1, max = 9223372036854775807LL;
  static constexpr unsigned bits = 64;
  typedef uint64_t Unsigned;
};
#endif

template <typename T> inline uint8_t py_add(T a, T b, T& r) {
  return __builtin_add_overflow(a, b, &r) ? KP_ERR_OVERFLOW : KP_OK;
}
template <typename T> inline uint8_t py_sub(T a, T b, T& r) {
  return __builtin_sub_overflow(a, b, &r) ? KP_ERR_OVERFLOW : KP_OK;
}
// On the AVR, 32-bit operands that fit 16 bits take 16-bit paths (measured in
// docs/targets.md): the 32-bit overflow check multiplies in 64 bits (__muldi3, about 300
// cycles), a 32-bit division is a libgcc loop about twice as long as a 16-bit one.
template <typename T> inline bool fits16(T a, T b) {
#ifdef __AVR__
  return sizeof(T) > 2 && a == T(int16_t(a)) && b == T(int16_t(b));
#else
  return (void)a, (void)b, false;
#endif
}

template <typename T> inline uint8_t py_mul(T a, T b, T& r) {
  if (fits16(a, b)) {  // |product| <= 2**30: no overflow
    r = T(int32_t(int16_t(a)) * int16_t(b));
    return KP_OK;
  }
  return __builtin_mul_overflow(a, b, &r) ? KP_ERR_OVERFLOW : KP_OK;
}

// C's a / b and a % b (truncating), for b other than 0 and -1.
template <typename T> inline void divide(T a, T b, T& q, T& m) {
#ifdef __AVR__
  // Both operands in 0..255: an 8-bit division (__udivmodqi4, about 60 cycles against about
  // 220 for 16 bits) and no sign correction, for `% 10` or `// 25` of small counts and sensor
  // values (docs/targets.md). In 8-bit variables: avr-g++ divides the promoted ints otherwise.
  if (((a | b) & ~T(0xFF)) == 0) {
    uint8_t x = uint8_t(a), y = uint8_t(b);
    q = T(uint8_t(x / y));
    m = T(uint8_t(x % y));
    return;
  }
#endif
  if (fits16(a, b)) {  // MIN16 / -1 is excluded with b == -1
    q = T(int16_t(a) / int16_t(b));
    m = T(int16_t(a) % int16_t(b));
    return;
  }
  q = T(a / b);
  m = T(a % b);
}

// a // b, rounding toward minus infinity.
template <typename T> inline uint8_t py_floordiv(T a, T b, T& r) {
  if (b == 0) return KP_ERR_ZERO_DIV;
  if (b == -1) return py_sub(T(0), a, r);  // MIN // -1 overflows
  T q, m;
  divide(a, b, q, m);
  if (m != 0 && ((a < 0) != (b < 0))) q = T(q - 1);
  r = q;
  return KP_OK;
}

// a % b, with the sign of b.
template <typename T> inline uint8_t py_mod(T a, T b, T& r) {
  if (b == 0) return KP_ERR_ZERO_DIV;
  if (b == -1) { r = 0; return KP_OK; }  // avoids MIN % -1
  T q, m;
  divide(a, b, q, m);
  if (m != 0 && ((m < 0) != (b < 0))) m = T(m + b);
  r = m;
  return KP_OK;
}

// a ** b for b >= 0 by squaring. Squaring the base only when bits of b remain means a base
// overflow implies a result overflow (|a| >= 2), so no false errors.
template <typename T> inline uint8_t py_pow(T a, T b, T& r) {
  if (b < 0) return a == 0 ? KP_ERR_ZERO_DIV : KP_ERR_NEG_POW;
  T acc = 1;
  while (b != 0) {
    if (b & 1) { if (py_mul(acc, a, acc)) return KP_ERR_OVERFLOW; }
    b = T(b >> 1);
    if (b != 0 && py_mul(a, a, a)) return KP_ERR_OVERFLOW;
  }
  r = acc;
  return KP_OK;
}

template <typename T> inline uint8_t py_shl(T a, T n, T& r) {
#ifdef __AVR__
  // << 1 (random_bits' `value << 1`): no shift loops there and back; it overflows when the
  // sign changes (avr-g++ 5.4's __builtin_add_overflow compared the sum with a, per sign).
  if (n == 1) {
    T d = T(typename IntLimits<T>::Unsigned(a) << 1);
    if ((d ^ a) < 0) return KP_ERR_OVERFLOW;
    r = d;
    return KP_OK;
  }
#endif
  if (n < 0) return KP_ERR_NEG_SHIFT;
  if (a == 0) { r = 0; return KP_OK; }
  if (n >= T(IntLimits<T>::bits)) return KP_ERR_OVERFLOW;
  typedef typename IntLimits<T>::Unsigned U;
  T shifted = T(U(a) << n);
  if (T(shifted >> n) != a) return KP_ERR_OVERFLOW;  // bits (or the sign) were lost
  r = shifted;
  return KP_OK;
}

template <typename T> inline uint8_t py_shr(T a, T n, T& r) {
#ifdef __AVR__
  // >> 1 (next_bit's `seed >>= 1`) without the shift loop and the range checks.
  if (n == 1) { r = T(a >> 1); return KP_OK; }
#endif
  if (n < 0) return KP_ERR_NEG_SHIFT;
  if (n >= T(IntLimits<T>::bits)) n = T(IntLimits<T>::bits - 1);
  r = T(a >> n);  // arithmetic shift (GCC and Clang define it so for signed types)
  return KP_OK;
}

template <typename T> inline uint8_t py_neg(T a, T& r) { return py_sub(T(0), a, r); }
template <typename T> inline uint8_t py_abs(T a, T& r) {
  if (a >= 0) { r = a; return KP_OK; }
  return py_neg(a, r);
}

// CPython's slice rule (PySlice_Unpack, PySlice_AdjustIndices) for seq[start:stop:step] on a
// sequence of len elements, step != 0, a bound left out when !has_start / !has_stop: clamps
// start and stop (in place) and returns the slice's length. Element i of the slice is
// seq[start + i * step].
template <typename T> inline T slice_index(T v, T n, bool down) {
  if (v < 0) {
    v = T(v + n);
    if (v < 0) v = down ? T(-1) : T(0);
  } else if (v >= n) {
    v = down ? T(n - 1) : n;
  }
  return v;
}
template <typename T> inline uint16_t py_slice(T& start, bool has_start, T& stop, bool has_stop, T step, uint16_t len) {
  typedef typename IntLimits<T>::Unsigned U;
  const bool down = step < 0;
  const T n = T(len), lowest = T(IntLimits<T>::min + 1), highest = IntLimits<T>::max;  // a bound left out
  start = slice_index<T>(has_start ? start : down ? highest : T(0), n, down);
  stop = slice_index<T>(has_stop ? stop : down ? lowest : highest, n, down);
  if (down) return stop < start ? uint16_t(U(start - stop - 1) / U(U(0) - U(step)) + 1) : 0;
  return start < stop ? uint16_t(U(stop - start - 1) / U(step) + 1) : 0;
}

// len(range(start, stop, step)) for step != 0.
template <typename T> inline uint32_t range_length(T start, T stop, T step) {
  typedef typename IntLimits<T>::Unsigned U;
  if (step > 0 ? start >= stop : start <= stop) return 0;
  U span = step > 0 ? U(U(stop) - U(start) - 1u) : U(U(start) - U(stop) - 1u);
  U by = step > 0 ? U(step) : U(U(0) - U(step));
  return uint32_t(span / by) + 1u;
}

// x.bit_length(): the bits of |x| (the most negative int included).
template <typename T> inline T py_bit_length(T a) {
  typedef typename IntLimits<T>::Unsigned U;
  U u = a < 0 ? U(U(0) - U(a)) : U(a);
  T n = 0;
  for (; u != 0; u = U(u >> 1)) ++n;
  return n;
}

// pow(a, b, m) as CPython 3.11: m == 0 is a ValueError; |m| == 1 gives 0; b < 0 raises a to
// the inverse of a modulo |m| (a ValueError if there is none); the result has the sign of m.
// Every step is taken modulo |m| <= 2**(bits-1) in the wide type, so nothing overflows.
template <typename T> inline uint8_t py_powmod(T a, T b, T m, T& r) {
  typedef typename IntLimits<T>::Wide W;
  if (m == 0) return KP_ERR_POW_MOD_ZERO;
  W mod = m < 0 ? -W(m) : W(m), e = b;
  if (mod == 1) { r = 0; return KP_OK; }
  W base = W(a) % mod;
  if (base < 0) base += mod;
  if (e < 0) {  // extended Euclid: p == x * base and q == y * base, modulo mod
    W p = base, q = mod, x = 1, y = 0;
    while (q != 0) {
      W k = p / q, t = p - k * q;
      p = q, q = t;
      t = x - k * y;
      x = y, y = t;
    }
    if (p != 1) return KP_ERR_NOT_INVERTIBLE;
    base = x < 0 ? x + mod : x;
    e = -e;
  }
  W acc = 1;
  for (; e != 0; e >>= 1) {
    if (e & 1) acc = acc * base % mod;
    base = base * base % mod;
  }
  if (m < 0 && acc != 0) acc -= mod;
  r = T(acc);
  return KP_OK;
}

}  // namespace kilopy
