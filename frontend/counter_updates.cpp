// Counter.update() and .subtract() as loops (counter_updates.h). CPython's Counter.update(xs)
// adds 1 for each element of xs in order (`self[elem] = count + self_get(elem, 0)`), or each
// count of a mapping; a key not yet counted goes last, as this loop's c[x] += 1 puts it.
#include "frontend/counter_updates.h"

#include "frontend/desugar.h"

namespace kilopy {

namespace {

// A name, or a field of one (self.counts): what the loop may read at each step.
bool plain_receiver(const Expr& e) {
  return e.kind == ExprKind::Name || (e.kind == ExprKind::Attribute && plain_receiver(*e.operands[0]));
}

ExprPtr name(const std::string& text, SourceLoc at) {
  ExprPtr e(new Expr(ExprKind::Name, at));
  e->text = text;
  return e;
}

// The loop for the statement s, `c.update(xs)`.
void make_loop(Stmt& s, bool pairs) {
  Expr& call = *s.value;
  SourceLoc at = call.loc;
  std::string tag = std::string(1, kHiddenSep) + std::to_string(at.line) + kHiddenSep + std::to_string(at.col);
  ExprPtr receiver = std::move(call.callee->operands[0]);
  bool subtract = call.callee->text == "subtract";
  ExprPtr iterable = std::move(call.operands[0]);
  StmtPtr loop(new Stmt(StmtKind::For, at));
  ExprPtr key = name("counted" + tag, at), count = pairs ? name("count" + tag, at) : int_literal(1, at);
  if (pairs) {
    loop->target.reset(new Expr(ExprKind::Tuple, at));
    loop->target->operands.push_back(copy_expr(*key));
    loop->target->operands.push_back(copy_expr(*count));
    ExprPtr items(new Expr(ExprKind::Call, at));
    items->callee.reset(new Expr(ExprKind::Attribute, at));
    items->callee->text = "items";
    items->callee->operands.push_back(std::move(iterable));
    loop->value = std::move(items);
  } else {
    loop->target = copy_expr(*key);
    loop->value = std::move(iterable);
  }
  StmtPtr add(new Stmt(StmtKind::AugAssign, at));
  add->aug_op = subtract ? BinOp::Sub : BinOp::Add;
  add->target.reset(new Expr(ExprKind::Subscript, at));
  add->target->operands.push_back(std::move(receiver));
  add->target->operands.push_back(std::move(key));
  add->value = std::move(count);
  loop->body.push_back(std::move(add));
  s = std::move(*loop);
}

bool rewrite(std::vector<StmtPtr>& body, SourceLoc at, bool pairs) {
  for (StmtPtr& s : body) {
    const Expr* v = s->kind == StmtKind::Expr ? s->value.get() : nullptr;
    if (v && v->kind == ExprKind::Call && v->callee->kind == ExprKind::Attribute && same_place(v->loc, at) &&
        (v->callee->text == "update" || v->callee->text == "subtract") && v->operands.size() == 1 && v->keywords.empty() &&
        !v->starred_arg && plain_receiver(*v->callee->operands[0])) {
      make_loop(*s, pairs);
      return true;
    }
    bool found = false;
    for_each_block(*s, [&](std::vector<StmtPtr>& b) { found = found || rewrite(b, at, pairs); });
    if (found) return true;
  }
  return false;
}

}  // namespace

bool loop_counter_update(Module& module, SourceLoc at, bool pairs) { return rewrite(module.body, at, pairs); }

}  // namespace kilopy
