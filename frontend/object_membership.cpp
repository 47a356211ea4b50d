// Membership tests by __eq__ (object_membership.h). `x in xs` becomes `F(x, xs)`, `x not in
// xs` `not F(x, xs)`, `xs.count(x)`, `xs.remove(x)` and `xs.index(x)` `F(xs, x)`, with F a function
// of its own (named kBuiltinFunction, then `list_contains`, `list_count`, ..., kHiddenSep, a
// number: a traceback leaves its frame out) parsed from the texts below, each location the
// test's. The operands are evaluated once, in CPython's order.
#include "frontend/object_membership.h"

#include "bytecode/image.h"
#include "frontend/desugar.h"
#include "frontend/parser.h"

namespace kilopy {

namespace {

struct Form {
  const char* name;
  const char* text;
};
constexpr Form kIn = {"list_contains",
                      "def F(x, xs):\n"
                      "    for e in xs:\n"
                      "        if e is x or e == x:\n"
                      "            return True\n"
                      "    return False\n"};
constexpr Form kCount = {"list_count",
                         "def F(xs, x):\n"
                         "    n = 0\n"
                         "    for e in xs:\n"
                         "        if e is x or e == x:\n"
                         "            n += 1\n"
                         "    return n\n"};
constexpr Form kRemove = {"list_remove",
                          "def F(xs, x):\n"
                          "    i = 0\n"
                          "    while i < len(xs):\n"
                          "        e = xs[i]\n"
                          "        if e is x or e == x:\n"
                          "            del xs[i]\n"
                          "            return\n"
                          "        i += 1\n"
                          "    raise ValueError(\"list.remove(x): x not in list\")\n"};
constexpr Form kIndex = {"list_index",
                         "def F(xs, x):\n"
                         "    i = 0\n"
                         "    while i < len(xs):\n"
                         "        e = xs[i]\n"
                         "        if e is x or e == x:\n"
                         "            return i\n"
                         "        i += 1\n"
                         "    raise ValueError(repr(x) + \" is not in list\")\n"};

// The form of the test at `at` in e: `x in xs`, `x not in xs`, `xs.count(x)`, `xs.remove(x)`,
// `xs.index(x)`; null if it is not there.
const Form* form_at(const Expr& e, SourceLoc at) {
  if (e.kind == ExprKind::Compare && e.cmp_ops.size() == 1 && same_place(e.op_loc, at) &&
      (e.cmp_ops[0] == CmpOp::In || e.cmp_ops[0] == CmpOp::NotIn))
    return &kIn;
  if (e.kind != ExprKind::Call || e.callee->kind != ExprKind::Attribute || !same_place(e.callee->loc, at) ||
      e.operands.size() != 1 || !e.keywords.empty())
    return nullptr;
  const std::string& m = e.callee->text;
  return m == "count" ? &kCount : m == "remove" ? &kRemove : m == "index" ? &kIndex : nullptr;
}

// The test at `at` in the slot (at any depth) becomes the call of its function, named f_name
// (its form's name, then the number); the form, or null if the test is not there.
const Form* make_call(ExprPtr& slot, SourceLoc at, const std::string& number) {
  const Form* found = nullptr;
  for_each_operand_slot(*slot, [&](ExprPtr& o) { found = found ? found : make_call(o, at, number); });
  Expr& e = *slot;
  const Form* form = found ? nullptr : form_at(e, at);
  if (!form) return found;
  ExprPtr call(new Expr(ExprKind::Call, e.loc));
  call->callee.reset(new Expr(ExprKind::Name, at));
  call->callee->text = kBuiltinFunction + std::string(form->name) + number;
  if (form != &kIn) call->operands.push_back(std::move(e.callee->operands[0]));  // xs first
  for (ExprPtr& o : e.operands) call->operands.push_back(std::move(o));
  if (form == &kIn && e.cmp_ops[0] == CmpOp::NotIn) {
    ExprPtr negated(new Expr(ExprKind::Unary, call->loc));
    negated->unary_op = UnaryOp::Not;
    negated->op_loc = at;
    negated->operands.push_back(std::move(call));
    call = std::move(negated);
  }
  slot = std::move(call);
  return form;
}

const Form* make_call(std::vector<StmtPtr>& body, SourceLoc at, const std::string& number) {
  const Form* found = nullptr;
  for (StmtPtr& s : body)
    for_each_child_slot(*s, [&](ExprPtr& e, Use) { found = found ? found : make_call(e, at, number); },
                        [&](std::vector<StmtPtr>& b) { found = found ? found : make_call(b, at, number); });
  return found;
}

}  // namespace

bool call_membership_loop(Module& module, SourceLoc at) {
  size_t made = 0;  // the functions made before this one
  for (const StmtPtr& s : module.body) made += s->kind == StmtKind::Def && s->name.rfind(kBuiltinFunction, 0) == 0;
  std::string number = std::string(1, kHiddenSep) + std::to_string(made + 1);
  const Form* form = make_call(module.body, at, number);
  if (!form) return false;
  Module parsed = parse_module(module.filename, form->text);
  for (StmtPtr& s : parsed.body) {
    pin_locations(*s, at);
    s->name = kBuiltinFunction + std::string(form->name) + number;
  }
  module.body.insert(module.body.begin(), std::make_move_iterator(parsed.body.begin()),
                     std::make_move_iterator(parsed.body.end()));
  return true;
}

}  // namespace kilopy
