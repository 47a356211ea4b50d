// Constant folding, with Python's semantics computed exactly in 64 bits (the same
// bytecode/arith.h definitions the VM uses). A folded value is then range-checked against the
// program's int width: a literal that does not fit is an OverflowError at compile time.
// Operations that would raise (1 // 0) or overflow the width are left for run time, where
// they raise after whatever the program printed before. A binary operator or a comparison
// folds only operands that fit the width, as the VM would see them: a value that does not
// fit (2147483648 at 16 bits, or --2147483648) stays and is reported, so a program never
// computes at one width through a value that overflows at a wider one.
// Identities (x * 1, x + 0, x - 0 for an int x) drop the constant operand. An int or bool x
// `% c` and `// c` by a constant power of two c >= 2 become `& (c - 1)` and `>> log2(c)`: in
// two's complement these are Python's floor semantics for every x (-7 % 4 == -7 & 3 == 1,
// -7 // 4 == -7 >> 2 == -2), and like the originals they cannot raise; the VM's
// bitwise operators cost no division.
#include <map>
#include <memory>
#include <string>

#include "frontend/diagnostic.h"
#include "frontend/program.h"
#include "bytecode/arith.h"

namespace kilopy {

namespace {

bool is_const(const Expr& e) { return e.kind == ExprKind::Int || e.kind == ExprKind::Bool || e.kind == ExprKind::None; }
bool is_number(const Expr& e) { return (e.kind == ExprKind::Int && !e.int_too_big) || e.kind == ExprKind::Bool; }
int64_t value(const Expr& e) { return e.kind == ExprKind::Bool ? int64_t(e.bool_value) : e.int_value; }
bool truthy(const Expr& e) { return e.kind != ExprKind::None && value(e) != 0; }

void become_value(Expr& e, int64_t v, Type type) {
  e.operands.clear();
  e.cmp_ops.clear();
  if (type == Type::Bool) {
    e.kind = ExprKind::Bool;
    e.bool_value = v != 0;
  } else {
    e.kind = ExprKind::Int;
    e.int_value = v;
    e.int_text = std::to_string(v);
  }
  e.type = type;
}

void become(Expr& e, ExprPtr replacement) {
  Expr r = std::move(*replacement);
  e = std::move(r);
}

uint8_t binary(BinOp op, int64_t a, int64_t b, int64_t& r) {
  switch (op) {
    case BinOp::Add: return py_add(a, b, r);
    case BinOp::Sub: return py_sub(a, b, r);
    case BinOp::Mul: return py_mul(a, b, r);
    case BinOp::FloorDiv: return py_floordiv(a, b, r);
    case BinOp::Mod: return py_mod(a, b, r);
    case BinOp::Pow: return py_pow(a, b, r);
    case BinOp::LShift: return py_shl(a, b, r);
    case BinOp::RShift: return py_shr(a, b, r);
    case BinOp::BitAnd: r = a & b; return KP_OK;
    case BinOp::BitOr: r = a | b; return KP_OK;
    case BinOp::BitXor: r = a ^ b; return KP_OK;
    default: return KP_ERR_OVERFLOW;
  }
}

bool compare(CmpOp op, int64_t a, int64_t b) {
  switch (op) {
    case CmpOp::Eq: return a == b;
    case CmpOp::NotEq: return a != b;
    case CmpOp::Lt: return a < b;
    case CmpOp::LtE: return a <= b;
    case CmpOp::Gt: return a > b;
    case CmpOp::GtE: return a >= b;
    default: return false;
  }
}

class Folder {
 public:
  explicit Folder(unsigned bits) : min_(bits == 16 ? -32768 : -2147483648LL), max_(bits == 16 ? 32767 : 2147483647LL), bits_(bits) {}

  void block(std::vector<StmtPtr>& body) {
    for (StmtPtr& s : body) {
      for_each_child(*s, [&](Expr& e, Use) { expr(e); }, [&](std::vector<StmtPtr>& b) { block(b); });
      if (s->kind == StmtKind::AugAssign) by_power_of_two(s->aug_op, *s->target, *s->value);
    }
  }

