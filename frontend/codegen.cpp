// Code generation, the lowering: the checked program to an Image, what each statement and
// expression computes, read top to bottom. Where values live is decided before, per function
// (placement.h): each function's variables are fixed frame registers (the module's are the
// globals), temporaries are stacked above them (RegisterAllocator), conditions compile to
// fused compare-and-branch instructions, and every instruction goes through emit().
#include "frontend/codegen.h"

#include <algorithm>
#include <cstdio>
#include <map>
#include <set>

#include "bytecode/encoder.h"
#include "bytecode/exceptions.h"
#include "bytecode/image_format.h"
#include "frontend/builtins.h"
#include "frontend/desugar.h"
#include "frontend/format.h"
#include "frontend/generators.h"
#include "frontend/link.h"
#include "frontend/placement.h"
#include "frontend/registers.h"
#include "bytecode/status.h"
#include "bytecode/runtime.h"

namespace kilopy {

namespace {

constexpr unsigned kMaxConstants = 255, kMaxStrings = 255, kMaxFunctions = 255, kMaxStringBytes = 255;
constexpr unsigned kMaxCodeLine = 65535;  // the debug line table's line numbers are u16
// A tuple whose elements share one type prints in a loop when longer (a constant table).
constexpr size_t kMaxTuplePrintUnrolled = 8;
constexpr const char* kDequeIndex = "deque index out of range";  // CPython's IndexError of a deque's item

// The VM's object kind for a value of static type t (a list or an array; an instance is a
// SEQ_RECORD, made by New, and so is a tuple).
uint8_t seq_kind(const Type& t) {
  if (t.is_array()) return t.typecode == 'b' ? SEQ_ARRAY_b : t.typecode == 'B' ? SEQ_ARRAY_B : SEQ_ARRAY_h;
  const Type& e = t.elems[0];
  if (e.is_seq() || e.is_object() || e.is_tuple() || e.is_table() || t.is_boxed_list()) return SEQ_LIST_REF;  // Boxes too
  return e == Type::Str ? SEQ_LIST_STR : SEQ_LIST;
}

// True if the dict t is shown item by item (print_value, append_text), not by the VM's PUTSEQ:
// it holds objects (their __repr__), or its values are or hold dicts, or hold tuples.
bool by_items(const Type& t) { return t.is_dict() && (t.holds_object() || t.elems[1].holds_table() || t.elems[1].has_tuple()); }

// True if the list t is shown element by element (print_value, append_text), not by the VM's
// PUTSEQ: it holds tuples, objects (their __repr__), dicts (the VM's PUTSEQ shows a dict only
// as the whole value) or ints or None (Boxes).
bool by_elements(const Type& t) {
  return t.is_list() && (t.has_tuple() || t.holds_object() || t.holds_table() || t.is_boxed_list());
}

// The first non-ASCII character of the UTF-8 text s that CPython's repr() might not leave as it
// is, or 0 if none: a character outside KP_PRINTABLE_RANGES (bytecode/runtime.h) is refused
// rather than risked.
uint32_t repr_escaped_char(const std::string& s) {
#define KP_RANGE(lo, hi) {lo, hi},
  static const uint32_t printable[][2] = {KP_PRINTABLE_RANGES(KP_RANGE)};
#undef KP_RANGE
  for (size_t i = 0; i < s.size();) {
    unsigned char c = static_cast<unsigned char>(s[i]);
    if (c < 0x80) { ++i; continue; }
    size_t n = c >= 0xF0 ? 4 : c >= 0xE0 ? 3 : c >= 0xC0 ? 2 : 0;
    if (n == 0 || i + n > s.size()) return 0xFFFD;  // not UTF-8 (the lexer writes none)
    uint32_t cp = c & (0x7F >> n);
    for (size_t k = 1; k < n; ++k) cp = cp << 6 | (static_cast<unsigned char>(s[i + k]) & 0x3F);
    bool ok = false;
    for (const auto& r : printable) ok = ok || (cp >= r[0] && cp <= r[1]);
    if (!ok) return cp;
    i += n;
  }
  return 0;
}

// PUTSEQ's t for a list of static type t: how its innermost elements print (opcodes.def).
int leaves_mode(const Type& t) {
  Type e = t;
  while (e.is_list()) e = e.elems[0];
  return e == Type::Bool ? PUT_BOOLS : e == Type::Str ? PUT_STRS : 0;
}

}  // namespace

// CPython's repr() of a text, as PUTREPR prints it, or with `ascii` its ascii(): every
// non-ASCII character escaped (\xNN, \uNNNN, \UNNNNNNNN).
std::string py_repr(const std::string& s, bool ascii, SourceLoc loc) {
  if (uint32_t c = repr_escaped_char(s); c && !ascii) {
    char code[16];
    std::snprintf(code, sizeof code, "U+%04X", unsigned(c));
    throw CompileError(loc, std::string("this string holds ") + code + ", a character kilopy cannot show in repr() "
                            "(it knows the printable Latin, Greek, Cyrillic, CJK and symbol blocks): print it without !r");
  }
  char quote = s.find('\'') != std::string::npos && s.find('"') == std::string::npos ? '"' : '\'';
  std::string out(1, quote);
  char buf[16];
  for (size_t i = 0; i < s.size();) {
    unsigned char c = static_cast<unsigned char>(s[i]);
    size_t n = c < 0x80 ? 1 : c >= 0xF0 ? 4 : c >= 0xE0 ? 3 : 2;
    uint32_t cp = n == 1 ? c : c & (0x7F >> n);
    for (size_t k = 1; k < n && i + k < s.size(); ++k) cp = cp << 6 | (static_cast<unsigned char>(s[i + k]) & 0x3F);
    if (c == quote || c == '\\') out += std::string("\\") + char(c);
    else if (c == '\n') out += "\\n";
    else if (c == '\r') out += "\\r";
    else if (c == '\t') out += "\\t";
    else if (cp < 0x20 || cp == 0x7F || (ascii && cp >= 0x80)) {
      std::snprintf(buf, sizeof buf, cp < 0x100 ? "\\x%02x" : cp < 0x10000 ? "\\u%04x" : "\\U%08x", unsigned(cp));
      out += buf;
    } else {
      out += s.substr(i, n);
    }
    i += n;
  }
  return out + quote;
}

namespace {

// DICTOP's m for the operation op with the key k (a KeyError shows a bool key as True/False).
int32_t dict_mode(DictOp op, const Type& k) {
  return op | (k == Type::Bool ? DICT_BOOLS : k == Type::Str ? DICT_STRS : k.is_tuple() || k.is_var_tuple() ? DICT_TUPLES : 0);
}
int32_t dict_mode(DictOp op, const Expr& k) { return dict_mode(op, k.type); }

// A defaultdict's repr up to its items: "defaultdict(<class 'int'>, " (then the dict's, and ")");
// one whose factory is a lambda is not printed (types.cpp check_shown).
std::string factory_repr(const Type& t) { return "defaultdict(<class '" + t.cls + "'>, "; }

// t without its class: the dict type of a defaultdict or a Counter, the list type of a deque
// (how their items print).
Type plain(Type t) {
  t.cls.clear();
  return t;
}

// PUTSEQ's t for a dict of type t (bytecode/runtime.h PutFlags).
int32_t dict_print_flags(const Type& t) {
  const Type& v = t.elems[1];
  return (t.elems[0] == Type::Bool ? PUT_KEY_BOOLS : 0) | (t.elems[0] == Type::Str ? PUT_KEY_STRS : 0) | (v.is_seq() ? PUT_VALUE_LISTS | leaves_mode(v) : 0) |
         (v == Type::Bool ? PUT_BOOLS : v == Type::Str ? PUT_STRS : 0);
}

// A jump target: uses are patched when it is bound.
struct Label {
  std::vector<size_t> uses;
  long at = -1;
};

struct Loop {
  Label* continue_to;
  Label* break_to;
  size_t finally_depth;  // the finally blocks around the loop (a break or continue runs those inside it)
};

// A try statement with finally whose body is being generated: a return, break or continue in
// it runs a copy of its block (the finally handler's, whose assignment checks assume least),
// and that copy is a hole in the ranges of this try statement and of the tries inside it.
struct Finally {
  const Stmt* handler;  // `except: F; raise` (Stmt::finally_clause)
  size_t tries;         // its index in CodeGen::holes_
};

class CodeGen {
 public:
  explicit CodeGen(Program& p) : program_(p) {}

  Image run() {
    image_.int_bits = uint8_t(program_.int_bits);
    image_.source_name = program_.module->filename;
    if (program_.functions.size() > kMaxFunctions)
      throw CompileError(SourceLoc{1, 1}, "more than " + std::to_string(kMaxFunctions) + " functions (kilopy's limit)");
    Function& module = program_.functions[0];
    globals_ = module_globals(program_);
    if (globals_.size() > kMaxRegisters) {
      const Var& last = module.vars.at(globals_[kMaxRegisters]);  // the first past the limit
      throw CompileError(last.first_use, "more than " + std::to_string(kMaxRegisters) + " global variables (kilopy's limit)" +
                                             hidden_count(globals_) + ": move code into functions (a main())");
    }
    image_.nglobals = uint8_t(globals_.size());
    for (const Function& f : program_.functions) rebindable_.insert(f.global_decls.begin(), f.global_decls.end());
    for (Function& f : program_.functions) key_error_read_ = key_error_read_ || reads_key_error(f.body(*program_.module));
    image_.global_names = globals_;
    for (Function& f : program_.functions) function(f);
    image_.code = code_.bytes();
    return image_;
  }

 private:
  Program& program_;
  Image image_;
  CodeBuffer code_;
  std::map<int32_t, unsigned> constant_index_;
  std::set<std::string> rebindable_;  // globals some function declares `global`
  bool key_error_read_ = false;        // reads_key_error() of some function's body
  std::map<std::string, unsigned> string_index_;
  std::map<std::vector<uint8_t>, unsigned> table_index_;  // a constant table's bytes -> its offset
  std::vector<std::string> globals_;  // module_globals(): a global's index is its place here

  // Per function being generated.
  Function* fn_ = nullptr;
  RegisterAllocator* regs_ = nullptr;
  Placement place_;    // where its values live (placement.h)
  Prologue prologue_;  // the module's leading loads of 0 that the cleared arena makes needless
  std::vector<Loop> loops_;
  std::vector<int> handled_;
  std::vector<Finally> finally_;  // innermost last
  std::vector<std::vector<std::pair<size_t, size_t>>> holes_;  // per try being generated: code its handlers skip  // the exception registers of the handlers being generated, innermost last (a bare raise)
  SourceLoc loc_;           // the statement being generated, for limit errors
  size_t last_bound_ = 0;   // code offset of the last label bound
  size_t last_op_at_ = 0;   // code offset of the last instruction emitted
  FunctionInfo* info_ = nullptr;

  bool in_module() const { return fn_->def == nullptr; }

  // How many of f's variables the compiler made (desugar.h's hidden names), for a limit's message.
  static std::string hidden_count(const std::vector<std::string>& vars) {
    size_t n = 0;
    for (const std::string& v : vars) n += v.find(kHiddenSep) != std::string::npos;
    return n == 0 ? "" : ", " + std::to_string(n) + " of them kilopy's own (loop counters, comprehensions' and inlined "
                         "generators' variables)";
  }

  // ---- functions -----------------------------------------------------------------------

  void function(Function& f) {
    fn_ = &f;
    place_ = place(program_, f);
    unsigned fixed = place_.fixed();
    if (f.def && fixed > kMaxRegisters)
      throw CompileError(f.def->loc, "function '" + f.name + "' needs more than " + std::to_string(kMaxRegisters) +
                                         " registers (variables and temporaries)" + hidden_count(f.var_order) +
                                         ": split it into smaller functions");
    RegisterAllocator regs(fixed, f.def ? "function '" + f.name + "'" : "the module body");
    regs_ = &regs;
    image_.functions.emplace_back();
    info_ = &image_.functions.back();
    info_->name = f.name;
    info_->nparams = uint8_t(f.params.size());
    if (code_.size() > 65535) throw CompileError(f.def ? f.def->loc : SourceLoc{1, 1}, "the program's code exceeds 65535 bytes");
    info_->code_offset = uint16_t(code_.size());
    loc_ = f.def ? f.def->loc : SourceLoc{1, 1};
    size_t start = code_.size();
    last_bound_ = start;
    prologue_.start(!f.def);
    if (f.def)  // a function's registers start with whatever the last call left there; a parameter is assigned
      for (const std::string& name : f.guarded)
        load_const(place_.var_reg.at(assigned_flag(name)), std::count(f.params.begin(), f.params.end(), name) ? 1 : 0);
    for (const std::string& name : place_.promoted)
      emit(OP_GETG, {int32_t(place_.var_reg.at(name)), int32_t(global_index(name))});
    for (const auto& [value, reg] : place_.hoisted) load_const(reg, value);
    block(f.body(*program_.module));
    bool falls_through = code_.size() == start || code_.size() == last_bound_ || !ends_flow_last();
    if (falls_through) write_back();
    if (falls_through) emit(f.def ? OP_RETN : OP_HALT, {});
    unsigned nregs = regs.high_water();
    info_->nregs = uint8_t(nregs);
    regs_ = nullptr;
  }

  // Before a return: promoted globals the function assigns go back to the module.
  void write_back() {
    for (const std::string& name : place_.promoted)
      if (place_.written.count(name)) emit(OP_SETG, {int32_t(global_index(name)), int32_t(place_.var_reg.at(name))});
  }

  bool ends_flow_last() const { return code_.size() > 0 && ends_flow(code_.op_at(last_op_at_)); }

  // ---- emitting ------------------------------------------------------------------------

  size_t emit(Op op, std::initializer_list<int32_t> operands) {
    if (!prologue_.needed(op, operands)) return last_op_at_;
    try {
      last_op_at_ = code_.emit(op, operands);
    } catch (const EncodeError& e) {
      throw CompileError(loc_, std::string("cannot encode: ") + e.what());
    }
    return last_op_at_;
  }

  void jump(Label& target, Op op, std::initializer_list<int32_t> operands) {
    size_t at = emit(op, operands);
    if (target.at >= 0) patch(at, size_t(target.at));
    else target.uses.push_back(at);
  }

  void patch(size_t at, size_t target) {
    try {
      code_.patch_jump(at, target);
    } catch (const EncodeError& e) {
      throw CompileError(loc_, std::string("function too large: ") + e.what());
    }
  }

  void bind(Label& label) {
    prologue_.close();
    label.at = long(code_.size());
    last_bound_ = code_.size();
    for (size_t use : label.uses) patch(use, size_t(label.at));
    label.uses.clear();
  }

  unsigned temp() { return regs_->reserve(1, loc_); }

  unsigned string_id(const std::string& s) {
    auto it = string_index_.find(s);
    if (it != string_index_.end()) return it->second;
    if (image_.strings.size() >= kMaxStrings)
      throw CompileError(loc_, "more than " + std::to_string(kMaxStrings) + " distinct strings (kilopy's limit)");
    string_index_[s] = unsigned(image_.strings.size());
    image_.strings.push_back(s);
    return unsigned(image_.strings.size() - 1);
  }

  // The str value of a string literal (opcodes.def PUTSTR): 0 for "", else 1 + its index, the
  // one index of its text. The VM prints its repr() by ASCII rules and copies other UTF-8
  // sequences: a non-ASCII character whose repr() CPython escapes is refused.
  // dest := the str value of string literal e; a longer one than an image string holds is its
  // pieces (each at most kMaxStringBytes, cut between characters) joined at run time.
  void str_literal_value(const Expr& e, unsigned dest) {
    const std::string& text = e.text;
    unsigned mark = regs_->top(), piece = dest;
    size_t at = 0;
    do {
      size_t n = std::min(size_t(kMaxStringBytes), text.size() - at);
      while (at + n < text.size() && (text[at + n] & 0xC0) == 0x80) --n;  // a UTF-8 sequence stays whole
      load_const(piece, str_constant(text.substr(at, n), e.loc));
      if (piece != dest) emit(OP_STROP, {int32_t(dest), int32_t(dest), int32_t(piece), STR_CAT});
      at += n;
      if (piece == dest && at < text.size()) piece = temp();
    } while (at < text.size());
    regs_->free_to(mark);
  }
  int64_t str_constant(const std::string& text, SourceLoc loc) {
    if (text.empty()) return 0;
    if (text.size() > kMaxStringBytes)
      throw CompileError(loc, "a str value has at most " + std::to_string(kMaxStringBytes) +
                                    " bytes in kilopy: print a longer text directly (print(\"...\"))");
    if (uint32_t c = repr_escaped_char(text)) {
      char code[16];
      std::snprintf(code, sizeof code, "U+%04X", unsigned(c));
      throw CompileError(loc, std::string("this str value holds ") + code + ", a character kilopy cannot show in repr() "
                                "(it knows the printable Latin, Greek, Cyrillic, CJK and symbol blocks): keep such text "
                                "as a print argument (print(\"...\"))");
    }
    return str_literal(uint16_t(string_id(text)));
  }

  void print_text(const std::string& s) {
    for (size_t at = 0; at < s.size(); at += kMaxStringBytes)
      emit(OP_PUTS, {int32_t(string_id(s.substr(at, kMaxStringBytes)))});
  }

  // A value operand holding v: v itself when it fits an operand byte, else a temporary.
  int32_t int_operand(int64_t v) {
    if (v >= kImmMin && v <= kImmMax) return immediate_operand(int(v));
    unsigned t = temp();
    load_const(t, v);
    return int32_t(t);
  }

  void load_const(unsigned dest, int64_t value) {
    if (value >= kImmMin && value <= kImmMax) {
      emit(OP_MOVE, {int32_t(dest), immediate_operand(int(value))});
      return;
    }
    if (value >= -32768 && value <= 32767) {
      emit(OP_LOADI, {int32_t(dest), int32_t(value)});
      return;
    }
    auto it = constant_index_.find(int32_t(value));
    unsigned k;
    if (it != constant_index_.end()) {
      k = it->second;
    } else {
      if (image_.constants.size() >= kMaxConstants)
        throw CompileError(loc_, "more than " + std::to_string(kMaxConstants) + " distinct large constants (kilopy's limit)");
      k = unsigned(image_.constants.size());
      constant_index_[int32_t(value)] = k;
      image_.constants.push_back(int32_t(value));
    }
    emit(OP_LOADK, {int32_t(dest), int32_t(k)});
  }

  // ---- variables -----------------------------------------------------------------------

  // The register holding variable `name` in this frame, -1 if it is a global reached
  // through GETG/SETG (a global used inside a function), -2 for a loop-only local.
  int var_register(const std::string& name) {
    if (place_.loop_only.count(name)) return -2;
    if (in_module() || !program_.is_global_in(*fn_, name) || place_.var_reg.count(name)) return int(place_.var_reg.at(name));
    return -1;
  }

  unsigned global_index(const std::string& name) {
    for (size_t i = 0; i < globals_.size(); ++i)
      if (globals_[i] == name) return unsigned(i);
    throw CompileError(loc_, "internal error: unknown global '" + name + "'");
  }

  // name := src, a value operand (see operand()).
  void store(const std::string& name, int32_t src) {
    int reg = var_register(name);
    if (reg >= 0) {
      if (reg != src) emit(OP_MOVE, {reg, src});
    } else {
      emit(OP_SETG, {int32_t(global_index(name)), src});
    }
    mark_assigned(name);
  }

  // A variable read where it might be unassigned has a hidden flag (flow.cpp): set it (clear
  // it where a handler unbinds the variable: Stmt::unbinds).
  void mark_assigned(const std::string& name, int assigned = 1) {
    bool local = !in_module() && !program_.is_global_in(*fn_, name);
    const Function& owner = local ? *fn_ : program_.functions[0];
    if (!owner.guarded.count(name)) return;
    int reg = var_register(assigned_flag(name));
    if (reg >= 0) {
      load_const(unsigned(reg), assigned);
      return;
    }
    emit(OP_SETG, {int32_t(global_index(assigned_flag(name))), immediate_operand(assigned)});
  }

  // An object that may be None, read for its field or method e.none_attribute: if R[reg] is
  // None, raise CPython's AttributeError.
  void check_not_none(const Expr& e, unsigned reg) {
    if (!e.type.nullable || e.none_attribute.empty()) return;
    Label ok;
    jump(ok, OP_JT, {int32_t(reg), 0});
    emit(OP_RAISE, {KP_ERR_ATTRIBUTE - KP_ERR_ZERO_DIV,
                    int32_t(string_id("'NoneType' object has no attribute '" + e.none_attribute + "'"))});
    bind(ok);
  }

  // dest := the int of e.operands[0], an int or None (a Box or 0); None raises TypeError(e.text),
  // or gives 0 if e.text is empty. Of a tuple or list or None (its reference or 0): the reference;
  // None raises TypeError(e.text), or AttributeError naming e.none_attribute (a method's receiver).
  void unbox(const Expr& e, unsigned dest) {
    unsigned box = value(*e.operands[0]);
    Label some, done;
    jump(some, OP_JT, {int32_t(box), 0});
    if (!e.none_attribute.empty()) {
      emit(OP_RAISE, {KP_ERR_ATTRIBUTE - KP_ERR_ZERO_DIV,
                      int32_t(string_id("'NoneType' object has no attribute '" + e.none_attribute + "'"))});
    } else if (e.text.empty()) {
      load_const(dest, 0);
      jump(done, OP_JMP, {0});
    } else {
      unsigned number, last;
      program_.exception_range("TypeError", number, last);
      unsigned message = temp();
      load_const(message, str_constant(e.text, e.loc));
      emit(OP_THROW, {int32_t(number), int32_t(string_id("TypeError")), int32_t(message)});
    }
    bind(some);
    const Type& held = e.operands[0]->type;
    if (!held.is_tuple() && !held.is_list() && !held.is_dict() && !held.is_object()) emit(OP_GETF, {int32_t(dest), int32_t(box), immediate_operand(0)});
    else if (dest != box) emit(OP_MOVE, {int32_t(dest), int32_t(box)});
    bind(done);
  }

  // R[dest] := the name of the class of the exception a handler entry put in R[reg]..R[reg+2]
  // (its class number in R[reg+1] >> 8), one of the classes `names` catch.
  void exception_class_name(unsigned reg, const std::vector<std::string>& names, unsigned dest) {
    std::vector<std::pair<unsigned, std::string>> classes;
    for (const std::string& name : names)
      for (const std::pair<unsigned, unsigned>& range : program_.exception_ranges(name)) {
        for (unsigned k = range.first; k < EXC_USER_FIRST && k <= range.second; ++k) classes.emplace_back(k, kExcNames[k]);
        for (const ExceptionClass& c : program_.exceptions)
          if (c.number >= range.first && c.number <= range.second) classes.emplace_back(c.number, c.name);
      }
    unsigned mark = regs_->top();
    unsigned number = temp();
    emit(OP_SHR, {int32_t(number), int32_t(reg + 1), immediate_operand(8)});
    emit(OP_BAND, {int32_t(number), int32_t(number), int_operand(255)});
    Label done;
    for (size_t i = 0; i < classes.size(); ++i) {
      Label next;
      if (i + 1 < classes.size()) jump(next, OP_JNE, {int32_t(number), int_operand(classes[i].first), 0});
      load_const(dest, str_constant(classes[i].second, loc_));
      if (i + 1 < classes.size()) jump(done, OP_JMP, {0});
      bind(next);
    }
    bind(done);
    regs_->free_to(mark);
  }

  // if not flag(name): raise NameError (module) or UnboundLocalError (function).
  void check_assigned(const Expr& name) {
    Label ok;
    unsigned flag = unsigned(var_register(assigned_flag(name.text)));
    jump(ok, OP_JT, {int32_t(flag), 0});
    // a generator's local inlined into the module's loop is still the generator's local
    uint8_t kind = in_module() && !is_inlined_variable(name.text) ? KP_ERR_NAME : KP_ERR_UNBOUND;
    const std::string shown = name.text.substr(0, name.text.find(kDefSep));  // a renamed variable's own name (link.h)
    if (is_shadowed_builtin(name.text) && kind == KP_ERR_NAME)  // CPython reads the builtin until it is assigned
      throw CompileError(name.loc, "'" + shown + "' may be read here before the module assigns it, and until then "
                                   "CPython reads the builtin " + shown + ": assign the variable first, or rename it");
    if (name.free_read && !in_module()) {  // a comprehension's, lambda's or nested def's read: CPython's free variable
      throw_builtin("NameError", "cannot access free variable '" + shown + "' where it is not associated with a value in "
                                 "enclosing scope");
    } else {
      emit(OP_RAISE, {kind - KP_ERR_ZERO_DIV, int32_t(string_id(shown))});
    }
    bind(ok);
  }

  // ---- expressions ---------------------------------------------------------------------

  // True if a call could rebind global `name`: some function declares it `global`.
  bool rebound_by_calls(const std::string& name) const { return rebindable_.count(name) > 0; }

