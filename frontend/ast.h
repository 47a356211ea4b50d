// The syntax tree the parser builds and the checker and code generator read.
// Plain structs, one per node family; a node owns its children.
#pragma once

#include <algorithm>
#include <cstdint>
#include <functional>
#include <map>
#include <memory>
#include <set>
#include <string>
#include <type_traits>
#include <utility>
#include <vector>

namespace kilopy {

struct SourceLoc {
  uint32_t line = 0;  // 1-based
  uint32_t col = 0;   // 1-based, in bytes
  uint16_t file = 0;  // which source file: 0 the program, then modules in load order (frontend/link.h)
};

inline bool same_place(SourceLoc a, SourceLoc b) { return a.file == b.file && a.line == b.line && a.col == b.col; }

enum class ExprKind {
  Int,        // int_value / int_text
  Bool,       // bool_value
  None,
  Str,        // text: the decoded bytes of a string literal (adjacent literals joined)
  Name,       // text: the identifier
  Unary,      // unary_op operands[0]
  Binary,     // operands[0] bin_op operands[1]
  Compare,    // operands[0] cmp_ops[0] operands[1] cmp_ops[1] operands[2] ...
  BoolOp,     // operands[0] bool_op operands[1] bool_op ... (two or more)
  IfExp,      // operands = {test, body, orelse}: body if test else orelse
  Call,       // callee(operands..., keywords...)
  Tuple,      // operands: the elements (a, b) or a, b
  List,       // operands: [a, b]
  Subscript,  // operands = {value, index}: value[index]
  Attribute,  // operands[0].text
  ListComp,   // [operands[0] clauses...]; only between parse_module and desugar (desugar.h)
  GenExp,     // (operands[0] clauses...): likewise
  DictComp,   // {operands[0]: operands[1] clauses...}: likewise
  SetComp,    // {operands[0] clauses...}, and set(xs) as {v for v in xs}: likewise
  Format,     // a formatted string (f-string, "..." % args, "...".format(args)): format holds
              // its pieces; operands the values its fields format, in evaluation order
  Slice,      // operands = {start, stop, step}, None where left out: the index of value[start:stop:step]
  Dict,       // operands: k0, v0, k1, v1, ... of {k0: v0, k1: v1, ...}
  Set,        // operands: the elements of {a, b, ...} (or none: set())
  New,        // text: a class; a new instance, its fields zero (C(...) calls C.__init__(New C, ...))
  Box,        // operands[0] an int, as an "int or None" value: a new one-slot record holding it
  Unbox,      // operands[0] an "int or None": its int; None raises TypeError(text), or gives 0 if
              // text is empty (a test: None and 0 are both false); a "tuple, list or dict or None":
              // its reference, None raising TypeError(text) (AttributeError if none_attribute is set)
};

// Static types. The checker gives every expression, variable, parameter and return value one.
// Structured: list[T] has an element type (Unknown until inferred, e.g. for `[]`), an array
// its typecode, a tuple (only a function's result, for `return a, b`) its element types.
struct Type {
  enum class Kind : uint8_t {
    Unknown,  // not inferred yet
    Int,
    Bool,     // an int that is 0 or 1 and prints as False/True
    None,
    Str,      // string literals, only as print arguments and assert messages
    List,     // elems[0] is the element type
    Array,    // array('b'|'B'|'h'): typecode; elements are ints
    Tuple,    // elems: one per element
    Object,   // an instance of the class cls (frontend/classes.cpp)
    Dict,     // elems[0] the key type (int or bool), elems[1] the value type
    Set,      // elems[0] the element type (int or bool); in the VM a dict whose values are 0
    Func,     // a function value: cls is its set (Program::function_set); in the VM its tag, an int
  };
  Kind kind = Kind::Unknown;
  char typecode = 0;
  std::vector<Type> elems;
  std::string cls;  // Object: its class; Func: its set (Program::function_set); Dict: a defaultdict's
                    // factory (types.cpp factory_value): d[k] stores factory() for a missing k; "Counter": a Counter;
                    // List: "deque" for a collections.deque (a list in the VM; types.cpp deque_type)
  bool nullable = false;  // Object: may also be None (the offset 0), as after `self.next = None`;
                          // Int: "int or None", a Box (a one-slot record) or None (0);
                          // Tuple, List, Dict: "tuple, list or dict or None", its reference or None (0)
  bool subclasses = false;  // Object: may also be an instance of a subclass of cls (its class is read at run time)
  bool frozen = false;    // List: a tuple of any length, tuple[T, ...] (tuple(xs)): read as a list
                          // is, never written; in the VM a record, as a fixed tuple

