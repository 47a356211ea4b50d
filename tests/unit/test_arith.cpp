// bytecode/arith.h: Python's int operators on 16- and 32-bit ints. Expected values come from the
// mathematical definitions (computed exactly in 64 bits here), never from the implementation.
#include <stdint.h>

#include <boost/test/unit_test.hpp>
#include <sstream>
#include <string>
#include <vector>

#include "bytecode/arith.h"
#include "bytecode/status.h"

using namespace kilopy;

namespace {

template <typename T> constexpr int64_t lo() { return IntLimits<T>::min; }
template <typename T> constexpr int64_t hi() { return IntLimits<T>::max; }
template <typename T> bool fits(int64_t v) { return v >= lo<T>() && v <= hi<T>(); }

// Interesting operands for width T: the extremes, their neighbours, small values of both signs.
template <typename T> std::vector<int64_t> samples() {
  std::vector<int64_t> v = {0, 1, -1, 2, -2, 3, -3, 5, -5, 7, -7, 10, -10, 100, -100, 255, -256, 1000, -1000};
  const int64_t mn = lo<T>(), mx = hi<T>();
  for (int64_t x : {mn, mn + 1, mn + 2, mn / 2, mn / 2 - 1, mn / 3, mx, mx - 1, mx - 2, mx / 2, mx / 2 + 1, mx / 3})
    v.push_back(x);
  return v;
}

// Python's a // b and a % b by their definition: a == b*q + r, with r == 0 or sign(r) == sign(b),
// and |r| < |b|. Found here by adjusting the exact rational quotient, in 64 bits.
void py_divmod_ref(int64_t a, int64_t b, int64_t& q, int64_t& r) {
  // Start from any integer near a/b, then walk to the unique q satisfying the definition.
  q = a / b;
  for (;;) {
    r = a - b * q;
    bool ok = b > 0 ? (r >= 0 && r < b) : (r <= 0 && r > b);
    if (ok) return;
    // r too big in b's direction: increase q; r on the wrong side: decrease q.
    if (b > 0) q += r >= b ? 1 : -1;
    else q += r <= b ? 1 : -1;
  }
}

// "" when T's // and % agree with the definition for a and b, else what went wrong.
template <typename T> std::string divmod_mismatch(int64_t a, int64_t b) {
  std::ostringstream why;
  T r = 77;
  if (b == 0) {
    uint8_t s1 = py_floordiv<T>(T(a), T(b), r), s2 = py_mod<T>(T(a), T(b), r);
    if (s1 != KP_ERR_ZERO_DIV || s2 != KP_ERR_ZERO_DIV || r != 77)
      why << a << " // 0 or % 0 did not raise ZeroDivisionError";
    return why.str();
  }
  int64_t q, m;
  py_divmod_ref(a, b, q, m);
  uint8_t s = py_floordiv<T>(T(a), T(b), r);
  if (fits<T>(q) ? (s != KP_OK || int64_t(r) != q) : s != KP_ERR_OVERFLOW)
    why << a << " // " << b << ": status " << int(s) << " value " << int64_t(r) << ", expected " << q << "; ";
  r = 77;
  s = py_mod<T>(T(a), T(b), r);
  if (s != KP_OK || int64_t(r) != m)  // a % b always fits: |r| < |b|
    why << a << " % " << b << ": status " << int(s) << " value " << int64_t(r) << ", expected " << m;
  return why.str();
}

template <typename T> void check_divmod(int64_t a, int64_t b) {
  std::string why = divmod_mismatch<T>(a, b);
  BOOST_TEST(why.empty(), why);
}

template <typename T> void divmod_suite() {
  for (int64_t a : samples<T>())
    for (int64_t b : samples<T>()) check_divmod<T>(a, b);
}

}  // namespace

BOOST_AUTO_TEST_SUITE(arith)

