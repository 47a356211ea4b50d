// The VMs (kp16, kp32) on hand-assembled images: every opcode, at both int widths where the
// width matters, plus the arena, depth and step limits and the header checks of start().
#include <stdint.h>
#include <sys/wait.h>
#include <unistd.h>

#include <boost/test/unit_test.hpp>
#include <cstdio>
#include <cstring>
#include <initializer_list>
#include <string>
#include <vector>

#include "bytecode/encoder.h"
#include "bytecode/image.h"
#include "bytecode/image_format.h"
#include "bytecode/opcode_info.h"
#include "bytecode/opcodes.h"
#include "bytecode/verify.h"
#include "child_limits.h"
#include "targets/host/host_port.h"
#include "targets/host/host_vm.h"
#include "bytecode/status.h"
#include "vm/vm.h"

KP_DECLARE_VM_API(kp16)
KP_DECLARE_VM_API(kp32)

using namespace kilopy;

namespace {

const unsigned kWidths[] = {16, 32};

int64_t int_min(unsigned bits) { return bits == 16 ? -32768 : -2147483648LL; }
int64_t int_max(unsigned bits) { return bits == 16 ? 32767 : 2147483647LL; }

// A tiny assembler over CodeBuffer: functions are laid out in the order they are begun.
struct Asm {
  Image img;
  CodeBuffer cb;

  explicit Asm(unsigned bits, uint8_t nglobals = 0) {
    img.int_bits = uint8_t(bits);
    img.nglobals = nglobals;
  }
  unsigned bits() const { return img.int_bits; }
  unsigned k() const { return call_record_regs(img.int_bits); }  // registers of a call record
  // Begins the next function at the current code offset; returns its index.
  uint8_t func(uint8_t nregs, uint8_t nparams = 0) {
    FunctionInfo f;
    f.code_offset = uint16_t(cb.size());
    f.nregs = nregs;
    f.nparams = nparams;
    img.functions.push_back(f);
    return uint8_t(img.functions.size() - 1);
  }
  size_t op(Op o, std::initializer_list<int32_t> operands) { return cb.emit(o, operands); }
  size_t here() const { return cb.size(); }
  void patch(size_t at, size_t target) { cb.patch_jump(at, target); }
  uint8_t konst(int64_t v) {
    img.constants.push_back(int32_t(v));
    return uint8_t(img.constants.size() - 1);
  }
  uint8_t str(const std::string& s) {
    img.strings.push_back(s);
    return uint8_t(img.strings.size() - 1);
  }
  // R[r] := v, through a constant (any value of the width).
  void load(uint8_t r, int64_t v) { op(OP_LOADK, {r, konst(v)}); }
  void puts(const std::string& s) { op(OP_PUTS, {str(s)}); }
  std::vector<uint8_t> bytes() {
    img.code = cb.bytes();
    return encode_image(img, false);
  }
};

struct Outcome {
  KpStatus status = KP_OK;
  std::string out;
  std::string error;
  VmState state{};
  uint64_t steps = 0;
};

// Encodes, verifies (the image must be valid) and runs through the host runner.
Outcome run(Asm& a, uint32_t arena = 1024, uint64_t max_steps = 0) {
  std::vector<uint8_t> bytes = a.bytes();
  Image checked;
  std::string why = verify_image(bytes, checked);
  BOOST_REQUIRE_MESSAGE(why.empty(), "hand-assembled image rejected: " << why);
  RunOptions options;
  options.arena_size = arena;
  options.max_steps = max_steps;
  Outcome o;
  RunResult r = run_image(bytes, checked, options, [&](const char* p, size_t n) { o.out.append(p, n); });
  o.status = r.status;
  o.error = r.error;
  o.state = r.state;
  o.steps = r.steps;
  return o;
}

struct VmApi {
  KpStatus (*start)(const uint8_t*, uint8_t*, uint16_t);
  KpStatus (*run)(const uint8_t*, uint8_t*, uint32_t*);
};
VmApi vm_for(unsigned bits) { return bits == 16 ? VmApi{kp16::start, kp16::run} : VmApi{kp32::start, kp32::run}; }

VmState state_of(const uint8_t* arena) {
  VmState s;
  std::memcpy(&s, arena, kStateSize);
  return s;
}
uint16_t read16(const uint8_t* p) { return uint16_t(p[0] | (p[1] << 8)); }
int64_t read_int(const uint8_t* p, unsigned bits) {
  if (bits == 16) { int16_t v; std::memcpy(&v, p, 2); return v; }
  int32_t v;
  std::memcpy(&v, p, 4);
  return v;
}

// An arena with canary bytes before and after the region handed to the VM.
struct GuardedArena {
  static constexpr size_t kGuard = 64;
  static constexpr uint8_t kCanary = 0xA5;
  std::vector<uint8_t> buf;
  size_t size;
  explicit GuardedArena(size_t n) : buf(n + 2 * kGuard, kCanary), size(n) {}
  uint8_t* arena() { return buf.data() + kGuard; }
  bool intact() const {
    for (size_t i = 0; i < kGuard; ++i)
      if (buf[i] != kCanary || buf[kGuard + size + i] != kCanary) return false;
    return true;
  }
};

std::string s(int64_t v) { return std::to_string(v); }

}  // namespace

BOOST_AUTO_TEST_SUITE(vm)

// ---- data movement ----------------------------------------------------------------------------

BOOST_AUTO_TEST_CASE(halt_stops_at_once) {
  for (unsigned bits : kWidths) {
    Asm a(bits);
    a.func(0);
    a.op(OP_HALT, {});
    Outcome o = run(a);
    BOOST_TEST(o.status == KP_HALTED);
    BOOST_TEST(o.out == "");
    BOOST_TEST(o.error == "");
    BOOST_TEST(o.steps == 1u);
    BOOST_TEST(o.state.pc == 0u);
    BOOST_TEST(o.state.depth == 1u);
    BOOST_TEST(o.state.peak == kStateSize);
  }
}

BOOST_AUTO_TEST_CASE(halt_skips_the_rest) {
  Asm a(32);
  a.func(1);
  a.puts("a");
  a.op(OP_HALT, {});
  a.puts("b");
  a.op(OP_HALT, {});
  Outcome o = run(a);
  BOOST_TEST(o.status == KP_HALTED);
  BOOST_TEST(o.out == "a");
  BOOST_TEST(o.state.pc == 2u);
}

BOOST_AUTO_TEST_CASE(move_copies_whole_register) {
  for (unsigned bits : kWidths) {
    Asm a(bits);
    a.func(3);
    a.load(0, int_min(bits) + 1);
    a.op(OP_MOVE, {2, 0});
    a.op(OP_MOVE, {1, 2});
    a.op(OP_PUTI, {1});
    a.op(OP_PUTI, {0});
    a.op(OP_HALT, {});
    Outcome o = run(a);
    BOOST_TEST(o.status == KP_HALTED);
    BOOST_TEST(o.out == s(int_min(bits) + 1) + s(int_min(bits) + 1));
  }
}

BOOST_AUTO_TEST_CASE(loadi_sign_extends) {
  for (unsigned bits : kWidths) {
    Asm a(bits);
    a.func(1);
    for (int32_t v : {-32768, 32767, -1, 0, 255, -256}) {
      a.op(OP_LOADI, {0, v});
      a.op(OP_PUTI, {0});
      a.puts(",");
    }
    a.op(OP_HALT, {});
    Outcome o = run(a);
    BOOST_TEST(o.status == KP_HALTED);
    BOOST_TEST(o.out == "-32768,32767,-1,0,255,-256,");
  }
}

BOOST_AUTO_TEST_CASE(loadk_full_width) {
  for (unsigned bits : kWidths) {
    Asm a(bits);
    a.func(2);
    std::vector<int64_t> values = {int_min(bits), int_max(bits), -1, 0, int_min(bits) + 1, int_max(bits) - 1};
    if (bits == 32) values.insert(values.end(), {123456789, -100000, 65536, 65535, -65536});
    std::string expect;
    for (int64_t v : values) {
      a.load(1, v);
      a.op(OP_PUTI, {1});
      a.puts(" ");
      expect += s(v) + " ";
    }
    a.op(OP_HALT, {});
    Outcome o = run(a);
    BOOST_TEST(o.status == KP_HALTED);
    BOOST_TEST(o.out == expect);
  }
}