  static const Type Unknown, Int, Bool, None, Str;
  static Type list(const Type& elem) { Type t; t.kind = Kind::List; t.elems.push_back(elem); return t; }
  static Type array(char code) { Type t; t.kind = Kind::Array; t.typecode = code; return t; }
  static Type tuple(const std::vector<Type>& items) { Type t; t.kind = Kind::Tuple; t.elems = items; return t; }
  static Type object(const std::string& cls) { Type t; t.kind = Kind::Object; t.cls = cls; return t; }
  static Type dict(const Type& key, const Type& value) { Type t; t.kind = Kind::Dict; t.elems = {key, value}; return t; }
  static Type set(const Type& elem) { Type t; t.kind = Kind::Set; t.elems.push_back(elem); return t; }
  static Type var_tuple(const Type& elem) { Type t = list(elem); t.frozen = true; return t; }
  static Type func(const std::string& set) { Type t; t.kind = Kind::Func; t.cls = set; return t; }

  bool is_list() const { return kind == Kind::List; }
  bool is_var_tuple() const { return kind == Kind::List && frozen; }
  bool is_deque() const { return kind == Kind::List && cls == "deque"; }  // a collections.deque: a list in the VM
  bool is_array() const { return kind == Kind::Array; }
  bool is_seq() const { return kind == Kind::List || kind == Kind::Array; }  // a heap object
  bool is_tuple() const { return kind == Kind::Tuple; }
  bool is_object() const { return kind == Kind::Object; }
  bool is_dict() const { return kind == Kind::Dict; }
  bool is_set() const { return kind == Kind::Set; }
  bool is_table() const { return kind == Kind::Dict || kind == Kind::Set; }  // a SEQ_DICT in the VM
  bool is_func() const { return kind == Kind::Func; }
  // A list of "int or None" elements: Box references or 0 (frontend/boxed_lists.cpp).
  bool is_boxed_list() const { return kind == Kind::List && !frozen && elems[0].kind == Kind::Int && elems[0].nullable; }
  // True if a function value is some part of it (itself, an element, a dict's value).
  bool holds_func() const;
  // The element type of a list or array (int for arrays).
  Type elem() const;
  // True if no part is Unknown.
  bool complete() const;
  // True if an object is some part of it (itself, an element, a dict's value) at any depth.
  bool holds_object() const;
  // True if a dict or a set is some part of it (itself, an element, a dict's value) at any depth.
  bool holds_table() const;
  // True if it is a tuple (a tuple[T, ...] too) or a list holding tuples (at any depth).
  bool has_tuple() const { return is_tuple() || is_var_tuple() || (is_list() && elems[0].has_tuple()); }
  // Nesting depth of lists (int: 0, list[int]: 1, list[list[int]]: 2).
  unsigned depth() const { return is_list() ? 1 + elems[0].depth() : is_array() ? 1 : 0; }
  bool operator==(const Type& o) const {
    return kind == o.kind && typecode == o.typecode && elems == o.elems && cls == o.cls && nullable == o.nullable &&
           subclasses == o.subclasses && frozen == o.frozen;
  }
  bool operator!=(const Type& o) const { return !(*this == o); }
};
std::string type_name(const Type& t);  // "int", "bool", "None", "str", "list[int]", "array('b')"

enum class UnaryOp { Neg, Pos, Invert, Not };

enum class BinOp {
  Add, Sub, Mul, FloorDiv, Mod, Pow, LShift, RShift, BitAnd, BitOr, BitXor,
  Div,     // '/': parsed so the checker can say true division is unsupported
  MatMul,  // '@': likewise
};

enum class CmpOp { Eq, NotEq, Lt, LtE, Gt, GtE, Is, IsNot, In, NotIn };

enum class BoolOpKind { And, Or };

struct Expr;
using ExprPtr = std::unique_ptr<Expr>;

// A comprehension's `for target in value` (target set) or `if value` clause.
struct CompClause {
  ExprPtr target;  // null for an `if` clause
  ExprPtr value;
};

// A piece of a formatted string: literal text, or a field that formats operands[field].
struct FormatPiece {
  std::string text;     // literal text (field < 0); a field's format spec, as Python's format()
  int field = -1;       // the operand a field formats
  char conversion = 0;  // a field's 's', 'r', 'a' (str()/repr() first) or 0
  char percent = 0;     // "..." % args: the field's conversion ('d', 'x', 's', ...), for its type check
  SourceLoc loc;        // where the field is written
  // f"{x:>{w}}": operands[width] is the width, written at text[width_at]; operands[field] is x's
  // text formatted without it (format.h nested_width), which is padded to it. -1: no nested width.
  int width = -1;
  size_t width_at = 0;
  bool padded = false;  // the field of x's text inside such a field: the width is a spec to x's __format__
};

struct Keyword {
  std::string name;
  ExprPtr value;         // for key=lambda p: body, the body
  SourceLoc loc;
  std::string lambda;    // key=lambda p: body, only between parse_module and desugar: p
};

struct Expr {
  ExprKind kind;
  SourceLoc loc;  // first character of the expression (for Binary/Compare: of the left operand)
  SourceLoc op_loc;  // Unary/Binary/Compare/BoolOp: the (first) operator token