  // A register holding e's value. A variable's own register is returned when nothing
  // evaluated later (`later_calls`) could change it; otherwise a temporary.
  unsigned value(const Expr& e, bool later_calls = false) {
    if (e.kind == ExprKind::Name && e.check_assigned) check_assigned(e);
    if (e.kind == ExprKind::Name) {
      int reg = var_register(e.text);
      if (reg >= 0 && !(in_module() && later_calls && rebound_by_calls(e.text))) {
        check_not_none(e, unsigned(reg));
        return unsigned(reg);
      }
    }
    unsigned t = temp();
    value_to(e, t);
    return t;
  }

  // True if e is an int, bool or None constant small enough for a value operand.
  static bool small_constant(const Expr& e, int& v) {
    if (e.kind == ExprKind::Int && e.int_value >= kImmMin && e.int_value <= kImmMax) v = int(e.int_value);
    else if (e.kind == ExprKind::Bool) v = e.bool_value;
    else if (e.kind == ExprKind::None) v = 0;
    else return false;
    return true;
  }

  // A value operand (kind 'x') for e: a small constant goes into the instruction itself,
  // anything else into a register as value() chooses.
  int32_t operand(const Expr& e, bool later_calls = false) {
    int v;
    if (small_constant(e, v)) return immediate_operand(v);
    if (e.kind == ExprKind::Int && place_.hoisted.count(e.int_value)) return int32_t(place_.hoisted.at(e.int_value));
    return int32_t(value(e, later_calls));
  }

  // An object operand (kind 'o') for a list or array e: a global read inside a function is
  // named directly (no GETG), unless something evaluated later could rebind it first.
  int32_t object(const Expr& e, bool later_calls = false) {
    if (e.kind == ExprKind::Name && !e.check_assigned && !(later_calls && rebound_by_calls(e.text)) &&
        var_register(e.text) == -1 && !e.type.nullable)
      return int32_t(kRegisterLimit + global_index(e.text));
    return int32_t(value(e, later_calls));
  }

  // Operand `index` of op for e, as the opcode table's kind letter allows.
  int32_t operand_for(Op op, size_t index, const Expr& e, bool later_calls = false) {
    char kind = op_info(op).kinds[index];
    if (kind == 'x') return operand(e, later_calls);
    if (kind == 'o') return object(e, later_calls);
    return int32_t(value(e, later_calls));
  }

  // True if e reads the variable held in register reg.
  bool reads_register(const Expr& e, unsigned reg) {
    if (e.kind == ExprKind::Name && var_register(e.text) == int(reg)) return true;
    return any_operand(e, [&](const Expr& o) { return !is_function_name(e, o) && reads_register(o, reg); });
  }

  // True if e or any part of it calls a function of the program (which may read or rebind
  // globals), also the __repr__ of objects whose text it makes.
  bool contains_program_call(const Expr& e) const {
    return program_.called_function(e) || shows_held_objects(e) ||
           any_operand(e, [&](const Expr& o) { return contains_program_call(o); });
  }

  // Evaluates e into register dest.
  void value_to(const Expr& e, unsigned dest) {
    unsigned mark = regs_->top();
    // Forms that write dest before they have read all their operands go through a temporary
    // when dest is a variable the operands may read.
    bool staged = regs_->is_variable(dest) &&
                  (e.kind == ExprKind::BoolOp || (e.kind == ExprKind::Compare && e.cmp_ops.size() > 1) ||
                   (e.kind == ExprKind::Call && e.operands.size() > 2)) &&
                  (reads_register(e, dest) || (in_module() && contains_program_call(e)));
    if (staged) {
      unsigned t = temp();
      value_to(e, t);
      emit(OP_MOVE, {int32_t(dest), int32_t(t)});
      regs_->free_to(mark);
      return;
    }
    switch (e.kind) {
      case ExprKind::Int:
        if (place_.hoisted.count(e.int_value)) emit(OP_MOVE, {int32_t(dest), int32_t(place_.hoisted.at(e.int_value))});
        else load_const(dest, e.int_value);
        break;
      case ExprKind::Bool: load_const(dest, e.bool_value); break;
      case ExprKind::None: load_const(dest, 0); break;
      case ExprKind::Str: str_literal_value(e, dest); break;
      case ExprKind::Format: format_value(e, dest); break;
      case ExprKind::Name: {
        if (e.check_assigned) check_assigned(e);
        int reg = var_register(e.text);
        if (reg < 0) emit(OP_GETG, {int32_t(dest), int32_t(global_index(e.text))});
        else if (unsigned(reg) != dest) emit(OP_MOVE, {int32_t(dest), reg});
        break;
      }
      case ExprKind::Unary: {
        unsigned r = truth(*e.operands[0], value(*e.operands[0]));
        switch (e.unary_op) {
          case UnaryOp::Neg: emit(OP_NEG, {int32_t(dest), int32_t(r)}); break;
          case UnaryOp::Invert: emit(OP_INV, {int32_t(dest), int32_t(r)}); break;
          case UnaryOp::Not: emit(OP_NOT, {int32_t(dest), int32_t(r)}); break;
          case UnaryOp::Pos: if (r != dest) emit(OP_MOVE, {int32_t(dest), int32_t(r)}); break;
        }
        break;
      }
      case ExprKind::Binary:
        if (e.type.is_var_tuple()) {  // t + u: one new record
          int32_t l = object(*e.operands[0], has_call(*e.operands[1]));
          emit(OP_TUPCAT, {int32_t(dest), l, object(*e.operands[1])});
        } else if (e.type.is_seq() && e.bin_op == BinOp::Add) {  // a copy of the left, extended by the right
          int32_t l = object(*e.operands[0], has_call(*e.operands[1]));
          int32_t r = object(*e.operands[1]);
          unsigned copy = temp();  // not dest, which may be an operand's variable
          int32_t none = immediate_operand(0);
          emit(OP_SLICE, {int32_t(copy), l, none, none, immediate_operand(1), SLICE_NO_START | SLICE_NO_STOP});
          extend(int32_t(copy), r);
          emit(OP_MOVE, {int32_t(dest), int32_t(copy)});
        } else if (e.type.is_seq()) {
          seq_repeat(e, dest, seq_kind(e.type));
        } else {
          binary(e.bin_op, *e.operands[0], *e.operands[1], dest);
        }
        break;
      case ExprKind::List: {  // a constant one of 3 or more ints or bools is copied from a table: less code
        int32_t ref = seq_kind(e.type) == SEQ_LIST ? table_ref(e) : -1;
        if (ref < 0) {
          new_seq(e, dest, seq_kind(e.type));
        } else {
          load_const(dest, ref);
          emit(OP_LIST, {int32_t(dest), int32_t(dest)});
        }
        break;
      }
      case ExprKind::Dict: new_dict(e, dest); break;
      case ExprKind::Set: new_dict(e, dest); break;
      case ExprKind::Tuple: {  // a constant one is a table in the image: no arena bytes
        int32_t ref = table_ref(e);
        if (ref < 0) new_seq(e, dest, SEQ_RECORD);
        else load_const(dest, ref);
        break;
      }
      case ExprKind::Subscript: {
        unbox_before(*e.operands[0], *e.operands[1]);
        bool str_item = e.operands[0]->type == Type::Str && e.operands[1]->kind != ExprKind::Slice;  // STROP takes a value
        int32_t c = str_item ? operand(*e.operands[0], has_call(*e.operands[1])) : object(*e.operands[0], has_call(*e.operands[1]));
        if (e.operands[0]->type.is_dict()) {
          item(dest, c, operand(*e.operands[1]), *e.operands[0], *e.operands[1]);
          break;
        }
        bool str = e.operands[0]->type == Type::Str;
        if (e.operands[1]->kind == ExprKind::Slice) {
          Slice sl = slice(*e.operands[1], false);
          emit(str ? OP_STRSLICE : OP_SLICE, {int32_t(dest), c, sl.start, sl.stop, sl.step, sl.flags});
          break;
        }
        int32_t i = operand(*e.operands[1]);
        check_field_set(c, e);
        if (e.operands[0]->type.is_deque()) deque_item_or_raise(c, i, kDequeIndex);
        if (str) emit(OP_STROP, {int32_t(dest), c, i, STR_GETITEM});
        else emit(in_range(*e.operands[0], *e.operands[1]) ? OP_GETF : OP_GETITEM, {int32_t(dest), c, i});
        break;
      }
      case ExprKind::Compare: compare_value(e, dest); break;
      case ExprKind::BoolOp: {
        if (any_operand(e, [](const Expr& o) { return o.type.is_seq() || o.type.is_table() || o.type.is_tuple(); })) {
          truth_value(e, dest);  // and/or in a test (types.cpp's condition()): only its truth counts
          break;
        }
        Label done;
        for (size_t i = 0; i < e.operands.size(); ++i) {
          value_to(*e.operands[i], dest);
          if (i + 1 < e.operands.size())
            jump(done, e.bool_op == BoolOpKind::And ? OP_JF : OP_JT, {int32_t(dest), 0});
        }
        bind(done);
        break;
      }
      case ExprKind::IfExp: {
        int t, f;
        const Expr& test = *e.operands[0];
        if (test.type == Type::Bool && small_constant(*e.operands[1], t) && small_constant(*e.operands[2], f) &&
            t == 1 && f == 0) {  // 1 if test else 0: the bool test's own value
          value_to(test, dest);
          break;
        }
        if (test.kind == ExprKind::Compare && test.cmp_ops.size() == 1 &&
            static_compare(test.cmp_ops[0], test.operands[0]->type, test.operands[1]->type)) {
          // `v if x is not None else w`, x never None (types.cpp after_reading): x read, one branch
          unsigned mark = regs_->top();
          for (const ExprPtr& o : test.operands)
            if (o->kind != ExprKind::None) value(*o);
          regs_->free_to(mark);
          bool truth = none_result(test.cmp_ops[0], test.operands[0]->type, test.operands[1]->type);
          value_to(*e.operands[truth ? 1 : 2], dest);
          break;
        }
        Label orelse, done;
        jump_if(*e.operands[0], false, orelse);
        value_to(*e.operands[1], dest);
        jump(done, OP_JMP, {0});
        bind(orelse);
        value_to(*e.operands[2], dest);
        bind(done);
        break;
      }
      case ExprKind::Call: call(e, dest); break;
      case ExprKind::New: {  // an instance: one zero slot per field (frontend/classes.cpp), its class number in slot 0
        const Class& c = *program_.find_class(e.text);
        emit(OP_FILL, {int32_t(dest), immediate_operand(0), immediate_operand(int(c.fields.size())), SEQ_RECORD});
        if (c.tag > 0) emit(OP_SETF, {int32_t(dest), immediate_operand(0), immediate_operand(c.tag)});
        preset_fields(c, dest);
        break;
      }
      case ExprKind::Box:  // an int or None that is an int: a one-slot record holding it
        emit(OP_FILL, {int32_t(dest), operand(*e.operands[0]), immediate_operand(1), SEQ_RECORD});
        break;
      case ExprKind::Unbox: unbox(e, dest); break;
      default:
        throw CompileError(e.loc, "internal error: unexpected expression in code generation");
    }
    regs_->free_to(mark);
    check_not_none(e, dest);
  }

  // The fields of the new object of class c in R[dest] that are also class constants
  // (Class::presets): each starts as its constant, and is assigned (its late flag set).
  void preset_fields(const Class& c, unsigned dest) {
    for (const std::string& f : c.presets) {
      const Expr& v = *c.constants.at(f);
      int32_t value;
      if (v.kind == ExprKind::Str) {
        value = int32_t(temp());
        load_const(unsigned(value), str_constant(v.text, v.loc));
      } else if (v.kind == ExprKind::Bool) {
        value = immediate_operand(v.bool_value ? 1 : 0);
      } else {  // an int, maybe negated
        value = int_operand(v.kind == ExprKind::Unary ? -v.operands[0]->int_value : v.int_value);
      }
      emit(OP_SETF, {int32_t(dest), immediate_operand(c.slot(f)), value});
      int flag = c.slot(field_set_flag(f));
      if (flag >= 0) emit(OP_SETF, {int32_t(dest), immediate_operand(flag), immediate_operand(1)});
    }
  }

  // The operands of a slice's start, stop and step (a None bound is left out: its m flag, and an
  // immediate 0 or, for the step, 1), evaluated in order; `later`: a call follows them.
  struct Slice {
    int32_t start, stop, step, flags;
  };
  Slice slice(const Expr& e, bool later) {
    int32_t ops[3];
    int32_t flags = 0;
    for (size_t k = 0; k < 3; ++k) {
      const Expr& b = *e.operands[k];
      bool more = later;
      for (size_t j = k + 1; j < 3; ++j) more = more || has_call(*e.operands[j]);
      if (b.type == Type::None) {
        if (has_call(b)) value(b);  // f() returning None: called all the same
        ops[k] = immediate_operand(k == 2 ? 1 : 0);
        if (k < 2) flags |= k == 0 ? SLICE_NO_START : SLICE_NO_STOP;
      } else {
        ops[k] = operand(b, more);
      }
    }
    return Slice{ops[0], ops[1], ops[2], flags};
  }

  // True if seq[index] cannot be out of range: a field of an object (its slot), or a constant
  // index of a tuple (checked when compiling). GETF and SETF say so, so the inliner may copy them.
  static bool in_range(const Expr& seq, const Expr& index) {
    bool constant = index.kind == ExprKind::Int ||
                    (index.kind == ExprKind::Unary && index.unary_op == UnaryOp::Neg && index.operands[0]->kind == ExprKind::Int);
    return seq.type.is_object() || (seq.type.is_tuple() && constant);
  }

  // Before reading the field obj.f (`field`: obj[slot], text f) of object c that may not be
  // assigned yet (Expr::field_set): AttributeError unless its flag is set, naming the object's
  // class (read from slot 0 when c may hold objects of several: types.cpp tags those).
  void check_field_set(int32_t c, const Expr& field) {
    if (field.field_set < 0) return;
    const Type& t = field.operands[0]->type;
    auto raise = [&](const std::string& cls) {
      emit(OP_RAISE, {KP_ERR_ATTRIBUTE - KP_ERR_ZERO_DIV, int32_t(string_id("'" + cls + "' object has no attribute '" + field.text + "'"))});
    };
    Label ok;
    unsigned mark = regs_->top();
    unsigned flag = temp();
    emit(OP_GETF, {int32_t(flag), c, immediate_operand(field.field_set)});
    jump(ok, OP_JT, {int32_t(flag), 0});
    if (t.subclasses && program_.classes.at(t.cls).tag >= 0) {
      emit(OP_GETF, {int32_t(flag), c, immediate_operand(0)});
      for (const auto& k : program_.classes) {
        if (k.first == t.cls || !program_.derives(k.first, t.cls)) continue;
        Label next;
        jump(next, OP_JNE, {int32_t(flag), immediate_operand(k.second.tag), 0});
        raise(k.first);
        bind(next);
      }
    }
    raise(t.cls);
    bind(ok);
    regs_->free_to(mark);
  }

  // target = src, where target is c[index] or c[a:b:c] (a dict's item, an object's field, a
  // list's item or slice); c is target's container, evaluated.
  void store_item(int32_t c, const Expr& target, int32_t src) {
    const Expr& index = *target.operands[1];
    if (target.operands[0]->type.is_object()) {
      emit(OP_SETF, {c, operand(index), src});
      if (target.field_set >= 0) emit(OP_SETF, {c, immediate_operand(target.field_set), immediate_operand(1)});
    } else if (target.operands[0]->type.is_dict()) {
      emit(OP_DSET, {c, operand(index), src});
    } else if (index.kind == ExprKind::Slice) {
      Slice sl = slice(index, false);
      emit(OP_SETSLICE, {c, sl.start, sl.stop, sl.step, src, sl.flags});
    } else {
      int32_t i = operand(index);
      if (target.operands[0]->type.is_deque()) deque_item_or_raise(c, i, kDequeIndex);
      emit(OP_SETITEM, {c, i, src});
    }
  }

  // xs[len(xs):] = src: xs.extend(src) and xs += src.
  void extend(int32_t list, int32_t src) {
    unsigned n = temp();
    emit(OP_LEN, {int32_t(n), list});
    emit(OP_SETSLICE, {list, int32_t(n), immediate_operand(0), immediate_operand(1), src, SLICE_NO_STOP});
  }

  // {k: v, ...}: a new dict in a temporary (the display may read the variable it is assigned
  // to), each pair stored as it is evaluated, in order (a repeated key keeps its first place).
  // An empty dict (or set) of type t in dest, with CPython's table for n items: DICTNEWT when its
  // keys are tuples, with the places that hold strs (types.cpp key_tuple: 0-6).
  void new_dict(const Type& t, unsigned dest, size_t n) {
    const Type& k = t.elems[0];
    if (!k.is_tuple() && !k.is_var_tuple()) {
      emit(OP_DICTNEW, {int32_t(dest), int32_t(n)});
      return;
    }
    emit(OP_DICTNEWT, {int32_t(dest), int32_t(n), str_places(k)});
  }

  // True if a handler in body (at any depth) reads the text of a KeyError it catches: `except
  // KeyError as e` (LookupError, Exception) whose block reads e.
  bool reads_key_error(const std::vector<StmtPtr>& body) const {
    unsigned key, last;
    program_.exception_range("KeyError", key, last);
    for (const StmtPtr& s : body) {
      for (const StmtPtr& h : s->handlers) {
        if (!h->target || !reads_name(h->body, h->target->text)) continue;
        for (const std::string& name : h->names) {
          unsigned number;
          program_.exception_range(name, number, last);
          if (number <= key && key <= last) return true;
        }
      }
      bool found = false;
      for_each_block(*s, [&](const std::vector<StmtPtr>& b) { found = found || reads_key_error(b); });
      if (found) return true;
    }
    return false;
  }

  // dest := d[k], d in register c of the dict expression `dict`, k the operand of `key`; a missing
  // k is CPython's KeyError, a Counter's 0 (not stored), or for a defaultdict (its type's cls)
  // first stored with the factory's value: 0, "" and False are 0 (SETDEFAULT), a list, set or
  // dict (a Counter, a defaultdict) a new empty one.
  void item(unsigned dest, int32_t c, int32_t k, const Expr& dict, const Expr& key) {
    const Type& t = dict.type;
    if (t.cls == "Counter") {
      emit(OP_DICTOP, {int32_t(dest), c, k, immediate_operand(0), dict_mode(DICT_GET, key)});
      return;
    }
    if (t.cls.empty()) {
      key_in_or_raise(c, k, key.type);
      emit(OP_DICTOP, {int32_t(dest), c, k, immediate_operand(0), dict_mode(DICT_GETITEM, key)});
      return;
    }
    if (!t.elems[1].is_list() && !t.elems[1].is_table()) {
      emit(OP_DICTOP, {int32_t(dest), c, k, immediate_operand(0), dict_mode(DICT_SETDEFAULT, key)});
      return;
    }
    unsigned mark = regs_->top(), made = temp();
    Label present;
    emit(OP_DICTOP, {int32_t(made), c, k, immediate_operand(0), dict_mode(DICT_IN, key)});
    jump(present, OP_JT, {int32_t(made), 0});
    if (t.elems[1].is_table()) new_dict(t.elems[1], made, 0);
    else emit(OP_NEWSEQ, {int32_t(made), int32_t(made), 0, seq_kind(t.elems[1])});
    emit(OP_DSET, {c, k, int32_t(made)});
    bind(present);
    emit(OP_DICTOP, {int32_t(dest), c, k, immediate_operand(0), dict_mode(DICT_GETITEM, key)});
    regs_->free_to(mark);
  }

  // {a, b, ...}: a set, the dict of a: 0, b: 0, ...
  void new_dict(const Expr& e, unsigned dest) {
    unsigned mark = regs_->top();
    unsigned d = temp();
    size_t step = e.kind == ExprKind::Set ? 1 : 2;
    new_dict(e.type, d, e.operands.size() / step);
    for (size_t i = 0; i < e.operands.size(); i += step) {
      unsigned at = regs_->top();
      int32_t k = operand(*e.operands[i], step == 2 && has_call(*e.operands[i + 1]));
      int32_t v = step == 2 ? operand(*e.operands[i + 1]) : immediate_operand(0);
      emit(OP_DSET, {int32_t(d), k, v});
      regs_->free_to(at);
    }
    emit(OP_MOVE, {int32_t(dest), int32_t(d)});
    regs_->free_to(mark);
  }

  // The ref of a constant table (bytecode/runtime.h) holding the elements of the literal e, all
  // int or bool literals, stored in the narrowest kind that holds them; -1 if e has another
  // element or none. Equal tables are stored once (they are immutable).
  int32_t table_ref(const Expr& e) {
    if (!constant_table_literal(e)) return -1;
    int64_t lo = 0, hi = 0;
    std::vector<int64_t> v;
    for (const auto& x : e.operands) {
      v.push_back(x->kind == ExprKind::Bool ? int64_t(x->bool_value) : x->int_value);
      lo = std::min(lo, v.back());
      hi = std::max(hi, v.back());
    }
    uint8_t kind = lo >= -128 && hi <= 127 ? SEQ_ARRAY_b : lo >= 0 && hi <= 255 ? SEQ_ARRAY_B
                 : lo >= -32768 && hi <= 32767 ? SEQ_ARRAY_h : SEQ_RECORD;
    unsigned es = elem_size(kind, program_.int_bits / 8);
    std::vector<uint8_t> bytes = {uint8_t(v.size()), uint8_t(v.size() >> 8), kind};
    for (int64_t x : v)
      for (unsigned b = 0; b < es; ++b) bytes.push_back(uint8_t(uint64_t(x) >> (8 * b)));
    auto it = table_index_.find(bytes);
    if (it == table_index_.end()) {
      if (image_.tables.size() + bytes.size() > kMaxTableSection)
        throw CompileError(e.loc, "the program's constant tuples and lists take more than " +
                                      std::to_string(kMaxTableSection) + " bytes of image (kilopy's limit): make some smaller");
      it = table_index_.emplace(bytes, unsigned(image_.tables.size())).first;
      image_.tables.insert(image_.tables.end(), bytes.begin(), bytes.end());
    }
    return int32_t(2 * it->second + 1);
  }

  // [a, b, ...] as a new sequence of `kind`: its elements in consecutive registers, then
  // NEWSEQ. A list of more than kLongList elements is made at its length by FILL, then filled
  // kListChunk elements at a time (each group a NEWSEQ stored over its slice, in place), so
  // the registers do not bound its length and the arena holds it and one group at most.
  static constexpr size_t kLongList = 32, kListChunk = 16;
  void new_seq(const Expr& e, unsigned dest, uint8_t kind) {
    if (!e.type.complete() && kind != SEQ_ARRAY_b && kind != SEQ_ARRAY_B && kind != SEQ_ARRAY_h)
      throw CompileError(e.loc, "cannot tell what this empty list will hold");
    unsigned mark = regs_->top();
    size_t n = e.operands.size();
    if ((kind == SEQ_LIST || kind == SEQ_LIST_REF || kind == SEQ_LIST_STR) && n > kLongList) {
      unsigned list = temp();  // not dest, which an element may read
      emit(OP_FILL, {int32_t(list), immediate_operand(0), int_operand(int64_t(n)), kind});
      for (size_t at = 0; at < n; at += kListChunk) {
        unsigned chunk_mark = regs_->top();
        size_t k = std::min(kListChunk, n - at);
        unsigned first = regs_->reserve(unsigned(k), loc_);
        for (size_t i = 0; i < k; ++i) value_to(*e.operands[at + i], first + unsigned(i));
        unsigned chunk = temp();
        emit(OP_NEWSEQ, {int32_t(chunk), int32_t(first), int32_t(k), kind});
        emit(OP_SETSLICE, {int32_t(list), int_operand(int64_t(at)), int_operand(int64_t(at + k)), immediate_operand(1),
                           int32_t(chunk), 0});
        regs_->free_to(chunk_mark);
      }
      emit(OP_MOVE, {int32_t(dest), int32_t(list)});
      regs_->free_to(mark);
      return;
    }
    unsigned first = n ? regs_->reserve(unsigned(n), loc_) : dest;
    for (size_t i = 0; i < n; ++i) value_to(*e.operands[i], first + unsigned(i));
    emit(OP_NEWSEQ, {int32_t(dest), int32_t(first), int32_t(n), kind});
    regs_->free_to(mark);
  }

  // seq * n or n * seq (operands in source order); [v] * n fills without a temporary list.
  void seq_repeat(const Expr& e, unsigned dest, uint8_t kind) {
    unsigned mark = regs_->top();
    bool seq_left = e.operands[0]->type.is_seq() || e.operands[0]->kind == ExprKind::List;
    const Expr& seq = *e.operands[seq_left ? 0 : 1];
    const Expr& count = *e.operands[seq_left ? 1 : 0];
    if (seq.kind == ExprKind::List && seq.operands.size() == 1) {
      int32_t v, n;
      if (seq_left) {
        v = operand(*seq.operands[0], has_call(count));
        n = operand(count);
      } else {
        n = operand(count, has_call(seq));
        v = operand(*seq.operands[0]);
      }
      emit(OP_FILL, {int32_t(dest), v, n, kind});
    } else {
      auto make = [&](unsigned to) {
        if (seq.kind == ExprKind::List) new_seq(seq, to, kind);
        else value_to(seq, to);
      };
      unsigned l;
      int32_t n;
      if (seq_left) {
        l = temp();
        make(l);
        n = operand(count);
      } else {
        n = operand(count, true);
        l = temp();
        make(l);
      }
      emit(OP_REPEAT, {int32_t(dest), int32_t(l), n});
    }
    regs_->free_to(mark);
  }

