// `x in range(...)` and `len(range(...))` as the arithmetic CPython's range computes them
// (range is no value in kilopy): `a <= x < b`, with `x % c == a % c` for a step c, and the
// count from floor divisions that never take b - a where it could exceed the int width and
// the count not (docs/language.md, "range"). Only where every part is a name, an int literal,
// a negated, added, subtracted or multiplied one, or len(name): parts evaluated more than once
// and in another order give what CPython's one evaluation gives (types.cpp refuses len() of an
// object, whose __len__ runs code, and a part that may be None, whose TypeError CPython words
// otherwise: kRangeTest). The step, if given, is an int literal other than 0 (CPython raises
// ValueError for 0).
#include "frontend/range_tests.h"

#include <set>
#include <string>

namespace kilopy {

namespace {

ExprPtr node(ExprKind kind, SourceLoc at) { return std::make_unique<Expr>(kind, at); }

// v as the parser writes it: a negative one is `-` applied to its magnitude.
ExprPtr number(int64_t v, SourceLoc at) {
  ExprPtr e = node(ExprKind::Int, at);
  e->int_value = v < 0 ? -v : v;
  e->int_text = std::to_string(e->int_value);
  if (v >= 0) return e;
  ExprPtr neg = node(ExprKind::Unary, at);
  neg->unary_op = UnaryOp::Neg;
  neg->operands.push_back(std::move(e));
  return neg;
}

ExprPtr binary(BinOp op, ExprPtr a, ExprPtr b) {
  ExprPtr e = node(ExprKind::Binary, a->loc);
  e->bin_op = op;
  e->op_loc = a->loc;
  e->operands.push_back(std::move(a));
  e->operands.push_back(std::move(b));
  return e;
}

ExprPtr compare(ExprPtr a, CmpOp op, ExprPtr b) {
  ExprPtr e = node(ExprKind::Compare, a->loc);
  e->op_loc = a->loc;
  e->operands.push_back(std::move(a));
  e->operands.push_back(std::move(b));
  e->cmp_ops.push_back(op);
  return e;
}

// a op1 x op2 b
ExprPtr between(ExprPtr a, CmpOp op1, ExprPtr x, CmpOp op2, ExprPtr b) {
  ExprPtr e = compare(std::move(a), op1, std::move(x));
  e->operands.push_back(std::move(b));
  e->cmp_ops.push_back(op2);
  return e;
}

ExprPtr if_else(ExprPtr test, ExprPtr body, ExprPtr orelse) {
  ExprPtr e = node(ExprKind::IfExp, body->loc);
  e->operands.push_back(std::move(test));
  e->operands.push_back(std::move(body));
  e->operands.push_back(std::move(orelse));
  return e;
}

class RangeTests {
 public:
  explicit RangeTests(const std::set<std::string>& names) : names_(names) {}

  void block(std::vector<StmtPtr>& body) {
    for (StmtPtr& s : body)
      for_each_child_slot(*s, [&](ExprPtr& e, Use) { expr(e); }, [&](std::vector<StmtPtr>& b) { block(b); });
  }

 private:
  const std::set<std::string>& names_;  // every name the module binds: `range` or `len` may not be the builtin

  bool builtin_call(const Expr& e, const char* name) const {
    return e.kind == ExprKind::Call && e.callee->kind == ExprKind::Name && e.callee->text == name && !names_.count(name) &&
           !e.starred_arg && e.keywords.empty();
  }

  // A part that may be evaluated twice and out of order: its value and its errors are the same.
  // A len() call in it is marked, for the checker (kRangeTest).
  bool repeatable(const Expr& e) const {
    switch (e.kind) {
      case ExprKind::Name: case ExprKind::Int: case ExprKind::Bool: return true;
      case ExprKind::Unary: return e.unary_op == UnaryOp::Neg && repeatable(*e.operands[0]);
      case ExprKind::Binary:
        return (e.bin_op == BinOp::Add || e.bin_op == BinOp::Sub || e.bin_op == BinOp::Mul) && repeatable(*e.operands[0]) &&
               repeatable(*e.operands[1]);
      case ExprKind::Call:  // of a list, a str, ...: types.cpp refuses it of an object (its __len__ would run again)
        return builtin_call(e, "len") && e.operands.size() == 1 && e.operands[0]->kind == ExprKind::Name;
      default: return false;
    }
  }

  // range(...)'s start, stop and step (a literal, 1 if left out), if it can be lowered.
  bool bounds(const Expr& call, ExprPtr& start, ExprPtr& stop, int64_t& step) const {
    if (!builtin_call(call, "range") || call.operands.empty() || call.operands.size() > 3) return false;
    for (const ExprPtr& o : call.operands)
      if (!repeatable(*o)) return false;
    step = 1;
    if (call.operands.size() == 3) {
      const Expr& c = *call.operands[2];
      bool negated = c.kind == ExprKind::Unary && c.operands[0]->kind == ExprKind::Int;
      if (c.kind != ExprKind::Int && !negated) return false;
      step = negated ? -c.operands[0]->int_value : c.int_value;
      if (step == 0) return false;
    }
    for (const ExprPtr& o : call.operands) mark_len_calls(*o);
    start = call.operands.size() == 1 ? number(0, call.loc) : copy_expr(*call.operands[0]);
    stop = copy_expr(*call.operands[call.operands.size() == 1 ? 0 : 1]);
    return true;
  }