  int64_t int_value = 0;   // Int: the value, when it fits in 63 bits
  bool int_too_big = false;  // Int: the literal does not fit in int64_t
  std::string int_text;    // Int: the literal as written (for messages)
  bool bool_value = false;
  std::string text;        // Name, Str, Attribute; "%c" on the chr() call '%c' % v becomes,
                           // "divmod()" on the // and % divmod(a, b) becomes, "property" on
                           // the call x.p() a property's read x.p becomes (classes.cpp), "key=d.get"
                           // on the d.get(x, d[x]) of max(d, key=d.get) (desugar.cpp), "is"
                           // on a Compare whose `is` of objects types.cpp lowered to ==,
                           // "dict()" on the (k, v) target of dict(xs)'s loop (desugar.cpp),
                           // "sorted key" on the Compare of keys in sorted(xs, key=k)'s loop

  UnaryOp unary_op = UnaryOp::Neg;
  BinOp bin_op = BinOp::Add;
  BoolOpKind bool_op = BoolOpKind::And;
  std::vector<CmpOp> cmp_ops;

  std::vector<ExprPtr> operands;
  ExprPtr callee;                 // Call
  std::vector<Keyword> keywords;  // Call
  bool starred_arg = false;       // Call: some argument was *x (rejected by the checker but in print)
  std::set<size_t> starred;       // Call: the indices of the operands written *x
  bool starred_target = false;    // an assignment's or a for loop's target written *x (a, *rest = xs)
  std::vector<CompClause> clauses;  // ListComp, GenExp
  std::vector<FormatPiece> format;  // Format

  Type type = Type::Unknown;      // filled by the checker
  bool check_assigned = false;    // Name: might be unassigned here; checked at run time
  bool free_read = false;         // Name: read in a comprehension, a lambda or a nested def (CPython's
                                  // free variable there): unassigned, a function's raises NameError, not
                                  // UnboundLocalError
  bool not_none = false;          // Name, Subscript, Attribute: a read that a test before it proves not None (narrow.cpp)
  std::string narrow_class;       // Name: a read that an isinstance(name, C) before it proves holds a C (narrow.cpp)
  bool formats_late = false;      // Format: its fields are formatted once all its operands are evaluated
  bool exception_args = false;    // Call str(a), Format: str(e) of an exception's arguments, made when the
                                  // exception is made (exception_objects.cpp), where CPython makes it when shown
                                  // (str.format(), "..." % x), not each right after it (an f-string)
  bool last_read = false;         // Name: a hidden variable's only read (desugar.h): a list it
                                  // holds is let go after the statement
  int field_set = -1;             // Subscript of a field that may be unassigned (field_set_flag):
                                  // the slot of its flag, read before the field, set after it
  std::string none_attribute;     // an object whose field or method this is read through: if its
                                  // type is nullable, None here raises AttributeError naming it
  std::string method;             // Call: obj.method(...), bound by the checker to the call `C.method(obj, ...)`
  // Call of a method on an object of a class or its subclasses: (class tag, function) pairs tried
  // in order on the object's class tag (types.cpp); the callee runs when none matches.
  std::vector<std::pair<int, std::string>> dispatch;
  // A value print(), str() or a format shows: the __repr__ methods its text calls for the
  // objects it holds (types.cpp check_shown), which flow.cpp checks as calls.
  std::vector<std::string> shown_reprs;