BOOST_AUTO_TEST_CASE(reference_matches_python_literals) {
  // Guard the reference itself against known CPython results.
  struct { int64_t a, b, q, r; } known[] = {
      {7, 2, 3, 1}, {-7, 2, -4, 1}, {7, -2, -4, -1}, {-7, -2, 3, -1},
      {6, 3, 2, 0}, {-6, 3, -2, 0}, {6, -3, -2, 0}, {-6, -3, 2, 0},
      {0, 5, 0, 0}, {0, -5, 0, 0}, {1, 5, 0, 1}, {-1, 5, -1, 4}, {1, -5, -1, -4}, {-1, -5, 0, -1},
  };
  for (auto& k : known) {
    int64_t q, r;
    py_divmod_ref(k.a, k.b, q, r);
    BOOST_TEST(q == k.q);
    BOOST_TEST(r == k.r);
    int16_t q16 = 0, r16 = 0;
    BOOST_TEST(py_floordiv<int16_t>(int16_t(k.a), int16_t(k.b), q16) == KP_OK);
    BOOST_TEST(py_mod<int16_t>(int16_t(k.a), int16_t(k.b), r16) == KP_OK);
    BOOST_TEST(q16 == k.q);
    BOOST_TEST(r16 == k.r);
    int32_t q32 = 0, r32 = 0;
    BOOST_TEST(py_floordiv<int32_t>(int32_t(k.a), int32_t(k.b), q32) == KP_OK);
    BOOST_TEST(py_mod<int32_t>(int32_t(k.a), int32_t(k.b), r32) == KP_OK);
    BOOST_TEST(q32 == k.q);
    BOOST_TEST(r32 == k.r);
  }
}

BOOST_AUTO_TEST_CASE(floordiv_mod_all_signs_16) { divmod_suite<int16_t>(); }
BOOST_AUTO_TEST_CASE(floordiv_mod_all_signs_32) { divmod_suite<int32_t>(); }

BOOST_AUTO_TEST_CASE(floordiv_mod_exhaustive_dividends_16) {
  // Every 16-bit dividend against a spread of divisors of both signs.
  const int64_t divisors[] = {1, -1, 2, -2, 3, -3, 7, -7, 10, -10, 127, -128, 256, -255, 32767, -32768};
  unsigned failures = 0;
  for (int64_t a = -32768; a <= 32767; ++a)
    for (int64_t b : divisors) {
      std::string why = divmod_mismatch<int16_t>(a, b);
      if (!why.empty() && ++failures <= 10) BOOST_ERROR(why);
    }
  BOOST_TEST(failures == 0u);
}

BOOST_AUTO_TEST_CASE(min_floordiv_minus_one_overflows) {
  int16_t r16 = 5;
  BOOST_TEST(py_floordiv<int16_t>(-32768, -1, r16) == KP_ERR_OVERFLOW);
  int32_t r32 = 5;
  BOOST_TEST(py_floordiv<int32_t>(INT32_MIN, -1, r32) == KP_ERR_OVERFLOW);
  BOOST_TEST(py_floordiv<int32_t>(INT32_MIN + 1, -1, r32) == KP_OK);
  BOOST_TEST(r32 == INT32_MAX);
  BOOST_TEST(py_floordiv<int16_t>(-32767, -1, r16) == KP_OK);
  BOOST_TEST(r16 == 32767);
}

BOOST_AUTO_TEST_CASE(mod_minus_one_is_zero) {
  for (int64_t a : samples<int16_t>()) {
    int16_t r = 9;
    BOOST_TEST(py_mod<int16_t>(int16_t(a), -1, r) == KP_OK);
    BOOST_TEST(r == 0);
  }
  for (int64_t a : samples<int32_t>()) {
    int32_t r = 9;
    BOOST_TEST(py_mod<int32_t>(int32_t(a), -1, r) == KP_OK);
    BOOST_TEST(r == 0);
  }
}

BOOST_AUTO_TEST_CASE(division_by_zero) {
  int16_t r16 = 3;
  int32_t r32 = 3;
  for (int16_t a : {int16_t(0), int16_t(1), int16_t(-1), int16_t(-32768), int16_t(32767)}) {
    BOOST_TEST(py_floordiv<int16_t>(a, 0, r16) == KP_ERR_ZERO_DIV);
    BOOST_TEST(py_mod<int16_t>(a, 0, r16) == KP_ERR_ZERO_DIV);
  }
  for (int32_t a : {0, 1, -1, INT32_MIN, INT32_MAX}) {
    BOOST_TEST(py_floordiv<int32_t>(a, 0, r32) == KP_ERR_ZERO_DIV);
    BOOST_TEST(py_mod<int32_t>(a, 0, r32) == KP_ERR_ZERO_DIV);
  }
}

