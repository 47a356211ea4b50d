// The builtin names the compiler knows: one table, read by the type checker (types.cpp) and
// the code generator (codegen.cpp), each switching on a row's rule in one place. A name only
// the opcode table's python column gives (abs, micro.read, ...) is a regular one-opcode
// builtin: a new one is an opcodes.def row plus its VM handler, no edit here.
#pragma once

#include <string>

#include "bytecode/opcode_info.h"

namespace kilopy {

// How types.cpp checks a call.
enum class TypeRule : uint8_t {
  Opcode,  // the python column's opcode for the argument count: its result column gives the type
  Print,   // print(*args, sep=, end=)
  Range,   // range(...): only as a for loop's iterable
  Iterate,  // enumerate(it[, start]), zip(it, ...), reversed(seq): likewise
  Array,   // array(typecode, [a, ...] or [v] * n)
  Len,     // len(seq); otherwise as Opcode
  Sum,     // sum(seq); otherwise as Opcode
  MinMax,  // min(seq), max(seq); 2 or more ints fold pairwise through the 2-operand opcode
  Trace,   // micro.trace(a, ...): 1 to 255 ints or bools
  Exit,    // exit([n]), quit([n]), sys.exit([n]): n an int, a bool or None
  Convert, // int(), int(x), bool(), bool(x) of an int, a bool or (bool) a str; str(x), ord(s), chr(i)
  Pow,     // pow(a, b), pow(a, b, m)
  Divmod,  // divmod(a, b): a tuple, only where tuples are allowed (q, r = divmod(a, b))
  Round,   // round(x[, n]) of an int: rewritten in place (expand_round)
  Truth,   // any(seq), all(seq)
  List,    // list(), list(seq)
  Sorted,  // sorted(seq, reverse=constant)
  Tuple,   // tuple(), tuple(seq): a tuple[T, ...] of ints, bools or strs
};

// How codegen.cpp compiles a call.
enum class CodeRule : uint8_t {
  Opcode,  // the python column's opcode for the argument count (folded pairwise past 2)
  Print,   // text pieces and PUTI/PUTSEQ
  Loop,    // compiled by the for statement that iterates over it
  Array,   // a new sequence of the typecode's kind
  Trace,   // one TRACE of consecutive registers
  Exit,    // EXIT of the argument (0 without one)
  Convert, // a copy, a != 0 test, or 0; STROP for str(), ord(), chr()
  Pow,     // POW, or POWMOD for three arguments
  Sorted,  // SORTED with the reverse flag
  Divmod,  // none: type inference rewrites divmod(a, b) into the tuple (a // b, a % b)
  Round,   // none: type inference rewrites round(x, n) into int arithmetic
  List,    // NEWRANGE of a range's operands, else LIST
  Tuple,   // TUPLE of the sequence (of a LIST of a dict's keys, of a range's NEWRANGE)
};

struct Builtin {
  const char* name;
  TypeRule type_rule;
  CodeRule code_rule;
  bool needs_import;  // a builtin only once imported (`from array import array`)
};

// The row for `name`; for a name only the python column gives, the one-opcode row; null if
// `name` is no builtin.
const Builtin* find_builtin(const std::string& name);

// True if `name` is a builtin function the compiler knows without an import.
bool is_builtin(const std::string& name);

// True if `name` is a builtin of Python's (kPythonBuiltins): one kilopy has no row for is
// refused as "kilopy has no NAME", not as undefined.
bool is_python_builtin(const std::string& name);

// The opcode implementing builtin `name` with `arity` operands (1: format RR, 2: RRR), or
// OP_COUNT if none. min/max with more arguments fold pairwise through the 2-operand opcode.
Op builtin_opcode(const std::string& name, unsigned arity);

// A set method whose argument is a set (types.cpp set_method_of_set, codegen.cpp set_method):
// s.union(t) is s | t (intersection &, difference -, symmetric_difference ^), s.update(t) is
// s |= t (and the *_update methods), s.issubset(t) is s <= t, s.issuperset(t) s >= t.
enum class SetMethodKind : uint8_t { None, Operator, InPlace, Subset, Disjoint, Copy };
struct SetMethod {
  SetMethodKind kind;
  uint8_t op;  // the BinOp (Operator, InPlace) or CmpOp (Subset) as an int: ast.h's enums
};
SetMethod set_method(const std::string& m);

// The refusal of f(*xs) where kilopy does not take it.
constexpr const char* kStarredArgumentsRefused =
    "*arguments are supported in kilopy in print(), zip(*rows) and calls of the program's functions with a tuple "
    "(f(*t)): pass the elements one by one";

}  // namespace kilopy