BOOST_AUTO_TEST_CASE(getg_setg_share_the_module_frame) {
  for (unsigned bits : kWidths) {
    BOOST_TEST_CONTEXT("bits " << bits) {
      Asm a(bits, 2);
      const uint8_t k = uint8_t(a.k());
      a.func(uint8_t(2 + k + 1));
      a.op(OP_LOADI, {2, 41});
      a.op(OP_SETG, {1, 2});  // G[1] is the module's R[1]
      a.op(OP_PUTI, {1});
      a.puts(" ");
      a.load(0, int_min(bits) / 4);  // the module's R[0] is G[0]
      a.op(OP_CALL, {2, 1});
      a.op(OP_PUTI, {1});
      a.puts(" ");
      a.op(OP_GETG, {uint8_t(2 + k), 1});
      a.op(OP_PUTI, {uint8_t(2 + k)});
      a.op(OP_HALT, {});
      // f1: G[1] := G[0] * 2, read and written from a function's frame.
      a.func(2);
      a.op(OP_GETG, {0, 0});
      a.op(OP_LOADI, {1, 2});
      a.op(OP_MUL, {1, 0, 1});
      a.op(OP_SETG, {1, 1});
      a.op(OP_RETN, {});
      Outcome o = run(a);
      BOOST_TEST(o.status == KP_HALTED);
      BOOST_TEST(o.out == "41 " + s(int_min(bits) / 2) + " " + s(int_min(bits) / 2));
    }
  }
}

// ---- binary operators -------------------------------------------------------------------------

namespace {

struct BinCase {
  Op op;
  int64_t b, c;
  KpStatus status;  // KP_HALTED: the result is `result`
  int64_t result;
};

// R[0] := R[1] op R[2]; prints R[0]. Returns the outcome and the failing instruction's offset.
Outcome run_binary(unsigned bits, const BinCase& c, size_t& op_at) {
  Asm a(bits);
  a.func(3);
  a.load(1, c.b);
  a.load(2, c.c);
  a.op(OP_LOADI, {0, 7});
  op_at = a.op(c.op, {0, 1, 2});
  a.op(OP_PUTI, {0});
  a.op(OP_HALT, {});
  return run(a);
}

void check_binary(unsigned bits, const std::vector<BinCase>& cases) {
  for (const BinCase& c : cases) {
    BOOST_TEST_CONTEXT(op_info(c.op).name << "(" << c.b << ", " << c.c << ") at " << bits << " bits") {
      size_t op_at = 0;
      Outcome o = run_binary(bits, c, op_at);
      BOOST_TEST(int(o.status) == int(c.status));
      if (c.status == KP_HALTED) {
        BOOST_TEST(o.out == s(c.result));
      } else {
        BOOST_TEST(o.out == "");
        BOOST_TEST(o.state.pc == op_at);  // the failing instruction
        BOOST_TEST(!o.error.empty());
      }
    }
  }
}

}  // namespace

BOOST_AUTO_TEST_CASE(add_sub_mul) {
  const int64_t M32 = 2147483647, m32 = -M32 - 1;
  check_binary(32, {{OP_ADD, 2, 3, KP_HALTED, 5}, {OP_ADD, M32, 1, KP_ERR_OVERFLOW, 0},
                    {OP_ADD, m32, -1, KP_ERR_OVERFLOW, 0}, {OP_ADD, M32, m32, KP_HALTED, -1},
                    {OP_ADD, 40000, 40000, KP_HALTED, 80000},
                    {OP_SUB, 3, 5, KP_HALTED, -2}, {OP_SUB, m32, 1, KP_ERR_OVERFLOW, 0},
                    {OP_SUB, 0, m32, KP_ERR_OVERFLOW, 0}, {OP_SUB, -1, m32, KP_HALTED, M32},
                    {OP_MUL, -6, 7, KP_HALTED, -42}, {OP_MUL, 65536, 32768, KP_ERR_OVERFLOW, 0},
                    {OP_MUL, -65536, 32768, KP_HALTED, m32}, {OP_MUL, m32, -1, KP_ERR_OVERFLOW, 0},
                    {OP_MUL, 300, 300, KP_HALTED, 90000}});
  check_binary(16, {{OP_ADD, 2, 3, KP_HALTED, 5}, {OP_ADD, 32767, 1, KP_ERR_OVERFLOW, 0},
                    {OP_ADD, -32768, -1, KP_ERR_OVERFLOW, 0}, {OP_ADD, 32767, -32768, KP_HALTED, -1},
                    {OP_ADD, 20000, 20000, KP_ERR_OVERFLOW, 0},
                    {OP_SUB, 3, 5, KP_HALTED, -2}, {OP_SUB, -32768, 1, KP_ERR_OVERFLOW, 0},
                    {OP_SUB, 0, -32768, KP_ERR_OVERFLOW, 0}, {OP_SUB, -1, -32768, KP_HALTED, 32767},
                    {OP_MUL, -6, 7, KP_HALTED, -42}, {OP_MUL, 256, 128, KP_ERR_OVERFLOW, 0},
                    {OP_MUL, -256, 128, KP_HALTED, -32768}, {OP_MUL, -32768, -1, KP_ERR_OVERFLOW, 0},
                    {OP_MUL, 300, 300, KP_ERR_OVERFLOW, 0}});
}

BOOST_AUTO_TEST_CASE(floordiv_mod) {
  for (unsigned bits : kWidths) {
    const int64_t mn = int_min(bits);
    check_binary(bits, {{OP_FLOORDIV, 7, 2, KP_HALTED, 3}, {OP_FLOORDIV, -7, 2, KP_HALTED, -4},
                        {OP_FLOORDIV, 7, -2, KP_HALTED, -4}, {OP_FLOORDIV, -7, -2, KP_HALTED, 3},
                        {OP_FLOORDIV, mn, -1, KP_ERR_OVERFLOW, 0}, {OP_FLOORDIV, mn + 1, -1, KP_HALTED, -(mn + 1)},
                        {OP_FLOORDIV, 1, 0, KP_ERR_ZERO_DIV, 0}, {OP_FLOORDIV, 0, 0, KP_ERR_ZERO_DIV, 0},
                        {OP_MOD, 7, 2, KP_HALTED, 1}, {OP_MOD, -7, 2, KP_HALTED, 1},
                        {OP_MOD, 7, -2, KP_HALTED, -1}, {OP_MOD, -7, -2, KP_HALTED, -1},
                        {OP_MOD, mn, -1, KP_HALTED, 0}, {OP_MOD, mn, 3, KP_HALTED, 1},
                        {OP_MOD, 5, 0, KP_ERR_ZERO_DIV, 0}});
  }
}

BOOST_AUTO_TEST_CASE(pow_op) {
  check_binary(32, {{OP_POW, 3, 4, KP_HALTED, 81}, {OP_POW, 2, 31, KP_ERR_OVERFLOW, 0},
                    {OP_POW, -2, 31, KP_HALTED, -2147483647 - 1}, {OP_POW, 2, 30, KP_HALTED, 1073741824},
                    {OP_POW, 2, -1, KP_ERR_NEG_POW, 0}, {OP_POW, 0, -1, KP_ERR_ZERO_DIV, 0},
                    {OP_POW, 0, 0, KP_HALTED, 1}, {OP_POW, -1, 2147483647, KP_HALTED, -1}});
  check_binary(16, {{OP_POW, 3, 4, KP_HALTED, 81}, {OP_POW, 2, 15, KP_ERR_OVERFLOW, 0},
                    {OP_POW, -2, 15, KP_HALTED, -32768}, {OP_POW, 2, 14, KP_HALTED, 16384},
                    {OP_POW, 2, -1, KP_ERR_NEG_POW, 0}, {OP_POW, 0, -1, KP_ERR_ZERO_DIV, 0},
                    {OP_POW, 0, 0, KP_HALTED, 1}, {OP_POW, 10, 5, KP_ERR_OVERFLOW, 0}});
}