  static Op binary_opcode(BinOp op) {
    switch (op) {
      case BinOp::Add: return OP_ADD;
      case BinOp::Sub: return OP_SUB;
      case BinOp::Mul: return OP_MUL;
      case BinOp::FloorDiv: return OP_FLOORDIV;
      case BinOp::Mod: return OP_MOD;
      case BinOp::Pow: return OP_POW;
      case BinOp::LShift: return OP_SHL;
      case BinOp::RShift: return OP_SHR;
      case BinOp::BitAnd: return OP_BAND;
      case BinOp::BitOr: return OP_BOR;
      case BinOp::BitXor: return OP_BXOR;
      default: return OP_COUNT;
    }
  }

  // left, an int or None unboxed (None: TypeError), is checked before right is read: refused if
  // reading right may raise (a name that may be unassigned), as CPython would raise that first.
  static void unbox_before(const Expr& left, const Expr& right) {
    if (left.kind != ExprKind::Unbox || left.text.empty()) return;
    const Expr* name = right.kind == ExprKind::Name ? &right : !right.operands.empty() ? right.operands[0].get() : nullptr;
    if (name && name->kind == ExprKind::Name && name->check_assigned)
      throw CompileError(right.loc, "'" + name->text + "' may be unassigned here, and kilopy would test " +
                                        (left.operands[0]->kind == ExprKind::Name ? "'" + left.operands[0]->text + "'" : std::string("the left operand")) +
                                        " (" + (left.operands[0]->type.kind == Type::Kind::Int ? "an int" : "a value") +
                                        " or None) for None before reading it, where CPython reads it first: "
                                        "assign it on every path before this line");
  }

  // The keys of the set or dict `table`, each in turn in a register passed to `each`, which
  // emits what to do with it.
  template <typename Each> void each_key(int32_t table, Each each) {
    unsigned mark = regs_->top();
    unsigned at = regs_->reserve(kDictIterRegs, loc_);
    object_to(at, table);
    each_item(at, each);
    regs_->free_to(mark);
  }

  // The items of the set or dict in R[at] (the first of kDictIterRegs registers), in order
  // (DNEXT): `each` is passed the register of the key, the value's is the next one.
  template <typename Each> void each_item(unsigned at, Each each) {
    unsigned mark = regs_->top();
    load_const(at + 1, 0);
    emit(OP_LEN, {int32_t(at + 2), int32_t(at)});
    emit(OP_MOVE, {int32_t(at + 3), int32_t(at + 2)});
    unsigned kv = regs_->reserve(2, loc_);
    Label next, got, done;
    bind(next);
    jump(got, OP_DNEXT, {int32_t(at), int32_t(kv), 0});
    jump(done, OP_JMP, {0});
    bind(got);
    each(int32_t(kv));
    jump(next, OP_JMP, {0});
    bind(done);
    regs_->free_to(mark);
  }

  enum class Keep { All, In, NotIn };

  // Adds to the set `into` each key of the set `from` (those in `other`, or not in it, by keep).
  void add_keys(int32_t into, int32_t from, Keep keep, int32_t other) {
    each_key(from, [&](int32_t k) {
      Label skip;
      if (keep != Keep::All) {
        unsigned in = temp();
        emit(OP_DICTOP, {int32_t(in), other, k, immediate_operand(0), DICT_IN});
        jump(skip, keep == Keep::In ? OP_JF : OP_JT, {int32_t(in), 0});
      }
      emit(OP_DSET, {into, k, immediate_operand(0)});
      bind(skip);
    });
  }

  // s | t, s & t, s - t, s ^ t of the sets in l and r, into a new set `res`. A set's table order
  // is never seen (kilopy does not iterate or print a set), so any order of adding is exact.
  void set_operation(BinOp op, int32_t l, int32_t r, unsigned res, const Type& t) {
    new_dict(t, res, 0);
    add_keys(int32_t(res), l, op == BinOp::BitOr ? Keep::All : op == BinOp::BitAnd ? Keep::In : Keep::NotIn, r);
    if (op == BinOp::BitOr || op == BinOp::BitXor) add_keys(int32_t(res), r, op == BinOp::BitOr ? Keep::All : Keep::NotIn, l);
  }

  // s |= t (&=, -=, ^=): s itself changes, as CPython's in-place operators do: t's keys are
  // added to it, or a list of the keys to test (s's for &=, else t's: either may be the other)
  // is taken first and each key discarded or added in turn.
  void set_update(BinOp op, const Expr& target, const Expr& value) {
    unsigned mark = regs_->top();
    int32_t s = object(target, has_call(value));
    int32_t t = object(value);
    if (op == BinOp::BitOr) {
      add_keys(s, t, Keep::All, 0);
      regs_->free_to(mark);
      return;
    }
    unsigned at = regs_->reserve(2, loc_), k = temp(), in = temp();
    emit(keys_opcode(target.type), {int32_t(at), op == BinOp::BitAnd ? s : t});
    load_const(at + 1, 0);
    int32_t none = immediate_operand(0);
    Label next, got, keep, done;
    bind(next);
    jump(got, OP_NEXTITEM, {int32_t(at), int32_t(k), 0});
    jump(done, OP_JMP, {0});
    bind(got);
    if (op != BinOp::Sub) {
      emit(OP_DICTOP, {int32_t(in), op == BinOp::BitAnd ? t : s, int32_t(k), none, DICT_IN});
      jump(keep, op == BinOp::BitAnd ? OP_JT : OP_JF, {int32_t(in), 0});
    }
    emit(OP_DICTOP, {int32_t(in), s, int32_t(k), none, DICT_POPDEFAULT});
    if (op == BinOp::BitXor) {
      jump(next, OP_JMP, {0});
      bind(keep);
      emit(OP_DSET, {s, int32_t(k), none});
    } else {
      bind(keep);
    }
    jump(next, OP_JMP, {0});
    bind(done);
    regs_->free_to(mark);
  }

  void binary(BinOp op, const Expr& left, const Expr& right, unsigned dest) {
    if (left.type.is_set()) {
      unsigned mark = regs_->top();
      int32_t l = object(left, has_call(right));
      int32_t r = object(right);
      unsigned res = temp();
      set_operation(op, l, r, res, left.type);
      emit(OP_MOVE, {int32_t(dest), int32_t(res)});
      regs_->free_to(mark);
      return;
    }
    unbox_before(left, right);
    unsigned mark = regs_->top();
    int v;
    bool direct = (left.kind == ExprKind::Name && var_register(left.text) >= 0) || small_constant(left, v) ||
                  (left.kind == ExprKind::Int && place_.hoisted.count(left.int_value));
    // A temporary dest holds nothing yet: the left operand can be computed right there.
    int32_t l = !direct && !regs_->is_variable(dest) ? (value_to(left, dest), int32_t(dest))
                                                     : operand(left, has_call(right));
    int32_t r = operand(right);
    if (op == BinOp::Add && left.type == Type::Str) emit(OP_STROP, {int32_t(dest), l, r, STR_CAT});
    else if (op == BinOp::Mul && left.type == Type::Str) emit(OP_STROP, {int32_t(dest), l, r, STR_REPEAT});
    else if (op == BinOp::Mul && right.type == Type::Str) emit(OP_STROP, {int32_t(dest), r, l, STR_REPEAT});
    else emit(binary_opcode(op), {int32_t(dest), l, r});
    regs_->free_to(mark);
  }

  // The static result of comparing a None-typed operand (None == x is known at compile time).
  static bool none_result(CmpOp op, Type l, Type r) {
    bool equal = l == Type::None && r == Type::None;
    if (op == CmpOp::Eq || op == CmpOp::Is) return equal;
    return !equal;  // != and is not
  }

  static bool static_compare(CmpOp op, Type l, Type r) {
    if (l.nullable || r.nullable) return false;  // an object that may be None: its offset against 0
    return op == CmpOp::Is || op == CmpOp::IsNot || l == Type::None || r == Type::None;
  }

  // An int or str or None: a Box (a one-slot record holding it) or None (0).
  static bool boxed(const Type& t) { return (t.kind == Type::Kind::Int || t.kind == Type::Kind::Str) && t.nullable; }

  // True if e is x == y or x != y with an operand an int or None, the other an int, a bool or
  // an int or None (or a str or None and a str or a str or None).
  static bool none_int_equality(const Expr& e) {
    if (e.cmp_ops.size() != 1 || (e.cmp_ops[0] != CmpOp::Eq && e.cmp_ops[0] != CmpOp::NotEq)) return false;
    const Expr &a = *e.operands[0], &b = *e.operands[1];
    return (boxed(a.type) || boxed(b.type)) && a.type != Type::None && b.type != Type::None;
  }

  // dest := x == y (x != y) of none_int_equality: None equals only None, else the ints (or the
  // interned str values) compare.
  void none_int_equal(const Expr& e, unsigned dest) {
    unsigned mark = regs_->top();
    int32_t l = operand(*e.operands[0], has_call(*e.operands[1]));
    int32_t r = operand(*e.operands[1]);
    bool boxed_l = boxed(e.operands[0]->type), boxed_r = boxed(e.operands[1]->type);
    unsigned out = temp();  // not dest, which may be an operand's variable
    Label done;
    if (boxed_l && boxed_r) {
      emit(OP_EQ, {int32_t(out), l, r});  // both None, or one box
      jump(done, OP_JT, {int32_t(out), 0});
    } else {
      load_const(out, 0);
    }
    for (int32_t* box : {boxed_l ? &l : nullptr, boxed_r ? &r : nullptr}) {  // registers: no constant is an int or None
      if (!box) continue;
      jump(done, OP_JF, {*box, 0});
      unsigned v = temp();
      emit(OP_GETF, {int32_t(v), *box, immediate_operand(0)});
      *box = int32_t(v);
    }
    emit(OP_EQ, {int32_t(out), l, r});
    bind(done);
    emit(e.cmp_ops[0] == CmpOp::Eq ? OP_MOVE : OP_NOT, {int32_t(dest), int32_t(out)});
    regs_->free_to(mark);
  }

  // x in d.values() (not in): x, then each value of d compared with it by EQ (ints, bools and
  // strs, which are interned), as CPython's view compares them.
  void values_contain(const Expr& e, unsigned dest) {
    unsigned mark = regs_->top();
    const Expr& d = *e.operands[1]->callee->operands[0];
    int32_t x = operand(*e.operands[0], has_call(d));
    int32_t table = object(d);
    bool in = e.cmp_ops[0] == CmpOp::In;
    Label found, done;
    each_key(table, [&](int32_t kv) {
      unsigned same = temp();
      emit(OP_EQ, {int32_t(same), int32_t(kv + 1), x});
      jump(found, OP_JT, {int32_t(same), 0});
    });
    load_const(dest, !in);
    jump(done, OP_JMP, {0});
    bind(found);
    load_const(dest, in);
    bind(done);
    regs_->free_to(mark);
  }

  static bool is_values_view(const Expr& e) {
    return e.kind == ExprKind::Call && e.callee->kind == ExprKind::Attribute && e.callee->text == "values" && e.type.is_dict();
  }

  void compare_value(const Expr& e, unsigned dest) {
    if (e.cmp_ops.size() == 1 && is_values_view(*e.operands[1])) return values_contain(e, dest);
    if (none_int_equality(e)) return none_int_equal(e, dest);
    unbox_before(*e.operands[0], *e.operands[1]);
    Label done;
    unsigned mark = regs_->top();
    int32_t left = operand(*e.operands[0], has_call(e));
    for (size_t i = 0; i < e.cmp_ops.size(); ++i) {
      bool more = i + 1 < e.cmp_ops.size();
      const Expr& rhs = *e.operands[i + 1];
      int32_t right = operand(rhs, more && has_call(*e.operands[i + 2]));
      CmpOp op = e.cmp_ops[i];
      Type lt = e.operands[i]->type, rt = rhs.type;
      if (static_compare(op, lt, rt)) {
        load_const(dest, none_result(op, lt, rt));
      } else if (is_seq_link(op, lt, rt) && e.text != "is") {
        seq_link(op, left, right, dest, lt, rt);
      } else {
        switch (op) {
          case CmpOp::Eq: emit(OP_EQ, {int32_t(dest), left, right}); break;
          case CmpOp::NotEq: emit(OP_NE, {int32_t(dest), left, right}); break;
          case CmpOp::Lt: emit(OP_LT, {int32_t(dest), left, right}); break;
          case CmpOp::LtE: emit(OP_LE, {int32_t(dest), left, right}); break;
          case CmpOp::Gt: emit(OP_LT, {int32_t(dest), right, left}); break;
          case CmpOp::GtE: emit(OP_LE, {int32_t(dest), right, left}); break;
          default: break;
        }
      }
      if (more) jump(done, OP_JF, {int32_t(dest), 0});
      left = right;
    }
    bind(done);
    regs_->free_to(mark);
  }

  // s <= t (a subset), s < t (a proper one), s >= t, s > t of two sets: the sizes, then each key
  // of the smaller side looked up in the other.
  void set_subset(CmpOp op, int32_t l, int32_t r, unsigned dest) {
    if (op == CmpOp::Gt || op == CmpOp::GtE) std::swap(l, r);
    unsigned mark = regs_->top();
    unsigned res = temp(), n = temp(), m = temp();
    emit(OP_LEN, {int32_t(n), l});
    emit(OP_LEN, {int32_t(m), r});
    emit(op == CmpOp::Lt || op == CmpOp::Gt ? OP_LT : OP_LE, {int32_t(res), int32_t(n), int32_t(m)});
    Label done;
    jump(done, OP_JF, {int32_t(res), 0});
    each_key(l, [&](int32_t k) {
      emit(OP_DICTOP, {int32_t(res), r, k, immediate_operand(0), DICT_IN});
      jump(done, OP_JF, {int32_t(res), 0});
    });
    bind(done);
    emit(OP_MOVE, {int32_t(dest), int32_t(res)});
    regs_->free_to(mark);
  }

  // Comparisons the VM does on objects: x in seq, seq == seq, tuple == tuple.
  static bool is_seq_link(CmpOp op, const Type& l, const Type& r) {
    if ((op == CmpOp::Eq || op == CmpOp::NotEq) && (l == Type::None || r == Type::None)) return false;  // a reference against 0
    return op == CmpOp::In || op == CmpOp::NotIn || l.is_seq() || r.is_seq() || l.is_table() || r.is_table() ||
           l.is_tuple() || r.is_tuple() || (l == Type::Str && op != CmpOp::Eq && op != CmpOp::NotEq);
  }
  // l and r are operand() results; sequences are never constants, so those are registers.
  void seq_link(CmpOp op, int32_t l, int32_t r, unsigned dest, const Type& lt, const Type& rt) {
    if (rt == Type::Str) {  // a substring test or the order of two strs (STROP)
      if (op == CmpOp::Gt || op == CmpOp::GtE) std::swap(l, r);
      uint8_t m = op == CmpOp::In || op == CmpOp::NotIn ? STR_IN : op == CmpOp::Lt || op == CmpOp::Gt ? STR_LT : STR_LE;
      emit(OP_STROP, {int32_t(dest), l, r, m});
      if (op == CmpOp::NotIn) emit(OP_NOT, {int32_t(dest), int32_t(dest)});
      return;
    }
    if ((op == CmpOp::Lt || op == CmpOp::LtE || op == CmpOp::Gt || op == CmpOp::GtE) && lt.is_set())
      return set_subset(op, l, r, dest);
    if ((op == CmpOp::Lt || op == CmpOp::LtE || op == CmpOp::Gt || op == CmpOp::GtE) && (lt.is_var_tuple() || rt.is_var_tuple()))
      return tuple_order_loop(op, l, r, dest);
    if (op == CmpOp::Lt || op == CmpOp::LtE || op == CmpOp::Gt || op == CmpOp::GtE)
      return tuple_order(op, l, r, dest, lt, rt);
    if ((op == CmpOp::In || op == CmpOp::NotIn) && rt.is_table()) emit(OP_DICTOP, {int32_t(dest), r, l, immediate_operand(0), DICT_IN});
    else if ((op == CmpOp::In || op == CmpOp::NotIn) && lt.is_object()) {  // by identity: a count of the same object
      emit(OP_LISTOP, {int32_t(dest), r, l, LIST_COUNT | LIST_WORDS});
      emit(OP_NE, {int32_t(dest), int32_t(dest), immediate_operand(0)});
    } else if (op == CmpOp::In || op == CmpOp::NotIn) emit(OP_CONTAINS, {int32_t(dest), l, r});
    else if (lt.is_list() && lt.elems[0].is_object()) emit(OP_SEQEQW, {int32_t(dest), l, r});
    else emit(OP_SEQEQ, {int32_t(dest), l, r});
    if (op == CmpOp::NotIn || op == CmpOp::NotEq) emit(OP_NOT, {int32_t(dest), int32_t(dest)});
  }

  // t < u (<=, >, >=) on tuples of nl and nr elements, both ints and bools or both strs at each
  // place (lt, rt: their types): the first elements that differ decide, else the lengths (Python's
  // lexicographic order). Strs are interned: equal texts are equal values.
  void tuple_order(CmpOp op, int32_t l, int32_t r, unsigned dest, const Type& lt, const Type& rt) {
    const Type *left = &lt, *right = &rt;
    if (op == CmpOp::Gt || op == CmpOp::GtE) {
      std::swap(l, r);
      std::swap(left, right);
      op = op == CmpOp::Gt ? CmpOp::Lt : CmpOp::LtE;
    }
    size_t nl = left->elems.size(), nr = right->elems.size();
    Label done;
    first_difference(l, r, *left, *right, dest, done);
    load_const(dest, op == CmpOp::Lt ? nl < nr : nl <= nr);
    bind(done);
  }

  // Of tuple_order: where the tuples l and r (of types lt and rt) first differ, dest := l < r
  // there and jump to done; equal throughout their common length, fall through. A tuple element
  // (`(d, (r, c))`) is compared the same way inside, and then, equal in its common length, the
  // shorter is less.
  void first_difference(int32_t l, int32_t r, const Type& lt, const Type& rt, unsigned dest, Label& done) {
    unsigned mark = regs_->top();
    unsigned a = temp(), b = temp();
    for (size_t i = 0; i < std::min(lt.elems.size(), rt.elems.size()); ++i) {
      emit(OP_GETITEM, {int32_t(a), l, immediate_operand(int(i))});
      emit(OP_GETITEM, {int32_t(b), r, immediate_operand(int(i))});
      const Type &x = lt.elems[i], &y = rt.elems[i];
      if (x.is_tuple()) {  // ordered_alike: y is a tuple too
        first_difference(int32_t(a), int32_t(b), x, y, dest, done);
        if (x.elems.size() != y.elems.size()) {
          load_const(dest, x.elems.size() < y.elems.size());
          jump(done, OP_JMP, {0});
        }
        continue;
      }
      Label same;
      jump(same, OP_JEQ, {int32_t(a), int32_t(b), 0});
      if (x == Type::Str) emit(OP_STROP, {int32_t(dest), int32_t(a), int32_t(b), STR_LT});
      else emit(OP_LT, {int32_t(dest), int32_t(a), int32_t(b)});
      jump(done, OP_JMP, {0});
      bind(same);
    }
    regs_->free_to(mark);
  }

  // tuple_order where a length is known only at run time (a tuple[T, ...]): the same order, a loop.
  void tuple_order_loop(CmpOp op, int32_t l, int32_t r, unsigned dest) {
    if (op == CmpOp::Gt || op == CmpOp::GtE) {
      std::swap(l, r);
      op = op == CmpOp::Gt ? CmpOp::Lt : CmpOp::LtE;
    }
    unsigned mark = regs_->top();
    int32_t i = int32_t(temp()), nl = int32_t(temp()), nr = int32_t(temp()), a = int32_t(temp()), b = int32_t(temp());
    load_const(unsigned(i), 0);
    emit(OP_LEN, {nl, l});
    emit(OP_LEN, {nr, r});
    Label loop, ends, same, done;
    bind(loop);
    jump(ends, OP_JLE, {nl, i, 0});
    jump(ends, OP_JLE, {nr, i, 0});
    emit(OP_GETITEM, {a, l, i});
    emit(OP_GETITEM, {b, r, i});
    jump(same, OP_JEQ, {a, b, 0});
    emit(OP_LT, {int32_t(dest), a, b});
    jump(done, OP_JMP, {0});
    bind(same);
    emit(OP_ADD, {i, i, immediate_operand(1)});
    jump(loop, OP_JMP, {0});
    bind(ends);
    emit(op == CmpOp::Lt ? OP_LT : OP_LE, {int32_t(dest), nl, nr});
    bind(done);
    regs_->free_to(mark);
  }

  // Jumps to target if e's truth equals `when`; falls through otherwise.
  void jump_if(const Expr& e, bool when, Label& target) {
    unsigned mark = regs_->top();
    switch (e.kind) {
      case ExprKind::Int:
      case ExprKind::Bool:
      case ExprKind::None: {
        bool truth = e.kind != ExprKind::None && (e.kind == ExprKind::Bool ? e.bool_value : e.int_value != 0);
        if (truth == when) jump(target, OP_JMP, {0});
        return;
      }
      case ExprKind::Unary:
        if (e.unary_op == UnaryOp::Not) return jump_if(*e.operands[0], !when, target);
        break;
      case ExprKind::BoolOp: {
        bool is_and = e.bool_op == BoolOpKind::And;
        if (is_and != when) {
          // and/false or or/true: any operand deciding jumps.
          for (const ExprPtr& o : e.operands) jump_if(*o, when, target);
        } else {
          Label skip;
          for (size_t i = 0; i + 1 < e.operands.size(); ++i) jump_if(*e.operands[i], !when, skip);
          jump_if(*e.operands.back(), when, target);
          bind(skip);
        }
        return;
      }
      case ExprKind::Compare: return compare_jump(e, when, target);
      default:
        break;
    }
    if (e.type == Type::None) {  // always false
      if (has_call(e)) value(e);
      regs_->free_to(mark);
      if (!when) jump(target, OP_JMP, {0});
      return;
    }
    unsigned r = truth(e, value(e));
    jump(target, when ? OP_JT : OP_JF, {int32_t(r), 0});
    regs_->free_to(mark);
  }

  // dest := 1 if e is true, else 0.
  void truth_value(const Expr& e, unsigned dest) {
    Label is_false, done;
    jump_if(e, false, is_false);
    load_const(dest, 1);
    jump(done, OP_JMP, {0});
    bind(is_false);
    load_const(dest, 0);
    bind(done);
  }

  // The register whose truth is that of e, held in r: a list, dict, set or tuple is true when it
  // is not empty (its length), None (a tuple or list or None's 0) is false.
  unsigned truth(const Expr& e, unsigned r) {
    const Type& t = e.type;
    if (!t.is_seq() && !t.is_table() && !t.is_tuple()) return r;
    unsigned n = temp();
    Label none;
    if (t.nullable) {
      emit(OP_MOVE, {int32_t(n), int32_t(r)});
      jump(none, OP_JF, {int32_t(r), 0});
    }
    emit(OP_LEN, {int32_t(n), int32_t(r)});
    if (t.nullable) bind(none);
    return n;
  }

  // Emits "if l op r: goto target" (negate: if not).
  void branch(CmpOp op, bool negate, int32_t l, int32_t r, Label& target) {
    if (negate) {
      switch (op) {
        case CmpOp::Eq: op = CmpOp::NotEq; break;
        case CmpOp::NotEq: op = CmpOp::Eq; break;
        case CmpOp::Lt: op = CmpOp::GtE; break;
        case CmpOp::LtE: op = CmpOp::Gt; break;
        case CmpOp::Gt: op = CmpOp::LtE; break;
        case CmpOp::GtE: op = CmpOp::Lt; break;
        default: break;
      }
    }
    int32_t a = l, b = r;
    switch (op) {
      case CmpOp::Eq: jump(target, OP_JEQ, {a, b, 0}); break;
      case CmpOp::NotEq: jump(target, OP_JNE, {a, b, 0}); break;
      case CmpOp::Lt: jump(target, OP_JLT, {a, b, 0}); break;
      case CmpOp::LtE: jump(target, OP_JLE, {a, b, 0}); break;
      case CmpOp::Gt: jump(target, OP_JLT, {b, a, 0}); break;
      case CmpOp::GtE: jump(target, OP_JLE, {b, a, 0}); break;
      default: break;
    }
  }

