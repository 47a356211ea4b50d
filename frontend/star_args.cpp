// `*args` parameters (star_args.h). `def f(a, *rest, sep=" ")` becomes `def f(a, rest, sep=" ")`
// and each call `f(1, 2, 3)` the call `f(1, rest=tuple([2, 3]))` (its text kRestTuple), so rest
// is a tuple[T, ...] of the arguments after a, evaluated where CPython evaluates them;
// `f(1, *xs)` passes `rest=tuple(xs)`.
#include "frontend/star_args.h"

#include <map>

#include "frontend/diagnostic.h"

namespace kilopy {

namespace {

struct Rest {
  size_t index;      // of the *args parameter
  std::string name;  // its name
};

// Refuses a *args parameter of a def that is no function of the module's top level.
void refuse_nested(const std::vector<StmtPtr>& body, bool top) {
  for (const StmtPtr& s : body) {
    if (s->kind == StmtKind::Def)
      for (const Param& p : s->params)
        if (p.collects_rest && (!top || s->name.find('.') != std::string::npos))
          throw CompileError(p.loc, std::string("a *") + p.name + " parameter of a " +
                                        (top ? "method" : "nested function") + " is not supported in kilopy: take a tuple "
                                        "(def f(self, " + p.name + ")) and pass one (f((a, b)))");
    for_each_block(*s, [&](const std::vector<StmtPtr>& b) { refuse_nested(b, false); });
  }
}

ExprPtr rest_tuple(ExprPtr argument, SourceLoc at) {
  ExprPtr call(new Expr(ExprKind::Call, at));
  call->text = kRestTuple;
  call->callee.reset(new Expr(ExprKind::Name, at));
  call->callee->text = "tuple";
  call->operands.push_back(std::move(argument));
  return call;
}

void pack(Expr& e, const std::map<std::string, Rest>& rests) {
  for_each_operand(e, [&](Expr& o) { pack(o, rests); });
  if (e.kind != ExprKind::Call || e.callee->kind != ExprKind::Name || !rests.count(e.callee->text)) return;
  const Rest& r = rests.at(e.callee->text);
  for (const Keyword& k : e.keywords)
    if (k.name == r.name)
      throw CompileError(k.loc, "TypeError: " + e.callee->text + "() got an unexpected keyword argument '" + r.name + "'");
  SourceLoc at = r.index < e.operands.size() ? e.operands[r.index]->loc : e.loc;
  ExprPtr rest;
  if (!e.starred.empty()) {
    if (e.starred != std::set<size_t>{r.index} || e.operands.size() != r.index + 1)
      throw CompileError(e.loc, "kilopy passes *xs to a *" + r.name + " parameter only as the one argument after the others "
                                "(f(a, *xs)): build the tuple first");
    rest = rest_tuple(std::move(e.operands[r.index]), at);
    e.starred.clear();
    e.starred_arg = false;
  } else {
    ExprPtr list(new Expr(ExprKind::List, at));
    for (size_t i = r.index; i < e.operands.size(); ++i) list->operands.push_back(std::move(e.operands[i]));
    rest = rest_tuple(std::move(list), at);
  }
  if (e.operands.size() > r.index) e.operands.resize(r.index);
  Keyword k;
  k.name = r.name;
  k.loc = at;
  k.value = std::move(rest);
  e.keywords.insert(e.keywords.begin(), std::move(k));
}

void pack(std::vector<StmtPtr>& body, const std::map<std::string, Rest>& rests) {
  for (StmtPtr& s : body)
    for_each_child(*s, [&](Expr& e, Use) { pack(e, rests); }, [&](std::vector<StmtPtr>& b) { pack(b, rests); });
}

}  // namespace

void pack_rest_arguments(Module& module) {
  refuse_nested(module.body, true);
  std::map<std::string, Rest> rests;
  for (StmtPtr& s : module.body)
    if (s->kind == StmtKind::Def)
      for (size_t i = 0; i < s->params.size(); ++i)
        if (s->params[i].collects_rest) {
          rests[s->name] = Rest{i, s->params[i].name};
          s->params[i].collects_rest = false;
        }
  if (!rests.empty()) pack(module.body, rests);
}

}  // namespace kilopy