// ---- pow --------------------------------------------------------------------------------------

namespace {

// a ** b exactly, or "too big" (beyond +-2^62) as nullopt-like flag.
bool exact_pow(int64_t a, int64_t b, int64_t& out) {
  int64_t acc = 1;
  for (int64_t i = 0; i < b; ++i) {
    if (acc == 0 || a == 0) { acc = 0; break; }
    if (a == 1) break;
    if (a == -1) { acc = -acc; continue; }
    __int128 next = (__int128)acc * a;
    if (next > ((__int128)1 << 62) || next < -((__int128)1 << 62)) return false;
    acc = int64_t(next);
  }
  out = acc;
  return true;
}

template <typename T> void pow_suite() {
  std::vector<int64_t> bases = {0, 1, -1, 2, -2, 3, -3, 7, -7, 10, -10, 181, 182, -181, 46340, 46341, -46341,
                                lo<T>(), hi<T>(), lo<T>() + 1};
  std::vector<int64_t> exps = {0, 1, 2, 3, 4, 5, 7, 8, 14, 15, 16, 17, 30, 31, 32, 33, 63, 100, 1000, hi<T>()};
  for (int64_t a : bases) {
    if (!fits<T>(a)) continue;
    for (int64_t b : exps) {
      if (!fits<T>(b)) continue;
      int64_t expect = 0;
      bool exact = (a == 0 || a == 1 || a == -1) ? true : (b > 200 ? false : exact_pow(a, b, expect));
      if (a == 0) expect = b == 0 ? 1 : 0;
      if (a == 1) expect = 1;
      if (a == -1) expect = (b % 2) ? -1 : 1;
      T r = 123;
      uint8_t s = py_pow<T>(T(a), T(b), r);
      BOOST_TEST_INFO(a << " ** " << b << " at " << IntLimits<T>::bits << " bits");
      if (exact && fits<T>(expect)) {
        BOOST_TEST(s == KP_OK);
        BOOST_TEST_INFO(a << " ** " << b);
        BOOST_TEST(int64_t(r) == expect);
      } else {
        BOOST_TEST(s == KP_ERR_OVERFLOW);
      }
    }
  }
}

}  // namespace

BOOST_AUTO_TEST_CASE(pow_table_16) { pow_suite<int16_t>(); }
BOOST_AUTO_TEST_CASE(pow_table_32) { pow_suite<int32_t>(); }

BOOST_AUTO_TEST_CASE(pow_edge_cases) {
  int16_t r16 = 0;
  int32_t r32 = 0;
  BOOST_TEST(py_pow<int16_t>(0, 0, r16) == KP_OK);
  BOOST_TEST(r16 == 1);
  BOOST_TEST(py_pow<int32_t>(0, 0, r32) == KP_OK);
  BOOST_TEST(r32 == 1);
  BOOST_TEST(py_pow<int16_t>(-2, 15, r16) == KP_OK);
  BOOST_TEST(r16 == -32768);
  BOOST_TEST(py_pow<int16_t>(2, 15, r16) == KP_ERR_OVERFLOW);
  BOOST_TEST(py_pow<int16_t>(2, 14, r16) == KP_OK);
  BOOST_TEST(r16 == 16384);
  BOOST_TEST(py_pow<int16_t>(-2, 16, r16) == KP_ERR_OVERFLOW);
  BOOST_TEST(py_pow<int32_t>(2, 30, r32) == KP_OK);
  BOOST_TEST(r32 == 1073741824);
  BOOST_TEST(py_pow<int32_t>(-2, 31, r32) == KP_OK);
  BOOST_TEST(r32 == INT32_MIN);
  BOOST_TEST(py_pow<int32_t>(2, 31, r32) == KP_ERR_OVERFLOW);
  BOOST_TEST(py_pow<int32_t>(-2, 32, r32) == KP_ERR_OVERFLOW);
  BOOST_TEST(py_pow<int32_t>(46340, 2, r32) == KP_OK);
  BOOST_TEST(r32 == 2147395600);
  BOOST_TEST(py_pow<int32_t>(46341, 2, r32) == KP_ERR_OVERFLOW);
  BOOST_TEST(py_pow<int16_t>(181, 2, r16) == KP_OK);
  BOOST_TEST(r16 == 32761);
  BOOST_TEST(py_pow<int16_t>(182, 2, r16) == KP_ERR_OVERFLOW);
  BOOST_TEST(py_pow<int16_t>(-32768, 1, r16) == KP_OK);
  BOOST_TEST(r16 == -32768);
  BOOST_TEST(py_pow<int16_t>(-32768, 0, r16) == KP_OK);
  BOOST_TEST(r16 == 1);
  BOOST_TEST(py_pow<int16_t>(-1, 32767, r16) == KP_OK);
  BOOST_TEST(r16 == -1);
  BOOST_TEST(py_pow<int32_t>(-1, INT32_MAX - 1, r32) == KP_OK);
  BOOST_TEST(r32 == 1);
  BOOST_TEST(py_pow<int32_t>(0, INT32_MAX, r32) == KP_OK);
  BOOST_TEST(r32 == 0);
}

