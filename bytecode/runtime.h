// What the VM leaves in the arena: the runtime contract between the VM (vm/), the compiler's
// memory bound and code generator (frontend/, bytecode/memory_bound.cpp) and the hosts that read
// a stopped VM's arena (targets/). C++14 and freestanding: the VM includes it.
//
// All run-time state lives in the caller's arena:
//   [0, kStateSize)          VmState: the VM's bookkeeping
//   [kStateSize, ...)        the module frame: globals G[0..nglobals) are its first registers,
//                            its temporaries follow
//   above it                 call frames: a CALL stores its call record in the caller's R[A]..
//                            and the callee's registers start just above it (see CALL)
//   [heap, arena_size)       heap blocks (lists, arrays, records, element storage), allocated
//                            downward from the arena's end; docs/memory.md
#pragma once

#include <stdint.h>

#include "bytecode/status.h"

namespace kilopy {

// The VM's bookkeeping, stored (little-endian, unpadded) at the start of the arena.
struct VmState {
  uint16_t pc;          // next instruction (code offset); after an error, the failing one
  uint16_t base;        // arena offset of the current frame's R[0]
  uint16_t arena_size;  // bytes the caller gave
  uint16_t peak;        // highest arena offset ever in use (bookkeeping and frames included)
  uint16_t depth;       // frames on the call stack, the module's included
  uint8_t status;       // the last KpStatus
  uint8_t exit_status;  // after a halt: sys.exit(n)'s n & 0xFF as the shell sees it (0 otherwise)
  uint16_t heap;        // arena offset of the lowest heap block (arena_size: no heap yet)
  uint16_t heap_peak;   // the largest heap footprint (arena_size - heap) so far
  uint16_t total_peak;  // the largest (end of the frames in use + heap footprint) at one moment
  uint16_t total_heap;  // the heap footprint at that moment
  uint16_t pin;         // an object being built: a root for the collector (0: none)
  uint16_t request;     // after a MemoryError: the bytes the failing allocation asked for
};
constexpr unsigned kStateSize = 24;  // sizeof(VmState) without padding, a multiple of 4
static_assert(sizeof(VmState) == kStateSize, "VmState must have no padding");

// Heap blocks (docs/memory.md). Each starts with a u16 header: bits 0-1 the tag, bit 2 the
// collector's mark, bits 3-15 the block size in bytes / 2 (header included; sizes are even).
// A register names an object or a record by its block's offset; a str built at run time is an
// object-tagged block of another size than kObjectSize (str_block_size below).
enum BlockTag : uint8_t { BLOCK_FREE = 0, BLOCK_OBJECT = 1, BLOCK_DATA = 2, BLOCK_RECORD = 3 };
constexpr uint16_t kBlockMark = 4;
// int()'s ValueError shows the text's repr cut to this many characters (CPython's "%.200R").
constexpr uint8_t kIntParseReprLimit = 200;
constexpr uint16_t kMaxBlock = 16382;  // the largest block a header can describe
// A str value (docs/language.md "Strings"): 0 is "", an odd value 2k + 1 the image's string
// S[k] (a literal, never copied to the arena), an even value the arena offset of a str block
// built at run time: header, u16 byte count, the UTF-8 text. Heap blocks start at even offsets
// (the heap's top is the arena's size rounded down to even). Every str is interned: a new text
// equal to a literal is that literal, equal to a live str block is that block, so equal texts
// are equal values (==, in, dict keys and list methods compare ints).
constexpr uint16_t kStrHeader = 4;
constexpr uint16_t str_literal(uint16_t k) { return uint16_t(2 * k + 1); }
// The m operand of STROP (a str operation; opcodes.def).
enum StrOp : uint8_t {
  STR_CAT, STR_REPEAT, STR_FROM_INT, STR_LT, STR_LE, STR_IN, STR_GETITEM, STR_ORD, STR_CHR,
  STR_STARTS, STR_ENDS, STR_FIND, STR_UPPER, STR_LOWER, STR_STRIP, STR_SPLIT, STR_SPLIT_WS, STR_JOIN, STR_INT,
  STR_REPR, STR_IS, STR_OF_SEQ, STR_RFIND, STR_RECASE, STR_SPLITLINES, STR_OP_COUNT
};
// STROP STR_STRIP's c operand: which ends lose their whitespace (strip, lstrip, rstrip).
enum StripSides : uint8_t { STRIP_BOTH, STRIP_LEFT, STRIP_RIGHT };
// STROP STR_RECASE's c operand: which case change (swapcase(), capitalize(), title(); ASCII text only).
enum StrCase : uint8_t { CASE_SWAP, CASE_CAPITALIZE, CASE_TITLE };
// STROP STR_IS's c operand: which str test (isdigit(), ...; ASCII text only).
enum StrTest : uint8_t { STR_IS_DIGIT, STR_IS_ALPHA, STR_IS_ALNUM, STR_IS_SPACE, STR_IS_UPPER, STR_IS_LOWER };
constexpr bool str_op_allocates(uint8_t m) {
  return m <= STR_FROM_INT || m == STR_GETITEM || m == STR_CHR || (m >= STR_UPPER && m <= STR_JOIN) || m == STR_REPR || m == STR_OF_SEQ || m == STR_RECASE || m == STR_SPLITLINES;
}
// The non-ASCII code points kilopy knows CPython 3.11's repr() leaves as they are (printable
// throughout, Unicode 14): Latin, Greek, Cyrillic, punctuation, currency, arrows and symbols,
// CJK, kana, Hangul, fullwidth forms, emoticons. X(lo, hi) per range, inclusive. A string
// literal holding another is refused (frontend/codegen.cpp), chr() of another raises
// (KP_ERR_CHR_UNPRINTABLE): so the VM's repr() copies every non-ASCII character.
#define KP_PRINTABLE_RANGES(X)                                                                              \
  X(0xA1, 0xAC) X(0xAE, 0x24F) X(0x391, 0x3A1) X(0x3A3, 0x3C9) X(0x400, 0x4FF) X(0x2010, 0x2027)        \
  X(0x2030, 0x205E) X(0x20A0, 0x20BF) X(0x2190, 0x22FF) X(0x2500, 0x25FF) X(0x2600, 0x26FF)             \
  X(0x2700, 0x27BF) X(0x3001, 0x303F) X(0x3041, 0x3096) X(0x30A1, 0x30FA) X(0x4E00, 0x9FFF)             \
  X(0xAC00, 0xD7A3) X(0xFF01, 0xFF5E) X(0x1F600, 0x1F64F)
// The Unicode decimal digits among KP_PRINTABLE_RANGES, which CPython's int() reads as digits:
// X(zero) per run of ten, the code point of its 0 (tests/check_unicode_ranges.py derives the list
// from Python's unicodedata). None of the whitespace int() skips is in those ranges, so int() of
// a text with any other non-ASCII character is a ValueError (vm/vm.cpp str_int() stops at these).
#define KP_DECIMAL_ZEROS(X) X(0xFF10)
// A sequence object: block header, u8 kind, u8 zero, u16 len, u16 data (the offset of its
// element block, 0 when it has no room). The element block: header, then the elements.
// A record (SEQ_RECORD: an instance or a tuple, which never grows) is one block instead: its
// header, then one int per slot, so its length is (size - 2) / the int width.
constexpr uint16_t kObjectSize = 8;
// A str block: tagged BLOCK_OBJECT, kStrHeader + its n bytes rounded up to even, made 2 bytes
// longer where that would be kObjectSize, so that no str block looks like an object block.
constexpr uint16_t str_block_size(uint16_t n) {
  return uint16_t(kStrHeader + n + (n & 1)) == kObjectSize ? uint16_t(kObjectSize + 2) : uint16_t(kStrHeader + n + (n & 1));
}
constexpr bool is_str_header(uint16_t h) { return (h & 3) == BLOCK_OBJECT && uint16_t((h >> 3) << 1) != kObjectSize; }
enum SeqKind : uint8_t {
  SEQ_LIST = 0,      // list of ints or bools: one int (2 or 4 bytes) per element
  SEQ_LIST_REF = 1,  // list of sequences: one 2-byte offset per element
  SEQ_ARRAY_b = 2,   // array('b'): int8
  SEQ_ARRAY_B = 3,   // array('B'): uint8
  SEQ_ARRAY_h = 4,   // array('h'): int16
  SEQ_RECORD = 5,    // a class instance or a tuple, a BLOCK_RECORD: one int per field; a field
                     // holding an object holds its offset (the collector traces every slot
                     // conservatively, as registers)
  SEQ_DICT = 6,      // a dict (docs/memory.md): one entry {u8 state, key int, value int} per
                     // insertion, in order; len counts the live entries
  SEQ_LIST_STR = 7,  // list of strs: one int per element, traced by the collector (a str
                     // built at run time is an offset)
  SEQ_KIND_COUNT
};
// A constant table: a tuple of int or bool constants kept in the image's table section
// (image_format.h), never in the arena, so it costs no arena bytes (on the AVR it stays in
// flash). A register holding one holds 2 * off + 1, off its offset in the section's data: odd,
// so never an arena object's offset (those are even). A table is {u16 len, u8 kind, elements}:
// kind SEQ_RECORD stores ints of the image's width, SEQ_ARRAY_b/B/h 1, 1 and 2 bytes each. It
// reads as a tuple: the VM's Seq of it has kind (its kind | SEQ_IN_IMAGE), which no handler
// that writes accepts.
constexpr unsigned kTableHeaderSize = 3;
constexpr uint8_t SEQ_IN_IMAGE = 0x80;
constexpr unsigned kMaxTableSection = 16383;  // so every ref 2 * off + 1 is a positive 16-bit int
constexpr bool is_array_kind(uint8_t kind) { return kind >= SEQ_ARRAY_b && kind <= SEQ_ARRAY_h; }
// Bytes per element of a sequence of `kind` in a VM of `int_bytes`-byte ints: an int for a
// list of ints or a record's field, a 2-byte offset for a list of sequences, the typecode's
// size for an array.
constexpr uint8_t elem_size(uint8_t kind, unsigned int_bytes) {
  return kind == SEQ_DICT ? uint8_t(1 + 2 * int_bytes) : kind == SEQ_LIST || kind == SEQ_RECORD || kind == SEQ_LIST_STR ? uint8_t(int_bytes) : kind == SEQ_ARRAY_b || kind == SEQ_ARRAY_B ? 1 : 2;
}
// The m operand of LISTOP: the list method it runs (sort(reverse=True) is a SORT then a REVERSE:
// equal ints cannot be told apart, so that is stable too). LIST_BOOLS is added when the value is
// a bool (index()'s ValueError names it as Python prints it), LIST_STRS when it is a str (the
// same; a str compares as a word, its interned offset); LIST_WORDS when the elements are
// compared as words, not deeply (a list of objects: by identity, CPython's default ==).
enum ListOp : uint8_t {
  LIST_INDEX, LIST_COUNT, LIST_REMOVE, LIST_REVERSE, LIST_SORT, LIST_CLEAR, LIST_DEL, LIST_BOOLS = 8, LIST_WORDS = 16,
  LIST_STRS = LIST_BOOLS | LIST_WORDS
};
// The t operand of SORTED: descending, and whether a dict's or set's keys are strs (the new
// list is then a list of strs, SEQ_LIST_STR: the collector traces it and the sort compares texts);
// its bits from kSortedStrSlots up: the slots (0-5) at which the tuples sorted hold strs.
enum SortedFlags : uint8_t { SORTED_REVERSE = 1, SORTED_STR_KEYS = 2 };
constexpr unsigned kSortedStrSlots = 2;
// A dict entry's state byte. Entries are appended in insertion order and a deleted one stays as a
// tombstone until the next resize, as in CPython's entry table: with CPython's table sizes
// (dict_capacity) an iteration that the body mutates stops or goes on exactly as CPython's.
enum DictEntry : uint8_t { DICT_UNUSED = 0, DICT_LIVE = 1, DICT_DELETED = 2 };
// The entries a dict has room for, as CPython 3.11 sizes its table: usable 2/3 of a power of two
// of at least 8 that is >= `need`.
constexpr uint16_t dict_capacity(uint32_t need, uint32_t size = 8) {
  return size >= need ? uint16_t(size * 2 / 3) : dict_capacity(need, size * 2);
}
// The m operand of DICTOP: the operation, plus DICT_BOOLS when the keys are bools (a KeyError
// shows the key as Python prints it).
enum DictOp : uint8_t {
  DICT_GETITEM, DICT_DEL, DICT_IN, DICT_GET, DICT_POP, DICT_POPDEFAULT, DICT_SETDEFAULT, DICT_CLEAR, DICT_BOOLS = 8,
  DICT_STRS = 16,  // the keys are strs (a KeyError shows the key's repr)
  DICT_TUPLES = DICT_BOOLS | DICT_STRS  // the keys are tuples of ints (a KeyError shows the tuple)
};
// An IndexError's sequence, which a handler entry keeps as the error's value (vm/vm.cpp
// find_handler(); the sequence may be gone when `as e`'s EXCSTR or the traceback of a re-raise
// reads it): the word its text names ("list", "array", "tuple"), plus INDEX_EMPTY if it is empty.
enum IndexKind : uint8_t { INDEX_LIST, INDEX_ARRAY, INDEX_TUPLE, INDEX_EMPTY = 4 };
// A dict object's byte 3 (0 from DICTNEW): kDictTupleKeys from DICTNEWT, whose keys are tuples
// of ints and strs, compared (and printed) by value, and from bit kDictKeyStrs up the places
// (0-6) that hold strs (DICTNEWT's c: strs are interned, so they compare as ints).
constexpr uint8_t kDictTupleKeys = 1;
constexpr unsigned kDictKeyStrs = 1, kDictKeyStrPlaces = 7;
// DNEXT's iterator registers R[A]..R[A+3]: the dict, the next entry, len at the start (CPython's
// di_used), the entries still to yield (di_len).
constexpr unsigned kDictIterRegs = 4;
// PUTSEQ's m: how the elements print (bools, strs), and of a dict which parts are bools and
// whether its values are lists.
enum PutFlags : uint8_t { PUT_BOOLS = 1, PUT_KEY_BOOLS = 2, PUT_VALUE_LISTS = 4, PUT_STRS = 8, PUT_KEY_STRS = 16 };
// The m operand of SLICE and SETSLICE: which bounds were left out, and SETSLICE's `del`.
enum SliceFlags : uint8_t { SLICE_NO_START = 1, SLICE_NO_STOP = 2, SLICE_DEL = 4 };
// SPLITN's m: split at runs of whitespace (the separator operand is ignored), from the right (rsplit).
enum SplitFlags : uint8_t { SPLIT_WS = 1, SPLIT_RIGHT = 2 };
constexpr uint8_t kModeLimit = 32;  // every m operand is below it (the verifier checks)
// The deepest nesting of lists the VM compares or prints (the compiler refuses deeper types).
constexpr uint8_t kMaxNesting = 8;

// PUTFMT's flags operand: Python's format spec for an int, decoded by the compiler
// (frontend/format.cpp). The fill character, the width and the type ('d', 'x', 'X', 'o', 'b')
// are operands of their own.
enum FmtFlags : uint8_t {
  FMT_ALIGN_LEFT = 0,        // '<'
  FMT_ALIGN_RIGHT = 1,       // '>'
  FMT_ALIGN_CENTER = 2,      // '^': the extra fill character goes right
  FMT_ALIGN_AFTER_SIGN = 3,  // '=': fill between the sign (and prefix) and the digits
  FMT_ALIGN_MASK = 3,
  FMT_SIGN_PLUS = 4,          // '+': '+' before a number >= 0
  FMT_SIGN_SPACE = 8,         // ' ': ' ' before a number >= 0
  FMT_PREFIX = 16,            // '#': 0b, 0o, 0x or 0X before the digits
  FMT_GROUP_COMMA = 32,       // ',': ',' between groups of 3 digits
  FMT_GROUP_UNDERSCORE = 64,  // '_': '_' between groups of 3 digits (4 in bases 2, 8, 16)
};

// The widest field PUTFMT pads with zeros that take group separators (f'{x:064_b}'): the
// VM builds those digits in a buffer of this size on the stack.
constexpr uint8_t kMaxZeroGroupedWidth = 64;

// CPython's default recursion limit, counted the same way (the module frame included).
constexpr uint16_t kMaxDepth = 1000;

}  // namespace kilopy
