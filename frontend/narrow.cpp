// None narrowing: a read of a name that a test before it proves not None, as a reader of
// Python sees it (`if x is None: continue` and x is a str below; `x is not None and x < y`).
// Such a read gets Expr::not_none, and types.cpp takes its value without the None
// (checked, never raising). Only names nothing else can rebind between the test and the
// read: a function's locals, and globals no function declares `global`; and only while the
// name is not bound again (a statement that binds it anywhere inside ends its narrowing, and
// narrows nothing in itself, but for an if, whose test runs first and whose branches narrow
// statement by statement).
#include <set>
#include <string>

#include "frontend/program.h"

namespace kilopy {

namespace {

using Names = std::set<std::string>;

// The name x is, if x is `name is None` (or == None, !=, is not: `positive` tells which).
const Expr* none_test(const Expr& x, bool& positive) {
  if (x.kind != ExprKind::Compare || x.cmp_ops.size() != 1 || x.operands[1]->kind != ExprKind::None ||
      x.operands[0]->kind != ExprKind::Name)
    return nullptr;
  CmpOp op = x.cmp_ops[0];
  if (op != CmpOp::Is && op != CmpOp::IsNot && op != CmpOp::Eq && op != CmpOp::NotEq) return nullptr;
  positive = op == CmpOp::Is || op == CmpOp::Eq;
  return x.operands[0].get();
}

// The names test proves not None when it evaluates to truth.
Names proven(const Expr& test, bool truth) {
  Names out;
  bool is_none;
  if (const Expr* n = none_test(test, is_none)) {
    if (is_none != truth) out.insert(n->text);
  } else if (test.kind == ExprKind::Name && truth) {  // if x: (None is false)
    out.insert(test.text);
  } else if (test.kind == ExprKind::Unary && test.unary_op == UnaryOp::Not) {
    out = proven(*test.operands[0], !truth);
  } else if (test.kind == ExprKind::BoolOp && (test.bool_op == BoolOpKind::And) == truth) {
    for (const ExprPtr& o : test.operands) {  // and: every operand was true; or: every one false
      Names more = proven(*o, truth);
      out.insert(more.begin(), more.end());
    }
  }
  return out;
}

// Every name a statement binds, at any depth (nested defs are functions of their own).
void bound_by(const Stmt& s, Names& out) {
  if (s.kind == StmtKind::Def) return;
  for_each_child(s, [&](const Expr& e, Use use) {
    if (use != Use::Read) for_each_target_name(e, [&](const Expr& n) { out.insert(n.text); });
  }, [&](const std::vector<StmtPtr>& b) {
    for (const StmtPtr& t : b) bound_by(*t, out);
  });
  for (const std::string& n : s.aliases) out.insert(n);
}

// A value that is never None: a display, a literal, an operator's result.
bool never_none(const Expr& v) {
  switch (v.kind) {
    case ExprKind::Int: case ExprKind::Bool: case ExprKind::Str: case ExprKind::List: case ExprKind::Dict:
    case ExprKind::Set: case ExprKind::Tuple: case ExprKind::Format: case ExprKind::Binary: case ExprKind::Unary:
    case ExprKind::Compare:
      return true;
    default:
      return false;
  }
}

// The names proven not None where a block ends, if its end is reached (else `reached` is false).
struct End {
  Names live;
  bool reached = true;
};

Names common(const End& a, const End& b) {
  if (!a.reached) return b.live;
  if (!b.reached) return a.live;
  Names out;
  for (const std::string& n : a.live)
    if (b.live.count(n)) out.insert(n);
  return out;
}

class Narrowing {
 public:
  Narrowing(Program& program, Function& f, const Names& rebound) : program_(program), f_(f), rebound_(rebound) {}

  End block(std::vector<StmtPtr>& body, Names live) {
    for (StmtPtr& s : body) {
      if (s->kind == StmtKind::Def) continue;
      if (s->kind != StmtKind::If) {  // an if's test runs first, and its blocks narrow statement by statement
        Names bound;
        bound_by(*s, bound);
        for (const std::string& n : bound) live.erase(n);
      }
      End after = statement(*s, live);
      if (!after.reached) return after;
      live = after.live;
    }
    return End{live, true};
  }

 private:
  Program& program_;
  Function& f_;
  const Names& rebound_;  // globals some function declares global

  bool narrowable(const std::string& name) const {
    return !program_.is_global_in(f_, name) || !rebound_.count(name);
  }

  Names with(Names live, const Names& more) const {
    for (const std::string& n : more)
      if (narrowable(n)) live.insert(n);
    return live;
  }

  // Marks the reads in s; what is proven after it.
  End statement(Stmt& s, const Names& live) {
    for_each_expr(s, [&](Expr& e, Use use) {
      if (use == Use::Read) read(e, live);
      else if (e.kind != ExprKind::Name) for_each_operand(e, [&](Expr& o) { read(o, live); });  // xs[i] = v: xs, i
    });
    switch (s.kind) {
      case StmtKind::Return: case StmtKind::Raise: case StmtKind::Continue: case StmtKind::Break:
        return End{live, false};
      case StmtKind::Assign: {  // x = [] : x is not None below
        Names after = live;
        if (s.targets.size() == 1 && s.targets[0]->kind == ExprKind::Name && never_none(*s.value) &&
            narrowable(s.targets[0]->text))
          after.insert(s.targets[0]->text);
        return End{after, true};
      }
      case StmtKind::If: {
        End then = block(s.body, with(live, proven(*s.value, true)));
        Names otherwise = with(live, proven(*s.value, false));
        End orelse = s.orelse.empty() ? End{otherwise, true} : block(s.orelse, otherwise);
        if (!then.reached && !orelse.reached) return End{live, false};
        return End{common(then, orelse), true};
      }
      case StmtKind::While:
        block(s.body, with(live, proven(*s.value, true)));
        block(s.orelse, live);
        return End{live, true};
      default:
        for_each_block(s, [&](std::vector<StmtPtr>& b) { block(b, live); });
        return End{live, true};
    }
  }

  // Marks the reads in e of the names in live, and of those a test before them in e proves.
  void read(Expr& e, Names live) {
    if (e.kind == ExprKind::Name) {
      if (live.count(e.text)) e.not_none = true;
      return;
    }
    if (e.kind == ExprKind::BoolOp) {
      for (ExprPtr& o : e.operands) {  // a and b: b runs when a was true; a or b: when a was false
        read(*o, live);
        live = with(live, proven(*o, e.bool_op == BoolOpKind::And));
      }
      return;
    }
    if (e.kind == ExprKind::IfExp) {  // body if test else orelse
      read(*e.operands[0], live);
      read(*e.operands[1], with(live, proven(*e.operands[0], true)));
      read(*e.operands[2], with(live, proven(*e.operands[0], false)));
      return;
    }
    for_each_operand(e, [&](Expr& o) { read(o, live); });
  }
};

void declared_global(const std::vector<StmtPtr>& body, Names& out) {
  for (const StmtPtr& s : body) {
    if (s->kind == StmtKind::Global) out.insert(s->names.begin(), s->names.end());
    for_each_block(*s, [&](const std::vector<StmtPtr>& b) { declared_global(b, out); });
  }
}

}  // namespace

void narrow_none_tests(Module& module, Program& program) {
  Names rebound;
  declared_global(module.body, rebound);
  for (Function& f : program.functions) {
    Narrowing n(program, f, rebound);
    n.block(const_cast<std::vector<StmtPtr>&>(f.body(module)), {});
  }
}

}  // namespace kilopy
