// Lists of "int or None" elements (types.cpp boxed_list: [None] * n, then xs[i] = 3): in the VM
// a list of Box references (or 0 for None), where every other list of ints holds the ints. Only
// the uses below read it as such; any other (sum(), ==, in, sort(), a list of such lists, ...)
// would read references as ints, and is refused.
#include <string>

#include "frontend/diagnostic.h"
#include "frontend/program.h"

namespace kilopy {

namespace {

bool boxed_list(const Type& t) { return t.is_boxed_list(); }

// Refuses `what` (a phrase naming the use) of o, a boxed list.
[[noreturn]] void refuse(const Expr& o, const std::string& what) {
  throw CompileError(o.loc, what + " a list whose elements may be None is not supported in kilopy (it takes one in "
                                   "indexing, slices, for loops, len(), print(), str(), f-strings, append(), insert(), "
                                   "pop(), copy(), clear(), reverse(), * n, extend(), += and + with another such list, "
                                   "and as a name, field, parameter or result): loop over its elements, testing each for None");
}

class BoxedListUses {
 public:
  explicit BoxedListUses(const Program& program) : program_(program) {}

  void block(const std::vector<StmtPtr>& body) {
    for (const StmtPtr& s : body) statement(*s);
  }

 private:
  const Program& program_;

  void statement(const Stmt& s) {
    switch (s.kind) {
      case StmtKind::Assign:
        for (const ExprPtr& t : s.targets) assigned(*t, *s.value);
        break;
      case StmtKind::AugAssign:
        if (boxed_list(s.target->type) || boxed_list(s.value->type)) {
          bool extend = s.aug_op == BinOp::Add && boxed_list(s.target->type) && boxed_list(s.value->type);
          bool repeat = s.aug_op == BinOp::Mul && boxed_list(s.target->type) && !boxed_list(s.value->type);
          if (!extend && !repeat) refuse(*s.value, "this augmented assignment with");
        }
        break;
      case StmtKind::Yield:
        if (s.value && boxed_list(s.value->type)) refuse(*s.value, "yielding");
        break;
      default:
        break;
    }
    for_each_child(s, [&](const Expr& e, Use) { expr(e); }, [&](const std::vector<StmtPtr>& b) {
      if (s.kind != StmtKind::Def) block(b);
    });
  }

  // target = value: a boxed list kept in a name or a field, or its slice stored into one.
  void assigned(const Expr& target, const Expr& value) {
    bool slice = target.kind == ExprKind::Subscript && target.operands.size() == 2 &&
                 target.operands[1]->kind == ExprKind::Slice;
    if (slice && boxed_list(target.operands[0]->type) != boxed_list(value.type))
      refuse(value, "storing a list of ints into a slice of, or the reverse with,");
    if (!boxed_list(value.type) || slice) return;
    if (target.kind == ExprKind::Name || target.kind == ExprKind::Attribute ||
        (target.kind == ExprKind::Subscript && !target.text.empty()))  // a field
      return;
    refuse(value, target.kind == ExprKind::Subscript ? "an element of a list or dict that is" : "unpacking");
  }

  void expr(const Expr& e) {
    if (e.kind == ExprKind::Call) {  // its receiver and arguments: call(); their parts: here
      call(e);
      if (e.callee->kind == ExprKind::Attribute) expr(*e.callee->operands[0]);
      for (const ExprPtr& a : e.operands) expr(*a);
      for (const Keyword& k : e.keywords) expr(*k.value);
      return;
    }
    size_t i = 0;
    for_each_operand(e, [&](const Expr& o) {
      if (boxed_list(o.type)) operand(e, o, i);
      ++i;
      expr(o);
    });
  }

  // o, a boxed list, the operand at `index` (for_each_operand's order) of e, no call.
  void operand(const Expr& e, const Expr& o, size_t index) {
    switch (e.kind) {
      case ExprKind::Subscript:
        if (index == 0) return;  // xs[i], xs[a:b]
        break;
      case ExprKind::Compare:
        if (e.cmp_ops.size() == 1 && (e.cmp_ops[0] == CmpOp::Is || e.cmp_ops[0] == CmpOp::IsNot ||
                                      ((e.cmp_ops[0] == CmpOp::Eq || e.cmp_ops[0] == CmpOp::NotEq) &&
                                       (e.operands[0]->kind == ExprKind::None || e.operands[1]->kind == ExprKind::None))))
          return;  // xs is None
        refuse(o, "comparing (==, <, in)");
      case ExprKind::Binary: {
        const Expr& other = *e.operands[1 - index];
        if (e.bin_op == BinOp::Add && boxed_list(other.type)) return;
        if (e.bin_op == BinOp::Mul && !boxed_list(other.type) && !other.type.is_seq()) return;
        refuse(o, "this operator on");
      }
      case ExprKind::BoolOp:
      case ExprKind::IfExp:
      case ExprKind::Format:
      case ExprKind::Unbox:
        return;
      case ExprKind::Unary:
        if (e.unary_op == UnaryOp::Not) return;
        break;
      default:
        break;
    }
    refuse(o, e.kind == ExprKind::List || e.kind == ExprKind::Tuple || e.kind == ExprKind::Dict || e.kind == ExprKind::Set
                  ? "a container holding" : "this use of");
  }

  // A call with a boxed list as its receiver or an argument.
  void call(const Expr& e) {
    bool method = e.callee->kind == ExprKind::Attribute;
    const Expr* receiver = method ? e.callee->operands[0].get() : nullptr;
    const std::string& m = e.callee->text;
    if (receiver && boxed_list(receiver->type)) {
      static const char* const kept[] = {"append", "insert", "pop", "clear", "reverse", "copy", "extend"};
      bool ok = false;
      for (const char* k : kept) ok = ok || m == k;
      if (m == "extend" && !e.operands.empty() && !boxed_list(e.operands[0]->type)) ok = false;
      if (!ok) refuse(*receiver, m + "() of");
    }
    for (const ExprPtr& a : e.operands) {
      if (!boxed_list(a->type)) continue;
      if (method ? (receiver->type.is_object() || (boxed_list(receiver->type) && m == "extend")) : user_function(m)) continue;
      static const char* const builtins[] = {"len", "print", "str", "repr", "enumerate", "reversed", "zip", "list"};
      bool ok = false;
      for (const char* b : builtins) ok = ok || (!method && m == b);
      if (!ok || e.starred_arg) refuse(*a, m + "() of");
    }
    for (const Keyword& k : e.keywords)
      if (boxed_list(k.value->type) && !user_function(m)) refuse(*k.value, m + "() of");
  }

  bool user_function(const std::string& name) const { return program_.find_function(name) != nullptr; }
};

}  // namespace

void check_boxed_list_uses(const Program& program) {
  for (const Function& f : program.functions) BoxedListUses(program).block(f.body(*program.module));
}

}  // namespace kilopy