  void compare_jump(const Expr& e, bool when, Label& target) {
    unbox_before(*e.operands[0], *e.operands[1]);
    unsigned mark = regs_->top();
    if (none_int_equality(e) || (e.cmp_ops.size() == 1 && is_values_view(*e.operands[1]))) {
      unsigned t = temp();
      compare_value(e, t);
      jump(target, when ? OP_JT : OP_JF, {int32_t(t), 0});
      regs_->free_to(mark);
      return;
    }
    Label skip;  // for when == true: a false link skips the final jump
    int32_t left = operand(*e.operands[0], has_call(e));
    for (size_t i = 0; i < e.cmp_ops.size(); ++i) {
      bool last = i + 1 == e.cmp_ops.size();
      const Expr& rhs = *e.operands[i + 1];
      int32_t right = operand(rhs, !last && has_call(*e.operands[i + 2]));
      CmpOp op = e.cmp_ops[i];
      Type lt = e.operands[i]->type, rt = rhs.type;
      if (static_compare(op, lt, rt)) {
        bool truth = none_result(op, lt, rt);
        if (!truth) jump(when ? skip : target, OP_JMP, {0});
        else if (last && when) jump(target, OP_JMP, {0});
      } else if (is_seq_link(op, lt, rt) && e.text != "is") {
        unsigned t = temp();
        seq_link(op, left, right, t, lt, rt);
        if (!when) jump(target, OP_JF, {int32_t(t), 0});
        else if (last) jump(target, OP_JT, {int32_t(t), 0});
        else jump(skip, OP_JF, {int32_t(t), 0});
      } else if (!when) {
        branch(op, true, left, right, target);  // any false link: jump
      } else if (last) {
        branch(op, false, left, right, target);
      } else {
        branch(op, true, left, right, skip);
      }
      left = right;
    }
    bind(skip);
    regs_->free_to(mark);
  }

  // ---- calls ---------------------------------------------------------------------------

  void call(const Expr& e, unsigned dest) {
    if (e.callee->type.is_func()) return user_call(e, *program_.called_function(e), dest);
    if (e.callee->kind == ExprKind::Attribute) return method_call(e, dest);
    const std::string& name = e.callee->text;
    if (const Function* f = program_.find_function(name)) return user_call(e, *f, dest);
    if (name == "Counter") return counter_call(e, dest);
    switch (find_builtin(name)->code_rule) {
      case CodeRule::Print: return print(e);
      case CodeRule::Loop: throw CompileError(e.loc, "internal error: range() outside a for loop");
      case CodeRule::Array: return array_call(e, dest);
      case CodeRule::Trace: return trace_call(e);
      case CodeRule::Exit: return exit_call(e);
      case CodeRule::Opcode: return e.keywords.empty() ? opcode_call(e, name, dest) : min_max_default(e, name, dest);
      case CodeRule::Convert: return convert_call(e, name, dest);
      case CodeRule::Pow: return pow_call(e, dest);
      case CodeRule::Sorted: return sorted_call(e, dest);
      case CodeRule::Divmod: throw CompileError(e.loc, "internal error: divmod() not expanded into a tuple");
      case CodeRule::Round: throw CompileError(e.loc, "internal error: round() not expanded");
      case CodeRule::List: return list_call(e, dest);
      case CodeRule::Tuple: return tuple_call(e, dest);
    }
  }

  // exit([n]): EXIT stops the VM with status n & 0xFF (None is 0).
  void exit_call(const Expr& e) {
    unsigned mark = regs_->top();
    emit(OP_EXIT, {e.operands.empty() ? immediate_operand(0) : operand(*e.operands[0])});
    regs_->free_to(mark);
  }

  // '%c' % v (format.cpp: chr(v)): outside 0..0x10FFFF CPython raises OverflowError, not chr()'s ValueError.
  void percent_c_range(int32_t v) {
    unsigned number, last, message = temp();
    program_.exception_range("OverflowError", number, last);
    Label bad, ok;
    jump(bad, OP_JLT, {v, immediate_operand(0), 0});
    if (program_.int_bits > 16) {
      unsigned top = temp();
      load_const(top, 0x10FFFF);
      jump(bad, OP_JLT, {int32_t(top), v, 0});
    }
    jump(ok, OP_JMP, {0});
    bind(bad);
    load_const(message, str_constant("%c arg not in range(0x110000)", loc_));
    emit(OP_THROW, {int32_t(number), int32_t(string_id("OverflowError")), int32_t(message)});
    bind(ok);
  }

  // int(x) is x's value; bool(x) is x != 0 (len(x) != 0 of a sequence); int() and bool() are 0.
  void convert_call(const Expr& e, const std::string& name, unsigned dest) {
    unsigned mark = regs_->top();
    const Type& t = e.operands.empty() ? Type::None : e.operands[0]->type;
    if (e.operands.empty()) {
      emit(OP_LOADI, {int32_t(dest), 0});
    } else if (name == "ord" || name == "chr" || (name == "int" && t == Type::Str)) {
      uint8_t m = name == "ord" ? STR_ORD : name == "chr" ? STR_CHR : STR_INT;
      int32_t v = operand(*e.operands[0]);
      if (e.text == "%c") percent_c_range(v);
      emit(OP_STROP, {int32_t(dest), v, immediate_operand(0), m});
    } else if ((name == "str" || name == "repr") && t != Type::Str) {
      to_str(*e.operands[0], dest, false);
    } else if (name == "repr") {
      emit(OP_STROP, {int32_t(dest), operand(*e.operands[0]), immediate_operand(0), STR_REPR});
    } else if (name == "int" || name == "str") {
      value_to(*e.operands[0], dest);
    } else {
      const Expr& x = *e.operands[0];
      bool sized = x.type.is_seq() || x.type.is_table();
      int32_t v = sized ? int32_t(dest) : operand(x);
      if (sized) emit(OP_LEN, {v, object(x)});
      emit(OP_NE, {int32_t(dest), v, immediate_operand(0)});
    }
    regs_->free_to(mark);
  }

  // dest := str(x) for an int, a bool (as an int: as_int) or None.
  void to_str(const Expr& x, unsigned dest, bool as_int) {
    if (x.type == Type::Int || (x.type == Type::Bool && as_int)) {
      emit(OP_STROP, {int32_t(dest), operand(x), immediate_operand(0), STR_FROM_INT});
    } else if (x.type == Type::Bool) {  // the literal "True" or "False"
      Label no, done;
      jump_if(x, false, no);
      load_const(dest, str_constant("True", x.loc));
      jump(done, OP_JMP, {0});
      bind(no);
      load_const(dest, str_constant("False", x.loc));
      bind(done);
    } else if (x.type == Type::None) {
      if (x.kind != ExprKind::None) value(x);  // its read may raise (a field of None, an unset field)
      load_const(dest, str_constant("None", x.loc));
    } else if (x.type.is_seq() || x.type.is_dict() || x.type.is_tuple()) {
      unsigned mark = regs_->top();
      Text out;
      out.acc = temp();  // not dest, which may be x's variable
      append_text(out, operand(x), x.type);
      flush_text(out);
      if (!out.started) load_const(out.acc, 0);
      emit(OP_MOVE, {int32_t(dest), int32_t(out.acc)});
      regs_->free_to(mark);
    } else {
      value_to(x, dest);
    }
  }

  // t, a type that may be None, when the value is not None.
  static Type some_type(Type t) {
    t.nullable = false;
    return t;
  }

  // The register holding the value of r, of a type that may be None and is not None there: an
  // int or str or None's box is read (a new temporary), a reference is itself.
  int32_t some_value(int32_t r, const Type& t) {
    if (t.kind != Type::Kind::Int && t.kind != Type::Kind::Str) return r;
    unsigned v = temp();
    emit(OP_GETF, {int32_t(v), r, immediate_operand(0)});
    return int32_t(v);
  }

  // A str being built in register acc (started: it holds a value), and the literal text still
  // to be appended to it.
  struct Text {
    unsigned acc = 0;
    bool started = false;
    std::string text;
  };

  // out.acc += out.text.
  void flush_text(Text& out) {
    if (out.text.empty()) return;
    unsigned mark = regs_->top(), piece = out.started ? temp() : out.acc;
    load_const(piece, str_constant(out.text, loc_));
    if (out.started) emit(OP_STROP, {int32_t(out.acc), int32_t(out.acc), int32_t(piece), STR_CAT});
    out.started = true;
    out.text.clear();
    regs_->free_to(mark);
  }

  // A loop over the elements of the list or tuple in register r (NEXTITEM), or with `dict` the
  // items of the dict in r (DNEXT): between() before each but the first, each(register holding
  // it; of an item, its key, then its value in the next one). Returns the loop's registers (the
  // sequence, then the count of elements taken, or a dict's iterator); the caller frees them.
  template <typename Between, typename Each> unsigned each_element(int32_t r, Between between, Each each, bool dict = false) {
    unsigned at = regs_->reserve(dict ? kDictIterRegs : 2, loc_), v = regs_->reserve(dict ? 2 : 1, loc_);
    object_to(at, r);
    load_const(at + 1, 0);
    if (dict) {  // as dict_iterator
      emit(OP_LEN, {int32_t(at + 2), int32_t(at)});
      emit(OP_MOVE, {int32_t(at + 3), int32_t(at + 2)});
    }
    Op step = dict ? OP_DNEXT : OP_NEXTITEM;
    Label first, next, body, done;
    jump(first, step, {int32_t(at), int32_t(v), 0});
    jump(done, OP_JMP, {0});
    bind(next);
    jump(body, step, {int32_t(at), int32_t(v), 0});
    jump(done, OP_JMP, {0});
    bind(body);
    between();
    bind(first);
    each(v);
    jump(next, OP_JMP, {0});
    bind(done);
    return at;
  }

  // dest := repr(x) of the object of type t in register r: t.cls.__repr__(x) (types.cpp
  // object_reprs), or "None".
  void object_repr(int32_t r, const Type& t, unsigned dest) {
    unsigned mark = regs_->top(), record = call_record_regs(program_.int_bits);
    Label none, done;
    if (t.nullable) jump(none, OP_JF, {r, 0});
    unsigned base = regs_->reserve(record + 1, loc_);
    emit(OP_MOVE, {int32_t(base + record), r});
    std::vector<std::string> classes = {t.cls};  // of a hierarchy: the object's class's, read from slot 0
    auto shown = program_.shown_classes.find(t.cls);
    if (t.subclasses && shown != program_.shown_classes.end() && !shown->second.empty()) classes = shown->second;
    Label called;
    if (classes.size() > 1) emit(OP_GETF, {int32_t(base), int32_t(base + record), immediate_operand(0)});
    for (size_t i = 0; i + 1 < classes.size(); ++i) {
      Label next;
      jump(next, OP_JNE, {int32_t(base), immediate_operand(program_.classes.at(classes[i]).tag), 0});
      emit(OP_CALL, {int32_t(base), int32_t(program_.function_index.at(classes[i] + ".__repr__"))});
      jump(called, OP_JMP, {0});
      bind(next);
    }
    emit(OP_CALL, {int32_t(base), int32_t(program_.function_index.at(classes.back() + ".__repr__"))});
    if (classes.size() > 1) bind(called);
    emit(OP_MOVE, {int32_t(dest), int32_t(base)});
    if (t.nullable) {
      jump(done, OP_JMP, {0});
      bind(none);
      load_const(dest, str_constant("None", loc_));
      bind(done);
    }
    regs_->free_to(mark);
  }

  // Appends to out the text print() shows for the value of type t in register r (as
  // print_value prints it): a list, an array or a dict without tuples or objects is one STROP
  // STR_OF_SEQ; a tuple, a list holding tuples or objects and a dict holding objects are joined
  // element by element; an object is its __repr__'s text.
  void append_text(Text& out, int32_t r, const Type& t) {
    if (t == Type::None) {
      out.text += "None";
      return;
    }
    if (t.nullable && !t.is_object()) {  // an element that may be None (an object's repr tests it)
      flush_text(out);
      if (!out.started) load_const(out.acc, 0);  // "": both ways append to it
      out.started = true;
      Label none, done;
      jump(none, OP_JF, {r, 0});
      unsigned mark = regs_->top();
      append_text(out, some_value(r, t), some_type(t));
      flush_text(out);
      regs_->free_to(mark);
      jump(done, OP_JMP, {0});
      bind(none);
      out.text = "None";
      flush_text(out);
      bind(done);
      return;
    }
    if (t.is_dict() && t.cls == "Counter") {  // as print_value
      flush_text(out);
      if (!out.started) load_const(out.acc, 0);
      out.started = true;
      unsigned mark = regs_->top(), shown = counts_in_order(r, t), n = temp();
      Label empty, done;
      emit(OP_LEN, {int32_t(n), int32_t(shown)});
      jump(empty, OP_JF, {int32_t(n), 0});
      out.text = "Counter(";
      append_text(out, int32_t(shown), plain(t));
      out.text += ")";
      flush_text(out);
      jump(done, OP_JMP, {0});
      bind(empty);
      out.text = "Counter()";
      flush_text(out);
      bind(done);
      regs_->free_to(mark);
      return;
    }
    if (t.is_dict() && !t.cls.empty()) {
      out.text += factory_repr(t);
      append_text(out, r, plain(t));
      out.text += ")";
      return;
    }
    if (t.is_deque()) {
      out.text += "deque(";
      append_text(out, r, plain(t));
      out.text += ")";
      return;
    }
    unsigned mark = regs_->top();
    bool uniform = t.is_tuple() && std::all_of(t.elems.begin(), t.elems.end(), [&](const Type& x) { return x == t.elems[0]; });
    if (t.is_tuple() && !(uniform && t.elems.size() > kMaxTuplePrintUnrolled)) {
      out.text += "(";
      for (size_t i = 0; i < t.elems.size(); ++i) {
        if (i) out.text += ", ";
        unsigned v = t.elems[i] == Type::None ? 0 : temp();
        if (t.elems[i] != Type::None) emit(OP_GETF, {int32_t(v), r, immediate_operand(int(i))});
        append_text(out, int32_t(v), t.elems[i]);
      }
      out.text += t.elems.size() == 1 ? ",)" : ")";
      regs_->free_to(mark);
      return;
    }
    bool round = t.is_tuple() || t.is_var_tuple();
    if (by_elements(t) || round) {  // "[" e0 ", " e1 ... "]", as print_value
      out.text += round ? "(" : "[";
      flush_text(out);
      unsigned at = each_element(
          r,
          [&] {
            out.text = ", ";
            flush_text(out);
          },
          [&](unsigned v) {
            append_text(out, int32_t(v), t.elems[0]);
            flush_text(out);
          });
      if (t.is_var_tuple()) {  // (x,)
        Label many;
        jump(many, OP_JNE, {int32_t(at + 1), immediate_operand(1), 0});
        out.text = ",";
        flush_text(out);
        bind(many);
      }
      out.text = round ? ")" : "]";
      regs_->free_to(mark);
      return;
    }
    if (by_items(t)) {  // "{" k0 ": " v0 ", " ... "}"
      out.text += "{";
      flush_text(out);
      each_element(
          r,
          [&] {
            out.text = ", ";
            flush_text(out);
          },
          [&](unsigned k) {
            append_text(out, int32_t(k), t.elems[0]);
            out.text += ": ";
            append_text(out, int32_t(k + 1), t.elems[1]);
            flush_text(out);
          },
          true);
      out.text = "}";
      regs_->free_to(mark);
      return;
    }
    flush_text(out);
    unsigned piece = out.started ? temp() : out.acc;
    if (t.is_object()) {
      object_repr(r, t, piece);
    } else if (t.is_seq() || t.is_dict()) {
      emit(OP_STROP, {int32_t(piece), r, immediate_operand(t.is_dict() ? dict_print_flags(t) : leaves_mode(t)), STR_OF_SEQ});
    } else if (t == Type::Str) {
      emit(OP_STROP, {int32_t(piece), r, immediate_operand(0), STR_REPR});
    } else if (t == Type::Bool) {
      Label no, done;
      jump(no, OP_JF, {r, 0});
      load_const(piece, str_constant("True", loc_));
      jump(done, OP_JMP, {0});
      bind(no);
      load_const(piece, str_constant("False", loc_));
      bind(done);
    } else {
      emit(OP_STROP, {int32_t(piece), r, immediate_operand(0), STR_FROM_INT});
    }
    if (out.started) emit(OP_STROP, {int32_t(out.acc), int32_t(out.acc), int32_t(piece), STR_CAT});
    out.started = true;
    regs_->free_to(mark);
  }

  // Field p's text with its spec into register `to` (a Format outside print(), as print_field
  // prints it): decided now for a literal, None and a bool shown as True/False, else FMTSTR.
  void format_field(const Expr& a, const FormatPiece& p, unsigned to) {
    const std::string& spec = p.text;
    bool as_int = a.type == Type::Int || (a.type == Type::Bool && (is_number_conversion(p.percent) || !p.conversion));
    if (a.kind == ExprKind::Str || a.type == Type::None) {
      if (a.type == Type::None && a.kind != ExprKind::None) value(a);  // its read may raise
      std::string literal = a.kind != ExprKind::Str ? "None" : p.conversion == 'r' || p.conversion == 'a'
                                                                   ? py_repr(a.text, p.conversion == 'a', a.loc)
                                                                   : a.text;
      load_const(to, str_constant(format_text(literal, spec, p.loc), a.loc));
      return;
    }
    if (a.type == Type::Bool && !as_int) {
      Label no, done;
      jump_if(a, false, no);
      load_const(to, str_constant(format_text("True", spec, p.loc), a.loc));
      jump(done, OP_JMP, {0});
      bind(no);
      load_const(to, str_constant(format_text("False", spec, p.loc), a.loc));
      bind(done);
      return;
    }
    bool text = a.type == Type::Str;
    IntFormat f = text ? str_format(spec, p.loc) : int_format(spec, p.conversion, a.type == Type::Bool ? "bool" : "int", p.loc);
    emit(OP_FMTSTR, {int32_t(to), operand(a), static_cast<unsigned char>(f.fill), f.flags, int32_t(f.width), text ? 's' : f.type});
  }

  // A Format outside print() (types.cpp format_value_type): its pieces' texts joined by STROP +
  // (a str's !r or %r: STROP repr).
  void format_value(const Expr& e, unsigned dest) {
    unsigned mark = regs_->top();
    unsigned acc = temp(), piece = temp();  // not dest, which may be a field's variable
    bool first = true;
    for (const FormatPiece& p : e.format) {
      unsigned to = first ? acc : piece;
      if (p.field < 0) {
        if (p.text.empty()) continue;
        load_const(to, str_constant(p.text, e.loc));
      } else if (p.width >= 0) {
        pad_to_width(e, p, to);
      } else if ((p.conversion == 'r' || p.percent == 'r') && e.operands[size_t(p.field)]->type == Type::Str &&
                 (p.text.empty() || e.operands[size_t(p.field)]->kind != ExprKind::Str)) {  // a literal's spec: format_field
        emit(OP_STROP, {int32_t(to), operand(*e.operands[size_t(p.field)]), immediate_operand(0), STR_REPR});
      } else {
        const Expr& a = *e.operands[size_t(p.field)];
        if ((p.text.empty() && p.conversion != 'r' && p.conversion != 'a') || a.type.is_seq() || a.type.is_dict() || a.type.is_tuple())
          to_str(a, to, p.percent == 'd' || p.percent == 'i' || p.percent == 'u');
        else format_field(a, p, to);
      }
      if (!first) emit(OP_STROP, {int32_t(acc), int32_t(acc), int32_t(piece), STR_CAT});
      first = false;
    }
    if (first) load_const(acc, 0);
    emit(OP_MOVE, {int32_t(dest), int32_t(acc)});
    regs_->free_to(mark);
  }

  // pow(a, b) is a ** b; pow(a, b, m) is POWMOD.
  void pow_call(const Expr& e, unsigned dest) {
    unsigned mark = regs_->top();
    size_t n = e.operands.size();
    int32_t a[3];
    for (size_t i = 0; i < n; ++i) {
      bool later = false;
      for (size_t j = i + 1; j < n; ++j) later = later || has_call(*e.operands[j]);
      a[i] = operand(*e.operands[i], later);
    }
    if (n == 2) emit(OP_POW, {int32_t(dest), a[0], a[1]});
    else emit(OP_POWMOD, {int32_t(dest), a[0], a[1], a[2]});
    regs_->free_to(mark);
  }

  // The opcode that makes a new list of the keys of a dict or set of type t.
  static Op keys_opcode(const Type& t) { return t.elems[0] == Type::Str ? OP_LISTSTR : OP_LIST; }

  // min(seq, default=d), max(seq, default=d): both arguments evaluated, then d if seq is empty.
  void min_max_default(const Expr& e, const std::string& name, unsigned dest) {
    unsigned mark = regs_->top();
    const Expr& a = *e.operands[0];
    int32_t seq = object(a, has_call(*e.keywords[0].value));
    int32_t d = operand(*e.keywords[0].value);
    if (a.type.is_table()) {  // its keys, a new list
      unsigned keys = temp();
      emit(keys_opcode(a.type), {int32_t(keys), seq});
      seq = int32_t(keys);
    }
    unsigned n = temp();
    Label empty, done;
    emit(OP_LEN, {int32_t(n), seq});
    jump(empty, OP_JF, {int32_t(n), 0});
    if ((a.type.is_list() || a.type.is_table()) && a.type.elems[0].has_tuple()) tuple_extreme(name, seq, dest, a.type.elems[0]);
    else emit(builtin_opcode(name, 1), {int32_t(dest), seq});
    jump(done, OP_JMP, {0});
    bind(empty);
    emit(OP_MOVE, {int32_t(dest), d});
    bind(done);
    regs_->free_to(mark);
  }

  // list(seq), list(range(...))
  void list_call(const Expr& e, unsigned dest) {
    const Expr& a = *e.operands[0];
    if (a.kind != ExprKind::Call || a.callee->kind != ExprKind::Name || a.callee->text != "range")
      return opcode_call(e, "list", dest);
    unsigned mark = regs_->top();
    size_t n = a.operands.size();
    int32_t v[3] = {immediate_operand(0), 0, immediate_operand(1)};
    for (size_t i = 0; i < n; ++i) {
      bool later = false;
      for (size_t j = i + 1; j < n; ++j) later = later || has_call(*a.operands[j]);
      v[n == 1 ? 1 : i] = operand(*a.operands[i], later);
    }
    emit(OP_NEWRANGE, {int32_t(dest), v[0], v[1], v[2]});
    regs_->free_to(mark);
  }

  // SORTED's b operand for a sequence of type t (bytecode/runtime.h SortedFlags).
  static int32_t sorted_flags(const Type& t, bool reverse) {
    int32_t flags = (reverse ? SORTED_REVERSE : 0) | (t.is_table() && t.elems[0] == Type::Str ? SORTED_STR_KEYS : 0);
    if (t.is_list() || t.is_table()) flags |= str_places(t.elems[0]) << kSortedStrSlots;  // types.cpp: sortable
    return flags;
  }

  // Bit i set for each place i of the tuple type t that holds strs (0 for other types).
  static int32_t str_places(const Type& t) {
    int32_t places = 0;
    for (size_t i = 0; t.is_tuple() && i < t.elems.size(); ++i)
      if (t.elems[i] == Type::Str) places |= 1 << i;
    return places;
  }

  // reverse=True or False, a literal (sorted(), sort())
  static bool reverse_keyword(const Expr& call) {
    if (call.keywords.empty()) return false;
    const Expr& flag = *call.keywords[0].value;
    return flag.kind == ExprKind::Bool ? flag.bool_value : flag.int_value != 0;
  }

  // tuple(seq): TUPLE of a list, an array or a tuple; of the list list() makes of a range or a
  // dict's keys.
  void tuple_call(const Expr& e, unsigned dest) {
    unsigned mark = regs_->top();
    const Expr& a = *e.operands[0];
    int32_t src;
    if ((a.kind == ExprKind::Call && a.callee->kind == ExprKind::Name && a.callee->text == "range") || a.type.is_table()) {
      unsigned list = temp();
      list_call(e, list);
      src = int32_t(list);
    } else {
      src = object(a);
    }
    emit(OP_TUPLE, {int32_t(dest), src});
    regs_->free_to(mark);
  }

  // sorted(seq[, reverse=True]); of a str, of its characters.
  void sorted_call(const Expr& e, unsigned dest) {
    unsigned mark = regs_->top();
    const Expr& a = *e.operands[0];
    if (a.type == Type::Str) {
      unsigned chars = temp();
      chars_list(a, chars);
      emit(OP_SORTED, {int32_t(dest), int32_t(chars), sorted_flags(Type::list(Type::Str), reverse_keyword(e))});
    } else {
      emit(OP_SORTED, {int32_t(dest), operand_for(OP_SORTED, 1, a), sorted_flags(a.type, reverse_keyword(e))});
    }
    regs_->free_to(mark);
  }