BOOST_AUTO_TEST_CASE(shifts) {
  check_binary(32, {{OP_SHL, 1, 30, KP_HALTED, 1073741824}, {OP_SHL, 1, 31, KP_ERR_OVERFLOW, 0},
                    {OP_SHL, -1, 31, KP_HALTED, -2147483647 - 1}, {OP_SHL, 1, -1, KP_ERR_NEG_SHIFT, 0},
                    {OP_SHL, 0, 100, KP_HALTED, 0}, {OP_SHL, 3, 20, KP_HALTED, 3 << 20},
                    {OP_SHR, -7, 1, KP_HALTED, -4}, {OP_SHR, -1, 100, KP_HALTED, -1},
                    {OP_SHR, 5, 100, KP_HALTED, 0}, {OP_SHR, 5, -1, KP_ERR_NEG_SHIFT, 0},
                    {OP_SHR, 1 << 20, 19, KP_HALTED, 2}});
  check_binary(16, {{OP_SHL, 1, 14, KP_HALTED, 16384}, {OP_SHL, 1, 15, KP_ERR_OVERFLOW, 0},
                    {OP_SHL, -1, 15, KP_HALTED, -32768}, {OP_SHL, 1, -1, KP_ERR_NEG_SHIFT, 0},
                    {OP_SHL, 0, 100, KP_HALTED, 0}, {OP_SHL, 3, 13, KP_HALTED, 24576}, {OP_SHL, 3, 14, KP_ERR_OVERFLOW, 0},
                    {OP_SHR, -7, 1, KP_HALTED, -4}, {OP_SHR, -1, 100, KP_HALTED, -1},
                    {OP_SHR, 5, 100, KP_HALTED, 0}, {OP_SHR, 5, -1, KP_ERR_NEG_SHIFT, 0},
                    {OP_SHR, -32768, 15, KP_HALTED, -1}});
}

BOOST_AUTO_TEST_CASE(bitwise) {
  for (unsigned bits : kWidths) {
    const int64_t mn = int_min(bits), mx = int_max(bits);
    check_binary(bits, {{OP_BAND, 12, 10, KP_HALTED, 8}, {OP_BAND, -1, 5, KP_HALTED, 5},
                        {OP_BAND, -8, 7, KP_HALTED, 0}, {OP_BAND, mn, -1, KP_HALTED, mn},
                        {OP_BOR, 12, 3, KP_HALTED, 15}, {OP_BOR, -8, 3, KP_HALTED, -5},
                        {OP_BOR, mn, mx, KP_HALTED, -1},
                        {OP_BXOR, 12, 10, KP_HALTED, 6}, {OP_BXOR, -1, 5, KP_HALTED, -6},
                        {OP_BXOR, mx, -1, KP_HALTED, mn}});
  }
}

BOOST_AUTO_TEST_CASE(comparisons) {
  for (unsigned bits : kWidths) {
    const int64_t mn = int_min(bits), mx = int_max(bits);
    std::vector<BinCase> cases;
    // Pairs that differ in sign, in the high byte only, at the extremes.
    const int64_t pairs[][2] = {{3, 3}, {2, 3}, {3, 2}, {-1, 1}, {1, -1}, {mn, mx}, {mx, mn},
                                {mn, mn}, {256, 0}, {0, 256}, {-256, 0}};
    for (auto& p : pairs) {
      cases.push_back({OP_EQ, p[0], p[1], KP_HALTED, p[0] == p[1]});
      cases.push_back({OP_NE, p[0], p[1], KP_HALTED, p[0] != p[1]});
      cases.push_back({OP_LT, p[0], p[1], KP_HALTED, p[0] < p[1]});
      cases.push_back({OP_LE, p[0], p[1], KP_HALTED, p[0] <= p[1]});
      cases.push_back({OP_MIN, p[0], p[1], KP_HALTED, p[0] < p[1] ? p[0] : p[1]});
      cases.push_back({OP_MAX, p[0], p[1], KP_HALTED, p[0] > p[1] ? p[0] : p[1]});
    }
    if (bits == 32) {
      cases.push_back({OP_EQ, 65536, 0, KP_HALTED, 0});
      cases.push_back({OP_LT, 65536, 1, KP_HALTED, 0});
      cases.push_back({OP_MIN, 65536, 1, KP_HALTED, 1});
      cases.push_back({OP_MAX, -65536, -1, KP_HALTED, -1});
    }
    check_binary(bits, cases);
  }
}

// ---- unary operators --------------------------------------------------------------------------

namespace {

// R[0] := op R[1]; prints R[0].
Outcome run_unary(unsigned bits, Op op, int64_t v, size_t& op_at) {
  Asm a(bits);
  a.func(2);
  a.load(1, v);
  a.op(OP_LOADI, {0, 7});
  op_at = a.op(op, {0, 1});
  a.op(OP_PUTI, {0});
  a.op(OP_HALT, {});
  return run(a);
}

}  // namespace

BOOST_AUTO_TEST_CASE(neg_inv_not_abs) {
  for (unsigned bits : kWidths) {
    const int64_t mn = int_min(bits), mx = int_max(bits);
    struct { Op op; int64_t v; KpStatus st; int64_t r; } cases[] = {
        {OP_NEG, 5, KP_HALTED, -5}, {OP_NEG, -5, KP_HALTED, 5}, {OP_NEG, 0, KP_HALTED, 0},
        {OP_NEG, mx, KP_HALTED, -mx}, {OP_NEG, mn, KP_ERR_OVERFLOW, 0},
        {OP_INV, 0, KP_HALTED, -1}, {OP_INV, 5, KP_HALTED, -6}, {OP_INV, mn, KP_HALTED, mx},
        {OP_INV, mx, KP_HALTED, mn}, {OP_INV, -1, KP_HALTED, 0},
        {OP_NOT, 0, KP_HALTED, 1}, {OP_NOT, 5, KP_HALTED, 0}, {OP_NOT, -1, KP_HALTED, 0},
        {OP_NOT, mn, KP_HALTED, 0}, {OP_NOT, 256, KP_HALTED, 0},
        {OP_ABS, -5, KP_HALTED, 5}, {OP_ABS, 5, KP_HALTED, 5}, {OP_ABS, 0, KP_HALTED, 0},
        {OP_ABS, mx, KP_HALTED, mx}, {OP_ABS, mn + 1, KP_HALTED, mx}, {OP_ABS, mn, KP_ERR_OVERFLOW, 0},
    };
    for (auto& c : cases) {
      BOOST_TEST_CONTEXT(op_info(c.op).name << "(" << c.v << ") at " << bits) {
        size_t op_at = 0;
        Outcome o = run_unary(bits, c.op, c.v, op_at);
        BOOST_TEST(int(o.status) == int(c.st));
        if (c.st == KP_HALTED) {
          BOOST_TEST(o.out == s(c.r));
        } else {
          BOOST_TEST(o.state.pc == op_at);
          BOOST_TEST(o.error.find("OverflowError") != std::string::npos, o.error);
        }
      }
    }
    if (bits == 32) {  // NOT must look at the whole register, not its low 16 bits
      size_t op_at;
      BOOST_TEST(run_unary(32, OP_NOT, 65536, op_at).out == "0");
    }
  }
}

// ---- jumps ------------------------------------------------------------------------------------

namespace {

// Prints "t" when the jump is taken, "n" when it falls through.
std::string run_jump(unsigned bits, Op op, int64_t x, int64_t y) {
  Asm a(bits);
  a.func(2);
  a.load(0, x);
  a.load(1, y);
  size_t j;
  if (op == OP_JT || op == OP_JF) j = a.op(op, {0, 0});
  else j = a.op(op, {0, 1, 0});
  a.puts("n");
  a.op(OP_HALT, {});
  a.patch(j, a.here());
  a.puts("t");
  a.op(OP_HALT, {});
  Outcome o = run(a);
  BOOST_TEST(o.status == KP_HALTED);
  return o.out;
}

}  // namespace

BOOST_AUTO_TEST_CASE(jmp_forward_and_backward) {
  Asm a(32);
  a.func(3);
  size_t fwd = a.op(OP_JMP, {0});
  a.puts("skipped");
  a.op(OP_HALT, {});
  a.patch(fwd, a.here());
  // i = 0; do { print i; i += 1 } while i < 3
  a.op(OP_LOADI, {0, 0});
  a.op(OP_LOADI, {1, 1});
  a.op(OP_LOADI, {2, 3});
  size_t top = a.here();
  a.op(OP_PUTI, {0});
  a.op(OP_ADD, {0, 0, 1});
  size_t back = a.op(OP_JLT, {0, 2, 0});
  a.patch(back, top);
  size_t jb = a.op(OP_JMP, {0});  // backward JMP over the done marker into a HALT
  size_t halt = a.op(OP_HALT, {});
  a.puts("unreachable");
  a.op(OP_HALT, {});
  a.patch(jb, halt);
  Outcome o = run(a);
  BOOST_TEST(o.status == KP_HALTED);
  BOOST_TEST(o.out == "012");
}