BOOST_AUTO_TEST_CASE(pow_negative_exponent) {
  int16_t r16 = 42;
  int32_t r32 = 42;
  BOOST_TEST(py_pow<int16_t>(2, -1, r16) == KP_ERR_NEG_POW);
  BOOST_TEST(py_pow<int16_t>(-3, -32768, r16) == KP_ERR_NEG_POW);
  BOOST_TEST(py_pow<int16_t>(1, -1, r16) == KP_ERR_NEG_POW);  // CPython: 1.0, a float
  BOOST_TEST(py_pow<int32_t>(2, -1, r32) == KP_ERR_NEG_POW);
  BOOST_TEST(py_pow<int32_t>(-1, INT32_MIN, r32) == KP_ERR_NEG_POW);
  // 0 ** -1 is ZeroDivisionError in CPython.
  BOOST_TEST(py_pow<int16_t>(0, -1, r16) == KP_ERR_ZERO_DIV);
  BOOST_TEST(py_pow<int32_t>(0, -1, r32) == KP_ERR_ZERO_DIV);
  BOOST_TEST(py_pow<int32_t>(0, INT32_MIN, r32) == KP_ERR_ZERO_DIV);
}

// ---- shifts -----------------------------------------------------------------------------------

namespace {

template <typename T> void shift_suite() {
  const int64_t bits = IntLimits<T>::bits;
  for (int64_t a : samples<T>()) {
    for (int64_t n = 0; n <= bits + 3; ++n) {
      // a << n == a * 2**n; a >> n == floor(a / 2**n).
      T r = 11;
      uint8_t s = py_shl<T>(T(a), T(n), r);
      __int128 prod = (__int128)a * ((__int128)1 << n);
      BOOST_TEST_INFO(a << " << " << n << " at " << bits);
      if (prod >= lo<T>() && prod <= hi<T>()) {
        BOOST_TEST(s == KP_OK);
        BOOST_TEST_INFO(a << " << " << n);
        BOOST_TEST(int64_t(r) == int64_t(prod));
      } else {
        BOOST_TEST(s == KP_ERR_OVERFLOW);
      }
      int64_t q, m;
      py_divmod_ref(a, int64_t(1) << n, q, m);
      r = 11;
      BOOST_TEST(py_shr<T>(T(a), T(n), r) == KP_OK);
      BOOST_TEST_INFO(a << " >> " << n);
      BOOST_TEST(int64_t(r) == q);
    }
    T r = 11;
    BOOST_TEST(py_shr<T>(T(a), T(hi<T>()), r) == KP_OK);
    BOOST_TEST(int64_t(r) == (a < 0 ? -1 : 0));
    r = 11;
    uint8_t s = py_shl<T>(T(a), T(hi<T>()), r);
    if (a == 0) {
      BOOST_TEST(s == KP_OK);
      BOOST_TEST(r == 0);
    } else {
      BOOST_TEST(s == KP_ERR_OVERFLOW);
    }
    BOOST_TEST(py_shl<T>(T(a), T(-1), r) == KP_ERR_NEG_SHIFT);
    BOOST_TEST(py_shr<T>(T(a), T(-1), r) == KP_ERR_NEG_SHIFT);
    BOOST_TEST(py_shl<T>(T(a), T(lo<T>()), r) == KP_ERR_NEG_SHIFT);
    BOOST_TEST(py_shr<T>(T(a), T(lo<T>()), r) == KP_ERR_NEG_SHIFT);
  }
}

}  // namespace