  // dest := a new list of the characters of the str e (list(s), sorted(s), sep.join(s)), each a
  // new str (STROP [i]), as for_str() reads them.
  void chars_list(const Expr& e, unsigned dest) {
    unsigned mark = regs_->top(), t = regs_->reserve(3, loc_), c = temp();
    value_to(e, t);
    emit(OP_STRLEN, {int32_t(t + 1), int32_t(t)});
    load_const(t + 2, 0);
    emit(OP_NEWSEQ, {int32_t(dest), int32_t(dest), 0, SEQ_LIST_STR});
    Label body, next;
    jump(next, OP_JMP, {0});
    bind(body);
    emit(OP_STROP, {int32_t(c), int32_t(t), int32_t(t + 2), STR_GETITEM});
    emit(OP_ADD, {int32_t(t + 2), int32_t(t + 2), immediate_operand(1)});
    emit(OP_APPEND, {int32_t(dest), int32_t(c)});
    bind(next);
    jump(body, OP_JLT, {int32_t(t + 2), int32_t(t + 1), 0});
    regs_->free_to(mark);
  }

  // array(typecode, [a, ...] or [v] * n): the list's elements straight into the array.
  void array_call(const Expr& e, unsigned dest) {
    const Expr& init = *e.operands[1];
    uint8_t kind = seq_kind(e.type);
    if (init.kind == ExprKind::List) new_seq(init, dest, kind);
    else seq_repeat(init, dest, kind);
  }

  // micro.trace(a, ...): the values in consecutive registers, one TRACE.
  void trace_call(const Expr& e) {
    unsigned mark = regs_->top();
    size_t n = e.operands.size();
    unsigned first = regs_->reserve(unsigned(n), loc_);
    for (size_t i = 0; i < n; ++i) value_to(*e.operands[i], first + unsigned(i));
    emit(OP_TRACE, {int32_t(first), int32_t(n)});
    regs_->free_to(mark);
  }

  // A builtin of one opcode (the python column's, for the argument count); 3 or more
  // arguments (min, max) fold pairwise through the 2-operand one.
  void opcode_call(const Expr& e, const std::string& name, unsigned dest) {
    unsigned mark = regs_->top();
    size_t n = e.operands.size();
    if (n == 0) {
      emit(builtin_opcode(name, 0), {int32_t(dest)});
    } else if (n == 1) {
      // len(s) is the only builtin of one argument the checker lets take a str.
      const Expr& a = *e.operands[0];
      Op op = a.type == Type::Str ? OP_STRLEN : builtin_opcode(name, 1);
      bool tuples = (name == "min" || name == "max") && (a.type.is_list() || a.type.is_table()) && a.type.elems[0].has_tuple();
      if (name == "list" && a.type == Type::Str) {
        chars_list(a, dest);
      } else if (name != "len" && a.type.is_table()) {  // of a dict's or set's keys: a new list of them first
        unsigned list = name == "list" ? dest : temp();
        emit(keys_opcode(a.type), {int32_t(list), object(a)});
        if (tuples) tuple_extreme(name, int32_t(list), dest, a.type.elems[0]);
        else if (name != "list") emit(op, {int32_t(dest), int32_t(list)});
      } else if (tuples) {
        tuple_extreme(name, object(a), dest, a.type.elems[0]);
      } else {
        emit(op, {int32_t(dest), operand_for(op, 1, a)});
      }
    } else if (name == "sum" && e.operands[0]->type.is_table()) {  // of a dict's or set's keys, listed once start is evaluated
      int32_t table = object(*e.operands[0], true);
      int32_t start = operand_for(OP_SUMFROM, 2, *e.operands[1]);
      unsigned list = temp();
      emit(keys_opcode(e.operands[0]->type), {int32_t(list), table});
      emit(OP_SUMFROM, {int32_t(dest), int32_t(list), start});
    } else {
      Op op = builtin_opcode(name, 2);
      int32_t acc = operand_for(op, 1, *e.operands[0], true);
      for (size_t i = 1; i < n; ++i) {
        int32_t r = operand_for(op, 2, *e.operands[i], i + 1 < n);
        emit(op, {int32_t(dest), acc, r});
        acc = int32_t(dest);
      }
    }
    regs_->free_to(mark);
  }

  // dest := min(seq) or max(seq) (`name`) of a list of tuples of type t, ordered as < orders them:
  // the first least (greatest) element; an empty seq reaches the builtin's opcode, CPython's ValueError.
  void tuple_extreme(const std::string& name, int32_t seq, unsigned dest, const Type& t) {
    unsigned mark = regs_->top();
    unsigned at = regs_->reserve(2, loc_), x = temp(), best = temp(), better = temp();
    object_to(at, seq);
    load_const(at + 1, 0);
    Label first, next, got, done;
    jump(first, OP_NEXTITEM, {int32_t(at), int32_t(best), 0});
    emit(builtin_opcode(name, 1), {int32_t(dest), seq});  // empty
    bind(first);
    bind(next);
    jump(got, OP_NEXTITEM, {int32_t(at), int32_t(x), 0});
    jump(done, OP_JMP, {0});
    bind(got);
    seq_link(name == "min" ? CmpOp::Lt : CmpOp::Gt, int32_t(x), int32_t(best), better, t, t);
    jump(next, OP_JF, {int32_t(better), 0});
    emit(OP_MOVE, {int32_t(best), int32_t(x)});
    jump(next, OP_JMP, {0});
    bind(done);
    emit(OP_MOVE, {int32_t(dest), int32_t(best)});
    regs_->free_to(mark);
  }

  // lst.append(v), pop([i]), insert(i, v), extend(ys), index(v), count(v), remove(v), reverse(),
  // sort([reverse=]), clear(), copy()
  // A str method (types.cpp str_method_type): one STROP; `arg` is the immediate operand of one
  // that takes no argument (StripSides, StrTest).
  void str_method(const Expr& e, unsigned dest, bool later) {
    unsigned mark = regs_->top();
    static const struct { const char* name; uint8_t op; uint8_t arg; } kStrOps[] = {
        {"startswith", STR_STARTS, 0},       {"endswith", STR_ENDS, 0},           {"find", STR_FIND, 0},
        {"upper", STR_UPPER, 0},             {"lower", STR_LOWER, 0},             {"strip", STR_STRIP, STRIP_BOTH},
        {"lstrip", STR_STRIP, STRIP_LEFT},   {"rstrip", STR_STRIP, STRIP_RIGHT},  {"split", STR_SPLIT, 0},
        {"join", STR_JOIN, 0},               {"isdigit", STR_IS, STR_IS_DIGIT},   {"isalpha", STR_IS, STR_IS_ALPHA},
        {"isalnum", STR_IS, STR_IS_ALNUM},   {"isspace", STR_IS, STR_IS_SPACE},   {"isupper", STR_IS, STR_IS_UPPER},
        {"islower", STR_IS, STR_IS_LOWER},   {"rfind", STR_RFIND, 0},             {"index", STR_FIND, 0},
        {"rindex", STR_RFIND, 0},            {"swapcase", STR_RECASE, CASE_SWAP}, {"capitalize", STR_RECASE, CASE_CAPITALIZE},
        {"title", STR_RECASE, CASE_TITLE},   {"partition", STR_FIND, 0},          {"rpartition", STR_RFIND, 0},
        {"splitlines", STR_SPLITLINES, 0},   {"casefold", STR_LOWER, 0},  // of ASCII text, as STR_LOWER takes
        {"isdecimal", STR_IS, STR_IS_DIGIT}, {"isnumeric", STR_IS, STR_IS_DIGIT},  // on ASCII text all three agree
    };
    const std::string& m = e.callee->text;
    if (m == "ljust" || m == "rjust" || m == "center" || m == "zfill") return str_pad(e, dest, later);
    uint8_t op = 0, arg = 0;
    for (const auto& k : kStrOps)
      if (m == k.name) op = k.op, arg = k.arg;
    if (op == STR_SPLIT && e.operands.empty()) op = STR_SPLIT_WS;
    int32_t s = operand(*e.callee->operands[0], later);
    if (m == "rsplit" || (m == "split" && e.operands.size() == 2)) {  // a separator or None, maybe maxsplit
      bool ws = e.operands[0]->kind == ExprKind::None;
      int32_t sep = ws ? immediate_operand(0) : operand(*e.operands[0]);
      int32_t limit = e.operands.size() == 2 ? operand(*e.operands[1]) : immediate_operand(-1);
      emit(OP_SPLITN, {int32_t(dest), s, sep, limit, int32_t((ws ? SPLIT_WS : 0) | (m == "rsplit" ? SPLIT_RIGHT : 0))});
      regs_->free_to(mark);
      return;
    }
    int32_t a;
    if (e.operands.empty()) {
      a = immediate_operand(arg);
    } else if (m == "join" && e.operands[0]->type == Type::Str) {  // sep.join(s): of s's characters
      a = int32_t(temp());
      chars_list(*e.operands[0], unsigned(a));
    } else {
      a = operand(*e.operands[0]);
    }
    if (m == "partition" || m == "rpartition") {
      str_partition(s, a, op, dest);
    } else {
      bool index = m == "index" || m == "rindex";
      // index's result goes to a variable only once found: the ValueError leaves it as it was
      unsigned result = index && regs_->is_variable(dest) ? temp() : dest;
      emit(OP_STROP, {int32_t(result), s, a, op});
      if (index) {  // find's -1 is CPython's ValueError (the kind whose message is RAISE's string)
        Label found;
        jump(found, OP_JNE, {int32_t(result), immediate_operand(-1), 0});
        emit(OP_RAISE, {KP_ERR_UNPACK - KP_ERR_ZERO_DIV, int32_t(string_id("substring not found"))});
        bind(found);
        if (result != dest) emit(OP_MOVE, {int32_t(dest), int32_t(result)});
      }
    }
    regs_->free_to(mark);
  }

  // dest := the sequence or table that object operand o names (kind 'o': a register, or a
  // global read directly, which MOVE cannot take).
  void object_to(unsigned dest, int32_t o) {
    if (o >= int32_t(kRegisterLimit)) emit(OP_GETG, {int32_t(dest), o - int32_t(kRegisterLimit)});
    else emit(OP_MOVE, {int32_t(dest), o});
  }

  // Value operand x in a register: an immediate is moved into a new one.
  int32_t in_register(int32_t x) {
    if (x < int32_t(kRegisterLimit)) return x;
    unsigned r = temp();
    emit(OP_MOVE, {int32_t(r), x});
    return int32_t(r);
  }

  // dest := the tuple s.partition(sep) (op STR_FIND) or s.rpartition(sep) (STR_RFIND): the
  // text before the match, sep, the text after it; no match: (s, "", "") or ("", "", s).
  void str_partition(int32_t s, int32_t sep, uint8_t op, unsigned dest) {
    s = in_register(s);  // STRSLICE's object operand
    unsigned first = regs_->reserve(3, loc_), i = temp();
    Label ok, found, done;
    jump(ok, OP_JNE, {sep, immediate_operand(0), 0});  // "" is 0
    emit(OP_RAISE, {KP_ERR_EMPTY_SEP - KP_ERR_ZERO_DIV, int32_t(string_id("empty separator"))});
    bind(ok);
    emit(OP_STROP, {int32_t(i), s, sep, op});
    jump(found, OP_JNE, {int32_t(i), immediate_operand(-1), 0});
    bool left = op == STR_FIND;
    emit(OP_MOVE, {int32_t(first), left ? s : immediate_operand(0)});
    emit(OP_MOVE, {int32_t(first + 1), immediate_operand(0)});
    emit(OP_MOVE, {int32_t(first + 2), left ? immediate_operand(0) : s});
    jump(done, OP_JMP, {0});
    bind(found);
    emit(OP_STRSLICE, {int32_t(first), s, 0, int32_t(i), immediate_operand(1), SLICE_NO_START});
    emit(OP_MOVE, {int32_t(first + 1), sep});
    emit(OP_STRLEN, {int32_t(first + 2), sep});
    emit(OP_ADD, {int32_t(i), int32_t(i), int32_t(first + 2)});
    emit(OP_STRSLICE, {int32_t(first + 2), s, int32_t(i), 0, immediate_operand(1), SLICE_NO_STOP});
    bind(done);
    emit(OP_NEWSEQ, {int32_t(dest), int32_t(first), 3, SEQ_RECORD});
  }

  // s.ljust(w[, fill]), rjust, center and zfill(w).
  void str_pad(const Expr& e, unsigned dest, bool later) {
    unsigned mark = regs_->top();
    const std::string& m = e.callee->text;
    int32_t s = operand(*e.callee->operands[0], later || has_call(*e.operands[0]));
    int32_t w = operand(*e.operands[0]);
    std::string fill = m == "zfill" ? "0" : e.operands.size() == 2 ? e.operands[1]->text : " ";
    Pad how = m == "ljust" ? Pad::Left : m == "rjust" ? Pad::Right : m == "center" ? Pad::Center : Pad::Zeros;
    pad(s, w, fill, how, dest);
    regs_->free_to(mark);
  }

  // Where pad() puts the fill: after the text (ljust, format's '<'), before it (rjust, '>'),
  // both sides (center: the odd one goes left when w is odd; format's '^': right), or after
  // a leading '+' or '-' (zfill, format's '0').
  enum class Pad { Left, Right, Center, FormatCenter, Zeros };

  // dest := the str value s padded with `fill` (one character) to w characters as `how` says;
  // s as it is when it has w or more. The pads are fill * n (STROP *), joined with +.
  void pad(int32_t s, int32_t w, const std::string& fill_text, Pad how, unsigned dest) {
    unsigned mark = regs_->top();
    s = in_register(s);  // STRSLICE's object operand
    unsigned fill = temp(), n = temp(), res = temp(), t = temp(), u = temp();
    load_const(fill, str_constant(fill_text, loc_));
    auto cat = [&](unsigned to, int32_t a, int32_t b) { emit(OP_STROP, {int32_t(to), a, b, STR_CAT}); };
    Label fits, done;
    emit(OP_STRLEN, {int32_t(n), s});
    jump(fits, OP_JLE, {w, int32_t(n), 0});
    emit(OP_SUB, {int32_t(n), w, int32_t(n)});  // the padding: w > len(s) >= 0, no overflow
    if (how == Pad::Center || how == Pad::FormatCenter) {
      if (how == Pad::Center) {  // left = n // 2 + (n & w & 1)
        emit(OP_BAND, {int32_t(t), int32_t(n), w});
        emit(OP_BAND, {int32_t(t), int32_t(t), immediate_operand(1)});
        emit(OP_SHR, {int32_t(u), int32_t(n), immediate_operand(1)});
        emit(OP_ADD, {int32_t(t), int32_t(t), int32_t(u)});
      } else {  // left = n // 2
        emit(OP_SHR, {int32_t(t), int32_t(n), immediate_operand(1)});
      }
      emit(OP_SUB, {int32_t(n), int32_t(n), int32_t(t)});
      emit(OP_STROP, {int32_t(t), int32_t(fill), int32_t(t), STR_REPEAT});
      emit(OP_STROP, {int32_t(n), int32_t(fill), int32_t(n), STR_REPEAT});
      cat(res, int32_t(t), s);
      cat(res, int32_t(res), int32_t(n));
    } else {
      emit(OP_STROP, {int32_t(n), int32_t(fill), int32_t(n), STR_REPEAT});
      if (how == Pad::Left) {
        cat(res, s, int32_t(n));
      } else if (how == Pad::Right) {
        cat(res, int32_t(n), s);
      } else {  // zfill: a leading '+' or '-' stays first
        Label sign, plain;
        emit(OP_STRSLICE, {int32_t(t), s, 0, immediate_operand(1), immediate_operand(1), SLICE_NO_START});
        load_const(u, str_constant("-", loc_));
        jump(sign, OP_JEQ, {int32_t(t), int32_t(u), 0});
        load_const(u, str_constant("+", loc_));
        jump(plain, OP_JNE, {int32_t(t), int32_t(u), 0});
        bind(sign);
        cat(res, int32_t(t), int32_t(n));
        emit(OP_STRSLICE, {int32_t(t), s, immediate_operand(1), 0, immediate_operand(1), SLICE_NO_STOP});
        cat(res, int32_t(res), int32_t(t));
        jump(done, OP_JMP, {0});
        bind(plain);
        cat(res, int32_t(n), s);
      }
    }
    jump(done, OP_JMP, {0});
    bind(fits);
    emit(OP_MOVE, {int32_t(res), s});
    bind(done);
    emit(OP_MOVE, {int32_t(dest), int32_t(res)});
    regs_->free_to(mark);
  }

  // Field p of Format e with a nested width, f"{x:>{w}}": into `to`, x's text (operands[p.field],
  // format.cpp) padded to w as format.h NestedWidth says. A negative w is the sign '-' and the
  // width -w to an int's spec, else CPython's ValueError.
  void pad_to_width(const Expr& e, const FormatPiece& p, unsigned to) {
    unsigned mark = regs_->top();
    int32_t s = operand(*e.operands[size_t(p.field)], has_call(*e.operands[size_t(p.width)]));
    pad_to_width(e, p, s, operand(*e.operands[size_t(p.width)]), to);
    regs_->free_to(mark);
  }

  // The same with x's text in s and the width in value operand w, both evaluated.
  void pad_to_width(const Expr& e, const FormatPiece& p, int32_t s, int32_t width, unsigned to) {
    unsigned mark = regs_->top();
    const Expr& text = *e.operands[size_t(p.field)];
    bool is_str = text.operands[0]->type == Type::Str || text.format[0].conversion;
    NestedWidth n = nested_width(p.text, p.width_at, p.loc);
    unsigned w = temp();
    emit(OP_MOVE, {int32_t(w), width});
    Label wide;
    jump(wide, OP_JLE, {immediate_operand(0), int32_t(w), 0});
    if (is_str || n.negative_invalid) {
      unsigned number, last;
      program_.exception_range("ValueError", number, last);
      Text message;
      message.acc = temp();
      if (is_str && !n.zero) {
        message.text = "Sign not allowed in string format specifier";
      } else {  // "0-3": a '0' then a sign, where the width should be
        message.text = "Invalid format specifier '" + n.before;
        append_text(message, int32_t(w), Type::Int);
        message.text += n.after + "' for object of type '" + (is_str ? "str" : "int") + "'";
      }
      flush_text(message);
      emit(OP_THROW, {int32_t(number), int32_t(string_id("ValueError")), int32_t(message.acc)});
    } else {
      emit(OP_NEG, {int32_t(w), int32_t(w)});
    }
    bind(wide);
    char align = n.align ? n.align : is_str ? '<' : '>';  // a str's '0': the fill '0', on its right
    Pad how = n.zero && !is_str ? Pad::Zeros : align == '<' ? Pad::Left : align == '>' ? Pad::Right : Pad::FormatCenter;
    pad(s, int32_t(w), n.zero ? "0" : n.fill, how, to);
    regs_->free_to(mark);
  }

  // d.update(other, k=v, ...): the arguments first, as CPython evaluates them; then other's items
  // in its order (DNEXT, DSET), then each keyword's, its name a str key.
  void dict_update(const Expr& e) {
    unsigned mark = regs_->top();
    bool later = !e.operands.empty() && has_call(*e.operands[0]);
    for (const Keyword& k : e.keywords) later = later || has_call(*k.value);
    int32_t d = object(*e.callee->operands[0], later);
    unsigned at = 0;
    if (!e.operands.empty()) {
      at = regs_->reserve(kDictIterRegs, loc_);
      value_to(*e.operands[0], at);
    }
    std::vector<int32_t> values;
    for (size_t i = 0; i < e.keywords.size(); ++i) {
      bool more = false;
      for (size_t j = i + 1; j < e.keywords.size(); ++j) more = more || has_call(*e.keywords[j].value);
      values.push_back(operand(*e.keywords[i].value, more));
    }
    if (!e.operands.empty()) each_item(at, [&](int32_t kv) { emit(OP_DSET, {d, kv, kv + 1}); });
    for (size_t i = 0; i < e.keywords.size(); ++i) {
      unsigned key = temp();
      load_const(key, str_constant(e.keywords[i].name, e.keywords[i].loc));
      emit(OP_DSET, {d, int32_t(key), values[i]});
    }
    regs_->free_to(mark);
  }

  // dest := Counter(xs) (types.cpp counter_type): a copy of a dict of counts, or each element of
  // the list, tuple or str xs counted, in the order of their first appearance.
  void counter_call(const Expr& e, unsigned dest) {
    const Expr& a = *e.operands[0];
    if (a.type.is_dict()) return dict_copy(a, dest);
    unsigned mark = regs_->top();
    unsigned at = regs_->reserve(2, loc_), x = temp(), n = temp(), counts = temp();
    if (a.type == Type::Str) chars_list(a, at);
    else value_to(a, at);
    new_dict(e.type, counts, 0);
    load_const(at + 1, 0);
    int32_t mode = dict_mode(DICT_GET, e.type.elems[0]);
    Label next, got, done;
    bind(next);
    jump(got, OP_NEXTITEM, {int32_t(at), int32_t(x), 0});
    jump(done, OP_JMP, {0});
    bind(got);
    emit(OP_DICTOP, {int32_t(n), int32_t(counts), int32_t(x), immediate_operand(0), mode});
    emit(OP_ADD, {int32_t(n), int32_t(n), immediate_operand(1)});
    emit(OP_DSET, {int32_t(counts), int32_t(x), int32_t(n)});
    jump(next, OP_JMP, {0});
    bind(done);
    emit(OP_MOVE, {int32_t(dest), int32_t(counts)});
    regs_->free_to(mark);
  }

  // dest := c.most_common([n]) of the Counter call e's receiver: its (key, count) items, the
  // greatest counts first and equal counts in the Counter's order (CPython's stable sort), the
  // first max(n, 0) of them. An insertion sort: each item goes after the last one of a count
  // not below its own.
  void most_common(const Expr& e, unsigned dest) {
    unsigned mark = regs_->top();
    const Expr& obj = *e.callee->operands[0];
    unsigned at = regs_->reserve(kDictIterRegs, loc_);
    value_to(obj, at);
    int32_t limit = e.operands.empty() ? 0 : operand(*e.operands[0]);
    unsigned list = temp(), pos = temp();
    items_by_count(at, list);
    if (!e.operands.empty()) {
      emit(OP_MAX, {int32_t(pos), limit, immediate_operand(0)});
      int32_t none = immediate_operand(0);
      emit(OP_SLICE, {int32_t(list), int32_t(list), none, int32_t(pos), immediate_operand(1), SLICE_NO_START});
    }
    emit(OP_MOVE, {int32_t(dest), int32_t(list)});
    regs_->free_to(mark);
  }

  // list := the (key, count) items of the Counter in R[at] (the first of kDictIterRegs
  // registers), the greatest counts first, equal ones in the Counter's order.
  void items_by_count(unsigned at, unsigned list) {
    unsigned mark = regs_->top();
    unsigned pos = temp(), item = temp(), count = temp(), before = temp();
    emit(OP_NEWSEQ, {int32_t(list), int32_t(list), 0, SEQ_LIST_REF});
    each_item(at, [&](int32_t kv) {
      emit(OP_NEWSEQ, {int32_t(item), kv, 2, SEQ_RECORD});
      emit(OP_LEN, {int32_t(pos), int32_t(list)});
      Label shift, place;
      bind(shift);
      jump(place, OP_JLE, {int32_t(pos), immediate_operand(0), 0});
      emit(OP_SUB, {int32_t(before), int32_t(pos), immediate_operand(1)});
      emit(OP_GETITEM, {int32_t(before), int32_t(list), int32_t(before)});
      emit(OP_GETF, {int32_t(count), int32_t(before), immediate_operand(1)});
      jump(place, OP_JLE, {kv + 1, int32_t(count), 0});
      emit(OP_SUB, {int32_t(pos), int32_t(pos), immediate_operand(1)});
      jump(shift, OP_JMP, {0});
      bind(place);
      emit(OP_INSERT, {int32_t(list), int32_t(pos), int32_t(item)});
    });
    regs_->free_to(mark);
  }

  // A new plain dict of the Counter of type t in register r, its items in most_common() order:
  // how CPython shows a Counter, Counter({'a': 2, 'b': 1}). Returns its register.
  unsigned counts_in_order(int32_t r, const Type& t) {
    unsigned at = regs_->reserve(kDictIterRegs, loc_), list = temp(), shown = temp();
    object_to(at, r);
    items_by_count(at, list);
    new_dict(t, shown, 0);
    unsigned k = temp(), n = temp();
    each_element(int32_t(list), [] {}, [&](unsigned v) {
      emit(OP_GETF, {int32_t(k), int32_t(v), immediate_operand(0)});
      emit(OP_GETF, {int32_t(n), int32_t(v), immediate_operand(1)});
      emit(OP_DSET, {int32_t(shown), int32_t(k), int32_t(n)});
    });
    return shown;
  }

  // dest := d.copy(), d the dict expression obj: a new dict of d's type holding d's items in order.
  void dict_copy(const Expr& obj, unsigned dest) {
    unsigned mark = regs_->top();
    unsigned at = regs_->reserve(kDictIterRegs, loc_), copy = temp();
    value_to(obj, at);
    new_dict(obj.type, copy, 0);
    each_item(at, [&](int32_t kv) { emit(OP_DSET, {int32_t(copy), kv, kv + 1}); });
    emit(OP_MOVE, {int32_t(dest), int32_t(copy)});
    regs_->free_to(mark);
  }