BOOST_AUTO_TEST_CASE(conditional_jumps_taken_and_not) {
  for (unsigned bits : kWidths) {
    const int64_t mn = int_min(bits), mx = int_max(bits);
    std::vector<int64_t> singles = {0, 1, -1, mn, mx, 256};
    if (bits == 32) singles.push_back(65536);
    for (int64_t v : singles) {
      BOOST_TEST_CONTEXT("JT/JF " << v << " at " << bits) {
        BOOST_TEST(run_jump(bits, OP_JT, v, 0) == (v != 0 ? "t" : "n"));
        BOOST_TEST(run_jump(bits, OP_JF, v, 0) == (v == 0 ? "t" : "n"));
      }
    }
    std::vector<std::pair<int64_t, int64_t>> pairs = {{3, 3}, {2, 3}, {3, 2}, {-1, 1}, {1, -1}, {mn, mx},
                                                      {mx, mn}, {mn, mn}, {256, 0}, {0, 256}};
    if (bits == 32) pairs.push_back({65536, 0});
    for (auto& p : pairs) {
      int64_t x = p.first, y = p.second;
      BOOST_TEST_CONTEXT("(" << x << ", " << y << ") at " << bits) {
        BOOST_TEST(run_jump(bits, OP_JEQ, x, y) == (x == y ? "t" : "n"));
        BOOST_TEST(run_jump(bits, OP_JNE, x, y) == (x != y ? "t" : "n"));
        BOOST_TEST(run_jump(bits, OP_JLT, x, y) == (x < y ? "t" : "n"));
        BOOST_TEST(run_jump(bits, OP_JLE, x, y) == (x <= y ? "t" : "n"));
      }
    }
  }
}

// ---- numeric for ------------------------------------------------------------------------------

namespace {

// for R[3] in range(start, stop, step): print R[3], " "; then "|" and R[3] (the loop variable
// keeps its last value, or 99 when the range was empty).
// stop_only: range(stop) through FORPREP0, with R[0] and R[2] holding `start` and `step` as
// leftovers it must overwrite.
Outcome run_range(unsigned bits, int64_t start, int64_t stop, int64_t step, size_t* prep_at = nullptr,
                  bool stop_only = false) {
  Asm a(bits);
  a.func(4);
  a.op(OP_LOADI, {3, 99});
  a.load(0, start);
  a.load(1, stop);
  a.load(2, step);
  size_t prep = a.op(stop_only ? OP_FORPREP0 : OP_FORPREP, {0, 3, 0});
  size_t body = a.here();
  a.op(OP_PUTI, {3});
  a.puts(" ");
  size_t loop = a.op(OP_FORLOOP, {0, 3, 0});
  a.patch(loop, body);
  a.patch(prep, a.here());
  a.puts("|");
  a.op(OP_PUTI, {3});
  a.op(OP_HALT, {});
  if (prep_at) *prep_at = prep;
  return run(a, 1024, 10000000);
}

// What Python prints for the same loop.
std::string python_range(int64_t start, int64_t stop, int64_t step) {
  std::string out;
  int64_t last = 99;
  for (int64_t v = start; step > 0 ? v < stop : v > stop; v += step) {
    out += s(v) + " ";
    last = v;
  }
  return out + "|" + s(last);
}

}  // namespace

BOOST_AUTO_TEST_CASE(for_ranges) {
  for (unsigned bits : kWidths) {
    const int64_t mn = int_min(bits), mx = int_max(bits);
    const int64_t cases[][3] = {
        {0, 5, 1}, {5, 0, -1}, {0, 10, 3}, {10, 0, -3}, {-3, 3, 2}, {3, -3, -2},
        {0, 0, 1}, {0, 0, -1}, {5, 0, 1}, {0, 5, -1}, {4, 5, 100}, {5, 4, -100},
        // up to the int range's ends: the increment past the end must not be an error
        {mx - 2, mx, 1}, {mx - 5, mx, 2}, {mn + 2, mn, -1}, {mn + 5, mn, -2},
        {0, mx, mx / 2 + 1}, {mn, mx, mx}, {mx, mn, mn}, {mx - 1, mx, mx}, {mn + 1, mn, mn},
        {-1, mx, mx}, {0, mn, -mx},
    };
    for (auto& c : cases) {
      BOOST_TEST_CONTEXT("range(" << c[0] << ", " << c[1] << ", " << c[2] << ") at " << bits) {
        Outcome o = run_range(bits, c[0], c[1], c[2]);
        BOOST_TEST(o.status == KP_HALTED, o.error);
        BOOST_TEST(o.out == python_range(c[0], c[1], c[2]));
      }
    }
  }
}

BOOST_AUTO_TEST_CASE(for_range_of_stop_only) {
  for (unsigned bits : kWidths)
    for (int64_t stop : {int64_t(-3), int64_t(0), int64_t(1), int64_t(7)})
      BOOST_TEST_CONTEXT("range(" << stop << ") at " << bits) {
        Outcome o = run_range(bits, -5, stop, 0, nullptr, true);  // leftovers: start -5, step 0
        BOOST_TEST(o.status == KP_HALTED, o.error);
        BOOST_TEST(o.out == python_range(0, stop, 1));
      }
  Outcome o = run_range(16, 123, 32767, -1, nullptr, true);  // up to the 16-bit maximum
  BOOST_TEST(o.status == KP_HALTED, o.error);
  BOOST_TEST(o.out == python_range(0, 32767, 1));
}

BOOST_AUTO_TEST_CASE(for_loop_to_the_int_maximum_16) {
  // Every value up to 32767: 65536 iterations through the top of the range.
  Outcome o = run_range(16, -32768, 32767, 1);
  BOOST_TEST(o.status == KP_HALTED, o.error);
  BOOST_TEST(o.out == python_range(-32768, 32767, 1));
  o = run_range(16, 32767, -32768, -1);
  BOOST_TEST(o.status == KP_HALTED, o.error);
  BOOST_TEST(o.out == python_range(32767, -32768, -1));
}

BOOST_AUTO_TEST_CASE(for_step_zero) {
  for (unsigned bits : kWidths) {
    for (int64_t start : {0, 5}) {
      size_t prep = 0;
      Outcome o = run_range(bits, start, 3, 0, &prep);
      BOOST_TEST(o.status == KP_ERR_RANGE_STEP);
      BOOST_TEST(o.state.pc == prep);
      BOOST_TEST(o.out == "");
      BOOST_TEST(o.error.find("ValueError") != std::string::npos, o.error);
    }
  }
}

// ---- calls ------------------------------------------------------------------------------------

BOOST_AUTO_TEST_CASE(call_ret_passes_arguments_in_place) {
  for (unsigned bits : kWidths) {
    BOOST_TEST_CONTEXT("bits " << bits) {
      Asm a(bits);
      const uint8_t k = uint8_t(a.k()), A = 2;
      a.func(uint8_t(A + k + 2));
      a.op(OP_LOADI, {0, 100});
      a.op(OP_LOADI, {1, -7});
      a.op(OP_LOADI, {uint8_t(A + k), 10});
      a.op(OP_LOADI, {uint8_t(A + k + 1), 3});
      a.op(OP_CALL, {A, 1});
      a.op(OP_PUTI, {A});  // the result lands in R[A]
      a.puts(" ");
      a.op(OP_PUTI, {0});  // registers below the call are untouched
      a.puts(" ");
      a.op(OP_PUTI, {1});
      a.op(OP_HALT, {});
      a.func(3, 2);  // f1(a, b) = a - b: argument order matters
      a.op(OP_SUB, {2, 0, 1});
      a.op(OP_RET, {2});
      Outcome o = run(a);
      BOOST_TEST(o.status == KP_HALTED, o.error);
      BOOST_TEST(o.out == "7 100 -7");
      BOOST_TEST(o.state.depth == 1u);
      // peak: the callee's 3 registers just above the record
      BOOST_TEST(o.state.peak == kStateSize + (A + k) * (bits / 8) + 3 * (bits / 8));
    }
  }
}

