// The interpreter: one loop with one handler per row of bytecode/opcodes.def. Handlers read
// like the table's semantics column: A, B, C are operand bytes, R(x) a register's address.
#include "vm/vm.h"

#include "bytecode/image_format.h"
#include "bytecode/opcodes.h"
#include "kp_target.h"
#include "vm/arith.h"

#if !defined(KP_INT_BITS) || (KP_INT_BITS != 16 && KP_INT_BITS != 32)
#error "build vm/ with -DKP_INT_BITS=16 or -DKP_INT_BITS=32"
#endif

namespace KP_NS {

using namespace kilopy;

#if KP_INT_BITS == 16
typedef int16_t Int;
#else
typedef int32_t Int;
#endif
constexpr unsigned W = sizeof(Int);  // bytes per register, global and constant

namespace {

inline uint8_t img8(const uint8_t* p) { return KP_IMAGE_BYTE(p); }
inline uint16_t img16(const uint8_t* p) { return uint16_t(img8(p) | (img8(p + 1) << 8)); }

inline Int get(const uint8_t* p) { Int v; __builtin_memcpy(&v, p, W); return v; }
inline void put(uint8_t* p, Int v) { __builtin_memcpy(p, &v, W); }
inline uint16_t get16(const uint8_t* p) { uint16_t v; __builtin_memcpy(&v, p, 2); return v; }
inline void put16(uint8_t* p, uint16_t v) { __builtin_memcpy(p, &v, 2); }

// Offsets of the image's sections, computed once per run() from the header.
struct Sections {
  const uint8_t* funcs;
  const uint8_t* consts;
  const uint8_t* string_offsets;
  const uint8_t* strings;
  const uint8_t* code;
};

Sections find_sections(const uint8_t* image) {
  Sections s;
  s.funcs = image + kHeaderSize;
  s.consts = s.funcs + kFuncEntrySize * img8(image + HDR_NFUNCS);
  s.string_offsets = s.consts + W * img8(image + HDR_NCONSTS);
  s.strings = s.string_offsets + 2 * img8(image + HDR_NSTRINGS);
  s.code = s.strings + img16(image + HDR_STRINGS_SIZE);
  return s;
}

void print_int(Int v) {
  typedef IntLimits<Int>::Unsigned U;
  U u = U(v);
  if (v < 0) { kp_port_put('-'); u = U(U(0) - u); }
  char digits[10];
  uint8_t n = 0;
  do { digits[n++] = char('0' + u % 10); u = U(u / 10); } while (u != 0);
  while (n != 0) kp_port_put(uint8_t(digits[--n]));
}

}  // namespace

KpStatus start(const uint8_t* image, uint8_t* arena, uint16_t arena_size) {
  if (img8(image) != 'K' || img8(image + 1) != 'P' || img8(image + 2) != 'Y' ||
      img8(image + HDR_VERSION) != kFormatVersion)
    return KP_BAD_IMAGE;
  if (img8(image + HDR_INT_BITS) != KP_INT_BITS) return KP_BAD_WIDTH;
  if (arena_size < kStateSize) return KP_ERR_MEMORY;
  for (uint16_t i = 0; i < arena_size; ++i) arena[i] = 0;
  const uint8_t* module = image + kHeaderSize;
  VmState st;
  st.pc = img16(module + FN_CODE);
  st.base = kStateSize;
  st.arena_size = arena_size;
  st.depth = 1;
  st.reserved = 0;
  uint32_t end = kStateSize + uint32_t(img8(module + FN_NREGS)) * W;
  st.peak = uint16_t(end > arena_size ? arena_size : end);
  st.status = end > arena_size ? KP_ERR_MEMORY : KP_OK;
  __builtin_memcpy(arena, &st, kStateSize);
  return KpStatus(st.status);
}

KpStatus run(const uint8_t* image, uint8_t* arena, uint32_t* budget) {
  VmState st;
  __builtin_memcpy(&st, arena, kStateSize);
  if (st.status != KP_OK && st.status != KP_PAUSED) return KpStatus(st.status);
  const Sections sec = find_sections(image);
  const uint8_t* ip = sec.code + st.pc;
  uint8_t* frame = arena + st.base;
  uint8_t status = KP_OK;
  Int result = 0;  // the value a RET hands to its caller
#if KP_STEP_BUDGET
  uint32_t left = budget ? *budget : 0;
#else
  (void)budget;
#endif

// Operand accessors: ip points at the current instruction's opcode.
#define A img8(ip + 1)
#define B img8(ip + 2)
#define C img8(ip + 3)
#define R(x) (frame + unsigned(x) * W)
#define SIMM16(at) int16_t(img16(ip + (at)))
#define FAIL(code) do { status = (code); goto stop; } while (0)
#define CHECK(expr) do { if ((status = (expr)) != KP_OK) goto stop; } while (0)

#if KP_STEP_BUDGET
#define BUDGET() if (budget) { if (left == 0) FAIL(KP_PAUSED); --left; }
#else
#define BUDGET()
#endif

#if KP_COMPUTED_GOTO
  static const void* const labels[OP_COUNT] = {
#define OP(name, fmt, py, result, doc) &&L_##name,
#include "bytecode/opcodes.def"
#undef OP
  };
#define DISPATCH() do { BUDGET(); goto *labels[img8(ip)]; } while (0)
#define CASE(name) L_##name:
  DISPATCH();
#else
#define DISPATCH() continue
#define CASE(name) case OP_##name:
  for (;;) {
    BUDGET();
    switch (img8(ip)) {
#endif
#define NEXT(name) do { ip += kSize_##name; DISPATCH(); } while (0)
#define JUMP(name, at) do { ip += kSize_##name + SIMM16(at); DISPATCH(); } while (0)
#define BINARY(name, fn) CASE(name) { Int r; CHECK(fn<Int>(get(R(B)), get(R(C)), r)); put(R(A), r); NEXT(name); }
#define BITWISE(name, op) CASE(name) { put(R(A), Int(get(R(B)) op get(R(C)))); NEXT(name); }
#define COMPARE(name, op) CASE(name) { put(R(A), Int(get(R(B)) op get(R(C)))); NEXT(name); }
#define BRANCH(name, op) CASE(name) { if (get(R(A)) op get(R(B))) JUMP(name, 3); NEXT(name); }

    CASE(HALT) FAIL(KP_HALTED);
    CASE(MOVE) { put(R(A), get(R(B))); NEXT(MOVE); }
    CASE(LOADI) { put(R(A), Int(SIMM16(2))); NEXT(LOADI); }
    CASE(LOADK) { put(R(A), get(sec.consts + B * W)); NEXT(LOADK); }
    CASE(GETG) { put(R(A), get(arena + kStateSize + B * W)); NEXT(GETG); }
    CASE(SETG) { put(arena + kStateSize + A * W, get(R(B))); NEXT(SETG); }
    BINARY(ADD, py_add)
    BINARY(SUB, py_sub)
    BINARY(MUL, py_mul)
    BINARY(FLOORDIV, py_floordiv)
    BINARY(MOD, py_mod)
    BINARY(POW, py_pow)
    BINARY(SHL, py_shl)
    BINARY(SHR, py_shr)
    BITWISE(BAND, &)
    BITWISE(BOR, |)
    BITWISE(BXOR, ^)
    CASE(NEG) { Int r; CHECK(py_neg<Int>(get(R(B)), r)); put(R(A), r); NEXT(NEG); }
    CASE(INV) { put(R(A), Int(~get(R(B)))); NEXT(INV); }
    CASE(NOT) { put(R(A), Int(get(R(B)) == 0)); NEXT(NOT); }
    COMPARE(EQ, ==)
    COMPARE(NE, !=)
    COMPARE(LT, <)
    COMPARE(LE, <=)
    CASE(ABS) { Int r; CHECK(py_abs<Int>(get(R(B)), r)); put(R(A), r); NEXT(ABS); }
    CASE(MIN) { Int b = get(R(B)), c = get(R(C)); put(R(A), c < b ? c : b); NEXT(MIN); }
    CASE(MAX) { Int b = get(R(B)), c = get(R(C)); put(R(A), c > b ? c : b); NEXT(MAX); }
    CASE(JMP) JUMP(JMP, 1);
    CASE(JT) { if (get(R(A)) != 0) JUMP(JT, 2); NEXT(JT); }
    CASE(JF) { if (get(R(A)) == 0) JUMP(JF, 2); NEXT(JF); }
    BRANCH(JEQ, ==)
    BRANCH(JNE, !=)
    BRANCH(JLT, <)
    BRANCH(JLE, <=)
    CASE(FORPREP) {
      Int cur = get(R(A)), stop = get(R(A + 1)), step = get(R(A + 2));
      if (step == 0) FAIL(KP_ERR_RANGE_STEP);
      if (step > 0 ? cur >= stop : cur <= stop) JUMP(FORPREP, 3);
      put(R(B), cur);
      NEXT(FORPREP);
    }
    CASE(FORLOOP) {
      Int cur, stop = get(R(A + 1)), step = get(R(A + 2));
      if (!__builtin_add_overflow(get(R(A)), step, &cur) && (step > 0 ? cur < stop : cur > stop)) {
        put(R(A), cur);
        put(R(B), cur);
        JUMP(FORLOOP, 3);
      }
      NEXT(FORLOOP);
    }
    CASE(CALL) {
      const uint8_t* fn = sec.funcs + kFuncEntrySize * B;
      uint8_t* record = R(A);
      uint32_t callee_base = uint32_t(record - arena) + kCallRecordSize;
      uint32_t end = callee_base + uint32_t(img8(fn + FN_NREGS)) * W;
      if (st.depth >= kMaxDepth || end > st.arena_size) FAIL(KP_ERR_RECURSION);
      put16(record, uint16_t(ip + kSize_CALL - sec.code));
      put16(record + 2, uint16_t(frame - arena));
      if (end > st.peak) st.peak = uint16_t(end);
      ++st.depth;
      frame = arena + callee_base;
      ip = sec.code + img16(fn + FN_CODE);
      DISPATCH();
    }
    CASE(RET) { result = get(R(A)); goto do_return; }
    CASE(RETN) { result = 0; goto do_return; }
    do_return: {
      if (st.depth == 1) FAIL(KP_HALTED);
      uint8_t* record = frame - kCallRecordSize;
      ip = sec.code + get16(record);
      frame = arena + get16(record + 2);
      put(record, result);  // the caller's R[A]
      --st.depth;
      DISPATCH();
    }
    CASE(PUTI) { print_int(get(R(A))); NEXT(PUTI); }
    CASE(PUTS) {
      const uint8_t* s = sec.strings + img16(sec.string_offsets + 2 * A);
      for (uint8_t n = img8(s), i = 1; i <= n; ++i) kp_port_put(img8(s + i));
      NEXT(PUTS);
    }
    CASE(RAISE) FAIL(uint8_t(KP_ERR_ZERO_DIV + A));
#if !KP_COMPUTED_GOTO
      default: FAIL(KP_BAD_IMAGE);  // unreachable for a verified image
    }
  }
#endif

stop:
  st.pc = uint16_t(ip - sec.code);
  st.base = uint16_t(frame - arena);
  st.status = status;
  __builtin_memcpy(arena, &st, kStateSize);
#if KP_STEP_BUDGET
  if (budget) *budget = left;
#endif
  return KpStatus(status);
}

}  // namespace KP_NS