  // s.union(t), s.update(t), s.issubset(t), s.isdisjoint(t), s.copy(), ... (builtins.h
  // set_method): as their operators; s.update(xs) of a list adds each element.
  void set_method_call(const Expr& e, unsigned dest) {
    const Expr& obj = *e.callee->operands[0];
    SetMethod sm = set_method(e.callee->text);
    if (sm.kind == SetMethodKind::InPlace && e.operands[0]->type.is_set()) return set_update(BinOp(sm.op), obj, *e.operands[0]);
    unsigned mark = regs_->top();
    int32_t s = object(obj, !e.operands.empty() && has_call(*e.operands[0]));
    int32_t t = e.operands.empty() ? s : object(*e.operands[0]);
    unsigned res = temp();
    switch (sm.kind) {
      case SetMethodKind::InPlace: {  // s.update(xs), xs a list
        unsigned at = regs_->reserve(2, loc_), x = temp();
        object_to(at, t);
        load_const(at + 1, 0);
        Label next, got, done;
        bind(next);
        jump(got, OP_NEXTITEM, {int32_t(at), int32_t(x), 0});
        jump(done, OP_JMP, {0});
        bind(got);
        emit(OP_DSET, {s, int32_t(x), immediate_operand(0)});
        jump(next, OP_JMP, {0});
        bind(done);
        load_const(res, 0);  // None
        break;
      }
      case SetMethodKind::Operator: set_operation(BinOp(sm.op), s, t, res, obj.type); break;
      case SetMethodKind::Subset: set_subset(CmpOp(sm.op), s, t, res); break;
      case SetMethodKind::Copy:
        new_dict(obj.type, res, 0);
        add_keys(int32_t(res), s, Keep::All, 0);
        break;
      default: {  // isdisjoint: no key of s in t
        Label done;
        load_const(res, 1);
        each_key(s, [&](int32_t k) {
          emit(OP_DICTOP, {int32_t(res), t, k, immediate_operand(0), DICT_IN});
          emit(OP_NOT, {int32_t(res), int32_t(res)});
          jump(done, OP_JF, {int32_t(res), 0});
        });
        bind(done);
      }
    }
    emit(OP_MOVE, {int32_t(dest), int32_t(res)});
    regs_->free_to(mark);
  }

  void method_call(const Expr& e, unsigned dest) {
    unsigned mark = regs_->top();
    const std::string& m = e.callee->text;
    const Expr& obj = *e.callee->operands[0];
    if (m == "bit_length") {
      emit(OP_BITLEN, {int32_t(dest), operand(obj)});
      regs_->free_to(mark);
      return;
    }
    bool later = false;
    for (const ExprPtr& a : e.operands) later = later || has_call(*a);
    if (obj.type == Type::Str) return str_method(e, dest, later);
    if (obj.type.is_dict() && m == "update") return dict_update(e);
    if (obj.type.is_dict() && m == "copy") return dict_copy(obj, dest);
    if (obj.type.is_dict() && m == "most_common") return most_common(e, dest);
    if (obj.type.is_set() && set_method(m).kind != SetMethodKind::None) return set_method_call(e, dest);
    int32_t o = object(obj, later);
    std::vector<int32_t> args;
    for (size_t i = 0; i < e.operands.size(); ++i) {
      bool more = false;
      for (size_t j = i + 1; j < e.operands.size(); ++j) more = more || has_call(*e.operands[j]);
      args.push_back(operand(*e.operands[i], more));
    }
    static const struct { const char* name; uint8_t op; } kListOps[] = {
        {"index", LIST_INDEX}, {"count", LIST_COUNT}, {"remove", LIST_REMOVE}, {"reverse", LIST_REVERSE},
        {"sort", LIST_SORT}, {"clear", LIST_CLEAR},
    };
    int32_t none = immediate_operand(0);
    if (obj.type.is_set() && m == "add") {
      emit(OP_DSET, {o, args[0], none});
    } else if (obj.type.is_table()) {
      static const struct { const char* name; DictOp op; } kDictOps[] = {
          {"get", DICT_GET}, {"setdefault", DICT_SETDEFAULT}, {"clear", DICT_CLEAR}, {"remove", DICT_DEL},
          {"discard", DICT_POPDEFAULT}};
      DictOp op = args.size() == 2 ? DICT_POPDEFAULT : DICT_POP;
      for (const auto& d : kDictOps)
        if (m == d.name) op = d.op;
      if (op == DICT_POP || op == DICT_DEL) key_in_or_raise(o, args[0], e.operands[0]->type);
      emit(OP_DICTOP, {int32_t(dest), o, args.empty() ? none : args[0], args.size() < 2 ? none : args[1],
                       args.empty() ? int32_t(op) : dict_mode(op, *e.operands[0])});
    }
    if (obj.type.is_table()) {
      regs_->free_to(mark);
      return;
    }
    if (m == "append") {
      emit(OP_APPEND, {o, args[0]});
    } else if (m == "appendleft") {
      emit(OP_INSERT, {o, immediate_operand(0), args[0]});
    } else if (m == "insert") {
      emit(OP_INSERT, {o, args[0], args[1]});
    } else if (m == "pop" || m == "popleft") {
      if (obj.type.is_deque()) deque_item_or_raise(o, immediate_operand(0), "pop from an empty deque");
      emit(OP_POP, {int32_t(dest), o, m == "popleft" ? immediate_operand(0) : args.empty() ? immediate_operand(-1) : args[0]});
    } else if (m == "extend") {
      extend(o, args[0]);
    } else if (m == "copy") {
      emit(OP_SLICE, {int32_t(dest), o, none, none, immediate_operand(1), SLICE_NO_START | SLICE_NO_STOP});
    } else if (m == "sort" && (obj.type.elem().is_list() || sorted_flags(obj.type, false) != 0)) {
      unsigned sorted = temp();  // lists, tuples holding strs: sorted()'s order, copied back in place
      emit(OP_SORTED, {int32_t(sorted), o, sorted_flags(obj.type, reverse_keyword(e))});
      emit(OP_SETSLICE, {o, none, none, immediate_operand(1), int32_t(sorted), SLICE_NO_START | SLICE_NO_STOP});
    } else {
      uint8_t op = 0;
      for (const auto& l : kListOps)
        if (m == l.name) op = l.op;
      if (!e.operands.empty() && e.operands[0]->type == Type::Bool) op |= LIST_BOOLS;
      if (!e.operands.empty() && e.operands[0]->type == Type::Str) op |= LIST_STRS;
      if (!e.operands.empty() && e.operands[0]->type.is_object()) op |= LIST_WORDS;
      if (op == LIST_INDEX && obj.type.is_list() && (obj.type.elem().is_dict() || obj.type.elem().is_tuple() || obj.type.elem().is_seq()))
        in_list_or_raise(o, args[0], obj.type.elem());
      if ((op & 7) == LIST_INDEX || (op & 7) == LIST_REMOVE)
        if (obj.type.is_deque()) in_deque_or_raise(o, args[0], e.operands[0]->type, uint8_t(op & ~7));
      if ((op & 7) == LIST_INDEX && (obj.type.is_tuple() || obj.type.is_var_tuple() || obj.type.is_array()))
        counted_or_raise(o, args[0], uint8_t(op & ~7), obj.type.is_array() ? "array.index(x): x not in array"
                                                                           : "tuple.index(x): x not in tuple");
      emit(OP_LISTOP, {int32_t(dest), o, args.empty() ? none : args[0], op});
      if (op == LIST_SORT && reverse_keyword(e)) emit(OP_LISTOP, {int32_t(dest), o, none, LIST_REVERSE});
    }
    regs_->free_to(mark);
  }

  // Raises CPython's ValueError "{...} is not in list" unless the dict, tuple or list of type t
  // in register v is in the list in register o (LISTOP's own ValueError shows only an int).
  void in_list_or_raise(int32_t o, int32_t v, const Type& t) {
    unsigned mark = regs_->top(), found = temp();
    emit(OP_CONTAINS, {int32_t(found), v, o});
    found_or_raise(found, v, t, "list");
    regs_->free_to(mark);
  }

  // Raises CPython's ValueError "x is not in deque" (x's repr) unless the value v is in the
  // deque in register o, for its index() and remove() (LISTOP's own error names a list);
  // `flags`, LISTOP's for v's type, make the count compare as they will.
  void in_deque_or_raise(int32_t o, int32_t v, const Type& t, uint8_t flags) {
    unsigned mark = regs_->top(), count = temp();
    emit(OP_LISTOP, {int32_t(count), o, v, LIST_COUNT | flags});
    found_or_raise(count, in_register(v), t, "deque");
    regs_->free_to(mark);
  }

  // Where a handler reads a KeyError's text (key_error_read_) and k is a tuple key of type t:
  // raises CPython's KeyError (the key's repr) unless k is in the dict or set in register c.
  // DICTOP's own KeyError keeps no text of a tuple key that a handler's `as e` could read (vm.cpp
  // error_text).
  void key_in_or_raise(int32_t c, int32_t k, const Type& t) {
    if (!key_error_read_ || !(t.is_tuple() || t.is_var_tuple())) return;
    unsigned mark = regs_->top(), found = temp();
    Label ok;
    emit(OP_DICTOP, {int32_t(found), c, k, immediate_operand(0), dict_mode(DICT_IN, t)});
    jump(ok, OP_JT, {int32_t(found), 0});
    Text out;
    out.acc = temp();
    append_text(out, in_register(k), t);
    flush_text(out);
    throw_builtin("KeyError", out.acc);
    bind(ok);
    regs_->free_to(mark);
  }

  // Raises CPython's ValueError `message` unless the value v is in the tuple or array in register
  // o, for its index(): LISTOP's own error has no text a handler's `as e` can read (vm.cpp
  // error_text); `flags`, LISTOP's for v's type, make the count compare as index() will.
  void counted_or_raise(int32_t o, int32_t v, uint8_t flags, const char* message) {
    unsigned mark = regs_->top(), count = temp();
    Label ok;
    emit(OP_LISTOP, {int32_t(count), o, v, LIST_COUNT | flags});
    jump(ok, OP_JT, {int32_t(count), 0});
    throw_builtin("ValueError", message);
    bind(ok);
    regs_->free_to(mark);
  }

  // Raises CPython's ValueError "<v's repr> is not in <kind>" unless R[found] is true; v is of type t.
  void found_or_raise(unsigned found, int32_t v, const Type& t, const char* kind) {
    unsigned mark = regs_->top();
    Label ok;
    jump(ok, OP_JT, {int32_t(found), 0});
    Text out;
    out.acc = temp();
    append_text(out, v, t);
    out.text += std::string(" is not in ") + kind;
    flush_text(out);
    throw_builtin("ValueError", out.acc);
    bind(ok);
    regs_->free_to(mark);
  }

  // Raises the built-in exception class `cls` with the str value in R[message] (THROW), or
  // with the text `message`.
  void throw_builtin(const std::string& cls, unsigned message) {
    unsigned number, last;
    program_.exception_range(cls, number, last);
    emit(OP_THROW, {int32_t(number), int32_t(string_id(cls)), int32_t(message)});
  }
  void throw_builtin(const std::string& cls, const std::string& message) {
    unsigned mark = regs_->top(), text = temp();
    load_const(text, str_constant(message, loc_));
    throw_builtin(cls, text);
    regs_->free_to(mark);
  }

  // Raises CPython's IndexError `message` unless the deque in register o has an item at index i
  // (an operand; negative from the end): a deque's errors name it, where GETITEM's, SETITEM's and
  // POP's name a list. In range: i < len and i + len >= 0.
  void deque_item_or_raise(int32_t o, int32_t i, const char* message) {
    unsigned mark = regs_->top(), n = temp();
    Label bad, ok;
    emit(OP_LEN, {int32_t(n), o});
    jump(bad, OP_JLE, {int32_t(n), i, 0});
    unsigned from_start = temp();
    emit(OP_ADD, {int32_t(from_start), i, int32_t(n)});
    jump(ok, OP_JLE, {immediate_operand(0), int32_t(from_start), 0});
    bind(bad);
    throw_builtin("IndexError", message);
    bind(ok);
    regs_->free_to(mark);
  }

  void user_call(const Expr& e, const Function& f, unsigned dest) {
    unsigned mark = regs_->top();
    unsigned base = emit_call(e, f, dest);
    if (f.return_type.is_tuple() && !f.return_type.nullable)  // its elements came back in registers: the tuple is built here
      emit(OP_NEWSEQ, {int32_t(dest), int32_t(base), int32_t(f.return_type.elems.size()), SEQ_RECORD});
    else if (dest != base)
      emit(OP_MOVE, {int32_t(dest), int32_t(base)});
    regs_->free_to(mark);
  }

  // Emits the call; returns the register that receives the result (or a tuple's first value).
  // The caller frees the registers.
  unsigned emit_call(const Expr& e, const Function& f, unsigned dest) {
    unsigned record = call_record_regs(program_.int_bits);
    unsigned needed = unsigned(record + f.params.size());
    if (f.return_type.is_tuple() && !f.return_type.nullable && f.return_type.elems.size() > needed) needed = unsigned(f.return_type.elems.size());
    // The result lands in R[base]: when dest is the topmost temporary, call right there.
    bool at_dest = dest + 1 == regs_->top() && !regs_->is_variable(dest);
    unsigned base = at_dest ? dest : regs_->reserve(needed, loc_);
    if (at_dest) regs_->reserve(needed - 1, loc_);
    // The arguments in source order (positional, then keywords: CPython's evaluation order),
    // each into its parameter's slot; then the defaults of the parameters left.
    std::vector<bool> given(f.params.size(), false);
    auto argument = [&](const Expr& a, size_t p) {
      value_to(a, base + record + unsigned(p));
      given[p] = true;
    };
    // A call through a function value: the value first (CPython's order), its tag in R[base].
    const bool through_value = e.callee->type.is_func();
    if (through_value) value_to(*e.callee, base);
    for (size_t i = 0; i < e.operands.size(); ++i) argument(*e.operands[i], i);
    for (const Keyword& k : e.keywords) argument(*k.value, size_t(f.param_index(k.name)));
    for (size_t i = 0; i < f.params.size(); ++i)
      if (!given[i]) value_to(*f.defaults[i], base + record + unsigned(i));
    size_t index = program_.function_index.at(f.name);
    // A method called on an object of a class or its subclasses: the one of the object's class,
    // by its number in slot 0 (read into R[base], which the call overwrites). Through a function
    // value: the function of its set whose tag R[base] holds (f, the last, when none before is).
    Label done;
    if (!e.dispatch.empty()) emit(OP_GETF, {int32_t(base), int32_t(base + record), immediate_operand(0)});
    std::vector<std::pair<int, std::string>> tagged;
    if (through_value)
      for (const std::string& g : Program::set_members(e.callee->type.cls))
        if (g != f.name) tagged.emplace_back(program_.function_tag.at(g), g);
    for (const auto& d : through_value ? tagged : e.dispatch) {
      Label next;
      jump(next, OP_JNE, {int32_t(base), immediate_operand(d.first), 0});
      emit(OP_CALL, {int32_t(base), int32_t(program_.function_index.at(d.second))});
      jump(done, OP_JMP, {0});
      bind(next);
    }
    emit(OP_CALL, {int32_t(base), int32_t(index)});
    if (!e.dispatch.empty() || !tagged.empty()) bind(done);
    return base;
  }

  // The text print() shows for a constant argument (a str, int or bool literal, None).
  static bool literal_text(const Expr& a, std::string& text) {
    if (a.kind == ExprKind::Str) text = a.text;
    else if (a.kind == ExprKind::Int) text = std::to_string(a.int_value);
    else if (a.kind == ExprKind::Bool) text = a.bool_value ? "True" : "False";
    else if (a.kind == ExprKind::None) text = "None";
    else return false;
    return true;
  }

  // print(*args, sep=, end=): evaluate every argument first (as Python does; a formatted
  // string's fields are its values), then print each piece, merging adjacent literal text.
  // Texts are made when CPython makes them, where a program could tell: an argument's when it
  // is written (an object's __str__, a list of objects' __repr__s, all before any of it is
  // written); an f-string field's where it is evaluated when it holds objects or a later call
  // could change it; a str.format()'s or %'s once its values are, before the next is evaluated.
  void print(const Expr& e) {
    std::string sep = " ", end = "\n";
    const Expr *sep_value = nullptr, *end_value = nullptr;  // a sep or end that is no literal: a str evaluated last
    for (const Keyword& k : e.keywords) {
      if (k.value->kind == ExprKind::None) continue;  // the default
      if (k.value->kind == ExprKind::Str) (k.name == "sep" ? sep : end) = k.value->text;
      else (k.name == "sep" ? sep_value : end_value) = k.value.get();
    }
    unsigned mark = regs_->top();
    std::vector<const Expr*> values;  // what is evaluated, in order
    std::map<const Expr*, const Expr*> format_of;  // a format field's value -> its Format
    std::map<const Expr*, const Expr*> last_of;    // a str.format()'s or %'s last value -> it
    // A field with a nested width is padded as soon as its width is evaluated (it may raise
    // ValueError, before anything is printed and before the next argument is evaluated).
    std::map<const Expr*, std::pair<const Expr*, const FormatPiece*>> widths;  // width -> field
    std::map<const FormatPiece*, unsigned> padded;
    for (const ExprPtr& a : e.operands) {
      if (a->kind != ExprKind::Format) {
        values.push_back(a.get());
        continue;
      }
      for (const ExprPtr& o : a->operands) {
        values.push_back(o.get());
        format_of[o.get()] = a.get();
      }
      if (a->formats_late && !a->operands.empty()) last_of[a->operands.back().get()] = a.get();
      for (const FormatPiece& p : a->format)
        if (p.width >= 0) widths[a->operands[size_t(p.width)].get()] = {a.get(), &p};
    }
    for (const Keyword& k : e.keywords)  // after the arguments, in the order written
      if (k.value.get() == sep_value || k.value.get() == end_value) values.push_back(k.value.get());
    size_t last_call = 0;  // one past the last value with a call, or a format field whose text runs a __repr__
    for (size_t i = 0; i < values.size(); ++i)
      if (has_call(*values[i]) || (format_of.count(values[i]) && shows_objects(values[i]->type))) last_call = i + 1;
    // A text made after the values are evaluated (an object's, a list's of objects) runs code that
    // may change what a name holds: every value is then taken as evaluated (a name's copied).
    for (const Expr* v : values) {
      auto f = format_of.find(v);
      bool late = f == format_of.end() || f->second->formats_late;
      if (late && (is_object_text(*v) || shows_objects(v->type))) last_call = values.size() + 1;
    }
    std::map<const Expr*, int> regs;
    std::map<const Expr*, int> objects;          // an object whose text is made later (kObjectText): its register
    std::map<const Expr*, unsigned> made;        // an f-string field made text where it is evaluated
    std::map<const FormatPiece*, unsigned> texts;  // a str.format() or % field made text once its values are
    for (size_t i = 0; i < values.size(); ++i) {
      const Expr& a = *values[i];
      bool later_calls = i + 1 < last_call;
      auto f = format_of.find(&a);
      bool direct = f == format_of.end(), late = !direct && f->second->formats_late;
      std::string literal;
      bool number = a.kind == ExprKind::Int || a.kind == ExprKind::Bool;
      if (literal_text(a, literal) && !(number && !direct)) {
        // a literal: its text is known now, nothing to evaluate
      } else if (a.type == Type::None) {
        if (a.kind != ExprKind::None) value(a);  // its read may raise (a field of None, an unset field)
      } else if ((direct || late) && is_object_text(a)) {
        const Expr& x = *a.operands[0];
        objects[&a] = x.type.is_seq() || x.type.is_table() ? object(x, later_calls) : int(value(x, later_calls));
      } else if (!direct && !late && plain_field(*f->second, a) && (shows_objects(a.type) || (later_calls && changeable(a.type)))) {
        made[&a] = temp();
        to_str(a, made[&a], false);
      } else {
        regs[&a] = a.type.is_seq() || a.type.is_table() ? object(a, later_calls) : int(value(a, later_calls));
        auto w = widths.find(&a);
        if (w != widths.end()) {
          const Expr& fmt = *w->second.first;
          const FormatPiece& p = *w->second.second;
          padded[&p] = temp();
          pad_to_width(fmt, p, regs.at(fmt.operands[size_t(p.field)].get()), regs[&a], padded[&p]);
        }
      }
      auto l = last_of.find(&a);  // a str.format() or % is made text once all its values are evaluated
      if (l == last_of.end()) continue;
      const Expr& fmt = *l->second;
      bool calls = later_calls;  // a call may change a field's value before it is written: make its text now
      for (const ExprPtr& o : fmt.operands) calls = calls || objects.count(o.get());
      for (const FormatPiece& p : fmt.format) {
        if (p.field < 0 || p.width >= 0) continue;
        const Expr* o = fmt.operands[size_t(p.field)].get();
        auto x = objects.find(o);
        if (x != objects.end()) {
          texts[&p] = temp();
          object_text(*o, x->second, texts[&p]);
        } else if (regs.count(o) && plain_field(fmt, *o) && (shows_objects(o->type) || (calls && changeable(o->type)))) {
          texts[&p] = temp();
          shown_text(regs.at(o), o->type, texts[&p]);
        }
      }
    }
    if (sep_value && !regs.count(sep_value)) sep_value = nullptr;  // a name holding None: the default
    if (end_value && !regs.count(end_value)) end_value = nullptr;
    std::string text;
    auto put = [&](unsigned r) {
      print_text(text);
      text.clear();
      emit(OP_PUTSTR, {int32_t(r)});
    };
    for (size_t i = 0; i < e.operands.size(); ++i) {
      const Expr& a = *e.operands[i];
      if (i > 0 && sep_value) put(unsigned(regs.at(sep_value)));
      else if (i > 0) text += sep;
      if (a.kind == ExprKind::Format) {
        for (const FormatPiece& p : a.format) {
          const Expr* o = p.field < 0 ? nullptr : a.operands[size_t(p.field)].get();
          if (!o) text += p.text;
          else if (p.width >= 0) put(padded.at(&p));
          else if (texts.count(&p) && !p.text.empty()) put_formatted(texts.at(&p), p, text);  // an object's text, '%5s'
          else if (texts.count(&p)) put(texts.at(&p));
          else if (made.count(o)) put(made.at(o));
          else print_field(*o, p, regs, text);
        }
        continue;
      }
      // An object's text, or a list's of objects, is made after what comes before it is written,
      // as CPython calls str(arg) (its __str__ or __repr__s may print or raise).
      auto x = objects.find(&a);
      if (x != objects.end() || (shows_objects(a.type) && regs.count(&a))) {
        print_text(text);
        text.clear();
        unsigned r = temp();
        if (x != objects.end()) object_text(a, x->second, r);
        else shown_text(regs.at(&a), a.type, r);
        put(r);
        continue;
      }
      print_field(a, FormatPiece(), regs, text);
    }
    if (end_value) put(unsigned(regs.at(end_value)));
    else print_text(text + end);
    regs_->free_to(mark);
  }

  // Prints the str in register r formatted by p's spec, after `text`.
  void put_formatted(unsigned r, const FormatPiece& p, std::string& text) {
    print_text(text);
    text.clear();
    IntFormat f = str_format(p.text, p.loc);
    emit(OP_PUTSFMT, {int32_t(r), static_cast<unsigned char>(f.fill), f.flags, int32_t(f.width)});
  }

  // The call C.__str__(x) (or __repr__) that types.cpp made of an object print() shows.
  static bool is_object_text(const Expr& a) {
    return a.kind == ExprKind::Call && a.text == kObjectText && a.operands.size() == 1 && a.keywords.empty();
  }

  // A value whose text calls __repr__ of the objects it holds (a list, tuple or dict of them).
  static bool shows_objects(const Type& t) { return !t.is_object() && t.holds_object(); }

  // A value a later call may change: a list, an array, a dict or a set, or a tuple holding one.
  static bool changeable(const Type& t) {
    return t.is_seq() || t.is_table() || std::any_of(t.elems.begin(), t.elems.end(), changeable);
  }

  // Whether every field of f that shows a is written as str(a) (no spec, !a or nested width).
  static bool plain_field(const Expr& f, const Expr& a) {
    for (const FormatPiece& p : f.format)
      if (p.field >= 0 && f.operands[size_t(p.field)].get() == &a && (!p.text.empty() || p.conversion == 'a' || p.width >= 0))
        return false;
    return true;
  }

  // dest := call(x) for the object text call `call` (its __str__ or __repr__, dispatched on the
  // object's class as emit_call does), x already in register x.
  void object_text(const Expr& call, int32_t x, unsigned dest) {
    unsigned mark = regs_->top(), record = call_record_regs(program_.int_bits);
    unsigned base = regs_->reserve(record + 1, loc_);
    emit(OP_MOVE, {int32_t(base + record), x});
    Label done;
    if (!call.dispatch.empty()) emit(OP_GETF, {int32_t(base), int32_t(base + record), immediate_operand(0)});
    for (const auto& d : call.dispatch) {
      Label next;
      jump(next, OP_JNE, {int32_t(base), immediate_operand(d.first), 0});
      emit(OP_CALL, {int32_t(base), int32_t(program_.function_index.at(d.second))});
      jump(done, OP_JMP, {0});
      bind(next);
    }
    emit(OP_CALL, {int32_t(base), int32_t(program_.function_index.at(call.callee->text))});
    if (!call.dispatch.empty()) bind(done);
    emit(OP_MOVE, {int32_t(dest), int32_t(base)});
    regs_->free_to(mark);
  }