  explicit Expr(ExprKind k, SourceLoc l) : kind(k), loc(l) {}
};

enum class StmtKind {
  Expr,       // value
  Assign,     // targets[0] = targets[1] = ... = value (each target may be a Tuple)
  AugAssign,  // target aug_op= value
  If,         // if value: body else: orelse (elif is an If alone in orelse)
  While,      // while value: body else: orelse
  For,        // for target in value: body else: orelse
  Break,
  Continue,
  Pass,
  Return,     // return value (value may be null)
  Def,        // def name(params): body
  Global,     // global names
  Nonlocal,   // nonlocal names: only between the parser and cell_nonlocal_variables (nonlocal.h)
  Assert,     // assert value, msg (msg may be null)
  Class,      // class name[(value)]: body holds its constants (NAME = int, bool or str); its methods follow it
              // at the top level as defs named `name.method` (frontend/classes.cpp)
  Import,     // import m [as n], ... (name empty; names: modules) or from m import f [as g], ...
              // (name: m; names: what is imported); aliases: the bound names. After linking
              // only `from array import array` is left.
  Declare,    // target: annotation without a value (`x: int`): x is a variable of this scope,
              // not assigned
  Del,        // del targets[0], targets[1], ... (each a Subscript: an element or a slice)
  Try,        // try: body, handlers (each an Except), else: orelse
  Except,     // except names (exception classes; none: bare except) [as target]: body;
              // finally_clause: the parser's `except: F; raise` of a try's `finally: F`;
              // value: where target reads an exception object (frontend/exception_objects.cpp)
  Raise,      // raise names[0] or raise names[0](msg) (msg a str, may be null); value: the
              // parser's call names[0](args), made msg by take_classes; a bare raise (no names)
              // in a handler raises its exception again
  Yield,      // yield value (null: yield None); only between parse_module and inline_generators
              // (frontend/generators.h), which inlines each generator where a for loop consumes it
};

struct Stmt;
using StmtPtr = std::unique_ptr<Stmt>;

// The hidden first parameter of a @staticmethod: the receiver a call through an object passes,
// which the method never reads (a call through the class passes None).
constexpr const char* kStaticReceiver = "self\x03static";

// The method a `@p.setter` def of property p becomes: kSetterPrefix + p (no Python identifier).
constexpr const char* kSetterPrefix = "<setter>";
// The text of the Binary `x.p op v` that `x.p op= v` of a property passes to its setter.
constexpr const char* kPropertyUpdate = "property op=";

// The text of a `defaultdict(lambda: x)` call, which the parser gives x itself as its one
// argument (types.cpp factory_value reads the factory's value from x's form).
constexpr const char* kLambdaFactory = "\x03lambda factory";

// The text of the compares range_tests.cpp makes of `x in range(a, b)` and `len(range(a, b))`
// and of the len() calls they copy: the checker refuses them of an int or None and of an object
// (CPython words a None bound's TypeError otherwise, and would run __len__ once).
constexpr const char* kRangeTest = "\x03range test";

// The text of the call `C.__str__(x)` (or __repr__) that types.cpp makes of an object x that
// print() or a format field shows: codegen's print may call it later than x is evaluated, as
// CPython does (a call written in the program never moves).
constexpr const char* kObjectText = "\x03object text";

struct Param {
  std::string name;
  ExprPtr default_value;  // may be null
  ExprPtr annotation;     // `name: T`, may be null
  bool keyword_only = false;     // after a bare `*`
  bool positional_only = false;  // before a `/`
  bool made_by_factory = false;  // a dataclass field's, made by its default_factory when this is None (the default)
  bool collects_rest = false;    // `*name`: the rest of the positional arguments, as a tuple (star_args.cpp)
  SourceLoc loc;
};

struct Stmt {
  StmtKind kind;
  SourceLoc loc;  // first token of the statement