 private:
  // c ** -n of constants, c not 0: a float in CPython (2 ** -1 is 0.5), refused where the VM
  // would stop with its ValueError (x ** -n of a variable x may be 0 ** -n, CPython's
  // ZeroDivisionError, which kilopy raises too).
  void refuse_negative_exponent(const Expr& base, const Expr& exponent, SourceLoc at) const {
    if (!is_number(exponent) || value(exponent) >= 0 || !is_number(base) || value(base) == 0) return;
    throw CompileError(at, "a negative exponent gives a float in CPython (2 ** -1 is 0.5), and kilopy has only ints: "
                           "for 1 / x**n in fixed point, divide (SCALE // x**n)");
  }

  int64_t min_, max_;
  unsigned bits_;

  bool fits(int64_t v) const { return v >= min_ && v <= max_; }

  // x % c -> x & (c - 1) and x // c -> x >> log2(c) for an int or bool x and a constant power of
  // two c >= 2 (the header says why that is exact).
  void by_power_of_two(BinOp& op, const Expr& x, Expr& c) const {
    if ((op != BinOp::Mod && op != BinOp::FloorDiv) || (x.type != Type::Int && x.type != Type::Bool)) return;
    if (c.kind != ExprKind::Int || c.int_too_big || !fits(c.int_value) || c.int_value < 2 ||
        (c.int_value & (c.int_value - 1)) != 0)
      return;
    int64_t shift = 0;
    while ((int64_t(1) << shift) != c.int_value) ++shift;
    int64_t v = op == BinOp::Mod ? c.int_value - 1 : shift;
    op = op == BinOp::Mod ? BinOp::BitAnd : BinOp::RShift;
    c.int_value = v;
    c.int_text = std::to_string(v);
  }
  bool is_fitting_number(const Expr& e) const { return is_number(e) && fits(value(e)); }

  // Folds bottom-up, then checks the constants that remain (so -2147483648 is one constant).
  void expr(Expr& e) {
    fold_tree(e);
    check_tree(e);
  }

  void fold_tree(Expr& e) {
    for_each_operand(e, [&](Expr& o) { fold_tree(o); });  // also m[i].append(v): the receiver
    if (e.kind == ExprKind::Call && e.callee->kind == ExprKind::Name && e.callee->text == "pow" && e.operands.size() == 2)
      refuse_negative_exponent(*e.operands[0], *e.operands[1], e.loc);  // the builtin: kilopy refuses redefining it
    fold(e);
  }

  void check_tree(const Expr& e) {
    for_each_operand(e, [&](const Expr& o) { check_tree(o); });
    if (e.kind == ExprKind::Int && (e.int_too_big || e.int_value < min_ || e.int_value > max_))
      throw CompileError(e.loc, "OverflowError: the constant " + e.int_text + " does not fit in a " +
                                    std::to_string(bits_) + "-bit int" +
                                    (bits_ == 16 ? " (build with --int-bits 32)" : ""));
  }