  // dest := the text print() shows for the value of type t in register r, as one str.
  void shown_text(int32_t r, const Type& t, unsigned dest) {
    unsigned mark = regs_->top();
    Text out;
    out.acc = temp();
    append_text(out, r, t);
    flush_text(out);
    if (!out.started) load_const(out.acc, 0);
    emit(OP_MOVE, {int32_t(dest), int32_t(out.acc)});
    regs_->free_to(mark);
  }

  // Prints None where register r holds 0 (a value that may be None: its reference or box), else
  // what print_some emits.
  template <class F>
  void print_unless_none(int32_t r, F print_some) {
    Label some, done;
    jump(some, OP_JT, {r, 0});
    print_text("None");
    jump(done, OP_JMP, {0});
    bind(some);
    print_some();
    bind(done);
  }

  // Prints value a (its register in regs) as format piece p says: text known now is appended
  // to `text`, which is printed first whenever an instruction must print.
  void print_field(const Expr& a, const FormatPiece& p, const std::map<const Expr*, int>& regs, std::string& text) {
    const std::string& spec = p.text;
    bool as_int = a.type == Type::Int ||
                  (a.type == Type::Bool && (is_number_conversion(p.percent) || (!spec.empty() && !p.conversion)));
    if (a.kind == ExprKind::Str || a.type == Type::None) {
      std::string literal = a.kind != ExprKind::Str ? "None" : p.conversion == 'r' || p.conversion == 'a'
                                                                   ? py_repr(a.text, p.conversion == 'a', a.loc)
                                                                   : a.text;
      text += spec.empty() ? literal : format_text(literal, spec, p.loc);
      return;
    }
    if (a.kind == ExprKind::Bool && !as_int) {
      text += format_text(a.bool_value ? "True" : "False", spec, p.loc);
      return;
    }
    if (a.kind == ExprKind::Int && spec.empty()) {
      text += std::to_string(a.int_value);
      return;
    }
    int r = regs.at(&a);
    print_text(text);
    text.clear();
    if (a.type == Type::Bool && !as_int) {
      Label is_false, done;
      jump(is_false, OP_JF, {r, 0});
      print_text(format_text("True", spec, p.loc));
      jump(done, OP_JMP, {0});
      bind(is_false);
      print_text(format_text("False", spec, p.loc));
      bind(done);
    } else if (a.type.is_dict() && !a.type.nullable && !by_items(a.type) && a.type.cls.empty()) {
      emit(OP_PUTSEQ, {r, dict_print_flags(a.type)});
    } else if (a.type.kind == Type::Kind::Str && a.type.nullable) {  // a str or None (no spec, no !r: types.cpp)
      print_unless_none(r, [&] {
        unsigned v = temp();
        emit(OP_GETF, {int32_t(v), r, immediate_operand(0)});
        emit(OP_PUTSTR, {int32_t(v)});
      });
    } else if (a.type == Type::Str && !spec.empty()) {
      IntFormat f = str_format(spec, p.loc);
      emit(OP_PUTSFMT, {r, static_cast<unsigned char>(f.fill), f.flags, int32_t(f.width)});
    } else if (a.type == Type::Str) {
      emit(p.conversion == 'r' ? OP_PUTREPR : OP_PUTSTR, {r});
    } else if (a.type.nullable && (a.type.is_seq() || a.type.is_tuple() || a.type.is_dict())) {  // a tuple, list or dict or None
      print_unless_none(r, [&] {
        print_value(r, a.type, text);
        print_text(text);
        text.clear();
      });
    } else if (a.type.is_seq() || a.type.is_tuple() || a.type.is_dict()) {
      print_value(r, a.type, text);
      print_text(text);
      text.clear();
    } else if (a.type.kind == Type::Kind::Int && a.type.nullable) {  // an int or None (no spec: types.cpp)
      print_unless_none(r, [&] {
        unsigned v = temp();
        emit(OP_GETF, {int32_t(v), r, immediate_operand(0)});
        emit(OP_PUTI, {int32_t(v)});
      });
    } else if (spec.empty()) {
      emit(OP_PUTI, {r});
    } else {
      IntFormat f = int_format(spec, p.conversion, a.type == Type::Bool ? "bool" : "int", p.loc);
      emit(OP_PUTFMT, {r, static_cast<unsigned char>(f.fill), f.flags, int32_t(f.width), f.type});
    }
  }

  // Prints the value of type t in register r as print() shows it; text known now is appended
  // to `text`, printed first whenever an instruction must print. A tuple, a list holding tuples
  // or objects and a dict holding objects are printed element by element, an object by its
  // __repr__ (the VM's PUTSEQ prints lists of ints and lists, and dicts).
  void print_value(int32_t r, const Type& t, std::string& text) {
    if (t == Type::None) {
      text += "None";
      return;
    }
    if (t.nullable && !t.is_object()) {  // an element that may be None (an object's repr tests it)
      print_text(text);
      text.clear();
      print_unless_none(r, [&] {
        unsigned mark = regs_->top();
        std::string inner;
        print_value(some_value(r, t), some_type(t), inner);
        print_text(inner);
        regs_->free_to(mark);
      });
      return;
    }
    if (t.is_dict() && t.cls == "Counter") {  // Counter() or Counter({...}), the greatest counts first
      print_text(text);
      text.clear();
      unsigned mark = regs_->top(), shown = counts_in_order(r, t), n = temp();
      Label empty, done;
      emit(OP_LEN, {int32_t(n), int32_t(shown)});
      jump(empty, OP_JF, {int32_t(n), 0});
      std::string inner = "Counter(";
      print_value(int32_t(shown), plain(t), inner);
      print_text(inner + ")");
      jump(done, OP_JMP, {0});
      bind(empty);
      print_text("Counter()");
      bind(done);
      regs_->free_to(mark);
      return;
    }
    if (t.is_dict() && !t.cls.empty()) {
      text += factory_repr(t);
      print_value(r, plain(t), text);
      text += ")";
      return;
    }
    if (t.is_deque()) {
      text += "deque(";
      print_value(r, plain(t), text);
      text += ")";
      return;
    }
    unsigned mark = regs_->top();
    bool uniform = t.is_tuple() && std::all_of(t.elems.begin(), t.elems.end(), [&](const Type& x) { return x == t.elems[0]; });
    if (t.is_tuple() && !(uniform && t.elems.size() > kMaxTuplePrintUnrolled)) {
      text += "(";
      for (size_t i = 0; i < t.elems.size(); ++i) {
        if (i) text += ", ";
        unsigned v = t.elems[i] == Type::None ? 0 : temp();
        if (t.elems[i] != Type::None) emit(OP_GETF, {int32_t(v), r, immediate_operand(int(i))});
        print_value(int32_t(v), t.elems[i], text);
      }
      text += t.elems.size() == 1 ? ",)" : ")";
      regs_->free_to(mark);
      return;
    }
    print_text(text);
    text.clear();
    bool round = t.is_tuple() || t.is_var_tuple();
    if (by_items(t)) {  // "{" k0 ": " v0 ", " ... "}"
      print_text("{");
      each_element(
          r, [&] { print_text(", "); },
          [&](unsigned k) {
            std::string inner;
            print_value(int32_t(k), t.elems[0], inner);
            inner += ": ";
            print_value(int32_t(k + 1), t.elems[1], inner);
            print_text(inner);
          },
          true);
      text = "}";
    } else if (t.is_object()) {
      unsigned v = temp();
      object_repr(r, t, v);
      emit(OP_PUTSTR, {int32_t(v)});
    } else if (by_elements(t) || round) {  // "[" e0 ", " e1 ... "]", read as CPython's repr does
      print_text(round ? "(" : "[");
      unsigned at = each_element(
          r, [&] { print_text(", "); },
          [&](unsigned v) {
            std::string inner;
            print_value(int32_t(v), t.elems[0], inner);
            print_text(inner);
          });
      if (t.is_var_tuple()) {  // (x,)
        Label many;
        jump(many, OP_JNE, {int32_t(at + 1), immediate_operand(1), 0});
        print_text(",");
        bind(many);
      }
      text = round ? ")" : "]";
    } else if (t.is_seq()) {
      emit(OP_PUTSEQ, {r, leaves_mode(t)});
    } else if (t.is_dict()) {
      emit(OP_PUTSEQ, {r, dict_print_flags(t)});
    } else if (t == Type::Str) {
      emit(OP_PUTREPR, {r});
    } else if (t == Type::Bool) {
      Label is_false, done;
      jump(is_false, OP_JF, {r, 0});
      print_text("True");
      jump(done, OP_JMP, {0});
      bind(is_false);
      print_text("False");
      bind(done);
    } else {
      emit(OP_PUTI, {r});
    }
    regs_->free_to(mark);
  }

  // Stores the value of type t in register r into target: a name, or a tuple of targets
  // (nested) for a tuple, a list or an array, each element read before any is stored (t, u =
  // t). A list's length must be the target's: else CPython's ValueError. `loop`: a for loop's.
  void destructure(const Expr& target, int32_t r, const Type& t, bool loop) {
    if (target.kind == ExprKind::Name) {
      if (loop) store_loop_variable(target.text, unsigned(r));
      else store(target.text, r);
      return;
    }
    unsigned mark = regs_->top();
    size_t n = target.operands.size(), star = n;  // star: the index of `*rest`, if any (a list's)
    for (size_t i = 0; i < n; ++i)
      if (target.operands[i]->starred_target) star = i;
    size_t fixed = star < n ? n - 1 : n;  // the targets that take one element each
    if (t.is_seq()) {
      unsigned len = temp();
      emit(OP_LEN, {int32_t(len), r});
      Label ok;
      if (star == n) jump(ok, OP_JEQ, {int32_t(len), immediate_operand(int(n)), 0});
      std::string expected = "values to unpack (expected " + std::string(star < n ? "at least " : "") + std::to_string(fixed);
      for (size_t k = 0; k < fixed; ++k) {
        Label other;
        jump(other, OP_JNE, {int32_t(len), immediate_operand(int(k)), 0});
        emit(OP_RAISE, {KP_ERR_UNPACK - KP_ERR_ZERO_DIV, int32_t(string_id("not enough " + expected + ", got " + std::to_string(k) + ")"))});
        bind(other);
      }
      if (star == n) emit(OP_RAISE, {KP_ERR_UNPACK - KP_ERR_ZERO_DIV, int32_t(string_id("too many " + expected + ")"))});
      bind(ok);
    }
    unsigned first = regs_->reserve(unsigned(n), loc_);
    if (t.is_tuple() && star < n) {
      starred_from_tuple(target, r, t, star, first, loop);
      regs_->free_to(mark);
      return;
    }
    for (size_t i = 0; i < n; ++i) {
      if (i == star) {  // r[star:len - (n - 1 - star)], a new list
        int32_t after = int32_t(n - 1 - star), none = immediate_operand(0);
        emit(OP_SLICE, {int32_t(first + i), r, immediate_operand(int(star)), after ? immediate_operand(-after) : none,
                        immediate_operand(1), after ? 0 : SLICE_NO_STOP});
      } else {  // after the star: counted from the end
        emit(OP_GETITEM, {int32_t(first + i), r, immediate_operand(i < star ? int(i) : int(i) - int(n))});
      }
    }
    for (size_t i = 0; i < n; ++i)
      destructure(*target.operands[i], int32_t(first + i), t.is_tuple() ? t.elems[i] : i == star ? t : t.elem(), loop);
    regs_->free_to(mark);
  }

  // first, *rest, last = r of a tuple type t (types.cpp: starred_from_tuple): rest is a new list of
  // the m - (n - 1) elements from index star on, each read into a register of its own.
  void starred_from_tuple(const Expr& target, int32_t r, const Type& t, size_t star, unsigned first, bool loop) {
    size_t n = target.operands.size(), m = t.elems.size(), count = m - (n - 1);
    for (size_t i = 0; i < n; ++i) {
      if (i != star) {
        emit(OP_GETITEM, {int32_t(first + i), r, immediate_operand(int(i < star ? i : m - (n - i)))});
        continue;
      }
      unsigned mark = regs_->top(), items = regs_->reserve(unsigned(count), loc_);
      for (size_t k = 0; k < count; ++k) emit(OP_GETITEM, {int32_t(items + k), r, immediate_operand(int(star + k))});
      emit(OP_NEWSEQ, {int32_t(first + i), int32_t(items), int32_t(count), seq_kind(Type::list(t.elems[star]))});
      regs_->free_to(mark);
    }
    for (size_t i = 0; i < n; ++i)
      destructure(*target.operands[i], int32_t(first + i),
                  i == star ? Type::list(t.elems[star]) : t.elems[i < star ? i : m - (n - i)], loop);
  }

  // ---- statements ----------------------------------------------------------------------

  void block(const std::vector<StmtPtr>& body) {
    for (const StmtPtr& s : body) statement(*s);
  }

  void mark_line(SourceLoc loc) {
    loc_ = loc;
    if (!info_->lines.empty() && info_->lines.back().line == loc.line && info_->lines.back().file == loc.file) return;
    if (!info_->lines.empty() && info_->lines.back().pc == code_.size()) info_->lines.pop_back();
    if (loc.line > kMaxCodeLine)
      throw CompileError(loc, "code on line " + std::to_string(loc.line) + ", past line " + std::to_string(kMaxCodeLine) +
                                  " (kilopy's limit: tracebacks could not name it); move it up or shorten the file");
    info_->lines.push_back(LineEntry{uint16_t(code_.size()), uint16_t(loc.line), uint8_t(loc.file)});
  }

  // try: the body, the else clause, a jump past the handlers, then each handler. The handler
  // table (Image::handlers) maps the body's code to each handler: nothing runs on entry. An
  // inner try's entries come first (they are added when its handlers are generated).
  void try_statement(const Stmt& s) {
    size_t start = code_.size();
    holes_.emplace_back();
    bool with_finally = s.handlers.size() == 1 && s.handlers[0]->finally_clause;
    if (with_finally) finally_.push_back(Finally{s.handlers[0].get(), holes_.size() - 1});
    block(s.body);
    if (with_finally) finally_.pop_back();
    size_t end = code_.size();
    block(s.orelse);
    Label done;
    if (code_.size() == last_bound_ || !ends_flow_last()) jump(done, OP_JMP, {0});
    for (const StmtPtr& h : s.handlers) {
      bind_handler(h->loc);
      size_t at = code_.size();
      std::vector<std::string> names = h->names;
      if (names.empty()) names.push_back("Exception");  // a bare except: SystemExit (exit()) is no exception here
      // The exception (its message or pc, status | class << 8, the value its message names) in
      // three registers, for `as e` (e := str(e)) and a bare raise (RERAISE): they live
      // until the handler ends.
      unsigned mark = regs_->top();
      int reg = kNoHandlerRegister;
      // `as e` with e never read binds nothing: the handler then catches every error of its
      // classes, those too whose text kilopy cannot make (find_handler() in vm/vm.cpp).
      bool binds = h->target && (h->value || reads_name(h->body, h->target->text) ||
                                 fn_->vars.count(exception_type_name(h->target->text)));
      if (binds || raises_again(h->body)) {
        reg = int(regs_->reserve(3, loc_));
        if (binds) {
          int e = var_register(h->target->text);
          if (e < 0) throw CompileError(h->target->loc, "internal error: no register for '" + h->target->text + "'");
          bool builtin = false;  // a built-in class: the exception may be a run-time error, e := its text
          for (const std::string& name : names) {
            unsigned number, last;
            program_.exception_range(name, number, last);
            builtin = builtin || number < EXC_USER_FIRST;
          }
          if (h->value) emit(OP_MOVE, {e, operand(*h->value)});  // the exception object (exception_objects.cpp)
          else if (builtin) emit(OP_EXCSTR, {reg, e});
          else emit(OP_MOVE, {e, reg});
          mark_assigned(h->target->text);
          const std::string type_name = exception_type_name(h->target->text);
          if (fn_->vars.count(type_name)) {  // the body reads type(e).__name__ (types.cpp)
            int t = var_register(type_name);
            if (t < 0) throw CompileError(h->target->loc, "internal error: no register for type(" + h->target->text + ").__name__");
            exception_class_name(unsigned(reg), names, unsigned(t));
            mark_assigned(type_name);
          }
        }
      }
      for (const std::string& name : names)
        for (const std::pair<unsigned, unsigned>& range : program_.exception_ranges(name)) {
          uint8_t number = uint8_t(range.first), last = uint8_t(range.second);
          // The body's code but the holes (an empty range raises nothing); a hole past the body
          // (a finally's copy in the else block or a handler) leaves the range at the body's end.
          size_t from = start;
          for (const std::pair<size_t, size_t>& hole : holes_.back()) {
            if (hole.first >= end) break;
            if (hole.first > from) image_.handlers.push_back(Handler{uint16_t(from), uint16_t(hole.first), uint16_t(at), number, last, uint8_t(reg)});
            from = hole.second;
          }
          if (end > from) image_.handlers.push_back(Handler{uint16_t(from), uint16_t(end), uint16_t(at), number, last, uint8_t(reg)});
        }
      if (!h->unbinds.empty()) mark_assigned(h->unbinds, 0);
      handled_.push_back(reg);
      block(h->body);
      handled_.pop_back();
      regs_->free_to(mark);
      if (code_.size() == last_bound_ || !ends_flow_last()) jump(done, OP_JMP, {0});
    }
    bind(done);
    holes_.pop_back();
  }

  // Before a return (depth 0), break or continue leaves the try statements with finally above
  // `depth`: a copy of each one's block, innermost first. An exception in a copy leaves its try
  // statement (and the tries inside it), as in CPython: the copy is a hole in their ranges.
  void run_finally(size_t depth) {
    for (size_t i = finally_.size(); i-- > depth;) {
      size_t from = code_.size();
      const std::vector<StmtPtr>& f = finally_[i].handler->body;
      for (size_t k = 0; k + 1 < f.size(); ++k) statement(*f[k]);  // not its closing raise
      for (size_t t = finally_[i].tries; t < holes_.size(); ++t) holes_[t].emplace_back(from, code_.size());
    }
  }

  // True if a bare raise in body raises its handler's exception (not one of a nested handler's
  // or function's).
  static bool raises_again(const std::vector<StmtPtr>& body) {
    for (const StmtPtr& s : body) {
      if (s->kind == StmtKind::Raise && s->names.empty()) return true;
      if (s->kind == StmtKind::Def || s->kind == StmtKind::Class) continue;
      if (raises_again(s->body) || raises_again(s->orelse)) return true;
    }
    return false;
  }

  // A handler's start: a jump target (the code before it cannot fall into it).
  void bind_handler(SourceLoc clause) {
    Label handler;
    bind(handler);
    mark_line(clause);
  }

  void statement(const Stmt& s) {
    if (s.kind == StmtKind::Def) return;  // generated as a function of its own
    mark_line(s.loc);
    unsigned mark = regs_->top();
    switch (s.kind) {
      case StmtKind::Expr:
        if (s.value->kind != ExprKind::Str && s.value->kind != ExprKind::Int && s.value->kind != ExprKind::Bool &&
            s.value->kind != ExprKind::None) {
          if (s.value->kind == ExprKind::Name && var_register(s.value->text) >= 0) break;
          value(*s.value);
        }
        break;
      case StmtKind::Assign: assign(s); break;
      case StmtKind::Del:
        for (const ExprPtr& t : s.targets) {
          unsigned at = regs_->top();
          int32_t c = object(*t->operands[0], has_call(*t->operands[1]));
          if (t->operands[1]->kind == ExprKind::Slice) {
            Slice sl = slice(*t->operands[1], false);
            emit(OP_SETSLICE, {c, sl.start, sl.stop, sl.step, c, sl.flags | SLICE_DEL});
          } else {
            int32_t i = operand(*t->operands[1]);
            if (t->operands[0]->type.is_dict() && t->operands[0]->type.cls != "Counter") key_in_or_raise(c, i, t->operands[1]->type);
            if (t->operands[0]->type.is_dict())  // a Counter's del ignores a missing key
              emit(OP_DICTOP, {int32_t(temp()), c, i, immediate_operand(0),
                               dict_mode(t->operands[0]->type.cls == "Counter" ? DICT_POPDEFAULT : DICT_DEL, *t->operands[1])});
            else {
              if (t->operands[0]->type.is_deque()) deque_item_or_raise(c, i, kDequeIndex);
              emit(OP_LISTOP, {int32_t(temp()), c, i, LIST_DEL});
            }
          }
          regs_->free_to(at);
        }
        break;
      case StmtKind::AugAssign: {
        if (s.target->kind == ExprKind::Subscript) {  // w[i] += d: w and i evaluated once
          const Expr& t = *s.target;
          int32_t c = object(*t.operands[0], has_call(*t.operands[1]) || has_call(*s.value));
          int32_t i = operand(*t.operands[1], has_call(*s.value));
          unsigned v = temp();
          bool dict = t.operands[0]->type.is_dict();
          check_field_set(c, t);
          if (t.operands[0]->type.is_deque()) deque_item_or_raise(c, i, kDequeIndex);
          if (dict) item(v, c, i, *t.operands[0], *t.operands[1]);
          else emit(in_range(*t.operands[0], *t.operands[1]) ? OP_GETF : OP_GETITEM, {int32_t(v), c, i});
          if (t.type.is_seq()) extend(int32_t(v), object(*s.value));  // a list: extended in place, as CPython's +=
          else if (t.type == Type::Str) emit(OP_STROP, {int32_t(v), int32_t(v), operand(*s.value), s.aug_op == BinOp::Add ? STR_CAT : STR_REPEAT});
          else emit(binary_opcode(s.aug_op), {int32_t(v), int32_t(v), operand(*s.value)});
          emit(dict ? OP_DSET : t.operands[0]->type.is_object() ? OP_SETF : OP_SETITEM, {c, i, int32_t(v)});
          break;
        }
        if (s.target->type.is_set()) {
          set_update(s.aug_op, *s.target, *s.value);
          break;
        }
        if (s.target->type.is_seq()) {  // xs += ys, xs *= n: in place, so every alias sees it
          int32_t list = object(*s.target, has_call(*s.value));
          if (s.aug_op == BinOp::Add) {
            extend(list, object(*s.value));
          } else {
            unsigned copies = temp();
            emit(OP_REPEAT, {int32_t(copies), list, operand(*s.value)});
            int32_t none = immediate_operand(0);
            emit(OP_SETSLICE, {list, none, none, immediate_operand(1), int32_t(copies), SLICE_NO_START | SLICE_NO_STOP});
          }
          // The name holds the list it held, as CPython stores +='s result back, though a call in
          // the value bound it to another.
          if (s.target->kind == ExprKind::Name && has_call(*s.value)) store(s.target->text, unsigned(list));
          break;
        }
        const std::string& name = s.target->text;
        int reg = var_register(name);
        if (reg >= 0 && !(in_module() && has_call(*s.value) && rebound_by_calls(name))) {
          binary(s.aug_op, *s.target, *s.value, unsigned(reg));
          mark_assigned(name);
        } else {
          unsigned t = temp();
          binary(s.aug_op, *s.target, *s.value, t);
          store(name, t);
        }
        break;
      }
      case StmtKind::If: if_statement(s); break;
      case StmtKind::While: while_statement(s); break;
      case StmtKind::For: for_statement(s); break;
      case StmtKind::Break:
        run_finally(loops_.back().finally_depth);
        jump(*loops_.back().break_to, OP_JMP, {0});
        break;
      case StmtKind::Continue:
        run_finally(loops_.back().finally_depth);
        jump(*loops_.back().continue_to, OP_JMP, {0});
        break;
      case StmtKind::Return:
        if (s.value && s.value->kind == ExprKind::Tuple && !fn_->return_type.nullable) {  // a tuple or None: its record
          size_t n = s.value->operands.size();
          unsigned first = regs_->reserve(unsigned(std::max<size_t>(n, 1)), loc_);  // (): R[A] in the frame
          for (size_t i = 0; i < n; ++i) value_to(*s.value->operands[i], first + unsigned(i));
          run_finally(0);
          write_back();
          emit(OP_RETM, {int32_t(first), int32_t(n)});
        } else if (s.value && s.value->type.is_tuple() && !fn_->return_type.nullable) {  // return t: its elements in registers
          int32_t t = int32_t(value(*s.value));
          size_t n = s.value->type.elems.size();
          unsigned first = regs_->reserve(unsigned(std::max<size_t>(n, 1)), loc_);  // (): R[A] in the frame
          for (size_t i = 0; i < n; ++i) emit(OP_GETITEM, {int32_t(first + i), t, immediate_operand(int(i))});
          run_finally(0);
          write_back();
          emit(OP_RETM, {int32_t(first), int32_t(n)});
        } else if (!s.value || s.value->type == Type::None) {
          if (s.value && has_call(*s.value)) value(*s.value);
          run_finally(0);
          write_back();
          emit(OP_RETN, {});
        } else {
          int32_t result = operand(*s.value);
          if (!finally_.empty() && result < int32_t(kRegisterLimit)) {  // the value before the finally blocks run
            int32_t kept = int32_t(temp());
            emit(OP_MOVE, {kept, result});
            result = kept;
          }
          run_finally(0);
          write_back();
          emit(OP_RET, {result});
        }
        break;
      case StmtKind::Assert: {
        if (s.msg && s.msg->text.size() > kMaxStringBytes)  // one image string: cut, it would print other text
          throw CompileError(s.msg->loc, "an assert message is at most " + std::to_string(kMaxStringBytes) +
                                             " bytes in kilopy (this one is " + std::to_string(s.msg->text.size()) +
                                             "): shorten it");
        Label ok;
        jump_if(*s.value, true, ok);
        emit(OP_RAISE, {KP_ERR_ASSERT - KP_ERR_ZERO_DIV, int32_t(string_id(s.msg ? s.msg->text : ""))});
        bind(ok);
        break;
      }
      case StmtKind::Try: try_statement(s); break;
      case StmtKind::Raise: {
        if (s.names.empty()) {  // the handled exception, as its handler entry stored it
          if (handled_.empty() || handled_.back() == kNoHandlerRegister)
            throw CompileError(s.loc, "internal error: a bare raise outside a handler");
          emit(OP_RERAISE, {handled_.back()});
          break;
        }
        unsigned number, last;
        program_.exception_range(s.names[0], number, last);
        int32_t message;  // a str value; "" is 0
        if (s.msg && s.names[0] == "KeyError" && s.msg->kind == ExprKind::Str) {  // str(KeyError("k")) is repr("k")
          message = int32_t(temp());
          load_const(unsigned(message), str_constant(py_repr(s.msg->text, false, s.msg->loc), s.msg->loc));
        } else {
          message = s.msg ? operand(*s.msg) : immediate_operand(0);
        }
        emit(OP_THROW, {int32_t(number), int32_t(string_id(s.names[0])), message});
        break;
      }
      case StmtKind::Except:  // generated by try_statement
      case StmtKind::Def:
      case StmtKind::Global:
      case StmtKind::Pass:
      case StmtKind::Declare:
      case StmtKind::Import:
      case StmtKind::Class:  // taken out of the module by take_classes
      case StmtKind::Yield:  // inlined by inline_generators
      case StmtKind::Nonlocal:  // dropped by cell_nonlocal_variables
        break;
    }
    bool reachable = !ends_flow_last() || code_.size() == last_bound_;
    if (s.kind != StmtKind::Return && reachable) for_each_expr(s, [&](const Expr& e, Use) { let_go(e); });
    regs_->free_to(mark);
  }