BOOST_AUTO_TEST_CASE(shifts_16) { shift_suite<int16_t>(); }
BOOST_AUTO_TEST_CASE(shifts_32) { shift_suite<int32_t>(); }

BOOST_AUTO_TEST_CASE(shift_edge_cases) {
  int16_t r16 = 0;
  int32_t r32 = 0;
  BOOST_TEST(py_shl<int16_t>(1, 14, r16) == KP_OK);
  BOOST_TEST(r16 == 16384);
  BOOST_TEST(py_shl<int16_t>(1, 15, r16) == KP_ERR_OVERFLOW);
  BOOST_TEST(py_shl<int16_t>(-1, 15, r16) == KP_OK);
  BOOST_TEST(r16 == -32768);
  BOOST_TEST(py_shl<int16_t>(-1, 16, r16) == KP_ERR_OVERFLOW);
  BOOST_TEST(py_shl<int16_t>(-2, 15, r16) == KP_ERR_OVERFLOW);
  BOOST_TEST(py_shl<int16_t>(0x4000, 1, r16) == KP_ERR_OVERFLOW);
  BOOST_TEST(py_shl<int16_t>(0, 1000, r16) == KP_OK);
  BOOST_TEST(r16 == 0);
  BOOST_TEST(py_shl<int32_t>(1, 30, r32) == KP_OK);
  BOOST_TEST(r32 == 1073741824);
  BOOST_TEST(py_shl<int32_t>(1, 31, r32) == KP_ERR_OVERFLOW);
  BOOST_TEST(py_shl<int32_t>(-1, 31, r32) == KP_OK);
  BOOST_TEST(r32 == INT32_MIN);
  BOOST_TEST(py_shl<int32_t>(-1, 32, r32) == KP_ERR_OVERFLOW);
  BOOST_TEST(py_shl<int32_t>(1, -1, r32) == KP_ERR_NEG_SHIFT);
  BOOST_TEST(py_shl<int16_t>(0, -1, r16) == KP_ERR_NEG_SHIFT);  // CPython: 0 << -1 is ValueError too
  BOOST_TEST(py_shr<int16_t>(-1, 100, r16) == KP_OK);
  BOOST_TEST(r16 == -1);
  BOOST_TEST(py_shr<int16_t>(5, 100, r16) == KP_OK);
  BOOST_TEST(r16 == 0);
  BOOST_TEST(py_shr<int32_t>(-1, 100, r32) == KP_OK);
  BOOST_TEST(r32 == -1);
  BOOST_TEST(py_shr<int32_t>(5, 100, r32) == KP_OK);
  BOOST_TEST(r32 == 0);
  BOOST_TEST(py_shr<int32_t>(INT32_MIN, 31, r32) == KP_OK);
  BOOST_TEST(r32 == -1);
  BOOST_TEST(py_shr<int32_t>(-7, 1, r32) == KP_OK);
  BOOST_TEST(r32 == -4);  // floor(-3.5)
  BOOST_TEST(py_shr<int16_t>(-32768, 15, r16) == KP_OK);
  BOOST_TEST(r16 == -1);
  BOOST_TEST(py_shr<int16_t>(0, -1, r16) == KP_ERR_NEG_SHIFT);
}

// ---- add, sub, mul, neg, abs ------------------------------------------------------------------

namespace {

template <typename T> void add_sub_mul_suite() {
  for (int64_t a : samples<T>()) {
    for (int64_t b : samples<T>()) {
      struct { const char* op; uint8_t (*fn)(T, T, T&); int64_t exact; } ops[] = {
          {"+", &py_add<T>, a + b}, {"-", &py_sub<T>, a - b}, {"*", &py_mul<T>, a * b}};
      for (auto& o : ops) {
        T r = 99;
        uint8_t s = o.fn(T(a), T(b), r);
        BOOST_TEST_INFO(a << " " << o.op << " " << b << " at " << IntLimits<T>::bits);
        if (fits<T>(o.exact)) {
          BOOST_TEST(s == KP_OK);
          BOOST_TEST_INFO(a << " " << o.op << " " << b);
          BOOST_TEST(int64_t(r) == o.exact);
        } else {
          BOOST_TEST(s == KP_ERR_OVERFLOW);
        }
      }
    }
    T r = 99;
    uint8_t s = py_neg<T>(T(a), r);
    if (fits<T>(-a)) {
      BOOST_TEST(s == KP_OK);
      BOOST_TEST(int64_t(r) == -a);
    } else {
      BOOST_TEST(s == KP_ERR_OVERFLOW);
    }
    r = 99;
    s = py_abs<T>(T(a), r);
    int64_t absolute = a < 0 ? -a : a;
    if (fits<T>(absolute)) {
      BOOST_TEST(s == KP_OK);
      BOOST_TEST(int64_t(r) == absolute);
    } else {
      BOOST_TEST(s == KP_ERR_OVERFLOW);
    }
  }
}

}  // namespace