  std::vector<ExprPtr> targets;  // Assign, Del
  ExprPtr target;                // AugAssign, For, Except (as name; may be null)
  BinOp aug_op = BinOp::Add;     // AugAssign
  ExprPtr value;
  ExprPtr msg;                   // Assert
  std::vector<StmtPtr> body;
  std::vector<StmtPtr> orelse;
  std::vector<StmtPtr> handlers;  // Try: its Except clauses, in order
  std::string name;              // Def
  std::vector<Param> params;     // Def
  ExprPtr annotation;            // Def: `-> T`; Assign (one name target) and Declare: `x: T`; may be null
  std::vector<std::string> names;  // Global, Import
  std::vector<std::string> aliases;  // Import: the name each of `names` is bound to
  std::vector<SourceLoc> name_locs;  // Import: where each of `names` is written
  SourceLoc module_loc;              // Import (from m import ...): where m is written
  bool finally_clause = false;       // Except: see StmtKind::Except
  bool order_free = false;           // For: a loop the desugaring wrote whose result no iteration order
                                     // changes (a set's elements may be iterated: types.cpp)
  std::string unbinds;               // Except: a variable of the function that its `as` name shares (exception_names.h)
  std::string decorator;             // Def: "property" or "staticmethod" (a method's), else ""; Class:
                                     // "dataclass", " frozen" and " order" after it as its arguments ask