  // A comprehension's list, held by a hidden variable read for the last time in e: the
  // register is cleared, so the collector (whose roots are all registers) can take the list.
  void let_go(const Expr& e) {
    if (e.kind == ExprKind::Name && e.last_read && (e.type.is_seq() || e.type.is_table()) && var_register(e.text) >= 0)
      load_const(unsigned(var_register(e.text)), 0);
    for_each_operand(e, [&](const Expr& o) { let_go(o); });
  }

  void assign(const Stmt& s) {
    bool items = false, unpack = false, all_unpack = true;
    for (const ExprPtr& t : s.targets) {
      bool u = t->kind == ExprKind::Tuple || t->kind == ExprKind::List;
      items = items || t->kind == ExprKind::Subscript;
      unpack = unpack || u;
      all_unpack = all_unpack && u;
    }
    all_unpack = all_unpack && !has_starred_target(s);  // a, *rest = xs: destructure's
    if (all_unpack && program_.called_function(*s.value) && !s.value->type.is_list()) {  // x, y = f(): the elements in registers
      unsigned base = emit_call(*s.value, *program_.called_function(*s.value), regs_->top());
      for (const ExprPtr& t : s.targets)
        for (size_t i = 0; i < t->operands.size(); ++i)
          destructure(*t->operands[i], int32_t(base + i), s.value->type.elems[i], false);
      return;
    }
    if (items || (unpack && !(all_unpack && s.value->kind == ExprKind::Tuple))) {
      // the value first, then each target left to right (container, index)
      int32_t src = unpack ? int32_t(value(*s.value, true)) : operand(*s.value, true);
      for (const ExprPtr& t : s.targets) {
        if (t->kind != ExprKind::Subscript) {
          destructure(*t, src, s.value->type, false);
          continue;
        }
        unsigned mark = regs_->top();
        store_item(object(*t->operands[0], has_call(*t->operands[1])), *t, src);
        regs_->free_to(mark);
      }
      return;
    }
    if (s.value->kind == ExprKind::Tuple && all_unpack) {
      // Evaluate every value first, then assign left to right (a, b = b, a swaps).
      size_t n = s.value->operands.size();
      unsigned first = regs_->reserve(unsigned(n), loc_);
      for (size_t i = 0; i < n; ++i) value_to(*s.value->operands[i], first + unsigned(i));
      for (const ExprPtr& t : s.targets)
        for (size_t i = 0; i < n; ++i) {
          const Expr& item = *t->operands[i];
          if (item.kind != ExprKind::Subscript) {
            destructure(item, int32_t(first + i), s.value->operands[i]->type, false);
            continue;
          }
          unsigned at = regs_->top();  // a[i]: a and i evaluated now, as CPython does
          int32_t c = object(*item.operands[0], has_call(*item.operands[1]));
          store_item(c, item, int32_t(first + i));
          regs_->free_to(at);
        }
      return;
    }
    const std::string& name = s.targets[0]->text;
    int reg = var_register(name);
    if (s.targets.size() == 1 && reg >= 0) {
      value_to(*s.value, unsigned(reg));
      mark_assigned(name);
      return;
    }
    int32_t src = operand(*s.value);
    for (const ExprPtr& t : s.targets) store(t->text, src);
  }

  static bool constant_truth(const Expr& e, bool& truth) {
    if (e.kind == ExprKind::Bool) { truth = e.bool_value; return true; }
    if (e.kind == ExprKind::Int) { truth = e.int_value != 0; return true; }
    if (e.kind == ExprKind::None) { truth = false; return true; }
    return false;
  }

  void if_statement(const Stmt& s) {
    bool truth;
    if (constant_truth(*s.value, truth)) return block(truth ? s.body : s.orelse);
    Label orelse, done;
    jump_if(*s.value, false, orelse);
    block(s.body);
    if (!s.orelse.empty()) {
      if (!ends_flow_last() || code_.size() == last_bound_) jump(done, OP_JMP, {0});
      bind(orelse);
      block(s.orelse);
    } else {
      bind(orelse);
    }
    bind(done);
  }

  // while test: body else: orelse, rotated so each iteration runs one conditional jump:
  //   JMP test; body: ...; test: if test goto body; orelse; break:
  void while_statement(const Stmt& s) {
    Label body, test, broke;
    bool truth;
    bool constant = constant_truth(*s.value, truth);
    if (constant && !truth) return block(s.orelse);
    if (!constant) jump(test, OP_JMP, {0});
    bind(body);
    loops_.push_back(Loop{&test, &broke, finally_.size()});
    block(s.body);
    loops_.pop_back();
    bind(test);
    if (constant) jump(body, OP_JMP, {0});
    else jump_if(*s.value, true, body);
    if (!constant) block(s.orelse);
    bind(broke);
  }

  // for x in seq: R[t] = seq, R[t+1] = next index; NEXTITEM fetches and jumps back to the body.
  void for_seq(const Stmt& s) {
    bool deque = s.value->type.is_deque();
    unsigned t = regs_->reserve(deque ? 3 : 2, loc_);
    value_to(*s.value, t);
    load_const(t + 1, 0);
    if (deque) emit(OP_LEN, {int32_t(t + 2), int32_t(t)});
    const std::string& name = s.target->text;
    int reg = var_register(name);
    unsigned var = reg >= 0 ? unsigned(reg) : temp();
    Label body, next, broke;
    jump(next, OP_JMP, {0});
    bind(body);
    if (reg == -1) store(name, var);
    else mark_assigned(name);
    loops_.push_back(Loop{&next, &broke, finally_.size()});
    block(s.body);
    loops_.pop_back();
    bind(next);
    if (deque) deque_unchanged_or_raise(int32_t(t), int32_t(t + 2));
    jump(body, OP_NEXTITEM, {int32_t(t), int32_t(var), 0});
    block(s.orelse);
    bind(broke);
  }

  // CPython's deque iterator: a step after the deque in R[seq] changed its length (`size`, a
  // register, when the loop began) raises RuntimeError. A change that keeps the length (an
  // append and a pop) goes unnoticed here (docs/language.md, "Deques").
  void deque_unchanged_or_raise(int32_t seq, int32_t size) {
    unsigned mark = regs_->top(), n = temp();
    Label ok;
    emit(OP_LEN, {int32_t(n), seq});
    jump(ok, OP_JEQ, {int32_t(n), size, 0});
    throw_builtin("RuntimeError", "deque mutated during iteration");
    bind(ok);
    regs_->free_to(mark);
  }

  // for ch in str: R[t] = the str, R[t+1] = its length, R[t+2] = the next index; each
  // character is a new str (STROP [i]).
  void for_str(const Stmt& s) {
    unsigned t = regs_->reserve(3, loc_);
    value_to(*s.value, t);
    emit(OP_STRLEN, {int32_t(t + 1), int32_t(t)});
    load_const(t + 2, 0);
    const std::string& name = s.target->text;
    int reg = var_register(name);
    unsigned var = reg >= 0 ? unsigned(reg) : temp();
    Label body, next, broke;
    jump(next, OP_JMP, {0});
    bind(body);
    emit(OP_STROP, {int32_t(var), int32_t(t), int32_t(t + 2), STR_GETITEM});
    emit(OP_ADD, {int32_t(t + 2), int32_t(t + 2), immediate_operand(1)});
    if (reg == -1) store(name, var);
    else mark_assigned(name);
    loops_.push_back(Loop{&next, &broke, finally_.size()});
    block(s.body);
    loops_.pop_back();
    bind(next);
    jump(body, OP_JLT, {int32_t(t + 2), int32_t(t + 1), 0});
    block(s.orelse);
    bind(broke);
  }

  // One iterator of a general for loop (a tuple target, or enumerate, zip, reversed), its
  // registers reserved for the whole loop. `value` receives what it yields; enumerate's and
  // zip's are the items' registers.
  struct Source {
    enum Kind { Seq, Range, Reversed, ReversedRange, Enumerate, Zip, Dict, Str, ReversedStr } kind;
    // Seq, Reversed: sequence, index; Range: current, stop, step; ReversedRange: current,
    // step; Enumerate: start, counter; Dict: DNEXT's iterator (bytecode/runtime.h kDictIterRegs);
    // Str, ReversedStr: the str, its length, the index (each character a new str, STROP [i]).
    unsigned at = 0;
    unsigned first = 0, more = 0;  // ReversedRange: the last value to yield; 0 once it has been
    bool one_arg = false;  // range(stop): FORPREP0; enumerate(it): the count is the counter itself
    bool unit_step = false;  // Range: a step of 1 (FORLOOP1)
    bool deque = false;      // Seq, Reversed of a deque: its length when the loop began in at + 2
    unsigned value = 0;
    Type elem;                  // Seq, Reversed: the type of what it yields
    std::vector<Source> items;  // Enumerate: the iterable; Zip: each iterable
  };

  // Whether range call e steps by 1: range(n), range(a, b), range(a, b, 1).
  static bool unit_step(const Expr& e) {
    int step = 0;
    return e.operands.size() < 3 || (small_constant(*e.operands[2], step) && step == 1);
  }

  // The builtin a for loop compiles itself, if e calls one (types.cpp checked the call).
  std::string loop_builtin(const Expr& e) {
    if (e.kind != ExprKind::Call || e.callee->kind != ExprKind::Name || e.type != Type::None) return "";
    const Builtin* b = find_builtin(e.callee->text);
    return b && b->code_rule == CodeRule::Loop ? e.callee->text : "";
  }

  // Evaluates the iterable e as Python does (arguments left to right; reversed() reads the
  // length when it is called) and reserves the registers its iteration needs.
  Source iterator(const Expr& e) {
    std::string name = loop_builtin(e);
    Source src;
    if (e.type.is_table()) return dict_iterator(e);  // a set's too (a loop in any order: types.cpp)
    if (name == "reversed" && !loop_builtin(*e.operands[0]).empty()) return reversed_range(*e.operands[0]);
    if (name == "range") {
      src.kind = Source::Range;
      src.at = regs_->reserve(3, loc_);
      size_t n = e.operands.size();
      src.one_arg = n == 1;
      src.unit_step = unit_step(e);
      if (n == 1) {
        value_to(*e.operands[0], src.at + 1);
      } else {
        value_to(*e.operands[0], src.at);
        value_to(*e.operands[1], src.at + 1);
        if (n == 3) value_to(*e.operands[2], src.at + 2);
        else load_const(src.at + 2, 1);
      }
      int step;
      if (n == 3 && !(small_constant(*e.operands[2], step) && step != 0)) {  // range() raises before later arguments run
        Label ok;
        jump(ok, OP_JNE, {int32_t(src.at + 2), immediate_operand(0), 0});
        emit(OP_RAISE, {KP_ERR_RANGE_STEP - KP_ERR_ZERO_DIV, int32_t(string_id(""))});
        bind(ok);
      }
      src.value = temp();
    } else if (name == "enumerate") {
      src.kind = Source::Enumerate;
      src.items.push_back(iterator(*e.operands[0]));
      src.at = regs_->reserve(2, loc_);
      src.one_arg = e.operands.size() == 1;
      if (!src.one_arg) value_to(*e.operands[1], src.at);
      load_const(src.at + 1, -1);
      src.value = src.one_arg ? src.at + 1 : temp();
    } else if (name == "zip") {
      src.kind = Source::Zip;
      for (const ExprPtr& a : e.operands) src.items.push_back(iterator(*a));
    } else {
      src.kind = name == "reversed" ? Source::Reversed : Source::Seq;
      const Type& seq = src.kind == Source::Seq ? e.type : e.operands[0]->type;
      if (seq == Type::Str) {  // a str is immutable: its length is read once
        bool forward = src.kind == Source::Seq;
        src.kind = forward ? Source::Str : Source::ReversedStr;
        src.elem = Type::Str;
        src.at = regs_->reserve(3, loc_);
        value_to(forward ? e : *e.operands[0], src.at);
        emit(OP_STRLEN, {int32_t(src.at + 1), int32_t(src.at)});
        if (forward) load_const(src.at + 2, 0);
        else emit(OP_SUB, {int32_t(src.at + 2), int32_t(src.at + 1), immediate_operand(1)});
        src.value = temp();
        return src;
      }
      src.elem = seq.is_tuple() ? seq.elems[0] : seq.elem();
      src.deque = seq.is_deque();
      src.at = regs_->reserve(src.deque ? 3 : 2, loc_);
      value_to(src.kind == Source::Seq ? e : *e.operands[0], src.at);
      if (src.deque) emit(OP_LEN, {int32_t(src.at + 2), int32_t(src.at)});
      if (src.kind == Source::Seq) {
        load_const(src.at + 1, 0);
      } else {
        emit(OP_LEN, {int32_t(src.at + 1), int32_t(src.at)});
        emit(OP_SUB, {int32_t(src.at + 1), int32_t(src.at + 1), immediate_operand(1)});
      }
      src.value = temp();
    }
    return src;
  }

  // A dict, d.keys(), d.values() or d.items() (types.cpp gave the view call the dict's type):
  // DNEXT yields each key and value into two registers; the view picks what it binds. Any other
  // dict value (d.copy(), f(), dict(d)) is made first and iterated as a dict.
  Source dict_iterator(const Expr& e) {
    bool view = is_dict_view(e);
    Source src;
    src.kind = Source::Dict;
    src.at = regs_->reserve(kDictIterRegs, loc_);
    int32_t at = int32_t(src.at);
    value_to(view ? *e.callee->operands[0] : e, src.at);
    load_const(src.at + 1, 0);
    emit(OP_LEN, {at + 2, at});
    emit(OP_MOVE, {at + 3, at + 2});
    unsigned key = regs_->reserve(2, loc_);
    src.value = view && e.callee->text == "values" ? key + 1 : key;
    if (view && e.callee->text == "items") {
      Source k, v;
      k.kind = v.kind = Source::Dict;
      k.value = key;
      v.value = key + 1;
      src.items = {k, v};
    }
    src.first = key;
    return src;
  }

  // reversed(range(a, b, c)): the range's last value, then down by c to a. The last value is
  // b - 1 (b + 1) for a step of 1 (-1), else where a scan with FORLOOP ends: a + k * c
  // could overflow on the way where no value of the range does.
  Source reversed_range(const Expr& range) {
    Source fwd = iterator(range);
    Source src;
    src.kind = Source::ReversedRange;
    src.at = fwd.at + 1;  // the stop becomes the current value; the step stays
    src.value = fwd.value;
    unsigned first = src.first = temp(), more = src.more = temp();
    emit(OP_MOVE, {int32_t(first), int32_t(fwd.at)});
    load_const(more, 0);
    Label empty;
    fetch(fwd, true, empty);
    int step = 0;
    bool unit = range.operands.size() < 3 || (small_constant(*range.operands[2], step) && (step == 1 || step == -1));
    if (range.operands.size() < 3) step = 1;
    if (unit) {
      emit(step > 0 ? OP_SUB : OP_ADD, {int32_t(src.at), int32_t(src.at), immediate_operand(1)});
      if (range.operands.size() == 1) load_const(first, 0);  // FORPREP0 set the start
    } else {
      Label scan;
      bind(scan);
      jump(scan, OP_FORLOOP, {int32_t(fwd.at), int32_t(fwd.value), 0});
      emit(OP_MOVE, {int32_t(src.at), int32_t(fwd.value)});
    }
    load_const(more, 1);
    bind(empty);
    return src;
  }

  // The next value of src into its registers; jumps to `done` when src is exhausted. `first`:
  // the loop's first fetch (a range starts with FORPREP).
  void fetch(const Source& src, bool first, Label& done) {
    Label got;
    if (src.deque) deque_unchanged_or_raise(int32_t(src.at), int32_t(src.at + 2));
    switch (src.kind) {
      case Source::Seq:
        jump(got, OP_NEXTITEM, {int32_t(src.at), int32_t(src.value), 0});
        jump(done, OP_JMP, {0});
        bind(got);
        break;
      case Source::Range:
        if (first) {
          jump(done, src.one_arg ? OP_FORPREP0 : OP_FORPREP, {int32_t(src.at), int32_t(src.value), 0});
          break;
        }
        jump(got, src.unit_step ? OP_FORLOOP1 : OP_FORLOOP, {int32_t(src.at), int32_t(src.value), 0});
        jump(done, OP_JMP, {0});
        bind(got);
        break;
      case Source::Reversed: {  // CPython's reversed list iterator: stops once the index leaves the list
        int32_t seq = int32_t(src.at), index = int32_t(src.at + 1), value = int32_t(src.value);
        jump(done, OP_JLT, {index, immediate_operand(0), 0});
        emit(OP_LEN, {value, seq});
        jump(done, OP_JLE, {value, index, 0});
        emit(OP_GETITEM, {value, seq, index});
        emit(OP_SUB, {index, index, immediate_operand(1)});
        break;
      }
      case Source::ReversedRange: {
        int32_t cur = int32_t(src.at), step = cur + 1, start = int32_t(src.first), more = int32_t(src.more);
        int32_t value = int32_t(src.value);
        jump(done, OP_JF, {more, 0});
        emit(OP_MOVE, {value, cur});
        Label last, fetched;
        jump(last, OP_JEQ, {cur, start, 0});
        emit(OP_SUB, {cur, cur, step});  // stays inside the range: no overflow
        jump(fetched, OP_JMP, {0});
        bind(last);
        load_const(unsigned(more), 0);
        bind(fetched);
        break;
      }
      case Source::Enumerate:
        fetch(src.items[0], first, done);
        emit(OP_ADD, {int32_t(src.at + 1), int32_t(src.at + 1), immediate_operand(1)});
        if (!src.one_arg) emit(OP_ADD, {int32_t(src.value), int32_t(src.at), int32_t(src.at + 1)});
        break;
      case Source::Zip:
        for (const Source& item : src.items) fetch(item, first, done);
        break;
      case Source::Dict:
        jump(got, OP_DNEXT, {int32_t(src.at), int32_t(src.first), 0});
        jump(done, OP_JMP, {0});
        bind(got);
        break;
      case Source::Str:
      case Source::ReversedStr: {
        int32_t str = int32_t(src.at), length = str + 1, index = str + 2;
        if (src.kind == Source::Str) jump(done, OP_JLE, {length, index, 0});
        else jump(done, OP_JLT, {index, immediate_operand(0), 0});
        emit(OP_STROP, {int32_t(src.value), str, index, STR_GETITEM});
        emit(src.kind == Source::Str ? OP_ADD : OP_SUB, {index, index, immediate_operand(1)});
        break;
      }
    }
  }

  // Assigns what src yielded to target, left to right.
  void unpack(const Expr& target, const Source& src) {
    if (target.kind == ExprKind::Name && src.kind == Source::Dict && src.items.size() == 2) {  // for kv in d.items()
      unsigned pair = temp();  // the key and the value are in consecutive registers (dict_iterator)
      emit(OP_NEWSEQ, {int32_t(pair), int32_t(src.items[0].value), 2, SEQ_RECORD});
      return store_loop_variable(target.text, pair);
    }
    if (target.kind == ExprKind::Name) return store_loop_variable(target.text, src.value);
    if (src.kind != Source::Enumerate && src.kind != Source::Zip && src.items.empty())  // a tuple, list or array
      return destructure(target, int32_t(src.value), src.elem, true);
    if (src.kind == Source::Enumerate) {
      store_loop_variable(target.operands[0]->text, src.value);
      return unpack(*target.operands[1], src.items[0]);
    }
    for (size_t i = 0; i < src.items.size(); ++i) unpack(*target.operands[i], src.items[i]);
  }

  void store_loop_variable(const std::string& name, unsigned reg) {
    if (var_register(name) != -2) store(name, int32_t(reg));  // a loop-only local is never read
  }

  // for target in iterable, in general: the first fetch, then the body, then each next fetch.
  void for_general(const Stmt& s) {
    Source src = iterator(*s.value);
    Label body, next, orelse, broke;
    fetch(src, true, orelse);
    bind(body);
    unpack(*s.target, src);
    loops_.push_back(Loop{&next, &broke, finally_.size()});
    block(s.body);
    loops_.pop_back();
    bind(next);
    fetch(src, false, orelse);
    jump(body, OP_JMP, {0});
    bind(orelse);
    block(s.orelse);
    bind(broke);
  }

  // for x in range(a, b, c): R[t..t+2] = a, b, c; FORPREP/FORLOOP keep x := current value.
  void for_statement(const Stmt& s) {
    if (s.value->type.is_table()) return for_general(s);
    if (s.target->kind != ExprKind::Name || (!loop_builtin(*s.value).empty() && loop_builtin(*s.value) != "range"))
      return for_general(s);
    if (s.value->type.is_seq() || s.value->type.is_tuple()) return for_seq(s);
    if (s.value->type == Type::Str) return for_str(s);
    const Expr& call = *s.value;
    unsigned t = regs_->reserve(3, loc_);
    size_t n = call.operands.size();
    if (n == 1) {  // range(stop): FORPREP0 sets the start and the step
      value_to(*call.operands[0], t + 1);
    } else {
      value_to(*call.operands[0], t);
      value_to(*call.operands[1], t + 1);
      if (n == 3) value_to(*call.operands[2], t + 2);
      else load_const(t + 2, 1);
    }
    const std::string& name = s.target->text;
    int reg = var_register(name);
    // A loop-only variable (never read) is the counter itself: FORPREP/FORLOOP's copy is a no-op.
    unsigned var = reg >= 0 ? unsigned(reg) : reg == -2 ? t : temp();
    Label body, next, orelse, broke;
    jump(orelse, n == 1 ? OP_FORPREP0 : OP_FORPREP, {int32_t(t), int32_t(var), 0});
    bind(body);
    if (reg == -1) store(name, var);
    else mark_assigned(name);
    loops_.push_back(Loop{&next, &broke, finally_.size()});
    block(s.body);
    loops_.pop_back();
    bind(next);
    jump(body, unit_step(call) ? OP_FORLOOP1 : OP_FORLOOP, {int32_t(t), int32_t(var), 0});
    bind(orelse);
    block(s.orelse);
    bind(broke);
  }
};

}  // namespace

Image generate_code(Program& program) { return CodeGen(program).run(); }

}  // namespace kilopy