BOOST_AUTO_TEST_CASE(retn_returns_none) {
  for (unsigned bits : kWidths) {
    Asm a(bits);
    const uint8_t k = uint8_t(a.k());
    a.func(uint8_t(k + 1));
    a.op(OP_LOADI, {0, 55});
    a.op(OP_CALL, {0, 1});
    a.op(OP_PUTI, {0});
    a.op(OP_HALT, {});
    a.func(1);
    a.puts("in f ");
    a.op(OP_RETN, {});
    Outcome o = run(a);
    BOOST_TEST(o.status == KP_HALTED);
    BOOST_TEST(o.out == "in f 0");
  }
}

BOOST_AUTO_TEST_CASE(ret_from_module_halts) {
  Asm a(32);
  a.func(1);
  a.puts("x");
  a.op(OP_RET, {0});
  Outcome o = run(a);
  BOOST_TEST(o.status == KP_HALTED);
  BOOST_TEST(o.out == "x");
}

BOOST_AUTO_TEST_CASE(call_record_layout) {
  for (unsigned bits : kWidths) {
    BOOST_TEST_CONTEXT("bits " << bits) {
      const unsigned W = bits / 8;
      Asm a(bits);
      const uint8_t k = uint8_t(a.k()), A = 1;
      BOOST_TEST(k == (bits == 16 ? 2u : 1u));
      a.func(uint8_t(A + k + 1));
      a.op(OP_LOADI, {0, 11});
      a.op(OP_LOADI, {uint8_t(A + k), 5});
      size_t call = a.op(OP_CALL, {A, 1});
      a.op(OP_PUTI, {A});
      a.op(OP_PUTI, {0});
      a.op(OP_HALT, {});
      uint8_t f1 = a.func(2, 1);
      a.op(OP_LOADI, {1, 1});
      a.op(OP_ADD, {1, 0, 1});
      a.op(OP_RET, {1});
      std::vector<uint8_t> img = a.bytes();
      Image checked;
      BOOST_REQUIRE(verify_image(img, checked) == "");
      VmApi vm = vm_for(bits);
      std::vector<uint8_t> arena(256, 0xEE);
      port_output().clear();
      BOOST_REQUIRE(vm.start(img.data(), arena.data(), 256) == KP_OK);
      uint32_t budget = 3;  // LOADI, LOADI, CALL: stop before the callee's first instruction
      BOOST_TEST(vm.run(img.data(), arena.data(), &budget) == KP_PAUSED);
      BOOST_TEST(budget == 0u);
      VmState st = state_of(arena.data());
      BOOST_TEST(st.status == KP_PAUSED);
      BOOST_TEST(st.depth == 2u);
      BOOST_TEST(st.pc == a.img.functions[f1].code_offset);
      const unsigned record = kStateSize + A * W;
      BOOST_TEST(st.base == record + kCallRecordSize);          // the callee starts at R[A+k]
      BOOST_TEST(st.base == kStateSize + (A + k) * W);
      BOOST_TEST(read16(&arena[record]) == call + op_info(OP_CALL).size);  // return pc
      BOOST_TEST(read16(&arena[record + 2]) == kStateSize);                 // caller's frame
      BOOST_TEST(read_int(&arena[st.base], bits) == 5);                     // argument, not copied
      BOOST_TEST(read_int(&arena[kStateSize], bits) == 11);
      BOOST_TEST(st.peak == st.base + 2 * W);
      BOOST_TEST(st.arena_size == 256u);
      budget = 100;
      BOOST_TEST(vm.run(img.data(), arena.data(), &budget) == KP_HALTED);
      st = state_of(arena.data());
      BOOST_TEST(st.depth == 1u);
      BOOST_TEST(st.base == kStateSize);
      BOOST_TEST(read_int(&arena[record], bits) == 6);  // RET wrote the caller's R[A]
      BOOST_TEST(port_output() == "611");
      BOOST_TEST(budget == 100u - 6u);
      port_output().clear();
    }
  }
}

namespace {

// f1(n) = 1 if n <= 1 else n * f1(n - 1); the module prints f1(n).
Asm factorial(unsigned bits, int32_t n) {
  Asm a(bits);
  const uint8_t k = uint8_t(a.k());
  a.func(uint8_t(k + 1));
  a.op(OP_LOADI, {k, n});
  a.op(OP_CALL, {0, 1});
  a.op(OP_PUTI, {0});
  a.op(OP_HALT, {});
  a.func(uint8_t(2 + k + 1), 1);
  a.op(OP_LOADI, {1, 1});
  size_t base = a.op(OP_JLE, {0, 1, 0});
  a.op(OP_SUB, {uint8_t(2 + k), 0, 1});
  a.op(OP_CALL, {2, 1});
  a.op(OP_MUL, {1, 0, 2});
  a.op(OP_RET, {1});
  a.patch(base, a.here());
  a.op(OP_RET, {1});
  return a;
}

// f1() calls itself for ever; each frame holds just a call record (4 bytes + 4 of record below).
Asm endless_recursion(unsigned bits) {
  Asm a(bits);
  const uint8_t k = uint8_t(a.k());
  a.func(k);
  a.op(OP_CALL, {0, 1});
  a.op(OP_HALT, {});
  a.func(k);
  a.op(OP_CALL, {0, 1});
  a.op(OP_RET, {0});
  return a;
}

// f1(n) = 0 if n == 0 else f1(n - 1) + 1, called with n: n + 1 frames of f1 on top of the module.
Asm countdown(unsigned bits, int32_t n) {
  Asm a(bits);
  const uint8_t k = uint8_t(a.k());
  a.func(uint8_t(k + 1));
  a.op(OP_LOADI, {k, n});
  a.op(OP_CALL, {0, 1});
  a.op(OP_PUTI, {0});
  a.op(OP_HALT, {});
  a.func(uint8_t(2 + k + 1), 1);
  size_t zero = a.op(OP_JF, {0, 0});
  a.op(OP_LOADI, {1, 1});
  a.op(OP_SUB, {uint8_t(2 + k), 0, 1});
  a.op(OP_CALL, {2, 1});
  a.op(OP_ADD, {2, 2, 1});
  a.op(OP_RET, {2});
  a.patch(zero, a.here());
  a.op(OP_RET, {0});
  return a;
}

}  // namespace

BOOST_AUTO_TEST_CASE(recursion_computes) {
  Asm a32 = factorial(32, 12);
  Outcome o = run(a32);
  BOOST_TEST(o.status == KP_HALTED, o.error);
  BOOST_TEST(o.out == "479001600");
  Asm a16 = factorial(16, 7);
  o = run(a16);
  BOOST_TEST(o.status == KP_HALTED, o.error);
  BOOST_TEST(o.out == "5040");
  Asm big16 = factorial(16, 8);  // 40320 does not fit
  o = run(big16);
  BOOST_TEST(o.status == KP_ERR_OVERFLOW);
  BOOST_TEST(o.error.find("OverflowError") != std::string::npos, o.error);
  BOOST_TEST(o.state.depth == 2u);  // the multiply 8 * 5040 fails in f1(8), called by the module
}

BOOST_AUTO_TEST_CASE(recursion_exhausts_small_arena) {
  for (unsigned bits : kWidths) {
    // Just the module frame, one byte short of a call, exactly one call, and larger arenas.
    for (unsigned extra : {4u, 7u, 8u, 191u, 988u}) {
      const uint16_t size = uint16_t(kStateSize + extra);
      BOOST_TEST_CONTEXT("bits " << bits << " arena " << size) {
        Asm a = endless_recursion(bits);
        std::vector<uint8_t> img = a.bytes();
        Image checked;
        BOOST_REQUIRE(verify_image(img, checked) == "");
        VmApi vm = vm_for(bits);
        GuardedArena g(size);
        BOOST_REQUIRE(vm.start(img.data(), g.arena(), size) == KP_OK);
        BOOST_TEST(vm.run(img.data(), g.arena(), nullptr) == KP_ERR_RECURSION);
        VmState st = state_of(g.arena());
        BOOST_TEST(st.status == KP_ERR_RECURSION);
        BOOST_TEST(st.peak <= size);
        // The module frame is 4 bytes; each call adds a 4-byte frame holding the next record.
        const unsigned frames = (size - kStateSize) / 4;  // module included
        BOOST_TEST(st.depth == frames);
        BOOST_TEST(st.peak == kStateSize + 4 * frames);
        BOOST_TEST(g.intact());
        // A stopped VM stays stopped.
        BOOST_TEST(vm.run(img.data(), g.arena(), nullptr) == KP_ERR_RECURSION);
        BOOST_TEST(g.intact());
      }
    }
  }
}