BOOST_AUTO_TEST_CASE(add_sub_mul_neg_abs_16) { add_sub_mul_suite<int16_t>(); }
BOOST_AUTO_TEST_CASE(add_sub_mul_neg_abs_32) { add_sub_mul_suite<int32_t>(); }

BOOST_AUTO_TEST_CASE(boundaries) {
  int16_t r16 = 0;
  int32_t r32 = 0;
  BOOST_TEST(py_add<int16_t>(32767, 0, r16) == KP_OK);
  BOOST_TEST(py_add<int16_t>(32767, 1, r16) == KP_ERR_OVERFLOW);
  BOOST_TEST(py_add<int16_t>(-32768, -1, r16) == KP_ERR_OVERFLOW);
  BOOST_TEST(py_add<int16_t>(-32768, 32767, r16) == KP_OK);
  BOOST_TEST(r16 == -1);
  BOOST_TEST(py_sub<int16_t>(-32768, 1, r16) == KP_ERR_OVERFLOW);
  BOOST_TEST(py_sub<int16_t>(0, -32768, r16) == KP_ERR_OVERFLOW);
  BOOST_TEST(py_sub<int16_t>(-1, -32768, r16) == KP_OK);
  BOOST_TEST(r16 == 32767);
  BOOST_TEST(py_mul<int16_t>(-32768, -1, r16) == KP_ERR_OVERFLOW);
  BOOST_TEST(py_mul<int16_t>(-16384, 2, r16) == KP_OK);
  BOOST_TEST(r16 == -32768);
  BOOST_TEST(py_mul<int16_t>(16384, 2, r16) == KP_ERR_OVERFLOW);
  BOOST_TEST(py_mul<int16_t>(181, 181, r16) == KP_OK);
  BOOST_TEST(py_mul<int16_t>(256, 128, r16) == KP_ERR_OVERFLOW);
  BOOST_TEST(py_add<int32_t>(INT32_MAX, 1, r32) == KP_ERR_OVERFLOW);
  BOOST_TEST(py_add<int32_t>(INT32_MIN, -1, r32) == KP_ERR_OVERFLOW);
  BOOST_TEST(py_sub<int32_t>(INT32_MIN, 1, r32) == KP_ERR_OVERFLOW);
  BOOST_TEST(py_sub<int32_t>(0, INT32_MIN, r32) == KP_ERR_OVERFLOW);
  BOOST_TEST(py_mul<int32_t>(INT32_MIN, -1, r32) == KP_ERR_OVERFLOW);
  BOOST_TEST(py_mul<int32_t>(65536, 32768, r32) == KP_ERR_OVERFLOW);
  BOOST_TEST(py_mul<int32_t>(-65536, 32768, r32) == KP_OK);
  BOOST_TEST(r32 == INT32_MIN);
  BOOST_TEST(py_neg<int16_t>(-32768, r16) == KP_ERR_OVERFLOW);
  BOOST_TEST(py_abs<int16_t>(-32768, r16) == KP_ERR_OVERFLOW);
  BOOST_TEST(py_neg<int32_t>(INT32_MIN, r32) == KP_ERR_OVERFLOW);
  BOOST_TEST(py_abs<int32_t>(INT32_MIN, r32) == KP_ERR_OVERFLOW);
  BOOST_TEST(py_abs<int16_t>(-32767, r16) == KP_OK);
  BOOST_TEST(r16 == 32767);
  BOOST_TEST(py_abs<int32_t>(INT32_MIN + 1, r32) == KP_OK);
  BOOST_TEST(r32 == INT32_MAX);
  BOOST_TEST(py_neg<int32_t>(INT32_MAX, r32) == KP_OK);
  BOOST_TEST(r32 == INT32_MIN + 1);
}

