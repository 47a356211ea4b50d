// The interpreter: one loop with one handler per row of bytecode/opcodes.def. Handlers read
// like the table's semantics column: a, b, c are operand bytes (read in order with U8()),
// R(x) a register's address.
#include "vm/vm.h"

#include <stddef.h>

#include "bytecode/exceptions.h"
#include "bytecode/image_format.h"
#include "bytecode/opcodes.h"
#include "kp_target.h"
#include "bytecode/arith.h"

#if !defined(KP_INT_BITS) || (KP_INT_BITS != 16 && KP_INT_BITS != 32)
#error "build vm/ with -DKP_INT_BITS=16 or -DKP_INT_BITS=32"
#endif

namespace KP_NS {

using namespace kilopy;

#if KP_INT_BITS == 16
typedef int16_t Int;
typedef int32_t WideInt;  // holds a sum of 65535 Ints
#else
typedef int32_t Int;
typedef int64_t WideInt;
#endif
constexpr unsigned W = sizeof(Int);  // bytes per register, global and constant

// A build for one image (-DKP_VM_CONFIG='"file"', written by `kilopy build --vm-config`)
// compiles only the handlers of the opcodes that image uses (KP_USES_<name>) and sets KP_HEAP;
// any other opcode stops with KP_BAD_IMAGE. Default: every handler.
#ifdef KP_VM_CONFIG
#include KP_VM_CONFIG
#define KP_HAS_OP(name) KP_USES_##name
#else
#define KP_HAS_OP(name) 1
#endif
// STROP's modes (StrOp) the build has: the per-image configuration's KP_STR_MODES, else all.
#ifndef KP_STR_MODES
#define KP_STR_MODES 0xFFFFFFFFul
#endif
#define KP_HAS_STR(mode) ((KP_STR_MODES >> (mode)) & 1)
// Where the VM's constant tables live (the opcode tables below, printable()): the port's
// KP_CODE_TABLE (the AVR: flash, read with img8 and KP_CODE_TABLE_READ), else RAM.
#ifndef KP_CODE_TABLE
#define KP_CODE_TABLE
#define KP_CODE_TABLE_READ(p) (*(p))
#endif
// KP_IF_OP(name, text): text when the build has opcode `name`, else nothing. A handler whose
// case label is left out is unreachable, and the compiler drops it.
#define KP_CAT(a, b) KP_CAT_(a, b)
#define KP_CAT_(a, b) a##b
#define KP_IF_OP(name, ...) KP_CAT(KP_IF_, KP_HAS_OP(name))(__VA_ARGS__)
#define KP_IF_1(...) __VA_ARGS__
#define KP_IF_0(...)

// KP_HEAP = 0 leaves the heap (lists, arrays: the handlers from NEWSEQ on) out of a build;
// those opcodes then stop with KP_ERR_BAD_REF. Default: in.
// With 32-bit ints on an AVR of 16 KB flash or less, every handler with the heap fits only with
// the (smaller) switch dispatch: such a build uses it whatever the port asked for.
#if defined(__AVR__) && KP_INT_BITS == 32 && defined(FLASHEND) && FLASHEND < 0x7FFF && \
    !defined(KP_VM_CONFIG) && (!defined(KP_HEAP) || KP_HEAP)
#undef KP_COMPUTED_GOTO
#define KP_COMPUTED_GOTO 0
#endif
#ifndef KP_HEAP
#define KP_HEAP 1
#endif
// KP_TABLES = 0 leaves out reading constant tables (bytecode/runtime.h) for an image without
// them: such a value then stops as a malformed one. Default: in.
#ifndef KP_TABLES
#define KP_TABLES 1
#endif
// KP_HANDLERS = 0 leaves the handler search out (an image without a handler table: every error
// stops the program). Default: in.
#ifndef KP_HANDLERS
#define KP_HANDLERS 1
#endif
// KP_TRIMMED_TEXTS = 1 (the AVR's VM with every handler, which a 32 KB part barely holds) leaves
// out the texts of an array element out of range: a handler that binds `as e` does not catch
// that OverflowError there (find_handler()). Default: in.
#ifndef KP_TRIMMED_TEXTS
#define KP_TRIMMED_TEXTS 0
#endif
// KP_STATIC_CALLS: CALL and RET keep no depth count and CALL checks neither the depth nor the
// callee's room, because the build proved both: the per-image configuration's KP_FRAMES_END
// (bytecode/memory_bound.h: a program without recursion and without the heap, whose frames
// end at most there) fits the arena the build is for (KP_ARENA_SIZE: the AVR firmware). The
// depth (at most the function count, below kMaxDepth) is counted from the call records at a
// stop. The frames' peak is still tracked per call: it must be exact, and the bound may exceed it.
#if defined(KP_FRAMES_END) && defined(KP_ARENA_SIZE) && !KP_HEAP
#define KP_STATIC_CALLS (KP_FRAMES_END != 0 && KP_FRAMES_END <= (KP_ARENA_SIZE & ~1))
#else
#define KP_STATIC_CALLS 0
#endif

// Opcode numbers. With KP_LOCAL_OPCODES (AVR firmware: `kilopy build --target` renumbers the
// image it puts in flash, bytecode/vm_config.h renumber_opcodes), an opcode's number is its
// rank among the opcodes the build has, in opcodes.def order, so the dispatch's jump table
// has no holes, times kLocalOpcodeScale: pre-scaled, the byte offset of its label (the
// dispatch needs no shift). KP_IS(name, byte): whether byte is that opcode (false if the build
// lacks it). kOpScale: what an opcode is its rank times.
#if KP_LOCAL_OPCODES
enum LocalRank : uint8_t {
#define OP(name, fmt, py, result, group, mode, doc) KP_IF_OP(name, RANK_##name,)
#include "bytecode/opcodes.def"
#undef OP
};
#define KP_OP(name) uint8_t(kLocalOpcodeScale * RANK_##name)
constexpr unsigned kOpScale = kLocalOpcodeScale;
#else
#define KP_OP(name) OP_##name
constexpr unsigned kOpScale = 1;
#endif
#define KP_IS(name, byte) KP_CAT(KP_IS_, KP_HAS_OP(name))(name, byte)
#define KP_IS_1(name, byte) ((byte) == KP_OP(name))
#define KP_IS_0(name, byte) false

// Shared handlers (opcodes.def's group column). KP_SAME_GROUP(g, h) is 1 when the group tokens
// g and h are equal, else 0 (a probe: only KP_SAME_<g>_<g> expands to two arguments), so that
// vm/group_cases.h can pick a group's rows. A shared handler steps over its group's format,
// which every row of the group has (checked row by row below).
#define KP_SECOND(a, b, ...) b
#define KP_PROBE(...) KP_SECOND(__VA_ARGS__, 0, )
#define KP_SAME_GROUP(g, h) KP_PROBE(KP_CAT(KP_CAT(KP_SAME_, g), KP_CAT(_, h)))
#define KP_SAME_ALU_ALU ~, 1
#define KP_SAME_CMPJ_CMPJ ~, 1
#define KP_SAME_TESTJ_TESTJ ~, 1
#define KP_SAME_SEQ_SEQ ~, 1
constexpr uint8_t kGroupFormat__ = FMT_COUNT, kGroupFormat_SEQ = FMT_COUNT;  // no shared format
constexpr uint8_t kGroupFormat_ALU = FMT_RXX, kGroupFormat_CMPJ = FMT_XXJ, kGroupFormat_TESTJ = FMT_RJ;
#define OP(name, fmt, py, result, group, mode, doc)                                          \
  static_assert(KP_CAT(kGroupFormat_, group) == FMT_COUNT || KP_CAT(kGroupFormat_, group) == FMT_##fmt, \
                #name ": a row of group " #group " must have its group's format");
#include "bytecode/opcodes.def"
#undef OP

// Small helpers used by many handlers stay out of line: the AVR build is size-bound.
// KP_SHARED_HELPER: a helper compiled with others under one opcode guard that some builds'
// opcodes do not call (an image's specialised VM): no warning there, and the linker drops it.
#if defined(__GNUC__)
#define KP_NOINLINE __attribute__((noinline))
#define KP_ALWAYS_INLINE inline __attribute__((always_inline))
#define KP_SHARED_HELPER __attribute__((unused))
#else
#define KP_NOINLINE
#define KP_ALWAYS_INLINE inline
#define KP_SHARED_HELPER
#endif
// Out of line on the AVR (size-bound), inline on the host (speed-bound).
#if defined(__AVR__)
#define KP_AVR_NOINLINE KP_NOINLINE
#else
#define KP_AVR_NOINLINE inline
#endif
// Out of line in the AVR firmware with every handler (`--full-vm`: the ATmega328P's 32 KB bound
// it), always inline in a firmware's own handlers (as the macros they replace) and on the host.
#if defined(__AVR__) && !KP_LOCAL_OPCODES
#define KP_FULL_NOINLINE KP_NOINLINE
#else
#define KP_FULL_NOINLINE KP_ALWAYS_INLINE
#endif
// Out of line on the host and in the full AVR VM; a firmware's own VM leaves it to the compiler.
// print_int: inlined into PUTI, its one caller in most programs, the port's Sink folds away
// (out of line, the call's Sink in run()'s frame cost samples/perceptron.py's 32-bit step
// 168 cycles, its core 194 B and its SRAM 23 B: docs/targets.md).
#if defined(__AVR__) && KP_LOCAL_OPCODES
#define KP_OWN_MAY_INLINE
#else
#define KP_OWN_MAY_INLINE KP_NOINLINE
#endif

namespace {

inline uint8_t img8(const uint8_t* p) { return KP_IMAGE_BYTE(p); }
#ifdef KP_IMAGE_WORD
KP_ALWAYS_INLINE uint16_t img16(const uint8_t* p) { return KP_IMAGE_WORD(p); }
#else
inline uint16_t img16(const uint8_t* p) { return uint16_t(img8(p) | (img8(p + 1) << 8)); }
#endif

// The next byte or little-endian u16 of the code, moving p past it (on the AVR: lpm Z+).
#ifdef KP_IMAGE_NEXT8
KP_ALWAYS_INLINE uint8_t next8(const uint8_t*& p) { return KP_IMAGE_NEXT8(p); }
KP_ALWAYS_INLINE uint16_t next16(const uint8_t*& p) { return KP_IMAGE_NEXT16(p); }
#else
KP_ALWAYS_INLINE uint8_t next8(const uint8_t*& p) { return img8(p++); }
KP_ALWAYS_INLINE uint16_t next16(const uint8_t*& p) { uint16_t v = img16(p); p += 2; return v; }
#endif

// A constant from the image (little-endian; it may be in flash), read as u16s: on the AVR a
// byte loop with variable shifts cost 500 cycles per 32-bit LOADK (bench/avr/loadk.py).
inline Int image_int(const uint8_t* p) {
#if KP_INT_BITS == 16
  return Int(img16(p));
#else
  return Int(uint32_t(img16(p)) | uint32_t(img16(p + 2)) << 16);
#endif
}

inline Int get(const uint8_t* p) { Int v; __builtin_memcpy(&v, p, W); return v; }
// A value operand (kind 'x'): register x of the frame, or the small int the byte encodes.
KP_ALWAYS_INLINE Int value(const uint8_t* frame, uint8_t x) {
  return is_immediate(x) ? Int(immediate_value(x)) : get(frame + unsigned(x) * W);
}
// The same for the handlers where the AVR's size matters more than a call (V(x)).
KP_AVR_NOINLINE Int value_call(const uint8_t* frame, uint8_t x) { return value(frame, x); }
inline void put(uint8_t* p, Int v) { __builtin_memcpy(p, &v, W); }
inline uint16_t get16(const uint8_t* p) { uint16_t v; __builtin_memcpy(&v, p, 2); return v; }
inline void put16(uint8_t* p, uint16_t v) { __builtin_memcpy(p, &v, 2); }

#if KP_STEP_BUDGET
constexpr uint32_t kNoBudget = 0xFFFFFFFF;  // run()'s count without a budget (refilled)
#endif

// Offsets of the image's sections, computed once per run() from the header.
struct Sections {
  const uint8_t* funcs;
  const uint8_t* consts;
  const uint8_t* strings;
  const uint8_t* code;
#if KP_HEAP
  const uint8_t* tables;  // the table section's u16 size, then its data; null without one
#endif
};

Sections find_sections(const uint8_t* image) {
  Sections s;
  s.funcs = image + kHeaderSize;
  s.consts = s.funcs + kFuncEntrySize * img8(image + HDR_NFUNCS);
  s.strings = s.consts + W * img8(image + HDR_NCONSTS);
  s.code = s.strings + img16(image + HDR_STRINGS_SIZE);
#if KP_HEAP
  s.tables = img8(image + HDR_FLAGS) & kFlagTables ? s.code + img16(image + HDR_CODE_SIZE) : nullptr;
#endif
  return s;
}

// Where text goes: a port stream (the output or the trace), the bytes at `to`, or nowhere (both
// null: measuring). n counts the bytes.
struct Sink {
  void (*port)(uint8_t);
  uint8_t* to;
  uint32_t n;
  void put(uint8_t c) {
    if (port) port(c);
    else if (to) to[n] = c;
    ++n;
  }
  void repeat(uint8_t c, uint8_t k) {
    while (k--) put(c);
  }
  void text(const char* s) {
    while (*s) put(uint8_t(*s++));
  }
};

// Writes v in decimal to out.
KP_OWN_MAY_INLINE void print_int(Sink& out, Int v) {
  typedef IntLimits<Int>::Unsigned U;
  U u = v < 0 ? U(U(0) - U(v)) : U(v);
  char digits[11];  // the sign last: written first
  uint8_t n = 0;
  do { digits[n++] = char('0' + u % 10); u = U(u / 10); } while (u != 0);
  if (v < 0) digits[n++] = '-';
  while (n != 0) out.put(uint8_t(digits[--n]));
}

inline uint16_t block_size(uint16_t h) { return uint16_t((h >> 3) << 1); }
inline uint8_t block_tag(uint16_t h) { return uint8_t(h & 3); }
inline uint16_t block_header(uint16_t size, uint8_t tag) { return uint16_t(((size >> 1) << 3) | tag); }

#if KP_HAS_OP(PUTSTR) || KP_HAS_OP(PUTREPR) || KP_HAS_OP(STRLEN) || KP_HAS_OP(PUTSFMT) || KP_HEAP  // print_seq prints strs too
// The UTF-8 text of a str value: n bytes at p, in the image (flash on the AVR) or in the arena.
struct Text {
  const uint8_t* p;
  uint16_t n;
  bool ram;
  uint8_t at(uint16_t i) const { return ram ? p[i] : img8(p + i); }
};

// The text of str value v (bytecode/runtime.h str_literal): 0 is "", an odd v the image's
// S[(v-1)/2], an even v the str block at that arena offset. False if v names no str.
bool str_text(const Sections& sec, const uint8_t* arena, const VmState& st, Int v, Text& t) {
  t.p = sec.strings;
  t.n = 0;
  t.ram = false;
  if (v == 0) return true;
  uint16_t ref = uint16_t(v);
  if (Int(ref) != v) return false;
  if (!(ref & 1)) {  // a str built at run time
    if (ref < st.heap || uint32_t(ref) + kStrHeader > st.arena_size) return false;
    uint16_t h = get16(arena + ref);
    t.p = arena + ref + kStrHeader;
    t.n = get16(arena + ref + 2);
    t.ram = true;
    return is_str_header(h) && uint32_t(ref) + block_size(h) <= st.arena_size && kStrHeader + t.n <= block_size(h);
  }
  if (ref > 511) return false;
  const uint8_t* s = sec.strings;
  for (uint16_t i = ref >> 1; i != 0; --i) {
    if (s >= sec.code) return false;
    s += 1 + img8(s);
  }
  if (s >= sec.code) return false;
  t.n = img8(s++);
  t.p = s;
  return s + t.n <= sec.code;
}

#if KP_HAS_OP(STRLEN) || KP_HAS_OP(PUTSFMT) || KP_HAS_OP(STROP) || KP_HAS_OP(STRSLICE) || KP_HAS_OP(FMTSTR)
// The characters of a UTF-8 text: the bytes that continue no sequence.
uint16_t str_chars(const Text& t) {
  uint16_t chars = 0;
  for (uint16_t i = 0; i < t.n; ++i) chars = uint16_t(chars + ((t.at(i) & 0xC0) != 0x80));
  return chars;
}
#endif

// Python's order of two texts: -1, 0 or 1 (UTF-8 bytes compare in code point order).
inline int8_t text_compare(const Text& x, const Text& y) {
  uint16_t i = 0;
  while (i < x.n && i < y.n && x.at(i) == y.at(i)) ++i;
  if (i < x.n && i < y.n) return int8_t(x.at(i) < y.at(i) ? -1 : 1);
  return int8_t(x.n < y.n ? -1 : x.n > y.n ? 1 : 0);
}

// Writes repr() of a text as CPython quotes and escapes it (opcodes.def PUTREPR) to out.
KP_SHARED_HELPER KP_NOINLINE void write_repr(Sink& out, const Text& t) {
  auto put = [&](uint8_t c) { out.put(c); };
  bool single = false, twice = false;
  for (uint16_t i = 0; i < t.n; ++i) {
    single = single || t.at(i) == '\'';
    twice = twice || t.at(i) == '"';
  }
  uint8_t quote = single && !twice ? '"' : '\'';
  put(quote);
  for (uint16_t i = 0; i < t.n; ++i) {
    uint8_t c = t.at(i);
    if (c == quote || c == '\\' || c < 0x20 || c == 0x7F) put('\\');
    if (c == quote || c == '\\') put(c);
    else if (c == '\n') put('n');
    else if (c == '\r') put('r');
    else if (c == '\t') put('t');
    else if (c < 0x20 || c == 0x7F) {
      put('x');
      put(uint8_t("0123456789abcdef"[c >> 4]));
      put(uint8_t("0123456789abcdef"[c & 15]));
    } else {
      put(c);
    }
  }
  put(quote);
}

#endif

// EXCSTR writes str(e) of a run-time error (a new str: it needs the heap). A handler entry
// keeps an IndexError's IndexKind for it and for the traceback of a re-raise (RERAISE).
#define KP_EXC_TEXT (KP_HEAP && KP_HAS_OP(EXCSTR))
#define KP_INDEX_KEPT (KP_HEAP && (KP_HAS_OP(EXCSTR) || KP_HAS_OP(RERAISE)))

#if KP_HAS_OP(PUTSFMT) || KP_HAS_OP(FMTSTR)
// Writes format(s, spec) of a str's text t: padded with fill to width characters.
void format_str(Sink& out, const Text& t, uint8_t fill, uint8_t align, uint8_t width) {
  uint16_t chars = str_chars(t);
  uint8_t pad = width > chars ? uint8_t(width - chars) : 0;
  uint8_t before = align == FMT_ALIGN_RIGHT ? pad : align == FMT_ALIGN_CENTER ? uint8_t(pad / 2) : 0;
  out.repeat(fill, before);
  for (uint16_t i = 0; i < t.n; ++i) out.put(t.at(i));
  out.repeat(fill, uint8_t(pad - before));
}
#endif

#if KP_HAS_OP(PUTFMT) || KP_HAS_OP(FMTSTR)
// Writes format(v, spec) for the spec PUTFMT's operands give (bytecode/runtime.h FmtFlags).
KP_NOINLINE void format_int(Sink& out, Int v, uint8_t fill, uint8_t flags, uint8_t width, uint8_t type) {
  typedef IntLimits<Int>::Unsigned U;
  U u = v < 0 ? U(U(0) - U(v)) : U(v);
  uint8_t base = type == 'x' || type == 'X' ? 16 : type == 'o' ? 8 : type == 'b' ? 2 : 10;
  uint8_t group = flags & FMT_GROUP_COMMA ? 3 : !(flags & FMT_GROUP_UNDERSCORE) ? 0 : base == 10 ? 3 : 4;
  char sep = flags & FMT_GROUP_COMMA ? ',' : '_';
  char sign = v < 0 ? '-' : flags & FMT_SIGN_PLUS ? '+' : flags & FMT_SIGN_SPACE ? ' ' : 0;
  char prefix = flags & FMT_PREFIX && base != 10 ? (base == 2 ? 'b' : base == 8 ? 'o' : char(type)) : 0;
  uint8_t align = flags & FMT_ALIGN_MASK;
  uint8_t lead = uint8_t((sign ? 1 : 0) + (prefix ? 2 : 0));
  // The digits and separators, lowest first. With fill '0' after the sign, the padding is
  // digits too: zeros, separated like the others (at most kMaxZeroGroupedWidth of them).
  char body[kMaxZeroGroupedWidth + 2];
  uint8_t min_body = align == FMT_ALIGN_AFTER_SIGN && fill == '0' && group && width > lead ? uint8_t(width - lead) : 1;
  if (min_body > kMaxZeroGroupedWidth) min_body = kMaxZeroGroupedWidth;  // the compiler refuses wider: a made-up image

  uint8_t n = 0;
  for (uint8_t digits = 1;; ++digits) {
    uint8_t d = uint8_t(u % base);
    u = U(u / base);
    body[n++] = char(d < 10 ? '0' + d : d - 10 + (type == 'X' ? 'A' : 'a'));
    if (u == 0 && n >= min_body) break;
    if (group && digits % group == 0) {
      body[n++] = sep;
      if (u == 0 && n >= min_body) {  // a separator never leads
        body[n++] = '0';
        break;
      }
    }
  }
  uint8_t len = uint8_t(lead + n), pad = width > len ? uint8_t(width - len) : 0;
  uint8_t before = align == FMT_ALIGN_RIGHT ? pad : align == FMT_ALIGN_CENTER ? uint8_t(pad / 2) : 0;
  out.repeat(fill, before);
  if (sign) out.put(uint8_t(sign));
  if (prefix) {
    out.put('0');
    out.put(uint8_t(prefix));
  }
  if (align == FMT_ALIGN_AFTER_SIGN) {
    out.repeat(fill, pad);
    pad = 0;
  }
  while (n != 0) out.put(uint8_t(body[--n]));
  out.repeat(fill, uint8_t(pad - before));
}
#endif

// The binary int operators (the rows of group ALU): they share their operand decoding and
// result store (run(): per row with computed goto, where op is a constant and this folds to
// its one case), and each costs only its own operation here. Inlined into run(): smaller and
// faster on the AVR than a call (measured, docs/targets.md).
KP_ALWAYS_INLINE uint8_t alu(uint8_t op, Int b, Int c, Int& r) {
  switch (op) {
    KP_IF_OP(ADD, case KP_OP(ADD): return py_add<Int>(b, c, r);)
    KP_IF_OP(SUB, case KP_OP(SUB): return py_sub<Int>(b, c, r);)
    KP_IF_OP(MUL, case KP_OP(MUL): return py_mul<Int>(b, c, r);)
    KP_IF_OP(FLOORDIV, case KP_OP(FLOORDIV): return py_floordiv<Int>(b, c, r);)
    KP_IF_OP(MOD, case KP_OP(MOD): return py_mod<Int>(b, c, r);)
    KP_IF_OP(POW, case KP_OP(POW): return py_pow<Int>(b, c, r);)
    KP_IF_OP(SHL, case KP_OP(SHL): return py_shl<Int>(b, c, r);)
    KP_IF_OP(SHR, case KP_OP(SHR): return py_shr<Int>(b, c, r);)
    KP_IF_OP(BAND, case KP_OP(BAND): r = Int(b & c); break;)
    KP_IF_OP(BOR, case KP_OP(BOR): r = Int(b | c); break;)
    KP_IF_OP(BXOR, case KP_OP(BXOR): r = Int(b ^ c); break;)
    KP_IF_OP(EQ, case KP_OP(EQ): r = b == c; break;)
    KP_IF_OP(NE, case KP_OP(NE): r = b != c; break;)
    KP_IF_OP(LT, case KP_OP(LT): r = b < c; break;)
    KP_IF_OP(LE, case KP_OP(LE): r = b <= c; break;)
    KP_IF_OP(MIN, case KP_OP(MIN): r = c < b ? c : b; break;)
    default: r = c > b ? c : b; break;  // MAX
  }
  return KP_OK;
}

// The compare-and-branch rows (group CMPJ): whether R[A] op R[B] holds. op is one of the rows
// the build has (only they reach the handler), so the last test is never missed: it folds away
// (a switch's default would test for a row the build may lack).
KP_ALWAYS_INLINE bool branch_taken(uint8_t op, Int a, Int b) {
  (void)op, (void)a, (void)b;  // a build without these rows
  KP_IF_OP(JEQ, if (op == KP_OP(JEQ)) return a == b;)
  KP_IF_OP(JNE, if (op == KP_OP(JNE)) return a != b;)
  KP_IF_OP(JLT, if (op == KP_OP(JLT)) return a < b;)
  KP_IF_OP(JLE, if (op == KP_OP(JLE)) return a <= b;)
  __builtin_unreachable();
}

#if KP_HEAP
// ---- the heap (docs/memory.md) -----------------------------------------------------------


inline uint8_t elem_size(uint8_t kind) { return kilopy::elem_size(kind, W); }

// Everything the allocator and the collector need: the arena, the bookkeeping, and the end of
// the frames in use (the collector's roots are every register below it).
struct Heap {
  uint8_t* arena;
  VmState& st;
  uint16_t top;
  const uint8_t* tables;  // the image's table section (Sections::tables)

  uint16_t hdr(uint32_t at) const { return get16(arena + at); }
  // Calls visit(at, header) for each block, lowest first; stops at a malformed block.
  template <typename F> void walk(F visit) {
    for (uint32_t at = st.heap; at + 2 <= st.arena_size;) {
      uint16_t size = block_size(hdr(at));
      if (size < 2 || at + size > st.arena_size) return;
      if (!visit(uint16_t(at), hdr(at))) return;
      at += block_size(hdr(at));  // visit may have grown the block (coalescing)
    }
  }
  // Whether ref is the start of an object, a str or a record block (odd tags).
  bool is_object_start(uint16_t ref) {
    bool found = false;
    walk([&](uint16_t at, uint16_t h) {
      if (at == ref) found = h & 1;
      return at < ref;
    });
    return found;
  }
  bool mark(uint16_t at) {
    uint16_t h = hdr(at);
    if (h & kBlockMark) return false;
    put16(arena + at, uint16_t(h | kBlockMark));
    return true;
  }
  // Marks the block v names, if v is the offset of an object or a record; true if it was not marked.
  bool root(Int v) {
    uint16_t ref = uint16_t(v);
    return Int(ref) == v && ref >= st.heap && is_object_start(ref) && mark(ref);
  }
  // A ref to a data block held by an object, if it is one.
  bool data_block(uint16_t d) const {
    return d >= st.heap && uint32_t(d) + 2 <= st.arena_size && block_tag(hdr(d)) == BLOCK_DATA &&
           uint32_t(d) + block_size(hdr(d)) <= st.arena_size;
  }

  // Frees every block not reachable from a register of a live frame (conservatively: any
  // register word equal to an object's offset) or from st.pin, through objects (a record's
  // slots and a dict's entries conservatively too: they may hold an int or an offset).
  KP_NOINLINE void collect() {
    uint16_t end = top < st.heap ? top : st.heap;
    for (uint32_t at = kStateSize; at + W <= end; at += W) root(get(arena + at));
    if (st.pin) root(Int(st.pin));
    for (bool changed = true; changed;) {
      changed = false;
      walk([&](uint16_t at, uint16_t h) {
        if (!(h & kBlockMark)) return true;
        uint8_t* o = arena + at;
        uint8_t kind = SEQ_RECORD;
        uint16_t len, cap;
        const uint8_t* e = o + 2;
        if (block_tag(h) == BLOCK_RECORD) {
          len = cap = uint16_t((block_size(h) - 2) / W);
        } else {
          if (block_tag(h) != BLOCK_OBJECT || block_size(h) != kObjectSize) return true;  // a str: nothing to trace
          uint16_t d = get16(o + 6);
          if (!data_block(d)) return true;
          if (mark(d)) changed = true;
          kind = o[2];
          if (kind != SEQ_LIST_REF && kind != SEQ_RECORD && kind != SEQ_DICT && kind != SEQ_LIST_STR) return true;
          e = arena + d + 2;
          len = get16(o + 4);
          cap = uint16_t((block_size(hdr(d)) - 2) / elem_size(kind));
          if (kind == SEQ_DICT) len = cap;  // its live entries lie anywhere in the table
        }
        // As a root: only a block start is marked (an int equal to an offset inside a block
        // must not set a bit in someone's data). A walk of the heap per value: flash before speed.
        auto trace = [&](Int v) {
          if (root(v)) changed = true;
        };
        for (uint16_t i = 0; i < len && i < cap; ++i) {
          const uint8_t* p = e + elem_size(kind) * i;
          if (kind == SEQ_DICT) {  // a live entry's key and value, conservatively
            if (p[0] == DICT_LIVE) trace(get(p + 1)), trace(get(p + 1 + W));
          } else {
            trace(kind == SEQ_LIST_REF ? Int(get16(p)) : get(p));  // a record's slot may hold an int
          }
        }
        return true;
      });
    }
    uint16_t free_at = 0;  // the free block being grown by coalescing, 0: none
    walk([&](uint16_t at, uint16_t h) {
      if (h & kBlockMark) {
        put16(arena + at, uint16_t(h & ~kBlockMark));
        free_at = 0;
      } else if (free_at) {
        put16(arena + free_at, block_header(uint16_t(block_size(hdr(free_at)) + block_size(h)), BLOCK_FREE));
      } else {
        put16(arena + at, block_header(block_size(h), BLOCK_FREE));
        free_at = at;
      }
      return true;
    });
    absorb();
  }
  // Gives free blocks at the bottom of the heap back to the frames.
  void absorb() {
    while (st.heap + 2u <= st.arena_size && block_tag(hdr(st.heap)) == BLOCK_FREE) {
      uint16_t size = block_size(hdr(st.heap));
      if (size < 2 || uint32_t(st.heap) + size > st.arena_size) return;
      st.heap = uint16_t(st.heap + size);
    }
  }
  void release(uint16_t at) {
    put16(arena + at, block_header(block_size(hdr(at)), BLOCK_FREE));
    absorb();
  }
  // Moves the heap's lowest offset down to `at`, recording the peaks.
  void lower(uint16_t at) {
    st.heap = at;
    uint16_t footprint = uint16_t(st.arena_size - at);
    if (footprint > st.heap_peak) st.heap_peak = footprint;
    if (uint32_t(top) + footprint > st.total_peak) {
      st.total_peak = uint16_t(top + footprint);
      st.total_heap = footprint;
    }
  }
  // Grows the data block at d to `size` bytes (at most kMaxBlock) where it lies: over the free
  // blocks just above it, else also those just below it, else, if it is the heap's lowest
  // block, into the frames' free space; the block ends as high as it can. Moves its contents to
  // the new block's start (never above the old one) and returns that; 0 if there is no room.
  KP_NOINLINE uint16_t resize(uint16_t d, uint16_t size) {
    uint16_t run = 0, hi = 0;  // the first of the free blocks just below d; the end of d and those above
    walk([&](uint16_t at, uint16_t h) {
      if (hi) {
        if (block_tag(h) != BLOCK_FREE || uint16_t(hi - d) >= size) return false;
        hi = uint16_t(hi + block_size(h));
      } else if (at == d) {
        hi = uint16_t(at + block_size(h));
      } else {
        run = block_tag(h) != BLOCK_FREE ? 0 : run ? run : at;
      }
      return true;
    });
    if (!hi) return 0;  // d is no block of the heap
    uint16_t lo = d, to = d;
    if (uint16_t(hi - d) < size) {
      to = uint16_t(hi - size);
      if (run && hi - run >= size) {
        lo = run;
      } else {
        if (d != st.heap || hi < uint32_t(top) + size) return 0;
        lower(to);
        lo = to;
      }
      if (to - lo > kMaxBlock) return 0;  // the free rest below would not fit a header
    }
    for (uint16_t i = 2, n = block_size(hdr(d)); i < n; ++i) arena[to + i] = arena[d + i];  // to <= d: safe
    put16(arena + to, block_header(size, BLOCK_DATA));
    if (uint16_t(to + size) < hi) put16(arena + to + size, block_header(uint16_t(hi - to - size), BLOCK_FREE));
    if (lo < to) put16(arena + lo, block_header(uint16_t(to - lo), BLOCK_FREE));
    return to;
  }
  // First fit in the free blocks (coalescing neighbours on the way); 0 if none fits.
  uint16_t fit(uint16_t size, uint8_t tag) {
    uint16_t found = 0;
    walk([&](uint16_t at, uint16_t h) {
      if (block_tag(h) != BLOCK_FREE) return true;
      uint16_t have = block_size(h);
      for (uint32_t next = uint32_t(at) + have; next + 2 <= st.arena_size;) {
        uint16_t nh = hdr(next), ns = block_size(nh);
        if (block_tag(nh) != BLOCK_FREE || ns < 2 || next + ns > st.arena_size || have + ns > kMaxBlock) break;
        have = uint16_t(have + ns);
        next += ns;
      }
      put16(arena + at, block_header(have, BLOCK_FREE));
      if (have < size) return true;
      if (have > size) put16(arena + at + size, block_header(uint16_t(have - size), BLOCK_FREE));
      put16(arena + at, block_header(size, tag));
      found = at;
      return false;
    });
    return found;
  }
  // A new block of `bytes` (header included) with the given tag, its contents zero; 0 when
  // even a collection leaves no room (st.request then holds the size asked for).
  KP_NOINLINE uint16_t alloc(uint32_t bytes, uint8_t tag) {
    bytes = (bytes + 1) & ~1u;
    if (bytes <= kMaxBlock) {
      uint16_t size = uint16_t(bytes);
      uint16_t at = fit(size, tag);
      if (!at) {
        collect();  // only when the heap would have to grow: its footprint stays the live set
        at = fit(size, tag);
      }
      if (!at && uint32_t(top) + size <= st.heap) {
        at = uint16_t(st.heap - size);
        lower(at);
        put16(arena + at, block_header(size, tag));
      }
      if (at) {
        for (uint16_t i = 2; i < size; ++i) arena[at + i] = 0;
        return at;
      }
    }
    return fail(bytes);
  }
  // A failed request of `bytes`: collects, so that the host's MemoryError counts only what is
  // reachable, and records the size (saturated) in st.request. Returns 0.
  KP_NOINLINE uint16_t fail(uint32_t bytes) {
    collect();
    st.request = uint16_t(bytes > 65535 ? 65535 : bytes);
    return 0;
  }
};

// A sequence object, checked: its kind, length, capacity and elements lie inside the heap.
struct Seq {
  uint8_t* obj;
  uint8_t kind;
  uint16_t len, cap;
  uint8_t* elems;

  uint8_t es() const { return elem_size(KP_TABLES ? uint8_t(kind & ~SEQ_IN_IMAGE) : kind); }
  KP_NOINLINE Int at(uint16_t i) const {
    const uint8_t* p = elems + unsigned(i) * es();
    switch (kind) {
      case SEQ_LIST: case SEQ_RECORD: case SEQ_LIST_STR: return get(p);
      case SEQ_LIST_REF: return Int(get16(p));
      case SEQ_ARRAY_b: return Int(int8_t(p[0]));
      case SEQ_ARRAY_B: return Int(p[0]);
#if KP_TABLES
      case SEQ_ARRAY_h: return Int(int16_t(get16(p)));
      case SEQ_RECORD | SEQ_IN_IMAGE: return image_int(p);  // a constant table (may be in flash)
      case SEQ_ARRAY_b | SEQ_IN_IMAGE: return Int(int8_t(img8(p)));
      case SEQ_ARRAY_B | SEQ_IN_IMAGE: return Int(img8(p));
      default: return Int(int16_t(img16(p)));  // SEQ_ARRAY_h | SEQ_IN_IMAGE
#else
      default: return Int(int16_t(get16(p)));  // SEQ_ARRAY_h
#endif
    }
  }
  KP_NOINLINE void set(uint16_t i, Int v) {
    uint8_t* p = elems + unsigned(i) * es();
    switch (kind) {
      case SEQ_LIST: case SEQ_RECORD: case SEQ_LIST_STR: put(p, v); break;
      case SEQ_LIST_REF: put16(p, uint16_t(v)); break;
      case SEQ_ARRAY_b: case SEQ_ARRAY_B: p[0] = uint8_t(v); break;
      default: put16(p, uint16_t(v)); break;
    }
  }
  void set_len(uint16_t n) {  // a record's is its size: only an image's misuse changes it, here
    len = n;
    if (kind != SEQ_RECORD) put16(obj + 4, n);
  }
};

// acc + the elements of s, exact: the additions in a wider int, so that only a sum that does not
// fit an Int is an OverflowError, in whatever order the elements come (a set's is not CPython's).
KP_NOINLINE uint8_t sum_into(const Seq& s, Int& acc) {
  WideInt sum = acc;
  for (uint16_t i = 0; i < s.len; ++i) sum += s.at(i);
  const WideInt limit = WideInt(1) << (KP_INT_BITS - 1);  // an Int is -limit .. limit - 1
  if (sum < -limit || sum >= limit) return KP_ERR_OVERFLOW;
  acc = Int(sum);
  return KP_OK;
}

// KP_OK if v fits an element of this kind, else CPython's OverflowError (arrays only), whose
// text the status names (bytecode/errors.def: a 'b' element outside the short range is a short's).
KP_NOINLINE uint8_t fits(uint8_t kind, Int v) {
  Int low = -128, high = 127;
  uint8_t above = KP_ERR_CHAR_HIGH;  // below: the next row
  if (kind == SEQ_ARRAY_B) low = 0, high = 255, above = KP_ERR_BYTE_HIGH;
  else if (kind != SEQ_ARRAY_b && kind != SEQ_ARRAY_h) return KP_OK;
#if KP_INT_BITS == 32
  else if (kind == SEQ_ARRAY_h || v > 32767 || v < -32768) low = -32768, high = 32767, above = KP_ERR_SHORT_HIGH;
#else
  else if (kind == SEQ_ARRAY_h) return KP_OK;
#endif
  return v > high ? above : v < low ? uint8_t(above + 1) : uint8_t(KP_OK);
}

// s := the sequence whose offset v holds: a checked heap object or, with the image's `tables`
// (only the handlers that do not write pass them), a constant table (bytecode/runtime.h).
KP_NOINLINE bool load_seq(const uint8_t* arena, const VmState& st, const uint8_t* tables, Int v, Seq& s) {
  uint16_t ref = uint16_t(v);
  if (KP_TABLES && tables && Int(ref) == v && (ref & 1)) {
    uint16_t off = uint16_t(ref >> 1), size = img16(tables);
    if (uint32_t(off) + kTableHeaderSize > size) return false;
    const uint8_t* t = tables + 2 + off;
    uint8_t kind = img8(t + 2);
    if (kind != SEQ_RECORD && !is_array_kind(kind)) return false;
    s.obj = const_cast<uint8_t*>(t);  // never written: no writing handler loads a table
    s.kind = uint8_t(kind | SEQ_IN_IMAGE);
    s.len = s.cap = img16(t);
    s.elems = s.obj + kTableHeaderSize;
    return uint32_t(off) + kTableHeaderSize + uint32_t(s.len) * s.es() <= size;
  }
  if (Int(ref) != v || ref < st.heap || uint32_t(ref) + 2 > st.arena_size) return false;
  uint8_t* o = const_cast<uint8_t*>(arena) + ref;
  uint16_t head = get16(o);
  s.obj = o;
  if (block_tag(head) == BLOCK_RECORD) {  // its slots follow the header
    s.kind = SEQ_RECORD;
    s.len = s.cap = uint16_t((block_size(head) - 2) / W);
    s.elems = o + 2;
    return block_size(head) >= 2 && uint32_t(ref) + block_size(head) <= st.arena_size;
  }
  if (uint32_t(ref) + kObjectSize > st.arena_size || head != block_header(kObjectSize, BLOCK_OBJECT) || o[2] >= SEQ_KIND_COUNT)
    return false;
  s.kind = o[2];
  s.len = get16(o + 4);
  uint16_t d = get16(o + 6);
  s.cap = 0;
  s.elems = o;
  if (d != 0) {
    if (d < st.heap || uint32_t(d) + 2 > st.arena_size) return false;
    uint16_t h = get16(arena + d);
    if (block_tag(h) != BLOCK_DATA || uint32_t(d) + block_size(h) > st.arena_size || block_size(h) < 2) return false;
    s.cap = uint16_t((block_size(h) - 2) / s.es());
    s.elems = const_cast<uint8_t*>(arena) + d + 2;
  }
  return s.len <= s.cap;
}

#if KP_ITEM_FAST_PATH
// The inline paths of GETITEM, SETITEM, APPEND and POP: the list of ints or record at v, with
// room for `room` more elements, checked as load_seq() checks it but without its division and
// calls; false for anything else (another kind, a malformed object: the handler then takes the
// general path, which decides the error).
struct IntSeq {
  uint8_t* obj;
  uint8_t* elems;
  uint16_t len;
};
KP_ALWAYS_INLINE bool int_seq(uint8_t* arena, const VmState& st, Int v, uint8_t room, IntSeq& s) {
  uint16_t ref = uint16_t(v);
  if (Int(ref) != v || (ref & 1) || ref < st.heap || uint32_t(ref) + kObjectSize > st.arena_size) return false;  // odd: a constant table
  s.obj = arena + ref;
  if (get16(s.obj) != block_header(kObjectSize, BLOCK_OBJECT) || (s.obj[2] != SEQ_LIST && s.obj[2] != SEQ_RECORD))
    return false;
  s.len = get16(s.obj + 4);
  uint16_t d = get16(s.obj + 6);
  if (d < st.heap || uint32_t(d) + 2 > st.arena_size) return false;
  uint16_t h = get16(arena + d);
  s.elems = arena + d + 2;
  return block_tag(h) == BLOCK_DATA && uint32_t(d) + block_size(h) <= st.arena_size &&
         block_size(h) >= 2 + (uint32_t(s.len) + room) * W;
}
// Element i of s (Python's index rule), or null when out of range.
KP_ALWAYS_INLINE uint8_t* int_slot(const IntSeq& s, Int i) {
  if (i < 0) i = Int(i + Int(s.len));
  return i < 0 || i >= Int(s.len) ? nullptr : s.elems + unsigned(i) * W;
}
#endif

// Python's index rule: negative counts from the end; false if out of range.
KP_NOINLINE bool index(const Seq& s, Int i, uint16_t& out) {
  if (i < 0) i = Int(i + Int(s.len));
  if (i < 0 || i >= Int(s.len)) return false;
  out = uint16_t(i);
  return true;
}

// A new sequence of `kind` with room for `cap` elements and length `len` (elements zero; a
// record's length is cap); its offset is in st.pin until the caller unpins it. KP_OK or
// KP_ERR_MEMORY.
KP_NOINLINE uint8_t new_seq(Heap& h, uint8_t kind, uint32_t len, uint32_t cap, Seq& s) {
  if (kind & SEQ_IN_IMAGE) kind = SEQ_RECORD;  // a copy of a constant table is a tuple
  if (cap > kMaxBlock) {
    h.fail(65535);
    return KP_ERR_MEMORY;
  }
  bool record = kind == SEQ_RECORD;
  uint16_t obj = record ? h.alloc(2 + cap * W, BLOCK_RECORD) : h.alloc(kObjectSize, BLOCK_OBJECT);
  if (!obj) return KP_ERR_MEMORY;
  h.st.pin = obj;
  if (record) return load_seq(h.arena, h.st, nullptr, Int(obj), s) ? KP_OK : KP_ERR_BAD_REF;
  h.arena[obj + 2] = kind;
  if (cap != 0) {
    uint16_t d = h.alloc(2 + cap * elem_size(kind), BLOCK_DATA);
    if (!d) {  // the MemoryError's report counts no half-built object as live
      h.st.pin = 0;
      h.release(obj);
      return KP_ERR_MEMORY;
    }
    put16(h.arena + obj + 6, d);
  }
  put16(h.arena + obj + 4, uint16_t(len));
  return load_seq(h.arena, h.st, nullptr, Int(obj), s) ? KP_OK : KP_ERR_BAD_REF;
}

// Removes element i, moving the later ones down.
KP_NOINLINE void remove_at(Seq& s, uint16_t i) {
  for (; i + 1 < s.len; ++i) s.set(i, s.at(uint16_t(i + 1)));
  s.set_len(uint16_t(s.len - 1));
}

// Gives s room for at least `need` elements (docs/memory.md, "Growth"): capacity c + c/2 + 2,
// or just `need` if that does not fit. If `move`, its element block first grows where it lies
// (Heap::resize), before and after a collection; otherwise, or if that finds no room, a new
// block gets a copy of the elements and the old one is returned in `old` for the caller to
// release once it has read it (a slice assignment from the list itself reads its elements there).
KP_NOINLINE uint8_t reblock(Heap& h, Seq& s, uint32_t need, uint16_t& old, bool move) {
  if (s.kind == SEQ_RECORD) return KP_ERR_BAD_REF;  // a record never grows
  if (need > kMaxBlock) {
    h.fail(65535);
    return KP_ERR_MEMORY;
  }
  uint32_t cap = s.cap + s.cap / 2 + 2;
  if (cap < need) cap = need;
  uint16_t obj = uint16_t(s.obj - h.arena), d = 0, n = uint16_t(s.len * s.es());
  old = get16(s.obj + 6);
  h.st.pin = obj;
  for (;;) {
    uint32_t bytes = (2 + cap * s.es() + 1) & ~1u;  // sizes are even
    if (move && old && bytes <= kMaxBlock) {
      d = h.resize(old, uint16_t(bytes));
      if (!d) {
        h.collect();
        d = h.resize(old, uint16_t(bytes));
      }
      if (d) {
        old = 0;
        break;
      }
    }
    if ((d = h.alloc(bytes, BLOCK_DATA))) {
      for (uint16_t i = 0; i < n; ++i) h.arena[d + 2 + i] = s.elems[i];
      break;
    }
    if (cap == need) break;
    cap = need;
  }
  h.st.pin = 0;
  if (!d) return KP_ERR_MEMORY;
  put16(s.obj + 6, d);
  return load_seq(h.arena, h.st, nullptr, Int(obj), s) ? KP_OK : KP_ERR_BAD_REF;
}

// Makes room for one more element (a new, larger element block; aliases see it, since they
// share the object).
KP_NOINLINE uint8_t grow(Heap& h, Seq& s) {
  if (s.len < s.cap) return KP_OK;
  uint16_t old;
  uint8_t r = reblock(h, s, uint32_t(s.len) + 1, old, true);
  if (r == KP_OK && old) h.release(old);
  return r;
}

// Replaces dst[lo:lo + removed] with count elements of src, the i-th at src_at + i * step
// (positions modulo 2^16: each one read is the true index, below len, whatever the step).
// A new element block when dst must grow, or when src is dst: src then reads the old one.
KP_NOINLINE uint8_t replace(Heap& h, Seq& dst, uint16_t lo, uint16_t removed, const Seq& src, uint16_t src_at, int16_t step,
                            uint16_t count) {
  uint16_t len = uint16_t(dst.len - removed + count), old = 0, hi = uint16_t(lo + removed);
  if ((count != 0 && src.obj == dst.obj) || len > dst.cap) {
    uint8_t r = reblock(h, dst, len, old, src.obj != dst.obj);
    if (r != KP_OK) return r;
  }
  if (count > removed)
    for (uint16_t i = dst.len; i-- > hi;) dst.set(uint16_t(i + count - removed), dst.at(i));
  else
    for (uint16_t i = hi; i < dst.len; ++i) dst.set(uint16_t(i - (removed - count)), dst.at(i));
  for (uint16_t i = 0; i < count; ++i, src_at = uint16_t(src_at + step)) dst.set(uint16_t(lo + i), src.at(src_at));
  dst.set_len(uint16_t(len));
  if (old) h.release(old);
  return KP_OK;
}

// ---- dicts: CPython's entry table (bytecode/runtime.h DictEntry), searched linearly --------

inline uint8_t* dict_entry(const Seq& s, uint16_t i) { return s.elems + unsigned(i) * s.es(); }
inline Int dict_value(const Seq& s, uint16_t i) { return get(dict_entry(s, i) + 1 + W); }

uint8_t seq_equal(const uint8_t* arena, const VmState& st, const uint8_t* tables, Int a, Int b, uint8_t depth, bool& eq, bool words = false);

// The entry holding key k, or s.cap when k is not in the dict (tuple keys: an equal tuple).
KP_NOINLINE uint16_t dict_find(const uint8_t* arena, const VmState& st, const uint8_t* tables, const Seq& s, Int k) {
  for (uint16_t i = 0; i < s.cap; ++i) {
    const uint8_t* e = dict_entry(s, i);
    if (e[0] == DICT_UNUSED) break;
    if (e[0] != DICT_LIVE) continue;
    bool eq = get(e + 1) == k;
    if (!eq && (s.obj[3] & kDictTupleKeys) && seq_equal(arena, st, tables, get(e + 1), k, 1, eq) != KP_OK) eq = false;
    if (eq) return i;
  }
  return s.cap;
}

// s[k] = v. A new key takes the first unused entry; when none is left the live entries move, in
// order, to a new table of CPython's size for 3 * len(s) (docs/memory.md).
KP_NOINLINE uint8_t dict_set(Heap& h, Seq& s, Int k, Int v) {
  uint16_t i = dict_find(h.arena, h.st, h.tables, s, k);
  if (i == s.cap) {
    for (i = 0; i < s.cap && dict_entry(s, i)[0] != DICT_UNUSED;) ++i;
    if (i == s.cap) {
      uint16_t obj = uint16_t(s.obj - h.arena), old = get16(s.obj + 6);
      h.st.pin = obj;
      uint16_t d = h.alloc(2 + uint32_t(dict_capacity(uint32_t(s.len) * 3)) * s.es(), BLOCK_DATA);
      h.st.pin = 0;
      if (!d) return KP_ERR_MEMORY;
      uint8_t* to = h.arena + d + 2;
      i = 0;
      for (uint16_t j = 0; j < s.cap; ++j) {
        const uint8_t* e = dict_entry(s, j);
        if (e[0] != DICT_LIVE) continue;
        for (uint8_t b = 0; b < s.es(); ++b) to[unsigned(i) * s.es() + b] = e[b];
        ++i;
      }
      put16(s.obj + 6, d);
      if (old) h.release(old);
      if (!load_seq(h.arena, h.st, nullptr, Int(obj), s)) return KP_ERR_BAD_REF;
    }
    uint8_t* e = dict_entry(s, i);
    e[0] = DICT_LIVE;
    put(e + 1, k);
    s.set_len(uint16_t(s.len + 1));
  }
  put(dict_entry(s, i) + 1 + W, v);
  return KP_OK;
}

// DICTOP: the operation m (a DictOp) of the dict s with key k and default v; r := its result.
KP_NOINLINE uint8_t dict_method(Heap& h, Seq& s, Int k, Int v, uint8_t m, Int& r) {
  uint16_t i = dict_find(h.arena, h.st, h.tables, s, k);
  bool found = i != s.cap;
  r = found ? dict_value(s, i) : v;
  switch (m) {
    case DICT_IN: r = found; return KP_OK;
    case DICT_GET: return KP_OK;
    case DICT_SETDEFAULT: return found ? uint8_t(KP_OK) : dict_set(h, s, k, v);
    case DICT_CLEAR:  // the table goes to the collector, as CPython's goes back to empty
      put16(s.obj + 6, 0);
      s.set_len(0);
      return KP_OK;
    case DICT_POPDEFAULT: break;
    default: if (!found) return KP_ERR_KEY;  // GETITEM, DEL, POP
  }
  if (found && m != DICT_GETITEM) {  // a tombstone until the next resize
    dict_entry(s, i)[0] = DICT_DELETED;
    s.set_len(uint16_t(s.len - 1));
  }
  return KP_OK;
}

// Whether dicts a and b hold the same keys with equal values (ints; the compiler refuses others).
KP_NOINLINE bool dict_equal(const uint8_t* arena, const VmState& st, const uint8_t* tables, const Seq& x, const Seq& y) {
  if (x.len != y.len) return false;
  for (uint16_t i = 0; i < x.cap && dict_entry(x, i)[0] != DICT_UNUSED; ++i) {
    if (dict_entry(x, i)[0] != DICT_LIVE) continue;
    uint16_t j = dict_find(arena, st, tables, y, get(dict_entry(x, i) + 1));
    if (j == y.cap || dict_value(y, j) != dict_value(x, i)) return false;
  }
  return true;
}

// Deep equality of two sequences of the same static type (words: their elements compared as
// words, as a list of objects is by identity).
uint8_t seq_equal(const uint8_t* arena, const VmState& st, const uint8_t* tables, Int a, Int b, uint8_t depth, bool& eq, bool words) {
  Seq x, y;
  if (depth > kMaxNesting || !load_seq(arena, st, tables, a, x) || !load_seq(arena, st, tables, b, y)) return KP_ERR_BAD_REF;
  if (x.kind == SEQ_DICT || y.kind == SEQ_DICT) {
    eq = x.kind == y.kind && dict_equal(arena, st, tables, x, y);
    return KP_OK;
  }
  eq = x.len == y.len;
  for (uint16_t i = 0; eq && i < x.len; ++i) {
    if (x.kind == SEQ_LIST_REF && y.kind == SEQ_LIST_REF && !words) {
      uint8_t r = seq_equal(arena, st, tables, x.at(i), y.at(i), uint8_t(depth + 1), eq);
      if (r) return r;
    } else {
      eq = x.at(i) == y.at(i);
    }
  }
  return KP_OK;
}

uint8_t sort_list(const Sections& sec, const uint8_t* arena, const VmState& st, const uint8_t* tables, Seq& s, bool reverse,
                  uint8_t str_slots);

// LISTOP: the list method `method` (a ListOp) of the sequence ref with the value v; r := its result.
KP_NOINLINE uint8_t list_method(const Sections& sec, const uint8_t* arena, const VmState& st, const uint8_t* tables, Int ref, Int v,
                                uint8_t method, Int& r) {
  Seq s;
  const bool words = method & LIST_WORDS;
  method = uint8_t(method & ~LIST_WORDS);
  if (!load_seq(arena, st, method <= LIST_COUNT ? tables : nullptr, ref, s)) return KP_ERR_BAD_REF;
  r = 0;
  if (method <= LIST_REMOVE) {  // index, count, remove: the first equal element, or all
    uint16_t i = 0;
    for (bool eq = false; i < s.len; ++i) {
      if (s.kind != SEQ_LIST_REF || words) eq = s.at(i) == v;
      else if (uint8_t e = seq_equal(arena, st, tables, v, s.at(i), 1, eq)) return e;
      if (eq && method != LIST_COUNT) break;
      r = Int(r + eq);
    }
    if (method == LIST_COUNT) return KP_OK;
    if (i == s.len) return method == LIST_INDEX ? KP_ERR_NOT_FOUND : KP_ERR_NO_REMOVE;
    if (method == LIST_INDEX) r = Int(i);
    else remove_at(s, i);
  } else if (method == LIST_DEL) {
    uint16_t i;
    if (!index(s, v, i)) return KP_ERR_DEL_INDEX;
    remove_at(s, i);
  } else if (method == LIST_REVERSE) {
    for (uint16_t i = 0, j = s.len; i + 1 < j; ++i) {
      Int t = s.at(i);
      s.set(i, s.at(--j));
      s.set(j, t);
    }
  } else if (method == LIST_CLEAR) {
    s.set_len(0);
  } else {  // sort (sorted()'s insertion sort: stable, in place)
    return sort_list(sec, arena, st, tables, s, false, 0);
  }
  return KP_OK;
}

// The order of two strs u and v: cmp is -1, 0 or 1 (interned: equal values are equal texts).
uint8_t str_compare(const Sections& sec, const uint8_t* arena, const VmState& st, Int u, Int v, int8_t& cmp) {
  cmp = 0;
  if (u == v) return KP_OK;
  Text x, y;
  if (!str_text(sec, arena, st, u, x) || !str_text(sec, arena, st, v, y)) return KP_ERR_BAD_REF;
  cmp = text_compare(x, y);
  return KP_OK;
}

// Python's order of two sequences of the same static type: cmp is -1, 0 or 1 as the one at a
// is less than, equal to or greater than the one at b (the first differing elements decide,
// else the shorter is less; nested lists compare so too). A list of strs compares texts, and
// so does a tuple at the slots (below 6) whose bits str_slots sets (tuples say no kind).
uint8_t seq_compare(const Sections& sec, const uint8_t* arena, const VmState& st, const uint8_t* tables, Int a, Int b,
                    uint8_t depth, uint8_t str_slots, int8_t& cmp) {
  Seq x, y;
  if (depth > kMaxNesting || !load_seq(arena, st, tables, a, x) || !load_seq(arena, st, tables, b, y)) return KP_ERR_BAD_REF;
  cmp = 0;
  for (uint16_t i = 0; cmp == 0 && i < x.len && i < y.len; ++i) {
    Int p = x.at(i), q = y.at(i);
    uint8_t r = KP_OK;
    if (x.kind == SEQ_LIST_REF && y.kind == SEQ_LIST_REF) r = seq_compare(sec, arena, st, tables, p, q, uint8_t(depth + 1), 0, cmp);
    else if (x.kind == SEQ_LIST_STR || (x.kind == SEQ_RECORD && i < 6 && (str_slots >> i) & 1)) r = str_compare(sec, arena, st, p, q, cmp);
    else cmp = int8_t(p < q ? -1 : p > q ? 1 : 0);
    if (r) return r;
  }
  if (cmp == 0) cmp = int8_t(x.len < y.len ? -1 : x.len > y.len ? 1 : 0);
  return KP_OK;
}

// The order of elements u and v of the list s: cmp is -1, 0 or 1 (strs compare their texts,
// lists and tuples as seq_compare, ints as ints).
uint8_t elem_compare(const Sections& sec, const uint8_t* arena, const VmState& st, const uint8_t* tables, const Seq& s, Int u, Int v,
                     uint8_t str_slots, int8_t& cmp) {
  if (s.kind == SEQ_LIST_REF) return seq_compare(sec, arena, st, tables, u, v, 1, str_slots, cmp);
  if (s.kind == SEQ_LIST_STR) return str_compare(sec, arena, st, u, v, cmp);
  cmp = int8_t(u < v ? -1 : u > v ? 1 : 0);
  return KP_OK;
}

// Sorts the list s in place, ascending (descending if reverse), by insertion: stable, as
// CPython's sort (equal lists stay in their order, which aliases can tell).
KP_NOINLINE uint8_t sort_list(const Sections& sec, const uint8_t* arena, const VmState& st, const uint8_t* tables, Seq& s, bool reverse,
                              uint8_t str_slots) {
  for (uint16_t i = 1; i < s.len; ++i) {
    Int v = s.at(i);
    uint16_t j = i;
    for (; j > 0; --j) {
      Int u = s.at(uint16_t(j - 1));
      int8_t cmp;
      if (uint8_t r = elem_compare(sec, arena, st, tables, s, u, v, str_slots, cmp)) return r;
      if (reverse ? cmp >= 0 : cmp <= 0) break;
      s.set(j, u);
    }
    s.set(j, v);
  }
  return KP_OK;
}

// Value operand x saturated to 16 bits: a sequence has fewer than 16383 elements, so a slice
// bound or step past +-32767 acts as +-32767 does (flash: the slice arithmetic is 16-bit).
KP_NOINLINE int16_t value16(const uint8_t* frame, uint8_t x) {
  int32_t v = value(frame, x);
  return v < -32767 ? int16_t(-32767) : v > 32767 ? int16_t(32767) : int16_t(v);
}

// SLICE: a new sequence (left in st.pin) of src's elements start, start + step, ... (n of them).
inline uint8_t slice_new(Heap& h, const Seq& src, int16_t start, int16_t step, uint16_t n) {
  Seq s;
  if (src.kind == SEQ_RECORD || (src.kind & SEQ_IN_IMAGE)) {  // a tuple: one block of its final length
    uint8_t r = new_seq(h, src.kind, n, n, s);
    for (uint16_t i = 0, at = uint16_t(start); r == KP_OK && i < n; ++i, at = uint16_t(at + step)) s.set(i, src.at(at));
    return r;
  }
  uint8_t r = new_seq(h, src.kind, 0, n, s);
  return r == KP_OK ? replace(h, s, 0, 0, src, uint16_t(start), step, n) : r;
}

// SETSLICE: dst[start:stop:step] = src (n: the slice's length), or its del (SLICE_DEL in m).
inline uint8_t slice_store(Heap& h, const Sections& sec, Seq& dst, int16_t start, int16_t step, uint16_t n, Int src_ref, uint8_t m) {
  Seq src;
  if (m & SLICE_DEL) return step == 1 ? replace(h, dst, uint16_t(start), n, dst, 0, 1, 0) : uint8_t(KP_ERR_BAD_REF);
  if (!load_seq(h.arena, h.st, h.tables, src_ref, src)) return KP_ERR_BAD_REF;
  for (uint16_t i = 0; i < src.len; ++i)  // array.extend(xs): CPython keeps the items before a misfit, kilopy none,
    if (fits(dst.kind, src.at(i)) != KP_OK) return KP_ERR_OVERFLOW;  // so its OverflowError is no handler's
  if (step == 1) return replace(h, dst, uint16_t(start), n, src, 0, 1, src.len);
  if (src.len != n) return KP_ERR_SLICE_SIZE;
  // Equal sizes and step != 1: src is dst only for a[::-1] = a (or a list of at most one).
  Int none;
  if (src.obj == dst.obj) return list_method(sec, h.arena, h.st, h.tables, Int(dst.obj - h.arena), 0, LIST_REVERSE, none);
  for (uint16_t i = 0, at = uint16_t(start); i < n; ++i, at = uint16_t(at + step)) dst.set(at, src.at(i));
  return KP_OK;
}

// SLICE, SETSLICE and LISTOP with their operand bytes ops; r := the value for R[A] (SLICE: the
// new sequence, also in st.pin).
KP_NOINLINE uint8_t list_row(Heap& h, const Sections& sec, uint8_t op, const uint8_t* frame, const uint8_t* ops, Int& r) {
  (void)op;  // a build with none of the three
  auto object = [&](uint8_t x) {  // an object operand: a register, or a global
    return get(x < kRegisterLimit ? frame + unsigned(x) * W : h.arena + kStateSize + unsigned(x - kRegisterLimit) * W);
  };
  if (KP_IS(LISTOP, op)) return list_method(sec, h.arena, h.st, h.tables, object(ops[1]), value_call(frame, ops[2]), uint8_t(ops[3] & ~LIST_BOOLS), r);
  const bool store = KP_IS(SETSLICE, op);
  const uint8_t* x = ops + (store ? 1 : 2);  // start, stop, step, then SETSLICE's source, then m
  Seq s;
  if (!load_seq(h.arena, h.st, store ? nullptr : h.tables, object(ops[store ? 0 : 1]), s)) return KP_ERR_BAD_REF;
  int16_t start = value16(frame, x[0]), stop = value16(frame, x[1]), step = value16(frame, x[2]);
  uint8_t m = ops[5];
  if (step == 0) return KP_ERR_SLICE_STEP;
  uint16_t n = py_slice<int16_t>(start, !(m & SLICE_NO_START), stop, !(m & SLICE_NO_STOP), step, s.len);
  uint8_t e = store ? slice_store(h, sec, s, start, step, n, object(x[3]), m) : slice_new(h, s, start, step, n);
  r = Int(h.st.pin);
  return e;
}

// Whether some element of the sequence at v has truth `truth` (a list element is true when
// it is not empty): any() is find_truth(true), all() is not find_truth(false).
KP_NOINLINE uint8_t find_truth(const uint8_t* arena, const VmState& st, const uint8_t* tables, Int v, bool truth, bool& found) {
  Seq s, inner;
  if (!load_seq(arena, st, tables, v, s)) return KP_ERR_BAD_REF;
  found = false;
  for (uint16_t i = 0; !found && i < s.len; ++i) {
    Int e = s.at(i);
    if (s.kind == SEQ_LIST_REF) {
      if (!load_seq(arena, st, tables, e, inner)) return KP_ERR_BAD_REF;
      e = Int(inner.len);
    }
    found = (e != 0) == truth;
  }
  return KP_OK;
}

// A new list holding the elements of the sequence at v (a list of lists stays one; an array's
// elements become ints; a dict's keys, in order, a list of strs if str_keys); its offset is in
// st.pin until the caller unpins it.
KP_NOINLINE uint8_t copy_as_list(Heap& h, Int v, Seq& s, bool str_keys) {
  Seq src;
  if (!load_seq(h.arena, h.st, h.tables, v, src)) return KP_ERR_BAD_REF;
  bool refs = src.kind == SEQ_LIST_REF || (src.kind == SEQ_DICT && (src.obj[3] & kDictTupleKeys));
  uint8_t kind = refs ? uint8_t(SEQ_LIST_REF) : src.kind == SEQ_LIST_STR ? src.kind
                 : str_keys && src.kind == SEQ_DICT ? uint8_t(SEQ_LIST_STR) : uint8_t(SEQ_LIST);
  uint8_t r = new_seq(h, kind, src.len, src.len, s);
  if (r) return r;
  if (src.kind == SEQ_DICT) {
    for (uint16_t i = 0, n = 0; n < src.len; ++i)
      if (dict_entry(src, i)[0] == DICT_LIVE) s.set(n++, get(dict_entry(src, i) + 1));
    return KP_OK;
  }
  for (uint16_t i = 0; i < src.len; ++i) s.set(i, src.at(i));
  return KP_OK;
}

uint8_t write_seq(Sink& out, const uint8_t* arena, const VmState& st, const uint8_t* tables, const Sections& sec, Int v, uint8_t flags, uint8_t depth);

// Writes str value v quoted as repr() does; false if v names no str.
bool write_str_repr(Sink& out, const uint8_t* arena, const VmState& st, const Sections& sec, Int v) {
  Text text;
  if (!str_text(sec, arena, st, v, text)) return false;
  write_repr(out, text);
  return true;
}

void write_scalar(Sink& out, Int e, bool bools) {
  if (bools) out.text(e ? "True" : "False");
  else print_int(out, e);
}

// A dict as Python prints it: {k: v, ...} in insertion order; flags are PUTSEQ's PutFlags.
KP_NOINLINE uint8_t write_dict(Sink& out, const uint8_t* arena, const VmState& st, const uint8_t* tables, const Sections& sec, const Seq& s, uint8_t flags) {
  out.put('{');
  bool first = true;
  for (uint16_t i = 0; i < s.cap && dict_entry(s, i)[0] != DICT_UNUSED; ++i) {
    if (dict_entry(s, i)[0] != DICT_LIVE) continue;
    if (!first) out.text(", ");
    first = false;
    // The key: one value, or a tuple of ints and strs ((1, 'a'), (1,)); one place at a time.
    const Int key = get(dict_entry(s, i) + 1);
    const bool tuple = s.obj[3] & kDictTupleKeys;
    Seq t = {};
    uint16_t n = 1;
    uint8_t strs = flags & PUT_KEY_STRS ? 1 : 0;  // bit 0: the next place holds a str
    if (tuple) {
      if (!load_seq(arena, st, tables, key, t)) return KP_ERR_BAD_REF;
      n = t.len;
      strs = uint8_t(s.obj[3] >> kDictKeyStrs);
      out.put('(');
    }
    for (uint16_t j = 0; j < n; ++j, strs >>= 1) {
      const Int v = tuple ? t.at(j) : key;
      if (j) out.text(", ");
      if (strs & 1) {
        if (!write_str_repr(out, arena, st, sec, v)) return KP_ERR_BAD_REF;
      } else {
        write_scalar(out, v, !tuple && (flags & PUT_KEY_BOOLS));
      }
    }
    if (tuple) out.text(n == 1 ? ",)" : ")");
    out.text(": ");
    if (!(flags & PUT_VALUE_LISTS) && (flags & PUT_STRS)) {
      if (!write_str_repr(out, arena, st, sec, dict_value(s, i))) return KP_ERR_BAD_REF;
    } else if (!(flags & PUT_VALUE_LISTS)) {
      write_scalar(out, dict_value(s, i), flags & PUT_BOOLS);
    } else if (uint8_t r = write_seq(out, arena, st, tables, sec, dict_value(s, i), flags & (PUT_BOOLS | PUT_STRS), 1)) return r;
  }
  out.put('}');
  return KP_OK;
}

// Writes list or array v; flags (PUTSEQ's PutFlags) say how its innermost elements print.
uint8_t write_seq(Sink& out, const uint8_t* arena, const VmState& st, const uint8_t* tables, const Sections& sec, Int v, uint8_t flags, uint8_t depth) {
  Seq s;
  if (depth > kMaxNesting || !load_seq(arena, st, tables, v, s) || s.kind == SEQ_DICT) return KP_ERR_BAD_REF;
  bool array = is_array_kind(s.kind);
  if (array) {
    out.text("array('");
    out.put(s.kind == SEQ_ARRAY_b ? 'b' : s.kind == SEQ_ARRAY_B ? 'B' : 'h');
    out.put('\'');
    if (s.len == 0) { out.put(')'); return KP_OK; }
    out.text(", ");
  }
  out.put('[');
  for (uint16_t i = 0; i < s.len; ++i) {
    if (i) out.text(", ");
    Int e = s.at(i);
    if (s.kind == SEQ_LIST_REF) {
      uint8_t r = write_seq(out, arena, st, tables, sec, e, flags, uint8_t(depth + 1));
      if (r) return r;
    } else if (flags & PUT_STRS) {
      if (!write_str_repr(out, arena, st, sec, e)) return KP_ERR_BAD_REF;
    } else {
      write_scalar(out, e, flags & PUT_BOOLS);
    }
  }
  out.put(']');
  if (array) out.put(')');
  return KP_OK;
}

// Writes the list, array or dict v as print() shows it (PUTSEQ; flags its PutFlags).
KP_NOINLINE uint8_t write_container(Sink& out, const uint8_t* arena, const VmState& st, const uint8_t* tables, const Sections& sec, Int v, uint8_t flags) {
  Seq s;
  if (load_seq(arena, st, tables, v, s) && s.kind == SEQ_DICT) return write_dict(out, arena, st, tables, sec, s, flags);
  return write_seq(out, arena, st, tables, sec, v, flags, 0);
}

#if KP_HAS_OP(STROP) || KP_HAS_OP(STRSLICE) || KP_HAS_OP(FMTSTR) || KP_HAS_OP(SPLITN) || KP_EXC_TEXT
// ---- strs built at run time (bytecode/runtime.h kStrHeader) ----------------------------------

// The str value of the text in the new str block at `at`: an equal literal or other str block
// if there is one (the new block is then freed: equal texts are equal values), else the block.
KP_NOINLINE Int intern(Heap& h, const Sections& sec, uint16_t at) {
  const uint8_t* t = h.arena + at + kStrHeader;
  uint16_t n = get16(h.arena + at + 2), k = 0;
  if (n == 0) { h.release(at); return 0; }
  for (const uint8_t* s = sec.strings; s < sec.code; s += 1 + img8(s), ++k) {
    uint16_t i = 0;
    if (img8(s) == n) while (i < n && img8(s + 1 + i) == t[i]) ++i;
    if (i == n) { h.release(at); return Int(str_literal(k)); }
  }
  uint16_t found = 0;
  h.walk([&](uint16_t b, uint16_t hd) {
    if (b == at || !is_str_header(hd) || get16(h.arena + b + 2) != n) return true;
    for (uint16_t i = 0; i < n; ++i)
      if (h.arena[b + kStrHeader + i] != t[i]) return true;
    found = b;
    return false;
  });
  if (found) { h.release(at); return Int(found); }
  return Int(at);
}

// A new str block for n bytes (its text to be written at arena + at + kStrHeader); 0 when the
// arena has no room.
uint16_t new_str(Heap& h, uint32_t n) {
  uint16_t at = h.alloc(str_block_size(n), BLOCK_OBJECT);
  if (at) put16(h.arena + at + 2, uint16_t(n));
  return at;
}

// at := a new str block holding the text write(Sink&) writes: measured first, then written
// (write returns a status; it writes the same text twice, the block moving nothing).
template <typename Write> uint8_t new_str_of(Heap& h, uint16_t& at, Write write) {
  at = 0;
  for (uint8_t pass = 0; pass < 2; ++pass) {
    Sink out = {nullptr, at ? h.arena + at + kStrHeader : nullptr, 0};
    if (uint8_t e = write(out)) return e;
    if (!at && !(at = new_str(h, out.n > kMaxBlock ? uint32_t(kMaxBlock) + 1 : out.n))) return KP_ERR_MEMORY;
  }
  return KP_OK;
}
#endif

#if KP_HAS_OP(STROP) || KP_HAS_OP(STRSLICE) || KP_HAS_OP(SPLITN)
// Copies n bytes of t from byte `from` to `to` (in the arena).
void copy_text(uint8_t* to, const Text& t, uint16_t from, uint16_t n) {
  for (uint16_t i = 0; i < n; ++i) to[i] = t.at(uint16_t(from + i));
}


// The first byte of t at or after `from` where u starts, or t.n + 1 if u is not found.
uint16_t find_text(const Text& t, const Text& u, uint16_t from) {
  for (uint16_t b = from; uint32_t(b) + u.n <= t.n; ++b) {
    uint16_t i = 0;
    while (i < u.n && t.at(uint16_t(b + i)) == u.at(i)) ++i;
    if (i == u.n) return b;
  }
  return uint16_t(t.n + 1);
}

// The code point of the UTF-8 sequence at byte b of t; b moves past it.
uint32_t next_char(const Text& t, uint16_t& b) {
  uint8_t lead = t.at(b++);
  if (lead < 0x80) return lead;
  uint32_t cp = lead & (lead >= 0xF0 ? 0x07 : lead >= 0xE0 ? 0x0F : 0x1F);
  while (b < t.n && (t.at(b) & 0xC0) == 0x80) cp = (cp << 6) | (t.at(b++) & 0x3F);
  return cp;
}

// Whether CPython's str.isspace() holds for code point c (what split() and strip() remove).
bool is_space(uint32_t c) {
  return (c >= 9 && c <= 13) || (c >= 28 && c <= 32) || c == 0x85 || c == 0xA0 || c == 0x1680 ||
         (c >= 0x2000 && c <= 0x200A) || c == 0x2028 || c == 0x2029 || c == 0x202F || c == 0x205F || c == 0x3000;
}

// The byte where the whitespace run starting at byte b of t ends (space: true) or where the
// run of non-whitespace does (space: false).
uint16_t skip(const Text& t, uint16_t b, bool space) {
  while (b < t.n) {
    uint16_t next = b;
    if (is_space(next_char(t, next)) != space) break;
    b = next;
  }
  return b;
}

// The start of the run of whitespace (space) or of other characters that ends at byte e of t.
uint16_t skip_back(const Text& t, uint16_t e, bool space) {
  while (e > 0) {
    uint16_t c = uint16_t(e - 1);
    while (c > 0 && (t.at(c) & 0xC0) == 0x80) --c;
    uint16_t p = c;
    if (is_space(next_char(t, p)) != space) break;
    e = c;
  }
  return e;
}

// The last byte offset b of u in t with b + u.n <= e, else t.n + 1.
uint16_t rfind_text(const Text& t, const Text& u, uint16_t e) {
  if (u.n > e) return uint16_t(t.n + 1);
  for (uint16_t b = uint16_t(e - u.n + 1); b-- > 0;) {
    uint16_t i = 0;
    while (i < u.n && t.at(uint16_t(b + i)) == u.at(i)) ++i;
    if (i == u.n) return b;
  }
  return uint16_t(t.n + 1);
}

// A new str of bytes [from, to) of t, interned; 0 in v when the arena has no room.
uint8_t sub_str(Heap& h, const Sections& sec, const Text& t, uint16_t from, uint16_t to, Int& v) {
  uint16_t at = new_str(h, uint16_t(to - from));
  if (!at) return KP_ERR_MEMORY;
  copy_text(h.arena + at + kStrHeader, t, from, uint16_t(to - from));
  v = intern(h, sec, at);
  return KP_OK;
}

// The byte after the line break (CPython's str.splitlines(): \r\n is one) starting at byte b
// of t; b if none starts there.
uint16_t line_break_end(const Text& t, uint16_t b) {
  if (b >= t.n) return b;
  uint16_t next = b;
  uint32_t c = next_char(t, next);
  if (c == '\r' && next < t.n && t.at(next) == '\n') return uint16_t(next + 1);
  bool line_break = (c >= 0x0A && c <= 0x0D) || (c >= 0x1C && c <= 0x1E) || c == 0x85 || c == 0x2028 || c == 0x2029;
  return line_break ? next : b;
}

// x.split(y) (STR_SPLIT), x.split() (STR_SPLIT_WS) or x.splitlines() (STR_SPLITLINES, m), with
// at most `limit` splits (< 0: no limit), from the right if `right` (rsplit; not of lines):
// r := a new list of strs (pinned).
KP_NOINLINE uint8_t str_split(Heap& h, const Sections& sec, const Text& x, const Text& y, uint8_t m, Int limit, bool right,
                              Int& r) {
  bool ws = m == STR_SPLIT_WS, lines = m == STR_SPLITLINES;
  if (m == STR_SPLIT && y.n == 0) return KP_ERR_EMPTY_SEP;
  for (uint8_t pass = 0; pass < 2; ++pass) {  // count the pieces, then make them
    Seq list;
    uint16_t n = 0, b = ws ? skip(x, 0, true) : 0, count = pass ? uint16_t(r) : 0;
    if (pass == 1) {
      if (uint8_t e = new_seq(h, SEQ_LIST_STR, count, count, list)) return e;
    }
    if (right) {  // pieces [b, e) from the last, stored from the list's end
      uint16_t e = ws ? skip_back(x, x.n, true) : x.n;
      while (ws ? e > 0 : true) {
        uint16_t before = 0;  // where the piece before this one ends
        bool last = Int(n) == limit;
        b = 0;
        if (!last && ws) {
          b = skip_back(x, e, false);
          before = skip_back(x, b, true);
        } else if (!last) {
          uint16_t f = rfind_text(x, y, e);
          last = f > x.n;
          if (!last) b = uint16_t(f + y.n), before = f;
        }
        if (pass == 1) {
          Int v;
          if (uint8_t err = sub_str(h, sec, x, b, e, v)) return err;
          list.set(uint16_t(count - 1 - n), v);
        }
        ++n;
        if (last) break;
        e = before;
      }
      r = pass == 0 ? Int(n) : Int(h.st.pin);
      continue;
    }
    while (ws || lines ? b < x.n : true) {
      uint16_t end = b;
      if (lines)  // to the next line break
        while (end < x.n && line_break_end(x, end) == end) next_char(x, end);
      else if (Int(n) == limit) end = x.n;  // the rest, after `limit` splits
      else end = ws ? skip(x, b, false) : find_text(x, y, b);
      if (end > x.n) end = x.n;
      if (pass == 1) {
        Int v;
        if (uint8_t e = sub_str(h, sec, x, b, end, v)) return e;
        list.set(n, v);
      }
      ++n;
      if (ws) {
        b = skip(x, end, true);
      } else if (lines) {
        b = line_break_end(x, end);
      } else {
        if (end == x.n) break;
        b = uint16_t(end + y.n);
      }
    }
    r = pass == 0 ? Int(n) : Int(h.st.pin);
  }
  return KP_OK;
}

#if KP_HAS_OP(SPLITN)
// SPLITN: r := b.split(c, limit), or rsplit, or at whitespace (m SplitFlags): a new list of strs (pinned).
KP_NOINLINE uint8_t split_n(Heap& h, const Sections& sec, Int b, Int c, Int limit, uint8_t m, Int& r) {
  Text x, y = {nullptr, 0, false};
  if (!str_text(sec, h.arena, h.st, b, x) || (!(m & SPLIT_WS) && !str_text(sec, h.arena, h.st, c, y))) return KP_ERR_BAD_REF;
  uint8_t e = str_split(h, sec, x, y, m & SPLIT_WS ? STR_SPLIT_WS : STR_SPLIT, limit, (m & SPLIT_RIGHT) != 0, r);
  if (e) h.st.pin = 0;  // the half-built list is garbage
  return e;
}
#endif  // SPLITN
#endif

#if KP_HAS_OP(STROP) || KP_HAS_OP(STRSLICE)
// The byte where character i of t starts (t.n if i is its length).
uint16_t char_at(const Text& t, uint16_t i) {
  uint16_t b = 0;
  for (; b < t.n; ++b)
    if ((t.at(b) & 0xC0) != 0x80 && i-- == 0) break;
  return b;
}

// The one run of non-ASCII digits str text can hold (KP_DECIMAL_ZEROS), U+FF10..U+FF19: UTF-8
// sequences led by EF, which str_int() does not read (it stops the program there).
#define KP_ZERO(zero) static_assert((zero) >= 0xF000 && (zero) + 9 <= 0xFFFF, "a digit str_int() reads as no digit");
KP_DECIMAL_ZEROS(KP_ZERO)
#undef KP_ZERO

// int(x): r := the int x spells as CPython reads it (whitespace around, a sign, '_' between
// digits, any script's decimal digits), else ValueError; OverflowError past the int width.
// \x1c-\x1f are no whitespace to CPython's int() (str.isspace() takes them), so any of them is
// a ValueError.
uint8_t str_int(const Text& x, Int& r) {
  for (uint16_t i = 0; i < x.n; ++i)
    if (x.at(i) >= 28 && x.at(i) <= 31) return KP_ERR_INT_PARSE;
  uint16_t b = skip(x, 0, true), end = x.n;
  while (end > b) {  // trailing whitespace
    uint16_t c = uint16_t(end - 1);
    while (c > b && (x.at(c) & 0xC0) == 0x80) --c;
    uint16_t p = c;
    if (!is_space(next_char(x, p))) break;
    end = c;
  }
  bool neg = b < end && x.at(b) == '-';
  if (b < end && (x.at(b) == '-' || x.at(b) == '+')) ++b;
  typedef IntLimits<Int>::Unsigned U;
  U v = 0, limit = neg ? U(U(IntLimits<Int>::max) + 1u) : U(IntLimits<Int>::max);
  bool digit = false, overflow = false;
  for (; b < end; ++b) {
    uint8_t c = x.at(b), d = uint8_t(c - '0');
    if (c == '_' && digit && b + 1 < end && x.at(uint16_t(b + 1)) != '_') continue;
    if (c == 0xEF) return KP_ERR_STR_CASE;  // U+F000-U+FFFF: fullwidth digits among them
    if (d > 9) return KP_ERR_INT_PARSE;  // another non-ASCII character too
    digit = true;
    if (v > U((limit - d) / 10u)) overflow = true;
    else v = U(v * 10u + d);
  }
  if (!digit) return KP_ERR_INT_PARSE;
  if (overflow) return KP_ERR_OVERFLOW;
  r = neg ? Int(U(U(0) - v)) : Int(v);
  return KP_OK;
}

// Whether code point c (> 127) is in KP_PRINTABLE_RANGES (bytecode/runtime.h), read from a
// table of 3-byte big-endian bounds in flash.
bool printable(uint32_t c) {
#define KP_RANGE(lo, hi) uint8_t(uint32_t(lo) >> 16), uint8_t(uint32_t(lo) >> 8), uint8_t(lo), \
                         uint8_t(uint32_t(hi) >> 16), uint8_t(uint32_t(hi) >> 8), uint8_t(hi),
  static const uint8_t ranges[] KP_CODE_TABLE = {KP_PRINTABLE_RANGES(KP_RANGE)};
#undef KP_RANGE
  for (uint8_t i = 0; i < sizeof ranges; i = uint8_t(i + 6)) {
    const uint8_t* p = ranges + i;
    uint32_t lo = uint32_t(img8(p)) << 16 | uint32_t(img8(p + 1)) << 8 | img8(p + 2);
    uint32_t hi = uint32_t(img8(p + 3)) << 16 | uint32_t(img8(p + 4)) << 8 | img8(p + 5);
    if (c >= lo && c <= hi) return true;
  }
  return false;
}

// STROP: r := the str operation m on b and c (opcodes.def). b is a str except for
// STR_FROM_INT and STR_CHR; c is a str for STR_CAT, STR_LT, STR_LE, STR_IN, STR_STARTS,
// STR_ENDS and STR_FIND, else an int.
KP_SHARED_HELPER KP_NOINLINE uint8_t str_op(Heap& h, const Sections& sec, uint8_t m, Int b, Int c, Int& r) {
  Text x, y;
  bool c_str = m == STR_CAT || m == STR_LT || m == STR_LE || m == STR_IN || m == STR_STARTS || m == STR_ENDS || m == STR_FIND ||
               m == STR_RFIND || m == STR_SPLIT;
  if (m != STR_FROM_INT && m != STR_CHR && m != STR_OF_SEQ && !str_text(sec, h.arena, h.st, b, x)) return KP_ERR_BAD_REF;
  if (c_str && !str_text(sec, h.arena, h.st, c, y)) return KP_ERR_BAD_REF;
  uint16_t at;
  switch (m) {
    case STR_CAT: if (!KP_HAS_STR(STR_CAT)) return KP_ERR_BAD_REF;
      if (!(at = new_str(h, uint32_t(x.n) + y.n))) return KP_ERR_MEMORY;
      copy_text(h.arena + at + kStrHeader, x, 0, x.n);
      copy_text(h.arena + at + kStrHeader + x.n, y, 0, y.n);
      break;
    case STR_REPEAT: if (!KP_HAS_STR(STR_REPEAT)) return KP_ERR_BAD_REF; {
      uint32_t count = c < 0 || x.n == 0 ? 0u : uint32_t(c);
      if (!(at = new_str(h, count > kMaxBlock ? uint32_t(kMaxBlock) + 1 : count * x.n))) return KP_ERR_MEMORY;
      for (uint32_t k = 0; k < count; ++k) copy_text(h.arena + at + kStrHeader + k * x.n, x, 0, x.n);
      break;
    }
    case STR_FROM_INT: case STR_CHR: if (!(KP_HAS_STR(STR_FROM_INT) || KP_HAS_STR(STR_CHR))) return KP_ERR_BAD_REF; {
      uint8_t buf[12], n = 0;
      const bool chr = KP_HAS_STR(STR_CHR) && m == STR_CHR;  // a build without chr() drops its code
      if (chr) {
        if (uint32_t(int32_t(b)) > 0x10FFFFu) return KP_ERR_CHR_RANGE;  // negative too
        uint32_t cp = uint32_t(b);
        if (cp > 127 && !printable(cp)) return KP_ERR_CHR_UNPRINTABLE;
        n = cp < 0x80 ? 1 : cp < 0x800 ? 2 : cp < 0x10000 ? 3 : 4;  // UTF-8
        buf[0] = n == 1 ? uint8_t(cp) : uint8_t((0xF00u >> n) | (cp >> (6 * (n - 1))));
        for (uint8_t k = 1; k < n; ++k) buf[k] = uint8_t(0x80 | ((cp >> (6 * (n - 1 - k))) & 0x3F));
      } else {
        typedef IntLimits<Int>::Unsigned U;
        U u = b < 0 ? U(U(0) - U(b)) : U(b);
        do { buf[n++] = uint8_t('0' + u % 10); u = U(u / 10); } while (u != 0);
        if (b < 0) buf[n++] = '-';
      }
      if (!(at = new_str(h, n))) return KP_ERR_MEMORY;
      for (uint8_t i = 0; i < n; ++i) h.arena[at + kStrHeader + i] = chr ? buf[i] : buf[n - 1 - i];
      break;
    }
    case STR_LT: case STR_LE: if (!(KP_HAS_STR(STR_LT) || KP_HAS_STR(STR_LE))) return KP_ERR_BAD_REF; {  // UTF-8 bytes compare in code point order
      int8_t cmp = text_compare(x, y);
      r = m == STR_LE ? cmp <= 0 : cmp < 0;
      return KP_OK;
    }
    case STR_IN: if (!KP_HAS_STR(STR_IN)) return KP_ERR_BAD_REF; r = find_text(y, x, 0) <= y.n; return KP_OK;
    case STR_STARTS: if (!KP_HAS_STR(STR_STARTS)) return KP_ERR_BAD_REF; r = y.n <= x.n && find_text(Text{x.p, y.n, x.ram}, y, 0) == 0; return KP_OK;
    case STR_ENDS: if (!KP_HAS_STR(STR_ENDS)) return KP_ERR_BAD_REF; r = y.n <= x.n && find_text(x, y, uint16_t(x.n - y.n)) <= x.n; return KP_OK;
    case STR_FIND: case STR_RFIND: if (!(KP_HAS_STR(STR_FIND) || KP_HAS_STR(STR_RFIND))) return KP_ERR_BAD_REF; {
      uint16_t f = find_text(x, y, 0);
      if (KP_HAS_STR(STR_RFIND) && m == STR_RFIND)  // the last match
        for (uint16_t g = f; g <= x.n; g = find_text(x, y, uint16_t(g + 1))) f = g;
      r = f > x.n ? Int(-1) : Int(str_chars(Text{x.p, f, x.ram}));
      return KP_OK;
    }
    case STR_GETITEM: case STR_ORD: if (!(KP_HAS_STR(STR_GETITEM) || KP_HAS_STR(STR_ORD))) return KP_ERR_BAD_REF; {
      Int n = Int(str_chars(x)), i = m == STR_ORD ? 0 : c < 0 ? Int(c + n) : c;
      if (m == STR_ORD && n != 1) return KP_ERR_ORD;
      if (i < 0 || i >= n) return KP_ERR_STR_INDEX;
      uint16_t from = char_at(x, uint16_t(i)), to = char_at(x, uint16_t(i + 1));
      if (m == STR_ORD) {  // decode the UTF-8 sequence
        uint8_t lead = x.at(from);
        int32_t cp = to - from == 1 ? lead : lead & (0x3F >> (to - from - 1));
        for (uint16_t k = uint16_t(from + 1); k < to; ++k) cp = (cp << 6) | (x.at(k) & 0x3F);
        if (cp > int32_t(IntLimits<Int>::max)) return KP_ERR_OVERFLOW;  // past 32767 at 16 bits
        r = Int(cp);
        return KP_OK;
      }
      if (!(at = new_str(h, uint16_t(to - from)))) return KP_ERR_MEMORY;
      copy_text(h.arena + at + kStrHeader, x, from, uint16_t(to - from));
      break;
    }
    case STR_UPPER: case STR_LOWER: case STR_RECASE: {  // c: STR_RECASE's StrCase
      if (!(KP_HAS_STR(STR_UPPER) || KP_HAS_STR(STR_LOWER) || KP_HAS_STR(STR_RECASE))) return KP_ERR_BAD_REF;
      if (!(at = new_str(h, x.n))) return KP_ERR_MEMORY;
      bool cased = false;  // the character before is a letter (title())
      for (uint16_t i = 0; i < x.n; ++i) {
        uint8_t ch = x.at(i);
        if (ch >= 0x80) { h.release(at); return KP_ERR_STR_CASE; }
        bool up = ch >= 'A' && ch <= 'Z', low = ch >= 'a' && ch <= 'z';
        bool to_upper = m == STR_UPPER || (m == STR_RECASE && (c == CASE_SWAP ? low : c == CASE_CAPITALIZE ? i == 0 : !cased));
        if (to_upper ? low : up) ch = uint8_t(ch ^ 0x20);
        cased = up || low;
        h.arena[at + kStrHeader + i] = ch;
      }
      break;
    }
    case STR_STRIP: if (!KP_HAS_STR(STR_STRIP)) return KP_ERR_BAD_REF; {  // c: StripSides
      uint16_t from = c == STRIP_RIGHT ? 0 : skip(x, 0, true), to = c == STRIP_LEFT ? x.n : from;
      for (uint16_t b = from; c != STRIP_LEFT && b < x.n;) {  // the end of the last non-whitespace character
        if (!is_space(next_char(x, b))) to = b;
      }
      return sub_str(h, sec, x, from, to, r);
    }
    case STR_IS: if (!KP_HAS_STR(STR_IS)) return KP_ERR_BAD_REF; {  // c: StrTest; false for ""
      bool upper = false, lower = false, all = x.n != 0;
      for (uint16_t i = 0; i < x.n; ++i) {
        uint8_t ch = x.at(i);
        if (ch >= 0x80) return KP_ERR_STR_CASE;
        bool digit = ch >= '0' && ch <= '9', alpha = (ch | 0x20) >= 'a' && (ch | 0x20) <= 'z';
        upper = upper || (ch >= 'A' && ch <= 'Z');
        lower = lower || (ch >= 'a' && ch <= 'z');
        all = all && (c == STR_IS_DIGIT ? digit : c == STR_IS_ALPHA ? alpha : c == STR_IS_ALNUM ? digit || alpha
                      : c == STR_IS_SPACE ? is_space(ch) : true);
      }
      r = c == STR_IS_UPPER ? upper && !lower : c == STR_IS_LOWER ? lower && !upper : all;
      return KP_OK;
    }
    case STR_SPLIT: case STR_SPLIT_WS: case STR_SPLITLINES: {
      if (!(KP_HAS_STR(STR_SPLIT) || KP_HAS_STR(STR_SPLIT_WS) || KP_HAS_STR(STR_SPLITLINES))) return KP_ERR_BAD_REF;
      uint8_t e = str_split(h, sec, x, y, m, -1, false, r);
      if (e) h.st.pin = 0;  // the half-built list is garbage
      return e;
    }
    case STR_JOIN: if (!KP_HAS_STR(STR_JOIN)) return KP_ERR_BAD_REF; {  // b the separator, c a list of strs
      Seq s;
      Text e;
      uint32_t bytes = 0;
      if (!load_seq(h.arena, h.st, nullptr, c, s)) return KP_ERR_BAD_REF;
      for (uint16_t i = 0; i < s.len; ++i) {
        if (!str_text(sec, h.arena, h.st, s.at(i), e)) return KP_ERR_BAD_REF;
        bytes += e.n + (i ? x.n : 0u);
      }
      if (!(at = new_str(h, bytes))) return KP_ERR_MEMORY;
      uint16_t to = uint16_t(at + kStrHeader);
      for (uint16_t i = 0; i < s.len; ++i) {
        str_text(sec, h.arena, h.st, s.at(i), e);
        if (i) copy_text(h.arena + to, x, 0, x.n), to = uint16_t(to + x.n);
        copy_text(h.arena + to, e, 0, e.n);
        to = uint16_t(to + e.n);
      }
      break;
    }
    case STR_INT: if (!KP_HAS_STR(STR_INT)) return KP_ERR_BAD_REF; return str_int(x, r);
    case STR_REPR: if (!KP_HAS_STR(STR_REPR)) return KP_ERR_BAD_REF; {
      if (uint8_t e = new_str_of(h, at, [&](Sink& out) { write_repr(out, x); return uint8_t(KP_OK); })) return e;
      break;
    }
    case STR_OF_SEQ: if (!KP_HAS_STR(STR_OF_SEQ)) return KP_ERR_BAD_REF; {  // b a list, an array or a dict, c its PutFlags
      if (uint8_t e = new_str_of(h, at, [&](Sink& out) { return write_container(out, h.arena, h.st, h.tables, sec, b, uint8_t(c)); })) return e;
      break;
    }
    default: return KP_ERR_BAD_REF;
  }
  r = intern(h, sec, at);
  return KP_OK;
}

#endif

#if KP_HAS_OP(STRSLICE)
// STRSLICE with its operand bytes: r := the new str R[B][R[C]:R[D]:R[E]] (m: SliceFlags).
KP_NOINLINE uint8_t str_slice(Heap& h, const Sections& sec, const uint8_t* frame, const uint8_t* ops, Int& r) {
  Text x;
  uint8_t b = ops[1];
  Int v = get(b < kRegisterLimit ? frame + unsigned(b) * W : h.arena + kStateSize + unsigned(b - kRegisterLimit) * W);
  if (!str_text(sec, h.arena, h.st, v, x)) return KP_ERR_BAD_REF;
  int16_t start = value16(frame, ops[2]), stop = value16(frame, ops[3]), step = value16(frame, ops[4]);
  if (step == 0) return KP_ERR_SLICE_STEP;
  uint16_t n = py_slice<int16_t>(start, !(ops[5] & SLICE_NO_START), stop, !(ops[5] & SLICE_NO_STOP), step, str_chars(x));
  uint32_t bytes = 0;
  for (uint16_t k = 0; k < n; ++k) {
    uint16_t i = uint16_t(start + int16_t(k) * step);
    bytes += uint16_t(char_at(x, uint16_t(i + 1)) - char_at(x, i));
  }
  uint16_t at = new_str(h, bytes), to = uint16_t(at + kStrHeader);
  if (!at) return KP_ERR_MEMORY;
  for (uint16_t k = 0; k < n; ++k) {
    uint16_t i = uint16_t(start + int16_t(k) * step), from = char_at(x, i), len = uint16_t(char_at(x, uint16_t(i + 1)) - from);
    copy_text(h.arena + to, x, from, len);
    to = uint16_t(to + len);
  }
  r = intern(h, sec, at);
  return KP_OK;
}
#endif

#if KP_HAS_OP(FMTSTR)
// FMTSTR: r := the new str format(v, spec), measured first, then written into its block.
// Type 's': v is a str value, padded as PUTSFMT; else an int formatted as PUTFMT.
KP_NOINLINE uint8_t format_to_str(Heap& h, const Sections& sec, Int v, uint8_t fill, uint8_t flags, uint8_t width,
                                  uint8_t type, Int& r) {
  Text t;
  if (type == 's' && !str_text(sec, h.arena, h.st, v, t)) return KP_ERR_BAD_REF;
  uint16_t at;
  if (uint8_t e = new_str_of(h, at, [&](Sink& out) {
        if (type == 's') format_str(out, t, fill, flags & FMT_ALIGN_MASK, width);
        else format_int(out, v, fill, flags, width, type);
        return uint8_t(KP_OK);
      }))
    return e;
  r = intern(h, sec, at);
  return KP_OK;
}
#endif

#if KP_EXC_TEXT
// CPython's texts of the run-time errors EXCSTR writes: errors.def's messages (only those it
// reads stay in the build) and the words the others are made of.
#define ERR(name, exception, message) __attribute__((unused)) const char kText_##name[] KP_CODE_TABLE = message;
#include "bytecode/errors.def"
#undef ERR
const char kTextModZero[] KP_CODE_TABLE = KP_TEXT_MOD_ZERO;
const char kTextPowZero[] KP_CODE_TABLE = KP_TEXT_POW_ZERO;
const char kTextKinds[][6] KP_CODE_TABLE = {"list", "array", "tuple"};  // by IndexKind
const char kTextAssignment[] KP_CODE_TABLE = " assignment";
const char kTextIndex[] KP_CODE_TABLE = " index out of range";
const char kTextPopEmpty[] KP_CODE_TABLE = "pop from empty ";
const char kTextPopIndex[] KP_CODE_TABLE = "pop index out of range";
const char kTextRemove[] KP_CODE_TABLE = ".remove(x): x not in ";
const char kTextNotInList[] KP_CODE_TABLE = " is not in list";
const char kTextTrue[] KP_CODE_TABLE = "True";
const char kTextFalse[] KP_CODE_TABLE = "False";
const char kTextColon[] KP_CODE_TABLE = ": ";
const char kTextMin[] KP_CODE_TABLE = "min() ";
const char kTextMax[] KP_CODE_TABLE = "max() ";
const char kTextOrdLength[] KP_CODE_TABLE = ", but string of length ";
const char kTextArrayTypes[][26] KP_CODE_TABLE = {"signed char is ", "unsigned byte integer is ", "signed short integer is "};
const char kTextAbove[] KP_CODE_TABLE = "greater than maximum";
const char kTextBelow[] KP_CODE_TABLE = "less than minimum";
const char kTextFound[] KP_CODE_TABLE = " found";
const char kTextName[] KP_CODE_TABLE = "name '";
const char kTextNotDefined[] KP_CODE_TABLE = "' is not defined";
const char kTextLocal[] KP_CODE_TABLE = "cannot access local variable '";
const char kTextNoValue[] KP_CODE_TABLE = "' where it is not associated with a value";

inline void put_text(Sink& out, const char* text) {
  for (uint8_t c; (c = img8(reinterpret_cast<const uint8_t*>(text))) != 0; ++text) out.put(c);
}

// Writes str(e) of the run-time error `status` raised by the instruction at pc, whose kept
// value is `value` (find_handler()): CPython's text. False for an error whose text names a
// value of the frame it left (a list's missing value, a slice's sizes, an input token, ...)
// or a tuple key: find_handler() lets no handler that binds it catch it. A build has the
// cases of the opcodes its image has that raise them (one it lacks is never raised; a case
// left out by mistake only stops the program with its traceback).
KP_NOINLINE bool error_text(Sink& out, const Sections& sec, uint16_t code_size, const uint8_t* arena, const VmState& st,
                            uint8_t status, uint16_t pc, Int value) {
  auto ins = [&](uint8_t i) { return uint32_t(pc) + i < code_size ? img8(sec.code + pc + i) : uint8_t(0); };  // pc was kept in a register
  const uint8_t op = ins(0);
  Text t;
  (void)out, (void)arena, (void)st, (void)value, (void)op, (void)t;  // a build without the cases that read them
  switch (status) {
#if KP_HAS_OP(FLOORDIV) || KP_HAS_OP(MOD) || KP_HAS_OP(POW)
    case KP_ERR_ZERO_DIV: put_text(out, KP_IS(MOD, op) ? kTextModZero : KP_IS(POW, op) ? kTextPowZero : kText_ZERO_DIV); return true;
#endif
#if KP_HAS_OP(SHL) || KP_HAS_OP(SHR)
    case KP_ERR_NEG_SHIFT: put_text(out, kText_NEG_SHIFT); return true;
#endif
#if KP_HAS_OP(RAISE) || KP_HAS_OP(FORPREP) || KP_HAS_OP(NEWRANGE)
    case KP_ERR_RANGE_STEP: put_text(out, kText_RANGE_STEP); return true;
#endif
#if KP_HAS_OP(READ)
    case KP_ERR_EOF_INPUT: put_text(out, kText_EOF_INPUT); return true;
#endif
#if KP_HAS_OP(SLICE) || KP_HAS_OP(SETSLICE) || KP_HAS_OP(STRSLICE)
    case KP_ERR_SLICE_STEP: put_text(out, kText_SLICE_STEP); return true;
#endif
#if KP_HAS_OP(POWMOD)
    case KP_ERR_POW_MOD_ZERO: put_text(out, kText_POW_MOD_ZERO); return true;
    case KP_ERR_NOT_INVERTIBLE: put_text(out, kText_NOT_INVERTIBLE); return true;
#endif
#if KP_HAS_OP(DNEXT)
    case KP_ERR_DICT_SIZE: put_text(out, kText_DICT_SIZE); return true;
    case KP_ERR_DICT_KEYS: put_text(out, kText_DICT_KEYS); return true;
#endif
#if KP_HAS_OP(STROP) || KP_HAS_OP(SPLITN)
    case KP_ERR_EMPTY_SEP: put_text(out, kText_EMPTY_SEP); return true;
#endif
#if KP_HAS_OP(STROP)
    case KP_ERR_STR_INDEX: put_text(out, kText_STR_INDEX); return true;
    case KP_ERR_CHR_RANGE: put_text(out, kText_CHR_RANGE); return true;
    case KP_ERR_INT_PARSE: {  // a repr over 200 characters CPython cuts ("%.200R"): no handler binds it
      if (!str_text(sec, arena, st, value, t)) return false;
      Sink measure = {nullptr, nullptr, 0};
      write_repr(measure, t);  // its bytes: its characters, or more for non-ASCII text (then stopped early)
      if (measure.n > kIntParseReprLimit) return false;
      put_text(out, kText_INT_PARSE);
      put_text(out, kTextColon);
      write_repr(out, t);
      return true;
    }
    case KP_ERR_ORD:
      if (!str_text(sec, arena, st, value, t)) return false;
      put_text(out, kText_ORD);
      put_text(out, kTextOrdLength);
      print_int(out, Int(str_chars(t)));
      put_text(out, kTextFound);
      return true;
#endif
#if (KP_HAS_OP(NEWSEQ) || KP_HAS_OP(FILL) || KP_HAS_OP(SETF) || KP_HAS_OP(APPEND) || KP_HAS_OP(INSERT)) && !KP_TRIMMED_TEXTS
    case KP_ERR_CHAR_HIGH: case KP_ERR_CHAR_LOW: case KP_ERR_BYTE_HIGH: case KP_ERR_BYTE_LOW:
    case KP_ERR_SHORT_HIGH: case KP_ERR_SHORT_LOW: {  // errors.def's rows in pairs, high then low
      const uint8_t k = uint8_t(status - KP_ERR_CHAR_HIGH);
      put_text(out, kTextArrayTypes[k >> 1]);
      put_text(out, k & 1 ? kTextBelow : kTextAbove);
      return true;
    }
#endif
#if KP_HAS_OP(MINSEQ) || KP_HAS_OP(MAXSEQ)
    case KP_ERR_EMPTY:
      put_text(out, KP_IS(MINSEQ, op) ? kTextMin : kTextMax);
      put_text(out, kText_EMPTY);
      return true;
#endif
#if KP_HAS_OP(RAISE)
    case KP_ERR_ASSERT: case KP_ERR_ATTRIBUTE: case KP_ERR_UNPACK:  // RAISE's string is the text
      if (!KP_IS(RAISE, op) || !str_text(sec, arena, st, Int(str_literal(ins(2))), t)) return false;
      for (uint16_t i = 0; i < t.n; ++i) out.put(t.at(i));
      return true;
    case KP_ERR_NAME: case KP_ERR_UNBOUND: {  // RAISE's string is the variable's name (a global's after its module's)
      if (!KP_IS(RAISE, op) || !str_text(sec, arena, st, Int(str_literal(ins(2))), t)) return false;
      uint16_t from = 0;
      for (uint16_t i = 0; status == KP_ERR_NAME && i < t.n; ++i)
        if (t.at(i) == '.' || t.at(i) == 1) from = uint16_t(i + 1);
      put_text(out, status == KP_ERR_NAME ? kTextName : kTextLocal);
      for (uint16_t i = from; i < t.n; ++i) out.put(t.at(i));
      put_text(out, status == KP_ERR_NAME ? kTextNotDefined : kTextNoValue);
      return true;
    }
#endif
#if KP_HAS_OP(GETITEM) || KP_HAS_OP(SETITEM) || KP_HAS_OP(POP) || KP_HAS_OP(LISTOP)
    case KP_ERR_INDEX: case KP_ERR_DEL_INDEX:  // the value kept: the sequence's IndexKind
      if ((value & 3) > INDEX_TUPLE) return false;
      if (KP_IS(POP, op)) {
        if (!(value & INDEX_EMPTY)) { put_text(out, kTextPopIndex); return true; }
        put_text(out, kTextPopEmpty);
        put_text(out, kTextKinds[value & 3]);
        return true;
      }
      put_text(out, kTextKinds[value & 3]);
      if (KP_IS(SETITEM, op) || status == KP_ERR_DEL_INDEX) put_text(out, kTextAssignment);
      put_text(out, kTextIndex);
      return true;
#endif
#if KP_HAS_OP(LISTOP)
    case KP_ERR_NO_REMOVE:  // the value kept: the sequence's IndexKind
      if ((value & 3) > INDEX_TUPLE) return false;
      put_text(out, kTextKinds[value & 3]);
      put_text(out, kTextRemove);
      put_text(out, kTextKinds[value & 3]);
      return true;
#endif
#if KP_HAS_OP(DICTOP) || KP_HAS_OP(LISTOP)
    case KP_ERR_KEY: case KP_ERR_NOT_FOUND: {  // the value kept: the missing key, or index()'s value
      // DICTOP's m (its operand 5) or LISTOP's (4) tells the value's type: str(e) is its repr,
      // then for index() " is not in list" (find_handler() kept no other list's value)
      uint8_t m = ins(5);
      if (status == KP_ERR_NOT_FOUND) {
        m = ins(4);
        m = (m & LIST_STRS) == LIST_STRS ? uint8_t(DICT_STRS) : uint8_t(m & LIST_BOOLS);
      }
      if ((m & DICT_TUPLES) == DICT_TUPLES) return false;
      if (m & DICT_STRS) {
        if (!str_text(sec, arena, st, value, t)) return false;
        write_repr(out, t);
      } else if (m & DICT_BOOLS) {
        put_text(out, value ? kTextTrue : kTextFalse);
      } else {
        print_int(out, value);
      }
      if (status == KP_ERR_NOT_FOUND) put_text(out, kTextNotInList);
      return true;
    }
#endif
    default:
      return false;
  }
}

// EXCSTR: r := str(e) of the exception a handler entry stored (find_handler()): a raise's
// message (the compiler made a KeyError's its repr()), else the run-time error's text in a new
// str, measured first, then written into its block.
KP_NOINLINE uint8_t exception_str(Heap& h, const Sections& sec, uint16_t code_size, Int message, Int word, Int value,
                                  Int& r) {
  const uint8_t status = uint8_t(word);
  r = status == KP_ERR_RAISED ? message : 0;  // 0 is "" (an assert without a message)
  if (status == KP_ERR_RAISED) return KP_OK;
  uint16_t at = 0;
  for (uint8_t pass = 0; pass < 2; ++pass) {
    Sink out = {nullptr, at ? h.arena + at + kStrHeader : nullptr, 0};
    if (!error_text(out, sec, code_size, h.arena, h.st, status, uint16_t(message), value)) return KP_ERR_BAD_REF;
    if (out.n == 0) return KP_OK;
    if (!at && !(at = new_str(h, out.n))) return KP_ERR_MEMORY;
  }
  r = intern(h, sec, at);
  return KP_OK;
}
#endif

// The register count of the function whose code holds pc.
KP_NOINLINE unsigned frame_regs(const uint8_t* image, const Sections& sec, uint16_t pc) {
  unsigned regs = 0;
  for (unsigned f = 0, n = img8(image + HDR_NFUNCS); f < n; ++f) {
    const uint8_t* e = sec.funcs + kFuncEntrySize * f;
    if (img16(e + FN_CODE) > pc) break;
    regs = img8(e + FN_NREGS);
  }
  return regs;
}

// The end of the frames in use, the heap's floor (the collector's roots lie below it): the
// highest end of the frame at `frame` and its callers', as a callee's frame (at its caller's
// call window) may end below its caller's, whose registers above it are the caller's again
// after the return. A caller's frame starts below its callee's and holds fewer than
// kRegisterLimit registers, so the walk stops at the first that cannot reach past the end
// found, or at the module's frame. ip is inside the running instruction (its opcode read).
// Out of line everywhere: a loop, run only by the handlers that allocate.
KP_NOINLINE uint16_t frame_end(const uint8_t* image, const Sections& sec, const uint8_t* arena, const uint8_t* frame, const uint8_t* ip) {
  uint16_t base = uint16_t(frame - arena), end = uint16_t(base + frame_regs(image, sec, uint16_t(ip - 1 - sec.code)) * W);
  while (base > kStateSize && base + kRegisterLimit * W > end) {
    const uint8_t* record = arena + base - kCallRecordSize;  // the caller's return pc and frame, below it
    if (get16(record + 2) >= base) break;  // never for frames CALL made
    base = get16(record + 2);
    uint16_t caller_end = uint16_t(base + frame_regs(image, sec, uint16_t(get16(record) - 1)) * W);
    if (caller_end > end) end = caller_end;
  }
  return end;
}

// The value of an object operand (kind 'o'): register x of the frame, or global x - kRegisterLimit.
KP_FULL_NOINLINE Int object_operand(const uint8_t* frame, const uint8_t* arena, uint8_t x) {
  return get(x < kRegisterLimit ? frame + unsigned(x) * W : arena + kStateSize + unsigned(x - kRegisterLimit) * W);
}
#endif  // KP_HEAP

// Tables indexed by opcode (the instruction sizes here, computed goto's labels in run()):
// with KP_LOCAL_OPCODES only the build's opcodes, in opcodes.def order (their local numbers),
// else every row. KP_CODE_TABLE puts them where the port wants (the AVR: flash, read with
// img8 and KP_CODE_TABLE_READ).
#if KP_LOCAL_OPCODES
#define KP_ROW(name, ...) KP_IF_OP(name, __VA_ARGS__)
#else
#define KP_ROW(name, ...) __VA_ARGS__
#endif
const uint8_t kSizes[] KP_CODE_TABLE = {
#define OP(name, fmt, py, result, group, mode, doc) KP_ROW(name, kSize_##name,)
#include "bytecode/opcodes.def"
#undef OP
};

// The start of the instruction that holds code offset end - 1: the code is one stream of
// instructions from offset 0, stepped through by their sizes (run() keeps no pointer to the
// current instruction; a stop is rare).
KP_NOINLINE uint16_t instruction_at(const uint8_t* code, uint16_t end) {
  uint16_t pc = 0;
  for (;;) {
    uint8_t op = img8(code + pc);
    uint16_t next = uint16_t(pc + (op / kOpScale < sizeof kSizes ? img8(&kSizes[op / kOpScale]) : 1));
    if (next >= end) return pc;
    pc = next;
  }
}

#if KP_HANDLERS
// The class an except clause sees for each run-time error (bytecode/exceptions.h).
const uint8_t kErrorClasses[] KP_CODE_TABLE = {
#define ERR(name, exception, message) error_class(KP_ERR_##name, exception),
#include "bytecode/errors.def"
#undef ERR
};
constexpr uint16_t kNoHandler = 0xFFFF;

// The handler of an error `status` raised by the instruction at pc in the frame at st.base
// (docs/bytecode.md, "Handler table"): the frames are searched from the innermost out, each at
// its pc (a caller's: inside its CALL), for the first entry whose range holds the pc and whose
// classes hold the error's. When one is found the frames above its frame are dropped (st.base,
// st.depth; nothing stays pinned) and its handler's pc is returned; else kNoHandler, and
// nothing changed: the traceback reads the frames. Off the normal path: only a stop runs it.
KP_NOINLINE uint16_t find_handler(const uint8_t* image, const Sections& sec, uint8_t* arena, VmState& st,
                                  uint8_t status, uint16_t pc) {
  if (!(img8(image + HDR_FLAGS) & kFlagHandlers)) return kNoHandler;
  const uint16_t pc0 = pc;  // the raising instruction
  uint16_t base = st.base, depth = st.depth;
  // The exception: its class, and THROW's message (its value operand, read in the raising
  // frame) or a run-time error's pc (the traceback of a re-raise names the operator by it);
  // RERAISE's are the pair a handler entry stored.
  // The value the message names of a KeyError (DICTOP's key, its operand C), of int() and
  // ord() (STROP's str, its B) is kept too: the traceback of a re-raise shows it.
  uint8_t cls;
  Int message = Int(pc0), value = 0;
  bool untexted = false;  // an error whose text the kept value cannot give: no handler that binds it catches it
  auto operand = [&](uint8_t at) {
    uint8_t x = img8(sec.code + pc0 + at);
    return x < kRegisterLimit ? get(arena + base + x * W) : Int(int(x) - kImmBias);
  };
#if KP_HAS_OP(RERAISE)
  if (img8(sec.code + pc0) == KP_OP(RERAISE)) {
    const uint8_t* kept = arena + base + img8(sec.code + pc0 + 1) * W;
    message = get(kept);
    cls = uint8_t(uint16_t(get(kept + W)) >> 8);
    value = get(kept + 2 * W);
  } else
#endif
  if (status == KP_ERR_RAISED) {
    cls = img8(sec.code + pc + 1);
    message = operand(3);
  } else {
    cls = img8(&kErrorClasses[status - KP_ERR_ZERO_DIV]);
    if (status == KP_ERR_KEY || status == KP_ERR_NOT_FOUND || status == KP_ERR_INT_PARSE || status == KP_ERR_ORD)
      value = operand(status == KP_ERR_INT_PARSE || status == KP_ERR_ORD ? 2 : 3);
#if KP_INDEX_KEPT
    // The sequence of an IndexError (GETITEM's and POP's operand 2, SETITEM's 1) or of LISTOP's
    // errors (its operand 2): its IndexKind is kept, for an IndexError with INDEX_EMPTY; index()'s
    // ValueError keeps its value instead, whose text kilopy writes in a list of ints, bools or strs.
    const bool listop = status == KP_ERR_DEL_INDEX || status == KP_ERR_NO_REMOVE || status == KP_ERR_NOT_FOUND;
    untexted = listop;
    if (status == KP_ERR_INDEX || listop) {
      uint8_t x = img8(sec.code + pc0 + (KP_IS(SETITEM, img8(sec.code + pc0)) ? 1 : 2));
      Seq s;
      if (load_seq(arena, st, sec.tables, get(x < kRegisterLimit ? arena + base + x * W : arena + kStateSize + (x - kRegisterLimit) * W), s)) {
        bool tuple = s.kind == SEQ_RECORD || (s.kind & SEQ_IN_IMAGE);  // a constant table is a tuple
        untexted = status == KP_ERR_NOT_FOUND && s.kind != SEQ_LIST && s.kind != SEQ_LIST_STR;  // ints, bools or strs (LISTOP's m tells)
        if (status != KP_ERR_NOT_FOUND)
          value = Int((tuple ? INDEX_TUPLE : is_array_kind(s.kind) ? INDEX_ARRAY : INDEX_LIST) | (s.len ? 0 : INDEX_EMPTY));
      }
    }
#endif
  }
  (void)untexted;  // a build without EXCSTR binds no error's text
  if (cls == EXC_NONE) return kNoHandler;
  const uint8_t* table = sec.code + img16(image + HDR_CODE_SIZE);  // after the code and the table section
  if (img8(image + HDR_FLAGS) & kFlagTables) table += 2 + img16(table);
  for (;;) {
    const uint8_t* h = table + 1;
    for (uint8_t n = img8(table); n != 0; --n, h += kHandlerSize)
      if (img16(h + HD_START) <= pc && pc < img16(h + HD_END) && img8(h + HD_FIRST) <= cls && cls <= img8(h + HD_LAST)) {
        uint8_t reg = img8(h + HD_REG);  // the exception for `as e` and RERAISE: message or pc, status | class << 8, value
#if KP_EXC_TEXT
        if (status != KP_ERR_RAISED && img8(sec.code + img16(h + HD_HANDLER)) == KP_OP(EXCSTR)) {  // `as e` binds it
          Sink measure = {nullptr, nullptr, 0};
          if (untexted || !error_text(measure, sec, img16(image + HDR_CODE_SIZE), arena, st, status, uint16_t(message), value))
            return kNoHandler;
        }
#endif
        if (reg != kNoHandlerRegister) {
          put(arena + base + reg * W, message);
          put(arena + base + (reg + 1) * W, Int(uint16_t(status | cls << 8)));
          put(arena + base + (reg + 2) * W, value);
        }
        st.base = base;
        st.depth = depth;
        st.pin = 0;
        return img16(h + HD_HANDLER);
      }
    if (depth == 1) return kNoHandler;
    const uint8_t* record = arena + base - kCallRecordSize;
    pc = uint16_t(get16(record) - 1);  // the caller's CALL
    base = get16(record + 2);
    --depth;
  }
}
#endif  // KP_HANDLERS

}  // namespace

KpStatus start(const uint8_t* image, uint8_t* arena, uint16_t arena_size) {
#if !KP_TRUSTED_IMAGE
  if (img8(image) != 'K' || img8(image + 1) != 'P' || img8(image + 2) != 'Y' ||
      img8(image + HDR_VERSION) != kFormatVersion)
    return KP_BAD_IMAGE;
  if (img8(image + HDR_INT_BITS) != KP_INT_BITS) return KP_BAD_WIDTH;
  if (arena_size < kStateSize) return KP_ERR_MEMORY;
#endif
#if !KP_ARENA_ZEROED  // else the port's arena is still all zero when start() runs (kp_target.h)
  for (uint16_t i = 0; i < arena_size; ++i) arena[i] = 0;  // codegen relies on it: module registers start at 0
#endif
  const uint8_t* module = image + kHeaderSize;
  uint16_t end = uint16_t(kStateSize + img8(module + FN_NREGS) * W);  // at most 24 + 255 * 4
  uint8_t status = KP_OK;
  if (end > arena_size) {
    end = arena_size;
    status = KP_ERR_MEMORY;
  }
  // The heap ends at an even offset, so every object's offset is even (a constant table's
  // value is odd, bytecode/runtime.h) and so are str blocks: an odd arena's last byte stays unused.
  const uint16_t size = uint16_t(arena_size & ~1u);
  // VmState's fields up to total_peak, in order and little-endian (bytecode/runtime.h): depth 1,
  // no heap yet. The arena is zero, so the rest is too.
  static_assert(offsetof(VmState, depth) == 8 && offsetof(VmState, status) == 10 && offsetof(VmState, heap) == 12 &&
                    offsetof(VmState, total_peak) == 16, "start() writes VmState's bytes in this order");
  const uint16_t pc = img16(module + FN_CODE);
  uint8_t* p = arena;
#ifdef __AVR__
  __asm__("" : "+z"(p));  // in Z, whose stores take a displacement (through X: an adiw and sbiw each)
#endif
  *p++ = uint8_t(pc);  // pc
  *p++ = uint8_t(pc >> 8);
  *p++ = kStateSize;  // base
  *p++ = 0;
  *p++ = uint8_t(size);  // arena_size
  *p++ = uint8_t(size >> 8);
  *p++ = uint8_t(end);  // peak
  *p++ = uint8_t(end >> 8);
  *p++ = 1;  // depth
  *p++ = 0;
  *p++ = status;
  *p++ = 0;  // exit_status
  *p++ = uint8_t(size);  // heap
  *p++ = uint8_t(size >> 8);
  *p++ = 0;  // heap_peak
  *p++ = 0;
  *p++ = uint8_t(end);  // total_peak
  *p = uint8_t(end >> 8);
  return KpStatus(status);
}

KpStatus run(const uint8_t* image, uint8_t* arena, uint32_t* budget) {
#ifdef KP_ARENA  // the port's one arena, at an address the linker knows
  arena = KP_ARENA;
#endif
#if KP_STATE_IN_ARENA  // run() works on the arena's VmState itself: no copy in run()'s frame
  VmState& st = *reinterpret_cast<VmState*>(arena);
#else
  VmState st;
  __builtin_memcpy(&st, arena, kStateSize);
#endif
  if (st.status != KP_OK && st.status != KP_PAUSED) return KpStatus(st.status);
  const Sections sec = find_sections(image);
#if KP_HEAP
  const uint8_t* const tables = KP_TABLES ? sec.tables : nullptr;  // the sequence handlers read constant tables there
#endif
  const uint8_t* ip = sec.code + st.pc;
  uint8_t* frame = arena + st.base;
  uint8_t status = KP_OK;
  Int result = 0;  // the value a RET hands to its caller
#if KP_STEP_BUDGET  // instructions left to run; without a budget, refilled when it runs out
  uint32_t left = budget ? *budget : kNoBudget;
#else
  (void)budget;
#endif

// Operands are read in order, each read moving ip on (U8, S16), so that after its operands
// ip is the next instruction: jumps are relative to it and CALL saves it. A handler stops
// after its opcode is read and before it jumps, so ip is then inside the instruction or at its
// end: a stop reports where it began (instruction_at()), which stop.cpp decodes.
#define U8() next8(ip)
#define S16() int16_t(next16(ip))
#define R(x) (frame + unsigned(x) * W)
#define V(x) value_call(frame, x)
// An object operand (kind 'o'): register x, or global x - kRegisterLimit.
#define O(x) object_operand(frame, arena, x)
#define FAIL(code) do { status = (code); goto stop; } while (0)
#if KP_STATIC_CALLS  // no depth count (above): the module's frame is the one at kStateSize
#define KP_AT_MODULE() (frame == arena + kStateSize)
#define KP_DEPTH_DOWN()
#else
#define KP_AT_MODULE() (st.depth == 1)
#define KP_DEPTH_DOWN() --st.depth
#endif
#define CHECK(expr) do { if ((status = (expr)) != KP_OK) goto stop; } while (0)
// The heap, with the end of the current frame (the collector's roots lie below it).
#define HEAP(h) Heap h = {arena, st, frame_end(image, sec, arena, frame, ip), tables}
// s := the sequence whose offset register x holds (a malformed one stops the VM).
#define SEQ(s, x) Seq s; if (!load_seq(arena, st, tables, O(x), s)) FAIL(KP_ERR_BAD_REF)
// The same for a handler that writes s: a constant table is no sequence here.
#define SEQW(s, x) Seq s; if (!load_seq(arena, st, nullptr, O(x), s)) FAIL(KP_ERR_BAD_REF)

#if KP_STEP_BUDGET  // pauses before an instruction (out_of_steps: the pc is then ip); one
                   // decrement and branch per instruction, the budget pointer read only there
#define BUDGET() if (__builtin_expect(__builtin_sub_overflow(left, 1u, &left), 0)) goto out_of_steps;
#else
#define BUDGET()
#endif

  uint8_t op;  // the opcode, for the shared handlers
#if KP_COMPUTED_GOTO
#if KP_ALU_SHARED_DECODE  // the int operators' operands and result, and where the operation is
  // (initialised only to quiet -Wmaybe-uninitialized; unused in a build without them)
  __attribute__((unused)) uint8_t alu_a = 0;
  __attribute__((unused)) Int alu_b = 0, alu_c = 0;  // alu_b takes the result
  __attribute__((unused)) const void* alu_operation = nullptr;
#endif
#if KP_HAS_OP(FORLOOP)  // FORLOOP1 runs FORLOOP's code (below)
#define L_FORLOOP1 L_FORLOOP
#endif
#if defined(KP_JUMP_ENTRY) && KP_LOCAL_OPCODES
  // The port's table of jumps, one per opcode the build has, in rank order (kp_target.h): the
  // dispatch jumps to the opcode's entry, which jumps to its label (no label read from a table).
  KP_JUMP_TABLE_START();
#define OP(name, fmt, py, result, group, mode, doc) KP_IF_OP(name, KP_JUMP_ENTRY(RANK_##name, &&L_##name);)
#include "bytecode/opcodes.def"
#undef OP
  static_assert(kOpScale == KP_JUMP_ENTRY_SCALE, "a scaled opcode is its jump's offset in the table");
#define DISPATCH() do { BUDGET(); goto *KP_JUMP_TARGET(op = U8()); } while (0)
#else
  // Indexed by opcode / kOpScale as kSizes is; a row whose handler the build lacks: bad_op.
  static const void* const labels[] KP_CODE_TABLE = {
#define KP_LABEL_1(name) &&L_##name
#define KP_LABEL_0(name) &&bad_op
#define OP(name, fmt, py, result, group, mode, doc) KP_ROW(name, KP_CAT(KP_LABEL_, KP_HAS_OP(name))(name),)
#include "bytecode/opcodes.def"
#undef OP
  };
  static_assert(kOpScale == 1 || kOpScale == sizeof labels[0], "a scaled opcode is its label's byte offset");
#define DISPATCH() \
  do { BUDGET(); goto *KP_CODE_TABLE_READ(reinterpret_cast<const void* const*>(reinterpret_cast<const char*>(labels) + \
                                           (op = U8()) * (sizeof labels[0] / kOpScale))); } while (0)
#endif
#define CASE(name) KP_IF_OP(name, L_##name:)
  DISPATCH();
#else
#define DISPATCH() goto dispatch
#define CASE(name) KP_IF_OP(name, case KP_OP(name):)
  for (;;) {
  dispatch:
    BUDGET();
    switch (op = U8()) {
#endif
// FORLOOP1's label: with computed goto where the build has FORLOOP, its table entry is
// FORLOOP's (L_FORLOOP1 above), so it has none of its own (FORLOOP's handler, below).
#if KP_COMPUTED_GOTO && KP_HAS_OP(FORLOOP)
#define KP_CASE_FORLOOP1
#else
#define KP_CASE_FORLOOP1 CASE(FORLOOP1)
#endif
// No do-while around DISPATCH(): in switch mode it is `continue`, which must reach the loop.
#define JUMP(offset) { ip += (offset); DISPATCH(); }

    CASE(HALT) FAIL(KP_HALTED);
    CASE(EXIT) { st.exit_status = uint8_t(V(U8())); FAIL(KP_HALTED); }
    CASE(MOVE) { uint8_t a = U8(); put(R(a), value(frame, U8())); DISPATCH(); }
    CASE(LOADI) { uint8_t a = U8(); put(R(a), Int(S16())); DISPATCH(); }
    CASE(LOADK) { uint8_t a = U8(); put(R(a), image_int(sec.consts + U8() * W)); DISPATCH(); }
    CASE(GETG) { uint8_t a = U8(); put(R(a), get(arena + kStateSize + U8() * W)); DISPATCH(); }
    CASE(SETG) { uint8_t a = U8(); put(arena + kStateSize + a * W, V(U8())); DISPATCH(); }
// The int operators (value() inlined: most instructions are these). With computed goto each
// row is its own table entry and alu() folds to its one case: no second dispatch through
// alu()'s switch. KP_ALU_SHARED_DECODE (the AVR: size-bound) shares the operands' decode and
// the store: the row's entry notes where its operation is and runs the decode, which jumps
// there; otherwise (the host) each row is a whole handler. The switch shares one handler.
#define KP_ALU(opcode)                   \
  {                                      \
    Int r;                               \
    uint8_t a = U8();                    \
    Int b = value(frame, U8());          \
    Int c = value(frame, U8());          \
    CHECK(alu(opcode, b, c, r));         \
    put(R(a), r);                        \
    DISPATCH();                          \
  }
#if KP_COMPUTED_GOTO && KP_ALU_SHARED_DECODE
    alu_decode: __attribute__((unused));
      alu_a = U8();
      alu_b = value(frame, U8());
      alu_c = value(frame, U8());
      goto *alu_operation;
#define OP(name, fmt, py, result, group, mode, doc)             \
  KP_CAT(KP_IF_, KP_SAME_GROUP(group, ALU))(KP_IF_OP(name,      \
    CASE(name) { alu_operation = &&A_##name; goto alu_decode; } \
    A_##name: CHECK(alu(KP_OP(name), alu_b, alu_c, alu_b)); goto alu_store;))
#include "bytecode/opcodes.def"
#undef OP
    alu_store: __attribute__((unused));
      put(R(alu_a), alu_b);  // the result
      DISPATCH();
#elif KP_COMPUTED_GOTO
#define OP(name, fmt, py, result, group, mode, doc) \
  KP_CAT(KP_IF_, KP_SAME_GROUP(group, ALU))(KP_IF_OP(name, CASE(name) KP_ALU(KP_OP(name))))
#include "bytecode/opcodes.def"
#undef OP
#else
#define KP_GROUP ALU
#include "vm/group_cases.h"
    KP_ALU(op)
#endif
    CASE(NEG) { Int r; uint8_t a = U8(); CHECK(py_neg<Int>(V(U8()), r)); put(R(a), r); DISPATCH(); }
    CASE(INV) { uint8_t a = U8(); put(R(a), Int(~V(U8()))); DISPATCH(); }
    CASE(NOT) { uint8_t a = U8(); put(R(a), Int(V(U8()) == 0)); DISPATCH(); }
    CASE(ABS) { Int r; uint8_t a = U8(); CHECK(py_abs<Int>(V(U8()), r)); put(R(a), r); DISPATCH(); }
    CASE(JMP) JUMP(S16());
// The branches: with computed goto and each int operator its own handler (the host), each
// row of TESTJ and CMPJ is too, its test folded to a constant; else one handler per group.
#define KP_TESTJ(opcode)                          \
  {                                               \
    bool set = get(R(U8())) != 0;                 \
    int16_t offset = S16();                       \
    if (set == KP_IS(JT, opcode)) JUMP(offset);   \
    DISPATCH();                                   \
  }
#define KP_CMPJ(opcode)                           \
  {                                               \
    Int a = V(U8());                              \
    Int b = V(U8());                              \
    int16_t offset = S16();                       \
    if (branch_taken(opcode, a, b)) JUMP(offset); \
    DISPATCH();                                   \
  }
#if KP_COMPUTED_GOTO && !KP_ALU_SHARED_DECODE
#define OP(name, fmt, py, result, group, mode, doc)                                      \
  KP_CAT(KP_IF_, KP_SAME_GROUP(group, TESTJ))(KP_IF_OP(name, CASE(name) KP_TESTJ(KP_OP(name)))) \
  KP_CAT(KP_IF_, KP_SAME_GROUP(group, CMPJ))(KP_IF_OP(name, CASE(name) KP_CMPJ(KP_OP(name))))
#include "bytecode/opcodes.def"
#undef OP
#else
#define KP_GROUP TESTJ
#include "vm/group_cases.h"
    KP_TESTJ(op)
#define KP_GROUP CMPJ
#include "vm/group_cases.h"
    KP_CMPJ(op)
#endif
    CASE(FORPREP0) {  // range(n): FORPREP with start 0 and step 1 (same operands and size)
      uint8_t* range = R(img8(ip));  // A, read again by FORPREP
      put(range, 0);
      put(range + 2 * W, 1);
    }
    // fall through
    CASE(FORPREP) {
      uint8_t* range = R(U8());  // current, stop, step
      uint8_t b = U8();
      int16_t offset = S16();
      Int cur = get(range), stop = get(range + W), step = get(range + 2 * W);
      if (step == 0) FAIL(KP_ERR_RANGE_STEP);
      if (step > 0 ? cur >= stop : cur <= stop) JUMP(offset);
      put(R(b), cur);
      DISPATCH();
    }
    // FORLOOP1 is FORLOOP of a step of 1, which R[A+2] holds too: a build without FORLOOP (an
    // AVR firmware's own VM) takes it as a constant, one with it runs FORLOOP's code (with
    // computed goto FORLOOP1's table entry is FORLOOP's label: run() is as without FORLOOP1).
    CASE(FORLOOP)
    KP_CASE_FORLOOP1 {
      uint8_t a = U8();
      uint8_t* range = R(a);  // current, stop, step
      uint8_t b = U8();
      int16_t offset = S16();
      Int cur, stop = get(range + W), step = KP_HAS_OP(FORLOOP) ? get(range + 2 * W) : Int(1);
      if (!__builtin_add_overflow(get(range), step, &cur) && (step > 0 ? cur < stop : cur > stop)) {
        put(range, cur);
#ifdef __AVR__  // B is A for a loop variable never read (codegen): the compare costs less than the copy
        if (b != a)
#endif
          put(R(b), cur);
        JUMP(offset);
      }
      DISPATCH();
    }
    CASE(CALL) {
      uint8_t* record = R(U8());
      const uint8_t* fn = sec.funcs + kFuncEntrySize * U8();
      // 16-bit arithmetic suffices: the caller's frame, record included, ends below the heap.
      uint16_t base = uint16_t(record - arena);
      uint16_t need = uint16_t(kCallRecordSize + img8(fn + FN_NREGS) * W);
#if !KP_STATIC_CALLS
      if (st.depth >= kMaxDepth) FAIL(KP_ERR_RECURSION);
      if (need > st.heap - base) {  // collect, which may give the bottom of the heap back
#if KP_HEAP
        HEAP(heap);
        heap.collect();
        if (need > st.heap - base)
#endif
          FAIL(KP_ERR_RECURSION);
      }
#endif
      uint16_t end = uint16_t(base + need);
      put16(record, uint16_t(ip - sec.code));
      put16(record + 2, uint16_t(frame - arena));
#if KP_HEAP
      if (end > st.peak) st.peak = end;
      {
        uint16_t footprint = uint16_t(st.arena_size - st.heap);
        if (end + footprint > st.total_peak) {
          st.total_peak = uint16_t(end + footprint);
          st.total_heap = footprint;
        }
      }
#else
      if (end > st.peak) st.peak = st.total_peak = end;  // no heap, no footprint: the peak is the total
#endif
#if !KP_STATIC_CALLS
      ++st.depth;
#endif
      frame = record + kCallRecordSize;
      ip = sec.code + img16(fn + FN_CODE);
      DISPATCH();
    }
    CASE(RET) { result = V(U8()); goto do_return; }
    CASE(RETN) { result = 0; goto do_return; }
    do_return: {
      if (KP_AT_MODULE()) FAIL(KP_HALTED);
      uint8_t* record = frame - kCallRecordSize;
      ip = sec.code + get16(record);
      frame = arena + get16(record + 2);
      put(record, result);  // the caller's R[A]
      KP_DEPTH_DOWN();
      DISPATCH();
    }
    CASE(PUTI) {
      Sink port = {kp_port_put, nullptr, 0};
      print_int(port, get(R(U8())));
      DISPATCH();
    }
    CASE(PUTS) {
      const uint8_t* s = sec.strings;
      for (uint8_t i = U8(); i != 0; --i) s += 1 + img8(s);  // strings are stored one after another
      for (uint8_t n = img8(s), i = 0; i < n; ++i) kp_port_put(img8(s + 1 + i));
      DISPATCH();
    }
#if KP_HAS_OP(PUTFMT)
    CASE(PUTFMT) {
      Int v = get(R(U8()));
      uint8_t fill = U8(), flags = U8(), width = U8();
      Sink port = {kp_port_put, nullptr, 0};
      format_int(port, v, fill, flags, width, U8());
      DISPATCH();
    }
#endif
    CASE(RAISE) FAIL(uint8_t(KP_ERR_ZERO_DIV + U8()));
    CASE(THROW) FAIL(KP_ERR_RAISED);  // its operands: find_handler() and the traceback read them
    CASE(RERAISE) {  // the status a handler entry stored; find_handler() and the traceback read the rest
      uint8_t e = uint8_t(uint16_t(get(R(U8()) + W)));
      if (e < KP_ERR_ZERO_DIV || e >= KP_STATUS_COUNT) FAIL(KP_ERR_BAD_REF);
      FAIL(e);
    }
#if KP_HAS_OP(PUTSFMT)
    CASE(PUTSFMT) {  // the text, padded
      Text t;
      if (!str_text(sec, arena, st, get(R(U8())), t)) FAIL(KP_ERR_BAD_REF);
      uint8_t fill = U8(), align = U8() & FMT_ALIGN_MASK;
      Sink port = {kp_port_put, nullptr, 0};
      format_str(port, t, fill, align, U8());
      DISPATCH();
    }
#endif
#if KP_HAS_OP(PUTSTR) || KP_HAS_OP(PUTREPR)
    CASE(PUTSTR)
    CASE(PUTREPR) {
      Text t;
      if (!str_text(sec, arena, st, get(R(U8())), t)) FAIL(KP_ERR_BAD_REF);
      Sink port = {kp_port_put, nullptr, 0};
      if (KP_IS(PUTREPR, op)) write_repr(port, t);
      else for (uint16_t i = 0; i < t.n; ++i) kp_port_put(t.at(i));
      DISPATCH();
    }
#endif
#if KP_HAS_OP(STRLEN)
    CASE(STRLEN) {
      uint8_t a = U8();
      Text t;
      if (!str_text(sec, arena, st, V(U8()), t)) FAIL(KP_ERR_BAD_REF);
      put(R(a), Int(str_chars(t)));
      DISPATCH();
    }
#endif

#if KP_HEAP
#if KP_HAS_OP(STRSLICE)
    CASE(STRSLICE) {
      uint8_t ops[6];
      for (uint8_t i = 0; i < 6; ++i) ops[i] = U8();
      Int r;
      HEAP(heap);
      CHECK(str_slice(heap, sec, frame, ops, r));
      put(R(ops[0]), r);
      DISPATCH();
    }
#endif
#if KP_HAS_OP(STROP)
    CASE(STROP) {
      uint8_t a = U8(), b = U8(), c = U8();
      Int r;
      HEAP(heap);
      CHECK(str_op(heap, sec, U8(), V(b), V(c), r));
      put(R(a), r);
      st.pin = 0;  // split()'s new list
      DISPATCH();
    }
#endif
#if KP_HAS_OP(SPLITN)
    CASE(SPLITN) {
      uint8_t a = U8(), b = U8(), c = U8(), d = U8();
      Int r;
      HEAP(heap);
      CHECK(split_n(heap, sec, V(b), V(c), V(d), U8(), r));
      put(R(a), r);
      st.pin = 0;  // the new list
      DISPATCH();
    }
#endif
#if KP_HAS_OP(EXCSTR)
    CASE(EXCSTR) {
      const uint8_t* e = R(U8());
      uint8_t b = U8();
      Int r;
      HEAP(heap);
      CHECK(exception_str(heap, sec, img16(image + HDR_CODE_SIZE), get(e), get(e + W), get(e + 2 * W), r));
      put(R(b), r);
      DISPATCH();
    }
#endif
#if KP_HAS_OP(FMTSTR)
    CASE(FMTSTR) {
      uint8_t a = U8(), b = U8(), fill = U8(), flags = U8(), width = U8();
      Int r;
      HEAP(heap);
      CHECK(format_to_str(heap, sec, V(b), fill, flags, width, U8(), r));
      put(R(a), r);
      DISPATCH();
    }
#endif
    CASE(NEWSEQ) {
      uint8_t a = U8(), b = U8(), n = U8(), kind = U8();
      if (kind >= SEQ_KIND_COUNT) FAIL(KP_ERR_BAD_REF);
      for (uint8_t i = 0; i < n; ++i) CHECK(fits(kind, get(R(b + i))));
      HEAP(heap);
      Seq s;
      CHECK(new_seq(heap, kind, n, n, s));
      for (uint8_t i = 0; i < n; ++i) s.set(i, get(R(b + i)));
      put(R(a), Int(st.pin));
      st.pin = 0;
      DISPATCH();
    }
    CASE(FILL) {
      uint8_t a = U8(), b = U8(), c = U8(), kind = U8();
      if (kind >= SEQ_KIND_COUNT) FAIL(KP_ERR_BAD_REF);
      Int v = V(b), count = V(c);
      CHECK(fits(kind, v));
      uint32_t n = count < 0 ? 0u : uint32_t(count);
      HEAP(heap);
      Seq s;
      CHECK(new_seq(heap, kind, n, n, s));
      for (uint16_t i = 0; i < s.len; ++i) s.set(i, v);
      put(R(a), Int(st.pin));
      st.pin = 0;
      DISPATCH();
    }
    CASE(REPEAT) {
      uint8_t a = U8(), b = U8(), c = U8();
      SEQ(src, b);
      Int count = V(c);
      uint32_t n = count < 0 || src.len == 0 ? 0u : uint32_t(count);
      uint32_t total = n > kMaxBlock ? uint32_t(kMaxBlock) + 1 : n * src.len;
      HEAP(heap);
      Seq s;
      CHECK(new_seq(heap, src.kind, 0, total, s));
      for (uint16_t k = 0; k < n; ++k) replace(heap, s, s.len, 0, src, 0, 1, src.len);  // fits: no new block
      put(R(a), Int(st.pin));
      st.pin = 0;
      DISPATCH();
    }
    CASE(LEN) { uint8_t a = U8(), b = U8(); SEQ(s, b); put(R(a), Int(s.len)); DISPATCH(); }
    CASE(GETITEM)
    CASE(GETF) {
      uint8_t a = U8(), b = U8(), c = U8();
#if KP_ITEM_FAST_PATH
      IntSeq f;
      uint8_t* p;
      if (int_seq(arena, st, O(b), 0, f) && (p = int_slot(f, V(c)))) {
        put(R(a), get(p));
        DISPATCH();
      }
#endif
      SEQ(s, b);
      uint16_t i;
      if (!index(s, V(c), i)) FAIL(KP_ERR_INDEX);
      put(R(a), s.at(i));
      DISPATCH();
    }
    CASE(SETITEM)
    CASE(SETF) {
      uint8_t a = U8(), b = U8(), c = U8();
#if KP_ITEM_FAST_PATH
      IntSeq f;
      uint8_t* p;
      if (int_seq(arena, st, O(a), 0, f) && (p = int_slot(f, V(b)))) {
        put(p, V(c));
        DISPATCH();
      }
#endif
      SEQW(s, a);
      uint16_t i;
      Int v = V(c);
      if (!index(s, V(b), i)) FAIL(KP_ERR_INDEX);
      CHECK(fits(s.kind, v));
      s.set(i, v);
      DISPATCH();
    }
    CASE(APPEND) {
      uint8_t a = U8(), b = U8();
#if KP_ITEM_FAST_PATH
      IntSeq f;
      if (int_seq(arena, st, O(a), 1, f)) {  // room: no growth
        put(f.elems + unsigned(f.len) * W, V(b));
        put16(f.obj + 4, uint16_t(f.len + 1));
        DISPATCH();
      }
#endif
      SEQW(s, a);
      Int v = V(b);
      CHECK(fits(s.kind, v));
      HEAP(heap);
      CHECK(grow(heap, s));
      s.set(s.len, v);
      s.set_len(uint16_t(s.len + 1));
      DISPATCH();
    }
    CASE(POP) {
      uint8_t a = U8(), b = U8(), c = U8();
#if KP_ITEM_FAST_PATH
      IntSeq f;
      uint8_t* p;
      if (int_seq(arena, st, O(b), 0, f) && (p = int_slot(f, V(c))) && p == f.elems + unsigned(f.len - 1) * W) {
        put(R(a), get(p));  // the last element: nothing moves
        put16(f.obj + 4, uint16_t(f.len - 1));
        DISPATCH();
      }
#endif
      SEQW(s, b);
      uint16_t i;
      if (s.len == 0 || !index(s, V(c), i)) FAIL(KP_ERR_INDEX);
      put(R(a), s.at(i));
      remove_at(s, i);
      DISPATCH();
    }
    CASE(INSERT) {
      uint8_t a = U8(), b = U8(), c = U8();
      SEQW(s, a);
      Int where = V(b), v = V(c);
      CHECK(fits(s.kind, v));
      if (where < 0) where = Int(where + Int(s.len));
      if (where < 0) where = 0;
      if (where > Int(s.len)) where = Int(s.len);
      HEAP(heap);
      CHECK(grow(heap, s));
      for (uint16_t i = s.len; i > uint16_t(where); --i) s.set(i, s.at(uint16_t(i - 1)));
      s.set(uint16_t(where), v);
      s.set_len(uint16_t(s.len + 1));
      DISPATCH();
    }
    CASE(CONTAINS) {
      uint8_t a = U8(), b = U8(), c = U8();
      Int i;
      uint8_t found = list_method(sec, arena, st, tables, O(c), V(b), LIST_INDEX, i);
      if (found != KP_OK && found != KP_ERR_NOT_FOUND) FAIL(found);
      put(R(a), Int(found == KP_OK));
      DISPATCH();
    }
    CASE(SEQEQ) {
      uint8_t a = U8(), b = U8(), c = U8();
      bool eq;
      CHECK(seq_equal(arena, st, tables, O(b), O(c), 0, eq));
      put(R(a), Int(eq));
      DISPATCH();
    }
    CASE(SEQEQW) {
      uint8_t a = U8(), b = U8(), c = U8();
      bool eq;
      CHECK(seq_equal(arena, st, tables, O(b), O(c), 0, eq, true));
      put(R(a), Int(eq));
      DISPATCH();
    }
    CASE(SUM) {
      uint8_t a = U8(), b = U8();
      SEQ(s, b);
      Int acc = 0;
      CHECK(sum_into(s, acc));
      put(R(a), acc);
      DISPATCH();
    }
    CASE(MINSEQ) {
      uint8_t a = U8(), b = U8();
      SEQ(s, b);
      if (s.len == 0) FAIL(KP_ERR_EMPTY);
      Int m = s.at(0);
      for (uint16_t i = 1; i < s.len; ++i) {
        int8_t cmp;
        CHECK(elem_compare(sec, arena, st, tables, s, s.at(i), m, 0, cmp));
        if (cmp < 0) m = s.at(i);
      }
      put(R(a), m);
      DISPATCH();
    }
    CASE(MAXSEQ) {
      uint8_t a = U8(), b = U8();
      SEQ(s, b);
      if (s.len == 0) FAIL(KP_ERR_EMPTY);
      Int m = s.at(0);
      for (uint16_t i = 1; i < s.len; ++i) {
        int8_t cmp;
        CHECK(elem_compare(sec, arena, st, tables, s, s.at(i), m, 0, cmp));
        if (cmp > 0) m = s.at(i);
      }
      put(R(a), m);
      DISPATCH();
    }
    CASE(PUTSEQ) {
      uint8_t a = U8(), m = U8();
      Sink port = {kp_port_put, nullptr, 0};
      CHECK(write_container(port, arena, st, tables, sec, O(a), m));
      DISPATCH();
    }
    CASE(NEXTITEM) {
      uint8_t a = U8(), b = U8();
      int16_t offset = S16();
      SEQ(s, a);
      Int i = get(R(a + 1));
      if (i >= 0 && i < Int(s.len)) {
        Int v = s.at(uint16_t(i));
        put(R(a + 1), Int(i + 1));
        put(R(b), v);
        JUMP(offset);
      }
      DISPATCH();
    }
    // A dict for n items; DICTNEWT's keys are tuples, c the places that hold strs. The AVR
    // (size-bound) shares one handler; the host has one each (the shared one's read of
    // DICTNEWT's c, ip moved on in one case only, cost the host's run() a fifth of its speed).
#define KP_DICTNEW(flags)                                                                 \
  {                                                                                      \
    uint8_t a = U8(), n = U8(), f = (flags);                                             \
    HEAP(heap);                                                                          \
    Seq s;                                                                               \
    CHECK(new_seq(heap, SEQ_DICT, 0, n <= 5 ? 0u : dict_capacity((n * 3u + 1) / 2), s)); \
    s.obj[3] = f;                                                                        \
    put(R(a), Int(st.pin));                                                              \
    st.pin = 0;                                                                          \
    DISPATCH();                                                                          \
  }
#define KP_DICTNEWT_FLAGS uint8_t(kDictTupleKeys | U8() << kDictKeyStrs)
#ifdef __AVR__
    CASE(DICTNEW) CASE(DICTNEWT) KP_DICTNEW(KP_IS(DICTNEWT, op) ? KP_DICTNEWT_FLAGS : 0)
#else
    CASE(DICTNEW) KP_DICTNEW(0)
    CASE(DICTNEWT) KP_DICTNEW(KP_DICTNEWT_FLAGS)
#endif
    CASE(DSET) {
      uint8_t a = U8(), b = U8(), c = U8();
      SEQ(s, a);
      if (s.kind != SEQ_DICT) FAIL(KP_ERR_BAD_REF);
      HEAP(heap);
      CHECK(dict_set(heap, s, V(b), V(c)));
      DISPATCH();
    }
    CASE(DICTOP) {
      uint8_t a = U8(), b = U8(), c = U8(), d = U8(), m = U8();
      SEQ(s, b);
      if (s.kind != SEQ_DICT) FAIL(KP_ERR_BAD_REF);
      HEAP(heap);
      Int r;
      CHECK(dict_method(heap, s, V(c), V(d), uint8_t(m & ~DICT_TUPLES), r));
      put(R(a), r);
      DISPATCH();
    }
    CASE(DNEXT) {  // CPython's dictiter_iternextkey, step by step
      uint8_t a = U8(), b = U8();
      int16_t offset = S16();
      SEQ(s, a);
      if (s.kind != SEQ_DICT) FAIL(KP_ERR_BAD_REF);
      if (Int(s.len) != get(R(a + 2))) FAIL(KP_ERR_DICT_SIZE);
      for (Int i = get(R(a + 1)); i >= 0 && i < Int(s.cap) && dict_entry(s, uint16_t(i))[0] != DICT_UNUSED; ++i) {
        if (dict_entry(s, uint16_t(i))[0] != DICT_LIVE) continue;
        Int left = get(R(a + 3));
        if (left == 0) FAIL(KP_ERR_DICT_KEYS);  // a key that was not there when the loop began
        put(R(a + 1), Int(i + 1));
        put(R(a + 3), Int(left - 1));
        put(R(b), get(dict_entry(s, uint16_t(i)) + 1));
        put(R(b + 1), dict_value(s, uint16_t(i)));
        JUMP(offset);
      }
      DISPATCH();
    }
    // One entry for the slice and list-method rows, which read their own operands (flash).
    CASE(SLICE)
    CASE(SETSLICE)
    CASE(LISTOP) {
      HEAP(heap);
      uint8_t operands[6];
      for (uint8_t i = 0, n = uint8_t(img8(&kSizes[op / kOpScale]) - 1); i < n; ++i) operands[i] = U8();
      Int r;
      CHECK(list_row(heap, sec, op, frame, operands, r));
      if (!KP_IS(SETSLICE, op)) put(R(operands[0]), r);
      st.pin = 0;
      DISPATCH();
    }
    CASE(SUMFROM) {
      uint8_t a = U8(), b = U8(), c = U8();
      SEQ(s, b);
      Int acc = V(c);
      CHECK(sum_into(s, acc));
      put(R(a), acc);
      DISPATCH();
    }
    CASE(ANY) {
      uint8_t a = U8(), b = U8();
      bool found;
      CHECK(find_truth(arena, st, tables, O(b), true, found));
      put(R(a), Int(found));
      DISPATCH();
    }
    CASE(ALL) {
      uint8_t a = U8(), b = U8();
      bool found;
      CHECK(find_truth(arena, st, tables, O(b), false, found));
      put(R(a), Int(!found));
      DISPATCH();
    }
    CASE(LIST)
    CASE(LISTSTR) {
      uint8_t a = U8(), b = U8();
      HEAP(heap);
      Seq s;
      CHECK(copy_as_list(heap, O(b), s, KP_IS(LISTSTR, op)));
      put(R(a), Int(st.pin));
      st.pin = 0;
      DISPATCH();
    }
    CASE(NEWRANGE) {
      uint8_t a = U8();
      Int start = V(U8()), stop = V(U8()), step = V(U8());
      if (step == 0) FAIL(KP_ERR_RANGE_STEP);
      uint32_t n = range_length<Int>(start, stop, step);
      HEAP(heap);
      Seq s;
      CHECK(new_seq(heap, SEQ_LIST, n, n, s));
      for (uint16_t i = 0; i < s.len; ++i) {  // no step past the last element: it may not fit an Int
        s.set(i, start);
        if (i + 1 < s.len) start = Int(start + step);
      }
      put(R(a), Int(st.pin));
      st.pin = 0;
      DISPATCH();
    }
    CASE(SORTED) {
      uint8_t a = U8(), b = U8(), t = U8();
      HEAP(heap);
      Seq s;
      CHECK(copy_as_list(heap, O(b), s, (t & SORTED_STR_KEYS) != 0));
      put(R(a), Int(st.pin));
      st.pin = 0;
      CHECK(sort_list(sec, arena, st, tables, s, (t & SORTED_REVERSE) != 0, uint8_t(t >> kSortedStrSlots)));
      DISPATCH();
    }
    CASE(TUPLE)
    CASE(TUPCAT) {  // one record of its final length (the static bound counts it as a resize)
      uint8_t a = U8(), b = U8(), c = KP_IS(TUPCAT, op) ? U8() : b;
      SEQ(x, b);
      SEQ(y, c);
      if (x.kind == SEQ_DICT || y.kind == SEQ_DICT) FAIL(KP_ERR_BAD_REF);
      uint16_t ny = KP_IS(TUPCAT, op) ? y.len : 0;
      HEAP(heap);
      Seq s;
      CHECK(new_seq(heap, SEQ_RECORD, uint32_t(x.len) + ny, uint32_t(x.len) + ny, s));
      for (uint16_t i = 0; i < x.len; ++i) s.set(i, x.at(i));
      for (uint16_t i = 0; i < ny; ++i) s.set(uint16_t(x.len + i), y.at(i));
      put(R(a), Int(st.pin));
      st.pin = 0;
      DISPATCH();
    }
#else  // a VM without the heap: the sequence handlers' rows stop
#define KP_GROUP SEQ
#include "vm/group_cases.h"
      FAIL(KP_ERR_BAD_REF);
#endif
    CASE(RETM) {
      if (KP_AT_MODULE()) FAIL(KP_HALTED);
      uint8_t* record = frame - kCallRecordSize;
      const uint8_t* from = R(U8());
      uint8_t n = U8();
      ip = sec.code + get16(record);
      frame = arena + get16(record + 2);
      for (uint8_t i = 0; i < n; ++i) put(record + i * W, get(from + i * W));  // upward: no overlap hazard
      KP_DEPTH_DOWN();
      DISPATCH();
    }
    CASE(POWMOD) {
      uint8_t a = U8();
      Int b = V(U8()), c = V(U8()), r;
      CHECK(py_powmod<Int>(b, c, V(U8()), r));
      put(R(a), r);
      DISPATCH();
    }
    CASE(BITLEN) { uint8_t a = U8(); put(R(a), py_bit_length<Int>(V(U8()))); DISPATCH(); }
    CASE(READ) {
      uint8_t a = U8();
      int32_t v;
      uint8_t got = kp_port_read(&v);
      if (got != KP_OK) FAIL(got);
      if (v < int32_t(IntLimits<Int>::min) || v > int32_t(IntLimits<Int>::max)) FAIL(KP_ERR_OVERFLOW);
      put(R(a), Int(v));
      DISPATCH();
    }
    CASE(AVAIL) { put(R(U8()), Int(kp_port_available() != 0)); DISPATCH(); }
    CASE(TRACE) {
#if KP_TRACE  // a port without a trace stream (KP_TRACE 0), or whose stream no one reads now, skips the row
      if (kp_port_tracing()) {
        uint8_t a = U8(), n = U8();
        Sink trace = {kp_port_trace, nullptr, 0};
        for (uint8_t i = 0; i < n; ++i) {
          if (i) trace.put(',');
          print_int(trace, get(R(a + i)));
        }
        kp_port_trace('\n');
        DISPATCH();
      }
#endif
      ip += kSize_TRACE - 1;  // its operands
      DISPATCH();
    }
#if !KP_COMPUTED_GOTO
      default: FAIL(KP_BAD_IMAGE);  // a verified image reaches it only with a handler left out
    }
  }
#else
bad_op: __attribute__((unused));
  FAIL(KP_BAD_IMAGE);
#endif

#if KP_STEP_BUDGET
out_of_steps:
  left = 0;
  if (budget) FAIL(KP_PAUSED);
  left = kNoBudget;
  DISPATCH();
#endif

stop:
  st.pc = uint16_t(ip - sec.code);
  if (status != KP_PAUSED) st.pc = instruction_at(sec.code, st.pc);
  st.base = uint16_t(frame - arena);
#if KP_STATIC_CALLS  // the depth, which CALL and RET did not count: one per call record
  st.depth = 1;
  for (uint16_t b = st.base; b != kStateSize; b = get16(arena + b - kCallRecordSize + 2)) ++st.depth;
#endif
#if KP_HANDLERS
  if (kp_is_error(status)) {
    uint16_t handler = find_handler(image, sec, arena, st, status, st.pc);
    if (handler != kNoHandler) {
      frame = arena + st.base;
      ip = sec.code + handler;
      status = KP_OK;
      DISPATCH();
    }
  }
#endif
  st.status = status;
#if !KP_STATE_IN_ARENA
  __builtin_memcpy(arena, &st, kStateSize);
#endif
#if KP_STEP_BUDGET
  if (budget) *budget = left;
#endif
  return KpStatus(status);
}

}  // namespace KP_NS