BOOST_AUTO_TEST_CASE(recursion_error_message_through_host) {
  Asm a = endless_recursion(32);
  Outcome o = run(a, 100);
  BOOST_TEST(o.status == KP_ERR_RECURSION);
  BOOST_TEST(o.state.peak <= 100u);
  BOOST_TEST(o.error.find("RecursionError") != std::string::npos, o.error);
}

BOOST_AUTO_TEST_CASE(depth_limit_with_big_arena) {
  for (unsigned bits : kWidths) {
    BOOST_TEST_CONTEXT("bits " << bits) {
      Asm a = endless_recursion(bits);
      Outcome o = run(a, 65535);
      BOOST_TEST(o.status == KP_ERR_RECURSION);
      BOOST_TEST(o.state.depth == kMaxDepth);
      BOOST_TEST(o.state.peak == kStateSize + 4u * kMaxDepth);
      BOOST_TEST(o.error.find("RecursionError") != std::string::npos, o.error);
      // n + 2 frames in all: n = 998 reaches exactly the limit, n = 999 goes past it.
      Asm ok = countdown(bits, kMaxDepth - 2);
      o = run(ok, 65535);
      BOOST_TEST(o.status == KP_HALTED, o.error);
      BOOST_TEST(o.out == s(kMaxDepth - 2));
      Asm over = countdown(bits, kMaxDepth - 1);
      o = run(over, 65535);
      BOOST_TEST(o.status == KP_ERR_RECURSION);
      BOOST_TEST(o.state.depth == kMaxDepth);
    }
  }
}

BOOST_AUTO_TEST_CASE(arena_boundary_for_calls) {
  // countdown(3): module (k+1 regs) plus 4 frames of f1; find the exact arena it needs.
  for (unsigned bits : kWidths) {
    BOOST_TEST_CONTEXT("bits " << bits) {
      const unsigned W = bits / 8, k = call_record_regs(bits);
      // Module frame: k+1 registers; f1 frames start at its R[0] + record; each f1 frame has
      // 3+k registers and its callee starts at its R[2+k].
      unsigned base = kStateSize + k * W;  // first f1 frame
      unsigned need = 0;
      for (int i = 0; i < 4; ++i) {
        need = base + (3 + k) * W;
        base += (2 + k) * W;
      }
      Asm a = countdown(bits, 3);
      Outcome o = run(a, need);
      BOOST_TEST(o.status == KP_HALTED, o.error);
      BOOST_TEST(o.out == "3");
      BOOST_TEST(o.state.peak == need);
      Asm b = countdown(bits, 3);
      o = run(b, need - 1);
      BOOST_TEST(o.status == KP_ERR_RECURSION);
      BOOST_TEST(o.state.depth == 4u);
    }
  }
}

// ---- arena and header checks ------------------------------------------------------------------

BOOST_AUTO_TEST_CASE(module_frame_larger_than_arena) {
  for (unsigned bits : kWidths) {
    BOOST_TEST_CONTEXT("bits " << bits) {
      const unsigned W = bits / 8;
      Asm a(bits);
      a.func(50);
      a.puts("never");
      a.op(OP_HALT, {});
      std::vector<uint8_t> img = a.bytes();
      Image checked;
      BOOST_REQUIRE(verify_image(img, checked) == "");
      VmApi vm = vm_for(bits);
      const uint16_t need = uint16_t(kStateSize + 50 * W);
      GuardedArena g(need - 1);
      BOOST_TEST(vm.start(img.data(), g.arena(), uint16_t(need - 1)) == KP_ERR_MEMORY);
      BOOST_TEST(g.intact());
      VmState st = state_of(g.arena());
      BOOST_TEST(st.status == KP_ERR_MEMORY);
      BOOST_TEST(st.peak <= need - 1);
      port_output().clear();
      BOOST_TEST(vm.run(img.data(), g.arena(), nullptr) == KP_ERR_MEMORY);
      BOOST_TEST(port_output() == "");
      BOOST_TEST(g.intact());
      // Exactly big enough: runs.
      GuardedArena h(need);
      BOOST_TEST(vm.start(img.data(), h.arena(), need) == KP_OK);
      BOOST_TEST(vm.run(img.data(), h.arena(), nullptr) == KP_HALTED);
      BOOST_TEST(port_output() == "never");
      BOOST_TEST(state_of(h.arena()).peak == need);
      BOOST_TEST(h.intact());
      port_output().clear();
      // Through the host runner: a MemoryError naming the arena.
      Asm b(bits);
      b.func(50);
      b.op(OP_HALT, {});
      Outcome o = run(b, need - 1);
      BOOST_TEST(o.status == KP_ERR_MEMORY);
      BOOST_TEST(o.error.find("MemoryError") != std::string::npos, o.error);
    }
  }
}

BOOST_AUTO_TEST_CASE(arena_smaller_than_bookkeeping) {
  for (unsigned bits : kWidths) {
    Asm a(bits);
    a.func(0);
    a.op(OP_HALT, {});
    std::vector<uint8_t> img = a.bytes();
    VmApi vm = vm_for(bits);
    for (uint16_t size : {uint16_t(0), uint16_t(1), uint16_t(kStateSize - 1)}) {
      GuardedArena g(size);
      BOOST_TEST(vm.start(img.data(), g.arena(), size) == KP_ERR_MEMORY);
      BOOST_TEST(g.intact());
    }
    GuardedArena g(kStateSize);  // bookkeeping only, an empty module frame: fine
    BOOST_TEST(vm.start(img.data(), g.arena(), kStateSize) == KP_OK);
    BOOST_TEST(vm.run(img.data(), g.arena(), nullptr) == KP_HALTED);
    BOOST_TEST(g.intact());
    Asm b(bits);
    b.func(0);
    b.op(OP_HALT, {});
    Outcome o = run(b, kStateSize - 1);
    BOOST_TEST(o.status == KP_ERR_MEMORY);
    BOOST_TEST(o.error.find("MemoryError") != std::string::npos, o.error);
  }
}

BOOST_AUTO_TEST_CASE(step_budget_stops_endless_loop) {
  for (unsigned bits : kWidths) {
    Asm a(bits);
    a.func(0);
    size_t j = a.op(OP_JMP, {0});
    a.patch(j, j);
    Outcome o = run(a, 1024, 1000);
    BOOST_TEST(o.status == KP_PAUSED);
    BOOST_TEST(o.steps == 1000u);
    BOOST_TEST(o.error.find("1000 steps") != std::string::npos, o.error);
    // A budget that spans several of the runner's slices.
    Asm b(bits);
    b.func(0);
    size_t j2 = b.op(OP_JMP, {0});
    b.patch(j2, j2);
    o = run(b, 1024, (uint64_t(1) << 22) * 2 + 5);
    BOOST_TEST(o.status == KP_PAUSED);
    BOOST_TEST(o.steps == (uint64_t(1) << 22) * 2 + 5);
  }
}

BOOST_AUTO_TEST_CASE(budget_counts_instructions_and_resumes) {
  for (unsigned bits : kWidths) {
    Asm a(bits);
    a.func(1);
    a.op(OP_LOADI, {0, 4});
    a.op(OP_PUTI, {0});
    a.op(OP_HALT, {});
    std::vector<uint8_t> img = a.bytes();
    VmApi vm = vm_for(bits);
    uint8_t arena[64];
    port_output().clear();
    BOOST_REQUIRE(vm.start(img.data(), arena, sizeof arena) == KP_OK);
    uint32_t budget = 2;
    BOOST_TEST(vm.run(img.data(), arena, &budget) == KP_PAUSED);
    BOOST_TEST(budget == 0u);
    BOOST_TEST(port_output() == "4");
    BOOST_TEST(state_of(arena).pc == 6u);  // at the HALT, not yet executed
    budget = 0;
    BOOST_TEST(vm.run(img.data(), arena, &budget) == KP_PAUSED);  // no budget: no progress
    BOOST_TEST(state_of(arena).pc == 6u);
    budget = 1;
    BOOST_TEST(vm.run(img.data(), arena, &budget) == KP_HALTED);
    BOOST_TEST(budget == 0u);
    BOOST_TEST(port_output() == "4");
    // Three instructions fit a budget of exactly three.
    BOOST_REQUIRE(vm.start(img.data(), arena, sizeof arena) == KP_OK);
    budget = 3;
    BOOST_TEST(vm.run(img.data(), arena, &budget) == KP_HALTED);
    BOOST_TEST(budget == 0u);
    port_output().clear();
  }
}

