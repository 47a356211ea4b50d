// Static types: every expression, variable, parameter and return value gets one type (int,
// bool or None), inferred over the whole program until nothing changes. Parameters take the
// types of the arguments at every call site; a name that would hold two types is an error
// naming both places. Unsupported constructs found in expressions are refused here.
#include <algorithm>
#include <functional>

#include "bytecode/arith.h"
#include "bytecode/exceptions.h"
#include "bytecode/runtime.h"
#include "frontend/builtins.h"
#include "frontend/closures.h"
#include "frontend/desugar.h"
#include "frontend/diagnostic.h"
#include "frontend/format.h"
#include "frontend/link.h"
#include "frontend/program.h"
#include "frontend/records.h"
#include "frontend/star_args.h"
#include "frontend/shared_defaults.h"

namespace kilopy {

namespace {

std::string at_line(SourceLoc loc) { return "line " + std::to_string(loc.line); }

const char* binop_symbol(BinOp op) {
  switch (op) {
    case BinOp::Add: return "+";
    case BinOp::Sub: return "-";
    case BinOp::Mul: return "*";
    case BinOp::FloorDiv: return "//";
    case BinOp::Mod: return "%";
    case BinOp::Pow: return "**";
    case BinOp::LShift: return "<<";
    case BinOp::RShift: return ">>";
    case BinOp::BitAnd: return "&";
    case BinOp::BitOr: return "|";
    case BinOp::BitXor: return "^";
    case BinOp::Div: return "/";
    case BinOp::MatMul: return "@";
  }
  return "?";
}

std::string py_type_name(const Type& t) {
  if (t.is_list()) return t.frozen ? "tuple" : t.cls == "deque" ? "collections.deque" : "list";
  if (t.is_array()) return "array.array";
  if (t.is_tuple()) return "tuple";
  if (t.is_dict()) return "dict";
  if (t.is_set()) return "set";
  if (t.is_object() && is_record_class(t.cls)) return "dict";
  return t == Type::None ? "NoneType" : type_name(t);
}

bool is_int_like(const Type& t) { return t == Type::Int || t == Type::Bool || t == Type::Unknown; }

// True if t is an instance or a list or tuple holding instances (at any depth).
bool has_object(const Type& t) {
  if (t.is_tuple())
    for (const Type& e : t.elems)
      if (has_object(e)) return true;
  return t.is_object() || (t.is_list() && has_object(t.elems[0]));
}

// Whether t is a str or holds one (a list's, a tuple's or a dict's elements).
bool holds_str(const Type& t) {
  return t == Type::Str || std::any_of(t.elems.begin(), t.elems.end(), [](const Type& e) { return holds_str(e); });
}
// True if t is a set or holds one (a list's, a tuple's or a dict's elements).
bool holds_set(const Type& t) {
  return t.is_set() || std::any_of(t.elems.begin(), t.elems.end(), [](const Type& e) { return holds_set(e); });
}
// True if t is a deque or holds one (a list's, a tuple's or a dict's elements).
bool holds_deque(const Type& t) { return t.is_deque() || std::any_of(t.elems.begin(), t.elems.end(), holds_deque); }
// True if t is a tuple of ints and strs, the strs in its first 7 places (the dict's header
// names them: bytecode/runtime.h kDictKeyStrs), or a tuple(xs) of ints; not bools, which print
// as True: a dict key or set element. Its slots compare as ints: strs too, as every text is
// interned (one value per text).
bool key_tuple(const Type& t) {
  if (t.is_var_tuple()) return t.elems[0] == Type::Int;
  if (!t.is_tuple()) return false;
  for (size_t i = 0; i < t.elems.size(); ++i)
    if (t.elems[i] != Type::Int && !(t.elems[i] == Type::Str && i < kDictKeyStrPlaces)) return false;
  return true;
}
// List type t as a deque's.
Type as_deque(Type t) {
  t.cls = "deque";
  return t;
}
// The type of a list like seq (a deque if seq is one) holding elem: what refine() teaches seq
// where it is appended to, stored into or read from.
Type list_like(const Type& seq, const Type& elem) {
  return seq.is_deque() ? as_deque(Type::list(elem)) : Type::list(elem);
}
// The list type a tuple of ints only, or of bools only, reads as in list(), sorted(), sum(),
// min(), max(), any() and all() (the VM reads a tuple as it reads a list), and a deque's; t
// itself otherwise.
Type as_list(const Type& t) {
  if (t.is_var_tuple() || t.is_deque()) return Type::list(t.elems[0]);
  if (!t.is_tuple() || t.elems.empty() || (t.elems[0] != Type::Int && t.elems[0] != Type::Bool)) return t;
  for (const Type& e : t.elems)
    if (e != t.elems[0]) return t;
  return Type::list(t.elems[0]);
}
// True if t is a tuple whose elements share one type, el (Unknown for ()): a tuple built by
// tuple() or a fixed one (both records in the VM, read slot by slot).
bool tuple_elem(const Type& t, Type& el) {
  if (t.is_var_tuple()) {
    el = t.elems[0];
    return true;
  }
  if (!t.is_tuple()) return false;
  el = t.elems.empty() ? Type::Unknown : t.elems[0];
  for (const Type& e : t.elems)
    if (e != el) return false;
  return true;
}
// True if t is a tuple of ints, bools and strs: <, <=, >, >= compare it with one of the same kind
// at each place (ordered_alike).
bool orderable_tuple(const Type& t) {
  if (t.is_var_tuple()) return is_int_like(t.elems[0]);  // a run-time loop (codegen)
  if (!t.is_tuple()) return false;
  for (const Type& e : t.elems)
    if (!is_int_like(e) && e != Type::Str && !(e.is_tuple() && orderable_tuple(e))) return false;
  return true;
}
// True if tuples l and r hold, place by place, ints and bools on both sides, strs on both
// sides, or such tuples on both sides: <, <=, >, >= compare them element by element (codegen's
// tuple_order).
bool ordered_alike(const Type& l, const Type& r) {
  if (!l.is_tuple() || !r.is_tuple()) return false;
  for (size_t i = 0; i < std::min(l.elems.size(), r.elems.size()); ++i)
    if (!(is_int_like(l.elems[i]) && is_int_like(r.elems[i])) && !(l.elems[i] == Type::Str && r.elems[i] == Type::Str) &&
        !ordered_alike(l.elems[i], r.elems[i]))
      return false;
  return true;
}
// True if sorted() orders elements of type t: ints, bools, strs, lists of them (at any depth), and
// at the top, tuples of ints, bools and strs (SORTED's operand names a tuple's first 6 places).
bool sortable(const Type& t, bool top) {
  if (is_int_like(t) || t == Type::Str) return true;
  if (t.is_var_tuple()) return is_int_like(t.elems[0]);  // a record: its slots compare as ints
  if (t.is_list()) return sortable(t.elems[0], false);
  if (!top || !t.is_tuple()) return false;
  for (size_t i = 0; i < t.elems.size(); ++i)
    if (!is_int_like(t.elems[i]) && !(t.elems[i] == Type::Str && i < 6)) return false;
  return true;
}
// True if == can compare two t values slot by slot (strs are interned: equal texts are equal values);
// a dict's values compare as words (vm.cpp dict_equal): ints and bools.
bool comparable(const Type& t) {
  if (t.is_list()) return comparable(t.elems[0]);
  if (t.is_dict()) return is_int_like(t.elems[1]);
  if (!t.is_tuple()) return true;
  for (const Type& e : t.elems)
    if (!is_int_like(e) && e != Type::None && e != Type::Str) return false;
  return true;
}

// Refuses == on t when t is or holds (in lists) a dict whose values the VM cannot compare.
void uncompared_dicts(const Type& t, SourceLoc loc) {
  if (t.is_list()) return uncompared_dicts(t.elems[0], loc);
  if (t.is_dict() && t.cls == "Counter")  // CPython 3.10+: a missing key equals a count of 0
    throw CompileError(loc, "comparing Counters is not supported in kilopy (CPython counts a missing key as 0 there): "
                            "compare their counts key by key");
  if (t.is_dict() && !comparable(t))
    throw CompileError(loc, "comparing dicts whose values are " + type_name(t.elems[1]) +
                                " is not supported in kilopy (dicts of ints or bools compare): compare them key by key");
}

// Lists of lists nest at most this deep (the VM compares and prints them recursively).
constexpr unsigned kMaxListDepth = 8;
// A returned tuple's elements travel in the caller's registers.
constexpr size_t kMaxTuple = 8;
constexpr const char* kDeque = "deque";  // the text of the [] or list(xs) a deque() call becomes (deque_type)
constexpr const char* tuple_arith =
    "tuple concatenation (+) and repetition (*) are not supported in kilopy yet: write the new tuple out, (t[0], t[1], x)";
// A tuple value is a record (docs/memory.md): its slot index is an immediate operand.
constexpr size_t kMaxTupleValue = 100;

// True if a while loop with this test can only be left by break.
bool always_true(const Expr& test) {
  return (test.kind == ExprKind::Bool && test.bool_value) || (test.kind == ExprKind::Int && test.int_value != 0);
}

bool can_complete(const std::vector<StmtPtr>& body);

bool can_complete(const Stmt& s) {
  switch (s.kind) {
    case StmtKind::Return:
    case StmtKind::Break:
    case StmtKind::Continue:
    case StmtKind::Raise:
      return false;
    case StmtKind::Try: {
      bool any = can_complete(s.body) && can_complete(s.orelse);
      for (const StmtPtr& h : s.handlers) any = any || can_complete(h->body);
      return any;
    }
    case StmtKind::If:
      return can_complete(s.body) || s.orelse.empty() || can_complete(s.orelse);
    case StmtKind::While:  // its else: runs when the test is false (after the last round)
      return contains_break(s.body) || (!always_true(*s.value) && can_complete(s.orelse));
    case StmtKind::For:  // its else: runs when the loop ends without a break
      return contains_break(s.body) || can_complete(s.orelse);
    default:
      return true;
  }
}

bool can_complete(const std::vector<StmtPtr>& body) {
  for (const StmtPtr& s : body)
    if (!can_complete(*s)) return false;
  return true;
}

// How an annotation kilopy cannot check is named in the message.
std::string annotation_text(const Expr& a) {
  switch (a.kind) {
    case ExprKind::Name: return "'" + (a.text == "optional" ? std::string("Optional") : a.text) + "'";  // link.cpp's lowered name
    case ExprKind::Attribute: return "'" + (a.operands[0]->kind == ExprKind::Name ? a.operands[0]->text + "." : "") + a.text + "'";
    case ExprKind::Subscript: {
      std::string head = annotation_text(*a.operands[0]);
      return head.size() > 1 && head.back() == '\'' ? head.substr(0, head.size() - 1) + "[...]'" : head;
    }
    case ExprKind::Str: return "'" + a.text + "' (a string)";
    case ExprKind::Binary: return "'" + annotation_text(*a.operands[0]) + " | " + annotation_text(*a.operands[1]) + "'";
    case ExprKind::None: return "None";
    default: return "here";
  }
}

}  // namespace

Type annotation_type(const Expr& a, bool is_return, const std::set<std::string>& classes) {
  auto element = [&](const Expr& x) { return annotation_type(x, false, classes); };
  if (a.kind == ExprKind::None) return Type::None;
  if (a.kind == ExprKind::Name && a.text == "int") return Type::Int;
  if (a.kind == ExprKind::Name && a.text == "bool") return Type::Bool;
  if (a.kind == ExprKind::Name && a.text == "str") return Type::Str;
  if (a.kind == ExprKind::Name && a.text == "list") return Type::list(Type::Unknown);
  if (a.kind == ExprKind::Name && a.text == "deque") return as_deque(Type::list(Type::Unknown));
  if (a.kind == ExprKind::Name && a.text == "dict") return Type::dict(Type::Unknown, Type::Unknown);
  if (a.kind == ExprKind::Name && a.text == "set") return Type::set(Type::Unknown);
  if ((a.kind == ExprKind::Name || a.kind == ExprKind::Str) && classes.count(a.text)) return Type::object(a.text);  // "C": a forward reference
  const Expr* head = a.kind == ExprKind::Subscript ? a.operands[0].get() : nullptr;
  if (head && head->kind == ExprKind::Name && (head->text == "list" || head->text == "deque") &&
      a.operands[1]->kind != ExprKind::Tuple) {
    Type elem = element(*a.operands[1]);
    if (elem == Type::None || elem.depth() + 1 > kMaxListDepth)
      throw CompileError(a.operands[1]->loc, "kilopy lists hold ints, bools, strs or lists (at most " + std::to_string(kMaxListDepth) +
                                                 " deep), not " + type_name(elem));
    return head->text == "deque" ? as_deque(Type::list(elem)) : Type::list(elem);
  }
  if (head && head->kind == ExprKind::Name && head->text == "set" && a.operands[1]->kind != ExprKind::Tuple)
    return Type::set(element(*a.operands[1]));
  if (head && head->kind == ExprKind::Name && head->text == "dict" && a.operands[1]->kind == ExprKind::Tuple &&
      a.operands[1]->operands.size() == 2)
    return Type::dict(element(*a.operands[1]->operands[0]), element(*a.operands[1]->operands[1]));
  bool optional = head && head->kind == ExprKind::Name && head->text == "optional";  // typing's Optional[T]
  bool or_none = a.kind == ExprKind::Binary && a.bin_op == BinOp::BitOr &&  // T | None, None | T
                 (a.operands[0]->kind == ExprKind::None) != (a.operands[1]->kind == ExprKind::None);
  if (optional || or_none) {
    const Expr& of = optional ? *a.operands[1] : *a.operands[a.operands[0]->kind == ExprKind::None ? 1 : 0];
    Type t = element(of);
    if (t != Type::Int && t != Type::Str && !t.is_object() && !t.is_tuple() && !t.is_list() && !t.is_dict())
      throw CompileError(a.loc, "kilopy cannot check the annotation " + annotation_text(a) + ": of the types that may also "
                                "be None it checks Optional[T] (T | None) for T an int, a str, a tuple, a list, a dict or a class");
    t.nullable = true;
    return t;
  }
  if (head && head->kind == ExprKind::Name && head->text == "tuple") {
    const Expr& index = *a.operands[1];
    if (index.kind == ExprKind::Tuple && index.operands.size() == 2 && index.operands[1]->kind == ExprKind::Name &&
        index.operands[1]->text == "...")  // tuple[T, ...]: any length
      return Type::var_tuple(element(*index.operands[0]));
    std::vector<Type> items;
    if (index.kind != ExprKind::Tuple) items.push_back(element(index));
    for (const ExprPtr& o : index.operands)
      if (index.kind == ExprKind::Tuple) items.push_back(element(*o));
    if (is_return && items.size() > kMaxTuple)
      throw CompileError(a.loc, "a returned tuple has at most " + std::to_string(kMaxTuple) + " elements in kilopy");
    return Type::tuple(items);
  }
  throw CompileError(a.loc, "kilopy cannot check the annotation " + annotation_text(a) +
                                ": it checks int, bool, str, None, list[...] (List[...]), tuple[...], dict[K, V] (Dict[K, V]), "
                                "set[...] (Set[...]), deque[...] and the program's classes; write one of those or leave the annotation out");
}

namespace {

// A copy of an expression without calls (so evaluating it twice is evaluating it once).
ExprPtr clone(const Expr& e) {
  ExprPtr c(new Expr(e.kind, e.loc));
  c->op_loc = e.op_loc;
  c->int_value = e.int_value;
  c->int_too_big = e.int_too_big;
  c->int_text = e.int_text;
  c->bool_value = e.bool_value;
  c->text = e.text;
  c->unary_op = e.unary_op;
  c->bin_op = e.bin_op;
  c->bool_op = e.bool_op;
  c->cmp_ops = e.cmp_ops;
  c->check_assigned = e.check_assigned;
  c->free_read = e.free_read;
  c->none_attribute = e.none_attribute;
  for (const ExprPtr& o : e.operands) c->operands.push_back(clone(*o));
  return c;
}

// `text if test else "None"`: the text of a value that may be None (test: `x is not None`).
ExprPtr or_none_text(ExprPtr test, ExprPtr text, SourceLoc at) {
  ExprPtr pick(new Expr(ExprKind::IfExp, at));
  pick->operands.push_back(std::move(test));
  pick->operands.push_back(std::move(text));
  pick->operands.push_back(ExprPtr(new Expr(ExprKind::Str, at)));
  pick->operands.back()->text = "None";
  return pick;
}

// `x is not None` (x copied), at `at`.
ExprPtr is_not_none(const Expr& x, SourceLoc at) {
  ExprPtr test(new Expr(ExprKind::Compare, at));
  test->op_loc = at;
  test->cmp_ops = {CmpOp::IsNot};
  test->operands.push_back(clone(x));
  test->operands.push_back(ExprPtr(new Expr(ExprKind::None, at)));
  return test;
}

// a op b, its operator at loc.
ExprPtr binary_at(BinOp op, ExprPtr a, ExprPtr b, SourceLoc loc) {
  ExprPtr e(new Expr(ExprKind::Binary, loc));
  e->bin_op = op;
  e->op_loc = loc;
  e->operands.push_back(std::move(a));
  e->operands.push_back(std::move(b));
  return e;
}

bool is_call_of(const Expr& e, const char* name) {
  return e.kind == ExprKind::Call && e.callee->kind == ExprKind::Name && e.callee->text == name;
}

// divmod(a, b) where a tuple may stand becomes the tuple (a // b, a % b): the same values and
// errors (a // b fails first: ZeroDivisionError, or OverflowError where the quotient does not
// fit). a and b are evaluated twice, so they must not call anything (nor run a special method:
// TypeInference::twice_safe).
void expand_divmod(ExprPtr& value) {
  Expr& call = *value;
  if (call.starred_arg || !call.keywords.empty())
    throw CompileError(call.loc, "divmod() takes no keyword arguments");
  if (call.operands.size() != 2)
    throw CompileError(call.loc, "divmod expected 2 arguments, got " + std::to_string(call.operands.size()));
  for (const ExprPtr& o : call.operands)
    if (has_call(*o))
      throw CompileError(o->loc, "a divmod() argument that calls a function is not supported in kilopy: assign it to a variable first");
  ExprPtr tuple(new Expr(ExprKind::Tuple, call.loc));
  for (BinOp op : {BinOp::FloorDiv, BinOp::Mod}) {
    ExprPtr b(new Expr(ExprKind::Binary, call.loc));
    b->bin_op = op;
    b->op_loc = call.callee->loc;
    b->text = "divmod()";  // TypeError's operator where an operand is None
    b->operands.push_back(clone(*call.operands[0]));
    b->operands.push_back(clone(*call.operands[1]));
    tuple->operands.push_back(std::move(b));
  }
  value = std::move(tuple);
}

// round(x[, n]) of an int x, rewritten in place: +x for no n or n >= 0 (an int, as CPython's);
// for n < 0, x rounded half to even to a multiple of m = 10**-n, (q + (2 * r + q % 2 > m)) * m
// with q, r = x // m, x % m (2 * r + 1 < 2 * m fits any int of either width where m does; where
// m does not, |x| < m / 2 and the result is 0). x is evaluated more than once, so it must not call
// (nor run a special method: TypeInference::twice_safe).
void expand_round(Expr& call, unsigned int_bits) {
  if (call.starred_arg || !call.keywords.empty())
    throw CompileError(call.loc, "kilopy's round() takes no keyword arguments: write round(x, n)");
  if (call.operands.empty()) throw CompileError(call.loc, "round() missing required argument 'number' (pos 1)");
  if (call.operands.size() > 2)
    throw CompileError(call.loc, "round() takes at most 2 arguments (" + std::to_string(call.operands.size()) + " given)");
  int64_t digits = 0;
  if (call.operands.size() == 2 && call.operands[1]->kind != ExprKind::None) {
    const Expr& n = *call.operands[1];
    bool neg = n.kind == ExprKind::Unary && n.unary_op == UnaryOp::Neg && n.operands[0]->kind == ExprKind::Int;
    if (n.kind != ExprKind::Int && !neg)
      throw CompileError(n.loc, "kilopy's round() takes its number of digits as an int literal (round(x, -2))");
    digits = neg ? -n.operands[0]->int_value : n.int_value;
  }
  ExprPtr x = std::move(call.operands[0]);
  SourceLoc loc = call.loc;
  auto binary = [&](BinOp op, ExprPtr a, ExprPtr b) { return binary_at(op, std::move(a), std::move(b), loc); };
  auto number = [&](int64_t v) {
    ExprPtr e(new Expr(ExprKind::Int, loc));
    e->int_value = v;
    e->int_text = std::to_string(v);
    return e;
  };
  int64_t max = int_bits == 16 ? 32767 : 2147483647, m = 1;
  for (int64_t k = digits; k < 0 && m <= max; ++k) m *= 10;
  ExprPtr out;
  if (digits >= 0) {
    out.reset(new Expr(ExprKind::Unary, loc));
    out->unary_op = UnaryOp::Pos;
    out->op_loc = loc;
    out->operands.push_back(std::move(x));
  } else if (m > max) {
    out = number(0);
  } else {
    if (has_call(*x))
      throw CompileError(x->loc, "a round() argument that calls a function is not supported in kilopy: assign it to a variable first");
    ExprPtr up(new Expr(ExprKind::Compare, loc));  // 2 * r + q % 2 > m
    up->op_loc = loc;
    up->cmp_ops.push_back(CmpOp::Gt);
    up->operands.push_back(binary(BinOp::Add, binary(BinOp::Mul, binary(BinOp::Mod, clone(*x), number(m)), number(2)),
                                  binary(BinOp::Mod, binary(BinOp::FloorDiv, clone(*x), number(m)), number(2))));
    up->operands.push_back(number(m));
    out = binary(BinOp::Mul, binary(BinOp::Add, binary(BinOp::FloorDiv, std::move(x), number(m)), std::move(up)), number(m));
  }
  call = std::move(*out);
}

class TypeInference {
 public:
  explicit TypeInference(Program& p) : program_(p), operators_(p.has_operator_methods()) {}

  void run() {
    for (const Function& f : program_.functions)  // from the bodies as written, before the passes lower them
      for (const char* m : {".__lt__", ".__gt__"})
        if (f.def && f.name.size() > 7 && f.name.compare(f.name.size() - 7, 7, m) == 0)
          ordering_keys_[f.name] = ordering_key(*f.def, m[3] == 'g');
    for (Function& f : program_.functions) {
      fn_ = &f;
      find_constructed(f.body(*program_.module));
    }
    for (Function& f : program_.functions) annotations(f);
    preset_field_types();
    iterate();
    stub_unreached_methods();
    inherit_parameter_types();
    iterate();
    share_field_types();  // before the defaults below: a base's field may be known from a subclass's
    iterate();
    // What is still unknown never receives a value at run time (a function never called, a
    // call that never returns): give it int so that code can be generated.
    for (Function& f : program_.functions) {
      for (auto& entry : f.vars)
        if (entry.second.type == Type::Unknown) entry.second.type = Type::Int;
      if (f.return_type == Type::Unknown) f.return_type = Type::Int;
    }
    iterate();
    share_field_types();
    iterate();
    // A list, dict or set display whose elements are still unknown is never given one of a
    // known type (`",".join([])`, `self.log = []` never appended to): give its elements int, as
    // above, and let that reach the names and fields it is stored in.
    unknown_elements_are_ints_ = true;
    iterate();
    final_ = true;
    iterate();
    check_boxed_list_uses(program_);
    lower_classes();
    for (Function& f : program_.functions) {
      f.param_types.clear();
      for (const std::string& p : f.params) f.param_types.push_back(f.vars[p].type);
    }
  }

 private:
  Program& program_;
  const bool operators_;  // a class defines a special method (Program::has_operator_methods)
  Function* fn_ = nullptr;
  bool changed_ = false;
  SourceLoc changed_at_;  // the innermost statement that first changed a type in this pass
  bool final_ = false;  // the last pass: every list literal's element type must be known
  bool unknown_elements_are_ints_ = false;  // the passes before it: an empty display's unknown elements are ints
  std::set<std::string> called_;  // the functions some call reaches (user_call)
  std::set<std::string> stubbed_;  // the methods stub_unreached_methods() emptied
  bool stubbed_done_ = false;       // stub_unreached_methods() has run

  // self.f in a method of a class C that the program never makes objects of, f neither a field
  // nor a method of C: until stub_unreached_methods() has run, no type (the template-method
  // pattern: a base whose method calls self.area(), which only its subclasses define). Only the
  // subclasses' copies of the method run (classes.cpp); C's own is stubbed unless a call
  // reaches it, which then refuses it here.
  bool lacked_by_unbuilt_self(const Expr& attr) const {
    const Expr& obj = *attr.operands[0];
    const Type& t = obj.type;
    if (stubbed_done_ || obj.kind != ExprKind::Name || !fn_->def || fn_->params.empty() || obj.text != fn_->params[0] ||
        !t.is_object() || t.subclasses || t.nullable || constructed_.count(t.cls))
      return false;
    const std::string prefix = t.cls + ".";
    if (fn_->name.compare(0, prefix.size(), prefix) != 0 || fn_->name.find('.', prefix.size()) != std::string::npos)
      return false;
    const Class* c = program_.find_class(t.cls);
    return c && c->slot(attr.text) < 0 && !program_.find_function(prefix + attr.text);
  }

  // A method that no call reaches once inference has settled (defined for a use the program
  // does not make: an __eq__ no comparison calls, a helper of a library-like class) runs no code,
  // as in CPython, where its body is never checked either: where a parameter's type is still
  // unknown its body becomes `pass`, so no guessed type refuses it. __init__, __str__ and
  // __repr__ are kept whole (printing may call them).
  void stub_unreached_methods() {
    for (Function& f : program_.functions) {
      size_t dot = f.name.find('.');
      if (!f.def || dot == std::string::npos || !program_.find_class(f.name.substr(0, dot))) continue;
      const std::string m = f.name.substr(dot + 1);
      // A class no C(...) or `raise C` makes (a base whose subclasses' objects the program
      // makes): no object runs its own methods, each subclass runs its copies (classes.cpp).
      const std::string cls = f.name.substr(0, dot);
      bool objects = constructed_.count(cls) > 0;
      // Called only on a self that is exactly a cls (no super() call passes a subclass's object):
      // from code that never runs either (another such method).
      bool called = called_.count(f.name) > 0;
      if (called && !objects && f.def->decorator.empty() && m.find(kModuleSep) == std::string::npos && !f.params.empty()) {
        const Type& self = f.vars[f.params[0]].type;
        called = !(self.is_object() && self.cls == cls && !self.subclasses);
      }
      if (called) continue;
      if (objects && (m == "__init__" || m == "__str__" || m == "__repr__")) continue;
      bool unknown = !objects || f.def->decorator == "dataclass";  // the __eq__ @dataclass wrote: never checked uncalled
      for (size_t i = 1; i < f.params.size(); ++i) unknown = unknown || f.vars[f.params[i]].type == Type::Unknown;
      if (!unknown) continue;
      Stmt& def = const_cast<Stmt&>(*f.def);
      def.body.clear();
      def.body.push_back(StmtPtr(new Stmt(StmtKind::Pass, def.loc)));
      stubbed_.insert(f.name);  // its return type stays what its body gave (no call reads it)
    }
    stubbed_done_ = true;
  }

  // A subclass's copy of an inherited method that no call reaches (take_classes made it) gets
  // the parameter types of the nearest base's method, whose code it is, so that the copy checks
  // as the original does (an object parameter is no int).
  void inherit_parameter_types() {
    for (Function& f : program_.functions) {
      size_t dot = f.name.find('.');
      if (!f.def || dot == std::string::npos || f.name.find(kModuleSep, dot) != std::string::npos) continue;
      const Class* c = program_.find_class(f.name.substr(0, dot));
      if (!c) continue;
      for (const Class* b = program_.find_class(c->base); b; b = program_.find_class(b->base)) {
        const Function* g = program_.find_function(b->name + f.name.substr(dot));
        if (!g) continue;
        if (g->params.size() == f.params.size())
          for (size_t i = 1; i < f.params.size(); ++i) {
            Var& v = f.vars[f.params[i]];
            auto from = g->vars.find(g->params[i]);
            if (v.type == Type::Unknown && from != g->vars.end()) v.type = from->second.type;
          }
        break;
      }
    }
  }

  // A field whose type a class leaves incomplete (the empty list a subclass's copy of __init__
  // makes, appended to only through objects of the base) takes the type that field has in the
  // nearest base that has it, or gives it the other way: nothing is ever stored in that list, so
  // any element type fits, and this one checks the code both classes share alike.
  // A field that is also a class constant (Class::presets) starts as the constant: of its type.
  void preset_field_types() {
    for (auto& entry : program_.classes)
      for (const std::string& f : entry.second.presets) {
        Class& c = entry.second;
        assign(c.field_vars[size_t(c.slot(f))], constant_type(*c.constants.at(f)), c.constants.at(f)->loc, "field '" + f + "' of class '" +
                                                                                             c.name + "'");
      }
  }

  void share_field_types() {
    auto fill = [&](Var& into, const Var& from) {
      Type t = into.type;
      if (t == Type::Unknown || t.complete() || !merge(t, from.type) || !t.complete()) return false;
      into.type = t;
      return true;
    };
    for (bool again = true; again;) {
      again = false;
      for (auto& k : program_.classes)
        for (size_t i = 0; i < k.second.fields.size(); ++i) {
          const std::string& f = k.second.fields[i];
          auto b = program_.classes.find(k.second.base);
          while (b != program_.classes.end() && b->second.slot(f) < 0) b = program_.classes.find(b->second.base);
          if (b == program_.classes.end()) continue;
          Var &v = k.second.field_vars[i], &u = b->second.field_vars[size_t(b->second.slot(f))];
          again = fill(v, u) || fill(u, v) || again;
        }
    }
  }

  std::set<std::string> constructed_;  // the classes C of every C(...): only they have objects
  std::set<std::string> shown_hierarchies_;  // classes C whose objects or a subclass's a container's text shows

  void find_constructed(const Expr& e) {
    if (e.kind == ExprKind::Call && names_class(*e.callee)) constructed_.insert(e.callee->text);
    for_each_operand(e, [&](const Expr& o) { find_constructed(o); });
  }

  void find_constructed(const std::vector<StmtPtr>& body) {
    for (const StmtPtr& s : body) {
      if (s->kind == StmtKind::Raise && !s->names.empty()) constructed_.insert(s->names[0]);  // `raise C` makes a C too
      for_each_child(*s, [&](const Expr& e, Use) { find_constructed(e); }, [&](const std::vector<StmtPtr>& b) {
        if (s->kind != StmtKind::Def) find_constructed(b);
      });
    }
  }

  // ---- "int or None": a Box (a one-slot record) or None (0). A value stored where one is
  // held is boxed; one used as an int is unboxed, None raising CPython's TypeError there.
  static bool maybe_none_int(const Type& t) { return t.kind == Type::Kind::Int && t.nullable; }
  // A tuple, list or dict or None: its reference, None the offset 0 (as an object's); no box.
  static bool maybe_none_ref(const Type& t) { return by_reference(t) && t.nullable; }
  // A tuple, list or dict: a reference that may also be None (0) where a name holds it.
  static bool by_reference(const Type& t) { return t.is_tuple() || t.is_list() || t.is_dict(); }
  // A str or None: a Box holding the str value (0 is "") or None (0), as an int or None.
  static bool maybe_none_str(const Type& t) { return t.kind == Type::Kind::Str && t.nullable; }
  static bool boxed(const Type& t) { return maybe_none_int(t) || maybe_none_str(t); }
  // A list of "int or None" elements (Box references or 0, a SEQ_LIST_REF): made from None and
  // ints stored together ([None] * n, then xs[i] = 3), used only as boxed_lists.cpp allows.
  static bool boxed_list(const Type& t) { return t.is_boxed_list(); }
  // True if a value of type v stored in a list of element type e makes it, or keeps it, a
  // boxed_list: an int or None, or None and an int.
  static bool boxes_into(const Type& e, const Type& v) {
    bool some_int = v == Type::Int || maybe_none_int(v);
    return (e == Type::None && some_int) || (maybe_none_int(e) && (some_int || v == Type::None));
  }
  static bool maybe_none(const Type& t) { return boxed(t) || maybe_none_ref(t); }
  // True if an element of the tuple t (at any depth of tuples) may be None: such a tuple is held,
  // returned, unpacked, indexed and printed, never compared, stored in a container or hashed.
  static bool none_inside(const Type& t) {
    return t.is_tuple() && std::any_of(t.elems.begin(), t.elems.end(), [](const Type& x) {
             return maybe_none(x) || (x.is_object() && x.nullable) || none_inside(x);
           });
  }
  static Type or_none(Type t) {
    t.nullable = true;
    return t;
  }
  static Type int_or_none() {
    Type t = Type::Int;
    t.nullable = true;
    return t;
  }

  // Replaces e by a node of `kind` (Box, Unbox) whose operand is e.
  static void wrap(const Expr& ce, ExprKind kind, const std::string& text, const Type& type) {
    Expr& e = const_cast<Expr&>(ce);
    ExprPtr inner(new Expr(std::move(e)));
    e = Expr(kind, inner->loc);
    e.op_loc = inner->op_loc;
    e.text = text;
    e.type = type;
    e.operands.push_back(std::move(inner));
  }

  // value, an int, is stored where `to` is held: boxed if that is an int or None.
  static void box_into(const Type& to, const Expr& value) {
    if ((maybe_none_int(to) && value.type == Type::Int) || (maybe_none_str(to) && value.type == Type::Str))
      wrap(value, ExprKind::Box, "", to);
  }

  // True if evaluating e cannot raise and has no effect, so it may be evaluated again or after
  // a None check of another operand: a literal, a name, a field of a name's object that every
  // object of its class has (no AttributeError).
  bool plain(const Expr& e) const {
    if (e.kind == ExprKind::Int || e.kind == ExprKind::Bool || e.kind == ExprKind::None || e.kind == ExprKind::Str ||
        e.kind == ExprKind::Name)
      return true;
    bool field = e.kind == ExprKind::Attribute || (e.kind == ExprKind::Subscript && !e.text.empty());
    if (!field || e.operands[0]->kind != ExprKind::Name) return false;
    const Type& t = e.operands[0]->type;
    if (!t.is_object() || t.nullable) return false;
    for (const auto& k : program_.classes)  // a field that may be unassigned has its flag
      if ((k.first == t.cls || (t.subclasses && program_.derives(k.first, t.cls))) && k.second.slot(field_set_flag(e.text)) >= 0)
        return false;
    return true;
  }

  // True if evaluating e cannot raise in CPython: what plain() takes, + - * & | ^ and unary - + ~
  // of such (an index: ints), and a slice or a tuple display of such. A tuple, list or str or None is tested before it, where
  // CPython evaluates it first.
  bool quiet(const Expr& e) const {
    if (plain(e)) return true;
    if (e.kind == ExprKind::Unbox && proven_not_none(e)) return quiet(*e.operands[0]);  // its check cannot fail
    if (e.kind == ExprKind::Unary && e.unary_op != UnaryOp::Not) return quiet(*e.operands[0]);
    if (e.kind == ExprKind::Slice || e.kind == ExprKind::Tuple)
      return std::all_of(e.operands.begin(), e.operands.end(), [&](const ExprPtr& o) { return quiet(*o); });
    bool safe = e.bin_op == BinOp::Add || e.bin_op == BinOp::Sub || e.bin_op == BinOp::Mul || e.bin_op == BinOp::BitAnd ||
                e.bin_op == BinOp::BitOr || e.bin_op == BinOp::BitXor;
    return e.kind == ExprKind::Binary && safe && quiet(*e.operands[0]) && quiet(*e.operands[1]);
  }

  // True if e is a literal or a name no call can assign (a local, or a global no function
  // declares global): evaluating it before or after other operands gives the same value.
  bool stable(const Expr& e) const {
    if (e.kind == ExprKind::Int || e.kind == ExprKind::Bool || e.kind == ExprKind::None || e.kind == ExprKind::Str) return true;
    if (e.kind == ExprKind::Tuple)
      return std::all_of(e.operands.begin(), e.operands.end(), [&](const ExprPtr& o) { return stable(*o); });
    if (e.kind != ExprKind::Name) return false;
    if (fn_->def && !program_.is_global_in(*fn_, e.text)) return true;
    for (const Function& f : program_.functions)
      if (f.global_decls.count(e.text)) return false;
    return true;
  }

  static std::string described(const Expr& e) {
    if (e.kind == ExprKind::Name) return "'" + e.text + "'";
    if (e.kind == ExprKind::Attribute || (e.kind == ExprKind::Subscript && !e.text.empty())) return "field '" + e.text + "'";
    if (e.kind == ExprKind::Call && e.callee->kind == ExprKind::Name) return "the result of " + e.callee->text + "()";
    return "this value";
  }

  // True if o, not the literal None, is None so far: a later pass may find it an int or None.
  bool none_so_far(const Expr& o) const { return !final_ && o.type == Type::None && o.kind != ExprKind::None; }

  // x, an int or None used as an int: unboxed, None raising TypeError(message).
  static void unbox(const Expr& x, const std::string& message) { wrap(x, ExprKind::Unbox, message, Type::Int); }


  // x's type; x, a tuple, list or dict or None used as one, is checked first (an Unbox of
  // it): None raises TypeError(message) there, or with `attribute` the AttributeError naming it.
  // Unknown while x is None so far (a later pass).
  Type checked(const Expr& x, const std::string& message, const std::string& attribute = "") {
    Type t = value_expr(x);
    if (none_so_far(x)) return Type::Unknown;
    if (maybe_none_int(t)) refuse_maybe_none(x, "here");
    if (!maybe_none_ref(t) && !maybe_none_str(t)) return t;
    t.nullable = false;
    wrap(x, ExprKind::Unbox, message, t);
    const_cast<Expr&>(x).none_attribute = attribute;
    return t;
  }

  // `repr(x) if x is not None else "None"`: !r or %r of x, a str or None.
  void none_str_repr(ExprPtr& x) {
    if (!plain(*x))
      throw CompileError(x->loc, "!r or %r of a str or None computed by an expression is not supported in kilopy: assign it "
                                 "to a name first");
    SourceLoc at = x->loc;
    ExprPtr test = is_not_none(*x, at);
    ExprPtr call = call_of("repr", std::move(x), at);
    checked(*call->operands[0], "'NoneType' object is not iterable");  // never None there
    x = or_none_text(std::move(test), std::move(call), at);
    expr(*x);
  }

  // `str(x) if x is not None else "None"`, the text of x, an int or None (print, str, f-strings).
  void none_int_text(ExprPtr& x) {
    if (!plain(*x))
      throw CompileError(x->loc, "the text of " + article(x->type) + " computed by an expression is not supported in kilopy: "
                                 "assign it to a name first");
    SourceLoc at = x->loc;
    ExprPtr test = is_not_none(*x, at);
    ExprPtr call = call_of("str", std::move(x), at);
    if (!maybe_none_int(call->operands[0]->type)) checked(*call->operands[0], "'NoneType' object is not iterable");  // never None there
    else unbox(*call->operands[0], "");
    x = or_none_text(std::move(test), std::move(call), at);
    expr(*x);
  }

  // l op r (an operator, an ordering) with an int or None operand: it is unboxed, None raising
  // TypeError(prefix 'type' and 'type'), once the operands before it are evaluated. An operand
  // of another type is left to the caller's refusal; one not known yet, to a later pass.
  void unbox_operands(Expr& e, Type& l, Type& r, const std::string& prefix) {
    Expr& a = *e.operands[0];
    Expr& b = *e.operands[1];
    bool left = maybe_none_int(l);
    const Type& other = left ? r : l;
    if (left && maybe_none_int(r))
      throw CompileError(e.op_loc, "both operands may be None here (" + described(a) + " and " + described(b) +
                                       " are ints or None), which kilopy does not support: write int(x) for one of them");
    if (other == Type::Unknown || !(other == Type::Int || other == Type::Bool)) {
      if (other == Type::Unknown) (left ? l : r) = Type::Int;
      return;
    }
    if (left && !plain(b) && !(b.kind == ExprKind::Unbox && proven_not_none(b) && plain(*b.operands[0])))
      throw CompileError(b.loc, "kilopy tests " + described(a) + " (an int or None) for None before it evaluates this "
                                "operand, where CPython evaluates it first: assign it to a name first");
    std::string shown = "'" + py_type_name(other) + "'";
    unbox(left ? a : b, prefix + (left ? "'NoneType' and " + shown : shown + " and 'NoneType'"));
    (left ? l : r) = Type::Int;
  }

  // s + t with one of s and t a str or None, the other a str: it is unboxed, None raising CPython's
  // TypeError, once the operands before it are evaluated.
  void none_str_concat(Expr& e, Type& l, Type& r) {
    bool left = maybe_none_str(l);
    if (left == maybe_none_str(r) || (left ? r : l) != Type::Str) return;  // both, or not a str: refused
    if (left && !plain(*e.operands[1]))
      throw CompileError(e.operands[1]->loc, "kilopy tests " + described(*e.operands[0]) + " (a str or None) for None before it "
                                             "evaluates this operand, where CPython evaluates it first: assign it to a name first");
    wrap(*e.operands[left ? 0 : 1], ExprKind::Unbox,
         left ? "unsupported operand type(s) for +: 'NoneType' and 'str'" : "can only concatenate str (not \"NoneType\") to str",
         Type::Str);
    (left ? l : r) = Type::Str;
  }

  // x op= v with x a name holding an int or None: x = x op v, x unboxed (None: TypeError naming op=).
  void none_int_aug(Stmt& s) {
    Type r = value_expr(*s.value);
    if (r == Type::Unknown) return;
    if (maybe_none_int(r))
      throw CompileError(s.value->loc, "both operands may be None here (" + described(*s.target) + " and " + described(*s.value) +
                                           " are ints or None), which kilopy does not support: write int(x) for one of them");
    if (r != Type::Int && r != Type::Bool)
      throw CompileError(s.loc, std::string("unsupported operand type(s) for ") + binop_symbol(s.aug_op) + "=: 'int' and '" +
                                    py_type_name(r) + "'");
    if (!plain(*s.value))
      throw CompileError(s.value->loc, "kilopy tests " + described(*s.target) + " (an int or None) for None before it "
                                       "evaluates this operand, where CPython evaluates it first: assign it to a name first");
    ExprPtr op(new Expr(ExprKind::Binary, s.target->loc));
    op->op_loc = s.loc;
    op->bin_op = s.aug_op;
    op->operands.push_back(clone(*s.target));
    unbox(*op->operands[0], std::string("unsupported operand type(s) for ") + binop_symbol(s.aug_op) + "=: 'NoneType' and '" +
                                py_type_name(r) + "'");
    op->operands.push_back(std::move(s.value));
    s.kind = StmtKind::Assign;
    s.targets.push_back(std::move(s.target));
    s.value = std::move(op);
    statement(s);
  }

  // A comparison with an int or None operand. `is None`, `== None` and their negations compare
  // its offset with 0; `x == y` with y an int, a bool or an int or None is codegen's
  // none_int_equal; an ordering
  // unboxes it (None: TypeError).
  Type compare_maybe_none(Expr& e, std::vector<Type>& types) {
    if (e.text == kRangeTest)
      throw CompileError(e.op_loc, "range() with an int or None is not supported in kilopy (CPython's `None in range(...)` is "
                                   "False, and a None bound a TypeError): test `is not None` first");
    if (e.cmp_ops.size() != 1)
      throw CompileError(e.op_loc, "a chained comparison with an int or None is not supported in kilopy: "
                                   "write each comparison with 'and'");
    CmpOp op = e.cmp_ops[0];
    Expr& a = *e.operands[0];
    Expr& b = *e.operands[1];
    if (none_so_far(a) || none_so_far(b)) return Type::Bool;  // a later pass knows both
    bool equality = op == CmpOp::Eq || op == CmpOp::NotEq;
    if ((equality || op == CmpOp::Is || op == CmpOp::IsNot) && (types[0] == Type::None || types[1] == Type::None)) {
      e.cmp_ops[0] = op == CmpOp::Is || op == CmpOp::Eq ? CmpOp::Eq : CmpOp::NotEq;  // its offset against 0
      return Type::Bool;
    }
    if (op == CmpOp::Is || op == CmpOp::IsNot)
      throw CompileError(e.op_loc, "'is' is only supported with None in kilopy (use == to compare values)");
    if (op == CmpOp::In || op == CmpOp::NotIn) refuse_maybe_none(maybe_none_int(types[0]) ? a : b, "in 'in'");
    if (!equality) {
      const char* sym = op == CmpOp::Lt ? "<" : op == CmpOp::LtE ? "<=" : op == CmpOp::Gt ? ">" : ">=";
      unbox_operands(e, types[0], types[1], std::string("'") + sym + "' not supported between instances of ");
      if (maybe_none_int(types[0]) || maybe_none_int(types[1]))
        throw CompileError(e.op_loc, std::string("'") + sym + "' between an int or None and " +
                                         article(maybe_none_int(types[0]) ? types[1] : types[0]) + " is not supported in kilopy");
      return Type::Bool;
    }
    bool left = maybe_none_int(types[0]);
    const Type& other = left ? types[1] : types[0];
    if (other == Type::Unknown) return Type::Bool;
    if (other != Type::Int && other != Type::Bool && !maybe_none_int(other))
      throw CompileError(e.op_loc, "comparing an int or None with " + article(other) + " is not supported in kilopy");
    return Type::Bool;  // codegen's none_int_equal
  }

  // A comparison with a tuple, list, dict or str or None: only with None (is, is not, ==, !=), its
  // reference against 0; a key in a dict or None (None raising CPython's TypeError).
  Type compare_ref_none(Expr& e, const std::vector<Type>& types) {
    CmpOp op = e.cmp_ops[0];
    size_t i = maybe_none(types[0]) ? 0 : 1;
    if (none_so_far(*e.operands[1 - i])) return Type::Bool;  // a later pass knows both
    if (i == 1 && types[1].is_dict() && e.cmp_ops.size() == 1 && (op == CmpOp::In || op == CmpOp::NotIn)) {
      checked(*e.operands[1], "argument of type 'NoneType' is not iterable");
      return compare_type(e);
    }
    bool str_equality = maybe_none_str(types[i]) && e.cmp_ops.size() == 1 && (op == CmpOp::Eq || op == CmpOp::NotEq) &&
                        (types[1 - i] == Type::Str || maybe_none_str(types[1 - i]));
    if (str_equality) return Type::Bool;  // codegen's none_int_equal: None equals only None, strs are interned
    bool order = op == CmpOp::Lt || op == CmpOp::LtE || op == CmpOp::Gt || op == CmpOp::GtE;
    bool tuples = types[i].is_tuple() && types[1 - i].is_tuple() && !types[1 - i].nullable;
    if ((tuples || (maybe_none_str(types[i]) && types[1 - i] == Type::Str)) && e.cmp_ops.size() == 1 && order) {  // None raises TypeError
      if (i == 0 && !quiet(*e.operands[1]))
        throw CompileError(e.operands[1]->loc, "kilopy tests " + described(*e.operands[0]) + " (" + article(types[i]) + ") for None before "
                                               "it evaluates this operand, where CPython evaluates it first: assign it to a name first");
      const char* sym = op == CmpOp::Lt ? "<" : op == CmpOp::LtE ? "<=" : op == CmpOp::Gt ? ">" : ">=";
      std::string other = tuples ? "'tuple'" : "'str'";
      Type some = types[i];
      some.nullable = false;
      wrap(*e.operands[i], ExprKind::Unbox, std::string("'") + sym + "' not supported between instances of " +
                                                (i == 0 ? "'NoneType' and " + other : other + " and 'NoneType'"), some);
      return compare_type(e);  // the tuples' own rules
    }
    if (types[1 - i] == Type::Unknown && !final_) return Type::Bool;  // the other's type comes later
    if (maybe_none_str(types[i]) && e.cmp_ops.size() == 1 && op != CmpOp::Is && op != CmpOp::IsNot && types[1 - i] != Type::None)
      throw CompileError(e.op_loc, "kilopy compares a str or None with a str, or with None (is None), not with " +
                                   article(types[1 - i]));
    bool with_none = e.cmp_ops.size() == 1 && types[1 - i] == Type::None;
    if (!with_none || (op != CmpOp::Is && op != CmpOp::IsNot && op != CmpOp::Eq && op != CmpOp::NotEq))
      throw CompileError(e.op_loc, "kilopy compares " + article(types[i]) + " only with None (x is None, x is not None): "
                                   "compare its " + (types[i].is_dict() ? "items (x[k] == y)" : "elements (x[0] == y)") +
                                   " or len(x) after testing x is not None");
    e.cmp_ops[0] = op == CmpOp::Is || op == CmpOp::Eq ? CmpOp::Eq : CmpOp::NotEq;
    return Type::Bool;
  }

  // The end of a refusal to hold a and b in one name or result: a hint where one is None (or an
  // int or None) and the other a bool or a set, which cannot also be None.
  static std::string none_hint(const Type& a, const Type& b) {
    auto none = [](const Type& t) { return t == Type::None || maybe_none_int(t); };
    auto either = [&](bool (*kind)(const Type&)) { return (none(a) && kind(b)) || (none(b) && kind(a)); };
    if (either([](const Type& t) { return t == Type::Bool; }))
      return ": only an object, an int, a str, a tuple, a list or a dict can also be None in kilopy; for a bool, start "
             "from a value it never takes otherwise (an int: -1), or keep a separate bool";
    if (either([](const Type& t) { return t.is_set(); }))
      return ": a set cannot also be None in kilopy (an object, an int, a str, a tuple, a list or a dict can): start from "
             "an empty set, set(), or use a dict whose keys are its elements ({x: True})";
    return "";
  }

  // The end of a refusal to put an int in a list of None or None in a list of ints.
  static std::string none_elements(const Type& v, const Type& list) {
    const Type& e = list.elems[0];
    bool mixed = (v == Type::None && e.kind == Type::Kind::Int) || (v.kind == Type::Kind::Int && e == Type::None);
    return mixed ? ": a list of ints and None starts in kilopy as one of None or of both ([None] * n, [0, None]), not as "
                   "a list of ints; or store a value the list never holds otherwise (-1)"
                 : "";
  }

  // An int or None where kilopy has no rule for it (an index, a builtin's argument, a list
  // element, ...): refused.
  [[noreturn]] static void refuse_maybe_none(const Expr& e, const std::string& what) {
    if (maybe_none_ref(e.type) && e.type.is_dict())
      throw CompileError(e.loc, described(e) + " is " + article(e.type) + ", which kilopy does not take " + what +
                                    ": it takes one in is None, is not None, == None, tests (if d:), print(), str(), "
                                    "f-strings, d[k], d[k] = v, del d[k], in, len(), for loops and method calls (None raising CPython's "
                                    "TypeError or AttributeError there), and keeps one in a name, field, parameter or "
                                    "result: use its items (d[k]) or len(d) there, after testing d is not None");
    if (maybe_none_ref(e.type) || maybe_none_str(e.type))
      throw CompileError(e.loc, described(e) + " is " + article(e.type) + ", which kilopy does not take " + what +
                                    ": it takes one in is None, is not None, " + (maybe_none_str(e.type) ? "==, " : "== None, ") +
                                    "print(), str(), f-strings, indexing, " + (maybe_none_str(e.type) ? "" : "unpacking, ") +
                                    "len(), for loops and method calls (None raising CPython's TypeError there), "
                                    "and keeps one in a name, field, parameter or result: use " +
                                    (maybe_none_str(e.type) ? "its characters or len(x)" : "its elements (x[0]) or len(x)") +
                                    " there, after testing x is not None");
    throw CompileError(e.loc, described(e) + " is an int or None, which kilopy does not take " + what +
                                  ": it takes one in arithmetic, comparisons, tests, is None, ==, print(), str(), "
                                  "f-strings and int(), and keeps one in a name, field, parameter or result; write " +
                                  (e.kind == ExprKind::Name ? "int(" + e.text + ")" : "int(x)") + " where it cannot be None");
  }

  // True if a and b can be the same type (Unknown parts match anything; objects of one hierarchy
  // are objects of their common base or a subclass).
  bool compatible(const Type& a, const Type& b) const {
    if (a.kind == Type::Kind::Unknown || b.kind == Type::Kind::Unknown) return true;
    if ((a.is_object() && b.kind == Type::Kind::None) || (b.is_object() && a.kind == Type::Kind::None)) return true;
    if (a.is_object() && b.is_object()) return root(a.cls) == root(b.cls);
    if (a.kind != b.kind || a.typecode != b.typecode || a.cls != b.cls || a.frozen != b.frozen || a.elems.size() != b.elems.size())
      return false;
    if (boxed_list(a) != boxed_list(b) && a.elems[0].kind == Type::Kind::Int && b.elems[0].kind == Type::Kind::Int)
      return false;  // a list of ints and one of Boxes (merge_element)
    for (size_t i = 0; i < a.elems.size(); ++i)
      if (!compatible(a.elems[i], b.elems[i])) return false;
    return true;
  }

  // Merges t into `into` (filling in what is Unknown); false if they conflict. `top`: into is
  // what a name, parameter, field or result holds, where an int and None make "int or None".
  bool merge(Type& into, const Type& t, bool top = false) {
    if (t.kind == Type::Kind::Unknown) return true;
    if (maybe_none_int(into) && (t.kind == Type::Kind::None || t.kind == Type::Kind::Int)) return true;  // Optional[int] too
    if (maybe_none_str(into) && (t.kind == Type::Kind::None || t.kind == Type::Kind::Str)) return true;  // Optional[str] too
    if (top && ((into.kind == Type::Kind::None && t.kind == Type::Kind::Int) ||
                (into.kind == Type::Kind::Int && (t.kind == Type::Kind::None || maybe_none_int(t))))) {
      if (!maybe_none_int(into)) {
        into = int_or_none();
        changed_ = true;
      }
      return true;
    }
    if (top && ((into.kind == Type::Kind::None && t.kind == Type::Kind::Str) ||
                (into.kind == Type::Kind::Str && (t.kind == Type::Kind::None || maybe_none_str(t))))) {
      if (!maybe_none_str(into)) {
        into = or_none(Type::Str);
        changed_ = true;
      }
      return true;
    }
    if (into.kind == Type::Kind::Unknown) {
      into = t;
      changed_ = true;
      return true;
    }
    // A tuple, list or dict and None: one that may be None (its register holds 0 then).
    if (top && ((into.kind == Type::Kind::None && by_reference(t)) ||
                (by_reference(into) && !into.nullable && (t.kind == Type::Kind::None || maybe_none_ref(t))))) {
      if (into.kind == Type::Kind::None) into = t;
      into.nullable = true;
      changed_ = true;
      if (t.kind == Type::Kind::None) return true;
    }
    if (maybe_none_ref(into) && t.kind == Type::Kind::None) return true;
    // An object and None: an object that may be None (its register holds 0 then).
    if (into.kind == Type::Kind::None && t.is_object()) {
      into = t;
      into.nullable = true;
      changed_ = true;
      return true;
    }
    if (into.is_object() && (t.kind == Type::Kind::None || (t.is_object() && t.nullable)) && !into.nullable) {
      into.nullable = true;
      changed_ = true;
      if (t.kind == Type::Kind::None) return true;
    }
    if (into.is_object() && t.kind == Type::Kind::None) return true;
    if (into.is_object() && t.is_object()) {  // of one hierarchy: their common base or a subclass
      if (root(into.cls) != root(t.cls)) return false;
      std::string base = common_base(into.cls, t.cls);
      bool subclasses = into.subclasses || t.subclasses || into.cls != t.cls;
      if (base != into.cls || subclasses != into.subclasses) {
        into.cls = base;
        into.subclasses = subclasses;
        changed_ = true;
      }
      return true;
    }
    if (into.kind != t.kind || into.typecode != t.typecode || into.cls != t.cls || into.frozen != t.frozen ||
        into.elems.size() != t.elems.size())
      return false;
    for (size_t i = 0; i < t.elems.size(); ++i) {
      bool element = into.is_list() && !into.frozen;
      if (!(into.is_tuple() ? merge_slot(into.elems[i], t.elems[i]) : element ? merge_element(into.elems[i], t.elems[i])
                                                                             : merge(into.elems[i], t.elems[i])))
        return false;
    }
    return true;
  }

  // True if inside a and b (not at their top) an int or str is boxed in one and not the other.
  static bool boxes_differ(const Type& a, const Type& b) {
    if (a.kind != b.kind || a.elems.size() != b.elems.size()) return false;
    for (size_t i = 0; i < a.elems.size(); ++i) {
      const Type &x = a.elems[i], &y = b.elems[i];
      if ((x.kind == y.kind && boxed(x) != boxed(y)) || boxes_differ(x, y)) return true;
    }
    return false;
  }

  // merge() for a list's element type: None and "int or None" make a boxed_list's; a raw int
  // never joins boxed ones (the list's references would be read as ints, or the reverse).
  bool merge_element(Type& into, const Type& t) {
    if ((maybe_none_int(into) && t == Type::Int) || (into == Type::Int && maybe_none_int(t))) return false;
    if (into == Type::None && maybe_none_int(t)) {
      into = t;
      changed_ = true;
      return true;
    }
    return merge(into, t);
  }

  // The type of `display`, a tuple display of type t, stored where a tuple of type `held` is kept
  // (a name, a result): an int or str element is boxed where held keeps an int or str or None;
  // None or an int or str or None where held keeps an int or str widens held (a later pass boxes
  // the elements stored there before).
  Type fit_elements(const Expr& display, Type t, Type& held) {
    if (!held.is_tuple() || held.elems.size() != t.elems.size()) return t;
    for (size_t i = 0; i < t.elems.size(); ++i) {
      Type& slot = held.elems[i];
      const Expr& o = *display.operands[i];
      const Type& e = t.elems[i];
      bool raw = (slot == Type::Int || slot == Type::Str);
      if (raw && (e == Type::None || (e.kind == slot.kind && e.nullable))) {
        slot.nullable = true;
        changed_ = true;
      } else if (slot == Type::None && (e.kind == Type::Kind::Int || e.kind == Type::Kind::Str)) {
        slot = or_none(e);
        changed_ = true;
      }
      box_into(slot, o);
      if (boxed(slot)) t.elems[i] = o.type;
    }
    return t;
  }

  // merge() for an element of a tuple, which may be None as a name may: None (0) and a tuple,
  // list, object, or int or str or None make one that may be None; a raw int or str merged into
  // an int or str or None is refused (the record would hold it where a box is read); one merged
  // first is widened, and the next pass's merge of its value refuses it.
  bool merge_slot(Type& into, const Type& t) {
    if (into.kind == Type::Kind::Unknown || t.kind == Type::Kind::Unknown) return merge(into, t);
    auto by_ref = [](const Type& x) { return by_reference(x) || x.is_object(); };
    if (into.kind == Type::Kind::None && (by_ref(t) || boxed(t))) {
      into = or_none(t);
      changed_ = true;
      return true;
    }
    if (t.kind == Type::Kind::None) {
      if (boxed(into) || into.kind == Type::Kind::None) return true;
      if (!by_ref(into)) return false;
      if (!into.nullable) changed_ = true;
      into.nullable = true;
      return true;
    }
    if (into.kind == t.kind && into.nullable != t.nullable) {  // a raw int or str never joins boxed ones
      if (into.nullable && !by_ref(into)) return false;
      if (!into.nullable) changed_ = true;
      into.nullable = true;
    }
    return merge(into, t);
  }

  // True if a part of t is None: `[None] * n` may be a list of objects yet, or of ints and None.
  static bool holds_none(const Type& t) {
    for (const Type& p : t.elems)
      if (p.kind == Type::Kind::None || holds_none(p)) return true;
    return false;
  }

  // The dict type of keys k and values v, a defaultdict (or Counter) of d's if d is one.
  static Type dict_like(const Type& d, const Type& k, const Type& v) {
    Type t = Type::dict(k, v);
    if (d.is_dict()) t.cls = d.cls;
    return t;
  }

  // Pushes an expected list type down into an expression whose own type is less specific
  // (`x = []` learns its element type from a later `x.append(1)`).
  void refine(const Expr& ce, const Type& want) {
    Expr& e = const_cast<Expr&>(ce);
    if (e.kind == ExprKind::List && boxed_list(want) && e.type.is_list() &&
        (e.type.elems[0] == Type::Int || e.type.elems[0] == Type::None)) {
      e.type = want;  // a display's ints are boxed where it is a list of "int or None" (list_type)
      return;
    }
    bool widen = widens(e.type, want);
    if (!widen && (!(want.is_list() || want.is_table()) || (e.type.complete() && !holds_none(e.type)))) {
      if (e.kind == ExprKind::IfExp) {  // known itself, a branch may not be: `xs if xs is not None else []`
        refine(*e.operands[1], want);
        refine(*e.operands[2], want);
      }
      return;
    }
    switch (e.kind) {
      case ExprKind::Set:
        merge(e.type, want);
        if (want.is_set()) for (const ExprPtr& o : e.operands) refine(*o, want.elems[0]);
        return;
      case ExprKind::Dict:
        merge(e.type, want);
        if (!want.is_dict()) return;
        for (size_t i = 0; i < e.operands.size(); ++i) refine(*e.operands[i], want.elems[i % 2]);
        return;
      case ExprKind::Name:
        if (Var* v = program_.lookup(*fn_, e.text)) {
          merge(v->type, want);
          e.type = v->type;
        }
        return;
      case ExprKind::List:
        merge(e.type, want);
        for (const ExprPtr& o : e.operands) refine(*o, want.elems[0]);
        return;
      case ExprKind::Binary:
        merge(e.type, want);
        for (const ExprPtr& o : e.operands) refine(*o, want);
        return;
      case ExprKind::IfExp:
        merge(e.type, want);
        refine(*e.operands[1], want);
        refine(*e.operands[2], want);
        return;
      case ExprKind::Subscript:
        if (!e.text.empty()) {  // a field: its type is the field's
          Var& f = field(e);
          merge(f.type, want);
          e.type = f.type;
          return;
        }
        if (widen && e.operands[0]->type.is_tuple()) break;
        merge(e.type, want);
        if (e.operands[1]->kind == ExprKind::Str && !e.operands[0]->type.is_dict()) return;  // no list's: a record's, maybe
        if (e.operands[0]->type.is_dict()) refine(*e.operands[0], dict_like(e.operands[0]->type, e.operands[0]->type.elems[0], want));
        else refine(*e.operands[0], e.operands[1]->kind == ExprKind::Slice ? want : list_like(e.operands[0]->type, want));
        return;
      case ExprKind::Call:
        merge(e.type, want);
        if (!e.method.empty()) {
          for (const Function* f : methods_called(e)) merge(const_cast<Function*>(f)->return_type, want);
        } else if (e.callee->kind == ExprKind::Name) {
          if (const Function* f = program_.find_function(e.callee->text)) merge(const_cast<Function*>(f)->return_type, want);
        } else if (e.callee->kind == ExprKind::Attribute && e.callee->operands[0]->type.is_dict()) {
          const Type& dt = e.callee->operands[0]->type;
          if (e.callee->text == "get" || e.callee->text == "pop" || e.callee->text == "setdefault")
            refine(*e.callee->operands[0], dict_like(dt, dt.elems[0], want));
        } else if (e.callee->kind == ExprKind::Attribute && (e.callee->text == "pop" || e.callee->text == "popleft")) {
          refine(*e.callee->operands[0], list_like(e.callee->operands[0]->type, want));
        } else if (e.callee->kind == ExprKind::Attribute && e.callee->text == "copy") {
          refine(*e.callee->operands[0], want);
        }
        return;
      case ExprKind::Tuple:
        if (!widen) return;
        merge(e.type, want);
        for (size_t i = 0; i < e.operands.size(); ++i) refine(*e.operands[i], want.elems[i]);
        return;
      case ExprKind::BoolOp:
        if (!widen) return;
        merge(e.type, want);
        for (const ExprPtr& o : e.operands) refine(*o, want);
        return;
      case ExprKind::Unbox:  // a tuple or list checked not None: what it checks
        if (e.type == Type::Int) return;
        merge(e.type, want);
        refine(*e.operands[0], want);
        return;
      default:
        if (!widen) return;
        break;
    }
    throw CompileError(e.loc, "this " + type_name(e.type) + " is also seen here as a " + type_name(want) +
                              ", whose objects may be of other classes: kilopy gives a list one type wherever it is seen, "
                              "and cannot widen it in a tuple: keep the list in a name of its own, not in a tuple");
  }

  // True if want sees an object that a list, dict or set within have holds as one of a wider class
  // (its common base with another class): the list is shared by every name of it, so each must widen.
  bool widens(const Type& have, const Type& want, bool inside = false) const {
    if (inside && have.is_object() && !have.nullable && want.kind == Type::Kind::None) return true;  // [A()], then None stored
    if (have.is_object() && want.is_object()) {
      if (!inside || root(have.cls) != root(want.cls)) return false;
      return common_base(have.cls, want.cls) != have.cls || (!have.subclasses && (want.subclasses || want.cls != have.cls)) ||
             (want.nullable && !have.nullable);  // an element that may be None: every name of the list reads it so
    }
    if (have.kind != want.kind || have.elems.size() != want.elems.size()) return false;
    for (size_t i = 0; i < have.elems.size(); ++i)
      if (widens(have.elems[i], want.elems[i], inside || !have.is_tuple())) return true;
    return false;
  }

  // Passes until no type changes. Real programs settle in a few (the test programs: 14 at most);
  // one whose types still change after kMaxPasses never will (a value whose type depends on
  // itself through a call's result, `s = [[1]] + s[0].append(4)`): refused where the last
  // pass first changed a type.
  static constexpr int kMaxPasses = 1000;
  void iterate() {
    int passes = 0;
    do {
      if (++passes > kMaxPasses)
        throw CompileError(changed_at_.line ? changed_at_ : program_.module->body.front()->loc,
                           "kilopy cannot settle the static types of this statement: a type here keeps changing from one "
                           "pass to the next, as when a value's type depends on itself: assign it from values whose types "
                           "are known first");
      changed_ = false;
      changed_at_ = SourceLoc{};
      for (Function& f : program_.functions) {
        fn_ = &f;
        if (f.def) {
          for (size_t i = 0; i < f.def->params.size(); ++i)
            if (const Expr* d = f.def->params[i].default_value.get()) default_value(f, i, *d);
        }
        try {
          block(f.body(*program_.module));
        } catch (CompileError& err) {
          if (f.def && err.variable.empty() && err.in_body.empty()) err.in_body = f.name;
          throw;
        }
        if (f.def && can_complete(f.def->body) && !stubbed_.count(f.name)) returns(Type::None, f.def->loc, true);
      }
    } while (changed_);
  }

  void default_value(Function& f, size_t i, const Expr& d) {
    if (d.kind == ExprKind::Box) return;  // an int default of an int or None, boxed below
    if (d.kind == ExprKind::Name && is_shared_default(d.text)) {  // a list, dict or set every call shares
      Var& param = f.vars[f.params[i]];
      assign(param, expr(d), d.loc, "parameter '" + f.params[i] + "' of " + f.name);
      refine(d, param.type);
      return;
    }
    Type t = Type::Unknown;
    if (d.kind == ExprKind::Int) t = Type::Int;
    else if (d.kind == ExprKind::Bool) t = Type::Bool;
    else if (d.kind == ExprKind::None) t = Type::None;
    else if (d.kind == ExprKind::Str) t = Type::Str;
    else if (d.kind == ExprKind::Unary && d.unary_op == UnaryOp::Neg && d.operands[0]->kind == ExprKind::Int) t = Type::Int;
    else if (d.kind == ExprKind::Name && !program_.find_function(d.text) && !is_python_builtin(d.text))
      throw CompileError(d.loc, "a default value must be a constant in kilopy, and '" + d.text + "' is no module constant "
                                "(one assigned once, above the def, an int, a bool, None or a string): write the value, "
                                "or assign '" + d.text + "' once");
    else if (d.kind == ExprKind::Name)
      throw CompileError(d.loc, "a default value that names a function ('" + d.text + "') is supported in kilopy for a function "
                                "of the program defined above this def, or print, through a parameter the body only calls "
                                "(act=relu, report=print): define it with def above, and only call '" + f.params[i] + "(...)'");
    else if (d.kind == ExprKind::List || d.kind == ExprKind::Dict || d.kind == ExprKind::Set)
      throw CompileError(d.loc, "a default value must be a constant in kilopy, not a list, dict or set (CPython makes one "
                                "when the def runs and every call shares it): write " + f.params[i] + "=None, and `if " +
                                f.params[i] + " is None: " + f.params[i] + " = " + (d.kind == ExprKind::List ? "[]" : d.kind == ExprKind::Dict ? "{}" : "set()") +
                                "` first in the body");
    else throw CompileError(d.loc, "a default value must be a constant in kilopy: an int, True, False, None, a string, or an int expression of module constants assigned above the def (lr=ONE // 8)");
    const_cast<Expr&>(d).type = t;
    if (t == Type::Int && d.kind == ExprKind::Unary) d.operands[0]->type = Type::Int;
    assign(f.vars[f.params[i]], t, d.loc, "parameter '" + f.params[i] + "' of " + f.name);
    box_into(f.vars[f.params[i]].type, d);
  }

  // ---- annotations: read before inference, each gives the type of what it annotates; the
  // inferred type must then be the same (CPython ignores them: the output never depends on them).

  std::set<std::string> class_names() const {
    std::set<std::string> names;
    for (const auto& k : program_.classes) names.insert(k.first);
    return names;
  }

  // `name: T` gives variable v the type T (`nullable`: T or None, a parameter `x: T = None`, as
  // PEP 484 first read it; CPython checks no annotation).
  void annotate(Var& v, const Expr& a, bool is_return = false, bool nullable = false) {
    Type t = annotation_type(a, is_return, class_names());
    if (nullable && t != Type::None && !t.nullable) t = or_none(t);
    if (v.annotation && !compatible(v.type, t))
      throw CompileError(a.loc, "'" + v.name + "' is annotated " + type_name(t) + " here but " + type_name(v.type) + " at " +
                                    at_line(v.annotation->loc) + " (kilopy gives each name one type)");
    if (!v.annotation) {
      v.annotation = &a;
      v.type = t;
      v.typed_at = a.loc;
    }
  }

  void annotations(Function& f) {
    fn_ = &f;
    if (f.def) {
      for (const Param& p : f.def->params)
        if (p.annotation)
          annotate(f.vars[p.name], *p.annotation, false, p.default_value && p.default_value->kind == ExprKind::None);
      if (const Expr* a = f.def->annotation.get()) {
        f.return_type = annotation_type(*a, true, class_names());
        f.return_typed_at = a->loc;
        f.return_annotation = a;
      }
    }
    annotated_variables(f, f.body(*program_.module));
  }

  // The field self.f (`self.f: T = v`) of the class whose method f is.
  Var& annotated_field(const Function& f, const Expr& target) {
    const Expr& obj = *target.operands[0];
    size_t dot = f.name.find('.');
    auto it = dot == std::string::npos ? program_.classes.end() : program_.classes.find(f.name.substr(0, dot));
    Class* c = it == program_.classes.end() ? nullptr : &it->second;
    int slot = c && !f.params.empty() && obj.kind == ExprKind::Name && obj.text == f.params[0] ? c->slot(target.text) : -1;
    if (slot < 0)
      throw CompileError(target.loc, "kilopy annotates only names (x: int = 0) and the fields of self in a method (self.x: "
                                     "int = 0): annotate the name where it is assigned");
    return c->field_vars[size_t(slot)];
  }

  void annotated_variables(Function& f, const std::vector<StmtPtr>& body) {
    for (const StmtPtr& s : body) {
      if (s->kind == StmtKind::Def) continue;  // a function of its own
      if (s->annotation && s->kind == StmtKind::Assign && s->targets[0]->kind == ExprKind::Attribute) {
        annotate(annotated_field(f, *s->targets[0]), *s->annotation);
      } else if (s->annotation) {
        const Expr& target = s->kind == StmtKind::Declare ? *s->target : *s->targets[0];
        if (f.def && f.global_decls.count(target.text))
          throw CompileError(target.loc, "annotated name '" + target.text + "' can't be global");
        annotate(*program_.lookup(f, target.text), *s->annotation);
      }
      for_each_block(*s, [&](const std::vector<StmtPtr>& b) { annotated_variables(f, b); });
    }
  }

  // How deep t nests (an int: 1). A name whose value holds its own earlier value (`t = (1, t)`)
  // would get a type without end, one level more on each pass of iterate().
  static unsigned depth(const Type& t) {
    unsigned d = 0;
    for (const Type& e : t.elems) d = std::max(d, depth(e));
    return d + 1;
  }
  static constexpr unsigned kMaxTypeDepth = 32;

  // True if t has more than `limit` parts (an int: 1), counting no further than that. A name
  // whose value holds its earlier value twice (`t = (t, t)`) would double its type on each pass,
  // past any memory long before kMaxTypeDepth levels.
  static bool larger_than(const Type& t, size_t& limit) {
    if (limit == 0) return true;
    --limit;
    for (const Type& e : t.elems)
      if (larger_than(e, limit)) return true;
    return false;
  }
  static constexpr size_t kMaxTypeParts = 1 << 16;

  static void check_depth(const Type& t, SourceLoc loc, const std::string& what) {
    size_t parts = kMaxTypeParts;
    if (larger_than(t, parts) || depth(t) > kMaxTypeDepth)
      throw CompileError(loc, what + " would hold a value that holds its own earlier value, nested without end "
                                     "(kilopy gives each name one type): build it from other names");
  }

  void assign(Var& v, const Type& t, SourceLoc loc, const std::string& what) {
    if (t == Type::Unknown) return;
    check_depth(t, loc, what);
    if (v.type == Type::Unknown) {
      v.type = t;
      v.typed_at = loc;
      changed_ = true;
    } else if (!merge(v.type, t, !v.annotation) || (v.annotation && drops_none(v.type, t))) {  // an annotated int stays an int
      if (v.annotation) {  // at the annotation, or at the value if that is in another file (a module's caller)
        std::string gets = (what.compare(0, 9, "parameter") == 0 ? " receives " : " is assigned ") + article(t);
        std::string agree = ": make the annotation and the value agree";
        if (v.type.is_var_tuple() && t.is_tuple())
          agree = " (kilopy's tuple[T, ...] is a tuple built at run time, by tuple(xs), a slice or +; a tuple display has "
                  "its length in its type): annotate it " + type_name(t) + ", or leave the annotation out";
        if (v.annotation->loc.file != loc.file)
          throw CompileError(loc, what + " is annotated " + type_name(v.type) + " (" + at_line(v.annotation->loc) +
                                      " of the module that defines it) but" + gets + " here" + agree);
        throw CompileError(v.annotation->loc, what + " is annotated " + type_name(v.type) + " but" + gets + " at " + at_line(loc) + agree);
      }
      const std::string base = v.name.substr(0, v.name.find(kHiddenSep));
      if (v.name.find(kHiddenSep) != std::string::npos && (base == "next" || base == "min" || base == "max"))
        throw CompileError(loc, base + "() would give " + article(t) + " or " + article(v.type) + " (its default and its "
                                "elements): kilopy needs one type: give it a default of its elements' type");
      throw CompileError(loc, what + " would hold " + article(t) + " here, but holds " + article(v.type) +
                                  " at " + at_line(v.typed_at) + " (kilopy gives each name one type)" +
                                  none_hint(t, v.type));
    }
  }

  // True if a value of type t may be None where `held`, an annotation's type, holds an int, str,
  // tuple, list or dict that never is (Optional[T] is written for that): merge() takes t's type
  // without its None there, and the value would be read as one that is not None.
  static bool drops_none(const Type& held, const Type& t) {
    return t.nullable && !held.nullable && !held.is_object() && held.kind == t.kind;
  }

  std::string root(std::string cls) const {
    while (!program_.classes.at(cls).base.empty()) cls = program_.classes.at(cls).base;
    return cls;
  }

  // The nearest class that a and b (of one hierarchy) both are or derive from.
  std::string common_base(const std::string& a, const std::string& b) const {
    for (const Class* k = program_.find_class(a); k; k = program_.find_class(k->base))
      if (program_.derives(b, k->name)) return k->name;
    return root(a);
  }

  static std::string article(const Type& t) {
    if (t.is_func()) {
      std::string set = t.cls;
      for (size_t i = set.find(','); i != std::string::npos; i = set.find(',', i + 2)) set.replace(i, 1, ", ");
      return "a function (" + std::string(set.find(',') == std::string::npos ? "" : "one of ") + set + ")";
    }
    if (t == Type::Int) return "an int";
    if (t == Type::Bool) return "a bool";
    if (t == Type::None) return "None";
    if (t == Type::Str) return "a string";
    if (t.is_array()) return "an " + type_name(t);
    if (t.is_object() && is_record_class(t.cls)) return "a " + type_name(t);
    if (t.is_object()) return "a " + t.cls + " object" + (t.subclasses ? " (or a subclass's)" : "") + (t.nullable ? " or None" : "");
    if (maybe_none_int(t)) return "an int or None";
    if (maybe_none_ref(t)) return "a " + py_type_name(t) + " or None";
    if (maybe_none_str(t)) return "a str or None";
    return "a " + type_name(t);
  }

  void returns(const Type& t, SourceLoc loc, bool falls_off) {
    Function& f = *fn_;
    if (t == Type::Unknown) return;
    check_depth(t, loc, "the result of " + f.name + "()");
    if (f.return_type == Type::Unknown) {
      f.return_type = t;
      f.return_typed_at = loc;
      changed_ = true;
    } else if (!merge(f.return_type, t, !f.return_annotation) || (f.return_annotation && drops_none(f.return_type, t))) {
      if (f.return_annotation)
        throw CompileError(f.return_annotation->loc, "function '" + f.name + "' is annotated to return " + type_name(f.return_type) +
                                                         " but " + (falls_off ? "can end without a return (so returns None)" : "returns " + article(t)) +
                                                         " at " + at_line(loc) + ": make the annotation and the returns agree");
      std::string here = falls_off ? "can end without a return (so returns None)" : "returns " + article(t) + " here";
      std::string other = f.return_typed_at.line ? "returns " + article(f.return_type) + " at " + at_line(f.return_typed_at)
                                                 : "a call's result is used as " + article(f.return_type);  // typed from where it is used
      throw CompileError(loc, "function '" + f.name + "' " + here + ", but " + other + " (kilopy functions return one type)" +
                                  none_hint(t, f.return_type));
    }
  }

  // A read narrow.cpp proved not None (docs/language.md, "Narrowing"): a special method may be
  // called on an object that may be None there (a field or a method through it is checked at
  // run time anyway).
  static bool narrowed(const Expr& x) { return x.kind == ExprKind::Name && x.not_none; }

  void if_statement(const Stmt& s) {
    condition(*s.value);
    block(s.body);
    block(s.orelse);
  }

  void block(const std::vector<StmtPtr>& body) {
    for (const StmtPtr& s : body) {
      bool before = changed_;
      statement(*s);
      if (changed_ && !before && !changed_at_.line) changed_at_ = s->loc;
    }
  }

  void statement(const Stmt& s) {
    switch (s.kind) {
      case StmtKind::Expr:
        if (s.value->kind == ExprKind::Str) return;  // a docstring or a bare string: no effect
        value_expr(*s.value);
        return;
      case StmtKind::Assign: return assign_statement(s);
      case StmtKind::AugAssign: return aug_assign_statement(s);
      case StmtKind::If: return if_statement(s);
      case StmtKind::While:
        condition(*s.value);
        for_each_block(s, [&](const std::vector<StmtPtr>& b) { block(b); });
        return;
      case StmtKind::For: {
        Type t = iteration_type(*s.value, s.order_free);
        if (s.target->text == "dict()" && s.value->type.is_dict() && !is_dict_view(*s.value)) {
          Stmt& copy = const_cast<Stmt&>(s);  // dict(d) copies d: the loop of dict_of_pairs takes d.items()
          SourceLoc at = copy.value->loc;
          ExprPtr items(new Expr(ExprKind::Call, at));
          items->callee.reset(new Expr(ExprKind::Attribute, at));
          items->callee->text = "items";
          items->callee->operands.push_back(std::move(copy.value));
          copy.value = std::move(items);
          t = iteration_type(*s.value);
        }
        if (s.target->text == "dict()") dict_pairs(*s.value, t);
        bind_target(*s.target, t, s.value.get());
        if (s.target->kind == ExprKind::Name && s.value->type.is_list()) refine(*s.value, Type::list(s.target->type));
        else same_list_type(*s.target, t);
        for_each_block(s, [&](const std::vector<StmtPtr>& b) { block(b); });
        return;
      }
      case StmtKind::Return: return return_statement(s);
      case StmtKind::Assert:
        condition(*s.value);
        if (s.msg) {
          s.msg->type = Type::Str;  // a literal (the parser makes another message a raise)
        }
        return;
      case StmtKind::Del:
        for (const ExprPtr& t : s.targets) del_item(*t);
        return;
      case StmtKind::Try:
        program_.catches = true;
        for_each_block(s, [&](const std::vector<StmtPtr>& b) { block(b); });
        return;
      case StmtKind::Except:
        if (s.finally_clause) refuse_caught_exit(s.loc, program_.bare_except_loc, program_.exit_loc);
        else if (s.names.empty()) refuse_caught_exit(program_.finally_loc, s.loc, program_.exit_loc);
        for (size_t i = 0; i < s.names.size(); ++i) exception_class(s.names[i], s.name_locs[i], "except");
        if (s.target) {
          bound_exception(s);
          if (s.value) {  // an exception object, kept in a hidden global (exception_objects.cpp)
            Type object = expr(*s.value);  // None until a raise of the class is typed
            if (!object.is_object()) object = Type::object(s.names[0]);
            object.nullable = false;
            assign_name(*s.target, object);
          } else {
            assign_name(*s.target, Type::Str);  // its message: a str value (the VM stores it)
          }
        }
        block(s.body);
        return;
      case StmtKind::Raise: return raise_statement(s);
      case StmtKind::Def:
      case StmtKind::Global:
      case StmtKind::Pass:
      case StmtKind::Declare:  // the annotation was read before (annotations())
      case StmtKind::Break:
      case StmtKind::Continue:
      case StmtKind::Import:
      case StmtKind::Class:  // taken out of the module by take_classes
      case StmtKind::Yield:  // inlined by inline_generators
      case StmtKind::Nonlocal:  // dropped by cell_nonlocal_variables
        return;
    }
  }

  // The statements with many locals are functions of their own, out of line: statement()
  // recurses through nested blocks (an elif chain is 900 deep), and its frame stays small.
  [[gnu::noinline]] void assign_statement(const Stmt& s) {
    if (set_item(s)) return;
    bool all_unpack = true;
    for (const ExprPtr& t : s.targets) all_unpack = all_unpack && (t->kind == ExprKind::Tuple || t->kind == ExprKind::List);
    all_unpack = all_unpack && !has_starred_target(s);  // a, *rest = ...: a list's elements (bind_target)
    if (is_call_of(*s.value, "divmod") && !operators_) expand_divmod(const_cast<Stmt&>(s).value);  // else: twice_safe
    const Function* called = all_unpack ? program_.called_function(*s.value) : nullptr;
    if (called && !called->return_type.nullable && !value_expr(*s.value).is_list())
      return unpack_call(s);  // x, y = f() of a tuple: in registers (of a list: as any list's, below)
    bool spread = s.value->kind == ExprKind::Tuple && all_unpack;  // a, b = b, a: no tuple is built
    for (const ExprPtr& t : s.targets) {
      if (spread && s.value->operands.size() != t->operands.size())
        throw CompileError(s.value->loc, "multiple assignment needs a tuple of exactly " +
                                             std::to_string(t->operands.size()) + " values on the right in kilopy");
    }
    if (spread) {
      std::vector<Type> types;
      for (const ExprPtr& v : s.value->operands) types.push_back(value_expr(*v));  // an int or None too (a name takes one)
      for (const ExprPtr& t : s.targets) {
        for (size_t i = 0; i < types.size(); ++i) {
          const Expr& item = *t->operands[i];
          if (item.kind != ExprKind::Name && maybe_none(types[i])) refuse_maybe_none(*s.value->operands[i], "there");
          if (item.kind == ExprKind::Subscript) store_item(item, *s.value->operands[i]);
          else if (item.kind == ExprKind::Name) assign_name(item, types[i], s.value->operands[i].get());
          else bind_target(item, types[i], nullptr);
          if (item.kind == ExprKind::Name || widens(types[i], item.type)) refine(*s.value->operands[i], item.type);
        }
      }
    } else {
      Type t = value_expr(*s.value);
      for (const ExprPtr& target : s.targets) {
        if (target->kind == ExprKind::Subscript || target->kind == ExprKind::Attribute) {
          store_item(*target, *s.value);
        } else if (target->kind == ExprKind::Tuple || target->kind == ExprKind::List) {
          if (maybe_none_ref(t) && s.targets.size() == 1) t = checked(*s.value, "cannot unpack non-iterable NoneType object");
          if (none_so_far(*s.value)) continue;
          if (maybe_none(t)) refuse_maybe_none(*s.value, "to unpack");
          bind_target(*target, t, nullptr);
        } else {
          assign_name(*target, t, s.value.get());
          refine(*s.value, target->type);
        }
      }
    }
    if (s.targets.size() > 1)  // one value, boxed or not, for every target
      for (const ExprPtr& target : s.targets)
        for_each_target(*target, [&](const Expr& name) {
          if (boxed(name.type))
            throw CompileError(name.loc, described(name) + " holds " + article(name.type) + ": kilopy assigns it in an "
                                         "assignment of its own (x = v, not x = y = v)");
        });
  }

  // s |= t (&=, -=, ^=) of a name: s changed in place, so every alias sees it (codegen).
  void set_aug_assign(const Stmt& s) {
    if (s.target->kind != ExprKind::Name)
      throw CompileError(s.loc, std::string("augmented assignment (") + binop_symbol(s.aug_op) + "=) to an element or a field "
                                "that is a set is not supported in kilopy: take it in a name first (s = d[k]; s " +
                                binop_symbol(s.aug_op) + "= t)");
    set_operation_type(s.target->type, s.value->type, s.loc);
    refine(*s.target, s.value->type);
    refine(*s.value, s.target->type);
  }

  [[gnu::noinline]] void aug_assign_statement(const Stmt& s) {
    if (s.target->kind == ExprKind::Subscript && s.target->text.empty() &&
        record_item(const_cast<Expr&>(*s.target), value_expr(*s.target->operands[0])))
      value_expr(*s.target->operands[0]);  // p["k"] += v: the record's field
    if (s.target->kind == ExprKind::Subscript && s.target->text.empty() && value_expr(*s.target->operands[0]).is_object())
      throw CompileError(s.loc, std::string("augmented assignment (") + binop_symbol(s.aug_op) + "=) to an element of an object "
                                "is not supported in kilopy: write obj[k] = obj[k] " + binop_symbol(s.aug_op) + " v");
    if (s.target->kind == ExprKind::Attribute && names_class(*s.target->operands[0])) refuse_class_store(*s.target);
    if (s.target->kind == ExprKind::Attribute && s.target->operands[0]->kind == ExprKind::Name)
      value_expr(*s.target->operands[0]);  // for plain(): obj.f with obj a name holding an object
    if (s.target->kind == ExprKind::Name || plain(*s.target)) {  // a name, or a field of a name's object
      Type held = value_expr(*s.target);
      if (none_so_far(*s.target)) return;
      if (maybe_none_int(held)) return none_int_aug(const_cast<Stmt&>(s));
    }
    Type left = expr(*s.target);
    bool field = s.target->kind == ExprKind::Attribute || (s.target->kind == ExprKind::Subscript && !s.target->text.empty());
    if (field && s.target->operands[0]->type.is_object())  // obj.f, or the obj[slot] (text f) it became
      refuse_frozen_store(*s.target, *program_.find_class(s.target->operands[0]->type.cls));
    if (left == Type::Unknown && !final_ && arithmetic_method(s.aug_op) && defines_arithmetic())
      return;  // maybe an object whose class defines the operator: not an int yet
    if (left.is_object() && arithmetic_method(s.aug_op) && hierarchy_has(left.cls, arithmetic_method(s.aug_op))) {
      const Expr& t = *s.target;  // read twice below: a name, a field of a name's object, or xs[i] (xs, i names or i a literal)
      bool element = t.kind == ExprKind::Subscript && t.text.empty() && t.operands[0]->kind == ExprKind::Name &&
                     (t.operands[1]->kind == ExprKind::Name || t.operands[1]->kind == ExprKind::Int);
      if (t.kind != ExprKind::Name && !plain(t) && !element)
        throw CompileError(s.loc, std::string("augmented assignment (") + binop_symbol(s.aug_op) + "=) to an object's field or "
                                      "an element is supported in kilopy for obj.f, xs[i] and xs[3] (obj, xs and i names): "
                                      "compute it in a name (v = v " + binop_symbol(s.aug_op) + " w), then store it");
      bool rebindable = t.kind != ExprKind::Name && has_call(*s.value) &&  // w's call may rebind obj, xs or i (global)
                        !std::all_of(t.operands.begin(), t.operands.end(), [&](const ExprPtr& o) { return stable(*o); });
      if (rebindable)
        throw CompileError(s.value->loc, std::string("augmented assignment (") + binop_symbol(s.aug_op) + "=) of an object "
                                         "through a global name, with a call on its right, is not supported in kilopy "
                                         "(CPython stores where the target was before the call): compute the right side "
                                         "in a name first");
      Stmt& a = const_cast<Stmt&>(s);  // v += w with no __iadd__ is v = v + w, as CPython does it
      ExprPtr op(new Expr(ExprKind::Binary, s.target->loc));
      op->bin_op = s.aug_op;
      op->op_loc = s.target->loc;
      op->operands.push_back(clone(*s.target));
      op->operands.push_back(std::move(a.value));
      a.kind = StmtKind::Assign;
      a.targets.push_back(std::move(a.target));
      a.value = std::move(op);
      return assign_statement(a);
    }
    Type right = value_expr(*s.value);
    if (maybe_none_ref(right) || maybe_none_str(right)) refuse_maybe_none(*s.value, "in an augmented assignment");
    if (maybe_none_int(right)) {  // total += k: k unboxed after the target is read (None: CPython's TypeError)
      if (!is_int_like(left)) refuse_maybe_none(*s.value, "here");
      unbox(*s.value, std::string("unsupported operand type(s) for ") + binop_symbol(s.aug_op) + "=: '" +
                          py_type_name(left) + "' and 'NoneType'");
      right = Type::Int;
    }
    if (s.target->kind == ExprKind::Subscript && (s.target->operands[0]->type.is_tuple() || s.target->operands[0]->type.is_var_tuple()))
      throw CompileError(s.target->loc, "'tuple' object does not support item assignment");
    if (left.is_var_tuple())
      throw CompileError(s.loc, std::string("augmented assignment (") + binop_symbol(s.aug_op) + "=) to a tuple is not "
                                "supported in kilopy: write t = t + u");
    if (left.is_seq() && s.target->kind == ExprKind::Name && (s.aug_op == BinOp::Add || s.aug_op == BinOp::Mul)) {
      if (s.aug_op == BinOp::Add) extend_type(*s.target, *s.value, true);
      else if (!is_int_like(right))
        throw CompileError(s.value->loc, "can't multiply sequence by non-int of type '" + py_type_name(right) + "'");
      return;
    }
    if (left.is_set() && right.is_set() && set_operator(s.aug_op)) return set_aug_assign(s);
    if (left.is_seq() && s.target->kind == ExprKind::Subscript && s.aug_op == BinOp::Add &&
        s.target->operands[1]->kind != ExprKind::Slice) {  // m[i] += ys, obj.f += ys: extended in place, then stored back
      extend_type(*s.target, *s.value, true);
      return;
    }
    if (left.is_seq() && s.target->kind == ExprKind::Subscript)
      throw CompileError(s.loc, std::string("augmented assignment (") + binop_symbol(s.aug_op) + "=) to an element that is a " +
                                    py_type_name(left) + " is not supported in kilopy: write m[i] = m[i] " +
                                    binop_symbol(s.aug_op) + " n, or use its methods");
    if (left.is_tuple() && (s.aug_op == BinOp::Add || s.aug_op == BinOp::Mul))
      throw CompileError(s.loc, tuple_arith);
    if (left.is_seq() || left.is_tuple())
      throw CompileError(s.loc, std::string("unsupported operand type(s) for ") + binop_symbol(s.aug_op) + "=: '" +
                                    py_type_name(left) + "' and '" + py_type_name(right) + "'");
    Type result = binary_type(s.aug_op, left, right, s.loc);
    if (s.target->kind == ExprKind::Attribute) return;  // obj.f, obj's type not known yet: a later pass
    if (s.target->kind == ExprKind::Subscript) {
      Type have = s.target->operands[0]->type;
      if (!compatible(s.target->type, result))
        throw CompileError(s.loc, "this would store " + article(result) + " in a " + type_name(have) +
                                      (have.is_dict() ? " (kilopy dicts hold one value type)" : " (kilopy lists hold one type)"));
      return;
    }
    assign_name(*s.target, result);
  }

  [[gnu::noinline]] void return_statement(const Stmt& s) {
    if (s.value && is_call_of(*s.value, "divmod") && !operators_) expand_divmod(const_cast<Stmt&>(s).value);
    if (s.value && s.value->kind == ExprKind::Tuple) {
      std::vector<Type> items;
      for (const ExprPtr& v : s.value->operands) items.push_back(element_expr(*v));
      if (items.size() > kMaxTuple)
        throw CompileError(s.value->loc, "a returned tuple has at most " + std::to_string(kMaxTuple) + " elements in kilopy");
      s.value->type = fit_elements(*s.value, Type::tuple(items), fn_->return_type);
      returns(s.value->type, s.value->loc, false);
      for (size_t i = 0; i < items.size() && fn_->return_type.is_tuple() && i < fn_->return_type.elems.size(); ++i)
        refine(*s.value->operands[i], fn_->return_type.elems[i]);
      return;
    }
    returns(s.value ? value_expr(*s.value) : Type::None, s.value ? s.value->loc : s.loc, false);
    if (s.value) box_into(fn_->return_type, *s.value);
    if (s.value && s.value->type.is_tuple() && s.value->type.elems.size() > kMaxTuple)
      throw CompileError(s.value->loc, "a returned tuple has at most " + std::to_string(kMaxTuple) + " elements in kilopy");
    if (s.value) refine(*s.value, fn_->return_type);
  }

  [[gnu::noinline]] void raise_statement(const Stmt& s) {
    if (s.names.empty()) return;  // a bare raise: the handled exception
    exception_class(s.names[0], s.name_locs[0], "raise");
    if (s.msg) {
      Type t = expr(*s.msg);
      if (t == Type::Int || t == Type::Bool || t == Type::None) {  // E(3): its message is str(3)
        SourceLoc at = s.msg->loc;
        const_cast<Stmt&>(s).msg = call_of("str", std::move(const_cast<Stmt&>(s).msg), at);
        t = expr(*s.msg);
      }
      if (t != Type::Str && t != Type::Unknown)
        throw CompileError(s.msg->loc, "an exception's message is a str in kilopy, not " + article(t) +
                                           ": raise E(f\"...{x}\") or raise E(str(x))");
    }
  }

  // `except E as e`: kilopy's exception value is its str(): a raise's message or a run-time
  // error's text (EXCSTR), so e is read only where CPython reads str(e): a print() argument,
  // str(e) and a formatted string's plain field, in the handlers that bind it (CPython unbinds it
  // after them; any other use would see a str where CPython has an exception object).
  void bound_exception(const Stmt& clause) {
    const std::string& e = clause.target->text;
    if (clause.names.empty())
      throw CompileError(clause.target->loc, "a bare except cannot bind a name");
    // True if operand o of x reads str(e) there: print(o), str(o), f"{o}" (no spec, no !r).
    auto as_str = [&](const Expr& x, const Expr& o) {
      if (x.kind == ExprKind::Call && x.callee->kind == ExprKind::Name && &o != x.callee.get())
        return x.callee->text == "print" || (x.callee->text == "str" && x.operands.size() == 1 && x.keywords.empty());
      if (x.kind != ExprKind::Format) return false;
      for (const FormatPiece& p : x.format)
        if (p.field >= 0 && x.operands[size_t(p.field)].get() == &o &&
            (!p.text.empty() || (p.conversion != 0 && p.conversion != 's') || (p.percent != 0 && p.percent != 's')))
          return false;
      return true;
    };
    // type(e).__name__ in a handler whose one class has no subclass: that class's name; in
    // another, the hidden variable exception_type_name(e).
    auto class_name = [&](const Expr& x, const Stmt* handler) {
      if (!(x.kind == ExprKind::Attribute && x.text == "__name__" && x.operands[0]->kind == ExprKind::Call)) return false;
      const Expr& call = *x.operands[0];
      if (!(call.callee->kind == ExprKind::Name && call.callee->text == "type" && call.operands.size() == 1 &&
            call.keywords.empty() && call.operands[0]->kind == ExprKind::Name && call.operands[0]->text == e && handler))
        return false;
      std::vector<std::pair<unsigned, unsigned>> ranges;
      if (handler->names.size() == 1) ranges = program_.exception_ranges(handler->names[0]);
      Expr& named = const_cast<Expr&>(x);
      named.operands.clear();
      if (ranges.size() == 1 && ranges[0].first == ranges[0].second) {
        named.kind = ExprKind::Str;
        named.text = handler->names[0];
        return true;
      }
      named.kind = ExprKind::Name;
      named.text = exception_type_name(e);
      if (!fn_->vars.count(named.text)) {
        fn_->vars[named.text] = Var{named.text, Type::Str, x.loc, x.loc, nullptr};
        fn_->var_order.push_back(named.text);
      }
      return true;
    };
    bool object = clause.value != nullptr;  // e is the exception object, read as any object
    std::function<void(const Expr&, bool, const Stmt*)> expr = [&](const Expr& x, bool read_as_str, const Stmt* handler) {
      if (!object && class_name(x, handler)) return;
      bool inside = handler != nullptr;
      if (x.kind == ExprKind::Name && x.text == e && !inside)
        throw CompileError(x.loc, "the exception '" + e + "' is read outside the handler that binds it (CPython unbinds it "
                                      "when the handler ends): keep str(" + e + ") in a variable there");
      if (x.kind == ExprKind::Name && x.text == e && !read_as_str && !object)
        throw CompileError(x.loc, "the exception '" + e + "' can only be printed or formatted in kilopy (print(" + e +
                                      "), str(" + e + "), f\"{" + e + "}\"): its repr(), " + e +
                                      ".args and other uses are not supported");
      for_each_operand(x, [&](const Expr& o) {
        bool bound = o.kind == ExprKind::Name && o.text == e && inside;
        if (bound && x.kind == ExprKind::Attribute && x.text == "args")
          throw CompileError(o.loc, e + ".args (the exception's arguments as a tuple) is not supported in kilopy yet: print(" + e +
                                        ") and str(" + e + ") give CPython's str(" + e + "), the message, or the text of the "
                                        "arguments' tuple when it was raised with several; keep the values you need in "
                                        "variables before the raise");
        if (bound && x.kind == ExprKind::Call && x.callee->kind == ExprKind::Name && x.callee->text == "repr")
          throw CompileError(o.loc, "repr(" + e + ") is not supported in kilopy yet: for an exception raised with one str "
                                        "message, CPython's repr(" + e + ") is type(" + e + ").__name__ + \"(\" + repr(str(" + e +
                                        ")) + \")\" (for a KeyError, whose str() is its key's repr: str(" + e + ") for repr(str(" +
                                        e + ")))");
        expr(o, o.kind == ExprKind::Name && as_str(x, o), handler);
      });
    };
    std::function<void(const std::vector<StmtPtr>&, const Stmt*)> walk = [&](const std::vector<StmtPtr>& body,
                                                                             const Stmt* handler) {
      for (const StmtPtr& st : body) {
        if (st->kind == StmtKind::Def) continue;
        bool binds = st->kind == StmtKind::Except && st->target && st->target->text == e;
        for_each_child(*st, [&](const Expr& x, Use use) {
          if (binds && &x == st->target.get()) return;
          if (use != Use::Read && x.kind == ExprKind::Name && x.text == e)
            throw CompileError(x.loc, "'" + e + "' is bound by `except ... as " + e + "`: kilopy binds it nowhere else");
          expr(x, false, handler);
        }, [&](const std::vector<StmtPtr>& b) { walk(b, binds ? st.get() : handler); });
        for (const std::string& n : st->names)
          if (n == e && st->kind == StmtKind::Global)
            throw CompileError(st->loc, "'" + e + "' is bound by `except ... as " + e + "`: it cannot be global in kilopy");
      }
    };
    walk(fn_->body(*program_.module), nullptr);
  }

  // `except name` or `raise name`: name must be an exception class.
  void exception_class(const std::string& name, SourceLoc loc, const char* statement) {
    unsigned number, last;
    if (!program_.exception_range(name, number, last))
      throw CompileError(loc, "'" + name + "' is not an exception class kilopy knows: " + statement +
                                  " names a built-in exception (ValueError, KeyError, ...) or a class of the "
                                  "program deriving from Exception");
  }

  // del xs[i] or del xs[a:b:c]
  void del_item(const Expr& target) {
    Type ct = checked_container(target, "'NoneType' object does not support item deletion");
    const Expr& index = *target.operands[1];
    if (ct.is_dict()) {
      dict_key(ct, index, false);
      const_cast<Expr&>(target).type = ct.elems[1];
      return;
    }
    if (ct.is_var_tuple()) throw CompileError(target.loc, "'tuple' object doesn't support item deletion");
    if (ct.is_object() && is_record_class(ct.cls))
      throw CompileError(target.loc, "kilopy makes a dict whose values differ in type a record with the keys of its display, "
                                     "which cannot lose keys: use a dict of one value type, or keep a flag");
    if (index.kind == ExprKind::Slice) {
      if (ct.is_deque()) deque_slice(index);
      slice_bounds(index);
      const Expr& step = *index.operands[2];
      if (step.type != Type::None && !(step.kind == ExprKind::Int && step.int_value == 1))
        throw CompileError(step.loc, "del of a slice with a step is not supported in kilopy (del xs[a:b] is): "
                                     "assign what to keep instead (for del xs[::2], xs[:] = xs[1::2])");
    } else {
      Type it = index_expr(index, ct);
      if (ct == Type::Unknown) return;  // a dict, perhaps, once inference knows what it indexes
      if (!is_int_like(it))
        throw CompileError(index.loc, std::string(ct.is_array() ? "array" : "list") + " indices must be integers, not " + py_type_name(it));
    }
    if (ct == Type::Unknown) return;
    if (!ct.is_seq()) throw CompileError(target.loc, "'" + py_type_name(ct) + "' object doesn't support item deletion");
    const_cast<Expr&>(target).type = index.kind == ExprKind::Slice ? ct : ct.elem();
  }

  // The bounds of xs[a:b:c]: ints, bools or None (left out).
  void slice_bounds(const Expr& slice) {
    for (const ExprPtr& b : slice.operands) {
      Type t = expr(*b);
      if (t != Type::None && !is_int_like(t))
        throw CompileError(b->loc, "slice indices must be integers or None or have an __index__ method");
    }
    const_cast<Expr&>(slice).type = Type::None;
  }

  // xs.extend(ys) or xs += ys (aug): ys is a list of xs's type, or a sequence of ints for a
  // list of ints or an array (`array += ` needs an array of the same typecode, as in CPython).
  void extend_type(const Expr& target, const Expr& src, bool aug) {
    const Type& tt = target.type;
    Type st = src.type;
    if (st == Type::Unknown || tt == Type::Unknown) return;
    if (st.is_tuple() && tt.is_list())
      throw CompileError(src.loc, "kilopy extends a list by a list, not by a tuple: write " +
                                      std::string(aug ? "xs += list(t)" : "xs.extend(list(t))"));
    if (!st.is_seq() && (st == Type::Str || st.is_table()) && tt.is_list())
      throw CompileError(src.loc, "kilopy extends a list by a list, not by " + article(st) + ": write " +
                                      std::string(aug ? "xs += list(s)" : "xs.extend(list(s))"));
    if (!st.is_seq()) throw CompileError(src.loc, "'" + py_type_name(st) + "' object is not iterable");
    if (tt.is_list() && st.is_list() && (boxes_into(tt.elems[0], st.elems[0]) || boxes_into(st.elems[0], tt.elems[0]))) {
      refine(target, Type::list(int_or_none()));  // ints and None: a list of "int or None" (boxed_lists.cpp checks both are)
      refine(src, Type::list(int_or_none()));
      return;
    }
    if (tt.is_list() && st.is_list()) {  // a deque's elements too, or into a deque
      refine(target, list_like(tt, st.elems[0]));
      refine(src, list_like(st, target.type.elems[0]));
      if (!compatible(target.type.elems[0], src.type.elems[0]) || target.type.frozen != src.type.frozen)
        throw CompileError(src.loc, "this would put the elements of a " + type_name(src.type) + " in a " +
                                        type_name(target.type) + " (kilopy lists hold one type)");
      return;
    }
    if (tt.is_list()) {  // an array's ints
      refine(target, Type::list(Type::Int));
      if (target.type.elems[0] != Type::Int)
        throw CompileError(src.loc, "this would put the ints of an " + type_name(st) + " in a " + type_name(target.type) +
                                        " (kilopy lists hold one type)");
      return;
    }
    if (st.is_array() && st.typecode == tt.typecode) return;
    if (st.is_array()) throw CompileError(src.loc, "can only extend with array of same kind");
    if (aug) throw CompileError(src.loc, "can only extend array with array (not \"" + py_type_name(st) + "\")");
    refine(src, Type::list(Type::Int));
    if (!is_int_like(src.type.elems[0]))
      throw CompileError(src.loc, "an array holds ints, not " + article(src.type.elems[0]));
  }

  // x, y = f() with f returning a tuple of as many values (every target unpacks).
  void unpack_call(const Stmt& s) {
    Type t = value_expr(*s.value);  // not None (the caller's test), its elements may be
    for (const ExprPtr& target : s.targets) {
      if (t == Type::Unknown) continue;
      if (!t.is_tuple() || t.elems.size() != target->operands.size())
        throw CompileError(s.value->loc, "cannot unpack " + article(t) + " into " + std::to_string(target->operands.size()) +
                                             " names (kilopy unpacks a tuple into exactly as many names)");
      for (size_t i = 0; i < t.elems.size(); ++i) {
        if (target->operands[i]->kind == ExprKind::Subscript)
          throw CompileError(target->operands[i]->loc, "kilopy unpacks a returned tuple into names, not into elements: unpack into names first");
        bind_target(*target->operands[i], t.elems[i], nullptr);
        if (target->operands[i]->type.is_list()) {
          const Function* f = program_.find_function(s.value->callee->text);
          if (f && f->return_type.is_tuple()) merge(const_cast<Function*>(f)->return_type.elems[i], target->operands[i]->type);
        }
      }
    }
  }

  // The type of the dict indexed by target (d[k] = v, del d[k]); a dict or None is checked first,
  // None raising TypeError(message) after d is evaluated, where CPython evaluates k first: k must
  // be quiet. Other containers that may be None are refused (expr()).
  Type checked_container(const Expr& target, const std::string& message) {
    const Expr& container = *target.operands[0];
    Type t = value_expr(container);
    if (!(t.is_dict() && maybe_none_ref(t))) return expr(container);
    if (!quiet(*target.operands[1]))
      throw CompileError(target.operands[1]->loc, "kilopy tests " + described(container) + " (" + article(t) + ") for None "
                                                  "before it evaluates this key, where CPython evaluates the key first: "
                                                  "assign it to a name first");
    return checked(container, message);
  }

  // container[index] = value
  void store_item(const Expr& target, const Expr& value) {
    if (target.kind == ExprKind::Attribute || !target.text.empty()) return store_field(const_cast<Expr&>(target), value);
    Type vt = value.type;
    const Expr& container = *target.operands[0];
    Type ct = checked_container(target, "'NoneType' object does not support item assignment");
    bool boxes = ct.is_list() && target.operands[1]->kind != ExprKind::Slice && boxes_into(ct.elems[0], vt);
    if (maybe_none(value.type) && !boxes) refuse_maybe_none(value, "as an element of a list or a dict");
    if (ct.is_object())
      throw CompileError(target.loc, "storing into an element of an object (its __setitem__) is supported in kilopy only as "
                                     "a statement of its own: obj[k] = v");
    if (ct.is_var_tuple()) throw CompileError(target.loc, "'tuple' object does not support item assignment");
    if (target.operands[1]->kind == ExprKind::Slice) {  // xs[a:b] = ys: ys a list of xs's type
      if (ct.is_deque()) deque_slice(*target.operands[1]);
      slice_bounds(*target.operands[1]);
      if (ct == Type::Unknown) return;
      if (ct.is_array())
        throw CompileError(target.loc, "slice assignment to an array is not supported in kilopy (store its elements one by one)");
      if (!ct.is_list()) throw CompileError(target.loc, "'" + py_type_name(ct) + "' object does not support item assignment");
      if (vt == Type::Unknown) return;  // a call whose return type a later pass infers
      if (!vt.is_list()) throw CompileError(value.loc, "kilopy assigns a list to a list slice, not " + article(vt));
      refine(container, vt);
      refine(value, container.type);
      if (!compatible(container.type, value.type))
        throw CompileError(value.loc, "this would store the elements of a " + type_name(value.type) + " in a " +
                                          type_name(container.type) + " (kilopy lists hold one type)");
      const_cast<Expr&>(target).type = container.type;
      return;
    }
    if (ct.is_dict()) {
      dict_value(container, dict_key(ct, *target.operands[1], true), value);
      const_cast<Expr&>(target).type = container.type.elems[1];
      return;
    }
    Type it = index_expr(*target.operands[1], ct);
    if (ct == Type::Unknown) return;  // a dict, perhaps, once inference knows what it indexes
    if (!is_int_like(it))
      throw CompileError(target.operands[1]->loc, "list indices must be integers, not " + py_type_name(it));
    if (ct.is_array()) {
      if (!is_int_like(vt))
        throw CompileError(value.loc, "an array element must be an int, not " + article(vt));
      const_cast<Expr&>(target).type = Type::Int;
      return;
    }
    if (!ct.is_list()) {
      if (ct == Type::Unknown) return;
      throw CompileError(target.loc, "'" + py_type_name(ct) + "' object does not support item assignment");
    }
    if (boxes) {  // xs[i] = 3 in a list of None, or of ints and None: boxed
      refine(container, Type::list(int_or_none()));
      box_into(container.type.elems[0], value);
      const_cast<Expr&>(target).type = container.type.elems[0];
      return;
    }
    check_element(vt, value.loc, ct.is_list() ? ct.elems[0] : Type::Unknown);
    refine(container, list_like(ct, vt));
    if (!compatible(container.type.elems[0], vt))
      throw CompileError(value.loc, "this would store " + article(vt) + " in a " + type_name(container.type) +
                                        " (kilopy lists hold one type)" + none_elements(vt, container.type));
    refine(value, container.type.elems[0]);
    const_cast<Expr&>(target).type = container.type.elems[0];
  }

  // A key k of the dict type dt (in d[k], del, in, get, pop; `store`: d[k] = v, setdefault, which
  // may insert it): an int or a bool. A stored key must have the dict's key type: True stored in
  // a dict of int keys would print as 1.
  Type dict_key(const Type& dt, const Expr& k, bool store) {
    Type kt = expr(k);
    if (kt.is_tuple() || kt.is_var_tuple()) {  // compared by value: the dict's flag (DICT_TUPLES)
      if (!key_tuple(kt) && !final_ && !kt.complete()) return Type::Unknown;  // a later pass may make it a tuple of ints
      if (!key_tuple(kt))
        throw CompileError(k.loc, "kilopy's tuple keys are tuples of ints and strs (strs in their first 7 places), not " +
                                      article(kt) + ": key the dict by ints or strs");
      if (dt.is_table() && !compatible(dt.elems[0], kt))
        throw CompileError(k.loc, "this would use " + article(kt) + " key in a " + type_name(dt) + " (kilopy dicts have one key type)");
      return kt;
    }
    if (dt.is_table() && (dt.elems[0].is_tuple() || dt.elems[0].is_var_tuple()) && kt != Type::Unknown)
      throw CompileError(k.loc, "this would look up " + article(kt) + " key in a " + type_name(dt) + " (kilopy dicts have one key type)");
    if (kt == Type::Str) {  // interned: equal texts are equal values (bytecode/runtime.h)
      if (dt.is_table() && dt.elems[0] != Type::Unknown && dt.elems[0] != Type::Str)
        throw CompileError(k.loc, "this would look up a str key in a " + type_name(dt) + " (kilopy dicts have one key type)");
      return kt;
    }
    if (dt.is_table() && dt.elems[0] == Type::Str && kt != Type::Unknown)
      throw CompileError(k.loc, "this would look up " + article(kt) + " key in a " + type_name(dt) + " (kilopy dicts have one key type)");
    if (!is_int_like(kt))
      throw CompileError(k.loc, "kilopy dicts have int, bool or str keys, not " + article(kt));
    if (store && dt.is_dict() && !compatible(dt.elems[0], kt))
      throw CompileError(k.loc, "this would store " + article(kt) + " key in a " + type_name(dt) + " (kilopy dicts have one key type)");
    return kt;
  }

  // What to write for a dict used as a record with values of several types.
  static constexpr const char* kRecordFix =
      "; for a record with fields of different types, write one display with all its keys ({\"name\": n, \"age\": a}), "
      "which kilopy makes a record, or use a class";

  // d[k] = v or d.setdefault(k, v) with a key of type kt: v must have the dict's value type; the
  // dict and v are refined.
  void dict_value(const Expr& dict, const Type& kt, const Expr& v) {
    Type vt = v.type;
    if (vt == Type::None)
      throw CompileError(v.loc, "kilopy dict values are ints, bools, strs, tuples, lists, arrays, objects or dicts, not " + article(vt));
    refine(dict, dict_like(dict.type, kt, vt));
    if (dict.type.is_dict() && !compatible(dict.type.elems[1], vt))
      throw CompileError(v.loc, "this would store " + article(vt) + " in a " + type_name(dict.type) + ": kilopy dicts hold one value type" + kRecordFix);
    if (dict.type.is_dict()) refine(v, dict.type.elems[1]);
  }

  // err, about the dict display e, with e's keys where they are str constants, which compile_source
  // then makes a record's (records.h).
  static CompileError record_display(const Expr& e, CompileError err) {
    for (size_t j = 0; j < e.operands.size(); j += 2)
      err.record_keys.push_back(e.operands[j]->kind == ExprKind::Str ? e.operands[j]->text : "");
    if (std::count(err.record_keys.begin(), err.record_keys.end(), "")) err.record_keys.clear();
    return err;
  }

  // {k: v, ...}: one key type (int or bool) and one value type; `{}` learns them later.
  Type dict_type(Expr& e) {
    Type t = e.type.is_dict() ? e.type : Type::dict(Type::Unknown, Type::Unknown);  // what refine() learnt
    for (size_t i = 0; i < e.operands.size(); i += 2) {
      const Expr& k = *e.operands[i];
      const Expr& v = *e.operands[i + 1];
      dict_key(t, k, false);
      Type vt = expr(v);
      if (vt == Type::None)
        throw record_display(e, CompileError(v.loc, "kilopy dict values are ints, bools, strs, tuples, lists, arrays, objects or "
                                                    "dicts, not " + article(vt)));
      if (!compatible(t.elems[0], k.type))
        throw CompileError(k.loc, "this dict would have " + article(k.type) + " key here and " + article(t.elems[0]) +
                                      " keys before it: kilopy dicts have one key type");
      if (!compatible(t.elems[1], vt))
        throw record_display(e, CompileError(v.loc, "this dict would hold " + article(vt) + " here and " + article(t.elems[1]) +
                                                        " before it: kilopy dicts hold one value type" + kRecordFix));
      bool saved = changed_;
      merge(t.elems[0], k.type);
      merge(t.elems[1], vt);
      changed_ = saved;
    }
    if (unknown_elements_are_ints_ && e.operands.empty())
      for (Type& part : t.elems)
        if (part == Type::Unknown) part = Type::Int;
    for (size_t i = 0; i < e.operands.size(); ++i) refine(*e.operands[i], t.elems[i % 2]);
    if (e.operands.size() / 2 > 255) throw CompileError(e.loc, "a dict display has at most 255 items in kilopy: add the rest in a loop");
    if (final_ && !t.complete())
      throw CompileError(e.loc, "cannot tell what this empty dict will hold: kilopy needs one key and one value type per dict; "
                                "store into it where the types show (d[1] = 0)");
    return t;
  }

  // True if t is or holds a defaultdict whose factory is a lambda.
  static bool lambda_factory(const Type& t) {
    return (t.is_dict() && t.cls == "<lambda>") || std::any_of(t.elems.begin(), t.elems.end(), lambda_factory);
  }

  // The value type of a defaultdict whose factory is f, into v, and into cls what the type
  // keeps of f: its name (int, str, bool, list, set, dict, collections.Counter), or, `lambda`
  // set, "<lambda>" for a lambda whose value f is what one of them makes (0, "", False, [], {},
  // set(), dict(), Counter(), defaultdict(g)). False if kilopy has no such factory.
  bool factory_value(const Expr& f, bool lambda, Type& v, std::string& cls) {
    auto builtin = [&](const std::string& n) {
      return !program_.lookup(*fn_, n) && !program_.find_function(n) && (n != "Counter" || program_.imports_counter) &&
             (n != "defaultdict" || program_.imports_defaultdict);
    };
    static const std::set<std::string> named = {"int", "str", "bool", "list", "set", "dict", "Counter"};
    if (!lambda) {
      if (f.kind != ExprKind::Name || !named.count(f.text) || !builtin(f.text)) return false;
      const std::string& k = f.text;
      v = k == "int" ? Type::Int : k == "str" ? Type::Str : k == "bool" ? Type::Bool : k == "list" ? Type::list(Type::Unknown) :
          k == "set" ? Type::set(Type::Unknown) : Type::dict(Type::Unknown, k == "Counter" ? Type::Int : Type::Unknown);
      if (k == "Counter") v.cls = k;
      cls = k == "Counter" ? "collections.Counter" : k;  // as its repr shows it (a Counter's own cls is "Counter")
      return true;
    }
    cls = "<lambda>";
    if (f.kind == ExprKind::Int && f.int_value == 0) v = Type::Int;
    else if (f.kind == ExprKind::Str && f.text.empty()) v = Type::Str;
    else if (f.kind == ExprKind::Bool && !f.bool_value) v = Type::Bool;
    else if (f.kind == ExprKind::List && f.operands.empty()) v = Type::list(Type::Unknown);
    else if (f.kind == ExprKind::Dict && f.operands.empty()) v = Type::dict(Type::Unknown, Type::Unknown);
    else if (f.kind != ExprKind::Call || f.callee->kind != ExprKind::Name || !f.keywords.empty() || f.starred_arg ||
             !builtin(f.callee->text))
      return false;
    else if ((f.callee->text == "set" || f.callee->text == "dict" || f.callee->text == "Counter" || f.callee->text == "list") &&
             f.operands.empty()) {
      std::string named_cls;  // lambda: set(), as the factory set (but shown as a lambda)
      if (!factory_value(*f.callee, false, v, named_cls)) return false;
    } else if (f.callee->text == "defaultdict" && f.operands.size() == 1) {
      Type inner;
      std::string inner_cls;
      if (!factory_value(*f.operands[0], f.text == kLambdaFactory, inner, inner_cls)) return false;
      v = Type::dict(Type::Unknown, inner);
      v.cls = inner_cls;
    } else {
      return false;
    }
    return true;
  }

  // defaultdict(f) (factory_value): an empty dict whose values are f()'s type and whose type
  // carries f (codegen's d[k] stores f() for a missing k).
  Type defaultdict_type(Expr& e) {
    no_keywords_or_stars(e, "defaultdict");
    const Expr* f = e.operands.size() == 1 ? e.operands[0].get() : nullptr;
    Type v;
    std::string cls;
    if (!f || !factory_value(*f, e.text == kLambdaFactory, v, cls))
      throw CompileError(f ? f->loc : e.loc, "kilopy's defaultdict takes int, str, bool, list, set, dict or Counter as its "
                                             "default factory, or a lambda returning what one makes (lambda: defaultdict(int)); "
                                             "no initial items: defaultdict(int), defaultdict(list)");
    Type t = Type::dict(Type::Unknown, v);
    t.cls = cls;
    e.kind = ExprKind::Dict;
    e.callee.reset();
    e.operands.clear();
    e.type = t;
    return dict_type(e);
  }

  // Counter(), Counter(xs) of a list, tuple or str (the count of each element, in the order of
  // their first appearance; codegen counter_call), Counter(d) of a dict of int values (a copy):
  // a dict of int values whose type's cls is "Counter" (a missing key reads as 0, unstored).
  Type counter_type(Expr& e) {
    no_keywords_or_stars(e, "Counter");
    if (e.operands.size() > 1) throw CompileError(e.loc, "Counter expected at most 1 argument, got " + std::to_string(e.operands.size()));
    Type t = Type::dict(Type::Unknown, Type::Int);
    t.cls = "Counter";
    if (e.operands.empty()) {
      e.kind = ExprKind::Dict;
      e.callee.reset();
      e.type = t;
      return dict_type(e);
    }
    const Expr& a = *e.operands[0];
    Type at = value_expr(a);
    if (at == Type::Unknown || (!final_ && !at.complete())) return e.type.is_dict() ? e.type : t;
    if (at.is_dict() && at.elems[1] == Type::Int) {
      t.elems[0] = at.elems[0];
      return t;
    }
    Type seq = at == Type::Str ? Type::list(Type::Str) : as_list(at);
    if (at.nullable || !seq.is_list() || at.is_set())
      throw CompileError(a.loc, "kilopy's Counter counts the elements of a list, a tuple or a str, or copies a dict of int "
                                "values, not " + article(at) + (at.is_set() ? " (its order is CPython's hash order): count sorted(s)" : ""));
    const Type& k = seq.elems[0];
    if (!is_int_like(k) && k != Type::Str && !key_tuple(k))
      throw CompileError(a.loc, "kilopy's Counter counts ints, bools, strs and tuples of them, not " + article(k) +
                                " (the keys of its dict)");
    t.elems[0] = k;
    return t;
  }

  // {a, b, ...} or set(): one element type, int or bool; set() learns it later.
  Type set_type(Expr& e) {
    Type t = e.type.is_set() ? e.type : Type::set(Type::Unknown);  // what refine() learnt
    for (const ExprPtr& o : e.operands) {
      Type et = dict_key(t, *o, false);
      if (!compatible(t.elems[0], et))
        throw CompileError(o->loc, "this set would hold " + article(et) + " here and " + article(t.elems[0]) +
                                       " before it: kilopy sets hold one type");
      bool saved = changed_;
      merge(t.elems[0], et);
      changed_ = saved;
    }
    if (unknown_elements_are_ints_ && e.operands.empty() && t.elems[0] == Type::Unknown) t.elems[0] = Type::Int;
    for (const ExprPtr& o : e.operands) refine(*o, t.elems[0]);
    if (e.operands.size() > 255) throw CompileError(e.loc, "a set display has at most 255 elements in kilopy: add the rest in a loop");
    if (final_ && !t.complete())
      throw CompileError(e.loc, "cannot tell what this empty set will hold: kilopy needs one element type per set; "
                                "add to it where the type shows (s.add(1))");
    return t;
  }

  // s.union(t), s.update(t), s.issubset(t), ... and s.copy() (codegen set_method): t a set of s's
  // element type (update: also a list).
  Type set_method_of_set(Expr& e, const Type& t) {
    const std::string& m = e.callee->text;
    const Expr& obj = *e.callee->operands[0];
    no_keywords_or_stars(e, m);
    SetMethodKind kind = set_method(m).kind;
    if (kind == SetMethodKind::Copy) {
      if (!e.operands.empty())
        throw CompileError(e.loc, "set.copy() takes no arguments (" + std::to_string(e.operands.size()) + " given)");
      return t;
    }
    if (e.operands.size() != 1)
      throw CompileError(e.loc, "set." + m + "() takes one set in kilopy (CPython's takes any number of iterables): "
                                "call it once per argument");
    Expr& arg = *e.operands[0];
    Type at = value_expr(arg);
    if (m == "update" && at.is_list()) {
      refine(arg, Type::list(t.elems[0]));
      refine(obj, Type::set(arg.type.elems[0]));
      if (!compatible(arg.type.elems[0], t.elems[0]) || arg.type.elems[0].is_seq() || arg.type.elems[0].is_object())
        throw CompileError(arg.loc, "this would add the elements of a " + type_name(arg.type) + " to a " + type_name(t) +
                                        " (kilopy sets hold one type)");
      return Type::None;
    }
    if (!at.is_set() && at != Type::Unknown)
      throw CompileError(arg.loc, "set." + m + "() of " + article(at) + " is not supported in kilopy (only of a set" +
                                      (m == "update" ? " or a list" : "") + "): write set(xs)");
    Type both = set_operation_type(t, at, e.loc);
    refine(obj, at);
    refine(arg, t);
    if (kind == SetMethodKind::Subset || kind == SetMethodKind::Disjoint) return Type::Bool;
    return kind == SetMethodKind::InPlace ? Type::None : both;
  }

  // s.add, s.discard, s.remove, s.clear.
  Type set_method_type(Expr& e, const Type& t) {
    const std::string& m = e.callee->text;
    const Expr& obj = *e.callee->operands[0];
    size_t n = e.operands.size();
    if (set_method(m).kind != SetMethodKind::None) return set_method_of_set(e, t);
    if (m != "add" && m != "discard" && m != "remove" && m != "clear")
      throw CompileError(e.callee->loc, "'set' object has no method '" + m + "' in kilopy");
    size_t want = m == "clear" ? 0 : 1;
    if (n != want)
      throw CompileError(e.loc, "set." + m + "() takes " + (want ? "exactly one argument" : "no arguments") + " (" +
                                    std::to_string(n) + " given)");
    if (n == 0) return Type::None;
    Type et = dict_key(t, *e.operands[0], m == "add");
    if (m == "add") {
      refine(obj, Type::set(et));
      if (obj.type.is_set() && !compatible(obj.type.elems[0], et))
        throw CompileError(e.operands[0]->loc, "this would add " + article(et) + " to a " + type_name(obj.type) + " (kilopy sets hold one type)");
    }
    return Type::None;
  }

  // What a list may hold: ints, bools, strs, lists, arrays, tuples, dicts and objects.
  // t may be put in a list whose element type is `into` (None: if that is an object, or may
  // become one: not in the last pass).
  void check_element(const Type& t, SourceLoc loc, const Type& into) {
    bool may_be_object = into.is_object() || into.kind == Type::Kind::Unknown || into.kind == Type::Kind::None;
    if (t == Type::None && may_be_object && (!final_ || into.is_object())) return;
    if (t == Type::None && into == Type::Int)
      throw CompileError(loc, "this would put None in a list of ints: a list of ints and None starts in kilopy as one of None "
                              "([None] * n, then xs[i] = 3) or as a display of both ([0, None]); or store a value the list "
                              "never holds otherwise (-1)");
    if (t == Type::None)
      throw CompileError(loc, "lists hold ints, bools, strs, lists, arrays, tuples, dicts or objects in kilopy, not " + article(t));
    if (t.is_set())
      throw CompileError(loc, "lists of sets are not supported in kilopy yet: use a list of dicts whose keys are the elements "
                              "({x: True})");
    if (t.depth() + 1 > kMaxListDepth)
      throw CompileError(loc, "lists nest at most " + std::to_string(kMaxListDepth) + " deep in kilopy");
  }

  // target := a value of type t: `value` if it can be boxed (a plain assignment), else null (a
  // for loop's or an unpacking's value, which cannot be: refused where an int or None is held).
  void assign_name(const Expr& target, Type t, const Expr* value = nullptr) {
    Var* v = program_.lookup(*fn_, target.text);
    if (value && value->kind == ExprKind::Tuple && t.is_tuple()) t = const_cast<Expr*>(value)->type = fit_elements(*value, t, v->type);
    try {
      assign(*v, t, target.loc, "'" + target.text + "'");
    } catch (CompileError& e) {
      if (!v->annotation) {  // webs.h may split it
        e.variable = target.text;
        e.variable_at = target.loc;
      }
      throw;
    }
    const_cast<Expr&>(target).type = v->type;
    if (value) box_into(v->type, *value);
    else if ((maybe_none_int(v->type) && t == Type::Int) || (maybe_none_str(v->type) && t == Type::Str))
      throw CompileError(target.loc, "'" + target.text + "' holds " + article(v->type) + ", which a for loop, an unpacking or an "
                                     "augmented assignment cannot assign in kilopy: use a name that is never None here");
  }

  // Calls f on each name or field a target (maybe a tuple of targets) assigns.
  template <class F>
  static void for_each_target(const Expr& target, F&& f) {
    if (target.kind == ExprKind::Tuple || target.kind == ExprKind::List) {
      for (const ExprPtr& o : target.operands) for_each_target(*o, f);
      return;
    }
    f(target);
  }

  // dict(xs)'s loop (desugar.cpp dict_of_pairs) over xs, whose elements have type t: pairs,
  // tuples of two (a dict's keys are not: dict(d) copies d; a view, d.items(), is typed as its dict).
  void dict_pairs(const Expr& xs, const Type& t) {
    if (xs.type.is_table() && !is_dict_view(xs))
      throw CompileError(xs.loc, "dict(s) of a set is not supported in kilopy: write {k: v for k, v in s}");
    if ((t == Type::Unknown || !t.complete()) && !final_) return;
    if (!t.is_tuple() || t.elems.size() != 2)
      throw CompileError(xs.loc, "dict(xs) takes pairs in kilopy (tuples of two, as zip(keys, values) gives), not elements "
                                 "of type " + type_name(t) + ": start from {} and store each key");
  }

  // Refuses `x`, an iterable of enumerate() or zip() checked for None (an Unbox that may raise),
  // before the arguments [from, to) if one of them may raise: CPython evaluates them all first.
  void checked_before(const Expr& x, std::vector<ExprPtr>::const_iterator from, std::vector<ExprPtr>::const_iterator to) {
    if (x.kind != ExprKind::Unbox || proven_not_none(x)) return;
    for (; from != to; ++from)
      if (!quiet(**from))
        throw CompileError((*from)->loc, "kilopy tests " + described(*x.operands[0]) + " (" + article(x.operands[0]->type) +
                                         ") for None before it evaluates this argument, where CPython evaluates it first: "
                                         "test it is not None first, or assign this argument to a name");
  }

  // The type of the values a for loop over e yields: a tuple for enumerate and zip.
  // `any_order`: the loop's result is the same in any order (desugar.cpp any_order), so it may
  // iterate a set, whose order kilopy does not keep.
  Type iteration_type(const Expr& e, bool any_order = false) {
    const Builtin* b = loop_builtin(e);
    if (b && b->type_rule == TypeRule::Range) {
      range_call(e);
      return Type::Int;
    }
    if (e.kind == ExprKind::Call && e.callee->kind == ExprKind::Attribute &&
        (e.callee->text == "items" || e.callee->text == "keys" || e.callee->text == "values")) {
      Type dt = checked(*e.callee->operands[0], "", e.callee->text);  // a dict or None: AttributeError for None
      if (dt.is_dict() || dt == Type::Unknown) {
        const std::string& m = e.callee->text;
        if (!e.operands.empty() || !e.keywords.empty() || e.starred_arg)
          throw CompileError(e.loc, "dict." + m + "() takes no arguments");
        const_cast<Expr&>(e).type = dt;  // codegen iterates the dict itself
        if (dt == Type::Unknown) return dt;
        return m == "items" ? Type::tuple({dt.elems[0], dt.elems[1]}) : m == "keys" ? dt.elems[0] : dt.elems[1];
      }
    }
    if (!b) {
      Type t = checked(e, "'NoneType' object is not iterable");
      if (t.is_dict()) return t.elems[0];
      if (t.is_set() && any_order) return t.elems[0];
      if (t.is_set())
        throw CompileError(e.loc, "iterating over a set follows CPython's hash table order, which kilopy does not keep: write "
                                  "sorted(s) (a set comprehension, any(), all(), min(), max() and sorted() without a key, "
                                  "and sum(1 for ...) take one, where their parts call nothing)");
      if (t.is_seq()) return t.elem();
      if (t == Type::Str) return t;  // a str per character (codegen for_str)
      if (t.is_tuple()) {  // read by index, as a list
        if (t.elems.empty())
          throw CompileError(e.loc, "a for loop over the empty tuple () is not supported in kilopy (it has no element type): "
                                    "leave the loop out, or loop over a list");
        for (const Type& item : t.elems)
          if (!compatible(item, t.elems[0]))
            throw CompileError(e.loc, "a for loop over a " + type_name(t) + " is not supported in kilopy (its elements "
                                      "differ in type): unpack it, or loop over a list");
        return tuple_element(t);
      }
      if (t.is_object() && hierarchy_has(t.cls, "__getitem__"))
        throw CompileError(e.loc, "a for loop over a " + t.cls + " object (CPython calls its __getitem__ with 0, 1, ... until "
                                  "IndexError) is not supported in kilopy: loop over an index, for i in range(len(obj)), or "
                                  "over the list it holds");
      if (t != Type::Unknown)
        throw CompileError(e.loc, "for loops iterate over range(...), a list or an array in kilopy, not " + article(t));
      return t;
    }
    const std::string& name = e.callee->text;
    no_keywords_or_stars(e, name);
    const_cast<Expr&>(e).type = Type::None;
    size_t n = e.operands.size();
    if (name == "enumerate") {
      if (n < 1 || n > 2) throw CompileError(e.loc, "enumerate expected 1 or 2 arguments, got " + std::to_string(n));
      Type items = iteration_type(*e.operands[0]);
      checked_before(*e.operands[0], e.operands.begin() + 1, e.operands.end());
      if (n == 2) {
        Type start = expr(*e.operands[1]);
        if (!is_int_like(start))
          throw CompileError(e.operands[1]->loc, "'" + py_type_name(start) + "' object cannot be interpreted as an integer");
      }
      return Type::tuple({Type::Int, items});
    }
    if (name == "zip") {
      if (n == 0) throw CompileError(e.loc, "zip() needs at least one iterable in kilopy");
      std::vector<Type> items;
      for (const ExprPtr& a : e.operands) items.push_back(iteration_type(*a));
      for (size_t i = 0; i + 1 < n; ++i) checked_before(*e.operands[i], e.operands.begin() + long(i) + 1, e.operands.end());
      return Type::tuple(items);
    }
    if (n != 1) throw CompileError(e.loc, "reversed expected 1 argument, got " + std::to_string(n));
    const Expr& seq = *e.operands[0];
    if (const Builtin* inner = loop_builtin(seq)) {
      if (inner->type_rule != TypeRule::Range)
        throw CompileError(seq.loc, "'" + seq.callee->text + "' object is not reversible");
      range_call(seq);
      return Type::Int;
    }
    Type t = expr(seq);
    if (t.is_seq()) return t.elem();
    if (t.is_tuple()) return iteration_type(seq);  // read by index from the end, as a list
    if (t == Type::Str) return t;  // a str per character
    if (t != Type::Unknown)
      throw CompileError(seq.loc, "reversed() takes a list, a tuple, an array or a range in kilopy, not " + article(t));
    return t;
  }

  // Binds a target (a name or nested tuples of names) to a value of type t: a for loop's, with
  // `source` the iterable when it is enumerate() or zip() (whose tuples are no values), or an
  // assignment's.
  void bind_target(const Expr& target, const Type& t, const Expr* source) {
    const Builtin* b = source ? loop_builtin(*source) : nullptr;
    bool yields = b && b->type_rule != TypeRule::Range && source->callee->text != "reversed";
    if (target.kind == ExprKind::Name) {
      if (yields)
        throw CompileError(target.loc, "a for loop over enumerate() or zip() yields tuples, which kilopy cannot keep in a "
                                       "variable: unpack them (for i, x in enumerate(xs))");
      assign_name(target, t);
      return;
    }
    if (target.kind != ExprKind::Tuple && target.kind != ExprKind::List)
      throw CompileError(target.loc, "kilopy unpacks a tuple into names (nested tuples of names), not into elements or "
                                     "fields: unpack into names first");
    if (t == Type::Unknown) return;
    if (maybe_none(t))
      throw CompileError(target.loc, "kilopy cannot unpack " + article(t) + ", an element of a tuple that may be None: "
                                     "assign it to a name, test it is not None, then unpack the name");
    size_t n = target.operands.size();
    const Expr* star = nullptr;  // `*rest`: the elements the others leave, in a new list
    for (const ExprPtr& item : target.operands)
      if (item->starred_target) star = item.get();
    bool list = (t.is_list() && !t.is_var_tuple()) || t.is_tuple();  // *rest is a new list
    if (star && (!list || star->kind != ExprKind::Name))
      throw CompileError(star->loc, !list ? "kilopy unpacks a starred target (*" + star->text + ") from a list or a tuple of a "
                                                       "length known at compile time, not from " + article(t) +
                                                       ": unpack list(...) of it"
                                                 : std::string("kilopy unpacks a starred target into a name (*rest)"));
    if (star && t.is_tuple()) {
      starred_from_tuple(target, *star, t);
      return;
    }
    if (t.is_seq()) {  // its length is checked at run time (codegen.cpp: destructure)
      if (n > kMaxTuple)
        throw CompileError(target.loc, "kilopy unpacks a list into at most " + std::to_string(kMaxTuple) + " names");
      for (const ExprPtr& item : target.operands) {
        if (item.get() == star) {  // a new list (a slice): no other name holds it
          bind_target(*item, as_list(t), nullptr);
          continue;
        }
        bind_target(*item, t.elem(), nullptr);
        same_list_type(*item, t.elem());
      }
      return;
    }
    if (!t.is_tuple())
      throw CompileError(target.loc, "kilopy cannot unpack " + article(t) + " into " + std::to_string(n) +
                                         " names: only tuples, lists and arrays unpack");
    if (t.elems.size() < n)
      throw CompileError(target.loc, "ValueError: not enough values to unpack (expected " + std::to_string(n) + ", got " +
                                         std::to_string(t.elems.size()) + ")");
    if (t.elems.size() > n)
      throw CompileError(target.loc, "ValueError: too many values to unpack (expected " + std::to_string(n) + ")");
    for (size_t i = 0; i < n; ++i) {
      const Expr* item = !yields ? nullptr : source->callee->text == "zip" ? source->operands[i].get()
                                           : i == 1 ? source->operands[0].get() : nullptr;
      bind_target(*target.operands[i], t.elems[i], item);
      same_list_type(*target.operands[i], t.elems[i]);
    }
  }

  // first, *rest, last = t of a tuple t of a length known here: rest is a new list of the elements
  // the others leave, which must be of one type.
  void starred_from_tuple(const Expr& target, const Expr& star, const Type& t) {
    size_t n = target.operands.size(), m = t.elems.size(), at = 0;
    while (target.operands[at].get() != &star) ++at;
    if (m < n - 1)
      throw CompileError(target.loc, "ValueError: not enough values to unpack (expected at least " + std::to_string(n - 1) +
                                         ", got " + std::to_string(m) + ")");
    if (m == n - 1)
      throw CompileError(star.loc, "*" + star.text + " would be an empty list here, whose element type kilopy cannot tell: "
                                   "leave it out of the unpacking");
    for (size_t k = at + 1; k < at + m - (n - 1); ++k)
      if (!(t.elems[k] == t.elems[at]))
        throw CompileError(star.loc, "*" + star.text + " would be a list of " + type_name(t.elems[at]) + " and " +
                                         type_name(t.elems[k]) + " elements (kilopy lists hold one type): index the tuple instead");
    for (size_t i = 0; i < n; ++i) {
      if (i == at) {
        bind_target(star, Type::list(t.elems[at]), nullptr);
        continue;
      }
      const Type& part = t.elems[i < at ? i : m - (n - i)];
      bind_target(*target.operands[i], part, nullptr);
      same_list_type(*target.operands[i], part);
    }
  }

  // A name bound to a part of another value (unpacking, a loop) whose other values widened the
  // class of the objects a list of it holds: the value's own type cannot follow.
  void same_list_type(const Expr& name, const Type& part) {
    if (name.kind == ExprKind::Name && widens(part, name.type))
      throw CompileError(name.loc, "'" + name.text + "' holds a " + type_name(name.type) + ", but here it is given a " +
                                       type_name(part) + " unpacked from another value, which kilopy cannot widen (a list has "
                                       "one type wherever it is seen): pass the list in a name of its own, not inside another value");
  }

  // The builtin a for loop compiles itself (range, enumerate, zip, reversed) if e calls one.
  const Builtin* loop_builtin(const Expr& e) {
    const Builtin* b = e.kind == ExprKind::Call && e.callee->kind == ExprKind::Name ? find_builtin(e.callee->text) : nullptr;
    if (!b || b->code_rule != CodeRule::Loop || program_.lookup(*fn_, e.callee->text) != nullptr) return nullptr;
    return b;
  }

  bool is_range_call(const Expr& e) {
    const Builtin* b = loop_builtin(e);
    return b && b->type_rule == TypeRule::Range;
  }

  void range_call(const Expr& e) {
    no_keywords_or_stars(e, "range");
    if (e.operands.empty() || e.operands.size() > 3)
      throw CompileError(e.loc, "range expected 1 to 3 arguments, got " + std::to_string(e.operands.size()));
    for (const ExprPtr& a : e.operands) {
      Type t = expr(*a);
      if (!is_int_like(t))
        throw CompileError(a->loc, std::string("'") + py_type_name(t) + "' object cannot be interpreted as an integer");
    }
    const_cast<Expr&>(e).type = Type::None;
  }

  void no_keywords_or_stars(const Expr& call, const std::string& name) {
    if (call.starred_arg && name == "zip")  // a tuple's length is its type: the rows' count is known only at run time
      throw CompileError(call.loc, "zip(*rows) is supported in kilopy only as a for loop's iterable (for col in zip(*rows)), "
                                   "in a comprehension and in list(), sorted(), sum(), min(), max(), any() and all()");
    if (call.starred_arg) throw CompileError(call.loc, kStarredArgumentsRefused);
    if (!call.keywords.empty())
      throw CompileError(call.keywords[0].loc, name + "() takes no keyword arguments in kilopy");
  }

  static bool set_operator(BinOp op) {
    return op == BinOp::BitOr || op == BinOp::BitAnd || op == BinOp::Sub || op == BinOp::BitXor;
  }

  // s | t, s & t, s - t, s ^ t: a new set of their one element type (codegen set_operation).
  Type set_operation_type(const Type& l, const Type& r, SourceLoc loc) {
    if (!compatible(l, r))
      throw CompileError(loc, "an operator on a " + type_name(l) + " and a " + type_name(r) +
                                  " is not supported in kilopy (a set holds one type)");
    Type both = l;
    bool saved = changed_;
    merge(both, r);
    changed_ = saved;
    return both;
  }

  // fmt % args with fmt a str value: only a literal (or a module constant) is a format here.
  [[gnu::noinline]] static CompileError format_in_variable(SourceLoc loc) {
    return CompileError(loc, "'%' of a format string held in a variable is not supported in kilopy: write the string "
                             "itself there (\"%d items\" % n), or keep it in a module constant assigned once "
                             "(FMT = \"%d items\", then FMT % n)");
  }

  Type binary_type(BinOp op, const Type& l, const Type& r, SourceLoc loc) {
    if (op == BinOp::Mod && l == Type::Str) throw format_in_variable(loc);
    if (op == BinOp::Div)
      throw CompileError(loc, "true division '/' gives a float, and kilopy has only ints: use '//' for floor division");
    if (op == BinOp::MatMul) throw CompileError(loc, "the '@' operator is not supported");
    if (l.is_set() && r.is_set() && set_operator(op)) return set_operation_type(l, r, loc);
    if ((l.is_set() || r.is_set()) && l != Type::Unknown && r != Type::Unknown)
      throw CompileError(loc, std::string("unsupported operand type(s) for ") + binop_symbol(op) + ": '" + py_type_name(l) +
                                  "' and '" + py_type_name(r) + "'" + (set_operator(op) ? " (kilopy's set operators take two sets: write set(xs))" : ""));
    if ((l.is_table() || r.is_table()) && (l == Type::Unknown || r == Type::Unknown) && !final_)
      return Type::Unknown;  // a field not typed yet: a later pass knows it
    if (l.is_table() || r.is_table())
      throw CompileError(loc, std::string("the '") + binop_symbol(op) + "' operator on " + (l.is_set() || r.is_set() ? "sets" : "dicts") +
                                  " is not supported in kilopy: " + (l.is_set() || r.is_set() ? "add the elements in a loop" : "store the items in a loop"));
    if (l.is_var_tuple() || r.is_var_tuple()) {  // + of two tuples of one element type (TUPCAT)
      Type le, re;
      if (op == BinOp::Add && (l == Type::Unknown || r == Type::Unknown)) return l == Type::Unknown ? r : l;
      if (op == BinOp::Add && tuple_elem(l, le) && tuple_elem(r, re) && compatible(le, re))
        return Type::var_tuple(le == Type::Unknown ? re : le);
      if (op == BinOp::Add && (l.is_tuple() || r.is_tuple()) && tuple_elem(l, le) && tuple_elem(r, re))
        throw CompileError(loc, "joining a " + type_name(l) + " and a " + type_name(r) + " is not supported in kilopy "
                                "(a tuple built by tuple() holds one type)");
      if (op == BinOp::Mul && (is_int_like(l) || is_int_like(r)))
        throw CompileError(loc, "repetition (*) of a tuple built by tuple() is not supported in kilopy: write tuple(list(t) * n)");
      if (op == BinOp::Add && (l.is_var_tuple() || l.is_tuple() || l.is_list()))
        throw CompileError(loc, "can only concatenate " + py_type_name(l) + " (not \"" + py_type_name(r) + "\") to " + py_type_name(l));
      throw CompileError(loc, std::string("unsupported operand type(s) for ") + binop_symbol(op) + ": '" +
                                  py_type_name(l) + "' and '" + py_type_name(r) + "'");
    }
    if (l.is_seq() || r.is_seq() || l.is_tuple() || r.is_tuple() || l.is_object() || r.is_object()) {
      if (op == BinOp::Add && (l == Type::Unknown || r == Type::Unknown)) return l == Type::Unknown ? r : l;
      if (op == BinOp::Mul && l.is_seq() && is_int_like(r)) return l;
      if (op == BinOp::Mul && r.is_seq() && is_int_like(l)) return r;
      if (op == BinOp::Add && l.is_list() && r.is_list()) {
        if (!compatible(l, r))
          throw CompileError(loc, "joining a " + type_name(l) + " and a " + type_name(r) + " is not supported in kilopy (lists hold one type)");
        Type both = l;
        bool saved = changed_;
        merge(both, r);
        changed_ = saved;
        return both;
      }
      if (op == BinOp::Add && l.is_array() && r.is_array() && l.typecode == r.typecode) return l;
      if (op == BinOp::Add && l.is_list())
        throw CompileError(loc, "can only concatenate list (not \"" + py_type_name(r) + "\") to list");
      if (op == BinOp::Add && l.is_array() && !r.is_array())
        throw CompileError(loc, "can only append array (not \"" + py_type_name(r) + "\") to array");
      if (op == BinOp::Add && l.is_array())
        throw CompileError(loc, "bad argument type for built-in operation");
      if ((op == BinOp::Add && l.is_tuple() && r.is_tuple()) ||
          (op == BinOp::Mul && ((l.is_tuple() && is_int_like(r)) || (r.is_tuple() && is_int_like(l)))))
        throw CompileError(loc, tuple_arith);
      throw CompileError(loc, std::string("unsupported operand type(s) for ") + binop_symbol(op) + ": '" +
                                  py_type_name(l) + "' and '" + py_type_name(r) + "'");
    }
    if ((op == BinOp::Mul || op == BinOp::Add) && (l == Type::Unknown || r == Type::Unknown))
      return Type::Unknown;  // maybe a list
    if (l == Type::Str || r == Type::Str) {  // a new str (STROP)
      if (op == BinOp::Add && l == Type::Str && r == Type::Str) return Type::Str;
      if (op == BinOp::Mul && ((l == Type::Str && is_int_like(r)) || (r == Type::Str && is_int_like(l)))) return Type::Str;
      if (op == BinOp::Add && l == Type::Str)
        throw CompileError(loc, "can only concatenate str (not \"" + py_type_name(r) + "\") to str");
      if (op == BinOp::Mul && l == Type::Str && r == Type::Str) throw CompileError(loc, "can't multiply sequence by non-int of type 'str'");
      throw CompileError(loc, std::string("unsupported operand type(s) for ") + binop_symbol(op) + ": '" +
                                  py_type_name(l) + "' and '" + py_type_name(r) + "'");
    }
    if (l == Type::None || r == Type::None)
      throw CompileError(loc, std::string("unsupported operand type(s) for ") + binop_symbol(op) + ": '" +
                                  py_type_name(l) + "' and '" + py_type_name(r) + "'");
    bool bitwise = op == BinOp::BitAnd || op == BinOp::BitOr || op == BinOp::BitXor;
    if (bitwise && (l == Type::Unknown || r == Type::Unknown)) return Type::Unknown;
    if (bitwise && l == Type::Bool && r == Type::Bool) return Type::Bool;
    return Type::Int;
  }

  // The one type of operands; `tuples`: min()'s or max()'s, which may be tuples of ints, bools
  // and strs (compared as a list of them: builtin_call).
  // `bool_op`: the operands of and/or (`what`), all but the last of which name_and_or takes where
  // they are a name or a field that may be None; another is to be assigned to a name first.
  Type same_type(const std::vector<ExprPtr>& operands, const std::string& what, bool tuples = false, bool bool_op = false) {
    Type result = Type::Unknown;
    SourceLoc first;
    for (const ExprPtr& o : operands) {
      Type t = value_expr(*o);  // as expr(), but for an and/or operand's message
      if (maybe_none(t) && bool_op && o != operands.back())
        throw CompileError(o->loc, what + " of " + article(t) + " that is not a name is not supported in kilopy: assign "
                                   "it to a name first (v = f(x), then v " + what.substr(1, what.size() - 2) + " ...)");
      if (maybe_none(t)) refuse_maybe_none(*o, "here");
      if (none_inside(t)) refuse_none_inside(*o, "here");
      if (t.is_tuple() && !(tuples && orderable_tuple(t)))
        throw CompileError(o->loc, what + " with " + article(t) + " is not supported in kilopy" +
                                       (tuples ? " (it orders tuples of ints, bools, strs and such tuples)" : "") +
                                       ": compare tuples with < or >");
      if (t.is_seq() || t.is_object() || t.is_table())
        throw CompileError(o->loc, what + " with " + article(t) + " as a value is not supported in kilopy: write x if x else y "
                                   "for x or y, y if x else x for x and y");
      if (t == Type::Unknown) continue;
      if (result == Type::Unknown) {
        result = t;
        first = o->loc;
      } else if (t != result) {
        throw CompileError(o->loc, what + " would give " + article(t) + " here or " + article(result) +
                                       " (column " + std::to_string(first.col) + "): kilopy needs one type");
      }
    }
    return result;  // what is known (an operand still unknown, e.g. a recursive call, must agree later)
  }

  // A test (if, while, assert, `x if test else y`, not's operand, and and/or in a test): a
  // string literal there counts only by its truth (a non-empty str is true), so it becomes
  // True or False. and/or in a test may mix operand types (bool if all are bools, else int:
  // its value is then some operand's, of the same truth, or 1 or 0 when an operand is a list,
  // tuple, dict or set: codegen's truth_value()).
  Type condition(const Expr& ce) {
    Expr& e = const_cast<Expr&>(ce);
    if (e.kind == ExprKind::Str) {
      e.kind = ExprKind::Bool;
      e.bool_value = !e.text.empty();
      e.text.clear();
    } else if (e.kind == ExprKind::Unary && e.unary_op == UnaryOp::Not) {
      condition(*e.operands[0]);
    } else if (e.kind == ExprKind::BoolOp) {  // only its truth counts: the operands may differ in type
      Type result = Type::Bool;
      for (const ExprPtr& o : e.operands) {  // a list, tuple, dict or set (or None) counts by its length (codegen's truth())
        Type t = condition(*o);
        if (result != Type::Unknown && t != Type::Bool) result = t == Type::Unknown ? Type::Unknown : Type::Int;
      }
      e.type = result;
      return result;
    }
    Type t = value_expr(e);
    if (t.is_object() && special_truth(e)) return condition(e);
    if (t.is_func())
      throw CompileError(e.loc, "the truth of a function value is not supported in kilopy (CPython's is always true): "
                                "compare it with is or == to a function");
    if (!boxed(t)) return t;  // a tuple or list or None: codegen's truth()
    unbox(e, "");  // None and 0 (or "", the str value 0) are false
    return Type::Int;
  }

  // `a and b` / `a or b` as a value: a string literal operand that cannot be the result (a
  // non-empty one before the last `and` operand, an empty one before the last `or` operand)
  // is dropped; one that can be stays, a str value (all operands must then be strs).
  [[gnu::noinline]] Type bool_op_value(Expr& e) {
    if (and_name_or(e) || name_and_or(e)) return expr(e);
    const char* what = e.bool_op == BoolOpKind::And ? "'and'" : "'or'";
    std::vector<ExprPtr> kept;
    for (size_t i = 0; i < e.operands.size(); ++i) {
      ExprPtr& o = e.operands[i];
      if (o->kind == ExprKind::Str) {
        bool skipped = i + 1 < e.operands.size() && o->text.empty() == (e.bool_op == BoolOpKind::Or);
        if (skipped) continue;
      }
      kept.push_back(std::move(o));
    }
    e.operands = std::move(kept);
    if (e.operands.size() == 1) {
      ExprPtr only = std::move(e.operands[0]);
      Expr r = std::move(*only);
      e = std::move(r);
      return expr_type(e);
    }
    return same_type(e.operands, what, false, true);
  }

  // `c and x or y` as a value, x a name: `x if c and x else y` (x read again, which changes
  // nothing), whose value is x or y, never the and's false value: of one type where c is not.
  [[gnu::noinline]] static bool and_name_or(Expr& e) {
    if (e.bool_op != BoolOpKind::Or || e.operands[0]->kind != ExprKind::BoolOp || e.operands[0]->bool_op != BoolOpKind::And ||
        e.operands[0]->operands.back()->kind != ExprKind::Name)
      return false;
    SourceLoc loc = e.loc;
    ExprPtr choice(new Expr(ExprKind::IfExp, loc));
    ExprPtr value = copy_expr(*e.operands[0]->operands.back());
    value->type = Type::Unknown;
    choice->operands.push_back(std::move(e.operands[0]));
    choice->operands.push_back(std::move(value));
    e.operands.erase(e.operands.begin());
    if (e.operands.size() == 1) {
      choice->operands.push_back(std::move(e.operands[0]));
    } else {  // c and x or y or z: y or z
      ExprPtr rest(new Expr(std::move(e)));
      rest->loc = rest->operands[0]->loc;
      choice->operands.push_back(std::move(rest));
    }
    e = std::move(*choice);
    return true;
  }

  // `x or y` and `x and y` as a value, x a name (or a field of one) holding a list, tuple, dict, set or object, or a
  // str, int, tuple, list or dict that may be None, or None so far (which and/or as a value does
  // not take): `x if x else y` and `y if x else x` (x read again, which changes nothing; the test
  // `x is not None and x` for one that may be None); with more operands, y is the rest.
  [[gnu::noinline]] bool name_and_or(Expr& e) {
    const Expr& x = *e.operands[0];
    bool field = (x.kind == ExprKind::Attribute || (x.kind == ExprKind::Subscript && !x.text.empty())) &&
                 x.operands[0]->kind == ExprKind::Name;  // self.nick or self.name: read twice, as a name is
    if (x.kind != ExprKind::Name && !field) return false;
    Type t = value_expr(x);
    bool none_too = maybe_none_str(t) || maybe_none_ref(t) || maybe_none_int(t) || t == Type::None;
    if (!t.is_seq() && !t.is_tuple() && !t.is_table() && !t.is_object() && !none_too) return false;
    SourceLoc loc = e.loc;
    bool is_or = e.bool_op == BoolOpKind::Or;
    ExprPtr choice(new Expr(ExprKind::IfExp, loc));
    ExprPtr again = copy_expr(x);
    ExprPtr test = std::move(e.operands[0]);
    if (none_too) {  // the reads the test proves not None, as narrow.cpp marks them
      ExprPtr both(new Expr(ExprKind::BoolOp, loc));
      both->bool_op = BoolOpKind::And;
      both->op_loc = loc;
      both->operands.push_back(is_not_none(*test, loc));
      test->not_none = true;
      both->operands.push_back(std::move(test));
      test = std::move(both);
      if (is_or) again->not_none = true;
    }
    e.operands.erase(e.operands.begin());
    ExprPtr rest;
    if (e.operands.size() == 1) {
      rest = std::move(e.operands[0]);
    } else {
      rest.reset(new Expr(std::move(e)));
      rest->loc = rest->operands[0]->loc;
    }
    choice->operands.push_back(std::move(test));
    choice->operands.push_back(is_or ? std::move(again) : std::move(rest));
    choice->operands.push_back(is_or ? std::move(rest) : std::move(again));
    e = std::move(*choice);
    return true;
  }

  // e's type, which may be an int or None (the contexts that take one call this).
  Type value_expr(const Expr& ce) {
    Expr& e = const_cast<Expr&>(ce);
    e.type = expr_type(e);
    return e.type;
  }

  // The type of e, an element of a tuple display, which may be None (none_inside); Unknown
  // while e is None so far (a later pass may find it a str or None).
  Type element_expr(const Expr& e) {
    Type t = value_expr(e);
    return none_so_far(e) ? Type::Unknown : t;
  }

  // The type of i, an index of ct: an int or None indexing a list, an array, a tuple or a str
  // is unboxed, None raising CPython's TypeError there; Unknown while i is None so far; else
  // as expr().
  Type index_expr(const Expr& i, const Type& ct) {
    Type it = value_expr(i);
    if (none_so_far(i)) return Type::Unknown;
    if (maybe_none_int(it) && (ct.is_seq() || ct.is_tuple() || ct == Type::Str)) {
      unbox(i, ct.is_array() ? "array indices must be integers"
               : ct == Type::Str ? "string indices must be integers, not 'NoneType'"
               : std::string(ct.is_tuple() ? "tuple" : "list") + " indices must be integers or slices, not NoneType");
      return Type::Int;
    }
    return expr(i);
  }

  // e's type, refused if it is an int or None.
  Type expr(const Expr& ce) {
    Type t = value_expr(ce);
    if (maybe_none(t)) refuse_maybe_none(ce, "here");
    if (none_inside(t)) refuse_none_inside(ce, "here");
    return t;
  }

  // A tuple with an element that may be None where kilopy has no rule for it: refused.
  [[noreturn]] static void refuse_none_inside(const Expr& e, const std::string& what) {
    throw CompileError(e.loc, described(e) + " is " + article(e.type) + ", a tuple with an element that may be None, which "
                                  "kilopy does not take " + what + ": it keeps one in a name, field, parameter or result, "
                                  "and takes one in unpacking, indexing, print(), str() and f-strings; unpack it into "
                                  "names first");
  }

  Type expr_type(Expr& e) {
    Type t = expr_type_of(e);
    function_operands(e);
    return t;
  }

  // Refuses a function value where kilopy would read its tag as an int: kept, passed, returned,
  // stored in a list, tuple or dict (as a value), chosen with `if else`, called, compared with
  // is or == (compare_type) it is; printed, in arithmetic or as a key it is not.
  void function_operands(const Expr& e) {
    auto refuse = [&](const Expr& o) {
      if (!o.type.holds_func()) return;
      const Expr* callee = e.kind == ExprKind::Call ? e.callee.get() : nullptr;
      std::string it = article(o.type);
      std::string what = callee && callee->kind == ExprKind::Name ? "passing " + it + " to " + callee->text + "()"
                         : callee                                  ? "passing " + it + " to the method " + callee->text + "()"
                         : e.kind == ExprKind::Format              ? "formatting " + it
                         : e.kind == ExprKind::Dict                ? it + " as a dict key"
                         : e.kind == ExprKind::Subscript           ? it + " as an index or key"
                         : e.kind == ExprKind::Set                 ? it + " in a set"
                                                                   : it + " as an operand";
      throw CompileError(o.loc, what + " is not supported in kilopy: a function value is kept in names, fields, lists, "
                                "tuples and dict values, passed, returned, called and compared with is, is not, == or !=; "
                                "print a function's name as a string");
    };
    switch (e.kind) {
      case ExprKind::Name:
      case ExprKind::Compare:
      case ExprKind::List:
      case ExprKind::Tuple:
        return;
      case ExprKind::Dict:
        for (size_t i = 0; i < e.operands.size(); i += 2) refuse(*e.operands[i]);
        return;
      case ExprKind::IfExp: return refuse(*e.operands[0]);
      case ExprKind::Subscript:
        if (e.operands.size() > 1) refuse(*e.operands[1]);
        return;
      case ExprKind::Call: {
        const Expr& c = *e.callee;
        bool builtin = c.kind == ExprKind::Name && !program_.lookup(*fn_, c.text) && !program_.find_function(c.text) &&
                       !program_.find_class(c.text);
        bool orders = c.kind == ExprKind::Attribute && c.text == "sort";
        static const std::set<std::string> keeps = {"len", "list", "tuple", "reversed", "enumerate", "zip"};
        // These see a dict's keys only: its function values are not read.
        static const std::set<std::string> sees_keys = {"sorted", "min", "max", "sum", "any", "all", "set", "dict"};
        auto keys_only = [&](const Expr& o) {
          return builtin && sees_keys.count(c.text) && o.type.is_dict() && !o.type.elems[0].holds_func();
        };
        if ((builtin && !keeps.count(c.text)) || orders) {
          for (const ExprPtr& o : e.operands)
            if (!keys_only(*o)) refuse(*o);
          for (const Keyword& k : e.keywords) refuse(*k.value);
          if (orders) refuse(*c.operands[0]);
        }
        return;
      }
      default: for_each_operand(e, refuse);
    }
  }

  Type expr_type_of(Expr& e) {
    switch (e.kind) {
      case ExprKind::Int: return e.type.is_func() ? e.type : Type::Int;  // a function's tag stays one
      case ExprKind::Bool: return Type::Bool;
      case ExprKind::None: return Type::None;
      case ExprKind::Str: return Type::Str;
      case ExprKind::Name: return name_read(e);
      case ExprKind::Unary: {
        Type t = e.unary_op == UnaryOp::Not ? condition(*e.operands[0]) : value_expr(*e.operands[0]);
        if (e.unary_op == UnaryOp::Not) return Type::Bool;
        if (none_so_far(*e.operands[0])) return Type::Unknown;
        if (maybe_none_ref(t) || maybe_none_str(t)) refuse_maybe_none(*e.operands[0], "as an operand");
        if (t == Type::Unknown && !final_ && e.unary_op == UnaryOp::Neg && defines("__neg__"))
          return Type::Unknown;  // maybe an object whose class defines __neg__: not an int yet
        if (t.is_object() && e.unary_op == UnaryOp::Neg && hierarchy_has(t.cls, "__neg__")) {
          if (!narrowed(*e.operands[0])) negated_not_none(*e.operands[0]);
          ExprPtr call = special_call(std::move(e.operands[0]), "__neg__", {}, e.op_loc);
          e = std::move(*call);
          return expr(e);
        }
        if (maybe_none_int(t)) {
          const char* sym = e.unary_op == UnaryOp::Neg ? "-" : e.unary_op == UnaryOp::Pos ? "+" : "~";
          unbox(*e.operands[0], std::string("bad operand type for unary ") + sym + ": 'NoneType'");
          t = Type::Int;
        }
        if (t == Type::Str) {
          const char* sym = e.unary_op == UnaryOp::Neg ? "-" : e.unary_op == UnaryOp::Pos ? "+" : "~";
          throw CompileError(e.loc, std::string("bad operand type for unary ") + sym + ": 'str'");
        }
        if (t.is_seq() || t.is_tuple() || t.is_object() || t.is_table()) {
          const char* sym = e.unary_op == UnaryOp::Neg ? "-" : e.unary_op == UnaryOp::Pos ? "+" : "~";
          throw CompileError(e.loc, std::string("bad operand type for unary ") + sym + ": '" + py_type_name(t) + "'");
        }
        if (t == Type::None) {
          const char* sym = e.unary_op == UnaryOp::Neg ? "-" : e.unary_op == UnaryOp::Pos ? "+" : "~";
          throw CompileError(e.loc, std::string("bad operand type for unary ") + sym + ": 'NoneType'");
        }
        return Type::Int;
      }
      case ExprKind::Binary: {
        Type l = value_expr(*e.operands[0]);
        Type r = value_expr(*e.operands[1]);
        if (none_so_far(*e.operands[0]) || none_so_far(*e.operands[1])) return Type::Unknown;
        if (e.text == kPropertyUpdate && (l.is_list() || l.is_table() || l.is_set() || l.is_array()))
          throw CompileError(e.op_loc, std::string("obj.p ") + binop_symbol(e.bin_op) + "= v of a property holding a " +
                                       py_type_name(l) + " changes the " + py_type_name(l) + " in place before CPython calls the "
                                       "setter, which kilopy does not do: write obj.p = obj.p " + binop_symbol(e.bin_op) + " v");
        if (l.is_object() && e.text == "divmod()")
          throw CompileError(e.operands[0]->loc, "divmod() of an object is not supported in kilopy (CPython calls __divmod__, "
                                                 "not __floordiv__ and __mod__): write (a // b, a % b)");
        if (l.is_object() && arithmetic_method(e.bin_op) && hierarchy_has(l.cls, arithmetic_method(e.bin_op))) {
          if (l.nullable && !narrowed(*e.operands[0])) left_not_none(e, r);
          return call_special(e, 0, 1, arithmetic_method(e.bin_op));
        }
        if (l == Type::Unknown && !final_ && arithmetic_method(e.bin_op) && defines_arithmetic())
          return Type::Unknown;  // maybe an object whose class defines the operator: not an int yet
        if (e.bin_op == BinOp::Add) none_str_concat(e, l, r);
        for (const ExprPtr& o : e.operands)
          if (maybe_none_ref(o->type) || maybe_none_str(o->type)) refuse_maybe_none(*o, "as an operand");
        if (maybe_none_int(l) || maybe_none_int(r))
          unbox_operands(e, l, r, std::string("unsupported operand type(s) for ") +
                                      (!e.text.empty() ? e.text : e.bin_op == BinOp::Pow ? "** or pow()" : binop_symbol(e.bin_op)) + ": ");
        if (e.bin_op == BinOp::Add && boxed_list(l) != boxed_list(r) && (boxed_list(l) ? r : l).is_list()) {
          refine(*e.operands[boxed_list(l) ? 1 : 0], boxed_list(l) ? l : r);  // a display joined to a list of "int or None"
          l = e.operands[0]->type;
          r = e.operands[1]->type;
        }
        Type t = binary_type(e.bin_op, l, r, e.op_loc);
        if (e.bin_op == BinOp::Add && t.is_list()) {
          refine(*e.operands[0], t);
          refine(*e.operands[1], t);
        }
        return t;
      }
      case ExprKind::Compare: return compare_type(e);
      case ExprKind::BoolOp: return bool_op_value(e);
      case ExprKind::IfExp: {
        condition(*e.operands[0]);
        Type body, orelse;
        branch_types(e, body, orelse);
        auto int_or_none_part = [](const Type& t) { return t.kind == Type::Kind::Int || t == Type::None; };
        if (int_or_none_part(body) && int_or_none_part(orelse) && (body != orelse || maybe_none_int(body)) &&
            (body == Type::None || orelse == Type::None || maybe_none_int(body) || maybe_none_int(orelse))) {
          box_into(int_or_none(), *e.operands[1]);  // an int branch is boxed
          box_into(int_or_none(), *e.operands[2]);
          return int_or_none();
        }
        auto ref = by_reference;
        if ((body == Type::None && ref(orelse)) || (orelse == Type::None && ref(body)) ||
            (ref(body) && ref(orelse) && (body.nullable || orelse.nullable) && compatible(body, orelse))) {
          Type both = body == Type::None ? orelse : body;  // a tuple, list or dict or None
          bool saved = changed_;
          if (body != Type::None && orelse != Type::None) merge(both, orelse);
          changed_ = saved;
          both.nullable = true;
          return both;
        }
        auto str_or_none_part = [](const Type& t) { return t.kind == Type::Kind::Str || t == Type::None; };
        if (str_or_none_part(body) && str_or_none_part(orelse) && (body != orelse || maybe_none_str(body)) &&
            (body == Type::None || orelse == Type::None || maybe_none_str(body) || maybe_none_str(orelse))) {
          box_into(or_none(Type::Str), *e.operands[1]);  // a str branch is boxed
          box_into(or_none(Type::Str), *e.operands[2]);
          return or_none(Type::Str);
        }
        if (maybe_none_int(body)) refuse_maybe_none(*e.operands[1], "in a conditional expression with " + article(orelse));
        if (maybe_none_int(orelse)) refuse_maybe_none(*e.operands[2], "in a conditional expression with " + article(body));
        if (!compatible(body, orelse))
          throw CompileError(e.operands[2]->loc, "a conditional expression would give " + article(body) + " or " +
                                                     article(orelse) + ": kilopy needs one type");
        Type both = body;  // one side may still be unknown (a recursive call): the other decides
        bool saved = changed_;
        merge(both, orelse);
        changed_ = saved;
        return both;
      }
      case ExprKind::Call: return call_type(e);
      case ExprKind::Tuple: return tuple_type(e);
      case ExprKind::List: return list_type(e);
      case ExprKind::Dict: return dict_type(e);
      case ExprKind::Set: return set_type(e);
      case ExprKind::Subscript: return narrowed(e, subscript_type(e));
      case ExprKind::Attribute: return attribute_read(e);
      case ExprKind::New: return Type::object(e.text);
      case ExprKind::Box: {
        Type t = value_expr(*e.operands[0]);
        if (boxed(t)) {  // its value is an int or str or None itself now (a later pass): no box
          ExprPtr inner = std::move(e.operands[0]);
          e = std::move(*inner);
          return t;
        }
        return or_none(t);
      }
      case ExprKind::Unbox: {  // an int, or a tuple, list or object that is not None
        Type t = value_expr(*e.operands[0]);
        t.nullable = false;
        bool ref = maybe_none_ref(e.operands[0]->type) || maybe_none_str(e.operands[0]->type) || t.is_object();
        return ref ? t : Type::Int;
      }
      case ExprKind::ListComp:
      case ExprKind::GenExp:
      case ExprKind::DictComp:
      case ExprKind::SetComp: break;  // rewritten into loops after parsing (desugar.h)
      case ExprKind::Format: return format_value_type(e);
      case ExprKind::Slice: throw CompileError(e.loc, "internal error: a slice outside []");
    }
    return Type::Unknown;
  }

  // A Format outside print(): a new str, its fields' texts joined (codegen format_value). A field
  // takes an int, a bool, None or a str, with a spec (FMTSTR); !r and %r give its repr() (a
  // str's: STROP repr).
  // An exception's argument a, whose text kilopy makes when the exception is made: refused if
  // it could change or run code before CPython makes str(e) (a list, dict, set or object; but a
  // display of values that cannot, which only the exception holds).
  [[gnu::noinline]] static void exception_argument(const Expr& a) {
    std::function<bool(const Type&)> changes = [&](const Type& t) {
      return (t.is_list() && !t.frozen) || t.is_array() || t.is_table() || t.is_object() ||
             std::any_of(t.elems.begin(), t.elems.end(), changes);
    };
    std::function<bool(const Expr&)> fixed = [&](const Expr& x) {
      bool display = x.kind == ExprKind::List || x.kind == ExprKind::Set || x.kind == ExprKind::Dict || x.kind == ExprKind::Tuple;
      return !changes(x.type) || (display && std::all_of(x.operands.begin(), x.operands.end(), [&](const ExprPtr& o) { return fixed(*o); }));
    };
    if (!fixed(a))
      throw CompileError(a.loc, "an exception's argument (or an assert's message) that is " + article(a.type) + " is not supported in kilopy: kilopy "
                                "makes str(e) when the exception is made, CPython when it is shown (after any change to "
                                "the argument, and running its __repr__ then): pass its text, str(x), or ints and strs");
  }

  Type format_value_type(Expr& e) {
    format_type(e, false);
    for (const FormatPiece& p : e.format) {
      if (p.field < 0) continue;
      const Type& t = e.operands[size_t(p.field)]->type;
      if (t != Type::Int && t != Type::Bool && t != Type::None && t != Type::Str && t != Type::Unknown && !t.is_seq() &&
          !t.is_dict() && !t.is_tuple())
        throw CompileError(e.operands[size_t(p.field)]->loc, "formatting " + article(t) + " into a str is not supported in "
                                                              "kilopy: print it as a print() argument");
    }
    return Type::Str;
  }

  // Field i of e formats an int or a bool as a float ({x:.2f}, '%f' % x, {x:.1%}): it becomes the
  // int's field, of x * 100 for '%', then the text ".00" (format.h FloatOfInt); when the padding
  // goes after the digits, a str field of the Format f"{x:d}.00" padded as a str. False for
  // another spec.
  bool float_field(Expr& e, size_t i) {
    FormatPiece& p = e.format[i];
    const Type t = e.operands[size_t(p.field)]->type;
    FloatOfInt f;
    if (!float_of_int(p.text, t == Type::Bool ? "bool" : "int", p.loc, f)) return false;
    bool rewrites = f.percent || !f.outer_spec.empty();  // the operand itself changes
    for (size_t j = 0; j < e.format.size(); ++j)
      if (rewrites && j != i && e.format[j].field == p.field)
        throw CompileError(p.loc, "a '%' or left- or center-aligned float format ('{0:.1%}', '{0:<8.2f}') of a value "
                                  "another field formats too is not supported in kilopy: pass the value twice");
    ExprPtr& o = e.operands[size_t(p.field)];
    SourceLoc at = o->loc;
    if (f.digit_text && o->kind == ExprKind::Name) {  // f"{x:d}00%" if x else f"{x:d}%", padded as a str
      auto text = [&](const std::string& zeros) {
        ExprPtr t(new Expr(ExprKind::Format, at));
        t->operands.push_back(copy_expr(*o));
        FormatPiece digits = p;
        digits.field = 0;
        digits.text = f.sign_spec;
        digits.percent = 0;
        t->format.push_back(digits);
        FormatPiece tail;
        tail.text = zeros + f.suffix;
        tail.loc = p.loc;
        t->format.push_back(tail);
        return t;
      };
      ExprPtr pick(new Expr(ExprKind::IfExp, at));
      pick->operands.push_back(copy_expr(*o));
      pick->operands.push_back(text("00"));
      pick->operands.push_back(text(""));
      o = std::move(pick);
      p.text = f.text_spec;
      if (p.percent) p.percent = 's';
      value_expr(*o);
      return true;
    }
    if (f.percent) {  // float(x) * 100's digits are x * 100's
      ExprPtr times(new Expr(ExprKind::Binary, at));
      times->op_loc = p.loc;
      times->bin_op = BinOp::Mul;
      times->operands.push_back(std::move(o));
      times->operands.emplace_back(new Expr(ExprKind::Int, at));
      times->operands.back()->int_value = 100;
      times->operands.back()->int_text = "100";
      o = std::move(times);
    }
    FormatPiece suffix;
    suffix.text = f.suffix;
    suffix.loc = p.loc;
    if (f.outer_spec.empty()) {
      p.text = f.int_spec;
      if (p.percent) p.percent = 'd';
      if (!f.suffix.empty()) e.format.insert(e.format.begin() + long(i) + 1, suffix);
    } else {  // f"{x:<8.2f}": f"{f'{x:d}.00':<8}"
      ExprPtr inner(new Expr(ExprKind::Format, at));
      inner->operands.push_back(std::move(o));
      FormatPiece digits = p;
      digits.field = 0;
      digits.text = f.int_spec;
      digits.percent = 0;
      inner->format.push_back(digits);
      if (!f.suffix.empty()) inner->format.push_back(suffix);
      o = std::move(inner);
      p.text = f.outer_spec;
      if (p.percent) p.percent = 's';
    }
    value_expr(*o);
    return true;
  }

  // A field padded to a nested width, f"{x:>{w}}" (format.cpp: its operand is f"{x:inner}"):
  // w must be an int, and x an int or a str, or shown by !s or !r.
  void nested_width_field(const Expr& e, const FormatPiece& p) {
    const Expr& w = *e.operands[size_t(p.width)];
    const Expr& text = *e.operands[size_t(p.field)];
    const FormatPiece& inner = text.format[0];
    const Type& t = text.operands[size_t(inner.field)]->type;
    if (w.type != Type::Unknown && w.type != Type::Int)
      throw CompileError(w.loc, "a nested width (f'{x:>{w}}') must be an int, not " + article(w.type) +
                                    (w.type == Type::Bool ? " (CPython reads True as the spec 'True', a ValueError)" : "") +
                                    ": compute the width as an int");
    if (t != Type::Unknown && t != Type::Int && t != Type::Str && inner.conversion != 's' && inner.conversion != 'r')
      throw CompileError(p.loc, "kilopy pads an int or a str to a nested width (f'{x:>{w}}'), not " + article(t) +
                                    ": pad its text, f'{x!s:>{w}}'" +
                                    (t == Type::Bool ? " (CPython formats a bool as an int there: f'{int(b):>{w}}')" : ""));
  }

  // Field p of e formats an object: its text, __str__ or __repr__, called once, becomes the
  // operand, for p and every field formatting the same one ("{0!r} {0}".format(obj)); a field
  // wanting the other text gets an operand of its own (own_operand). A spec applies to the text
  // after !s or !r ('%5s' too; a width, not a precision); without either CPython's
  // object.__format__ raises TypeError.
  void object_fields(Expr& e, FormatPiece& p) {
    const int field = p.field;
    const std::string cls = e.operands[size_t(field)]->type.cls;
    auto repr = [](const FormatPiece& q) { return q.conversion == 'r' || q.percent == 'r'; };
    std::vector<FormatPiece*> same, other;
    for (FormatPiece& q : e.format) {
      if (q.field != field) continue;
      if ((!q.text.empty() || q.padded) && q.conversion != 's' && q.conversion != 'r' && q.percent != 's' && q.percent != 'r')
        throw CompileError(q.loc, "TypeError: unsupported format string passed to " + cls + ".__format__");
      if (q.conversion == 'a') throw CompileError(q.loc, "!a of an object is not supported in kilopy: use !r");
      std::string spec = q.text;  // a '.' may be a fill ({x!r:.<9})
      if (q.percent ? q.text.find('.') != std::string::npos : take_precision(spec, q.loc) >= 0)  // its text would be
                                                                                                // sliced where the operands are evaluated
        throw CompileError(q.loc, "a precision on an object's text ('%.2s', {x!s:.2}) is not supported in kilopy: "
                                  "format str(x)[:2]");
      (repr(q) == repr(p) ? same : other).push_back(&q);
    }
    for (FormatPiece* q : other) {
      own_operand(e, *q);
      object_text(e.operands[size_t(q->field)], repr(*q));
    }
    object_text(e.operands[size_t(field)], repr(p));
    for (std::vector<FormatPiece*>* fields : {&same, &other})
      for (FormatPiece* q : *fields) {
        q->conversion = 0;
        if (q->percent == 'r') q->percent = 's';
      }
  }

  // Field p of e, about to have its operand rewritten (repr(s), s[:n]), gets an operand of its own
  // where another field formats the same one ("{0!r:5}{0}".format(s)): a copy, read after the
  // others, so only of a literal or a name no call can assign (or of the text of an object such a
  // name holds).
  void own_operand(Expr& e, FormatPiece& p) {
    bool shared = std::any_of(e.format.begin(), e.format.end(), [&](const FormatPiece& q) { return &q != &p && q.field == p.field; });
    if (!shared) return;
    const Expr& o = *e.operands[size_t(p.field)];
    bool text = o.kind == ExprKind::Call && o.text == kObjectText && stable(*o.operands[0]);  // an object's text, made per field
    if (!stable(o) && !text)
      throw CompileError(p.loc, "a value that two fields format differently (!r and !s, or with a spec or a precision) is "
                                "supported in kilopy only as a literal or a local name: assign it to a variable first");
    e.operands.push_back(copy_expr(o));
    p.field = int(e.operands.size() - 1);
    value_expr(*e.operands.back());
  }

  // A print() argument that is a Format: its operands' types, and each field's spec checked
  // against the type of what it formats, as CPython's format() and '%' would check them.
  std::set<const Expr*> padded_;  // the text of a field padded to a nested width (f"{x:>{w}}"): x's own format

  void format_type(Expr& e, bool printed) {
    for (const FormatPiece& p : e.format)
      if (p.width >= 0 && p.field >= 0) padded_.insert(e.operands[size_t(p.field)].get());
    if (e.text == kSpreadTuple) {  // fmt % t, several fields: t[0], t[1], ... (format.h)
      const Expr& t = *e.operands[0]->operands[0];
      Type tt = expr(t);
      if (tt != Type::Unknown && (!tt.is_tuple() || tt.nullable || tt.elems.size() != e.operands.size()))
        throw CompileError(t.loc, "'%' formatting with " + std::to_string(e.operands.size()) + " fields takes a tuple of " +
                                      std::to_string(e.operands.size()) + " values in kilopy, not " + article(tt) +
                                      " (CPython's TypeError where the counts differ or the value is no tuple)");
    }
    for (size_t i = 0; i < e.operands.size(); ++i) {  // a value only str() of which the fields write
      bool text = true, used = false, aligned = false;
      for (const FormatPiece& p : e.format) {
        if (p.width == int(i)) text = false;
        if (p.field != int(i)) continue;
        used = true;
        aligned = aligned || !p.text.empty();
        text = text && (p.text.empty() || aligned_only(p.text)) && p.width < 0 &&
               (p.conversion == 0 || p.conversion == 's') && (p.percent == 0 || p.percent == 's');
      }
      if (used && text && !padded_.count(&e)) text_of_branches(e.operands[i], e.formats_late, aligned);
    }
    for (ExprPtr& o : e.operands) value_expr(*o);
    if (e.exception_args)  // before an object's field becomes its __repr__() call
      for (const ExprPtr& o : e.operands) exception_argument(*o);
    if (e.formats_late) check_late_texts(all_of(e.operands));
    function_operands(e);
    for (size_t i = 0; i < e.format.size(); ++i) {
      FormatPiece& p = e.format[i];
      if (p.field < 0) continue;
      if (p.width >= 0) {
        nested_width_field(e, p);
        continue;
      }
      if (maybe_none(e.operands[size_t(p.field)]->type)) {  // its text: an int's, a tuple's or list's, or "None"
        const Type& t = e.operands[size_t(p.field)]->type;
        if (padded_.count(&e) && p.conversion == 0)  // f"{x:>{w}}": format(None, ">5") is CPython's TypeError
          throw CompileError(p.loc, "a nested width on " + article(t) + " is not supported in kilopy (CPython pads an int "
                                    "or a str and raises TypeError for None): pad it where it cannot be None, or its "
                                    "text, f'{x!s:>{w}}'");
        if ((t.is_tuple() || t.is_var_tuple()) && p.percent)  // as for a tuple (below): `'%s' % t` takes t's elements
          throw CompileError(e.operands[size_t(p.field)]->loc, "formatting a tuple or None with '%' is not supported in kilopy: "
                                                                "use an f-string (f\"{t}\") or str(t)");
        if (maybe_none_str(t) && (p.conversion == 'r' || p.percent == 'r') && p.text.empty()) {
          own_operand(e, p);
          none_str_repr(e.operands[size_t(p.field)]);
          p.conversion = 0;
          if (p.percent) p.percent = 's';
          continue;
        }
        if (!p.text.empty() || (p.percent && p.percent != 's' && p.percent != 'r') || p.conversion == 'a')
          throw CompileError(p.loc, "a format spec, %d or !a on " + article(t) + " is not supported in kilopy (CPython formats " +
                                    (maybe_none_int(t) ? "an int" : "the value") + " and raises TypeError for None): format " +
                                    (maybe_none_int(t) ? "int(x)" : "it") + " where it cannot be None");
        p.conversion = 0;
        if (p.percent) p.percent = 's';
        if (printed) continue;  // print_field prints it
        none_int_text(e.operands[size_t(p.field)]);
      }
      if (e.operands[size_t(p.field)]->type.is_object()) object_fields(e, p);
      const Expr& v = *e.operands[size_t(p.field)];
      const Type& t = v.type;
      const std::string& spec = p.text;
      if (t == Type::Unknown) continue;  // checked once known (and again by codegen)
      bool number = is_number_conversion(p.percent);
      std::string name = t == Type::Str ? "str" : t == Type::None ? "NoneType" : t.is_list() ? py_type_name(t)
                         : t.is_array() ? "array.array" : t.is_tuple() ? "tuple" : t == Type::Bool ? "bool" : "int";
      if ((p.percent == 'f' || p.percent == 'F') && !is_int_like(t))
        throw CompileError(p.loc, "TypeError: must be real number, not " + (t.is_array() ? "array.array" : name));
      if (is_int_like(t) && !p.conversion && float_field(e, i)) {
        --i;  // the field again, now an int's or a str's
        continue;
      }
      if (t.is_var_tuple() && p.percent)
        throw CompileError(v.loc, "'...' % t of a tuple built by tuple() is not supported in kilopy (CPython formats each of "
                                  "its elements): write them out, '%d %d' % (t[0], t[1])");
      if (t.is_tuple() && p.percent)
        throw CompileError(v.loc, "formatting a tuple with '%' is not supported in kilopy: use an f-string (f\"{t}\") or str(t)");
      if (t != Type::Unknown) check_shown(v, "formatting", "format");
      if (number && !is_int_like(t))
        throw CompileError(p.loc, std::string("TypeError: %") + p.percent +
                                      (p.percent == 'd' || p.percent == 'i' || p.percent == 'u'
                                           ? " format: a real number is required, not "
                                           : " format: an integer is required, not ") +
                                      (t.is_array() ? "array.array" : name));
      if (p.conversion == 'a' && t != Type::Str && holds_str(t))  // the VM's repr keeps non-ASCII text
        throw CompileError(p.loc, "!a (ascii()) of " + (t.is_list() ? std::string("a list of strs") : article(t)) +
                                      " is not supported in kilopy yet: use !r");
      if (t == Type::Str && v.kind != ExprKind::Str) {
        if (p.conversion == 'a')
          throw CompileError(p.loc, "!a on a str value is not supported in kilopy yet: print it with {s}, {s:>10} or {s!r}");
        if ((p.conversion == 'r' && !spec.empty()) || spec.find('.') != std::string::npos) own_operand(e, p);
        ExprPtr& o = e.operands[size_t(p.field)];
        SourceLoc at = o->loc;
        auto wrap = [&](ExprKind kind, ExprPtr arg) {  // o := callee(o) or o[arg]
          ExprPtr outer(new Expr(kind, at));
          if (kind == ExprKind::Call) {
            outer->callee.reset(new Expr(ExprKind::Name, at));
            outer->callee->text = "repr";
          }
          outer->operands.push_back(std::move(o));
          if (arg) outer->operands.push_back(std::move(arg));
          o = std::move(outer);
        };
        if (p.conversion == 'r' && !spec.empty()) {  // format(repr(s), spec)
          wrap(ExprKind::Call, nullptr);
          p.conversion = 0;
          if (p.percent == 'r') p.percent = 's';
        }
        long precision = take_precision(p.text, p.loc);
        if (precision >= 0) {  // format(s, ".n") is format(s[:n], ""): a slice, by characters
          ExprPtr slice(new Expr(ExprKind::Slice, at));
          slice->operands.emplace_back(new Expr(ExprKind::None, at));
          slice->operands.emplace_back(new Expr(ExprKind::Int, at));
          slice->operands.back()->int_value = precision;
          slice->operands.emplace_back(new Expr(ExprKind::None, at));
          wrap(ExprKind::Subscript, std::move(slice));
        }
        value_expr(*o);
        if (!p.text.empty()) str_format(p.text, p.loc);
        continue;
      }
      if (is_int_like(t) && (t == Type::Int || number || !spec.empty()) && !(t == Type::Bool && p.conversion)) {
        int_format(spec, p.conversion, name.c_str(), p.loc);
      } else if (t == Type::Str || t == Type::None || t == Type::Bool) {
        if (!spec.empty() && !p.conversion && t == Type::None)
          throw CompileError(p.loc, "TypeError: unsupported format string passed to NoneType.__format__");
        format_text(t == Type::Str ? v.text : t == Type::None ? "None" : "False", spec, p.loc);
      } else if (!spec.empty()) {  // a list or an array
        if (!p.conversion)
          throw CompileError(p.loc, "TypeError: unsupported format string passed to " + name + ".__format__");
        throw CompileError(p.loc, "padding the text of " + article(t) + " is not supported in kilopy");
      }
    }
  }

  Type list_type(Expr& e) {
    Type elem = e.type.is_list() ? e.type.elems[0] : Type::Unknown;  // what refine() learnt
    for (const ExprPtr& o : e.operands) {
      Type t = value_expr(*o);
      if (boxes_into(elem, t) || (elem == Type::Int && t == Type::None)) {  // [3, None]: ints and None, boxed below
        elem = int_or_none();
        continue;
      }
      if (maybe_none_int(t) && elem == Type::Unknown) {
        elem = t;
        continue;
      }
      t = expr(*o);
      check_element(t, o->loc, elem);
      if (!compatible(elem, t))
        throw CompileError(o->loc, "this list would hold " + article(t) + " here and " + article(elem) +
                                       " before it: kilopy lists hold one type");
      bool saved = changed_;
      merge(elem, t);
      changed_ = saved;
    }
    if (unknown_elements_are_ints_ && elem == Type::Unknown && e.operands.empty()) elem = Type::Int;
    for (const ExprPtr& o : e.operands) refine(*o, elem);
    for (const ExprPtr& o : e.operands) box_into(elem, *o);
    if (final_ && elem == Type::None) check_element(elem, e.operands.empty() ? e.loc : e.operands[0]->loc, elem);  // [] that append(None) typed
    if (final_ && !elem.complete())
      throw CompileError(e.loc, "cannot tell what this empty list will hold: kilopy needs one element type per list; "
                                "append to it or store into it where the type shows, or write e.g. [0] * 0");
    return e.text == kDeque ? as_deque(Type::list(elem)) : Type::list(elem);
  }

  // (a, b, ...): a tuple value, one element type per element.
  Type tuple_type(Expr& e) {
    bool literals = true;  // a tuple of int and bool literals is a table in the image: any length
    for (const ExprPtr& o : e.operands) {
      const Expr& x = o->kind == ExprKind::Unary && o->unary_op == UnaryOp::Neg ? *o->operands[0] : *o;
      literals = literals && (x.kind == ExprKind::Int || x.kind == ExprKind::Bool);
    }
    if (e.operands.size() > kMaxTupleValue && !literals)
      throw CompileError(e.loc, "a tuple has at most " + std::to_string(kMaxTupleValue) + " elements in kilopy");
    std::vector<Type> items;
    for (const ExprPtr& o : e.operands) items.push_back(element_expr(*o));
    return Type::tuple(items);
  }

  // t[a:b:c] with constant bounds (ints or None, or left out): the tuple of those elements.
  Type tuple_slice(const Expr& slice, const Type& ct) {
    slice_bounds(slice);
    int64_t v[3] = {0, 0, 1};
    bool given[3] = {false, false, false};
    for (size_t i = 0; i < 3 && i < slice.operands.size(); ++i) {
      const Expr* b = slice.operands[i].get();
      if (!b || b->kind == ExprKind::None) continue;
      bool neg = b->kind == ExprKind::Unary && b->unary_op == UnaryOp::Neg && b->operands[0]->kind == ExprKind::Int;
      if (b->kind != ExprKind::Int && !neg)
        throw CompileError(b->loc, "a tuple slice needs constant bounds in kilopy (its length is its type): write "
                                   "list(t)[a:b] for a list, or constant bounds");
      v[i] = neg ? -b->operands[0]->int_value : b->int_value;
      given[i] = true;
    }
    if (v[2] == 0) throw CompileError(slice.loc, "ValueError: slice step cannot be zero");
    int64_t start = v[0], stop = v[1];
    uint64_t n = py_slice<int64_t>(start, given[0], stop, given[1], v[2], int64_t(ct.elems.size()));
    std::vector<Type> items;
    for (uint64_t i = 0; i < n; ++i) items.push_back(ct.elems[size_t(start + int64_t(i) * v[2])]);
    return Type::tuple(items);
  }

  // The type of any element of the tuple t, whose elements are compatible: objects of classes of
  // one hierarchy are their common base or a subclass.
  Type tuple_element(const Type& t) {
    Type joined = t.elems[0];
    bool saved = changed_;
    if (joined.is_object())
      for (const Type& item : t.elems) merge(joined, item);
    changed_ = saved;
    return joined;
  }

  // t[i]: a constant index for a tuple of mixed types, any int for one of one type.
  Type tuple_item(Expr& e, const Type& ct) {
    const Expr& index = *e.operands[1];
    if (index.kind == ExprKind::Slice) return tuple_slice(index, ct);
    Type it = index_expr(index, ct);
    if (!is_int_like(it)) throw CompileError(index.loc, "tuple indices must be integers, not " + py_type_name(it));
    int64_t n = int64_t(ct.elems.size()), k = 0;
    bool constant = index.kind == ExprKind::Int ||
                    (index.kind == ExprKind::Unary && index.unary_op == UnaryOp::Neg && index.operands[0]->kind == ExprKind::Int);
    if (constant) {
      k = index.kind == ExprKind::Int ? index.int_value : -index.operands[0]->int_value;
      if (k < -n || k >= n)
        throw CompileError(index.loc, "IndexError: tuple index out of range (a " + type_name(ct) + " has " +
                                          std::to_string(n) + " elements)");
      return ct.elems[size_t(k < 0 ? k + n : k)];
    }
    if (n == 0)  // every index raises
      throw CompileError(index.loc, "IndexError: tuple index out of range (the empty tuple () has no elements)");
    for (const Type& t : ct.elems)
      if (!compatible(t, ct.elems[0]))
        throw CompileError(index.loc, "indexing a " + type_name(ct) + " needs a constant index in kilopy (its elements "
                                      "differ in type): write t[0], t[1], ...");
    return tuple_element(ct);
  }

  // p["k"] (e), p a record (records.h), read or (store) written: e becomes the field of "k", true;
  // false if p is no record.
  bool record_item(Expr& e, const Type& ct, bool store = false) {
    if (!ct.is_object() || !is_record_class(ct.cls) || e.kind != ExprKind::Subscript || !e.text.empty()) return false;
    const Expr& k = *e.operands[1];
    const Class& c = *program_.find_class(ct.cls);
    if (k.kind != ExprKind::Str)
      throw CompileError(k.loc, "kilopy makes a dict whose values differ in type a record with the keys of its display, read "
                                "with a str constant (p[\"age\"]): write the key, or use a dict of one value type");
    if (c.slot(record_field(k.text)) < 0 && store)
      throw CompileError(k.loc, "this record's display has no key " + record_field(k.text) + " (kilopy makes a dict whose "
                                "values differ in type a record with the keys of its display, which cannot gain keys): give "
                                "its display this key");
    if (c.slot(record_field(k.text)) < 0)
      throw CompileError(k.loc, "KeyError: " + record_field(k.text) + " (kilopy makes a dict whose values differ in type a "
                                "record with the keys of its display, which cannot gain keys): give its display this key");
    e.kind = ExprKind::Attribute;
    e.text = record_field(k.text);
    e.operands.resize(1);
    return true;
  }

  // obj[k], obj an object: the call obj.__getitem__(k), k an int, a str, a tuple, ... (not a slice).
  Type get_item(Expr& e, const Type& ct) {
    if (!hierarchy_has(ct.cls, "__getitem__")) throw CompileError(e.loc, "'" + ct.cls + "' object is not subscriptable");
    if (e.operands[1]->kind == ExprKind::Slice)
      throw CompileError(e.operands[1]->loc, "slicing an object is not supported in kilopy (CPython passes a slice object "
                                             "to __getitem__): give its class a method taking the bounds (obj.part(a, b))");
    if (ct.nullable && !narrowed(*e.operands[0]) && !quiet(*e.operands[1]))
      throw CompileError(e.operands[1]->loc, "kilopy tests " + described(*e.operands[0]) + " (" + article(ct) + ") for None "
                                             "before it evaluates this index, where CPython evaluates the index first: assign "
                                             "it to a name first");
    if (!narrowed(*e.operands[0])) object_not_none(*e.operands[0], "'NoneType' object is not subscriptable");
    std::vector<ExprPtr> key;
    key.push_back(std::move(e.operands[1]));
    return become_special(e, std::move(e.operands[0]), "__getitem__", std::move(key));
  }

  // obj[k] = v, the statement s, obj an object: the call obj.__setitem__(k, v), where CPython's
  // order of evaluation (v, obj, k) cannot show; false if obj is no object.
  bool set_item(const Stmt& s) {
    if (s.targets.size() != 1 || s.targets[0]->kind != ExprKind::Subscript || !s.targets[0]->text.empty()) return false;
    Expr& target = *s.targets[0];
    Type ct = value_expr(*target.operands[0]);
    if (none_so_far(*target.operands[0]) && !final_) {  // a later pass may find it an object that may be None
      value_expr(*s.value);
      return true;
    }
    if (!ct.is_object() || record_item(target, ct, true)) return false;  // a record's field: an attribute's store
    if (!hierarchy_has(ct.cls, "__setitem__"))
      throw CompileError(target.loc, "'" + ct.cls + "' object does not support item assignment");
    if (target.operands[1]->kind == ExprKind::Slice)
      throw CompileError(target.operands[1]->loc, "assigning to a slice of an object is not supported in kilopy (CPython passes "
                                                  "a slice object to __setitem__): give its class a method for it");
    value_expr(*target.operands[1]);
    value_expr(*s.value);
    bool unseen = stable(*target.operands[0]) && stable(*target.operands[1]) && !ct.nullable;
    if (!unseen && (has_call(*s.value) || !quiet(*target.operands[0]) || !quiet(*target.operands[1]) || (ct.nullable && !quiet(*s.value))))
      throw CompileError(s.value->loc, "kilopy calls __setitem__ as obj.__setitem__(k, v), evaluating obj and k before v, "
                                       "where CPython evaluates v first: assign v (and the index) to names first");
    object_not_none(*target.operands[0], "'NoneType' object does not support item assignment");
    Stmt& call = const_cast<Stmt&>(s);
    std::vector<ExprPtr> args;
    args.push_back(std::move(target.operands[1]));
    args.push_back(std::move(call.value));
    call.value = special_call(std::move(target.operands[0]), "__setitem__", std::move(args), target.loc);
    call.targets.clear();
    call.kind = StmtKind::Expr;
    value_expr(*call.value);
    return true;
  }

  Type subscript_type(Expr& e) {
    if (!e.text.empty()) return field(e).type;
    Type ct = checked(*e.operands[0], "'NoneType' object is not subscriptable");
    if (ct == Type::Unknown && none_so_far(*e.operands[0])) return ct;
    if (e.operands[0]->kind == ExprKind::Unbox && !proven_not_none(*e.operands[0]) && !quiet(*e.operands[1]))
      throw CompileError(e.operands[1]->loc, "kilopy tests " + described(*e.operands[0]->operands[0]) + " (" +
                                             article(e.operands[0]->operands[0]->type) + ") for None before it evaluates this "
                                             "index, where CPython evaluates the index first: assign it to a name first");
    if (ct == Type::None && e.operands[0]->kind != ExprKind::None)  // CPython raises it only if this line runs
      throw CompileError(e.loc, described(*e.operands[0]) + " is never anything but None, so indexing it would raise "
                                "TypeError: 'NoneType' object is not subscriptable; kilopy refuses it: assign it a tuple, "
                                "list or str somewhere, or leave the indexing out");
    if (record_item(e, ct)) return attribute_read(e);
    if (ct.is_object()) return get_item(e, ct);
    if (ct.is_tuple()) return tuple_item(e, ct);
    if (e.operands[1]->kind == ExprKind::Slice) {  // a new sequence of the same type
      if (ct.is_deque()) deque_slice(*e.operands[1]);
      slice_bounds(*e.operands[1]);
      if (ct != Type::Unknown && ct != Type::Str && !ct.is_seq()) throw CompileError(e.loc, "'" + py_type_name(ct) + "' object is not subscriptable");
      return ct;
    }
    if (ct.is_dict()) {  // a defaultdict's d[k] stores k when it is missing
      Type kt = dict_key(ct, *e.operands[1], !ct.cls.empty());
      if (!ct.cls.empty()) refine(*e.operands[0], dict_like(ct, kt, ct.elems[1]));
      return ct.elems[1];
    }
    Type it = index_expr(*e.operands[1], ct);
    if (ct == Type::Unknown) return ct;  // a dict, perhaps, once inference knows what it indexes
    if (e.operands[1]->kind == ExprKind::Tuple || !is_int_like(it))
      throw CompileError(e.operands[1]->loc, std::string(ct.is_array() ? "array" : ct == Type::Str ? "string" : "list") +
                                                 " indices must be integers, not " + py_type_name(it));
    if (ct == Type::Unknown || ct == Type::Str) return ct;
    if (!ct.is_seq()) throw CompileError(e.loc, "'" + py_type_name(ct) + "' object is not subscriptable");
    return ct.elem();
  }

  [[noreturn]] static void deque_slice(const Expr& slice) {
    throw CompileError(slice.loc, "TypeError: sequence index must be integer, not 'slice' (a deque has no slices): "
                                  "slice list(q), or use a list");
  }

  // A read narrow.cpp proved not None, of a name or element that may be None: its value without
  // the None (an Unbox, whose check cannot fail). One that is only None so far is not known yet
  // (a later pass sees what else is stored there).
  [[gnu::noinline]] Type narrowed(Expr& e, const Type& t) const {  // out of expr_type_of: its strings
    if (e.not_none && !final_ && t == Type::None) return Type::Unknown;
    if (!e.not_none || !maybe_none(t)) return t;
    e.not_none = false;
    e.type = t;
    Type some = t;
    some.nullable = false;
    wrap(e, ExprKind::Unbox, kProvenNotNone + e.text, some);
    return some;
  }
  // A name's value where it is read (out of expr_type_of, as what it calls: their Types and
  // strings would grow every recursion's frame).
  [[gnu::noinline]] Type name_read(Expr& e) { return of_class_tested(e.narrow_class, narrowed(e, name_type(e))); }

  // The types of a conditional expression's branches, after its test (out of expr_type_of, as
  // name_read): a sorted() reverse flag is an int or a bool (desugar.cpp reverse_chosen), and
  // in `xs if c else []` the empty display learns from the other branch.
  [[gnu::noinline]] void branch_types(Expr& e, Type& body, Type& orelse) {
    if (e.text == kReverseFlag && e.operands[0]->type != Type::Unknown && !is_int_like(e.operands[0]->type))
      throw CompileError(e.operands[0]->loc, "TypeError: '" + py_type_name(e.operands[0]->type) +
                                                 "' object cannot be interpreted as an integer");
    body = value_expr(*e.operands[1]);
    orelse = value_expr(*e.operands[2]);
    if ((body.is_list() || body.is_dict() || body.is_set()) && body.kind == orelse.kind && !body.nullable && !orelse.nullable) {
      refine(*e.operands[1], orelse);
      refine(*e.operands[2], body);
      body = e.operands[1]->type;
      orelse = e.operands[2]->type;
    }
  }

  // A read of a name that isinstance(x, cls) proved holds a cls (narrow.cpp), where it holds
  // objects of a class cls derives from or of its subclasses: an object of cls or of a subclass
  // of cls, whose fields and methods it has.
  Type of_class_tested(const std::string& cls, const Type& t) const {
    if (cls.empty() || !t.is_object() || !t.subclasses || t.cls == cls || !program_.find_class(cls) ||
        !program_.derives(cls, t.cls))
      return t;
    Type narrowed = Type::object(cls);
    narrowed.subclasses = true;
    return narrowed;
  }
  // The message of the Unbox of a narrowed read (narrowed()), which never raises.
  static constexpr const char* kProvenNotNone = "internal error: tested not None, is None: ";
  static bool proven_not_none(const Expr& unbox) { return unbox.text.rfind(kProvenNotNone, 0) == 0; }

  Type name_type(const Expr& e) {
    if (e.text == "__name__")
      throw CompileError(e.loc, "__name__ is only supported in `if __name__ == \"__main__\":`");
    if (Var* v = program_.lookup(*fn_, e.text)) return v->type;
    if (program_.find_function(e.text)) {
      auto set = program_.function_set.find(e.text);
      if (set != program_.function_set.end()) {
        if (final_) tag_literal(const_cast<Expr&>(e));
        return Type::func(set->second);
      }
      throw CompileError(e.loc, "functions are not values in kilopy: call '" + e.text + "(...)'");
    }
    if (is_builtin(e.text))
      throw CompileError(e.loc, "builtin '" + e.text + "' can only be called in kilopy");
    undefined(e.text, e.loc);
  }

  // A function read as a value becomes its tag, an int literal (typed a function).
  void tag_literal(Expr& e) const {
    e.int_value = program_.function_tag.at(e.text);
    e.int_text = std::to_string(e.int_value);
    e.text.clear();
    e.kind = ExprKind::Int;
  }

  static bool is_main_test(const Expr& e) {
    return e.kind == ExprKind::Compare && e.operands.size() == 2 && e.cmp_ops[0] == CmpOp::Eq &&
           e.operands[0]->kind == ExprKind::Name && e.operands[0]->text == "__name__" &&
           e.operands[1]->kind == ExprKind::Str;
  }

  // True if l and r are both lists (arrays), both dicts or both sets, of compatible types: `l is r`
  // compares their offsets.
  bool same_container_kind(const Type& l, const Type& r) const {
    return ((l.is_seq() && r.is_seq()) || (l.is_table() && r.is_table() && l.kind == r.kind)) && compatible(l, r);
  }

  // Comparison i of e, `is`, `is not`, `==` or `!=` of objects by identity, as == or != of their
  // offsets; text "is" keeps a later pass from taking an `is` so lowered for an == that calls __eq__.
  static void lower_identity(Expr& e, size_t i) {
    CmpOp op = e.cmp_ops[i];
    if (op == CmpOp::Is || op == CmpOp::IsNot) e.text = "is";
    e.cmp_ops[i] = op == CmpOp::Is || op == CmpOp::Eq ? CmpOp::Eq : CmpOp::NotEq;
  }

  // x in d.keys() is x in d (the view becomes the dict); x in d.values() (not in), values of
  // ints, bools or strs: codegen values_contain compares x with each value in turn.
  bool dict_view_membership(Expr& e) {
    if (e.cmp_ops.size() != 1 || (e.cmp_ops[0] != CmpOp::In && e.cmp_ops[0] != CmpOp::NotIn)) return false;
    Expr& view = *e.operands[1];
    if (view.kind != ExprKind::Call || view.callee->kind != ExprKind::Attribute || !view.operands.empty() ||
        !view.keywords.empty() || view.starred_arg || (view.callee->text != "keys" && view.callee->text != "values"))
      return false;
    Type d = value_expr(*view.callee->operands[0]);
    if (!d.is_dict()) return false;
    if (d.nullable) d = checked(*view.callee->operands[0], "", view.callee->text);  // None: CPython's AttributeError
    if (view.callee->text == "keys") {
      e.operands[1] = std::move(view.callee->operands[0]);
      return false;
    }
    Type x = value_expr(*e.operands[0]);
    const Type& v = d.elems[1];
    if (v != Type::Int && v != Type::Bool && v != Type::Str && v != Type::Unknown)
      throw CompileError(view.loc, "'in' of a dict's values() of " + article(v) + " is not supported in kilopy (only of "
                                   "ints, bools or strs): loop over d.values() and compare");
    if (maybe_none_int(x) || maybe_none_ref(x) || maybe_none_str(x) || (x != Type::Unknown && v != Type::Unknown &&
        !(is_int_like(x) && is_int_like(v)) && !(x == Type::Str && v == Type::Str)))
      throw CompileError(e.op_loc, "'in' would look for " + article(x) + " among a dict's values of type " + type_name(v) +
                                   ": kilopy needs the value type");
    view.type = d;  // codegen reads the dict itself
    return true;
  }

  Type compare_type(Expr& e) {
    if (is_main_test(e)) {
      e.operands[0]->type = Type::Str;
      e.operands[1]->type = Type::Str;
      return Type::Bool;
    }
    if (dict_view_membership(e)) return Type::Bool;
    std::vector<Type> types;
    for (const ExprPtr& o : e.operands) types.push_back(value_expr(*o));
    for (size_t i = 0; i < types.size(); ++i) {
      bool with_none = e.cmp_ops.size() == 1 && e.operands[i ? 0 : 1]->kind == ExprKind::None;  // x is None: its offset
      if (none_inside(types[i]) && !with_none) refuse_none_inside(*e.operands[i], "in a comparison");
    }
    for (const Type& t : types)
      if (maybe_none_int(t)) return compare_maybe_none(e, types);
    if (e.cmp_ops.size() == 1 && (e.cmp_ops[0] == CmpOp::In || e.cmp_ops[0] == CmpOp::NotIn) && types[1].is_object() &&
        hierarchy_has(types[1].cls, "__contains__"))
      return contains_call(e, types[1]);
    for (const Type& t : types)
      if (maybe_none_ref(t) || maybe_none_str(t)) return compare_ref_none(e, types);
    for (const ExprPtr& o : e.operands)
      if (none_so_far(*o)) return Type::Bool;  // a later pass may find it a tuple, list or str or None
    Type special = Type::Unknown;
    if (special_compare(e, types, special)) return special;
    for (size_t i = 0; i < e.cmp_ops.size(); ++i) {
      CmpOp op = e.cmp_ops[i];
      Type l = types[i], r = types[i + 1];
      const Expr& lhs = *e.operands[i];
      const Expr& rhs = *e.operands[i + 1];
      // An == of the __eq__ @dataclass wrote is checked once stub_unreached_methods() has kept
      // it (a comparison calls it): CPython never runs, so never refuses, the one nothing calls.
      if ((op == CmpOp::Eq || op == CmpOp::NotEq) && !stubbed_done_ && fn_->def && fn_->def->decorator == "dataclass") continue;
      if (e.text == "is" && (l.is_seq() || l.is_table())) continue;  // lowered by an earlier pass: identity
      if (l.holds_func() || r.holds_func()) {  // tags: equal only for one function
        if ((l == Type::Unknown || r == Type::Unknown) && !final_) continue;
        bool identity = op == CmpOp::Is || op == CmpOp::IsNot || op == CmpOp::Eq || op == CmpOp::NotEq;
        if (identity && l.is_func() && r.is_func()) {
          lower_identity(e, i);
          continue;
        }
        if (!((op == CmpOp::In || op == CmpOp::NotIn) && r.is_dict() && !l.holds_func()))
          throw CompileError(e.op_loc, "comparing " + article(l) + " with " + article(r) + " is not supported in kilopy: "
                                       "compare two function values with is, is not, == or !=");
      }
      if ((op == CmpOp::In || op == CmpOp::NotIn) && r == Type::Str) {  // a substring test
        if (l != Type::Str && l != Type::Unknown)
          throw CompileError(e.op_loc, "'in <string>' requires string as left operand, not " + py_type_name(l));
        continue;
      }
      if ((l == Type::Str || r == Type::Str) && op != CmpOp::In && op != CmpOp::NotIn) {
        bool is = op == CmpOp::Is || op == CmpOp::IsNot;
        if (is && (lhs.kind == ExprKind::None || rhs.kind == ExprKind::None)) continue;  // known: a str is not None
        if (is) throw CompileError(e.op_loc, "'is' is only supported with None in kilopy (use == to compare strs)");
        if (op != CmpOp::Eq && op != CmpOp::NotEq && l != r && l != Type::Unknown && r != Type::Unknown)
          throw CompileError(e.op_loc, std::string("'") + (op == CmpOp::Lt ? "<" : op == CmpOp::LtE ? "<=" : op == CmpOp::Gt ? ">" : ">=") +
                                       "' not supported between instances of '" +
                                       py_type_name(l) + "' and '" + py_type_name(r) + "'");
        if (!compatible(l, r))
          throw CompileError(e.op_loc, "comparing " + article(l) + " with " + article(r) + " is not supported in kilopy "
                                       "(a str equals only a str)");
        continue;
      }
      if (has_object(l) || has_object(r)) {  // objects compare by identity: is and == alike
        if (l == Type::Unknown || r == Type::Unknown) continue;  // a later pass knows both
        if (!final_ && (!l.complete() || !r.complete())) continue;  // `t in self.tasks` before the list's first append
        bool is = op == CmpOp::Is || op == CmpOp::IsNot;
        if ((is || op == CmpOp::Eq || op == CmpOp::NotEq) && (lhs.kind == ExprKind::None || rhs.kind == ExprKind::None)) {
          const Type& o = lhs.kind == ExprKind::None ? r : l;  // an object that may be None: compared at run time
          if (o.is_object() && o.nullable) lower_identity(e, i);
          continue;
        }
        if ((is || op == CmpOp::Eq || op == CmpOp::NotEq) && l.is_object() && r.is_object() && root(l.cls) == root(r.cls)) {
          lower_identity(e, i);  // their offsets
          continue;
        }
        if (is && e.cmp_ops.size() == 1 && same_container_kind(l, r)) {
          lower_identity(e, i);  // the same list, dict or set of objects: their offsets
          continue;
        }
        if ((op == CmpOp::Eq || op == CmpOp::NotEq) && l.is_list() && r.is_list() && l.elems[0].is_object() &&
            r.elems[0].is_object() && root(l.elems[0].cls) == root(r.elems[0].cls) && !compares_by_method(l.elems[0].cls))
          continue;  // element by element, by identity (SEQEQW)
        if ((op == CmpOp::In || op == CmpOp::NotIn) && l.is_object() && r.is_list() && r.elems[0].is_object() &&
            root(l.cls) == root(r.elems[0].cls) && !compares_by_method(l.cls))
          continue;  // by identity (LISTOP count)
        if ((l.is_object() && compares_by_method(l.cls)) || (l.is_list() && l.elems[0].is_object() && compares_by_method(l.elems[0].cls))) {
          CompileError err(e.op_loc, "comparing " + article(l) + " with " + article(r) + " is not supported in kilopy "
                                     "(its class defines __eq__, which CPython would call for each element)");
          if ((op == CmpOp::In || op == CmpOp::NotIn) && e.cmp_ops.size() == 1 && l.is_object() && r.is_list() &&
              r.elems[0].is_object() && root(l.cls) == root(r.elems[0].cls))
            err.membership_at = e.op_loc;  // a loop calling __eq__ (object_membership.h)
          throw err;
        }
        throw CompileError(e.op_loc, "comparing " + article(l) + " with " + article(r) + " is not supported in kilopy "
                                     "(objects compare by identity, with is or ==, to an object of the same class; to order "
                                     "them, define __lt__ and the like in their class)");
      }
      if ((op == CmpOp::Is || op == CmpOp::IsNot) && (l == Type::Unknown || r == Type::Unknown)) continue;
      if (op == CmpOp::In || op == CmpOp::NotIn) {
        if (r == Type::Unknown) continue;
        if (r.is_table()) {
          if (!final_ && !l.complete()) continue;  // a later pass may make it a tuple of ints
          if (!is_int_like(l) && !(l == Type::Str && (r.elems[0] == Type::Str || r.elems[0] == Type::Unknown)) &&
              !(key_tuple(l) && compatible(r.elems[0], l)))
            throw CompileError(lhs.loc, "kilopy dicts have int, bool or str keys, not " + article(l));
          if (is_int_like(l) && r.elems[0] != Type::Unknown && !is_int_like(r.elems[0]))  // CPython: never equal; the
            // VM would compare the int with the keys' str values or tuple references
            throw CompileError(e.op_loc, "'in' would look for " + article(l) + " among the keys of a " + type_name(r) +
                                         ", which never holds one: kilopy needs the key type");
          continue;
        }
        if (r.is_tuple()) {  // CONTAINS compares the slots as ints: strs too, as every text is interned (one value per text)
          if (l == Type::Unknown && !final_) continue;  // a later pass knows it
          bool ints = is_int_like(l), strs = l == Type::Str;  // None is 0 in a slot: not in these tuples
          for (const Type& item : r.elems) {
            ints = ints && is_int_like(item);
            strs = strs && item == Type::Str;
          }
          if (!ints && !strs)
            throw CompileError(e.op_loc, "'in' would look for " + article(l) + " in a " + type_name(r) +
                                             ": kilopy looks for ints and bools in tuples of ints and bools, and strs in "
                                             "tuples of strs");
          continue;
        }
        if (!r.is_seq())
          throw CompileError(e.op_loc, "argument of type '" + py_type_name(r) + "' is not iterable (kilopy's 'in' needs a list or an array)");
        uncompared_dicts(r, e.op_loc);
        if (!compatible(r.elem(), l) || l == Type::None || (r.is_array() && !is_int_like(l)) || !comparable(l))
          throw CompileError(e.op_loc, "'in' would look for " + article(l) + " in a " + type_name(r) + ": kilopy needs the element type");
        refine(lhs, r.elem());
        continue;
      }
      bool equality = op == CmpOp::Eq || op == CmpOp::NotEq;
      if (equality && (l == Type::None || r == Type::None) && (by_reference(l) || by_reference(r)) && !final_)
        continue;  // a later pass may find the tuple, list or dict may be None
      if ((l.is_table() || r.is_table()) && op != CmpOp::Is && op != CmpOp::IsNot) {
        if (op != CmpOp::Eq && op != CmpOp::NotEq && l.is_set() && r.is_set()) {  // subset tests (codegen set_subset)
          set_operation_type(l, r, e.op_loc);
          refine(lhs, r);
          refine(rhs, l);
          continue;
        }
        if (op != CmpOp::Eq && op != CmpOp::NotEq)
          throw CompileError(e.op_loc, "ordering comparisons of dicts and sets are not supported in kilopy");
        if (!compatible(l, r))
          throw CompileError(e.op_loc, "comparing " + article(l) + " with " + article(r) + " is not supported in kilopy");
        refine(lhs, r);
        refine(rhs, l);
        uncompared_dicts(lhs.type.is_table() ? lhs.type : rhs.type, e.op_loc);
        continue;
      }
      if ((l.is_var_tuple() || r.is_var_tuple()) && op != CmpOp::Is && op != CmpOp::IsNot && l != Type::Unknown &&
          r != Type::Unknown) {  // SEQEQ, or slot by slot (tuple_order): records alike
        Type le, re;
        if (!tuple_elem(l, le) || !tuple_elem(r, re) || !compatible(le, re))
          throw CompileError(e.op_loc, "comparing " + article(l) + " with " + article(r) + " is not supported in kilopy "
                                       "(a tuple built by tuple() compares with a tuple of its element type)");
        bool ints = is_int_like(le) && is_int_like(re);
        if (!ints && (op == CmpOp::Eq || op == CmpOp::NotEq ? le != Type::Str && re != Type::Str : true))
          throw CompileError(e.op_loc, std::string(op == CmpOp::Eq || op == CmpOp::NotEq ? "comparing" : "ordering") +
                                       " tuples of " + type_name(le == Type::Unknown ? re : le) + " is not supported in kilopy "
                                       "(of ints and bools, and == of strs, it is): compare their elements");
        continue;
      }
      if ((l.is_seq() || r.is_seq() || l.is_tuple() || r.is_tuple()) && op != CmpOp::Is && op != CmpOp::IsNot) {
        bool l_ok = orderable_tuple(l) || l == Type::Unknown, r_ok = orderable_tuple(r) || r == Type::Unknown;
        bool alike = !l.is_tuple() || !r.is_tuple() || ordered_alike(l, r);
        if (op != CmpOp::Eq && op != CmpOp::NotEq && l_ok && r_ok && alike) continue;  // lexicographic
        bool ordering = op != CmpOp::Eq && op != CmpOp::NotEq;
        if (ordering && !final_ && (!l.complete() || !r.complete())) continue;  // a later pass knows more
        if (op != CmpOp::Eq && op != CmpOp::NotEq && l.is_tuple() && r.is_tuple())
          throw CompileError(e.op_loc, "kilopy orders tuples of ints, bools, strs and such tuples (ints and bools, or strs, "
                                       "at each place on both sides), not a " + type_name(l) + " and a " + type_name(r) + ": compare their elements");
        if (op != CmpOp::Eq && op != CmpOp::NotEq) {
          throw CompileError(e.op_loc, std::string("ordering comparisons of ") + (l.is_tuple() || r.is_tuple() ? "tuples" : "lists and arrays") +
                                           " are not supported in kilopy");
        }
        uncompared_dicts(l, e.op_loc);
        uncompared_dicts(r, e.op_loc);
        if (compatible(l, r) && (!comparable(l) || !comparable(r)))
          throw CompileError(e.op_loc, "comparing tuples that hold lists, tuples or objects is not supported in kilopy: "
                                       "compare their elements");
        if (!compatible(l, r))
          throw CompileError(e.op_loc, "comparing " + article(l) + " with " + article(r) + " is not supported in kilopy");
        refine(lhs, r);
        refine(rhs, l);
        continue;
      }
      if (op == CmpOp::Is || op == CmpOp::IsNot) {
        if (lhs.kind == ExprKind::None || rhs.kind == ExprKind::None) continue;
        if (e.cmp_ops.size() == 1 && same_container_kind(l, r)) {
          lower_identity(e, i);  // the same list, dict or set: their offsets (codegen compare_value)
          continue;
        }
        if (l == Type::Bool && r == Type::Bool) {  // True and False are CPython's only bools: identity is equality
          e.cmp_ops[i] = op == CmpOp::Is ? CmpOp::Eq : CmpOp::NotEq;
          continue;
        }
        throw CompileError(e.op_loc, "'is' is only supported with None, objects, functions, two bools, and two lists, dicts or sets "
                                     "in kilopy (use == to compare values)");
      }
      bool ordering = op != CmpOp::Eq && op != CmpOp::NotEq;
      if (ordering && (l == Type::None || r == Type::None) && !none_so_far(lhs) && !none_so_far(rhs)) {
        const char* sym = op == CmpOp::Lt ? "<" : op == CmpOp::LtE ? "<=" : op == CmpOp::Gt ? ">" : ">=";
        throw CompileError(e.op_loc, std::string("'") + sym + "' not supported between instances of '" +
                                         py_type_name(l) + "' and '" + py_type_name(r) + "'");
      }
    }
    return Type::Bool;
  }

  Type call_type(Expr& e) {
    sequence_of_range(e);
    if (!e.method.empty()) {  // checked again once the types are known: a pass may have met it Unknown
      Type r = method_call_type(e);
      if (final_) special_result(e.method, r, e.loc);
      return r;
    }
    if (e.callee->kind == ExprKind::Attribute) {  // xs.append(v) with xs a list or None: checked first
      const Expr& obj = *e.callee->operands[0];
      if (e.text == "key=d.get" && maybe_none_ref(value_expr(obj)))
        throw CompileError(e.loc, "key=" + obj.text + ".get of " + article(obj.type) + " is not supported in kilopy (for None "
                                  "CPython raises AttributeError reading " + obj.text + ".get, before it iterates " + obj.text +
                                  "): test " + obj.text + " is not None first");
      if ((obj.kind == ExprKind::Name && program_.lookup(*fn_, obj.text)) || obj.kind == ExprKind::Attribute ||
          (obj.kind == ExprKind::Subscript && !obj.text.empty()))
        checked(obj, "", e.callee->text);
    }
    // obj.m(...) where obj is still None: a later pass may find it an object that may be None.
    if (e.callee->kind == ExprKind::Attribute && !final_ && !names_class(*e.callee->operands[0]) &&
        expr(*e.callee->operands[0]) == Type::None)
      return Type::Unknown;
    if (e.callee->kind == ExprKind::Attribute && lacked_by_unbuilt_self(*e.callee)) return Type::Unknown;
    if (e.callee->kind == ExprKind::Attribute && record_method(e)) return expr(e);
    if (e.callee->kind == ExprKind::Attribute && bind_method(e)) return call_type(e);
    if (e.callee->kind == ExprKind::Name && program_.find_class(e.callee->text) && !program_.lookup(*fn_, e.callee->text))
      return construct(e);
    if (e.callee->kind == ExprKind::Attribute) return method_type(e);
    if (e.callee->kind == ExprKind::Name && e.callee->text == "isinstance" && !program_.lookup(*fn_, "isinstance") &&
        !program_.find_function("isinstance"))
      return isinstance_type(e);
    if (e.callee->kind != ExprKind::Name || program_.lookup(*fn_, e.callee->text)) {  // obj(...): obj.__call__(...)
      Type t = expr(*e.callee);
      if (t == Type::Unknown && !final_) return Type::Unknown;
      if (t.is_object() && hierarchy_has(t.cls, "__call__")) return call_object(e);
      if (t.is_func() && !(e.callee->kind == ExprKind::Name && program_.find_function(e.callee->text))) return value_call(e, t);
    }
    if (e.callee->kind != ExprKind::Name)
      throw CompileError(e.callee->loc, "only named functions can be called in kilopy");
    const std::string& name = e.callee->text;
    if (is_shadowed_builtin(name) && program_.lookup(*fn_, name)) throw shadowed_builtin_call(e, name);
    if (program_.lookup(*fn_, name))
      throw CompileError(e.callee->loc, "'" + name + "' is a variable, not a function" +
                                            std::string(program_.find_function(name)
                                                            ? ": it is assigned in this function, which makes it a local variable "
                                                              "here that hides the function " + name + "(); rename the variable"
                                                            : ""));
    if (e.text == kLambdaFactory && (program_.find_function(name) || !program_.imports_defaultdict))
      throw CompileError(e.operands[0]->loc, "a lambda is passed in kilopy to a function defined with def, and taken as the "
                                             "factory of collections' defaultdict: define " + name + "'s argument with def");
    if (const Function* f = program_.find_function(name)) return user_call(e, *f);
    if (name == "set") {  // set() is {} of a set, as list() is []; set(xs) was lowered (desugar.h)
      no_keywords_or_stars(e, name);
      if (!e.operands.empty())
        throw CompileError(e.loc, "set expected at most 1 argument, got " + std::to_string(e.operands.size()));
      e.kind = ExprKind::Set;
      e.callee.reset();
      return set_type(e);
    }
    if (name == "dict") {  // dict() is {}; dict(xs) was lowered (desugar.cpp dict_of_pairs)
      no_keywords_or_stars(e, name);
      if (!e.operands.empty())
        throw CompileError(e.loc, "dict expected at most 1 argument, got " + std::to_string(e.operands.size()));
      e.kind = ExprKind::Dict;
      e.callee.reset();
      return dict_type(e);
    }
    if (name == "defaultdict" && program_.imports_defaultdict) return defaultdict_type(e);
    if (name == "Counter" && program_.imports_counter) return counter_type(e);
    if (name == "deque" && program_.imports_deque) return deque_type(e);
    const Builtin* b = find_builtin(name);
    unsigned number = 0, last = 0;
    if (!b && program_.exception_range(name, number, last)) refuse_exception_value(display_names(name), e.callee->loc);
    if (!b || (b->needs_import && !program_.imports_array)) undefined(name, e.callee->loc);
    bool one_plain = e.operands.size() == 1 && !e.starred_arg && e.keywords.empty();
    if (name == "abs" && one_plain && (value_expr(*e.operands[0]) == Type::Unknown || none_so_far(*e.operands[0])) && !final_ &&
        defines("__abs__"))
      return Type::Unknown;  // maybe an object whose class defines __abs__: not an int yet
    if (name == "abs" && one_plain && e.operands[0]->type.is_object() && hierarchy_has(e.operands[0]->type.cls, "__abs__")) {
      object_not_none(*e.operands[0], "bad operand type for abs(): 'NoneType'");
      return become_special(e, std::move(e.operands[0]), "__abs__", {});
    }
    if (b->type_rule == TypeRule::MinMax) {
      if (e.keywords.size() == 1 && e.keywords[0].name == "default" && !e.starred_arg) return min_max_default(e, name);
    }
    switch (b->type_rule) {
      case TypeRule::Print: return print_call(e);
      case TypeRule::Range:
        if (e.text == kRangeTest)  // range_tests.cpp left it: a part it may not evaluate twice, or a step not a literal
          throw CompileError(e.loc, "kilopy computes `x in range(...)` and `len(range(...))` only where x and the bounds are "
                                    "names, int literals, len(name) or sums, differences and products of them, and the step is "
                                    "an int literal other than 0: assign the others to variables first");
        throw CompileError(e.loc, "range() is only supported as the iterable of a for loop or a comprehension and as the "
                                  "argument of list(), sum() and the like in kilopy: write list(range(...)) to keep its items");
      case TypeRule::Iterate:
        if (name == "zip") no_keywords_or_stars(e, name);
        throw CompileError(e.loc, name + "() is only supported as the iterable of a for loop or a comprehension and as the "
                                  "argument of list(), sorted() and the like in kilopy: write list(" + name + "(...)) to keep its items");
      case TypeRule::Array: return array_type(e);
      case TypeRule::Len:
      case TypeRule::Sum:
      case TypeRule::MinMax:
        if (one_plain) return sequence_builtin(e, name, b->type_rule);
        if (b->type_rule == TypeRule::Sum && e.operands.size() == 2 && !e.starred_arg && e.keywords.empty()) {
          if (is_range_call(*e.operands[0]))
            throw CompileError(e.operands[0]->loc, "sum() of a range with a start is not supported in kilopy: write start + sum(range(...))");
          sequence_builtin(e, name, b->type_rule);
          int_argument(*e.operands[1], "sum");
          const Expr& xs = *e.operands[0];
          bool filled = (xs.kind == ExprKind::List || xs.kind == ExprKind::Tuple) && !xs.operands.empty();
          if (e.operands[1]->type == Type::Bool && !filled)  // CPython's sum([], True) is True itself, sum([1], True) the int 2
            throw CompileError(e.operands[1]->loc, "sum() with a bool start gives that bool for an empty iterable and an "
                                                   "int otherwise, and kilopy needs one type: write int(...) around the start");
          return Type::Int;
        }
        return builtin_call(e, name, b->type_rule == TypeRule::MinMax);
      case TypeRule::Trace: return trace_call(e);
      case TypeRule::Exit: return exit_call(e, name);
      case TypeRule::Opcode: return builtin_call(e, name, false);
      case TypeRule::Convert: return convert_call(e, name);
      case TypeRule::Pow: return pow_call(e);
      case TypeRule::Divmod: {  // the tuple (a // b, a % b), in place
        if (!twice_safe(e, e.operands.size())) return Type::Unknown;
        ExprPtr call(new Expr(std::move(e)));
        expand_divmod(call);
        e = std::move(*call);
        return expr(e);
      }
      case TypeRule::Round: {
        if (!e.operands.empty() && e.keywords.empty()) {
          Type t = expr(*e.operands[0]);
          if (t == Type::Unknown && !final_) return t;  // maybe an int or None, which is refused (a later pass)
          if (!is_int_like(t) && t != Type::Unknown)
            throw CompileError(e.operands[0]->loc, "TypeError: type " + py_type_name(t) + " doesn't define __round__ method");
        }
        if (!twice_safe(e, 1)) return Type::Unknown;
        expand_round(e, program_.int_bits);
        return expr(e);
      }
      case TypeRule::Truth: return truth_call(e, name);
      case TypeRule::List: return list_call(e);
      case TypeRule::Tuple: return tuple_call(e);
      case TypeRule::Sorted: return sorted_call(e);
    }
    return Type::Unknown;
  }

  // divmod(a, b) and round(x, n) evaluate their first `n` arguments more than once
  // (expand_divmod, expand_round). Where a class defines operator methods, an argument that may
  // run one (an operator, a subscript or a comparison of an object) is refused; false (wait for
  // a later pass) while an operand's type is not known yet.
  bool twice_safe(Expr& call, size_t n) {
    if (!operators_ || call.starred_arg) return true;
    bool unknown = false;
    std::function<bool(const Expr&)> runs = [&](const Expr& x) {
      bool op = x.kind == ExprKind::Binary || x.kind == ExprKind::Unary || x.kind == ExprKind::Compare ||
                x.kind == ExprKind::BoolOp || (x.kind == ExprKind::Subscript && x.text.empty());
      for (const ExprPtr& o : x.operands) {
        if (op && o->type.is_object()) return true;
        unknown = unknown || (op && o->type == Type::Unknown);
        if (runs(*o)) return true;
      }
      return false;
    };
    for (size_t i = 0; i < n && i < call.operands.size(); ++i) {
      value_expr(*call.operands[i]);
      if (runs(*call.operands[i]))
        throw CompileError(call.operands[i]->loc, "a " + call.callee->text + "() argument that may call a special method "
                                                  "(__getitem__, __add__, ...) is not supported in kilopy (kilopy evaluates "
                                                  "it more than once): assign it to a variable first");
    }
    return !unknown || final_;
  }

  // ValueError("bad") or MyError("bad") kept in a variable.
  [[noreturn]] static void refuse_exception_value(const std::string& name, SourceLoc loc) {
    throw CompileError(loc, "an exception object as a value is not supported in kilopy: raise " + name + "(...) where it "
                            "is made (`raise " + name + "(msg)`, the message in a str variable if need be)");
  }

  // A name that is neither a variable, a function nor one of kilopy's builtins.
  [[noreturn]] static void undefined(const std::string& name, SourceLoc loc) {
    if (name == "input")
      throw CompileError(loc, "kilopy has no input(): read ints from the input stream with micro.read()");
    if (name == "next" || name == "iter")  // next(iter(xs)) itself is lowered (desugar.h)
      throw CompileError(loc, "kilopy has " + name + "() only as next(iter(xs)) or next(iter(xs), default) (iterators are "
                              "not values in kilopy): write the first element that way, or loop with for and break");
    if (name == "map" || name == "filter")  // desugar.cpp lowers the supported uses
      throw CompileError(loc, "kilopy has " + name + "() only as the iterable of a for loop and as the argument of list, tuple, "
                              "set, sum, min, max, any, all, sorted and sep.join: write a list comprehension here (" +
                              (name == "map" ? "[f(x) for x in xs]" : "[x for x in xs if f(x)]") + ")");
    if (exc_class(name.c_str()) != EXC_NONE) refuse_exception_value(name, loc);
    if (is_python_builtin(name))
      throw CompileError(loc, "kilopy has no " + name + " (a Python builtin it does not support; docs/language.md lists what it has)");
    throw CompileError(loc, "name '" + name + "' is not defined");
  }

  // A program with an exit() call and a finally block or a bare except: CPython's exit() raises
  // SystemExit, which runs the finally blocks it leaves and which a bare except: catches;
  // kilopy's ends the program at once. Notes the places met so far (line 0: none yet).
  void refuse_caught_exit(SourceLoc finally, SourceLoc bare_except, SourceLoc exit) {
    program_.finally_loc = finally;
    program_.bare_except_loc = bare_except;
    program_.exit_loc = exit;
    if (exit.line == 0) return;
    if (finally.line != 0)
      throw CompileError(exit, "exit() in a program with a 'finally' block is not supported in kilopy (CPython would run "
                               "the finally blocks it leaves; kilopy ends at once): end the program by returning, or drop "
                               "the finally");
    if (bare_except.line != 0)
      throw CompileError(exit, "exit() in a program with a bare 'except:' is not supported in kilopy (CPython's SystemExit "
                               "would be caught by it; kilopy ends at once): write except Exception:, or end the program "
                               "by returning");
  }

  // exit(), exit(n), sys.exit(n): the status n & 0xFF (None: 0), as CPython gives the shell.
  Type exit_call(Expr& e, const std::string& name) {
    refuse_caught_exit(program_.finally_loc, program_.bare_except_loc, e.loc);
    no_keywords_or_stars(e, name);
    if (e.operands.size() > 1)
      throw CompileError(e.loc, name + "() takes at most 1 argument (" + std::to_string(e.operands.size()) + " given)");
    if (!e.operands.empty()) {
      Type t = expr(*e.operands[0]);
      if (t != Type::Unknown && !is_int_like(t) && t != Type::None)
        throw CompileError(e.operands[0]->loc, name + "() of " + article(t) + " is not supported in kilopy: give an int, a bool or None "
                                               "(CPython would print it and exit with status 1)");
    }
    return Type::None;
  }

  // An argument that must be an int or a bool (or is not known yet).
  void int_argument(const Expr& a, const std::string& name) {
    Type t = expr(a);
    if (t == Type::Str)
      throw CompileError(a.loc, name + "() of a str is not supported in kilopy yet (only of an int or a bool)");
    if (!is_int_like(t))
      throw CompileError(a.loc, name + "() of " + article(t) + " is not supported in kilopy (only of an int or a bool)");
  }

  // int(), int(x), bool(), bool(x) of an int or a bool; bool(x) of a list or an array too.
  Type convert_call(Expr& e, const std::string& name) {
    no_keywords_or_stars(e, name);
    if (e.operands.size() > 1)
      throw CompileError(e.loc, name + "() takes at most 1 argument (" + std::to_string(e.operands.size()) + " given)");
    if (name == "str" || name == "ord" || name == "chr" || name == "repr") {
      if (e.operands.size() != 1 && name != "str")
        throw CompileError(e.loc, name + "() takes exactly one argument (" + std::to_string(e.operands.size()) + " given)");
      if (e.operands.empty()) return Type::Str;
      if (name == "str") text_of_branches(e.operands[0]);
      Type t = value_expr(*e.operands[0]);
      if (e.exception_args) exception_argument(*e.operands[0]);
      if (maybe_none_str(t) && name == "repr")
        throw CompileError(e.loc, "repr() of a str or None is not supported in kilopy: take it where the str is not None");
      if (maybe_none(t) && (name == "str" || name == "repr")) {
        ExprPtr arg = std::move(e.operands[0]);
        none_int_text(arg);
        e = std::move(*arg);
        return e.type;
      }
      if (maybe_none_int(t)) refuse_maybe_none(*e.operands[0], "as " + name + "()'s argument");
      if (t.is_object() && (name == "str" || name == "repr")) {
        ExprPtr arg = std::move(e.operands[0]);
        object_text(arg, name == "repr", false);
        e = std::move(*arg);
        return e.type;
      }
      if (name == "ord" && t != Type::Str && t != Type::Unknown)
        throw CompileError(e.operands[0]->loc, "ord() expected string of length 1, but " + py_type_name(t) + " found");
      if (name == "chr" && e.text == "%c" && t == Type::Str)  // format.cpp: '%c' % v is chr(v)
        throw CompileError(e.operands[0]->loc, "'%c' of a str is not supported in kilopy (only of an int): use '%s'");
      if (name == "chr") int_argument(*e.operands[0], name);
      if ((name == "str" || name == "repr") && (t.is_seq() || t.is_table() || t.is_tuple())) {
        check_shown(*e.operands[0], "the text of", "format");
        return Type::Str;
      }
      if ((name == "str" || name == "repr") && t != Type::Str && t != Type::Int && t != Type::Bool && t != Type::None &&
          t != Type::Unknown)
        throw CompileError(e.operands[0]->loc, name + "() of " + article(t) + " is not supported in kilopy: " + name +
                                               "() takes an int, a bool, None, a str or an object with __repr__ or __str__");
      return name == "ord" ? Type::Int : Type::Str;
    }
    if (e.operands.size() == 1 && name == "bool" && e.operands[0]->kind == ExprKind::BoolOp)
      return not_not(e);  // bool(a and b): its truth, as a test's
    if (e.operands.size() == 1 && (maybe_none_int(value_expr(*e.operands[0])) || none_so_far(*e.operands[0]))) {
      if (none_so_far(*e.operands[0])) return name == "int" ? Type::Int : Type::Bool;  // bool(None) is False
      unbox(*e.operands[0], name == "int" ? "int() argument must be a string, a bytes-like object or a real number, not 'NoneType'" : "");
      return name == "int" ? Type::Int : Type::Bool;
    }
    if (e.operands.size() == 1 && name == "bool" && expr(*e.operands[0]).is_object() && truth_method(e.operands[0]->type, e.loc)) {
      ExprPtr arg = std::move(e.operands[0]);  // bool(obj): its truth, obj.__bool__() or obj.__len__() != 0
      e = std::move(*arg);
      special_truth(e);
      return expr(e);
    }
    if (e.operands.size() == 1 && (name == "bool" || name == "int") && expr(*e.operands[0]) == Type::Str)
      return name == "int" ? Type::Int : Type::Bool;
    if (e.operands.size() == 1 && name == "bool" && e.operands[0]->type.is_tuple() && !e.operands[0]->type.nullable)
      return not_not(e);  // a tuple's truth (false only when empty)
    if (e.operands.size() == 1 && !(name == "bool" && (expr(*e.operands[0]).is_seq() || e.operands[0]->type.is_table()))) int_argument(*e.operands[0], name);
    return name == "int" ? Type::Int : Type::Bool;
  }

  // bool(x) as not not x, its truth.
  Type not_not(Expr& e) {
    SourceLoc at = e.loc;
    ExprPtr inner(new Expr(ExprKind::Unary, at));
    inner->unary_op = UnaryOp::Not;
    inner->op_loc = at;
    inner->operands.push_back(std::move(e.operands[0]));
    Expr outer(ExprKind::Unary, at);
    outer.unary_op = UnaryOp::Not;
    outer.op_loc = at;
    outer.operands.push_back(std::move(inner));
    e = std::move(outer);
    return expr(e);
  }

  // pow(a, b) is a ** b; pow(a, b, m) CPython's modular power.
  Type pow_call(Expr& e) {
    no_keywords_or_stars(e, "pow");
    size_t n = e.operands.size();
    if (n < 2 || n > 3)
      throw CompileError(e.loc, "pow() takes 2 or 3 arguments (" + std::to_string(n) + " given)");
    for (const ExprPtr& a : e.operands) int_argument(*a, "pow");
    return Type::Int;
  }

  // The one argument of any(), all(), list(), sorted(): a list or an array.
  Type sequence_argument(Expr& e, const std::string& name) {
    if (e.operands.size() != 1 || e.starred_arg)
      throw CompileError(e.loc, name + "() takes exactly one argument (" + std::to_string(e.operands.size()) + " given)");
    const Expr& a = *e.operands[0];
    Type t = checked(a, "'NoneType' object is not iterable");
    if (t.is_var_tuple() && t.elems[0] == Type::Str && (name == "list" || name == "sorted"))
      throw CompileError(a.loc, name + "() of a tuple of strs is not supported in kilopy yet: write " + name + "([s for s in t])");
    t = as_list(t);
    if (t.is_set() && t.elems[0] == Type::Str && (name == "list" || name == "tuple"))
      throw CompileError(a.loc, name + "() of a set of strs would follow CPython's hash table order, which kilopy does not "
                                    "keep: write sorted(s)");
    if (t.is_dict() || (t.is_set() && name != "list" && name != "tuple")) return Type::list(t.elems[0]);  // its keys
    if (t.is_set())
      throw CompileError(a.loc, name + "() of a set would follow CPython's hash table order, which kilopy does not keep: write " +
                                    (name == "list" ? std::string("sorted(s)") : name + "(sorted(s))"));
    if (t.is_tuple() && !final_ && !t.complete()) return Type::Unknown;  // a later pass may make it a tuple of ints
    if (t.is_tuple())
      throw CompileError(a.loc, name + "() of a " + type_name(t) + " is not supported in kilopy (it takes tuples of ints only or "
                                       "of bools only): write the elements out, [t[0], t[1], ...]");
    if (t == Type::Str && (name == "list" || name == "sorted")) return Type::list(Type::Str);  // its characters (codegen chars_list)
    if (t != Type::Unknown && !t.is_seq())
      throw CompileError(a.loc, "'" + py_type_name(t) + "' object is not iterable (kilopy's " + name + "() takes a list or an array)");
    return t;
  }

  // any(seq), all(seq)
  Type truth_call(Expr& e, const std::string& name) {
    no_keywords_or_stars(e, name);
    Type elem = sequence_argument(e, name).elem();
    if (elem.has_tuple())
      throw CompileError(e.operands[0]->loc, name + "() of a list of tuples is not supported in kilopy: loop over it");
    if (elem.is_object() && truth_method(elem, e.operands[0]->loc))
      throw CompileError(e.operands[0]->loc, name + "() of a list of " + elem.cls + " objects, whose truth is their " +
                                             truth_method(elem, e.loc) + "(), is not supported in kilopy: write " + name +
                                             "(x for x in xs)");
    if (elem.is_object())  // the opcode tests a list element by its length: an object's is its field count
      throw CompileError(e.operands[0]->loc, name + "() of a list of " + elem.cls + " objects is not supported in kilopy: "
                                             "write " + name + "(x is not None for x in xs)");
    return Type::Bool;
  }

  // deque() and deque(xs) (`from collections import deque`): [] and list(xs) marked kDeque,
  // whose type's cls is "deque": a list in the VM, that codegen prints as deque([...]) and whose
  // errors (pop from an empty deque, deque index out of range) it raises with CPython's texts;
  // appendleft(x) inserts at 0, popleft() pops at 0. Methods a list lacks are refused.
  Type deque_type(Expr& e) {
    for (const Keyword& k : e.keywords)
      throw CompileError(k.loc, "kilopy's deque takes no " + k.name + "= (its deques have no maxlen): pop from the other "
                                "end when it is full");
    if (e.starred_arg) throw CompileError(e.loc, kStarredArgumentsRefused);
    if (e.operands.size() > 1)
      throw CompileError(e.operands[1]->loc, "kilopy's deque takes one argument, the items (its deques have no maxlen): pop "
                                             "from the other end when it is full");
    const Expr* items = e.operands.empty() ? nullptr : e.operands[0].get();
    if (items && (items->kind == ExprKind::List || items->kind == ExprKind::Tuple) && items->operands.empty())
      e.operands.clear();  // deque([]) is deque(): its element type comes from later use
    e.callee->text = "list";
    e.text = kDeque;
    return list_call(e);
  }

  // list() is [] (its element type inferred from later use); list(seq) a new list. A deque()
  // became one marked kDeque: its type is a deque's.
  Type list_call(Expr& e) {
    no_keywords_or_stars(e, "list");
    auto made = [&](const Type& t) { return e.text == kDeque && t.is_list() ? as_deque(t) : t; };
    if (e.operands.empty()) {
      e.kind = ExprKind::List;
      e.callee.reset();
      return list_type(e);
    }
    if (e.operands.size() == 1 && !e.starred_arg && is_range_call(*e.operands[0])) {
      range_call(*e.operands[0]);
      return made(Type::list(Type::Int));
    }
    Type t = sequence_argument(e, "list");
    if (t == Type::Unknown || e.operands[0]->type.is_table()) return made(t);
    return made(Type::list(t.is_array() ? Type::Int : t.elem()));
  }

  // random.choice(range(...)) and random.sample(range(...), k): the range a list, which both
  // index as they index the range (len(seq), seq[i]), so each draws the same elements.
  void sequence_of_range(Expr& e) {
    static const std::string kChoice = std::string("random") + kModuleSep + "choice",
                             kSample = std::string("random") + kModuleSep + "sample";
    if (e.callee->kind != ExprKind::Name || (e.callee->text != kChoice && e.callee->text != kSample) || e.operands.empty() ||
        !is_range_call(*e.operands[0]))
      return;
    ExprPtr list(new Expr(ExprKind::Call, e.operands[0]->loc));
    list->callee.reset(new Expr(ExprKind::Name, e.operands[0]->loc));
    list->callee->text = "list";
    list->operands.push_back(std::move(e.operands[0]));
    e.operands[0] = std::move(list);
  }

  // tuple() is (); tuple(seq) a new tuple[T, ...] of a list's, an array's, a tuple's, a dict's
  // keys' or a range's elements (a generator expression's: lowered to a list, desugar.cpp).
  Type tuple_call(Expr& e) {
    no_keywords_or_stars(e, "tuple");
    if (e.operands.empty()) {
      e.kind = ExprKind::Tuple;
      e.callee.reset();
      return Type::tuple({});
    }
    if (e.operands.size() == 1 && !e.starred_arg && is_range_call(*e.operands[0])) {
      range_call(*e.operands[0]);
      return Type::var_tuple(Type::Int);
    }
    if (e.operands.size() == 1 && !e.starred_arg && value_expr(*e.operands[0]).kind == Type::Kind::Str)
      throw CompileError(e.operands[0]->loc, "tuple() of a str is not supported in kilopy yet: write tuple(c for c in s)");
    Type t = sequence_argument(e, "tuple");
    if (t == Type::Unknown) return t;
    Type el = t.is_table() ? t.elems[0] : t.elem();
    if (el == Type::Unknown && t.is_list() && e.type.is_var_tuple() && e.type.elems[0] != Type::Unknown) {
      el = e.type.elems[0];  // tuple([]) where the tuple's type is known (a parameter's): its list's too
      refine(*e.operands[0], Type::list(el));
    }
    if (el != Type::Unknown && !is_int_like(el) && el != Type::Str && e.text == kRestTuple)
      throw CompileError(e.operands[0]->loc, "a *args parameter holds ints, bools or strs in kilopy (a tuple of them), not " +
                                                 article(el) + ": take a list, def f(xs), and call f([a, b])");
    if (el != Type::Unknown && !is_int_like(el) && el != Type::Str)
      throw CompileError(e.operands[0]->loc, "tuple() of a " + type_name(t) + " is not supported in kilopy (a tuple built by "
                                             "tuple() holds ints, bools or strs): keep the list");
    return Type::var_tuple(el);
  }

  // sorted(seq), sorted(seq, reverse=True): a new list (lists compare lexicographically).
  Type sorted_call(Expr& e) {
    if (e.starred_arg) throw CompileError(e.loc, kStarredArgumentsRefused);
    for (const Keyword& k : e.keywords) {
      if (k.name != "reverse")
        throw CompileError(k.loc, "sorted() got an unexpected keyword argument '" + k.name + "'");
      if (k.value->kind != ExprKind::Bool)
        throw CompileError(k.value->loc, "sorted() with reverse= neither True nor False is supported in kilopy where its result is assigned or returned (v = sorted(xs, reverse=r)) or where xs and r are names: assign them to names first");
      k.value->type = Type::Bool;
    }
    Type t = sequence_argument(e, "sorted");
    if (t == Type::Unknown) return t;
    if (e.operands[0]->type.is_table()) {  // its keys
      if (t.is_list() && !sortable(t.elem(), true))
        throw CompileError(e.operands[0]->loc, "kilopy sorts tuples of ints and strs with strs in their first 6 places only, not "
                                               "the keys of " + article(e.operands[0]->type) + ": sort them by a key= that gives an int, a str or a "
                                               "shorter tuple (sorted(d, key=lambda k: (k[6], k[0])))");
      return t;
    }
    if (!final_ && !t.complete()) return Type::list(t.is_array() ? Type::Int : t.elem());  // a later pass knows more
    if (t.elem().is_object() && (hierarchy_has(t.elem().cls, "__lt__") || hierarchy_has(t.elem().cls, "__gt__")))
      refuse_object_order(e, t.elem().cls, e.operands[0]->loc, "sorted() of " + t.elem().cls + " objects would compare them by their "
                          "methods in an order kilopy's sort does not follow" + kKeyedOrder + ": give key= a field (sorted(xs, key=lambda o: o.score))");
    if (t.elem().is_object())
      throw CompileError(e.operands[0]->loc, "TypeError: '<' not supported between instances of '" + t.elem().cls + "' and '" +
                                                 t.elem().cls + "'");
    if (!sortable(t.elem(), true) && !(e.text == kSortedItems && t.elem().is_tuple() && sortable(Type::tuple({t.elem().elems[0]}), true)))
      // the VM's order (vm.cpp: seq_compare); d.items() is ordered by its keys alone, which differ
      throw CompileError(e.operands[0]->loc, "kilopy sorts ints, bools, strs, lists of them and tuples of them (strs in "
                                             "their first 6 places only), not a " + type_name(t));
    return Type::list(t.is_array() ? Type::Int : t.elem());
  }

  // min(seq, default=d), max(seq, default=d): d when seq is empty.
  Type min_max_default(Expr& e, const std::string& name) {
    const Keyword& d = e.keywords[0];
    if (e.operands.size() != 1)
      throw CompileError(d.loc, "Cannot specify a default for " + name + "() with multiple positional arguments");
    const Expr& a = *e.operands[0];
    Type t = expr(a), dt = expr(*d.value);
    if (t == Type::Unknown) return Type::Unknown;
    t = t.is_table() ? Type::list(t.elems[0]) : as_list(t);  // a dict's keys (codegen min_max_default), a tuple of ints
    if (t.is_tuple() && !final_ && !t.complete()) return Type::Unknown;  // a later pass may make it a tuple of ints
    if (t.is_tuple())
      throw CompileError(a.loc, name + "() of a " + type_name(t) + " with default= is not supported in kilopy (it takes tuples "
                                "of ints only or of bools only): write " + name + "(list(t), default=d)");
    if (t == Type::Str)
      throw CompileError(a.loc, name + "() of a str with default= is not supported in kilopy: write " + name + "(s) if s else d");
    if (!t.is_seq()) throw CompileError(a.loc, "'" + py_type_name(t) + "' object is not iterable");
    Type elem = t.elem();
    if (elem.is_table()) dicts_unordered(a, name);
    if (elem.is_seq() || (elem.has_tuple() && !orderable_tuple(elem)))
      throw CompileError(a.loc, name + "() of a list of lists, or of tuples that hold more than ints, bools and strs, is not "
                                "supported in kilopy");
    if (elem == Type::Unknown) return Type::Unknown;
    if (dt != Type::Unknown && dt != elem)
      throw CompileError(d.value->loc, name + "() would give " + article(dt) + " here or " + article(elem) +
                                           " (column " + std::to_string(a.loc.col) + "): kilopy needs one type");
    refine(*d.value, elem);
    return elem;
  }

  // micro.trace(a, b, ...): one row of ints or bools on the trace stream.
  Type trace_call(Expr& e) {
    no_keywords_or_stars(e, "micro.trace");
    if (e.operands.empty() || e.operands.size() > 255)
      throw CompileError(e.loc, "micro.trace() takes 1 to 255 ints or bools (one CSV row)");
    for (const ExprPtr& a : e.operands) {
      Type t = expr(*a);
      if (t != Type::Unknown && !is_int_like(t))
        throw CompileError(a->loc, "micro.trace() writes ints and bools, not " + article(t));
    }
    return Type::None;
  }

  // Refuses a value whose text kilopy cannot show as CPython does (a set, or a container holding
  // one, or objects without a __repr__ it can call); `doing` and `how` name the context in the
  // message ("printing", "print" or "the text of", "format").
  void check_shown(const Expr& a, const std::string& doing, const std::string& how) {
    const Type& t = a.type;
    if (lambda_factory(t))
      throw CompileError(a.loc, doing + " a defaultdict whose factory is a lambda shows the lambda's address in CPython: " + how +
                                " dict(d), or give the factory by name (defaultdict(int))");
    if (t.is_set())
      throw CompileError(a.loc, doing + " a set follows CPython's hash table order, which kilopy does not keep: " + (how == "print" ? "print(sorted(s))" : "use sorted(s)"));
    const Type* d = &t;
    while (d->is_dict() && d->elems[1].is_dict()) d = &d->elems[1];  // a dict of dicts: shown item by item (codegen)
    if (d->is_dict() && d->elems[1].is_set())
      throw CompileError(a.loc, doing + " a dict of " + type_name(d->elems[1]) + " values is not supported in kilopy: " + how + " its items one by one");
    if (holds_set(t))
      throw CompileError(a.loc, doing + " " + article(t) + " is not supported in kilopy (its sets would follow CPython's hash "
                                "table order): " + how + " its elements one by one, a set as sorted(s)");
    if (std::any_of(t.elems.begin(), t.elems.end(), holds_deque))
      throw CompileError(a.loc, doing + " " + article(t) + " is not supported in kilopy (it shows a deque inside it as a list): " +
                                how + " its elements one by one");
    if (t.holds_object()) object_reprs(t, a, doing, how);
  }

  // The objects in a's value (of type t), each shown by its class's __repr__ as CPython's repr()
  // of a list, tuple or dict shows it (codegen print_value, append_text): of one class, not "or
  // a subclass" (None shows as None).
  // `shown`: the containers around t in a's value, outermost first (a's own type among them).
  void object_reprs(const Type& t, const Expr& a, const std::string& doing, const std::string& how,
                    std::vector<Type> shown = {}) {
    if (!t.is_object()) {
      shown.push_back(t);
      for (const Type& e : t.elems) object_reprs(e, a, doing, how, shown);
      return;
    }
    std::string what = doing + " " + article(a.type);
    std::vector<std::string> classes = {t.cls};  // whose objects it may hold: with subclasses, each one's __repr__ (dispatched)
    if (t.subclasses) {
      shown_hierarchies_.insert(t.cls);
      for (const auto& k : program_.classes)
        if (k.first != t.cls && constructed_.count(k.first) && program_.derives(k.first, t.cls)) classes.push_back(k.first);
    }
    for (const std::string& cls : classes) {
      const Function* f = program_.find_function(cls + ".__repr__");
      if (!f && is_closure_class(cls)) throw closure_text(a.loc, cls);
      if (!f)
        throw CompileError(a.loc, what + " shows each object's __repr__, without one CPython's <__main__." + cls + " object at "
                                      "0x...>, an address kilopy cannot show: define __repr__ in class " + cls + " (__str__ is not used there)");
      if (final_ && f->return_type != Type::Str)
        throw CompileError(a.loc, "__repr__ returned non-string (type " + py_type_name(f->return_type) + ")");
      std::vector<std::string>& reprs = const_cast<Expr&>(a).shown_reprs;
      if (std::find(reprs.begin(), reprs.end(), f->name) == reprs.end()) reprs.push_back(f->name);
      std::set<std::string> seen;
      // @dataclass's __repr__ shows its fields only (and an object met again as ...): a container
      // comes back only where a field leads to one of its type
      bool meets = dataclass_repr(*f, cls) ? holds_container(Type::object(cls), shown, seen, true)
                                           : reaches_class(Type::object(cls), cls, seen, true) && !shallow_text(*f, cls);
      if (final_ && meets)
        throw CompileError(a.loc, what + " is not supported in kilopy: objects of class " + cls + " can hold " + cls + " objects through "
                                      "their fields, so the container may meet itself inside its own text, which CPython shows as [...]: " +
                                      how + " its objects one by one");
    }
  }

  // True if the text __repr__ f makes never holds a container's: f calls no function of the
  // program, and what it reads (fields of self, names) leads to no object of class cls, but
  // the object whose field it reads (`return f"Node({self.v})"`).
  bool shallow_text(const Function& f, const std::string& cls) {
    std::function<bool(const Expr&)> deep = [&](const Expr& e) -> bool {
      if (e.kind == ExprKind::Call && (!e.method.empty() || e.callee->kind != ExprKind::Name ||
                                       program_.find_function(e.callee->text)))
        return true;
      std::set<std::string> seen;
      if ((e.kind == ExprKind::Name || is_field(e)) && reaches_class(e.type, cls, seen)) return true;
      if (is_field(e) && e.operands[0]->kind == ExprKind::Name) return false;  // self.v: self only carries it
      bool found = false;
      for_each_operand(e, [&](const Expr& o) { found = found || deep(o); });
      return found;
    };
    std::function<bool(const std::vector<StmtPtr>&)> block = [&](const std::vector<StmtPtr>& body) {
      for (const StmtPtr& s : body) {
        bool found = false;
        for_each_child(*s, [&](const Expr& e, Use) { found = found || deep(e); },
                       [&](const std::vector<StmtPtr>& b) { found = found || block(b); });
        if (found) return true;
      }
      return false;
    };
    return !block(f.body(*program_.module));
  }

  // True if f is the __repr__ @dataclass wrote for class cls (parser.cpp: its def stands at the
  // class's decorator).
  bool dataclass_repr(const Function& f, const std::string& cls) const {
    const Class* c = program_.find_class(cls);
    return c && dataclass_wrote(f.def, *c);
  }

  // True if def is a method @dataclass wrote for class c: parser.cpp places it at the class's
  // decorator.
  static bool dataclass_wrote(const Stmt* def, const Class& c) {
    return c.dataclass && def && def->loc.line == c.loc.line && def->loc.col == c.loc.col;
  }

  // True if a value of type t leads through fields, elements and values to a container of the
  // shape of one of `shown` (`start`: t itself does not count); `seen` the classes walked.
  bool holds_container(const Type& t, const std::vector<Type>& shown, std::set<std::string>& seen, bool start = false) {
    std::function<bool(const Type&, const Type&)> same = [&](const Type& x, const Type& y) {
      if (x.is_object() || y.is_object()) return x.is_object() && y.is_object() && root(x.cls) == root(y.cls);
      if (x.kind != y.kind || x.elems.size() != y.elems.size()) return false;
      for (size_t i = 0; i < x.elems.size(); ++i)
        if (!same(x.elems[i], y.elems[i])) return false;
      return true;
    };
    if (!start && !t.is_object() && std::any_of(shown.begin(), shown.end(), [&](const Type& c) { return same(t, c); }))
      return true;
    if (!t.is_object())
      return std::any_of(t.elems.begin(), t.elems.end(), [&](const Type& e) { return holds_container(e, shown, seen); });
    for (const auto& k : program_.classes) {
      bool holds = k.first == t.cls || (t.subclasses && program_.derives(k.first, t.cls));
      if (!holds || !seen.insert(k.first).second) continue;
      for (const Var& v : k.second.field_vars)
        if (holds_container(v.type, shown, seen)) return true;
    }
    return false;
  }

  // True if a value of type t leads through fields, elements and values to an object of class
  // cls (`start`: t is that object itself, which does not count); `seen` the classes walked.
  bool reaches_class(const Type& t, const std::string& cls, std::set<std::string>& seen, bool start = false) {
    if (!t.is_object())
      return std::any_of(t.elems.begin(), t.elems.end(), [&](const Type& e) { return reaches_class(e, cls, seen); });
    if (!start && (t.cls == cls || (t.subclasses && program_.derives(cls, t.cls)))) return true;  // a base's value may hold a cls
    for (const auto& k : program_.classes) {
      bool holds = k.first == t.cls || (t.subclasses && program_.derives(k.first, t.cls));
      if (!holds || (!start && !seen.insert(k.first).second)) continue;
      for (const Var& v : k.second.field_vars)
        if (reaches_class(v.type, cls, seen)) return true;
    }
    return false;
  }

  Type print_call(Expr& e) {
    if (e.starred_arg) throw CompileError(e.loc, kStarredArgumentsRefused);
    for (ExprPtr& a : e.operands) {
      if (a->kind == ExprKind::Format) {
        format_type(*a, true);
        a->type = Type::Str;
        continue;
      }
      text_of_branches(a, true);
      Type t = value_expr(*a);
      if (t.is_object()) object_text(a, false), t = Type::Str;
      check_shown(*a, "printing", "print");  // an int, tuple or list or None: printed by codegen's print_field
    }
    for (const Keyword& k : e.keywords) {
      if (k.name != "sep" && k.name != "end")
        throw CompileError(k.loc, "print's '" + k.name + "' argument is not supported in kilopy (only sep, end, and flush as True or False)");
      if (k.value->kind == ExprKind::None) continue;  // the default
      Type t = value_expr(*k.value);  // evaluated after the arguments (codegen's print)
      if (t.nullable && t != Type::None)
        throw CompileError(k.value->loc, "print's " + k.name + " that may be None is not supported in kilopy: give it a "
                                         "str on every path");
      if (t != Type::Str && t != Type::None && t != Type::Unknown)
        throw CompileError(k.value->loc, "TypeError: " + k.name + " must be None or a string, not " + type_name(t));
    }
    std::vector<const Expr*> values = all_of(e.operands);  // sep and end are evaluated after the arguments
    for (const Keyword& k : e.keywords) values.push_back(k.value.get());
    check_late_texts(values);
    return Type::None;
  }

  // A value of which only its text is used (a print() argument, a format field without a spec,
  // str()'s argument) that is `a if c else b`, `a or b` or `a and b` of two types of int, bool,
  // str, list, tuple and dict (an int or a str that may be None too): each value its text,
  // str(a) if c else str(b) (`a or b` as str(a) if a else str(b), a read twice: without calls),
  // which prints the same, where kilopy's values need one type.
  //
  // `aligned`: a field's spec is an alignment and a width (aligned_only), which format an int
  // and its text alike: the branches may only be ints and strs then.
  //
  // `late`: CPython takes the text once the other values are computed and those before it shown
  // (print()'s arguments, "...".format()'s), where kilopy takes it when the value is computed:
  // a choice of a list or dict is marked for check_late_texts().
  void text_of_branches(ExprPtr& slot, bool late = false, bool aligned = false) {
    Expr& e = *slot;
    bool choice = e.kind == ExprKind::IfExp;
    auto plain = [](const Expr& o) { return o.kind != ExprKind::BoolOp && o.kind != ExprKind::IfExp; };  // not `c and x or y`
    bool either = e.kind == ExprKind::BoolOp && e.operands.size() == 2 && !has_call(*e.operands[0]) &&
                  plain(*e.operands[0]) && plain(*e.operands[1]);
    if (!choice && !either) return;
    if (choice) text_of_branches(e.operands[1], late, aligned), text_of_branches(e.operands[2], late, aligned);
    const Expr& a = *e.operands[choice ? 1 : 0];
    const Expr& b = *e.operands[choice ? 2 : 1];
    Type ta = value_expr(const_cast<Expr&>(a)), tb = value_expr(const_cast<Expr&>(b));
    // typed: -obj became obj.__neg__(), and `not obj` calls its __bool__, which `a or b` would run twice
    std::function<bool(const Expr&)> object = [&](const Expr& x) { return x.type.is_object() || any_operand(x, object); };
    if (!choice && (has_call(a) || object(a) || (program_.has_operator_methods() && !this->plain(a)))) return;
    auto shown = [](const Type& t) {  // str() takes it whole: not None, an object, a function or a set
      return t == Type::Int || t == Type::Bool || t == Type::Str || maybe_none_int(t) || maybe_none_str(t) ||
             ((t.is_seq() || t.is_tuple() || t.is_dict()) && !t.nullable && !t.holds_object() && !t.holds_func());
    };
    if (!shown(ta) || !shown(tb) || ta == tb || compatible(ta, tb)) return;
    auto int_or_str = [](const Type& t) { return t == Type::Int || t == Type::Str; };  // format(True, ">6") is "     1"
    if (aligned && (!int_or_str(ta) || !int_or_str(tb))) return;
    bool mark = late && (changeable(ta) || changeable(tb));  // checked_late_texts() reads the mark
    auto text = [](ExprPtr v) {
      SourceLoc at = v->loc;
      return call_of("str", std::move(v), at);
    };
    if (choice) {
      e.operands[1] = text(std::move(e.operands[1]));
      e.operands[2] = text(std::move(e.operands[2]));
      if (mark) e.text = kChangeableText;
      return;
    }
    SourceLoc at = e.loc;
    ExprPtr test = copy_expr(*e.operands[0]);
    ExprPtr first = text(std::move(e.operands[0])), second = text(std::move(e.operands[1]));
    bool is_or = e.bool_op == BoolOpKind::Or;
    ExprPtr pick(new Expr(ExprKind::IfExp, at));
    pick->op_loc = e.op_loc;
    pick->operands.push_back(std::move(test));
    pick->operands.push_back(is_or ? std::move(first) : std::move(second));
    pick->operands.push_back(is_or ? std::move(second) : std::move(first));
    if (mark) pick->text = kChangeableText;
    slot = std::move(pick);
  }

  // Builtins that run no code of the program on values that hold no objects.
  static inline const std::set<std::string> kQuietBuiltins = {
      "str", "repr", "len", "int", "abs", "min", "max", "sum", "sorted", "round",
      "bool", "ord", "chr", "hex", "bin", "oct", "type", "format", "divmod", "pow"};

  // True if every __str__ and __repr__ of the program is `return e`, e calling nothing but
  // builtins and text methods (a @dataclass's __repr__ is): making an object's text changes nothing.
  bool text_methods_pure() const {
    auto text_method = [](const std::string& n) {
      for (const std::string m : {".__str__", ".__repr__"})
        if (n.size() > m.size() && n.compare(n.size() - m.size(), m.size(), m) == 0) return true;
      return false;
    };
    std::function<bool(const Expr&)> pure = [&](const Expr& x) {
      if (x.kind == ExprKind::Call &&
          (x.callee->kind != ExprKind::Name || !(kQuietBuiltins.count(x.callee->text) || text_method(x.callee->text))))
        return false;
      return !any_operand(x, [&](const Expr& o) { return !pure(o); });
    };
    for (const Function& f : program_.functions) {
      if (!f.def || !text_method(f.name)) continue;
      const std::vector<StmtPtr>& body = f.def->body;
      const Stmt* made = guarded_text(body);  // @dataclass's, which keeps its guard as it found it
      if (made && pure(*made->value)) continue;
      if (body.size() != 1 || body[0]->kind != StmtKind::Return || !body[0]->value || !pure(*body[0]->value)) return false;
    }
    return true;
  }

  // The statement `text = f"C(x=...)"` of a __repr__ body that parser.cpp guard_recursive_repr
  // wrote (a loop, an append, a try, a return), else null.
  static const Stmt* guarded_text(const std::vector<StmtPtr>& body) {
    if (body.size() != 4 || body[0]->kind != StmtKind::For || body[2]->kind != StmtKind::Try || body[2]->body.size() != 1 ||
        body[2]->body[0]->kind != StmtKind::Assign || body[3]->kind != StmtKind::Return || !body[2]->body[0]->value ||
        body[0]->loc.line != body[3]->loc.line || body[0]->loc.col != body[3]->loc.col)
      return nullptr;
    return body[2]->body[0].get();
  }

  static std::vector<const Expr*> all_of(const std::vector<ExprPtr>& xs) {
    std::vector<const Expr*> out;
    for (const ExprPtr& x : xs) out.push_back(x.get());
    return out;
  }

  // Marks a choice text_of_branches() made of a list or dict (or a tuple holding one) where the
  // text is taken late: kilopy takes it when the value is computed.
  static constexpr const char* kChangeableText = "the text of a changeable value";

  // Refuses a value of `values` (print()'s arguments, a late format's operands) marked
  // kChangeableText where CPython's text could differ: a value after it runs code that may change
  // it (a call other than a builtin's of values without objects, a method), or a value before it
  // runs code as print() shows it (an object's __str__, also inside a list).
  void check_late_texts(const std::vector<const Expr*>& values) {
    std::function<bool(const Expr&)> marked = [&](const Expr& x) {
      return (x.kind == ExprKind::IfExp && x.text == kChangeableText) || any_operand(x, marked);
    };
    std::function<bool(const Expr&)> runs_code = [&](const Expr& x) {
      if (x.kind == ExprKind::Call) {
        if (x.callee->kind != ExprKind::Name || !kQuietBuiltins.count(x.callee->text)) return true;
        for (const ExprPtr& a : x.operands)
          if (a->type == Type::Unknown || a->type.is_object() || a->type.holds_object()) return true;
      }
      return any_operand(x, runs_code);
    };
    if (std::none_of(values.begin(), values.end(), [&](const Expr* v) { return marked(*v); })) return;
    const bool pure = text_methods_pure();
    for (size_t i = 0; i < values.size(); ++i) {
      if (!marked(*values[i])) continue;
      for (size_t j = 0; j < values.size(); ++j) {
        const Type& t = values[j]->type;
        if (t == Type::Unknown && !final_) return;  // a later pass decides
        bool shown_by_code = t == Type::Unknown || ((t.is_object() || t.holds_object() ||
                             (values[j]->kind == ExprKind::Call && values[j]->text == kObjectText)) &&  // its __str__, run late
                             !pure);
        bool changes = j > i ? runs_code(*values[j]) : j < i && shown_by_code;
        if (changes)
          throw CompileError(values[i]->loc, "the text of this value (a list or dict, or its alternative) is taken when "
                                             "kilopy computes it, where CPython takes it once the other values are "
                                             "computed, which may change it (" + std::string(j > i ? "a call after it" :
                                             "an object's __str__ before it") + "): give it a print() or a format of its "
                                             "own, or assign its text first (t = str(xs) if xs else \"none\")");
      }
    }
  }

  // A one-opcode builtin; a variadic one (min, max) folds 2 or more arguments pairwise.
  Type builtin_call(Expr& e, const std::string& name, bool variadic) {
    no_keywords_or_stars(e, name);
    size_t n = e.operands.size();
    Op op = builtin_opcode(name, variadic ? 2 : unsigned(n));
    if (variadic && n < 2)
      throw CompileError(e.loc, name + "() of a single argument needs a list, and kilopy has none yet: give 2 or more ints");
    if (op == OP_COUNT) {
      unsigned arity = builtin_opcode(name, 0) != OP_COUNT ? 0 : builtin_opcode(name, 1) != OP_COUNT ? 1 : 2;
      throw CompileError(e.loc, name + "() takes exactly " + std::to_string(arity) + " argument" +
                                    (arity == 1 ? "" : "s") + " (" + std::to_string(n) + " given)");
    }
    bool objects = variadic && std::all_of(e.operands.begin(), e.operands.end(), [&](const ExprPtr& o) {
      Type ot = value_expr(*o);
      return ot.is_object() && !ot.nullable;
    });
    Type t = objects ? Type::Unknown : same_type(e.operands, name + "()", variadic);
    if (objects || (variadic && (t == Type::Str || t.is_tuple()))) {  // min(a, b, ...) of strs, tuples, objects: min([a, b, ...])
      ExprPtr list = std::make_unique<Expr>(ExprKind::List, e.loc);
      list->operands = std::move(e.operands);
      e.operands.clear();
      e.operands.push_back(std::move(list));
      return sequence_builtin(e, name, TypeRule::MinMax);
    }
    for (const ExprPtr& a : e.operands) {
      if (a->type == Type::None)
        throw CompileError(a->loc, "bad operand type for " + name + "(): 'NoneType'");
      if (a->type == Type::Str)
        throw CompileError(a->loc, name + "() of a str is not supported in kilopy yet (only of ints and bools)");
    }
    char result = op_info(op).result;
    if (result == 'S') return t;
    return result == 'B' ? Type::Bool : Type::Int;
  }

  // CPython's list of names in an arity error: 'a', 'a' and 'b', 'a', 'b', and 'c'.
  static std::string name_list(const std::vector<std::string>& names) {
    std::string out;
    for (size_t i = 0; i < names.size(); ++i) {
      if (i > 0) out += names.size() == 2 ? " and " : i + 1 == names.size() ? ", and " : ", ";
      out += "'" + names[i] + "'";
    }
    return out;
  }

  static std::string plural(size_t n, const std::string& what) {
    return std::to_string(n) + " " + what + (n == 1 ? "" : "s");
  }

  // The error of name(...) where a variable named like a builtin hides it (link.h).
  [[gnu::noinline]] CompileError shadowed_builtin_call(const Expr& e, const std::string& name) {
    const Var& v = *program_.lookup(*fn_, name);
    bool global = program_.is_global_in(*fn_, name);
    return CompileError(e.callee->loc, "'" + name + "' is a variable here, not the builtin " + name + "(): " +
                                           (global ? "the module assigns it (line " + std::to_string(v.first_use.line) +
                                                         "), and after that CPython calls the variable (a TypeError)"
                                                   : "this function assigns it, which makes it a local variable everywhere "
                                                     "in the function (CPython raises TypeError or UnboundLocalError)") +
                                           "; rename the variable");
  }

  // Binds the arguments of a call of f as CPython does, with its errors: the positional ones
  // first, then each keyword by name; a parameter without either takes its default.
  void bind_arguments(const Expr& e, const Function& f) {
    if (e.starred_arg) throw CompileError(e.loc, kStarredArgumentsRefused);
    std::vector<bool> given(f.params.size(), false);
    for (size_t i = 0; i < e.operands.size() && i < f.positional; ++i) given[i] = true;
    size_t keyword_only_given = 0;
    std::string by_keyword;  // positional-only parameters passed by keyword
    for (const Keyword& k : e.keywords) {
      int p = f.param_index(k.name);
      if (p >= 0 && f.def && size_t(p) < f.def->params.size() && f.def->params[size_t(p)].positional_only)
        by_keyword += (by_keyword.empty() ? "" : ", ") + k.name;
    }
    if (!by_keyword.empty())
      throw CompileError(e.keywords[0].loc, "TypeError: " + f.name + "() got some positional-only arguments passed as keyword "
                                            "arguments: '" + by_keyword + "'");
    for (const Keyword& k : e.keywords) {
      int p = f.param_index(k.name);
      if (p < 0) throw CompileError(k.loc, f.name + "() got an unexpected keyword argument '" + k.name + "'");
      if (given[size_t(p)]) throw CompileError(k.loc, f.name + "() got multiple values for argument '" + k.name + "'");
      given[size_t(p)] = true;
      if (size_t(p) >= f.positional) ++keyword_only_given;
    }
    size_t n = e.operands.size(), total = f.positional, required = 0;
    for (size_t i = 0; i < total; ++i)
      if (!f.defaults[i]) ++required;
    if (n > total) {
      std::string takes = required == total ? plural(total, "positional argument")
                                            : "from " + std::to_string(required) + " to " + plural(total, "positional argument");
      std::string were = keyword_only_given == 0 ? std::to_string(n) + (n == 1 ? " was" : " were")
                                                 : plural(n, "positional argument") + " (and " +
                                                       plural(keyword_only_given, "keyword-only argument") + ") were";
      throw CompileError(e.loc, f.name + "() takes " + takes + " but " + were + " given");
    }
    for (bool keyword_only : {false, true}) {
      std::vector<std::string> missing;
      for (size_t i = keyword_only ? total : 0; i < (keyword_only ? f.params.size() : total); ++i)
        if (!given[i] && !f.defaults[i]) missing.push_back(f.params[i]);
      if (!missing.empty())
        throw CompileError(e.loc, f.name + "() missing " + std::to_string(missing.size()) + " required " +
                                      (keyword_only ? "keyword-only" : "positional") + " argument" +
                                      (missing.size() == 1 ? "" : "s") + ": " + name_list(missing));
    }
  }

  // f(a, *t, ...) of a user function: each *t, a tuple display or a name holding a tuple of
  // known length, becomes its elements (t[0], t[1], ...), as CPython passes them. False while
  // some t's type is not known yet.
  bool spread_arguments(Expr& e, const std::string& name) {
    for (size_t i : e.starred) {
      const Expr& a = *e.operands[i];
      if (a.kind == ExprKind::Tuple) continue;
      Type t = value_expr(a);
      if (t == Type::Unknown && !final_) return false;
      if (t.is_list() || t.is_var_tuple() || t.is_array())
        throw CompileError(a.loc, name + "(*xs) of " + article(t) + " is not supported in kilopy (its length is known only at "
                                  "run time): pass the elements, " + name + "(xs[0], xs[1])");
      if (!t.is_tuple() || t.nullable)
        throw CompileError(a.loc, name + "(*t) takes a tuple of known length in kilopy, not " + article(t) +
                                  ": pass the elements one by one");
      if (a.kind != ExprKind::Name)
        throw CompileError(a.loc, name + "(*t) spreads a tuple named by a variable in kilopy: assign it to a name first");
    }
    std::vector<ExprPtr> spread;
    for (size_t i = 0; i < e.operands.size(); ++i) {
      ExprPtr& a = e.operands[i];
      if (!e.starred.count(i)) {
        spread.push_back(std::move(a));
      } else if (a->kind == ExprKind::Tuple) {
        for (ExprPtr& x : a->operands) spread.push_back(std::move(x));
      } else {
        for (size_t k = 0; k < a->type.elems.size(); ++k) {
          ExprPtr item = std::make_unique<Expr>(ExprKind::Subscript, a->loc);
          item->operands.push_back(copy_expr(*a));
          item->operands.push_back(int_literal(int64_t(k), a->loc));
          spread.push_back(std::move(item));
        }
      }
    }
    e.operands = std::move(spread);
    e.starred.clear();
    e.starred_arg = false;
    return true;
  }

  // The calls of _kilopy_text and _kilopy_dict the linker made (lower_helper_calls): int(x, base), x.strip(chars),
  // the bounded methods, replace() and d.get(k) with computed arguments; what their arguments must be.
  void check_helper_call(const Expr& e, const std::string& function) {
    const std::string prefix = std::string(kTextModule) + kModuleSep;
    bool int_base = function == prefix + "int_base";
    for (const BoundedMethod& b : kBoundedMethods) {
      if (function != prefix + b.function) continue;
      std::string call = std::string(b.method) + "(x, start)";
      Type x = value_expr(*e.operands[0]), sub = value_expr(*e.operands[1]);
      bool index = std::string(b.method) == "index";
      if (maybe_none_str(x) || (x.nullable && x.kind != Type::Kind::Object))
        throw CompileError(e.operands[0]->loc, call + " of a value that may be None is not supported in kilopy: call it "
                                               "where the value is not None (in `if x is not None:`)");
      if (x.is_deque())
        throw CompileError(e.operands[0]->loc, call + " of a deque is not supported in kilopy (it would slice the deque): "
                                               "loop over range(start, len(q)) and compare q[i]");
      if (index && x.is_tuple())
        throw CompileError(e.operands[0]->loc, "index(x, start) of a tuple is not supported in kilopy (it would slice the "
                                               "tuple, whose length is its type): write list(t).index(x, start)");
      bool sequence = index && (x.is_list() || x.is_array());
      if (x.is_object())  // link.cpp lowered it: the class's own method takes fewer or more arguments
        if (const Function* m = program_.find_function(x.cls + "." + b.method)) {
          bool self = !(m->def && m->def->decorator == "staticmethod");
          size_t takes = m->params.size(), given = e.operands.size() - (self ? 0 : 1);
          throw CompileError(e.loc, x.cls + "." + b.method + "() takes " + std::to_string(takes) + " positional argument" +
                                        (takes == 1 ? "" : "s") + " but " + std::to_string(given) + " were given");
        }
      if (x != Type::Str && x != Type::Unknown && !sequence)
        throw CompileError(e.operands[0]->loc, "AttributeError: '" + py_type_name(x) + "' object has no attribute '" + b.method +
                                               "' (kilopy's " + call + " takes a str" + (index ? ", a list or an array)" : ")"));
      if (x == Type::Str && sub != Type::Str && sub != Type::Unknown)
        throw CompileError(e.operands[1]->loc, std::string(b.method) + "() of a str with a start takes a str to look for in kilopy, not " +
                                               article(sub) + (sub.is_tuple() ? ": test each one (s.startswith(a, i) or s.startswith(b, i))" : ""));
      for (size_t i = 2; i < e.operands.size(); ++i) {
        Type bound = value_expr(*e.operands[i]);
        if (bound == Type::Bool)
          throw CompileError(e.operands[i]->loc, "kilopy's " + call + " takes int bounds, not a bool: write int(b)");
        if (bound != Type::Int && bound != Type::Unknown)
          throw CompileError(e.operands[i]->loc, "TypeError: slice indices must be integers or have an __index__ method "
                                                 "(kilopy's " + call + " takes int bounds, not " + article(bound) + ")");
      }
      return;
    }
    // A helper whose receiver CPython reads first, raising AttributeError for None before it
    // evaluates the arguments (which the call evaluates first).
    const bool dict_helper = function == std::string(kDictModule) + kModuleSep + "get_or_none" ||
                             function == std::string(kDictModule) + kModuleSep + "pop_or_none";
    if (dict_helper || function == prefix + "replace_text" || function == prefix + "replace_count") {
      Type x = value_expr(*e.operands[0]);
      if (x.nullable || x == Type::None)
        throw CompileError(e.operands[0]->loc, std::string(dict_helper ? "d.get(k) or d.pop(k, None)" : "s.replace()") +
                                               " with a computed argument of " + article(x) + " is not supported in kilopy "
                                               "(for None CPython raises AttributeError before it evaluates the arguments): "
                                               "call it where the value is not None (in `if x is not None:`)");
      return;
    }
    if (!int_base && function != prefix + "strip_chars") return;
    Type x = value_expr(*e.operands[0]), chars = value_expr(*e.operands[1]);
    if (maybe_none_str(x))
      throw CompileError(e.operands[0]->loc, std::string(int_base ? "int(s, base)" : "strip(chars), lstrip(chars) and rstrip(chars)") +
                                             " of a str that may be None is not supported in kilopy: call it where the str "
                                             "is not None (in `if s is not None:`)");
    if (int_base && x != Type::Str && x != Type::Unknown)
      throw CompileError(e.operands[0]->loc, "TypeError: int() can't convert non-string with explicit base (kilopy's "
                                             "int(x, base) takes a str; write int(x) for " + article(x) + ")");
    if (int_base) return;
    if (x != Type::Str && x != Type::Unknown)
      throw CompileError(e.operands[0]->loc, "AttributeError: '" + py_type_name(x) + "' object has no attribute 'strip' "
                                             "(kilopy's strip(chars), lstrip(chars) and rstrip(chars) take a str)");
    if (chars != Type::Str && chars != Type::Unknown)
      throw CompileError(e.operands[1]->loc, "TypeError: strip arg must be None or str (kilopy takes a str, or None "
                                             "written out)");
  }

  // A call of f; `dispatched`: a method called on an object of a class or a subclass, whose self
  // is the object's class, not its receiver's type.
  Type user_call(Expr& e, const Function& cf, bool dispatched = false) {
    Function& f = const_cast<Function&>(cf);
    check_helper_call(e, f.name);
    called_.insert(f.name);
    if (!spread_arguments(e, f.name)) return Type::Unknown;
    bind_arguments(e, f);
    auto argument = [&](const Expr& a, size_t p) {
      Type t = value_expr(a);
      if (p == 0 && dispatched) return;
      if (p == 0 && !a.none_attribute.empty()) t.nullable = false;  // a receiver: checked before the call
      const Type& given = a.kind == ExprKind::Box ? a.operands[0]->type : t;  // boxed into the int-or-None parameter
      if (f.def && p < f.def->params.size() && f.def->params[p].made_by_factory &&
          (given.nullable || (given == Type::None && (final_ || a.kind == ExprKind::None))))
        throw CompileError(a.loc, "passing None for the field '" + f.params[p] + "' of a dataclass whose default_factory "
                                  "makes it is not supported in kilopy (its __init__ takes None as not given): pass a value");
      try {
        assign(f.vars[f.params[p]], t, a.loc, "parameter '" + f.params[p] + "' of " + f.name + "()");
      } catch (CompileError& err) {
        if (!f.vars[f.params[p]].annotation) {  // webs.h may split it, or call_copies.h copy f for this call
          err.variable = f.params[p];
          err.variable_at = f.def->loc;
          err.callee = f.name;
          err.caller = fn_->name;
          err.call_at = e.loc;
          if (a.kind == ExprKind::Name) err.argument = a.text;
        }
        throw;
      }
      box_into(f.vars[f.params[p]].type, a);
      // A call of the program's whose result is not typed yet learns it from its own returns
      // first: typed from this parameter (which another call may have typed), its body could
      // clash where a copy of f for this call would type it (show([1]); show(sq(2))).
      if (!(t == Type::Unknown && !final_ && program_.called_function(a))) refine(a, f.vars[f.params[p]].type);
    };
    for (size_t i = 0; i < e.operands.size(); ++i) argument(*e.operands[i], i);
    for (const Keyword& k : e.keywords) argument(*k.value, size_t(f.param_index(k.name)));
    return f.return_type;
  }

  // f(args) through a function value of type t: codegen calls the function of its set whose tag
  // the value holds, so the call is typed as a call of each; they must take the arguments alike
  // and return one type.
  Type value_call(Expr& e, const Type& t) {
    if (e.starred_arg || !e.keywords.empty())
      throw CompileError(e.loc, "a call through a function value passes its arguments by position in kilopy: write f(a, b)");
    Type out = Type::Unknown;
    std::string typed_by;
    for (const std::string& g : Program::set_members(t.cls)) {
      const Function& f = *program_.find_function(g);
      if (f.params.size() != e.operands.size() || f.positional != e.operands.size())
        throw CompileError(e.loc, "this call through a function value passes " + plural(e.operands.size(), "argument") +
                                      ", but the value may be " + g + "(), which takes " + plural(f.params.size(), "parameter") +
                                      ": kilopy calls the functions a value may be with exactly their parameters (no defaults, "
                                      "no keywords)");
      Type r = user_call(e, f);
      if (r == Type::Unknown) continue;
      if (out == Type::Unknown) {
        out = r;
        typed_by = g;
      } else if (final_ ? out != r : !compatible(out, r)) {
        throw CompileError(e.loc, "this call through a function value may call " + typed_by + "(), which returns " + article(out) +
                                      ", or " + g + "(), which returns " + article(r) +
                                      ": kilopy needs the functions a value may be to return one type");
      }
    }
    return out;
  }

  // Refuses sum(), min() or max() (`name`) of a, a list of dicts: CPython's TypeError.
  [[noreturn]] static void dicts_unordered(const Expr& a, const std::string& name) {
    if (name == "sum") throw CompileError(a.loc, "TypeError: unsupported operand type(s) for +: 'int' and 'dict' (sum() of a list of dicts): "
                                                 "sum a field, sum(r[k] for r in rows)");
    throw CompileError(a.loc, "TypeError: '<' not supported between instances of 'dict' and 'dict' (" + name + "() of a list of dicts): "
                              "give key=, " + name + "(rows, key=lambda r: r[k])");
  }

  // len(x), sum(x), min(x), max(x) of one list or array (or a dict's or set's keys).
  Type sequence_builtin(Expr& e, const std::string& name, TypeRule rule) {
    const Expr& a = *e.operands[0];
    Type t = checked(a, rule == TypeRule::Len ? "object of type 'NoneType' has no len()" : "'NoneType' object is not iterable");
    if (t == Type::Unknown) return rule == TypeRule::MinMax ? Type::Unknown : Type::Int;
    if (rule == TypeRule::Len && t.is_object() && hierarchy_has(t.cls, "__len__")) {
      if (e.text == kRangeTest)  // range_tests.cpp's copy: its __len__ would run more than once
        throw CompileError(e.loc, "len() of an object in `in range(...)` or `len(range(...))` is not supported in kilopy: "
                                  "assign it to a variable first");
      object_not_none(a, "object of type 'NoneType' has no len()");
      return become_special(e, std::move(e.operands[0]), "__len__", {});
    }
    if (rule == TypeRule::Len && t == Type::Str) return Type::Int;
    if ((t.is_tuple() || t.is_seq() || t.is_table()) && rule == TypeRule::Len) return Type::Int;
    if (t.is_var_tuple() && t.elems[0] == Type::Str)
      throw CompileError(a.loc, name + "() of a tuple of strs is not supported in kilopy yet: write " + name + "([s for s in t])");
    const Type given = as_list(t);
    if (given.is_tuple() && !final_ && !given.complete()) return rule == TypeRule::MinMax ? Type::Unknown : Type::Int;
    t = given.is_table() ? Type::list(given.elems[0]) : given;  // a dict's or set's keys, in a new list (codegen opcode_call)
    if (rule == TypeRule::MinMax && t.is_list() && (t.elems[0].is_tuple() || t.elems[0].is_var_tuple())) {
      if (orderable_tuple(t.elems[0])) return t.elems[0];  // compared as < compares them (codegen tuple_extreme)
      throw CompileError(a.loc, name + "() of " + article(given) + " is not supported in kilopy (it orders tuples of ints, bools "
                                "and strs): give the key that orders them, " + name + "(" +
                                (a.kind == ExprKind::Name ? a.text : std::string("xs")) + ", key=lambda t: t[0])");
    }
    if (t.has_tuple())
      throw CompileError(a.loc, name + "() of " + article(given) + " is not supported in kilopy: loop over its elements");
    if (t == Type::Str && rule == TypeRule::MinMax) {  // max(s): of its characters, max(list(s))
      SourceLoc at = a.loc;
      e.operands[0] = call_of("list", std::move(e.operands[0]), at);
      expr(*e.operands[0]);
      return sequence_builtin(e, name, rule);
    }
    if (!t.is_seq()) {
      if (rule == TypeRule::Len) throw CompileError(a.loc, "object of type '" + py_type_name(t) + "' has no len()");
      if (rule == TypeRule::Sum) throw CompileError(a.loc, "'" + py_type_name(t) + "' object is not iterable");
      throw CompileError(e.loc, name + "() of a single argument needs a list or an array (or give 2 or more ints)");
    }
    if (rule == TypeRule::Len) return Type::Int;
    Type elem = t.elem();
    if (elem == Type::Str && rule == TypeRule::Sum)
      throw CompileError(a.loc, "TypeError: unsupported operand type(s) for +: 'int' and 'str' (sum() of a list of strs): join them with ''.join(xs)");
    if (elem.is_object()) {
      const std::string xs = a.kind == ExprKind::Name ? a.text : "xs";
      if (rule == TypeRule::Sum)
        throw CompileError(a.loc, "sum() of a list of " + elem.cls + " objects is not supported in kilopy: add them in a loop "
                                  "(total = " + xs + "[0], then total = total + x for the others)");
      if (hierarchy_has(elem.cls, "__lt__") || hierarchy_has(elem.cls, "__gt__"))
        refuse_object_order(e, elem.cls, a.loc, name + "() of a list of " + elem.cls + " objects is not supported in kilopy" + kKeyedOrder +
                            ": give the key that is the element, " + name + "(" + xs + ", key=lambda o: o) (it compares them by their methods)");
      throw CompileError(a.loc, "TypeError: '<' not supported between instances of '" + elem.cls + "' and '" + elem.cls + "' (" +
                                name + "() of a list of objects whose class has no __lt__): give key= a field, " + name + "(" +
                                xs + ", key=lambda o: o.score)");
    }
    if (elem.is_table()) dicts_unordered(a, name);
    if (elem.is_seq() || elem == Type::Unknown) {
      if (elem == Type::Unknown) return Type::Unknown;
      throw CompileError(a.loc, name + "() of a list of lists is not supported in kilopy");
    }
    return rule == TypeRule::Sum ? Type::Int : elem;
  }

  // array(typecode, [a, b, ...]) or array(typecode, [v] * n)
  Type array_type(Expr& e) {
    no_keywords_or_stars(e, "array");
    if (e.operands.size() != 2)
      throw CompileError(e.loc, "kilopy's array() takes a typecode and a list: array('b', [1, 2]) or array('b', [0] * n)");
    const Expr& code = *e.operands[0];
    if (code.kind != ExprKind::Str || code.text.size() != 1 || std::string("bBh").find(code.text[0]) == std::string::npos)
      throw CompileError(code.loc, "kilopy's arrays have the typecodes 'b', 'B' and 'h'");
    const_cast<Expr&>(code).type = Type::Str;
    const Expr& init = *e.operands[1];
    bool literal = init.kind == ExprKind::List;
    bool repeat = init.kind == ExprKind::Binary && init.bin_op == BinOp::Mul &&
                  (init.operands[0]->kind == ExprKind::List || init.operands[1]->kind == ExprKind::List);
    if (!literal && !repeat)
      throw CompileError(init.loc, "kilopy creates an array from a list literal or [v] * n");
    Type t = expr(init);
    if (t.is_list() && t.elems[0].complete() && !is_int_like(t.elems[0]))
      throw CompileError(init.loc, "an array holds ints, not " + article(t.elems[0]));
    refine(init, Type::list(Type::Int));
    return Type::array(code.text[0]);
  }

  // ---- classes (frontend/classes.cpp) --------------------------------------------------------

  // True if e is the name of a class (not a variable).
  bool names_class(const Expr& e) {
    return e.kind == ExprKind::Name && !program_.lookup(*fn_, e.text) && program_.find_class(e.text);
  }

  // int, bool, str, list, tuple, dict, set or float, not rebound by the program.
  bool names_builtin_type(const Expr& e) {
    static const std::set<std::string> types = {"int", "bool", "str", "list", "tuple", "dict", "set", "float"};
    return e.kind == ExprKind::Name && types.count(e.text) && !program_.lookup(*fn_, e.text) && !program_.find_class(e.text) &&
           !program_.find_function(e.text);
  }

  static std::string no_attribute(const Type& t, const std::string& f) {
    return "kilopy has no attribute '" + f + "' of " + article(t) + ": only objects of the program's classes have attributes";
  }

  // obj.f at loc, obj of type t, no object: refused.
  [[noreturn]] void refuse_attribute(const Expr& obj, const Type& t, const std::string& f, SourceLoc loc) {
    throw splittable(CompileError(loc, no_attribute(t, f)), obj);
  }

  // err, naming obj for webs.h to split first where obj is a variable without an annotation (`x
  // = 5 ... x = Node()`, `x = B() ... x = C()`: two uses of one name).
  CompileError splittable(CompileError err, const Expr& obj) const {
    const Var* v = obj.kind == ExprKind::Name ? program_.lookup(*fn_, obj.text) : nullptr;
    if (v && !v->annotation) {
      err.variable = obj.text;
      err.variable_at = obj.loc;
    }
    return err;
  }

  // A field f that no method of c assigns through self.
  std::string no_field(const Class& c, const std::string& f) const {
    std::string missing = "'" + c.name + "' object has no attribute '" + f + "': no method of " + c.name + " assigns self." + f;
    for (const Class* k = f.compare(0, 2, "__") == 0 ? &c : nullptr; k; k = program_.find_class(k->base)) {  // obj.__x
      std::string mangled = "_" + k->name.substr(std::min(k->name.find_first_not_of('_'), k->name.size())) + f;
      if (k->slot(mangled) >= 0)
        return "'" + c.name + "' object has no attribute '" + f + "': inside class " + k->name + ", self." + f + " is " +
               mangled + " (CPython's private names), so outside it there is no " + f + ": read it through a method of " +
               k->name + ", or name the field without the two leading underscores";
    }
    for (const Class* b = program_.find_class(c.base); b; b = program_.find_class(b->base))
      if (b->slot(f) >= 0)
        return missing + " (" + b->name + ".__init__ does): call super().__init__(...) in " + c.name + ".__init__";
    return missing + ", and kilopy's fields are the attributes a class's methods assign through self: assign it in " + c.name +
           ".__init__ (self." + f + " = ...)";
  }

  // A class constant's value (NAME = 10, -3, True or "text"): its type, and its literal at loc.
  static Type constant_type(const Expr& v) {
    return v.kind == ExprKind::Bool ? Type::Bool : v.kind == ExprKind::Str ? Type::Str : Type::Int;
  }
  static ExprPtr constant_literal(const Expr& v, const SourceLoc& loc) {
    bool neg = v.kind == ExprKind::Unary;
    const Expr& lit = neg ? *v.operands[0] : v;
    ExprPtr e(new Expr(lit.kind, loc));
    e->text = lit.text;
    e->bool_value = lit.bool_value;
    e->int_value = neg ? -lit.int_value : lit.int_value;
    e->int_too_big = lit.int_too_big;
    e->int_text = neg ? "-" + lit.int_text : lit.int_text;
    return e;
  }

  // A field or method f that class c lacks, read through a value holding objects of c or its subclasses.
  static std::string may_be_any(const Class& c, const std::string& f) {
    return "'" + c.name + "' object has no attribute '" + f + "': this value holds " + c.name + " objects or a subclass's, "
           "and kilopy uses through it only the fields and methods of class " + c.name + " (isinstance(x, C) narrows only a "
           "name x, where x is not bound again): define " + f + " in " + c.name + ", test a name with isinstance(), or keep the "
           "objects that have " + f + " in a name or a list of their own";
  }

  // value(K) for the class K of the object x holds at run time: `value(D) if isinstance(x, D)
  // else ... value(C)` over x's class C and, where x may hold a subclass's objects, those
  // subclasses D for which keep(D) (deepest first).
  ExprPtr by_class(const Expr& x, const std::string& cls, bool subclasses,
                   const std::function<ExprPtr(const std::string&)>& value,
                   const std::function<bool(const std::string&)>& keep = nullptr) {
    std::vector<std::string> ks;  // the classes x may hold, each below those it derives from
    if (subclasses)
      for (const auto& k : program_.classes)
        if (k.first != cls && program_.derives(k.first, cls) && (!keep || keep(k.first))) ks.push_back(k.first);
    auto depth = [&](const std::string& k) {
      int d = 0;
      for (const Class* c = program_.find_class(k); c; c = program_.find_class(c->base)) ++d;
      return d;
    };
    std::stable_sort(ks.begin(), ks.end(), [&](const std::string& a, const std::string& b) { return depth(a) > depth(b); });
    ExprPtr picked = value(cls);
    for (auto k = ks.rbegin(); k != ks.rend(); ++k) {
      ExprPtr test(new Expr(ExprKind::Call, x.loc));
      test->callee.reset(new Expr(ExprKind::Name, x.loc));
      test->callee->text = "isinstance";
      test->operands.push_back(clone(x));
      test->operands.emplace_back(new Expr(ExprKind::Name, x.loc));
      test->operands.back()->text = *k;
      ExprPtr pick(new Expr(ExprKind::IfExp, x.loc));
      pick->operands.push_back(std::move(test));
      pick->operands.push_back(value(*k));
      pick->operands.push_back(std::move(picked));
      picked = std::move(pick);
    }
    return picked;
  }

  // obj.f: a field becomes obj[slot of f] (text f); C.NAME or obj.NAME, a class constant, its value.
  // The x of type(x).__name__ or x.__class__.__name__ (e), else null.
  const Expr* class_name_of(const Expr& e) const {
    if (e.kind != ExprKind::Attribute || e.text != "__name__") return nullptr;
    const Expr& c = *e.operands[0];
    if (c.kind == ExprKind::Attribute && c.text == "__class__") return c.operands[0].get();
    bool type_call = c.kind == ExprKind::Call && c.callee->kind == ExprKind::Name && c.callee->text == "type" &&
                     !program_.lookup(*fn_, "type") && !program_.find_function("type");
    if (type_call && (c.operands.size() != 1 || !c.keywords.empty() || c.starred_arg))
      throw CompileError(c.loc, "type() takes one argument in kilopy (the class of an object: type(x).__name__)");
    return type_call ? c.operands[0].get() : nullptr;
  }

  // type(x).__name__ (x.__class__.__name__): the name of x's class, a str known at compile time
  // where x holds objects of one class (or an int, bool or str), else the class of the object
  // x holds at run time, `"D" if isinstance(x, D) else ... "C"` (subclasses first), once the
  // types are final.
  Type class_name(Expr& e, Expr& x) {
    Type t = value_expr(x);
    if (t == Type::Unknown && !final_) return Type::Str;
    if (((t.nullable || maybe_none(t)) && !(t.is_object() && narrowed(x))) || t == Type::None)
      throw CompileError(x.loc, "the class name of a value that may be None is not supported in kilopy: test it for None "
                                "first");
    if (!t.is_object() && t != Type::Int && t != Type::Bool && t != Type::Str)
      throw CompileError(x.loc, "the class name of " + article(t) + " is not supported in kilopy (only of an object, an int, "
                                "a bool or a str)");
    if (!final_) return Type::Str;
    if (t.subclasses && has_call(x))
      throw CompileError(x.loc, "the class name of an object of a class or its subclasses, computed by a call, is not "
                                "supported in kilopy: assign it to a variable first");
    auto text = [&](const std::string& s) {
      ExprPtr str(new Expr(ExprKind::Str, e.loc));
      str->text = s;
      return str;
    };
    ExprPtr name = t.is_object() && !is_record_class(t.cls) ? by_class(x, t.cls, t.subclasses, text)
                   : text(t.is_object() ? "dict" : py_type_name(t));
    if (!(t.is_object() && t.subclasses)) name = after_reading(std::move(e.operands[0]->operands[0]), std::move(name));
    e = std::move(*name);
    return expr(e);
  }

  // value, after reading x, as CPython evaluates x first (a call may do anything, an index
  // raise, an unassigned name raise UnboundLocalError): `value if x is not None else value`,
  // for x that cannot be None, whose test codegen compiles to no code beyond reading x. A
  // parameter (self) is always bound: value alone.
  ExprPtr after_reading(ExprPtr x, ExprPtr value) const {
    if (x->kind == ExprKind::Name && x->none_attribute.empty() &&
        std::find(fn_->params.begin(), fn_->params.end(), x->text) != fn_->params.end())
      return value;
    SourceLoc at = x->loc;
    ExprPtr test(new Expr(ExprKind::Compare, at));
    test->op_loc = at;
    test->cmp_ops = {CmpOp::IsNot};
    test->operands.push_back(std::move(x));
    test->operands.push_back(ExprPtr(new Expr(ExprKind::None, at)));
    ExprPtr e(new Expr(ExprKind::IfExp, value->loc));
    e->operands.push_back(std::move(test));
    e->operands.push_back(clone(*value));
    e->operands.push_back(std::move(value));
    return e;
  }

  // obj.f: a field read becomes obj[slot] (text f), which narrow.cpp may have proven not None.
  // Out of expr_type_of, whose frame a deep expression repeats.
  [[gnu::noinline]] Type attribute_read(Expr& e) {
    Type t = attribute_type(e);
    return e.kind == ExprKind::Subscript ? narrowed(e, t) : t;
  }

  Type attribute_type(Expr& e) {
    if (Expr* x = const_cast<Expr*>(class_name_of(e))) return class_name(e, *x);
    Expr& obj = *e.operands[0];
    const Class* c = nullptr;
    bool subclasses = false;
    if (names_class(obj)) {
      c = program_.find_class(obj.text);
      if (!c->constants.count(e.text))
        throw CompileError(e.loc, "type object '" + c->name + "' has no attribute '" + e.text +
                                      "' (a class's attributes are its constants and methods in kilopy)");
    } else {
      Type t = expr(obj);
      if (t == Type::Unknown || (t == Type::None && !final_)) return Type::Unknown;  // None: it may be an object later
      if (!t.is_object()) refuse_attribute(obj, t, e.text, e.loc);
      c = program_.find_class(t.cls);
      subclasses = t.subclasses;
    }
    if (!names_class(obj) && is_record_class(c->name) && c->slot(e.text) < 0)
      throw CompileError(e.loc, "AttributeError: 'dict' object has no attribute '" + e.text + "': read the key as " +
                                    (obj.kind == ExprKind::Name ? obj.text : std::string("d")) + "[" + record_field(e.text) + "]");
    if (!names_class(obj) && c->slot(e.text) < 0) {  // a class attribute that is a module variable (class_variables.cpp)
      for (const Class* k = c; k; k = program_.find_class(k->base)) {
        auto classes = program_.class_variables.find(k->name);
        auto v = classes == program_.class_variables.end() ? nullptr : &classes->second;
        if (!v || !v->count(e.text)) continue;
        if (obj.kind != ExprKind::Name)
          throw CompileError(obj.loc, "read the class attribute " + k->name + "." + e.text + " as " + k->name + "." + e.text +
                                      " in kilopy (it is assigned, or holds a list, dict or set)");
        ExprPtr name(new Expr(ExprKind::Name, e.loc));
        name->text = v->at(e.text);
        obj.none_attribute = e.text;  // None raises AttributeError where it is read (codegen check_not_none)
        ExprPtr value = after_reading(std::move(e.operands[0]), std::move(name));
        e = std::move(*value);
        return expr(e);
      }
    }
    auto k = c->constants.find(e.text);
    if (k != c->constants.end() && (names_class(obj) || c->slot(e.text) < 0)) {  // else the field the constant presets
      // Through an object that may be of a subclass, the constant of the object's class. Which
      // subclasses override it is known now; whether obj may hold their objects, once types are final.
      const std::string f = e.text;
      if (!names_class(obj))
        for (const auto& d : program_.classes)
          if (d.second.presets.count(f) && program_.derives(d.first, c->name))
            throw CompileError(e.loc, "reading " + f + " through " + article(obj.type) + " is not supported in kilopy: it is the "
                                      "class constant " + c->name + "." + f + ", but an object of its subclass '" + d.first +
                                      "' has a field " + f + " of its own: read it through a " + d.first + ", or give " +
                                      c->name + " the field too");
      auto overrides = [&](const std::string& d) { return program_.find_class(d)->constants.at(f) != k->second; };
      bool overridden = false;
      if (!names_class(obj))
        for (const auto& d : program_.classes)
          if (d.first != c->name && program_.derives(d.first, c->name) && overrides(d.first)) {
            overridden = true;
            const Expr& v = *d.second.constants.at(f);
            if (constant_type(v) != constant_type(*k->second))
              throw CompileError(e.loc, "the class constant " + f + " is " + article(constant_type(*k->second)) + " in '" +
                                            c->name + "' but " + article(constant_type(v)) + " in its subclass '" +
                                            d.first + "': kilopy needs one type per name");
          }
      if (obj.kind != ExprKind::Name)
        throw CompileError(obj.loc, overridden ? "read a class constant that subclasses override through a name in kilopy "
                                                 "(x = ...; x." + f + "): its value depends on the object's class"
                                               : "read a class constant as " + c->name + "." + f + " in kilopy");
      if (final_ && !names_class(obj) && (obj.type.nullable || maybe_none(obj.type)) && !narrowed(obj))
        throw CompileError(obj.loc, "reading the class constant " + f + " through a value that may be None is not supported "
                                    "in kilopy (CPython raises AttributeError when it is None): test it for None first, or "
                                    "read " + c->name + "." + f);
      if (!final_ && !names_class(obj)) return constant_type(*k->second);  // obj's type is final then
      ExprPtr value = overridden && subclasses
          ? by_class(obj, c->name, true, [&](const std::string& d) {
              return constant_literal(*program_.find_class(d)->constants.at(f), e.loc); }, overrides)
          : constant_literal(*k->second, e.loc);
      if (!names_class(obj) && !(overridden && subclasses)) value = after_reading(std::move(e.operands[0]), std::move(value));
      e = std::move(*value);
      return expr(e);
    }
    int slot = c->slot(e.text);
    if (slot < 0 && program_.find_function(c->name + "." + e.text))
      throw CompileError(e.loc, "methods are not values in kilopy: call it (obj." + e.text + "(...))");
    if (slot < 0 && subclasses && hoist_field(c->name, e.text)) slot = c->slot(e.text);
    if (slot < 0 && subclasses) throw CompileError(e.loc, may_be_any(*c, e.text));
    if (slot < 0 && lacked_by_unbuilt_self(e)) return Type::Unknown;
    if (slot < 0) throw CompileError(e.loc, no_field(*c, e.text));
    obj.none_attribute = e.text;
    ExprPtr index(new Expr(ExprKind::Int, e.loc));
    index->int_value = slot;
    index->int_text = std::to_string(slot);
    index->type = Type::Int;
    e.operands.push_back(std::move(index));
    e.kind = ExprKind::Subscript;
    return c->field_vars[size_t(slot)].type;
  }

  // The field a rewritten obj.f (obj[slot], text f) names: found again by name, as obj's class may
  // have widened to a base. Through an object of a class or its subclasses, the field is each
  // subclass's field of that name too: they get one type.
  Var& field(Expr& e) {
    Type t = expr(*e.operands[0]);
    Class& c = program_.classes.at(t.cls);
    int slot = c.slot(e.text);
    if (slot < 0 && t.subclasses && hoist_field(c.name, e.text)) slot = c.slot(e.text);
    if (slot < 0) throw CompileError(e.loc, may_be_any(c, e.text));
    e.operands[1]->int_value = slot;
    e.operands[1]->int_text = std::to_string(slot);
    Var& v = c.field_vars[size_t(slot)];
    if (!t.subclasses) return v;
    for (auto& k : program_.classes) {
      int s = k.second.slot(e.text);
      if (k.first == c.name || s < 0 || !program_.derives(k.first, c.name)) continue;
      Var& sub = k.second.field_vars[size_t(s)];
      assign(sub, v.type, e.loc, "field '" + e.text + "' of " + k.first);
      assign(v, sub.type, e.loc, "field '" + e.text + "' of " + c.name);
    }
    return v;
  }

  // A field f that class cls lacks, read through a value of cls or its subclasses: where the
  // program never builds a cls and every class derived from it assigns f in its __init__ (no
  // flag: always set), each object has its own f, so cls takes f as a field of its own, and
  // lower_classes lays the subclasses' f out in its slot.
  bool hoist_field(const std::string& cls, const std::string& f) {
    if (constructed_.count(cls)) return false;
    bool any = false;
    for (const auto& k : program_.classes) {
      if (k.first == cls || !program_.derives(k.first, cls)) continue;
      if (k.second.slot(f) < 0 || k.second.slot(field_set_flag(f)) >= 0) return false;
      any = true;
    }
    if (!any) return false;
    Class& c = program_.classes.at(cls);
    c.fields.push_back(f);
    c.field_vars.push_back(Var{f, Type::Unknown, c.loc, c.loc, nullptr});
    return true;
  }

  // The program's function `cls.m` (for __str__, `cls.__repr__` where cls has no __str__).
  const Function& method_of(const std::string& cls, const std::string& m) const {
    const Function* f = program_.find_function(cls + "." + m);
    if (!f && m == "__str__") f = program_.find_function(cls + ".__repr__");
    return *f;  // the receiver's class has m, so each subclass has its own copy (classes.cpp)
  }

  // True if an object that the method call e may run on (methods_called) has no method e.method.
  bool lacks_method(const Expr& e) const {
    const Type& t = e.operands[0]->type;
    auto lacks = [&](const std::string& cls) {
      return !program_.find_function(cls + "." + e.method) &&
             !(e.method == "__str__" && program_.find_function(cls + ".__repr__"));
    };
    bool any = false;
    for (const auto& k : program_.classes)
      if (k.first != t.cls && constructed_.count(k.first) && program_.derives(k.first, t.cls)) {
        any = true;
        if (lacks(k.first)) return true;
      }
    return (!any || constructed_.count(t.cls)) && lacks(t.cls);
  }

  // The functions a method call e (obj.m(...), bound to `C.m(obj, ...)`) may run: on an object of
  // a class or its subclasses, the copy of m of each of those classes the program makes objects
  // of, and that of obj's class (the callee), first.
  std::vector<const Function*> methods_called(const Expr& e) const {
    const Type& t = e.operands[0]->type;
    if (!t.is_object()) return {program_.find_function(e.callee->text)};
    std::vector<const Function*> out;
    if (!t.subclasses || constructed_.count(t.cls)) out.push_back(&method_of(t.cls, e.method));  // else no object is a cls
    for (const auto& k : program_.classes)
      if (t.subclasses && k.first != t.cls && constructed_.count(k.first) && program_.derives(k.first, t.cls))
        out.push_back(&method_of(k.first, e.method));
    if (out.empty()) out.push_back(&method_of(t.cls, e.method));
    return out;
  }

  static bool same_constant(const Expr& a, const Expr& b) {
    return a.kind == b.kind && a.int_value == b.int_value && a.bool_value == b.bool_value && a.text == b.text &&
           a.operands.size() == b.operands.size() && (a.operands.empty() || same_constant(*a.operands[0], *b.operands[0]));
  }

  // obj.m(...), bound to `C.m(obj, ...)` (e.method: m), bound again on every pass: obj's type may
  // have widened to "C or a subclass", whose calls run the m of the object's class (lower_dispatch):
  // each gets the arguments, passed one way for all, and their results must have one type.
  Type method_call_type(Expr& e) {
    Type t = expr(*e.operands[0]);
    if (!t.is_object()) return user_call(e, *program_.find_function(e.callee->text));
    if (t.subclasses && lacks_method(e))  // a subclass's method, the value widened to its base
      throw splittable(CompileError(e.loc, may_be_any(*program_.find_class(t.cls), e.method)), *e.operands[0]);
    std::vector<const Function*> fs = methods_called(e);
    e.callee->text = fs[0]->name;
    if (!t.subclasses) return user_call(e, *fs[0]);
    Type result = Type::Unknown;
    for (const Function* f : fs) {
      bool same = f->params.size() == fs[0]->params.size() && f->positional == fs[0]->positional;
      for (size_t i = 1; same && i < f->params.size(); ++i)
        same = f->params[i] == fs[0]->params[i] && !f->defaults[i] == !fs[0]->defaults[i] &&
               (!f->defaults[i] || same_constant(*f->defaults[i], *fs[0]->defaults[i]));
      if (!same)
        throw CompileError(e.loc, fs[0]->name + "() and " + f->name + "() take different parameters: this call runs the " + e.method +
                                      " of the object's class, and kilopy passes the arguments one way to all of them: give "
                                      "the overrides the same parameters and defaults");
      Type r = user_call(e, *f, true);
      if (!compatible(result, r))
        throw CompileError(e.loc, "this call would give " + article(r) + " (" + f->name + ") or " + article(result) + " (" +
                                      fs[0]->name + "): it runs the " + e.method + " of the object's class, and kilopy needs "
                                      "one type from them all");
      bool saved = changed_;
      merge(result, r, true);  // results: an int and an int or None make an int or None
      changed_ = saved;
    }
    for (const Function* f : fs) {  // each override returns that type, as the caller reads it
      Type& returned = const_cast<Function*>(f)->return_type;
      if (widens(returned, result)) merge(returned, result);
      Type a = returned, b = result;  // None at the top: an int's Box, a tuple's record (not registers)
      a.nullable = b.nullable = false;
      if (a == b && returned.nullable != result.nullable) merge(returned, result, true);
      else if (boxes_differ(a, b) && final_)  // None inside: a slot boxed in one, not the other
        throw CompileError(e.loc, "this call would give " + article(returned) + " (" + f->name + ") or " + article(result) +
                                      ": it runs the " + e.method + " of the object's class, and kilopy needs one type from "
                                      "them all (here, where None may be)");
    }
    return result;
  }

  // ---- once the types are known: objects of a class or its subclasses ---------------------------

  std::map<std::string, int> number_, last_;  // each class's number in pre-order of its hierarchy, its last descendant's

  void number_classes(const std::string& cls, int& next) {
    number_[cls] = next++;
    for (const auto& k : program_.classes)
      if (k.second.base == cls) number_classes(k.first, next);
    last_[cls] = next - 1;
  }

  // The classes of cls's objects: cls and its subclasses that the program makes objects of, in number order.
  std::vector<std::string> objects_of(const std::string& cls) const {
    std::vector<std::string> out;
    for (const auto& k : number_)
      if (constructed_.count(k.first) && program_.derives(k.first, cls)) out.push_back(k.first);
    std::sort(out.begin(), out.end(), [&](const std::string& a, const std::string& b) { return number_.at(a) < number_.at(b); });
    return out;
  }

  bool is_isinstance(const Expr& e) {
    return e.kind == ExprKind::Call && e.callee && e.callee->kind == ExprKind::Name && e.callee->text == "isinstance" &&
           !program_.lookup(*fn_, "isinstance") && !program_.find_function("isinstance");
  }

  // True if a value of type t is an instance of the builtin type d (float: no kilopy value is).
  static bool builtin_instance(const Type& t, const std::string& d) {
    const Type::Kind k = t.kind;
    return d == "int" ? k == Type::Kind::Int || k == Type::Kind::Bool
         : d == "bool" ? k == Type::Kind::Bool
         : d == "str" ? k == Type::Kind::Str
         : d == "list" ? k == Type::Kind::List && !t.frozen
         : d == "tuple" ? k == Type::Kind::Tuple || t.is_var_tuple()
         : d == "dict" ? k == Type::Kind::Dict || (t.is_object() && is_record_class(t.cls))
         : d == "set" && k == Type::Kind::Set;
  }

  // isinstance(x, D): 1 if true for every object x may hold, 0 if for none, -1 if its class decides.
  // D a builtin type (int, str, ...): x's type decides (bool and int are ints; Counter and
  // defaultdict dicts).
  int isinstance_known(const Expr& e) const {
    const Type& t = e.operands[0]->type;
    const std::string& d = e.operands[1]->text;
    if (e.operands[1]->kind == ExprKind::Tuple) {  // builtin types only (isinstance_type)
      bool any = false;
      for (const ExprPtr& k : e.operands[1]->operands) any = any || builtin_instance(t, k->text);
      return any;
    }
    if (!program_.find_class(d)) return builtin_instance(t, d);
    if (!t.is_object()) return 0;
    if (program_.derives(t.cls, d)) return 1;
    if (!t.subclasses) return 0;
    bool some = false, all = true;
    for (const std::string& k : objects_of(t.cls)) {
      some = some || program_.derives(k, d);
      all = all && program_.derives(k, d);
    }
    return !some ? 0 : all ? 1 : -1;
  }

  // Calls f on every expression slot of every function, operands first.
  template <class F>
  void each_expr(F&& f) {
    for (Function& fn : program_.functions) {
      fn_ = &fn;
      each_expr(const_cast<std::vector<StmtPtr>&>(fn.body(*program_.module)), f);
    }
  }
  template <class F>
  void each_expr(std::vector<StmtPtr>& body, F& f) {
    for (StmtPtr& s : body)
      if (s->kind != StmtKind::Def)
        for_each_child_slot(*s, [&](ExprPtr& e, Use) { each_expr(e, f); }, [&](std::vector<StmtPtr>& b) { each_expr(b, f); });
  }
  template <class F>
  void each_expr(ExprPtr& e, F& f) {
    for_each_operand_slot(*e, [&](ExprPtr& o) { each_expr(o, f); });
    f(e);
  }

  static bool is_field(const Expr& e) { return e.kind == ExprKind::Subscript && !e.text.empty() && e.operands[0]->type.is_object(); }

  // A call on an object of a class or its subclasses runs the method of the object's class, read
  // from the object's slot 0 (kClassTag); isinstance() on it may read it too, and so may the
  // AttributeError of a field that may be unassigned (Expr::field_set). Those hierarchies
  // get the slot, and each class its number (Class::tag). A field read or written through such an
  // object is at one slot in all those classes: their hierarchy's fields are laid out as prefixes
  // (a subclass's fields after its base's, in the base's slots). Then every field's slot is set.
  void lower_classes() {
    for (const auto& k : program_.classes) {
      int next = 0;
      if (k.second.base.empty()) number_classes(k.first, next);
    }
    std::set<std::string> tagged, prefixed;  // roots of hierarchies
    each_expr([&](ExprPtr& slot) {
      const Expr& e = *slot;
      const Type& t = e.kind == ExprKind::Call || is_field(e) ? e.operands.empty() ? Type::Unknown : e.operands[0]->type : Type::Unknown;
      if (!t.is_object() || !t.subclasses) return;
      if (!e.method.empty() && objects_of(t.cls).size() > 1) tagged.insert(root(t.cls));
      if (is_isinstance(e) && isinstance_known(e) < 0) tagged.insert(root(t.cls));
      if (is_field(e)) prefixed.insert(root(t.cls));
      if (is_field(e) && program_.classes.at(t.cls).slot(field_set_flag(e.text)) >= 0) tagged.insert(root(t.cls));  // its AttributeError names the class
    });
    for (const std::string& cls : shown_hierarchies_) {  // each object's __repr__, by its class (codegen object_repr)
      program_.shown_classes[cls] = objects_of(cls);
      if (objects_of(cls).size() > 1) tagged.insert(root(cls));
    }
    for (const auto& k : program_.classes)
      if (k.second.base.empty() && (tagged.count(k.first) || prefixed.count(k.first)))
        lay_out(k.first, nullptr, tagged.count(k.first) > 0, prefixed.count(k.first) > 0);
    each_expr([&](ExprPtr& slot) {
      Expr& e = *slot;
      if (is_field(e)) {
        const Type& t = e.operands[0]->type;
        const Class& c = program_.classes.at(t.cls);
        int at = c.slot(e.text);
        e.operands[1]->int_value = at;
        e.operands[1]->int_text = std::to_string(at);
        e.field_set = c.slot(field_set_flag(e.text));
        for (const std::string& k : t.subclasses ? objects_of(t.cls) : std::vector<std::string>())
          if (program_.classes.at(k).fields[size_t(at)] != e.text)
            throw CompileError(e.loc, "'" + k + "' object has no attribute '" + e.text + "' assigned by its __init__, and this "
                                      "value may be a " + k + " object: call super().__init__(...) at the start of " + k +
                                      ".__init__, or keep the " + k + " objects in a name or a list of their own");
      } else if (!e.method.empty() && e.operands[0]->type.is_object() && e.operands[0]->type.subclasses) {
        std::vector<std::string> ks = objects_of(e.operands[0]->type.cls);
        if (ks.empty()) return;
        e.callee->text = method_of(ks.back(), e.method).name;
        for (size_t i = 0; i + 1 < ks.size(); ++i) e.dispatch.emplace_back(number_.at(ks[i]), method_of(ks[i], e.method).name);
      } else if (is_isinstance(e)) {
        lower_isinstance(slot);
      }
    });
  }

  // The fields of cls (and then of its subclasses): with `tagged` the class number first; with
  // `prefixed` its base's fields first, in the base's slots (kNoField where cls has no such field).
  void lay_out(const std::string& cls, const std::vector<std::string>* base, bool tagged, bool prefixed) {
    Class& c = program_.classes.at(cls);
    std::vector<std::string> fields;
    if (base && prefixed) {
      for (const std::string& f : *base) fields.push_back(f == kClassTag || c.slot(f) >= 0 ? f : kNoField);
    } else if (tagged) {
      fields.push_back(kClassTag);
    }
    for (const std::string& f : c.fields)
      if (std::find(fields.begin(), fields.end(), f) == fields.end()) fields.push_back(f);
    std::vector<Var> vars;
    for (const std::string& f : fields) {
      int at = c.slot(f);
      vars.push_back(at >= 0 ? c.field_vars[size_t(at)] : Var{f, Type::Int, {}, {}, nullptr});
    }
    c.fields = fields;
    c.field_vars = vars;
    if (tagged) {
      if (number_.at(cls) > kImmMax)
        throw CompileError(c.loc, "a hierarchy of classes whose methods are called on objects of a class or its subclasses has at "
                                  "most " + std::to_string(kImmMax + 1) + " classes in kilopy");
      c.tag = number_.at(cls);
    }
    for (const auto& k : program_.classes)
      if (k.second.base == cls) lay_out(k.first, &c.fields, tagged, prefixed);
  }

  // isinstance(x, D): `x is not None` where it is true for every object x may hold, `x is None`
  // where for none (both still read x), else a test of x's class number (the classes derived from
  // D are number(D)..last(D)), after `x is not None` where x may be None.
  void lower_isinstance(ExprPtr& slot) {
    Expr& e = *slot;
    int known = isinstance_known(e);
    const std::string d = e.operands[1]->text;
    SourceLoc at = e.operands[1]->loc;  // the class name is freed by the reset below
    if (known == 0 && e.operands[0]->type.nullable) {  // False for None too: `x is None and False`
      ExprPtr never(new Expr(ExprKind::Bool, at));
      never->bool_value = false;
      never->type = Type::Bool;
      ExprPtr test(new Expr(ExprKind::Compare, at));
      test->op_loc = at;
      test->cmp_ops = {CmpOp::Is};
      test->operands.push_back(std::move(e.operands[0]));
      test->operands.push_back(ExprPtr(new Expr(ExprKind::None, at)));
      test->type = compare_type(*test);
      slot = both(std::move(test), std::move(never), e.loc, at);
      return;
    }
    if (known >= 0) {
      e.operands[1].reset(new Expr(ExprKind::None, at));
      e.callee.reset();
      e.kind = ExprKind::Compare;
      e.op_loc = at;
      e.cmp_ops = {known ? CmpOp::IsNot : CmpOp::Is};
      e.type = compare_type(e);
      return;
    }
    ExprPtr x = std::move(e.operands[0]);
    bool nullable = x->type.nullable;
    if (nullable && has_call(*x))
      throw CompileError(x->loc, "isinstance() of an object that may be None, computed by a call, is not supported in kilopy: "
                                 "assign it to a variable first");
    auto number = [&](int n) {
      ExprPtr i(new Expr(ExprKind::Int, at));
      i->int_value = n;
      i->int_text = std::to_string(n);
      i->type = Type::Int;
      return i;
    };
    ExprPtr test;
    if (nullable) {
      test = is_not_none(*x, at);
      test->type = compare_type(*test);
    }
    ExprPtr tag(new Expr(ExprKind::Subscript, x->loc));
    tag->text = kClassTag;
    tag->type = Type::Int;
    tag->operands.push_back(std::move(x));
    tag->operands.push_back(number(0));
    ExprPtr range(new Expr(ExprKind::Compare, e.loc));
    range->op_loc = at;
    range->type = Type::Bool;
    if (number_.at(d) == last_.at(d)) {
      range->cmp_ops = {CmpOp::Eq};
      range->operands.push_back(std::move(tag));
      range->operands.push_back(number(number_.at(d)));
    } else {
      range->cmp_ops = {CmpOp::LtE, CmpOp::LtE};
      range->operands.push_back(number(number_.at(d)));
      range->operands.push_back(std::move(tag));
      range->operands.push_back(number(last_.at(d)));
    }
    slot = nullable ? both(std::move(test), std::move(range), e.loc, at) : std::move(range);
  }

  // `a and b`, both bools.
  static ExprPtr both(ExprPtr a, ExprPtr b, SourceLoc loc, SourceLoc op_loc) {
    ExprPtr e(new Expr(ExprKind::BoolOp, loc));
    e->bool_op = BoolOpKind::And;
    e->op_loc = op_loc;
    e->type = Type::Bool;
    e->operands.push_back(std::move(a));
    e->operands.push_back(std::move(b));
    return e;
  }

  // C.x = value, C.x += value: class_variables.cpp made every such x a module variable, or refused it.
  [[noreturn]] void refuse_class_store(const Expr& t) {
    throw CompileError(t.loc, "internal error: a store to the class attribute " + t.operands[0]->text + "." + t.text +
                                  " that class_variables.cpp left");
  }

  // obj.f = value, obj.f += value, where obj is of class c: CPython's FrozenInstanceError if c is
  // a frozen dataclass, unless it is the __init__ the parser wrote for c.
  void refuse_frozen_store(const Expr& t, const Class& c) const {
    bool parsers = fn_->name == c.name + ".__init__" && dataclass_wrote(fn_->def, c);
    if (c.frozen && !parsers)
      throw CompileError(t.loc, "dataclasses.FrozenInstanceError: cannot assign to field '" + t.text + "' (" + c.name +
                                    " is a frozen dataclass; kilopy refuses the store): make a new object "
                                    "instead, or drop frozen=True");
  }

  // obj.f = value
  void store_field(Expr& t, const Expr& value) {
    if (t.kind == ExprKind::Attribute) {
      const Expr& obj = *t.operands[0];
      if (names_class(obj)) refuse_class_store(t);
      Type ot = expr(obj);
      if (ot == Type::Unknown || (ot == Type::None && !final_)) return;
      if (!ot.is_object()) refuse_attribute(obj, ot, t.text, t.loc);
      const Class& c = *program_.find_class(ot.cls);
      refuse_frozen_store(t, c);
      if (c.constants.count(t.text) && c.slot(t.text) < 0)  // a field of the class's own methods may be
        throw CompileError(t.loc, "assigning the class constant '" + t.text + "' through an object outside the class's "
                                      "methods is not supported in kilopy: make it a field (assign it in a method)");
      attribute_type(t);
    }
    Var& f = field(t);
    if (value.kind == ExprKind::Tuple && value.type.is_tuple())
      const_cast<Expr&>(value).type = fit_elements(value, value.type, f.type);
    assign(f, value.type, value.loc, "field '" + t.text + "'");
    box_into(f.type, value);
    refine(value, f.type);
    t.type = f.type;
  }

  // Special methods (docs/language.md, "Classes"): operators and calls on an object of a class
  // that defines them become method calls, bound as any other.
  bool has_method(const std::string& cls, const std::string& m) const { return program_.find_function(cls + "." + m); }

  // Whether a class of cls's hierarchy defines m.
  bool hierarchy_has(const std::string& cls, const std::string& m) const {
    const std::string r = root(cls);
    for (const auto& k : program_.classes)
      if (root(k.first) == r && has_method(k.first, m)) return true;
    return false;
  }

  static constexpr const char* kKeyedOrder = " (kilopy orders objects by their __lt__ or __gt__ only where it is written "
                                             "`return k(self) < k(other)`, k reading fields that every object's __init__ assigns, without calls)";

  // Refuses the sort, min() or max() call `call` of objects of cls, which compare by their
  // methods, with `message` at `at`; where cls's hierarchy orders its objects by a key
  // (object_key), the error carries it, and compile_source compiles again with key= it there.
  [[noreturn]] void refuse_object_order(const Expr& call, const std::string& cls, SourceLoc at, const std::string& message) {
    CompileError error(at, message);
    error.object_key = object_key(cls);
    error.object_key.call = call.loc;
    throw error;
  }

  // The key by which the classes of cls's hierarchy order their objects: the one __lt__ or
  // __gt__ among them, written `return k(self) < k(other)` (or the same with >, or flipped),
  // k reading only the object's fields, constants, +, - and *, tuples of them (no calls: the
  // key is computed once per object, where CPython compares many times). Empty where none.
  ObjectKey object_key(const std::string& cls) const {
    ObjectKey none, key;
    const std::string r = root(cls);
    for (const auto& k : program_.classes)  // each class's, inherited ones too: one key for all
      for (const char* m : {"__lt__", "__gt__"})
        if (root(k.first) == r && has_method(k.first, m)) {
          auto it = ordering_keys_.find(k.first + "." + m);
          if (it == ordering_keys_.end() || !it->second.body || (key.body && !same_key(key, it->second))) return none;
          key = it->second;
        }
    // a.f, where no class of the hierarchy has a method or property f, and every object has f
    // (CPython's AttributeError would come from the first comparison, the key's from the first object)
    bool fields = true;
    std::function<void(const Expr&)> visit = [&](const Expr& e) {
      if (e.kind == ExprKind::Attribute)
        for (const auto& k : program_.classes)
          if (root(k.first) == r && (has_method(k.first, e.text) || k.second.slot(field_set_flag(e.text)) >= 0 ||
                                     (constructed_.count(k.first) && k.second.slot(e.text) < 0)))
            fields = false;
      for_each_operand(e, visit);
    };
    if (key.body) visit(*key.body);
    return fields ? key : none;
  }

  // True if keys a and b compute the same of their objects.
  static bool same_key(const ObjectKey& a, const ObjectKey& b) {
    std::function<bool(const Expr&, const Expr&)> same = [&](const Expr& x, const Expr& y) {
      if (x.kind != y.kind || x.operands.size() != y.operands.size() || x.int_value != y.int_value ||
          x.bool_value != y.bool_value || x.unary_op != y.unary_op || x.bin_op != y.bin_op)
        return false;
      if (x.kind == ExprKind::Name ? (x.text == a.param) != (y.text == b.param) : x.text != y.text) return false;
      for (size_t i = 0; i < x.operands.size(); ++i)
        if (!same(*x.operands[i], *y.operands[i])) return false;
      return true;
    };
    return same(*a.body, *b.body);
  }

  std::map<std::string, ObjectKey> ordering_keys_;  // "C.__lt__" -> ordering_key() of its def, as written

  // The key of `def m(a, b): return k(a) < k(b)` (greater: m is __gt__, k(a) > k(b)): k reads
  // a's fields directly (a.f).
  static ObjectKey ordering_key(const Stmt& def, bool greater) {
    ObjectKey none;
    if (def.params.size() != 2 || def.body.size() != 1 || def.body[0]->kind != StmtKind::Return || !def.body[0]->value)
      return none;
    const Expr& c = *def.body[0]->value;
    if (c.kind != ExprKind::Compare || c.cmp_ops.size() != 1 || (c.cmp_ops[0] != CmpOp::Lt && c.cmp_ops[0] != CmpOp::Gt))
      return none;
    bool self_first = (c.cmp_ops[0] == CmpOp::Gt) == greater;
    const Expr& mine = *c.operands[self_first ? 0 : 1];
    const Expr& theirs = *c.operands[self_first ? 1 : 0];
    const std::string &a = def.params[0].name, &b = def.params[1].name;
    bool reads = false;
    std::function<bool(const Expr&, const Expr&)> same = [&](const Expr& x, const Expr& y) {
      if (x.kind != y.kind || x.operands.size() != y.operands.size()) return false;
      switch (x.kind) {
        case ExprKind::Name: reads = true; return x.text == a && y.text == b;
        case ExprKind::Int: return x.int_value == y.int_value && !x.int_too_big;
        case ExprKind::Str: return x.text == y.text;
        case ExprKind::Bool: return x.bool_value == y.bool_value;
        case ExprKind::Attribute:
          if (x.text != y.text || x.operands[0]->kind != ExprKind::Name) return false;
          break;
        case ExprKind::Tuple: break;
        case ExprKind::Unary: if (x.unary_op != UnaryOp::Neg || y.unary_op != UnaryOp::Neg) return false; break;
        case ExprKind::Binary:
          if (x.bin_op != y.bin_op || (x.bin_op != BinOp::Add && x.bin_op != BinOp::Sub && x.bin_op != BinOp::Mul)) return false;
          break;
        default: return false;
      }
      for (size_t i = 0; i < x.operands.size(); ++i)
        if (!same(*x.operands[i], *y.operands[i])) return false;
      return !x.callee && !y.callee;
    };
    if (!same(mine, theirs) || !reads) return none;
    ObjectKey key;
    key.body = std::shared_ptr<const Expr>(copy_expr(mine).release());
    key.param = a;
    return key;
  }

  // True if spec is [fill]align[width], align one of < > ^: format(n, spec) == format(str(n), spec)
  // for an int n.
  static bool aligned_only(const std::string& spec) {
    auto align = [](char c) { return c == '<' || c == '>' || c == '^'; };
    size_t at = spec.size() >= 2 && align(spec[1]) ? 2 : !spec.empty() && align(spec[0]) ? 1 : 0;
    if (at == 0) return false;
    return std::all_of(spec.begin() + long(at), spec.end(), [](char c) { return c >= '0' && c <= '9'; });
  }

  // True if a value of type t may change between its evaluation and its text (a list, a dict,
  // a tuple holding one).
  static bool changeable(const Type& t) {
    if (t.is_tuple()) return std::any_of(t.elems.begin(), t.elems.end(), [](const Type& x) { return changeable(x); });
    return !(t == Type::Int || t == Type::Bool || t == Type::Str || t == Type::None);
  }

  // The call f(arg) of builtin f, at `at`.
  static ExprPtr call_of(const char* f, ExprPtr arg, SourceLoc at) {
    ExprPtr call(new Expr(ExprKind::Call, at));
    call->callee.reset(new Expr(ExprKind::Name, at));
    call->callee->text = f;
    call->operands.push_back(std::move(arg));
    return call;
  }

  // The call obj.m(args), a special method's, which the checker binds as any method call.
  static ExprPtr special_call(ExprPtr obj, const std::string& m, std::vector<ExprPtr> args, SourceLoc at) {
    ExprPtr call(new Expr(ExprKind::Call, at));
    call->callee.reset(new Expr(ExprKind::Attribute, at));
    call->callee->text = m;
    call->callee->operands.push_back(std::move(obj));
    call->operands = std::move(args);
    return call;
  }

  // Whether a class derived from cls (not cls itself) has m.
  bool below_has(const std::string& cls, const std::string& m) const {
    for (const auto& k : program_.classes)
      if (k.first != cls && program_.derives(k.first, cls) && has_method(k.first, m)) return true;
    return false;
  }

  // The method CPython's truth of an object of type t calls: __bool__, else __len__ (its class's,
  // the same for every class t may hold, else refused); null when neither (an object is true).
  const char* truth_method(const Type& t, SourceLoc at) const {
    for (const char* m : {"__bool__", "__len__"}) {
      if (has_method(t.cls, m)) return m;
      if (t.subclasses && below_has(t.cls, m))
        throw CompileError(at, "the truth of this value depends on the class of its object (a subclass of '" + t.cls +
                               "' defines " + m + ", '" + t.cls + "' does not) in kilopy: define " + m + " in class '" +
                               t.cls + "' too");
    }
    return nullptr;
  }

  // The special method call m's result, of type r, must have the type CPython needs: __bool__
  // and __contains__ a bool (kilopy's rule for __contains__), __len__ an int, __str__ and
  // __repr__ a str.
  void special_result(const std::string& m, const Type& r, SourceLoc at) const {
    if (r == Type::Unknown && !final_) return;
    if ((m == "__str__" || m == "__repr__") && r != Type::Str)
      throw CompileError(at, m + " returned non-string (type " + py_type_name(r) + ")");
    if (m == "__bool__" && r != Type::Bool)
      throw CompileError(at, "TypeError: __bool__ should return bool, returned " + py_type_name(r) + " (kilopy refuses it)");
    if (m == "__contains__" && r != Type::Bool)
      throw CompileError(at, "__contains__ returns " + article(r) + " here: kilopy needs it to return a bool (return x == y, "
                             "bool(n), ...)");
    if (m == "__len__" && r != Type::Int)
      throw CompileError(at, r == Type::Bool ? "__len__ returns a bool here, which len() would give as an int: kilopy needs "
                                               "it to return an int (return 1 if ... else 0)"
                                             : "TypeError: '" + py_type_name(r) + "' object cannot be interpreted as an integer "
                                               "(__len__ must return an int; kilopy refuses it)");
  }

  // The test `obj` (e), an object whose class defines __bool__ or __len__, becomes
  // obj.__bool__(), or obj.__len__() != 0 (obj is not None and ..., for one that may be None);
  // false, e unchanged, if its class defines neither.
  bool special_truth(Expr& e) {
    const Type t = e.type;
    const char* m = truth_method(t, e.loc);
    if (!m) return false;
    SourceLoc at = e.loc;
    if (t.nullable && has_call(e))
      throw CompileError(at, "the truth of an object that may be None, computed by a call, is not supported in kilopy: "
                             "assign it to a variable first");
    ExprPtr obj(new Expr(std::move(e)));
    ExprPtr present = t.nullable ? is_not_none(*obj, at) : nullptr;
    ExprPtr test = special_call(std::move(obj), m, {}, at);
    special_result(m, expr(*test), at);
    if (std::string(m) == "__len__") {
      ExprPtr nonzero(new Expr(ExprKind::Compare, at));
      nonzero->op_loc = at;
      nonzero->cmp_ops = {CmpOp::NotEq};
      nonzero->operands.push_back(std::move(test));
      nonzero->operands.emplace_back(new Expr(ExprKind::Int, at));
      test = std::move(nonzero);
    }
    if (present) {
      ExprPtr both(new Expr(ExprKind::BoolOp, at));
      both->bool_op = BoolOpKind::And;
      both->op_loc = at;
      both->operands.push_back(std::move(present));
      both->operands.push_back(std::move(test));
      test = std::move(both);
    }
    e = std::move(*test);
    return true;
  }

  // True if evaluating e cannot raise or show in CPython: quiet(), or C(args) of such, where C's
  // __init__ (if any) only stores quiet values in fields (V(1) in `x + V(1)`).
  bool quiet_or_new(const Expr& e) const {
    if (quiet(e) || e.kind == ExprKind::New) return true;
    if (e.kind != ExprKind::Call || !e.callee || e.callee->kind != ExprKind::Name || !e.keywords.empty() || e.starred_arg)
      return false;
    // C(args), or C.__init__(New C, args) once construct() has bound it.
    const std::string& callee = e.callee->text;
    bool bound = !e.operands.empty() && e.operands[0]->kind == ExprKind::New && callee == e.operands[0]->text + ".__init__";
    if (!bound && !program_.find_class(callee)) return false;
    for (const ExprPtr& a : e.operands)
      if (!quiet_or_new(*a)) return false;
    const Function* init = program_.find_function(bound ? callee : callee + ".__init__");
    if (!init || !init->def) return !init;
    for (const StmtPtr& s : init->def->body) {
      const Expr* t = s->kind == StmtKind::Assign && s->targets.size() == 1 ? s->targets[0].get() : nullptr;
      bool field = t && (t->kind == ExprKind::Attribute || (t->kind == ExprKind::Subscript && !t->text.empty()));  // self.f
      bool store = field && t->operands[0]->kind == ExprKind::Name && quiet(*s->value);
      bool returns_self = s->kind == StmtKind::Return && s->value && s->value->kind == ExprKind::Name;  // classes.cpp's
      if (!store && !returns_self && s->kind != StmtKind::Pass) return false;
    }
    return true;
  }

  // Out of expr_type_of (an operator chain recurses through it, 900 deep): its strings would
  // widen every frame. None + x, x of type r: CPython's TypeError names x's class.
  [[gnu::noinline]] void left_not_none(Expr& e, const Type& r) {
    if (r.nullable || (r.is_object() && r.subclasses) || r == Type::Unknown)
      throw CompileError(e.op_loc, "an operator on an object that may be None, with " + article(r) + ", is not "
                                   "supported in kilopy (CPython's TypeError would name the other's class): test "
                                   "the object for None first");
    if (!quiet_or_new(*e.operands[1]))
      throw CompileError(e.operands[1]->loc, "kilopy tests " + described(*e.operands[0]) + " (" + article(e.operands[0]->type) +
                                             ") for None before it evaluates this operand, where CPython evaluates it first: "
                                             "assign it to a name first");
    object_not_none(*e.operands[0], std::string("unsupported operand type(s) for ") + binop_symbol(e.bin_op) +
                                        ": 'NoneType' and '" + py_type_name(r) + "'");
  }
  [[gnu::noinline]] void negated_not_none(const Expr& x) { object_not_none(x, "bad operand type for unary -: 'NoneType'"); }

  // x, an object that may be None, is checked first: None raises CPython's TypeError(message).
  void object_not_none(const Expr& x, const std::string& message) {
    Type t = x.type;
    if (!t.is_object() || !t.nullable) return;
    t.nullable = false;
    wrap(x, ExprKind::Unbox, message, t);
  }

  // e becomes the call obj.m(args), typed as a method call whose result special_result() checks.
  Type become_special(Expr& e, ExprPtr obj, const std::string& m, std::vector<ExprPtr> args) {
    SourceLoc at = e.loc;
    ExprPtr call = special_call(std::move(obj), m, std::move(args), at);
    e = std::move(*call);
    Type r = expr(e);
    special_result(m, r, at);
    return r;
  }

  // e becomes the call e.operands[self].m(e.operands[arg]) (not ...: negate), typed as a method call.
  Type call_special(Expr& e, size_t self, size_t arg, const std::string& m, bool negate = false) {
    SourceLoc loc = e.loc;
    ExprPtr call(new Expr(ExprKind::Call, loc));
    call->callee.reset(new Expr(ExprKind::Attribute, e.op_loc));
    call->callee->text = m;
    call->callee->operands.push_back(std::move(e.operands[self]));
    call->operands.push_back(std::move(e.operands[arg]));
    if (negate) {
      ExprPtr n(new Expr(ExprKind::Unary, loc));
      n->unary_op = UnaryOp::Not;
      n->op_loc = loc;
      n->operands.push_back(std::move(call));
      call = std::move(n);
    }
    e = std::move(*call);
    return expr(e);
  }

  // How CPython compares an object of class x (or "": an int, a str) with one of class y by a
  // comparison method m, reflected rm: y's rm first where y is a proper subclass of x, then x's
  // m, then y's rm; != without __ne__ is `not __eq__`; == and != without a method compare
  // identities. (A subclass has its own copy of each method it inherits: has_method.)
  enum class CompareBy { Left, LeftNotEq, Right, RightNotEq, Identity, Nothing };
  CompareBy compare_by(const std::string& x, const std::string& y, CmpOp op, const char* m, const char* rm) const {
    bool ne = op == CmpOp::NotEq;
    auto left = [&] {
      if (x.empty()) return CompareBy::Nothing;
      if (has_method(x, m)) return CompareBy::Left;
      return ne && has_method(x, "__eq__") ? CompareBy::LeftNotEq : CompareBy::Nothing;
    };
    auto right = [&] {
      if (y.empty()) return CompareBy::Nothing;
      if (has_method(y, rm)) return CompareBy::Right;
      return ne && has_method(y, "__eq__") ? CompareBy::RightNotEq : CompareBy::Nothing;
    };
    CompareBy by = CompareBy::Nothing;
    if (!x.empty() && !y.empty() && x != y && program_.derives(y, x)) by = right();
    if (by == CompareBy::Nothing) by = left();
    if (by == CompareBy::Nothing) by = right();
    if (by == CompareBy::Nothing && (op == CmpOp::Eq || ne)) by = CompareBy::Identity;
    return by;
  }

  // The classes an object of type t may be at run time ("" for an int or a str).
  std::vector<std::string> runtime_classes(const Type& t) const {
    if (!t.is_object()) return {""};
    if (!t.subclasses) return {t.cls};
    std::vector<std::string> out;
    for (const auto& k : program_.classes)
      if (program_.derives(k.first, t.cls)) out.push_back(k.first);
    return out;
  }

  // a OP b for a comparison operator with a (or b, reflected) an object whose class defines the
  // operator's method, as CPython tries them (compare_by): a.__lt__(b) or b.__gt__(a) (the
  // latter only where neither operand calls, so the order of evaluation cannot show), called
  // on the object's class at run time. Refused where the method CPython calls depends on the
  // classes the objects turn out to be (a subclass object on the right may take over); false
  // where no special method applies.
  bool special_compare(Expr& e, const std::vector<Type>& types, Type& result) {
    static const std::map<CmpOp, std::pair<const char*, const char*>> kMethods = {
        {CmpOp::Eq, {"__eq__", "__eq__"}}, {CmpOp::NotEq, {"__ne__", "__ne__"}}, {CmpOp::Lt, {"__lt__", "__gt__"}},
        {CmpOp::LtE, {"__le__", "__ge__"}}, {CmpOp::Gt, {"__gt__", "__lt__"}}, {CmpOp::GtE, {"__ge__", "__le__"}}};
    auto special = [&](const Type& t) {
      if (!t.is_object()) return false;
      for (const auto& k : kMethods)
        if (hierarchy_has(t.cls, k.second.first)) return true;
      return false;
    };
    if (e.cmp_ops.size() > 1 && e.text != "is")
      for (size_t i = 0; i < e.cmp_ops.size(); ++i)
        if (kMethods.count(e.cmp_ops[i]) && (special(types[i]) || special(types[i + 1])))
          throw CompileError(e.op_loc, "a chained comparison of objects whose class defines comparison methods is not supported "
                                       "in kilopy: compare in two steps (a == b and b == c)");
    if (e.cmp_ops.size() != 1 || !kMethods.count(e.cmp_ops[0]) || e.text == "is") return false;
    const Type &l = types[0], &r = types[1];
    if (!special(l) && !special(r)) return false;
    if (!final_ && (l == Type::Unknown || r == Type::Unknown)) return false;  // a later pass knows both
    auto record = [&](const Type& t) { return t.is_object() && is_record_class(t.cls); };
    if ((record(l) && r == Type::None) || (l == Type::None && record(r))) return false;  // a dict is never None
    if (record(l) && record(r) && l.cls != r.cls) {  // records of other keys: never equal; of the same keys in another order?
      const std::vector<std::string>&a = program_.find_class(l.cls)->fields, &b = program_.find_class(r.cls)->fields;
      if (std::set<std::string>(a.begin(), a.end()) != std::set<std::string>(b.begin(), b.end())) {
        lower_identity(e, 0);  // two objects: never the same
        result = Type::Bool;
        return true;
      }
      throw CompileError(e.op_loc, "comparing two records (dicts whose values differ in type) of the same keys in another order "
                                   "is not supported in kilopy: write their displays with the keys in one order");
    }
    if ((record(l) && r.is_dict()) || (l.is_dict() && record(r)))
      throw CompileError(e.op_loc, "comparing a record (a dict whose values differ in type) with a dict is not supported in "
                                   "kilopy: compare them key by key");
    if (e.text == "sorted key")  // desugar.cpp lower_key: an insertion sort, not CPython's
      throw CompileError(e.op_loc, "sorting by a key that gives objects whose class defines comparison methods is not "
                                   "supported in kilopy (CPython's sort calls them in an order kilopy does not follow): "
                                   "key on a field or a tuple of fields (key=lambda o: o.score)");
    auto receiver = [&](const Type& t, const Expr& x) {  // the object whose method is called: never None (an argument may be)
      if (t.nullable && !narrowed(x))
        throw CompileError(e.op_loc, "comparing an object that may be None with a class's comparison method is not supported "
                                     "in kilopy (it would be called on None): test it first (x is not None and x == y), "
                                     "compare the fields (x.f == y.f), or keep None out of that name");
    };
    CmpOp op = e.cmp_ops[0];
    const char* m = kMethods.at(op).first;
    const char* reflected = kMethods.at(op).second;
    std::set<CompareBy> ways;
    for (const std::string& x : runtime_classes(l))
      for (const std::string& y : runtime_classes(r)) ways.insert(compare_by(x, y, op, m, reflected));
    if (ways.size() != 1)
      throw CompileError(e.op_loc, "comparing these objects is not supported in kilopy: which comparison method CPython "
                                   "calls depends on their classes at run time (a subclass object on the right has its "
                                   "reflected method tried first); compare objects of one class, or compare their fields");
    bool calls = has_call(*e.operands[0]) || has_call(*e.operands[1]);
    const Expr &lx = *e.operands[0], &rx = *e.operands[1];
    // Lowered in the last pass only: a later pass may find an operand holding a subclass's
    // objects too (a list a call appends one to), which may change the method CPython calls.
    // Before it, a copy is lowered, for the result's type.
    ExprPtr trial = final_ ? nullptr : copy_expr(e);
    Expr& lowered = final_ ? e : *trial;
    switch (*ways.begin()) {
      case CompareBy::Left:
      case CompareBy::LeftNotEq:
        receiver(l, lx);
        result = *ways.begin() == CompareBy::Left ? call_special(lowered, 0, 1, m) : call_special(lowered, 0, 1, "__eq__", true);
        return true;
      case CompareBy::Right:
      case CompareBy::RightNotEq:
        if (calls)
          throw CompileError(e.op_loc, std::string("kilopy calls the reflected comparison method (") +
                                           (*ways.begin() == CompareBy::Right ? reflected : "__eq__") +
                                           " of the right operand) only where neither operand calls a function: assign "
                                           "them to variables first");
        receiver(r, rx);
        result = *ways.begin() == CompareBy::Right ? call_special(lowered, 1, 0, reflected)
                                                   : call_special(lowered, 1, 0, "__eq__", true);
        return true;
      case CompareBy::Identity:
        return false;  // by identity, as CPython's object.__eq__
      case CompareBy::Nothing:
        break;
    }
    throw CompileError(e.op_loc, std::string("'") + (op == CmpOp::Lt ? "<" : op == CmpOp::LtE ? "<=" : op == CmpOp::Gt ? ">" : ">=") +
                                 "' is not supported between these operands in kilopy: define " + m + " in class '" +
                                 (l.is_object() ? l.cls : r.cls) + "'");
  }

  // x in obj (not in), obj of type t an object whose class defines __contains__: the call
  // obj.__contains__(x) (not ...), where CPython's order of evaluation (x, obj) cannot show.
  Type contains_call(Expr& e, const Type& t) {
    if (t.nullable && !narrowed(*e.operands[1]))
      throw CompileError(e.op_loc, "'in' with an object that may be None on its right is not supported in kilopy (its "
                                   "__contains__ would be called on None): test it for None first");
    const Expr &x = *e.operands[0], &obj = *e.operands[1];
    if (!stable(x) && !stable(obj) && (has_call(x) || has_call(obj) || (!quiet(x) && !quiet(obj))))
      throw CompileError(e.op_loc, "kilopy calls __contains__ as obj.__contains__(x), evaluating obj before x, where CPython "
                                   "evaluates x first: assign them to names first");
    bool negate = e.cmp_ops[0] == CmpOp::NotIn;
    SourceLoc at = e.loc, op = e.op_loc;
    std::vector<ExprPtr> args;
    args.push_back(std::move(e.operands[0]));
    ExprPtr call = special_call(std::move(e.operands[1]), "__contains__", std::move(args), op);
    special_result("__contains__", expr(*call), op);
    if (negate) {
      ExprPtr n(new Expr(ExprKind::Unary, at));
      n->unary_op = UnaryOp::Not;
      n->op_loc = op;
      n->operands.push_back(std::move(call));
      call = std::move(n);
    }
    e = std::move(*call);
    return expr(e);
  }

  // obj(a, ...), obj an object whose class defines __call__: obj.__call__(a, ...).
  Type call_object(Expr& e) {
    const Type& t = e.callee->type;
    if (t.nullable && !narrowed(*e.callee)) {  // CPython evaluates the arguments, then finds None not callable
      auto quiet_argument = [&](const Expr& a) {
        if (!quiet_or_new(a))
          throw CompileError(a.loc, "kilopy tests " + described(*e.callee) + " (" + article(t) + ") for None before it "
                                    "evaluates this argument, where CPython evaluates it first: assign it to a name first");
      };
      for (const ExprPtr& a : e.operands) quiet_argument(*a);
      for (const Keyword& k : e.keywords) quiet_argument(*k.value);
      object_not_none(*e.callee, "'NoneType' object is not callable");
    }
    ExprPtr attr(new Expr(ExprKind::Attribute, e.callee->loc));
    attr->text = "__call__";
    attr->operands.push_back(std::move(e.callee));
    e.callee = std::move(attr);
    return call_type(e);
  }

  // Whether objects of cls's hierarchy compare by a method rather than by identity.
  bool compares_by_method(const std::string& cls) const { return hierarchy_has(cls, "__eq__") || hierarchy_has(cls, "__ne__"); }

  // The method a + b, a - b, a * b call on an object a (CPython's __add__, ...), or null.
  static const char* arithmetic_method(BinOp op) {
    switch (op) {
      case BinOp::Add: return "__add__";
      case BinOp::Sub: return "__sub__";
      case BinOp::Mul: return "__mul__";
      case BinOp::FloorDiv: return "__floordiv__";
      case BinOp::Mod: return "__mod__";
      default: return nullptr;
    }
  }

  static bool arithmetic_name(const std::string& m) {
    return m == "__add__" || m == "__sub__" || m == "__mul__" || m == "__floordiv__" || m == "__mod__";
  }

  // Whether a class of the program defines __add__, __sub__, __mul__, __floordiv__ or __mod__.
  bool defines_arithmetic() const {
    for (const Function& f : program_.functions) {
      size_t dot = f.name.rfind('.');
      if (dot != std::string::npos && arithmetic_name(f.name.substr(dot + 1))) return true;
    }
    return false;
  }

  // Whether a class of the program defines the method m.
  bool defines(const std::string& m) const {
    for (const auto& k : program_.classes)
      if (has_method(k.first, m)) return true;
    return false;
  }

  // p.get("k"[, default]) (e), p a record (records.h): e becomes the field of "k", or the default
  // where the record has no such key; true. Any other method of a dict than the record's class
  // defines is refused. False if p is no record.
  bool record_method(Expr& e) {
    Expr& attr = *e.callee;
    if (names_class(*attr.operands[0])) return false;
    Type t = expr(*attr.operands[0]);
    if (!t.is_object() || !is_record_class(t.cls) || program_.find_function(t.cls + "." + attr.text)) return false;
    const Class& c = *program_.find_class(t.cls);
    bool get = attr.text == "get" && (e.operands.size() == 1 || e.operands.size() == 2) && e.keywords.empty() &&
               e.operands[0]->kind == ExprKind::Str && !e.starred_arg;
    if (!get)
      throw CompileError(attr.loc, "kilopy makes a dict whose values differ in type a record with the keys of its display, "
                                   "read and written by key (p[\"age\"]), shown, compared, measured with len() and tested "
                                   "with `in`: its ." + attr.text + "() is not supported: use a dict of one value type, "
                                   "or a class");
    std::string f = record_field(e.operands[0]->text);
    auto quiet_default = [](const Expr& d) {  // evaluating it shows nothing: it can be left out
      bool negative = d.kind == ExprKind::Unary && d.unary_op == UnaryOp::Neg && d.operands[0]->kind == ExprKind::Int;
      return d.kind == ExprKind::Int || d.kind == ExprKind::Str || d.kind == ExprKind::Bool || d.kind == ExprKind::None ||
             d.kind == ExprKind::Name || negative;
    };
    if (c.slot(f) >= 0 && e.operands.size() == 2 && !quiet_default(*e.operands[1]))
      throw CompileError(e.operands[1]->loc, "CPython evaluates this default although the record has the key (it may call or "
                                             "raise): assign it to a name first, or write a literal");
    if (c.slot(f) < 0 && e.operands.size() == 1)
      throw CompileError(e.loc, "this record has no key " + f + ", so .get() gives None, which kilopy does not hold here: "
                                "give get() a default");
    if (c.slot(f) < 0 && has_call(*attr.operands[0]))
      throw CompileError(attr.operands[0]->loc, "this record has no key " + f + ", so kilopy would give the default without "
                                                "making this call: assign the record to a name first");
    if (c.slot(f) < 0) {
      ExprPtr fallback = std::move(e.operands[1]);
      e = std::move(*fallback);
      return true;
    }
    ExprPtr receiver = std::move(attr.operands[0]);
    e.kind = ExprKind::Attribute;
    e.text = f;
    e.callee.reset();
    e.operands.clear();
    e.operands.push_back(std::move(receiver));
    return true;
  }

  // obj.m(a, ...) with obj an instance of C: becomes C.m(obj, a, ...).
  bool bind_method(Expr& e) {
    Expr& attr = *e.callee;
    Expr& obj = *attr.operands[0];
    if (names_class(obj)) {
      const Function* f = program_.find_function(obj.text + "." + attr.text);
      if ((!f || !f->def || f->def->decorator != "staticmethod") && !e.operands.empty() &&
          e.operands[0]->kind == ExprKind::Name && e.operands[0]->text == "self")
        throw CompileError(attr.loc, "calling a method through its class with self (" + obj.text + "." + attr.text +
                                         "(self, ...)) is supported in kilopy only in a method of " + obj.text +
                                         " or of a class derived from it: call it on the object (self." + attr.text + "(...))");
      if (!f || !f->def || f->def->decorator != "staticmethod")
        throw CompileError(attr.loc, "calling a method through its class (" + obj.text + "." + attr.text +
                                         "(...)) is not supported in kilopy: call it on an object (obj." + attr.text +
                                         "(...)), or make it a @staticmethod");
      ExprPtr callee(new Expr(ExprKind::Name, attr.loc));
      callee->text = f->name;
      e.callee = std::move(callee);
      prepend_operand(e, ExprPtr(new Expr(ExprKind::None, e.loc)));  // the receiver it never reads
      return true;
    }
    Type t = expr(obj);
    if (!t.is_object()) return false;
    std::string m = t.cls + "." + attr.text;
    if (!program_.find_function(m) && t.subclasses && !constructed_.count(t.cls)) {
      // No object is a t.cls: the call runs the m of each subclass the program makes objects of.
      std::vector<std::string> ks;
      bool all = true;
      for (const auto& k : program_.classes)
        if (constructed_.count(k.first) && program_.derives(k.first, t.cls)) {
          ks.push_back(k.first);
          all = all && program_.find_function(k.first + "." + attr.text) != nullptr;
        }
      if (all && !ks.empty()) m = ks[0] + "." + attr.text;
    }
    const Function* method = program_.find_function(m);
    if (method && method->def && method->def->decorator == "property" && e.text != "property")
      throw CompileError(attr.loc, "'" + attr.text + "' is a property of class '" + t.cls + "': read it without calling it (obj." +
                                       attr.text + ")");
    if (attr.text == "__init__") throw CompileError(attr.loc, "calling __init__ is not supported in kilopy: create a new object");
    if (!program_.find_function(m)) {
      if (program_.find_class(t.cls)->slot(attr.text) >= 0) {
        Type f = expr(attr);  // obj.f(...), the field f an object whose class defines __call__
        if (f.is_object() && hierarchy_has(f.cls, "__call__")) {
          call_object(e);
          return true;
        }
        if (f.is_func()) return true;  // e's callee is now the field: a call through a function value
      }
      if (program_.find_class(t.cls)->slot(attr.text) >= 0)
        throw CompileError(attr.loc, "field '" + attr.text + "' of class '" + t.cls + "' is not a method: kilopy cannot call it");
      if (t.subclasses) throw CompileError(attr.loc, may_be_any(*program_.find_class(t.cls), attr.text));
      throw CompileError(attr.loc, "'" + t.cls + "' object has no attribute '" + attr.text + "'");
    }
    e.method = attr.text;
    ExprPtr receiver = std::move(attr.operands[0]);
    if (receiver->kind != ExprKind::Unbox) receiver->none_attribute = attr.text;  // an Unbox raises its own TypeError
    ExprPtr callee(new Expr(ExprKind::Name, attr.loc));
    callee->text = m;
    e.callee = std::move(callee);
    prepend_operand(e, std::move(receiver));
    return true;
  }

  // isinstance(x, C), C a class: x's type is known once inference ends (lower_isinstance).
  Type isinstance_type(Expr& e) {
    no_keywords_or_stars(e, "isinstance");
    if (e.operands.size() != 2)
      throw CompileError(e.loc, "isinstance expected 2 arguments, got " + std::to_string(e.operands.size()));
    const Expr& c = *e.operands[1];
    bool types = c.kind == ExprKind::Tuple && !c.operands.empty() &&
                 std::all_of(c.operands.begin(), c.operands.end(), [&](const ExprPtr& k) { return names_class(*k) || names_builtin_type(*k); });
    if (types && std::all_of(c.operands.begin(), c.operands.end(), [&](const ExprPtr& k) { return names_builtin_type(*k); })) {
      Type t = value_expr(*e.operands[0]);  // its type decides (isinstance_known): x is evaluated once
      if (t == Type::None && final_) throw CompileError(e.operands[0]->loc, "isinstance() of None is not supported in kilopy (it is False)");
      return Type::Bool;
    }
    if (types && !plain(*e.operands[0]))
      throw CompileError(e.operands[0]->loc, "isinstance(x, (A, ...)) with a class of the program among the types tests x "
                                             "once per type in kilopy: assign x to a variable first");
    if (types) {
      Expr any(ExprKind::BoolOp, e.loc);  // isinstance(x, (A, B)): isinstance(x, A) or isinstance(x, B)
      any.op_loc = e.loc;
      any.bool_op = BoolOpKind::Or;
      for (const ExprPtr& k : c.operands) {
        ExprPtr test(new Expr(ExprKind::Call, e.loc));
        test->callee = clone(*e.callee);
        test->operands.push_back(clone(*e.operands[0]));
        test->operands.push_back(clone(*k));
        any.operands.push_back(std::move(test));
      }
      e = std::move(any);
      return expr(e);
    }
    if (!names_class(c) && !names_builtin_type(c))
      throw CompileError(c.loc, "isinstance() in kilopy takes a class of the program or one of int, bool, str, list, tuple, "
                                "dict, set and float as its second argument (or a tuple of them)");
    Type t = value_expr(*e.operands[0]);
    if (t == Type::Unknown || (t == Type::None && !final_)) return Type::Bool;  // None: it may be an object later
    if (t == Type::None) throw CompileError(e.operands[0]->loc, "isinstance() of None is not supported in kilopy (it is False)");
    return Type::Bool;  // x's type may still widen: lower_isinstance() decides
  }

  // The text of a closure (closures.h): CPython's shows the function's address.
  [[gnu::noinline]] static CompileError closure_text(SourceLoc at, const std::string& cls) {
    return CompileError(at, "the text of the function " + cls + " (a closure) is CPython's <function ... at 0x...>, an "
                            "address kilopy cannot show: print what it returns");
  }

  // x, an object whose class has __str__ or __repr__, becomes the call C.__str__(x) (repr:
  // C.__repr__(x)); __repr__ stands in for a missing __str__, as CPython's object.__str__ does.
  // `implicit`: print() or a format field converts x (not str(x) or repr(x) written out).
  void object_text(ExprPtr& x, bool repr, bool implicit = true) {
    const std::string cls = x->type.cls;
    std::string name = cls + (repr ? ".__repr__" : ".__str__");
    if (!repr && !program_.find_function(name)) name = cls + ".__repr__";
    if (!program_.find_function(name) && is_closure_class(cls)) throw closure_text(x->loc, cls);
    if (!program_.find_function(name))
      throw CompileError(x->loc, "the " + std::string(repr ? "repr" : "text") + " of a " + cls + " object is CPython's <__main__." +
                                 cls + " object at 0x...>, an address kilopy cannot show: define __repr__ " +
                                 (repr ? "in class " + cls + " (repr() does not use __str__)" : "(or __str__) in class " + cls) +
                                 ", or print its fields");
    SourceLoc at = x->loc;
    bool nullable = x->type.nullable;  // `C.__str__(x) if x is not None else "None"`
    if (nullable && has_call(*x))
      throw CompileError(at, "the text of a " + cls + " object that may be None, computed by a call, is not supported in "
                             "kilopy: assign it to a variable first");
    ExprPtr test;
    if (nullable) test = is_not_none(*x, at);
    ExprPtr call(new Expr(ExprKind::Call, at));
    call->callee.reset(new Expr(ExprKind::Name, at));
    call->callee->text = name;
    call->method = repr ? "__repr__" : "__str__";
    if (implicit) call->text = kObjectText;  // print()'s or a format field's, not str(x)'s: codegen may call it later
    call->operands.push_back(std::move(x));
    call->operands[0]->none_attribute = name.substr(cls.size() + 1);  // never None here
    x = std::move(call);
    if (nullable) x = or_none_text(std::move(test), std::move(x), at);
    Type t = expr(*x);
    if (t != Type::Str && t != Type::Unknown)
      throw CompileError(at, name.substr(cls.size() + 1) + " returned non-string (type " + py_type_name(t) + ")");
  }

  // C(a, ...): C.__init__(New C, a, ...), which returns the new object; without __init__, New C.
  Type construct(Expr& e) {
    const std::string cls = e.callee->text;
    ExprPtr n(new Expr(ExprKind::New, e.loc));
    n->text = cls;
    n->type = Type::object(cls);
    if (program_.find_function(cls + ".__init__")) {
      e.callee->text = cls + ".__init__";
      prepend_operand(e, std::move(n));
      Type made = call_type(e);  // the new object, whatever __init__ is annotated to return (`-> None`)
      return made == Type::Unknown ? made : Type::object(cls);
    }
    if (!e.operands.empty() || !e.keywords.empty()) throw CompileError(e.loc, cls + "() takes no arguments");
    e = std::move(*n);
    return e.type;
  }

  // s.startswith(x), endswith(x), find(x), upper(), lower(), strip(), split([sep]), join(xs) (STROP).
  // s.replace(old, new) and s.count(sub) with `old`, `sub` non-empty str literals: new.join(s.split(old))
  // and len(s.split(sub)) - 1, which they equal (split, count and replace all take the
  // occurrences left to right, without overlaps). `new` must be a literal or a name when s calls.
  // `old` or `sub` "": CPython's results, len(s) + 1 and new.join([""] + list(s) + [""]) (split
  // refuses ""); a name: the split form if it is not empty, else those; s must not call then
  // (it is read, then the name, to choose).
  // s.replace(old, new, count) with `old` a non-empty str literal: new.join(s.split(old, count)),
  // which it equals for every count (a negative one replaces all, as split's maxsplit splits at all).
  bool replace_counted(Expr& e) {
    const Expr& subject = *e.callee->operands[0];
    if (e.operands[0]->kind != ExprKind::Str || e.operands[0]->text.empty())
      throw CompileError(e.operands[0]->loc, "kilopy's str.replace() with a count takes a non-empty string literal to look "
                                             "for: write the string here, or replace every occurrence (no count)");
    if (e.operands[1]->kind != ExprKind::Str && !(e.operands[1]->kind == ExprKind::Name && !has_call(subject)))
      throw CompileError(e.operands[1]->loc, "kilopy's str.replace() takes a string literal or a name as the replacement "
                                             "(assign it to a variable first)");
    ExprPtr split(new Expr(ExprKind::Call, e.loc));
    split->callee.reset(new Expr(ExprKind::Attribute, e.callee->loc));
    split->callee->text = "split";
    split->callee->operands.push_back(std::move(e.callee->operands[0]));
    split->operands.push_back(std::move(e.operands[0]));
    split->operands.push_back(std::move(e.operands[2]));
    ExprPtr join(new Expr(ExprKind::Call, e.loc));
    join->callee.reset(new Expr(ExprKind::Attribute, e.callee->loc));
    join->callee->text = "join";
    join->callee->operands.push_back(std::move(e.operands[1]));
    join->operands.push_back(std::move(split));
    e = std::move(*join);
    return true;
  }

  bool split_based(Expr& e, const std::string& m) {
    size_t n = m == "replace" ? 2 : m == "count" ? 1 : 0;
    if (m == "replace" && e.operands.size() == 3 && e.keywords.empty() && !e.starred_arg)
      return replace_counted(e);
    if (n != 0 && (e.operands.size() != n || !e.keywords.empty() || e.starred_arg))
      throw CompileError(e.loc, "kilopy's str." + m + "() takes " + (m == "replace" ? "two arguments (old, new): a count of "
                                "replacements is taken with a string literal to look for" : "one argument: start and end are not supported") +
                                " (" + std::to_string(e.operands.size()) + " given)");
    if (n == 0) return false;
    const Expr& sep = *e.operands[0];
    const Expr& subject = *e.callee->operands[0];
    bool named = sep.kind == ExprKind::Name && !has_call(subject);
    bool empty = sep.kind == ExprKind::Str && sep.text.empty();
    if (!named && sep.kind == ExprKind::Name)
      throw CompileError(subject.loc, "kilopy's str." + m + "() of a call's result takes a string literal to look for: "
                                      "assign the str to a variable first");
    if (!named && sep.kind != ExprKind::Str)
      throw CompileError(sep.loc, "kilopy's str." + m + "() takes a string literal or a variable to look for: "
                                  "assign this one to a variable first");
    if (m == "replace" && e.operands[1]->kind != ExprKind::Str &&
        !(e.operands[1]->kind == ExprKind::Name && !has_call(subject)))
      throw CompileError(e.operands[1]->loc, "kilopy's str.replace() takes a string literal or a name as the replacement "
                                             "(assign it to a variable first)");
    SourceLoc loc = e.loc;
    auto method_call = [&](const char* method, ExprPtr object, ExprPtr argument) {
      ExprPtr call(new Expr(ExprKind::Call, loc));
      call->callee.reset(new Expr(ExprKind::Attribute, e.callee->loc));
      call->callee->text = method;
      call->callee->operands.push_back(std::move(object));
      call->operands.push_back(std::move(argument));
      return call;
    };
    auto builtin_call = [&](const char* f, ExprPtr argument) {
      ExprPtr call(new Expr(ExprKind::Call, loc));
      call->callee.reset(new Expr(ExprKind::Name, e.callee->loc));
      call->callee->text = f;
      call->operands.push_back(std::move(argument));
      return call;
    };
    auto binary = [&](BinOp op, ExprPtr a, ExprPtr b) { return binary_at(op, std::move(a), std::move(b), loc); };
    auto one = [&] {
      ExprPtr one(new Expr(ExprKind::Int, loc));
      one->int_value = 1;
      one->int_text = "1";
      return one;
    };
    auto empty_str_list = [&] {
      ExprPtr list(new Expr(ExprKind::List, loc));
      list->operands.push_back(ExprPtr(new Expr(ExprKind::Str, loc)));
      return list;
    };
    ExprPtr empty_case;  // the result when `old` / `sub` is ""
    if ((named || empty) && m == "replace")
      empty_case = method_call("join", copy_expr(*e.operands[1]),
                               binary(BinOp::Add, binary(BinOp::Add, empty_str_list(), builtin_call("list", copy_expr(subject))),
                                      empty_str_list()));
    else if (named || empty)
      empty_case = binary(BinOp::Add, builtin_call("len", copy_expr(subject)), one());
    if (empty) {
      e = std::move(*empty_case);
      return true;
    }
    ExprPtr test;  // `len(s) >= 0 and sub`: s read first, as CPython reads it, then sub tested
    if (named) {
      ExprPtr read_first(new Expr(ExprKind::Compare, loc));
      read_first->op_loc = loc;
      read_first->cmp_ops.push_back(CmpOp::GtE);
      read_first->operands.push_back(builtin_call("len", copy_expr(subject)));
      read_first->operands.push_back(ExprPtr(new Expr(ExprKind::Int, loc)));
      read_first->operands.back()->int_text = "0";
      test.reset(new Expr(ExprKind::BoolOp, loc));
      test->bool_op = BoolOpKind::And;
      test->op_loc = loc;
      test->operands.push_back(std::move(read_first));
      test->operands.push_back(copy_expr(sep));
    }
    ExprPtr split = method_call("split", std::move(e.callee->operands[0]), std::move(e.operands[0]));
    ExprPtr out = m == "replace" ? method_call("join", std::move(e.operands[1]), std::move(split))
                                 : binary(BinOp::Sub, builtin_call("len", std::move(split)), one());
    if (named) {
      ExprPtr choice(new Expr(ExprKind::IfExp, loc));
      choice->operands.push_back(std::move(test));
      choice->operands.push_back(std::move(out));
      choice->operands.push_back(std::move(empty_case));
      out = std::move(choice);
    }
    e = std::move(*out);
    return true;
  }

  // True if sep is a string literal no two occurrences of which can overlap (no proper prefix is
  // also a suffix): splitting from the left or the right then cuts at the same places.
  static bool never_overlaps(const Expr& sep) {
    if (sep.kind != ExprKind::Str) return false;
    const std::string& t = sep.text;
    for (size_t k = 1; k < t.size(); ++k)
      if (t.compare(0, k, t, t.size() - k, k) == 0) return false;
    return true;
  }

  // s.split(sep=..., maxsplit=...) and rsplit's: the keywords as positional arguments (sep None
  // when only maxsplit is given).
  void split_keywords(Expr& e, const std::string& m) {
    if (e.keywords.size() == 2 && e.keywords[0].name == "maxsplit")
      throw CompileError(e.keywords[0].loc, "kilopy takes " + m + "()'s sep= before maxsplit= (the arguments run in that order): write sep= first");
    for (Keyword& k : e.keywords) {
      size_t at = k.name == "sep" ? 0 : k.name == "maxsplit" ? 1 : 2;
      if (at == 2) throw CompileError(k.loc, "TypeError: '" + k.name + "' is an invalid keyword argument for " + m + "()");
      if (e.operands.size() > at)
        throw CompileError(k.loc, "TypeError: argument for " + m + "() given by name ('" + k.name + "') and position (" +
                                      std::to_string(at + 1) + ")");
      if (at == 1 && e.operands.empty()) e.operands.emplace_back(new Expr(ExprKind::None, k.loc));
      e.operands.push_back(std::move(k.value));
    }
    e.keywords.clear();
  }

  // s.startswith((a, b)) and endswith's of a tuple literal: s.startswith(a) or s.startswith(b)
  // (False for ()); s.removeprefix(p): s[len(p):] if s.startswith(p) else s, removesuffix's
  // likewise. s and p are names or string literals, read again.
  bool prefix_based(Expr& e, const std::string& m) {
    bool tuple = (m == "startswith" || m == "endswith") && e.operands.size() == 1 && e.keywords.empty() &&
                 e.operands[0]->kind == ExprKind::Tuple;
    bool remove = m == "removeprefix" || m == "removesuffix";
    if (!tuple && !remove) return false;
    const Expr& s = *e.callee->operands[0];
    auto simple = [](const Expr& x) { return x.kind == ExprKind::Name || x.kind == ExprKind::Str; };
    if (remove && (e.operands.size() != 1 || !e.keywords.empty() || e.starred_arg))
      throw CompileError(e.loc, "TypeError: str." + m + "() takes exactly one argument (" + std::to_string(e.operands.size()) +
                                    " given)");
    if (!simple(s) || (remove && !simple(*e.operands[0])))
      throw CompileError(e.loc, "kilopy's str." + m + "() " + (tuple ? "of a tuple " : "") + "takes its str and its argument "
                                "as names or string literals (it reads them twice): assign them to variables first");
    SourceLoc loc = e.loc;
    auto call = [&](const char* method, const Expr& arg) {  // s.method(arg)
      ExprPtr c(new Expr(ExprKind::Call, loc));
      c->callee.reset(new Expr(ExprKind::Attribute, e.callee->loc));
      c->callee->text = method;
      c->callee->operands.push_back(copy_expr(s));
      c->operands.push_back(copy_expr(arg));
      return c;
    };
    ExprPtr out;
    if (tuple) {
      const Expr& t = *e.operands[0];
      if (t.operands.empty()) {
        out.reset(new Expr(ExprKind::Bool, loc));
      } else if (t.operands.size() == 1) {
        out = call(m.c_str(), *t.operands[0]);
      } else {
        out.reset(new Expr(ExprKind::BoolOp, loc));
        out->bool_op = BoolOpKind::Or;
        out->op_loc = loc;
        for (const ExprPtr& x : t.operands) out->operands.push_back(call(m.c_str(), *x));
      }
    } else {
      const Expr& p = *e.operands[0];
      bool prefix = m == "removeprefix";
      ExprPtr len_p = call_of("len", copy_expr(p), loc);
      ExprPtr slice(new Expr(ExprKind::Slice, loc));  // [len(p):] or [:len(s) - len(p)]
      slice->operands.emplace_back(new Expr(ExprKind::None, loc));
      slice->operands.emplace_back(new Expr(ExprKind::None, loc));
      slice->operands.emplace_back(new Expr(ExprKind::None, loc));
      if (prefix) {
        slice->operands[0] = std::move(len_p);
      } else {
        ExprPtr len_s = call_of("len", copy_expr(s), loc);
        ExprPtr rest(new Expr(ExprKind::Binary, loc));
        rest->bin_op = BinOp::Sub;
        rest->op_loc = loc;
        rest->operands.push_back(std::move(len_s));
        rest->operands.push_back(std::move(len_p));
        slice->operands[1] = std::move(rest);
      }
      ExprPtr cut(new Expr(ExprKind::Subscript, loc));
      cut->operands.push_back(copy_expr(s));
      cut->operands.push_back(std::move(slice));
      out.reset(new Expr(ExprKind::IfExp, loc));
      out->operands.push_back(call(prefix ? "startswith" : "endswith", p));
      out->operands.push_back(std::move(cut));
      out->operands.push_back(copy_expr(s));
    }
    e = std::move(*out);
    return true;
  }

  Type str_method_type(Expr& e, const std::string& m) {
    if (split_based(e, m) || prefix_based(e, m)) return expr(e);
    static const struct { const char* name; int args; } kMethods[] = {
        {"startswith", 1}, {"endswith", 1}, {"find", 1}, {"upper", 0}, {"lower", 0}, {"strip", 0}, {"lstrip", 0},
        {"rstrip", 0}, {"split", -1}, {"join", 1}, {"isdigit", 0}, {"isalpha", 0}, {"isalnum", 0}, {"isspace", 0},
        {"isupper", 0}, {"islower", 0}, {"rfind", 1}, {"index", 1}, {"rindex", 1}, {"swapcase", 0}, {"capitalize", 0},
        {"title", 0}, {"partition", 1}, {"rpartition", 1}, {"rsplit", -1}, {"ljust", -3}, {"rjust", -3}, {"center", -3},
        {"zfill", 1}, {"splitlines", 0}, {"casefold", 0}, {"isdecimal", 0}, {"isnumeric", 0},
    };
    int want = -2;
    for (const auto& k : kMethods)
      if (m == k.name) want = k.args;
    if (m == "format")  // a literal's or a module constant's is a Format (format_constants.cpp)
      throw CompileError(e.callee->loc, "str.format() of a format string held in a variable is not supported in kilopy: write "
                                        "the string itself there (\"{} items\".format(n)), or keep it in a module constant "
                                        "assigned once, before the code that uses it runs (ROW = \"{} items\")");
    if (want == -2)
      throw CompileError(e.callee->loc, "the str method ." + m + "() is not supported in kilopy: it has startswith, endswith, "
                                        "find, rfind, index, rindex, upper, lower, casefold, swapcase, capitalize, title, strip, lstrip, "
                                        "rstrip, split, rsplit, splitlines, partition, rpartition, join, count, replace, removeprefix, removesuffix, ljust, rjust, "
                                        "center, zfill, isdigit, isdecimal, isnumeric, isalpha, isalnum, isspace, isupper and islower");
    size_t n = e.operands.size();
    if (want == 0 && n == 1 && m.find("strip") != std::string::npos)  // the linker lowered the others (kTextModule)
      throw CompileError(e.loc, "kilopy's str." + m + "(chars) is not supported in a program that defines a method named "
                                "strip, lstrip or rstrip (the call could be the method's): rename that method");
    static const std::set<std::string> kAsciiOnly = {"upper", "lower", "casefold", "swapcase", "capitalize", "title", "isdigit",
                                                     "isdecimal", "isnumeric", "isalpha", "isalnum", "isspace", "isupper", "islower"};
    const Expr& text = *e.callee->operands[0];
    if (kAsciiOnly.count(m) && text.kind == ExprKind::Str &&
        std::any_of(text.text.begin(), text.text.end(), [](char c) { return static_cast<unsigned char>(c) >= 0x80; }))
      throw CompileError(text.loc, "str." + m + "() of non-ASCII text is not supported in kilopy (CPython's Unicode tables are "
                                   "not in the VM; of a variable's text it stops with a ValueError): write the result as a literal");
    if (want == -3 ? n < 1 || n > 2 : want >= 0 ? n != size_t(want) : n > 2)
      throw CompileError(e.loc, "kilopy's str." + m + "() takes " + (want == 0 ? "no arguments" : want == 1 ? "one argument"
                                                                  : want == -3 ? "a width and an optional fill character"
                                                                               : "at most two arguments (the separator, or None, and maxsplit)") +
                                " (" + std::to_string(n) + " given)");
    if (want == -1 && n >= 1) {  // split(sep[, maxsplit]), rsplit(...): sep a str or None (whitespace)
      if (e.operands[0]->kind == ExprKind::None && n == 1) e.operands.clear();
      else if (e.operands[0]->kind != ExprKind::None) {
        Type a = expr(*e.operands[0]);
        if (a != Type::Str && a != Type::Unknown)
          throw CompileError(e.operands[0]->loc, "kilopy's str." + m + "() takes a str separator, or None written out, not " + article(a));
      }
      if (e.operands.size() == 2) {
        Type k = expr(*e.operands[1]);
        if (!is_int_like(k) && k != Type::Unknown)
          throw CompileError(e.operands[1]->loc, "TypeError: '" + py_type_name(k) + "' object cannot be interpreted as an integer");
      }
      n = 0;
    }
    if (m == "rsplit" && (e.operands.empty() || (e.operands.size() == 1 && never_overlaps(*e.operands[0]))))
      e.callee->text = "split";  // without maxsplit, the same pieces (STROP's split: no SPLITN in the VM)
    if (want == -3 || m == "zfill") {  // the width, then a fill character as a literal
      Type w = expr(*e.operands[0]);
      if (!is_int_like(w) && w != Type::Unknown)
        throw CompileError(e.operands[0]->loc, "TypeError: '" + py_type_name(w) + "' object cannot be interpreted as an integer");
      if (n == 2) {
        const Expr& f = *e.operands[1];
        if (f.kind != ExprKind::Str)
          throw CompileError(f.loc, "kilopy's str." + m + "() takes its fill character as a string literal (\"*\")");
        size_t chars = 0;
        for (char c : f.text) chars += (static_cast<unsigned char>(c) & 0xC0) != 0x80;
        if (chars != 1) throw CompileError(f.loc, "TypeError: The fill character must be exactly one character long");
        expr(*e.operands[1]);
      }
      return Type::Str;
    }
    if (m == "join") {  // a list's or a tuple's strs (a record, read as a list is); a dict's keys
      Type a = expr(*e.operands[0]), el;
      if (a.is_dict() && a.elems[0] == Type::Str && !a.nullable) {  // sep.join(d), sep.join(d.keys()): list(d), in its order
        SourceLoc at = e.operands[0]->loc;
        e.operands[0] = call_of("list", std::move(e.operands[0]), at);
        a = expr(*e.operands[0]);
      }
      if (a.is_list() && a.elem() == Type::Unknown) {  // ", ".join([]), or a list only joined: of strs
        refine(*e.operands[0], Type::list(Type::Str));
        a = e.operands[0]->type;
      }
      if ((tuple_elem(a, el) && el == Type::Str) || (a.is_tuple() && !final_ && !a.complete())) return Type::Str;  // or later
      if (!(a.is_list() && (a.elem() == Type::Str || a.elem() == Type::Unknown)) && a != Type::Unknown && a != Type::Str)
        throw CompileError(e.operands[0]->loc, "join() takes a list of strs in kilopy, not " + article(a));
      return Type::Str;
    }
    if (n == 1) {
      Type a = expr(*e.operands[0]);
      if (a != Type::Str && a != Type::Unknown)
        throw CompileError(e.operands[0]->loc, "kilopy's str." + m + "() takes a str, not " + article(a));
    }
    if (m == "startswith" || m == "endswith" || m.compare(0, 2, "is") == 0) return Type::Bool;
    if (m == "find" || m == "rfind" || m == "index" || m == "rindex") return Type::Int;
    if (m == "partition" || m == "rpartition") return Type::tuple({Type::Str, Type::Str, Type::Str});
    if (m == "split" || m == "rsplit" || m == "splitlines") return Type::list(Type::Str);
    return Type::Str;
  }

  // The methods of a deque (deque_type) that kilopy has: a list's that CPython's deque has too,
  // appendleft and popleft; another is refused here.
  void deque_method(const Expr& e) {
    const std::string& m = e.callee->text;
    static const std::set<std::string> kept = {"append", "appendleft", "pop", "popleft", "extend", "insert", "clear",
                                               "copy", "count", "index", "remove", "reverse"};
    static const std::set<std::string> missing = {"rotate", "extendleft", "maxlen"};
    if (missing.count(m))
      throw CompileError(e.callee->loc, "deque." + m + "() is not supported in kilopy (of a deque's own methods it has "
                                        "appendleft() and popleft()): use them, or a list");
    if (!kept.count(m)) throw CompileError(e.callee->loc, "'collections.deque' object has no attribute '" + m + "'");
    if ((m == "pop" || m == "popleft") && !e.operands.empty())
      throw CompileError(e.loc, "deque." + m + "() takes no arguments (" + std::to_string(e.operands.size()) + " given)");
    if ((m == "index" || m == "remove") && e.operands.size() == 1 && e.operands[0]->type.is_object())
      throw CompileError(e.callee->loc, m + "() of a deque of objects is not supported in kilopy (its ValueError would show "
                                        "the object's address): loop over it and compare with ==");
  }

  // lst.append(v), pop([i]), insert(i, v), extend(ys), index(v), count(v), remove(v), reverse(),
  // sort([reverse=True]), clear(), copy(); an array's extend, index, count, remove, reverse.
  // A deque's appendleft(v) and popleft() type as append(v) and pop().
  Type method_type(Expr& e) {
    const Expr& attr = *e.callee;
    const std::string& m = attr.text;
    const Expr& obj = *attr.operands[0];
    Type t = expr(obj);
    if (t == Type::Unknown) {  // a later pass knows obj's type: maybe an object, whose methods take keywords and None
      for (const ExprPtr& a : e.operands) value_expr(*a);
      for (const Keyword& k : e.keywords) value_expr(*k.value);
      return Type::Unknown;
    }
    if (t.is_deque()) deque_method(e);
    if (m == "sort" && !e.starred_arg && e.keywords.size() == 1 && e.keywords[0].name == "reverse") {
      const Expr& flag = *e.keywords[0].value;
      if (flag.kind != ExprKind::Bool && flag.kind != ExprKind::Int)
        throw CompileError(flag.loc, "kilopy's sort() takes reverse=True, reverse=False or a variable (no call): assign it to a variable first");
      expr(flag);
    } else if (m == "update" && t.is_dict()) {
      return dict_update_type(e);
    } else if ((m == "split" || m == "rsplit") && t == Type::Str && !e.starred_arg) {
      split_keywords(e, m);
    } else {
      no_keywords_or_stars(e, m);
    }
    if (m == "bit_length" && (t == Type::Int || t == Type::Bool)) {
      if (!e.operands.empty())
        throw CompileError(e.loc, "int.bit_length() takes no arguments (" + std::to_string(e.operands.size()) + " given)");
      return Type::Int;
    }
    if (t.is_dict()) return dict_method_type(e, t);
    if (t.is_set()) return set_method_type(e, t);
    const bool array_method = m == "extend" || m == "index" || m == "count" || m == "remove" || m == "reverse";
    if (t.is_array() && (m == "sort" || m == "clear" || m == "copy"))
      throw CompileError(attr.loc, "'array.array' object has no attribute '" + m + "'");
    if (t == Type::Str) return str_method_type(e, m);
    if (t.is_tuple() && (m == "index" || m == "count")) {  // read as a list's (as_list)
      bool later = !final_ && !t.complete();  // a later pass may make it a tuple of ints
      if (!later && !as_list(t).is_list())
        throw CompileError(attr.loc, "tuple." + m + "() of a " + type_name(t) + " is not supported in kilopy (it takes tuples "
                                     "of ints only or of bools only): compare the elements one by one");
      if (e.operands.size() != 1)
        throw CompileError(e.loc, m + "() takes exactly one argument (" + std::to_string(e.operands.size()) + " given)");
      Type vt = expr(*e.operands[0]);
      if (!later && !is_int_like(vt))
        throw CompileError(e.operands[0]->loc, "tuple." + m + "() of " + article(vt) + " in a " + type_name(t) +
                                                   " is not supported in kilopy (its elements are " + type_name(t.elems[0]) + "s)");
      return Type::Int;
    }
    if (t.is_var_tuple() && m != "index" && m != "count")
      throw CompileError(attr.loc, "'tuple' object has no attribute '" + m + "'");
    if (!t.is_list() && !(t.is_array() && array_method))
      throw CompileError(attr.loc, "'" + py_type_name(t) + "' object has no method '" + m + "' in kilopy");
    size_t n = e.operands.size();
    auto arity = [&](size_t lo, size_t hi) {
      if (n < lo || n > hi)
        throw CompileError(e.loc, m + "() takes " + (lo == hi ? std::to_string(lo) : std::to_string(lo) + " or " + std::to_string(hi)) +
                                      " argument" + (hi == 1 ? "" : "s") + " (" + std::to_string(n) + " given)");
    };
    auto element = [&](const Expr& v) {
      Type vt = value_expr(v);
      if (boxes_into(obj.type.is_list() ? obj.type.elems[0] : Type::Unknown, vt) ||
          (maybe_none_int(vt) && obj.type.is_list() && obj.type.elems[0] == Type::Unknown)) {  // an int or None: boxed
        refine(obj, Type::list(int_or_none()));
        box_into(obj.type.elems[0], v);
        return;
      }
      vt = expr(v);
      check_element(vt, v.loc, obj.type.is_list() ? obj.type.elems[0] : Type::Unknown);
      refine(obj, list_like(obj.type, vt));
      if (!compatible(obj.type.elems[0], vt))
        throw CompileError(v.loc, "this would put " + article(vt) + " in a " + type_name(obj.type) +
                                      " (kilopy lists hold one type)" + none_elements(vt, obj.type));
      refine(v, obj.type.elems[0]);
    };
    auto index = [&](const Expr& i) {
      Type it = expr(i);
      if (!is_int_like(it)) throw CompileError(i.loc, "'" + py_type_name(it) + "' object cannot be interpreted as an integer");
    };
    if (m == "append" || m == "appendleft") {
      arity(1, 1);
      element(*e.operands[0]);
      return Type::None;
    }
    if (m == "insert") {
      arity(2, 2);
      index(*e.operands[0]);
      element(*e.operands[1]);
      return Type::None;
    }
    if (m == "pop" || m == "popleft") {
      arity(0, t.is_deque() ? 0 : 1);
      if (n == 1) index(*e.operands[0]);
      return obj.type.elems[0];
    }
    if (m == "extend") {
      arity(1, 1);
      expr(*e.operands[0]);
      extend_type(obj, *e.operands[0], false);
      return Type::None;
    }
    if (m == "index" || m == "count" || m == "remove") {  // a value compared with ==
      arity(1, 1);
      const Expr& v = *e.operands[0];
      Type vt = expr(v);
      Type et = t.elem();
      if (et.is_tuple()) {  // compared slot by slot, as ==
        if (!compatible(et, vt) || !comparable(et))
          throw CompileError(v.loc, m + "() would look for " + article(vt) + " in a " + type_name(t) +
                                        ": kilopy compares tuples of ints, bools, strs and None");
      } else if (et.is_dict()) {  // compared as ==
        refine(v, et);
        if (!compatible(et, v.type))
          throw CompileError(v.loc, m + "() would look for " + article(v.type) + " in a " + type_name(t) + ": kilopy needs the element type");
        uncompared_dicts(et, v.loc);
      } else if (et.is_list()) {
        refine(v, et);
        if (!compatible(et, v.type))
          throw CompileError(v.loc, m + "() would look for " + article(v.type) + " in a " + type_name(t) + ": kilopy needs the element type");
      } else if (et.is_object() || vt.is_object()) {  // by identity, CPython's default ==
        if (!et.is_object() || !vt.is_object() || root(et.cls) != root(vt.cls))
          throw CompileError(v.loc, m + "() would look for " + article(vt) + " in a " + type_name(t) + ": kilopy needs the element type");
        if (compares_by_method(et.cls) || compares_by_method(vt.cls)) {
          // A loop (object_membership.h) raises list's ValueError, which for index() shows repr(x).
          std::string why = t.is_deque() && m != "count" ? ", and a deque's ValueError differs from a list's"
                            : m == "index" && !hierarchy_has(vt.cls, "__repr__") ? ", and no __repr__, which its ValueError would show"
                                                                                : "";
          CompileError err(attr.loc, m + "() of a " + (t.is_deque() ? "deque" : "list") + " of " + et.cls + " objects is not "
                                     "supported in kilopy (their class defines __eq__, which CPython would call for each element" +
                                     why + "): loop over it and compare with ==");
          if (why.empty()) err.membership_at = attr.loc;
          throw err;
        }
        if (m == "index")
          throw CompileError(attr.loc, "index() of a list of objects is not supported in kilopy (its ValueError would show the "
                                       "object's address): loop over it with enumerate() and compare with ==");
      } else if (vt == Type::Str || et == Type::Str) {
        if (!compatible(et, vt))
          throw CompileError(v.loc, m + "() would look for " + article(vt) + " in a " + type_name(t) + ": kilopy needs the element type");
        refine(v, et);
      } else if (!is_int_like(vt) || (!is_int_like(et) && et != Type::Unknown)) {
        throw CompileError(v.loc, m + "() would look for " + article(vt) + " in a " + type_name(t) + ": kilopy needs the element type");
      }
      return m == "remove" ? Type::None : Type::Int;
    }
    if (m == "reverse" || m == "clear") {
      arity(0, 0);
      return Type::None;
    }
    if (m == "sort") {
      arity(0, 0);
      if (t.elems[0].is_object() && (hierarchy_has(t.elems[0].cls, "__lt__") || hierarchy_has(t.elems[0].cls, "__gt__")))
        refuse_object_order(e, t.elems[0].cls, attr.loc, "sort() of " + t.elems[0].cls + " objects would compare them by their "
                            "methods in an order kilopy's sort does not follow" + kKeyedOrder + ": give key= a field (xs.sort(key=lambda o: o.score))");
      if (t.elems[0].is_object())
        throw CompileError(attr.loc, "TypeError: '<' not supported between instances of '" + t.elems[0].cls + "' and '" +
                                         t.elems[0].cls + "'");
      if (!sortable(t.elems[0], true))  // as sorted()
        throw CompileError(attr.loc, "kilopy sorts ints, bools, strs, lists of them and tuples of them (strs in their first 6 "
                                     "places only), not a " + type_name(t));
      return Type::None;
    }
    if (m == "copy") {
      arity(0, 0);
      return t;
    }
    throw CompileError(attr.loc, "'list' object has no attribute '" + m + "'");
  }

  // c.update(xs) or c.subtract(xs) (e), c a Counter: refused with where it is, for compile_source
  // to make it the loop CPython's Counter runs (counter_updates.h), where it is a statement of
  // its own whose receiver is a name or a field of one.
  [[noreturn]] void counter_update(const Expr& e) {
    const std::string& m = e.callee->text;
    CompileError err(e.loc, "Counter." + m + "() is supported in kilopy as a statement of its own, c." + m + "(xs) with c a "
                            "name or a field of one and xs one iterable or dict: count in a loop, for x in xs: c[x] " +
                            (m == "update" ? "+" : "-") + "= 1");
    if (e.operands.size() == 1 && e.keywords.empty() && !e.starred_arg) {
      Type xt = value_expr(*e.operands[0]);
      err.counter_update_at = e.loc;
      err.counter_update_pairs = xt.is_table();
    }
    throw err;
  }

  // d.get, d.pop, d.setdefault, d.clear (keys, values and items: iteration_type).
  // d.update(other), d.update(k=v, ...), d.update(other, k=v, ...): other a dict of d's type; a
  // keyword's name is a str key.
  Type dict_update_type(Expr& e) {
    const Expr& obj = *e.callee->operands[0];
    if (obj.type.cls == "Counter") counter_update(e);
    if (e.starred_arg)
      throw CompileError(e.loc, "*arguments are supported only in print() in kilopy: pass the dict itself, d.update(other)");
    if (e.operands.size() > 1)
      throw CompileError(e.loc, "update expected at most 1 argument, got " + std::to_string(e.operands.size()));
    if (!e.operands.empty()) {
      const Expr& o = *e.operands[0];
      Type ot = expr(o);
      if (ot != Type::Unknown && !ot.is_dict())
        throw CompileError(o.loc, "d.update() of " + article(ot) + " is not supported in kilopy: it takes a dict or keyword "
                                  "arguments (store pairs in a loop: for k, v in pairs: d[k] = v)");
      if (ot.is_dict()) {  // the items of any dict, a defaultdict or a Counter: their key and value types count
        refine(obj, dict_like(obj.type, ot.elems[0], ot.elems[1]));
        refine(o, dict_like(ot, obj.type.elems[0], obj.type.elems[1]));
      }
      bool alike = !ot.is_dict() || (compatible(obj.type.elems[0], o.type.elems[0]) && compatible(obj.type.elems[1], o.type.elems[1]));
      if (!alike)
        throw CompileError(o.loc, "this would put the items of a " + type_name(o.type) + " in a " + type_name(obj.type) +
                                  " (kilopy dicts have one key and one value type)");
    }
    for (const Keyword& k : e.keywords) {
      if (obj.type.elems[0] != Type::Str && obj.type.elems[0] != Type::Unknown)
        throw CompileError(k.loc, "d.update(" + k.name + "=...) stores the str key '" + k.name + "' in a " + type_name(obj.type) +
                                  " (kilopy dicts have one key type)");
      expr(*k.value);
      dict_value(obj, Type::Str, *k.value);
    }
    return Type::None;
  }

  // True if evaluating e a second time right after the first gives the same value and does
  // nothing: what plain() takes, and indexing of such (which, if it raises, raises the first time).
  bool repeatable(const Expr& e) const {
    if (plain(e)) return true;
    if (e.kind == ExprKind::Unary && e.unary_op == UnaryOp::Neg) return e.operands[0]->kind == ExprKind::Int;
    if (e.kind == ExprKind::Unbox) return repeatable(*e.operands[0]);
    const Type& t = e.kind == ExprKind::Subscript ? e.operands[0]->type : Type::Unknown;
    bool item = t.is_seq() || t.is_tuple() || t.is_table() || t == Type::Str ||
                (t == Type::Unknown && !operators_);  // not an object's __getitem__
    return e.kind == ExprKind::Subscript && e.text.empty() && e.operands[1]->kind != ExprKind::Slice && item &&
           repeatable(*e.operands[0]) && repeatable(*e.operands[1]);
  }

  // d.get(k), d.get(k, None), d.pop(k, None): the value, or None for a missing key. They become
  // `d[k] if k in d else None` (d.pop(k) for pop), whose type is the value's "or None".
  Type get_or_none(Expr& e) {
    const Expr& d = *e.callee->operands[0];
    const Expr& k = *e.operands[0];
    const std::string& m = e.callee->text;
    expr(k);
    std::function<bool(const Expr&)> unknown_item = [&](const Expr& x) {  // maybe an object's __getitem__: wait
      return (x.kind == ExprKind::Subscript && x.text.empty() && x.operands[0]->type == Type::Unknown) ||
             any_operand(x, unknown_item);
    };
    if (!final_ && operators_ && (unknown_item(d) || unknown_item(k))) return Type::Unknown;
    if (!repeatable(d) || !repeatable(k) || (!plain(d) && !plain(k)))  // k is evaluated first below
      throw CompileError(e.loc, "d." + m + "(k" + (e.operands.size() == 2 ? ", None" : "") + ") gives None for a missing key; "
                                "kilopy takes it when the dict and the key are names, constants or items of them: "
                                "assign them to names first");
    auto test = std::make_unique<Expr>(ExprKind::Compare, e.loc);
    test->operands.push_back(copy_expr(k));
    test->operands.push_back(copy_expr(d));
    test->cmp_ops.push_back(CmpOp::In);
    ExprPtr value;
    if (m == "get") {
      value = std::make_unique<Expr>(ExprKind::Subscript, e.loc);
      value->operands.push_back(copy_expr(d));
      value->operands.push_back(copy_expr(k));
    } else {
      value = copy_expr(e);
      value->operands.pop_back();  // d.pop(k): present, so no default
    }
    auto choice = std::make_unique<Expr>(ExprKind::IfExp, e.loc);
    choice->operands.push_back(std::move(test));
    choice->operands.push_back(std::move(value));
    choice->operands.push_back(std::make_unique<Expr>(ExprKind::None, e.loc));
    Expr replacement = std::move(*choice);
    e = std::move(replacement);
    return value_expr(e);
  }

  Type dict_method_type(Expr& e, const Type& t) {
    const std::string& m = e.callee->text;
    const Expr& obj = *e.callee->operands[0];
    size_t n = e.operands.size();
    auto arity = [&](size_t lo, size_t hi) {
      if (n < lo || n > hi)
        throw CompileError(e.loc, m + "() takes " + (lo == hi ? std::to_string(lo) : std::to_string(lo) + " or " + std::to_string(hi)) +
                                      " argument" + (hi == 1 ? "" : "s") + " (" + std::to_string(n) + " given)");
    };
    if (m == "items" || m == "keys" || m == "values")
      throw CompileError(e.loc, "d." + m + "() is only supported as the iterable of a for loop in kilopy (and as the argument "
                                "of list(), sorted(), sum(), min(), max(), any(), all() and set()): write list(d." + m + "())");
    if (m == "clear") {
      arity(0, 0);
      return Type::None;
    }
    if (m == "copy") {  // a new dict of its items, in its order (a defaultdict's copy is one, of its factory)
      arity(0, 0);
      return t;
    }
    if (t.cls == "Counter" && m == "most_common") {  // [(k, count), ...], the greatest counts first (codegen most_common)
      arity(0, 1);
      if (n == 1) {
        Type nt = value_expr(*e.operands[0]);
        if (nt != Type::Unknown && !is_int_like(nt))
          throw CompileError(e.operands[0]->loc, "most_common() takes an int, not " + article(nt));
      }
      return Type::list(Type::tuple({t.elems[0], Type::Int}));
    }
    if (t.cls == "Counter" && m == "subtract") counter_update(e);
    if (t.cls == "Counter" && (m == "total" || m == "elements"))
      throw CompileError(e.callee->loc, "Counter." + m + "() is not supported in kilopy: " +
                                            (m == "total" ? "write sum(c.values())" : "loop over c.items()"));
    if (m != "get" && m != "pop" && m != "setdefault")
      throw CompileError(e.callee->loc, "'dict' object has no method '" + m + "' in kilopy");
    arity(1, 2);
    if (m == "get" && (n == 1 || e.operands[1]->kind == ExprKind::None)) return get_or_none(e);
    if (m == "pop" && n == 2 && e.operands[1]->kind == ExprKind::None) return get_or_none(e);
    if (n == 1 && m != "pop")
      throw CompileError(e.loc, "d." + m + "(k) without a default gives None for a missing key, which kilopy's dicts do not hold: "
                                "write d." + m + "(k, default)" + (m == "get" ? " or d[k]" : ""));
    Type kt = dict_key(t, *e.operands[0], m == "setdefault");
    if (n == 2) {
      const Expr& v = *e.operands[1];
      Type vt = expr(v);
      if (m == "setdefault") {
        dict_value(obj, kt, v);
      } else {
        if (vt == Type::None || !compatible(obj.type.elems[1], vt))
          throw CompileError(v.loc, "the default would be " + article(vt) + " where the " + type_name(obj.type) +
                                        " holds " + article(obj.type.elems[1]) + ": kilopy needs one type");
        refine(obj, dict_like(obj.type, obj.type.elems[0], vt));
        refine(v, obj.type.elems[1]);
      }
    }
    return obj.type.elems[1];
  }
};

}  // namespace

void infer_types(Program& program) { TypeInference(program).run(); }

}  // namespace kilopy