  void fold(Expr& e) {
    switch (e.kind) {
      case ExprKind::Unary: {
        Expr& o = *e.operands[0];
        if (e.unary_op == UnaryOp::Not && is_const(o)) return become_value(e, !truthy(o), Type::Bool);
        if (!is_number(o)) return;
        int64_t v = value(o), r = v;
        if (e.unary_op == UnaryOp::Neg && py_neg(v, r) != KP_OK) return;
        if (e.unary_op == UnaryOp::Invert) r = ~v;
        if (!fits(r) && fits(v)) return;  // -x of a fitting x that overflows: at run time
        return become_value(e, r, Type::Int);
      }
      case ExprKind::Binary: {
        if (e.bin_op == BinOp::Pow) refuse_negative_exponent(*e.operands[0], *e.operands[1], e.op_loc);
        if (e.type == Type::Int) {  // x * 1, 1 * x, x + 0, 0 + x, x - 0: just x (as an int)
          bool l = is_number(*e.operands[0]), r = is_number(*e.operands[1]);
          int64_t lv = l ? value(*e.operands[0]) : -1, rv = r ? value(*e.operands[1]) : -1;
          int keep = -1;
          if (e.bin_op == BinOp::Mul) keep = rv == 1 && !l ? 0 : lv == 1 && !r ? 1 : -1;
          if (e.bin_op == BinOp::Add) keep = rv == 0 && !l ? 0 : lv == 0 && !r ? 1 : -1;
          if (e.bin_op == BinOp::Sub) keep = rv == 0 && !l ? 0 : -1;
          if (keep >= 0 && e.operands[keep]->type == Type::Int) return become(e, std::move(e.operands[keep]));
        }
        if (!is_fitting_number(*e.operands[0]) || !is_fitting_number(*e.operands[1]))
          return by_power_of_two(e.bin_op, *e.operands[0], *e.operands[1]);
        int64_t r;
        if (binary(e.bin_op, value(*e.operands[0]), value(*e.operands[1]), r) != KP_OK) return;
        if (!fits(r)) return;  // OverflowError at run time, after what the program printed first
        return become_value(e, r, e.type);
      }
      case ExprKind::Compare: {
        if (e.operands[0]->kind == ExprKind::Name && e.operands[0]->text == "__name__")
          return become_value(e, e.operands[1]->text == "__main__", Type::Bool);
        for (const ExprPtr& o : e.operands)
          if (!is_fitting_number(*o)) return;
        bool result = true;
        for (size_t i = 0; i < e.cmp_ops.size(); ++i)
          result = result && compare(e.cmp_ops[i], value(*e.operands[i]), value(*e.operands[i + 1]));
        return become_value(e, result, Type::Bool);
      }
      case ExprKind::BoolOp: {
        for (const ExprPtr& o : e.operands)
          if (!is_const(*o)) return;
        // Python returns the first operand that decides, else the last.
        for (size_t i = 0; i + 1 < e.operands.size(); ++i) {
          bool t = truthy(*e.operands[i]);
          if ((e.bool_op == BoolOpKind::And) != t) return become(e, std::move(e.operands[i]));
        }
        return become(e, std::move(e.operands.back()));
      }
      case ExprKind::IfExp:
        if (!is_const(*e.operands[0])) return;
        return become(e, std::move(e.operands[truthy(*e.operands[0]) ? 1 : 2]));
      default:
        return;
    }
  }
};

// ---- parameter defaults written with the module's int constants (def f(x, lr=ONE // 8):)

using IntConstants = std::map<std::string, int64_t>;

// The value of an int expression of literals and constants, if it computes without error and
// every step fits the width (as the VM would compute it when the def runs).
bool constant_int(const Expr& e, const IntConstants& known, int64_t lo, int64_t hi, int64_t& v) {
  int64_t a, b;
  switch (e.kind) {
    case ExprKind::Int:
      v = e.int_value;
      return !e.int_too_big && v >= lo && v <= hi;
    case ExprKind::Name:
    case ExprKind::Attribute: {  // a class constant, C.NAME
      if (e.kind == ExprKind::Attribute && e.operands[0]->kind != ExprKind::Name) return false;
      auto it = known.find(e.kind == ExprKind::Name ? e.text : e.operands[0]->text + "." + e.text);
      if (it == known.end()) return false;
      v = it->second;
      return true;
    }
    case ExprKind::Unary:
      if (!constant_int(*e.operands[0], known, lo, hi, a)) return false;
      if (e.unary_op == UnaryOp::Pos) v = a;
      else if (e.unary_op == UnaryOp::Invert) v = ~a;
      else if (e.unary_op != UnaryOp::Neg || py_neg(a, v) != KP_OK) return false;
      return v >= lo && v <= hi;
    case ExprKind::Binary:
      if (!constant_int(*e.operands[0], known, lo, hi, a) || !constant_int(*e.operands[1], known, lo, hi, b)) return false;
      return binary(e.bin_op, a, b, v) == KP_OK && v >= lo && v <= hi;
    default:
      return false;
  }
}

// Every name the module binds outside a plain top-level `NAME = value` (a for target, a def, an
// import, ..., anywhere at module level) or declares global in a function: never a constant.
void count_bindings(const std::vector<StmtPtr>& body, bool top, std::map<std::string, unsigned>& bindings) {
  for (const StmtPtr& s : body) {
    if (s->kind == StmtKind::Global)
      for (const std::string& n : s->names) bindings[n] += 2;
    if (s->kind == StmtKind::Def || s->kind == StmtKind::Class) {
      if (top) ++bindings[s->name];
      count_bindings(s->body, false, bindings);
      continue;
    }
    if (top) {
      for (const std::string& n : s->aliases) ++bindings[n];
      for_each_expr(*s, [&](const Expr& e, Use use) {
        if (use != Use::Read) for_each_target_name(e, [&](const Expr& n) { bindings[n.text] += n.kind == ExprKind::Name ? 1 : 0; });
      });
    }
    for_each_block(*s, [&](const std::vector<StmtPtr>& b) { count_bindings(b, top, bindings); });
  }
}

// The int v as the parser writes it: a literal, negated for a negative v.
ExprPtr signed_literal(int64_t v, SourceLoc loc) {
  if (v >= 0) return int_literal(v, loc);
  auto negated = std::make_unique<Expr>(ExprKind::Unary, loc);
  negated->unary_op = UnaryOp::Neg;
  negated->operands.push_back(int_literal(-v, loc));
  return negated;
}

// Refuses a default or class-body value that divides a constant by zero: CPython raises
// ZeroDivisionError when the def or class statement runs, called or not (kilopy evaluates
// these when compiling).
void refuse_zero_division(const Expr& e, const IntConstants& known, int64_t lo, int64_t hi) {
  for_each_operand(e, [&](const Expr& o) { refuse_zero_division(o, known, lo, hi); });
  int64_t b;
  if (e.kind == ExprKind::Binary && (e.bin_op == BinOp::FloorDiv || e.bin_op == BinOp::Mod) &&
      constant_int(*e.operands[1], known, lo, hi, b) && b == 0)
    throw CompileError(e.op_loc, std::string("ZeroDivisionError: integer ") + (e.bin_op == BinOp::Mod ? "modulo" : "division or modulo") +
                                     " by zero (CPython raises it when the def or class statement holding it runs, called or not)");
}

void fold_defaults_of(Stmt& def, const IntConstants& known, int64_t lo, int64_t hi) {
  for (Param& p : def.params) {
    int64_t v;
    if (p.default_value) refuse_zero_division(*p.default_value, known, lo, hi);
    if (!p.default_value || p.default_value->kind == ExprKind::Int) continue;
    if (!constant_int(*p.default_value, known, lo, hi, v)) continue;
    auto literal = std::make_unique<Expr>(ExprKind::Int, p.default_value->loc);
    literal->int_value = v;
    literal->int_text = std::to_string(v);
    p.default_value = std::move(literal);
  }
}

}  // namespace

void fold_constants(Program& program) { Folder(program.int_bits).block(program.module->body); }

// A default is evaluated once, when its def runs: so a def may use the int constants assigned
// above it (bound once, at the top level of the module, and nowhere else), and the default is
// their value. So may it use a class constant above it (C.NAME; a method of C, NAME alone, as
// the class body's names are in scope there).
void fold_default_values(Module& module, unsigned bits) {
  int64_t lo = bits == 16 ? -32768 : -2147483648LL, hi = bits == 16 ? 32767 : 2147483647LL;
  std::map<std::string, unsigned> bindings;
  count_bindings(module.body, true, bindings);
  IntConstants known;
  std::map<std::string, IntConstants> in_class;  // what a method's defaults see: its class body's names too
  for (StmtPtr& s : module.body) {
    int64_t v;
    if (s->kind == StmtKind::Assign && s->targets.size() == 1 && s->targets[0]->kind == ExprKind::Name &&
        bindings[s->targets[0]->text] == 1 && constant_int(*s->value, known, lo, hi, v))
      known.emplace(s->targets[0]->text, v);
    if (s->kind == StmtKind::Class) {  // its body's statements; its methods follow it, named C.m
      IntConstants inside = known;
      for (StmtPtr& m : s->body) {
        if (m->kind == StmtKind::Assign) refuse_zero_division(*m->value, inside, lo, hi);
        for_each_expr(*m, [&](const Expr& e, Use use) {
          if (use != Use::Read) for_each_target_name(e, [&](const Expr& n) { inside.erase(n.text), known.erase(s->name + "." + n.text); });
        });
        if (m->kind == StmtKind::Assign && m->targets.size() == 1 && m->targets[0]->kind == ExprKind::Name &&
            constant_int(*m->value, inside, lo, hi, v)) {
          inside[m->targets[0]->text] = v;
          if (bindings[s->name] == 1) known[s->name + "." + m->targets[0]->text] = v;
          if (m->value->kind != ExprKind::Int) m->value = signed_literal(v, m->value->loc);  // `LOW = FULL // 4`: a class constant
        }
      }
      in_class[s->name] = std::move(inside);
    }
    if (s->kind == StmtKind::Def) {
      size_t dot = s->name.find('.');
      auto method_of = dot == std::string::npos ? in_class.end() : in_class.find(s->name.substr(0, dot));
      fold_defaults_of(*s, method_of == in_class.end() ? known : method_of->second, lo, hi);
    }
  }
}

}  // namespace kilopy