BOOST_AUTO_TEST_CASE(start_checks_header) {
  Asm a16(16), a32(32);
  for (Asm* a : {&a16, &a32}) {
    a->func(0);
    a->op(OP_HALT, {});
  }
  std::vector<uint8_t> img16 = a16.bytes(), img32 = a32.bytes();
  uint8_t arena[64];
  BOOST_TEST(kp32::start(img16.data(), arena, sizeof arena) == KP_BAD_WIDTH);
  BOOST_TEST(kp16::start(img32.data(), arena, sizeof arena) == KP_BAD_WIDTH);
  BOOST_TEST(kp16::start(img16.data(), arena, sizeof arena) == KP_OK);
  BOOST_TEST(kp32::start(img32.data(), arena, sizeof arena) == KP_OK);
  for (size_t i = 0; i < 3; ++i) {
    std::vector<uint8_t> bad = img32;
    bad[i] ^= 0x20;
    BOOST_TEST(kp32::start(bad.data(), arena, sizeof arena) == KP_BAD_IMAGE);
    bad = img16;
    bad[i] ^= 0x20;
    BOOST_TEST(kp16::start(bad.data(), arena, sizeof arena) == KP_BAD_IMAGE);
  }
  std::vector<uint8_t> v2 = img32;
  v2[HDR_VERSION] = kFormatVersion + 1;
  BOOST_TEST(kp32::start(v2.data(), arena, sizeof arena) == KP_BAD_IMAGE);
  std::vector<uint8_t> w8 = img32;
  w8[HDR_INT_BITS] = 8;
  BOOST_TEST(kp32::start(w8.data(), arena, sizeof arena) == KP_BAD_WIDTH);
  BOOST_TEST(kp16::start(w8.data(), arena, sizeof arena) == KP_BAD_WIDTH);
}

// ---- output and errors ------------------------------------------------------------------------

BOOST_AUTO_TEST_CASE(puti_extremes) {
  for (unsigned bits : kWidths) {
    Asm a(bits);
    a.func(1);
    std::vector<int64_t> values = {0, -1, 1, 9, 10, -10, int_min(bits), int_min(bits) + 1, int_max(bits),
                                   int_max(bits) - 1, -9999, 10000};
    if (bits == 32) values.insert(values.end(), {1000000000, -1000000000, 999999999, 65536, -32769});
    std::string expect;
    for (int64_t v : values) {
      a.load(0, v);
      a.op(OP_PUTI, {0});
      a.puts("\n");
      expect += s(v) + "\n";
    }
    a.op(OP_HALT, {});
    Outcome o = run(a);
    BOOST_TEST(o.status == KP_HALTED);
    BOOST_TEST(o.out == expect);
  }
}

BOOST_AUTO_TEST_CASE(puts_strings) {
  Asm a(32);
  a.func(0);
  std::string long_one(254, 'z');  // 255 bytes: see puts_255_byte_string
  const std::string strs[] = {"", "hello", "a\nb", "\t\"q\"\\", "\xc3\xa9\x01\xff", long_one, ""};
  std::string expect;
  for (const std::string& str : strs) {
    a.puts(str);
    expect += str;
  }
  a.op(OP_PUTS, {1});  // the same string twice
  expect += "hello";
  a.op(OP_HALT, {});
  Outcome o = run(a);
  BOOST_TEST(o.status == KP_HALTED);
  BOOST_TEST(o.out == expect);
}

// PUTS of a string of the maximum length (255 bytes) ends (a uint8_t loop counter once made
// it print for ever). The VM runs in a child process with a time and memory limit so that a
// regression fails instead of hanging.
BOOST_AUTO_TEST_CASE(puts_255_byte_string) {
  Asm a(32);
  a.func(0);
  a.puts(std::string(255, 'q'));
  a.op(OP_HALT, {});
  std::vector<uint8_t> img = a.bytes();
  Image checked;
  BOOST_REQUIRE(verify_image(img, checked) == "");
  std::fflush(nullptr);
  pid_t pid = fork();
  BOOST_REQUIRE(pid >= 0);
  if (pid == 0) {
    limit_child();
    int ok = 0;
    try {  // nothing may unwind into the test framework's copy in this process
      uint8_t arena[64];
      port_output().clear();
      ok = kp32::start(img.data(), arena, sizeof arena) == KP_OK &&
           kp32::run(img.data(), arena, nullptr) == KP_HALTED && port_output() == std::string(255, 'q');
    } catch (...) {
      _exit(2);  // out of memory: the output never stopped
    }
    _exit(ok ? 0 : 1);
  }
  int wstatus = 0;
  BOOST_REQUIRE(waitpid(pid, &wstatus, 0) == pid);
  BOOST_TEST(!WIFSIGNALED(wstatus), "the VM did not finish in 5 s (signal " << WTERMSIG(wstatus) << ")");
  BOOST_TEST(!(WIFEXITED(wstatus) && WEXITSTATUS(wstatus) == 2), "the VM printed without end (out of memory)");
  BOOST_TEST((WIFEXITED(wstatus) && WEXITSTATUS(wstatus) == 0), "the VM did not print the string once and halt");
}

BOOST_AUTO_TEST_CASE(raise_each_kind) {
  const char* const names[] = {
#define ERR(name, exception, message) exception,
#include "bytecode/errors.def"
#undef ERR
  };
  const unsigned kinds = KP_STATUS_COUNT - KP_ERR_ZERO_DIV;
  BOOST_REQUIRE(kinds == sizeof names / sizeof names[0]);
  for (unsigned bits : kWidths) {
    for (unsigned n = 0; n < kinds - 1; ++n) {  // the last, RAISED, is THROW's
      BOOST_TEST_CONTEXT("kind " << n << " at " << bits) {
        Asm a(bits);
        a.func(0);
        a.puts("before");
        size_t at = a.op(OP_RAISE, {int32_t(n), a.str("custom message")});
        a.puts("after");
        a.op(OP_HALT, {});
        Outcome o = run(a);
        BOOST_TEST(int(o.status) == int(KP_ERR_ZERO_DIV + n));
        BOOST_TEST(kp_is_error(o.status));
        BOOST_TEST(o.out == "before");
        BOOST_TEST(o.state.pc == at);
        // RecursionError raised by RAISE is misreported: see raise_recursion_kind.
        if (KP_ERR_ZERO_DIV + n != KP_ERR_RECURSION)
          BOOST_TEST(o.error.find(names[n]) != std::string::npos, o.error);
      }
    }
  }
  // An assertion's message is its string.
  Asm a(32);
  a.func(0);
  a.op(OP_RAISE, {KP_ERR_ASSERT - KP_ERR_ZERO_DIV, a.str("x must be positive")});
  Outcome o = run(a);
  BOOST_TEST(o.status == KP_ERR_ASSERT);
  BOOST_TEST(o.error.find("AssertionError: x must be positive") != std::string::npos, o.error);
}

// A RecursionError raised by RAISE (not by a CALL that does not fit) is reported as such,
// without reading RAISE's string index as a function index.
BOOST_AUTO_TEST_CASE(raise_recursion_kind) {
  for (unsigned bits : kWidths) {
    Asm a(bits);
    a.func(0);
    a.str("unused");
    a.op(OP_RAISE, {KP_ERR_RECURSION - KP_ERR_ZERO_DIV, a.str("custom message")});
    Outcome o = run(a);
    BOOST_TEST(o.status == KP_ERR_RECURSION);
    BOOST_TEST(o.error.find("RecursionError") != std::string::npos, o.error);
    BOOST_TEST(o.error.find("calling function") == std::string::npos, o.error);
  }
}

