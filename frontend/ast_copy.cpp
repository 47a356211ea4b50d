// Deep copies of the syntax tree (frontend/ast.h): every field, types and flags included.
#include "frontend/ast.h"

namespace kilopy {

namespace {

ExprPtr copy_or_null(const ExprPtr& e) { return e ? copy_expr(*e) : nullptr; }

}  // namespace

ExprPtr copy_expr(const Expr& e) {
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
  for (const ExprPtr& o : e.operands) c->operands.push_back(copy_expr(*o));
  c->callee = copy_or_null(e.callee);
  for (const Keyword& k : e.keywords) {
    c->keywords.emplace_back();
    c->keywords.back().name = k.name;
    c->keywords.back().value = copy_expr(*k.value);
    c->keywords.back().loc = k.loc;
    c->keywords.back().lambda = k.lambda;
  }
  c->starred_arg = e.starred_arg;
  c->starred_target = e.starred_target;
  c->starred = e.starred;
  for (const CompClause& k : e.clauses) {
    c->clauses.emplace_back();
    c->clauses.back().target = copy_or_null(k.target);
    c->clauses.back().value = copy_expr(*k.value);
  }
  c->format = e.format;
  c->type = e.type;
  c->check_assigned = e.check_assigned;
  c->free_read = e.free_read;
  c->not_none = e.not_none;
  c->narrow_class = e.narrow_class;
  c->formats_late = e.formats_late;
  c->exception_args = e.exception_args;
  c->none_attribute = e.none_attribute;
  c->method = e.method;
  c->dispatch = e.dispatch;
  c->shown_reprs = e.shown_reprs;
  c->last_read = e.last_read;
  return c;
}

StmtPtr copy_stmt(const Stmt& s) {
  StmtPtr c(new Stmt(s.kind, s.loc));
  for (const ExprPtr& t : s.targets) c->targets.push_back(copy_expr(*t));
  c->target = copy_or_null(s.target);
  c->aug_op = s.aug_op;
  c->value = copy_or_null(s.value);
  c->msg = copy_or_null(s.msg);
  for (const StmtPtr& b : s.body) c->body.push_back(copy_stmt(*b));
  for (const StmtPtr& b : s.orelse) c->orelse.push_back(copy_stmt(*b));
  for (const StmtPtr& b : s.handlers) c->handlers.push_back(copy_stmt(*b));
  c->name = s.name;
  c->finally_clause = s.finally_clause;
  c->unbinds = s.unbinds;
  c->order_free = s.order_free;
  c->decorator = s.decorator;
  for (const Param& p : s.params) {
    c->params.emplace_back();
    Param& q = c->params.back();
    q.name = p.name;
    q.default_value = copy_or_null(p.default_value);
    q.annotation = copy_or_null(p.annotation);
    q.keyword_only = p.keyword_only;
    q.positional_only = p.positional_only;
    q.made_by_factory = p.made_by_factory;
    q.collects_rest = p.collects_rest;
    q.loc = p.loc;
  }
  c->annotation = copy_or_null(s.annotation);
  c->names = s.names;
  c->aliases = s.aliases;
  c->name_locs = s.name_locs;
  c->module_loc = s.module_loc;
  return c;
}

}  // namespace kilopy