// The 64-bit instantiation the constant folder uses.
BOOST_AUTO_TEST_CASE(folder_width_64) {
  int64_t r = 0;
  BOOST_TEST(py_floordiv<int64_t>(-7, 2, r) == KP_OK);
  BOOST_TEST(r == -4);
  BOOST_TEST(py_mod<int64_t>(-7, 2, r) == KP_OK);
  BOOST_TEST(r == 1);
  BOOST_TEST(py_pow<int64_t>(2, 62, r) == KP_OK);
  BOOST_TEST(r == (int64_t(1) << 62));
  BOOST_TEST(py_pow<int64_t>(2, 63, r) == KP_ERR_OVERFLOW);
  BOOST_TEST(py_pow<int64_t>(-2, 63, r) == KP_OK);
  BOOST_TEST(r == INT64_MIN);
  BOOST_TEST(py_shl<int64_t>(1, 63, r) == KP_ERR_OVERFLOW);
  BOOST_TEST(py_floordiv<int64_t>(INT64_MIN, -1, r) == KP_ERR_OVERFLOW);
}

BOOST_AUTO_TEST_SUITE_END()

namespace {

int64_t gcd64(int64_t a, int64_t b) {
  a = a < 0 ? -a : a, b = b < 0 ? -b : b;
  while (b != 0) { int64_t t = a % b; a = b; b = t; }
  return a;
}

// pow(a, b, m) by its definition: for b >= 0 the product of b factors a reduced modulo |m|
// one at a time; for b < 0 the r with r * a**|b| == 1 modulo |m| (which exists exactly when
// gcd(a, m) == 1); the result lies in [0, m) for m > 0, in (m, 0] for m < 0.
template <typename T> void powmod_suite() {
  std::vector<int64_t> mods = {1, -1, 2, -2, 7, -7, 10, 1000, -1000, 32749, lo<T>(), lo<T>() + 1, hi<T>(), hi<T>() - 1};
  for (int64_t a : samples<T>())
    for (int64_t b : {0, 1, 2, 3, 5, 16, 31, 64, -1, -2, -5})
      for (int64_t m : mods) {
        if (!fits<T>(m)) continue;
        T r = 77;
        uint8_t s = py_powmod<T>(T(a), T(b), T(m), r);
        BOOST_TEST_INFO("pow(" << a << ", " << b << ", " << m << ") at " << IntLimits<T>::bits << " bits");
        __int128 mod = m < 0 ? -__int128(m) : __int128(m), x = ((a % mod) + mod) % mod, p = 1 % mod;
        for (int64_t i = 0; i < (b < 0 ? -b : b); ++i) p = p * x % mod;
        if (b < 0 && mod != 1 && gcd64(a, int64_t(mod)) != 1) {
          BOOST_TEST(s == KP_ERR_NOT_INVERTIBLE);
          continue;
        }
        BOOST_TEST(s == KP_OK);
        bool in_range = m > 0 ? (r >= 0 && r < m) : (r <= 0 && r > m);
        BOOST_TEST(in_range);
        __int128 u = ((__int128(r) % mod) + mod) % mod;
        if (b >= 0) BOOST_TEST(int64_t(u) == int64_t(p));
        else BOOST_TEST(int64_t(u * p % mod) == int64_t(1 % mod));
      }
  T r = 77;
  BOOST_TEST(py_powmod<T>(2, 3, 0, r) == KP_ERR_POW_MOD_ZERO);
  BOOST_TEST(r == 77);
}

template <typename T> void bit_length_suite() {
  for (int64_t a : samples<T>()) {
    int64_t u = a < 0 ? -a : a, n = 0;
    while (u >> n) ++n;
    BOOST_TEST_INFO(a << ".bit_length()");
    BOOST_TEST(int64_t(py_bit_length<T>(T(a))) == n);
  }
}

}  // namespace

BOOST_AUTO_TEST_CASE(powmod_16) { powmod_suite<int16_t>(); }
BOOST_AUTO_TEST_CASE(powmod_32) { powmod_suite<int32_t>(); }
BOOST_AUTO_TEST_CASE(bit_length_16) { bit_length_suite<int16_t>(); }
BOOST_AUTO_TEST_CASE(bit_length_32) { bit_length_suite<int32_t>(); }