BOOST_AUTO_TEST_CASE(error_inside_function_reports_its_frame) {
  for (unsigned bits : kWidths) {
    Asm a(bits);
    const uint8_t k = uint8_t(a.k());
    a.func(uint8_t(k + 1));
    a.op(OP_LOADI, {k, 0});
    a.op(OP_CALL, {0, 1});
    a.op(OP_HALT, {});
    a.func(3, 1);
    a.op(OP_LOADI, {1, 1});
    size_t div = a.op(OP_FLOORDIV, {2, 1, 0});
    a.op(OP_RET, {2});
    Outcome o = run(a);
    BOOST_TEST(o.status == KP_ERR_ZERO_DIV);
    BOOST_TEST(o.state.pc == div);
    BOOST_TEST(o.state.depth == 2u);
    BOOST_TEST(o.state.base == kStateSize + kCallRecordSize);  // f1's frame, above the record in R[0]
    BOOST_TEST(o.error.find("ZeroDivisionError") != std::string::npos, o.error);
  }
}

// The last line of a report: "Exception: message".
std::string last_line(const std::string& error) {
  size_t end = error.size() && error.back() == '\n' ? error.size() - 1 : error.size();
  size_t start = error.rfind('\n', end ? end - 1 : 0);
  return error.substr(start == std::string::npos ? 0 : start + 1, end - (start == std::string::npos ? 0 : start + 1));
}

BOOST_AUTO_TEST_CASE(message_negative_base_of_pow_is_parenthesised) {
  for (unsigned bits : kWidths) {  // -3 ** 20 would be -(3 ** 20): the message writes (-3) ** 20
    Asm a(bits);
    a.func(2);
    a.op(OP_POW, {0, immediate_operand(-3), immediate_operand(bits == 16 ? 20 : 40)});
    a.op(OP_HALT, {});
    Outcome o = run(a);
    std::string e = bits == 16 ? "20" : "40";
    BOOST_TEST(last_line(o.error) == "OverflowError: (-3) ** " + e + " does not fit in a " + std::to_string(bits) +
                                         "-bit int (kilopy ints are " + std::to_string(bits) + "-bit; CPython's would grow)");
  }
}

// Objects above arena offset 32767 at 16 bits: their registers hold negative ints, and the
// report must still read the object (its kind and length) there.
BOOST_AUTO_TEST_CASE(message_objects_above_32767_at_16_bits) {
  for (unsigned bits : kWidths) {
    for (uint32_t arena : {1024u, 40000u, 65535u}) {
      auto program = [&](uint8_t kind, Op op, std::initializer_list<int32_t> operands) {
        Asm a(bits);
        a.func(4);
        a.op(OP_LOADI, {1, 5});
        a.op(OP_NEWSEQ, {0, 1, 1, kind});  // R[0] := [5] of that kind
        a.op(op, operands);
        a.op(OP_HALT, {});
        return last_line(run(a, arena).error);
      };
      const std::string at = " at " + std::to_string(bits) + " bits, arena " + std::to_string(arena);
      BOOST_TEST(program(SEQ_ARRAY_b, OP_GETITEM, {2, 0, immediate_operand(3)}) == "IndexError: array index out of range", at);
      BOOST_TEST(program(SEQ_LIST, OP_GETITEM, {2, 0, immediate_operand(3)}) == "IndexError: list index out of range", at);
      BOOST_TEST(program(SEQ_ARRAY_h, OP_SETITEM, {0, immediate_operand(3), 1}) ==
                     "IndexError: array assignment index out of range", at);
      BOOST_TEST(program(SEQ_LIST, OP_POP, {2, 0, immediate_operand(-2)}) == "IndexError: pop index out of range", at);
      BOOST_TEST(program(SEQ_ARRAY_B, OP_SETITEM, {0, immediate_operand(0), immediate_operand(-1)}) ==
                     "OverflowError: unsigned byte integer is less than minimum", at);
      BOOST_TEST(program(SEQ_ARRAY_b, OP_APPEND, {0, immediate_operand(127)}) == "", at);
      BOOST_TEST(program(SEQ_ARRAY_b, OP_APPEND, {0, immediate_operand(-64)}) == "", at);
    }
  }
}

// A request above the VM's u16 (saturated at 65535) is reported in full: [0] * 20000 at 32 bits
// asks for 2 + 20000 * 4 bytes, at 16 bits for 2 + 20000 * 2.
BOOST_AUTO_TEST_CASE(message_memory_request_above_65535) {
  for (unsigned bits : kWidths) {
    Asm a(bits);
    a.func(2);
    a.load(1, 20000);
    a.op(OP_FILL, {0, immediate_operand(0), 1, SEQ_LIST});
    a.op(OP_HALT, {});
    std::string e = last_line(run(a).error);
    std::string want = "MemoryError: cannot allocate " + std::string(bits == 16 ? "40002" : "80002") + " bytes";
    BOOST_TEST(e.compare(0, want.size(), want) == 0, e);
  }
}

// A record (a class instance) keeps what its slots name alive: slot 1 holds a list, the only
// reference to it, while 30 lists of 100 ints churn through a 1 KB arena (the collector runs);
// slot 0 holds an int. The heap peaks at the record, its list and two churned lists (the one
// being replaced is still in R[2] while its successor is allocated).
BOOST_AUTO_TEST_CASE(record_slots_keep_objects_alive) {
  for (unsigned bits : kWidths) {
    Asm a(bits);
    a.func(4);
    a.op(OP_FILL, {0, immediate_operand(0), immediate_operand(2), SEQ_RECORD});  // R[0] := a record of 2 slots
    a.op(OP_FILL, {1, immediate_operand(7), immediate_operand(3), SEQ_LIST});    // R[1] := [7, 7, 7]
    a.op(OP_SETITEM, {0, immediate_operand(1), 1});                              // R[0].slot1 := R[1]
    a.op(OP_SETITEM, {0, immediate_operand(0), immediate_operand(5)});           // R[0].slot0 := 5
    a.op(OP_LOADI, {1, 0});
    for (int i = 0; i < 30; ++i) a.op(OP_FILL, {2, immediate_operand(i), immediate_operand(100), SEQ_LIST});
    a.op(OP_GETITEM, {3, 0, immediate_operand(1)});
    a.op(OP_PUTSEQ, {3, 0});
    a.op(OP_GETITEM, {3, 0, immediate_operand(0)});
    a.op(OP_PUTI, {3});
    a.op(OP_HALT, {});
    Outcome o = run(a, 1024);
    BOOST_TEST(o.error == "");
    BOOST_TEST(o.out == "[7, 7, 7]5");
    unsigned w = bits / 8;
    unsigned live = (2 + 2 * w) + kObjectSize + (2 + 3 * w) + 2 * (kObjectSize + 2 + 100 * w);  // a record is one block
    BOOST_TEST(o.state.heap_peak == live, "at " << bits << " bits");
  }
}

// A record's slot is traced as a register is: an int equal to an offset inside a block marks
// nothing there, even where the data looks like a block header (33: an 8-byte object; 19: a
// 4-byte record). The list [33, 19] is allocated first, its element block just below its
// object block at the arena's end; the record's slots hold the offsets of its two elements.
BOOST_AUTO_TEST_CASE(record_slots_mark_only_block_starts) {
  for (unsigned bits : kWidths) {
    const unsigned w = bits / 8, first = 1024 - kObjectSize - 2 * w;  // the list's element 0
    Asm a(bits);
    a.func(4);
    a.load(2, 33);
    a.load(3, 19);
    a.op(OP_NEWSEQ, {0, 2, 2, SEQ_LIST});  // R[0] := [33, 19]
    a.load(2, first);
    a.load(3, first + w);
    a.op(OP_NEWSEQ, {1, 2, 2, SEQ_RECORD});  // R[1] := (first, first + w)
    a.op(OP_LOADI, {2, 0});
    a.op(OP_LOADI, {3, 0});
    for (int i = 0; i < 30; ++i) a.op(OP_FILL, {2, immediate_operand(i), immediate_operand(100), SEQ_LIST});  // collections
    a.op(OP_PUTSEQ, {0, 0});
    a.op(OP_GETITEM, {3, 1, immediate_operand(1)});
    a.op(OP_PUTI, {3});
    a.op(OP_HALT, {});
    Outcome o = run(a, 1024);
    BOOST_TEST(o.error == "");
    BOOST_TEST(o.out == "[33, 19]" + std::to_string(first + w), "at " << bits << " bits");
  }
}

BOOST_AUTO_TEST_SUITE_END()