  static void mark_len_calls(Expr& e) {
    if (e.kind == ExprKind::Call) e.text = kRangeTest;
    for_each_operand(e, [](Expr& o) { mark_len_calls(o); });
  }

  void expr(ExprPtr& e) {
    for_each_operand_slot(*e, [&](ExprPtr& o) { expr(o); });
    for (CompClause& c : e->clauses) {
      if (c.target) expr(c.target);
      expr(c.value);
    }
    ExprPtr start, stop;
    int64_t step;
    if (e->kind == ExprKind::Compare && e->cmp_ops.size() == 1 &&
        (e->cmp_ops[0] == CmpOp::In || e->cmp_ops[0] == CmpOp::NotIn) && repeatable(*e->operands[0]) &&
        bounds(*e->operands[1], start, stop, step)) {
      mark_len_calls(*e->operands[0]);
      e = member(std::move(e->operands[0]), std::move(start), std::move(stop), step, e->cmp_ops[0] == CmpOp::NotIn);
      return;
    }
    if (builtin_call(*e, "len") && e->operands.size() == 1 && bounds(*e->operands[0], start, stop, step)) {
      e = count(std::move(start), std::move(stop), step, e->loc);
      return;
    }
    // One not lowered: the checker's message says what would be.
    if (e->kind == ExprKind::Compare && e->cmp_ops.size() == 1 && (e->cmp_ops[0] == CmpOp::In || e->cmp_ops[0] == CmpOp::NotIn) &&
        builtin_call(*e->operands[1], "range"))
      e->operands[1]->text = kRangeTest;
    if (builtin_call(*e, "len") && e->operands.size() == 1 && builtin_call(*e->operands[0], "range"))
      e->operands[0]->text = kRangeTest;
  }

  // x in range(a, b, c): a <= x < b (b < x <= a for c < 0), and x % c == a % c unless c is 1.
  static ExprPtr member(ExprPtr x, ExprPtr a, ExprPtr b, int64_t c, bool negated) {
    SourceLoc at = x->loc;
    ExprPtr residue;
    if (c != 1)
      residue = compare(binary(BinOp::Mod, copy_expr(*x), number(c, at)), CmpOp::Eq,
                        binary(BinOp::Mod, copy_expr(*a), number(c, at)));
    ExprPtr test = c > 0 ? between(std::move(a), CmpOp::LtE, std::move(x), CmpOp::Lt, std::move(b))
                         : between(std::move(b), CmpOp::Lt, std::move(x), CmpOp::LtE, std::move(a));
    test->text = kRangeTest;
    test->op_loc = at;
    if (residue) {
      ExprPtr both = node(ExprKind::BoolOp, at);
      both->bool_op = BoolOpKind::And;
      both->operands.push_back(std::move(test));
      both->operands.push_back(std::move(residue));
      test = std::move(both);
    }
    if (!negated) return test;
    ExprPtr no = node(ExprKind::Unary, at);
    no->unary_op = UnaryOp::Not;
    no->operands.push_back(std::move(test));
    return no;
  }

  // len(range(a, b, c)), b > a (b < a for c < 0), else 0: b - a for a step of 1, else
  // b // c - a // c, plus 1 if b % c is past a % c (beyond it for c > 0, below it for c < 0).
  static ExprPtr count(ExprPtr a, ExprPtr b, int64_t c, SourceLoc at) {
    ExprPtr nonempty = compare(copy_expr(*b), c > 0 ? CmpOp::Gt : CmpOp::Lt, copy_expr(*a));
    nonempty->text = kRangeTest;
    nonempty->op_loc = at;
    ExprPtr n;
    if (c == 1) {
      n = binary(BinOp::Sub, std::move(b), std::move(a));
    } else if (c == -1) {  // not b // -1, which overflows for the least int
      n = binary(BinOp::Sub, std::move(a), std::move(b));
    } else {
      ExprPtr past = compare(binary(BinOp::Mod, copy_expr(*b), number(c, at)), c > 0 ? CmpOp::Gt : CmpOp::Lt,
                             binary(BinOp::Mod, copy_expr(*a), number(c, at)));
      n = binary(BinOp::Add,
                 binary(BinOp::Sub, binary(BinOp::FloorDiv, std::move(b), number(c, at)),
                        binary(BinOp::FloorDiv, std::move(a), number(c, at))),
                 if_else(std::move(past), number(1, at), number(0, at)));
    }
    return if_else(std::move(nonempty), std::move(n), number(0, at));
  }
};

}  // namespace

void lower_range_tests(Module& module, const std::set<std::string>& user_names) {
  RangeTests(user_names).block(module.body);
}

}  // namespace kilopy