  explicit Stmt(StmtKind k, SourceLoc l) : kind(k), loc(l) {}
};

// ---- the child visitor: every walk reaches children through these, so a new field of Expr or
// Stmt is added here once and no walk skips it. Const or not as the node; nulls are skipped.

// Every direct subexpression slot of e (the owning pointer, so a walk may replace it), in
// evaluation order: the callee, the operands, the keyword values.
template <class E, class F>
void for_each_operand_slot(E& e, F&& f) {
  if (e.callee) f(e.callee);
  for (auto& o : e.operands) f(o);
  for (auto& k : e.keywords) f(k.value);
}

// Every direct subexpression of e, as for_each_operand_slot.
template <class E, class F>
void for_each_operand(E& e, F&& f) {
  for_each_operand_slot(e, [&](auto& slot) { f(static_cast<E&>(*slot)); });
}

// Renames every Name in e (at any depth) that `to` maps to its new text.
inline void rename_names(Expr& e, const std::map<std::string, std::string>& to) {
  if (e.kind == ExprKind::Name) {
    auto it = to.find(e.text);
    if (it != to.end()) e.text = it->second;
  }
  for_each_operand(e, [&](Expr& o) { rename_names(o, to); });
}

// True if some direct subexpression of e satisfies pred (tried in for_each_operand's order).
template <class F>
bool any_operand(const Expr& e, F&& pred) {
  bool found = false;
  for_each_operand(e, [&](const Expr& o) { found = found || pred(o); });
  return found;
}

// Calls f on every name a target binds: a Name, or a Tuple or List of targets (nested).
template <class E, class F>
void for_each_target_name(E& target, F&& f) {
  if (target.kind == ExprKind::Name) f(target);
  else if (target.kind == ExprKind::Tuple || target.kind == ExprKind::List)
    for (auto& item : target.operands) for_each_target_name(static_cast<E&>(*item), f);
}

// True if o is the callee of e named directly (f in f(x)): a function's name, not a variable.
inline bool is_function_name(const Expr& e, const Expr& o) { return &o == e.callee.get() && o.kind == ExprKind::Name; }

// True if e is d.keys(), d.values() or d.items() of a dict d (types.cpp types the view as its dict).
inline bool is_dict_view(const Expr& e) {
  return e.kind == ExprKind::Call && e.callee->kind == ExprKind::Attribute &&
         (e.callee->text == "keys" || e.callee->text == "values" || e.callee->text == "items") &&
         e.callee->operands[0]->type.is_dict();
}

// True if e makes the text of a value holding objects (a list of them, ...): print(), str() or
// repr() of it, or a format field of it. The text calls the objects' __repr__, code of the program.
inline bool shows_held_objects(const Expr& e) {
  bool text = e.kind == ExprKind::Format ||
              (e.kind == ExprKind::Call && e.callee->kind == ExprKind::Name &&
               (e.callee->text == "print" || e.callee->text == "str" || e.callee->text == "repr"));
  return text && std::any_of(e.operands.begin(), e.operands.end(), [](const ExprPtr& o) { return o->type.holds_object(); });
}
// True if e or a part of it is a call (of a builtin too), or runs code as shows_held_objects().
inline bool has_call(const Expr& e) { return e.kind == ExprKind::Call || shows_held_objects(e) || any_operand(e, has_call); }
// True if e, at any depth, reads or binds the name.
inline bool mentions(const Expr& e, const std::string& name) {
  return (e.kind == ExprKind::Name && e.text == name) || any_operand(e, [&](const Expr& o) { return mentions(o, name); });
}
// A tuple, or a list of 3 or more, of int and bool literals: code generation makes it a
// constant table in the image (docs/bytecode.md), so its elements load no register.
inline bool constant_table_literal(const Expr& e) {
  if (!(e.kind == ExprKind::Tuple && !e.operands.empty()) && !(e.kind == ExprKind::List && e.operands.size() >= 3)) return false;
  for (const auto& o : e.operands)
    if (o->kind != ExprKind::Int && o->kind != ExprKind::Bool) return false;
  return true;
}

// How a statement's expression field is used: read, assigned (Assign's targets, For's target)
// or both (AugAssign's target).
enum class Use : uint8_t { Read, Write, Update };

// Every expression slot of s with its Use, in field order (targets, target, value, msg, the
// parameters' defaults), then each statement list (body, handlers, orelse). Annotations are no children:
// they are types, which only the linker (typing names) and types.cpp read. A Def's body and defaults
// are its children too: walks that treat a def as a function of its own skip Def themselves.
template <class S, class FExpr, class FBlock>
void for_each_child_slot(S& s, FExpr&& expr, FBlock&& block) {
  for (auto& t : s.targets) expr(t, Use::Write);
  if (s.target) expr(s.target, s.kind == StmtKind::AugAssign ? Use::Update : Use::Write);
  if (s.value) expr(s.value, Use::Read);
  if (s.msg) expr(s.msg, Use::Read);
  for (auto& p : s.params)
    if (p.default_value) expr(p.default_value, Use::Read);
  block(s.body);
  if (s.kind == StmtKind::Try) block(s.handlers);
  block(s.orelse);
}

// Every expression field of s (with its Use) and statement list, as for_each_child_slot.
template <class S, class FExpr, class FBlock>
void for_each_child(S& s, FExpr&& expr, FBlock&& block) {
  using E = typename std::conditional<std::is_const<S>::value, const Expr, Expr>::type;
  for_each_child_slot(s, [&](auto& slot, Use use) { expr(static_cast<E&>(*slot), use); }, block);
}

// Every expression field of s with its Use (the statement lists not entered).
template <class S, class F>
void for_each_expr(S& s, F&& f) {
  for_each_child(s, f, [](auto&) {});
}

// Every statement list of s (body, handlers, orelse).
template <class S, class F>
void for_each_block(S& s, F&& f) {
  for_each_child(s, [](auto&, Use) {}, f);
}

// True if s mentions name anywhere: a Name, a def's or class's name or parameter, a global
// statement, an import alias, a handler that unbinds it (nested defs and classes included).
inline bool mentions(const Stmt& s, const std::string& name) {
  bool found = s.name == name || s.unbinds == name || std::find(s.names.begin(), s.names.end(), name) != s.names.end() ||
               std::find(s.aliases.begin(), s.aliases.end(), name) != s.aliases.end();
  for (const Param& p : s.params) found = found || p.name == name;
  for_each_child(s, [&](const Expr& e, Use) { found = found || mentions(e, name); },
                 [&](const std::vector<StmtPtr>& b) { for (const StmtPtr& x : b) found = found || mentions(*x, name); });
  return found;
}

// True if body has a break that leaves the loop whose body it is (not a nested loop's).
inline bool contains_break(const std::vector<StmtPtr>& body) {
  for (const StmtPtr& s : body) {
    if (s->kind == StmtKind::Break) return true;
    bool found = false;  // a break in a nested loop is that loop's
    if (s->kind == StmtKind::If || s->kind == StmtKind::Try || s->kind == StmtKind::Except)
      for_each_block(*s, [&](const std::vector<StmtPtr>& b) { found = found || contains_break(b); });
    if (found) return true;
  }
  return false;
}

// True if a statement of body (at any depth, nested defs too) reads the name, or declares it
// global or nonlocal (a read of its outer binding).
inline bool reads_name(const std::vector<StmtPtr>& body, const std::string& name) {
  std::function<bool(const Expr&)> in = [&](const Expr& e) {
    return (e.kind == ExprKind::Name && e.text == name) || any_operand(e, in);
  };
  std::function<bool(const Expr&)> in_target = [&](const Expr& e) {  // a target's names are no reads
    if (e.kind == ExprKind::Name) return false;
    return e.kind == ExprKind::Tuple || e.kind == ExprKind::List ? any_operand(e, in_target) : any_operand(e, in);
  };
  for (const StmtPtr& s : body) {
    bool found = std::count(s->names.begin(), s->names.end(), name) > 0;
    for_each_child(*s, [&](const Expr& e, Use use) {
      found = found || (use == Use::Write ? in_target(e) : in(e));
    }, [&](const std::vector<StmtPtr>& b) { found = found || reads_name(b, name); });
    if (found) return true;
  }
  return false;
}

struct Module {
  std::string filename;
  std::string source;  // the whole source text, for diagnostics
  std::vector<StmtPtr> body;
};

// True if an Assign's targets hold a starred one (a, *rest = xs): it unpacks a list only.
inline bool has_starred_target(const Stmt& s) {
  for (const ExprPtr& t : s.targets)
    for (const ExprPtr& o : t->operands)
      if (o->starred_target) return true;
  return false;
}

// The int literal v, at loc.
inline ExprPtr int_literal(int64_t v, SourceLoc loc) {
  ExprPtr e = std::make_unique<Expr>(ExprKind::Int, loc);
  e->int_value = v;
  e->int_text = std::to_string(v);
  return e;
}

// Puts x first among call e's operands (a receiver or a new object), e.starred still naming
// the operands written *x.
inline void prepend_operand(Expr& e, ExprPtr x) {
  e.operands.insert(e.operands.begin(), std::move(x));
  std::set<size_t> starred;
  for (size_t i : e.starred) starred.insert(i + 1);
  e.starred = std::move(starred);
}

// Renames every Name in s (at any depth, its blocks too) that `to` maps to its new text.
inline void rename_names(Stmt& s, const std::map<std::string, std::string>& to) {
  for_each_child(s, [&](Expr& e, Use) { rename_names(e, to); }, [&](std::vector<StmtPtr>& b) {
    for (StmtPtr& t : b) rename_names(*t, to);
  });
}

// Every location in e (s) and below it becomes `at`: for code the compiler writes from a text
// of its own (records.cpp), whose errors then point at the construct it stands for.
inline void pin_locations(Expr& e, SourceLoc at) {
  e.loc = e.op_loc = at;
  for (Keyword& k : e.keywords) k.loc = at;
  for (FormatPiece& p : e.format) p.loc = at;
  for_each_operand(e, [&](Expr& o) { pin_locations(o, at); });
}
inline void pin_locations(Stmt& s, SourceLoc at) {
  s.loc = at;
  for (Param& p : s.params) p.loc = at;
  for_each_child(s, [&](Expr& e, Use) { pin_locations(e, at); }, [&](std::vector<StmtPtr>& b) {
    for (StmtPtr& t : b) pin_locations(*t, at);
  });
}

// Deep copies: every field, types and flags included (frontend/ast_copy.cpp).
ExprPtr copy_expr(const Expr& e);
StmtPtr copy_stmt(const Stmt& s);

// The names a block binds (targets, nested defs' names) into bound, and those it declares
// global into globals; nested defs' bodies are their own scopes (frontend/def_locals.cpp).
void bound_names(const std::vector<StmtPtr>& body, std::set<std::string>& bound, std::set<std::string>& globals);
// The local variables of a def: its parameters and the names its body binds but not global.
std::set<std::string> def_locals(const Stmt& def);

}  // namespace kilopy
