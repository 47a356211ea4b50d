// A def's list, dict and set defaults as module variables: see shared_defaults.h.
#include "frontend/shared_defaults.h"

#include "frontend/link.h"

namespace kilopy {

namespace {

constexpr const char* kDefaultTag = "default";

// True if e is a constant: an int (maybe negated), a str, a bool or None.
bool constant(const Expr& e) {
  switch (e.kind) {
    case ExprKind::Int: case ExprKind::Str: case ExprKind::Bool: case ExprKind::None: return true;
    case ExprKind::Unary: return e.unary_op == UnaryOp::Neg && e.operands[0]->kind == ExprKind::Int;
    default: return false;
  }
}

// True if e is a list, dict or set display whose elements are constants ([] and {} too), or
// list(), dict() or set().
bool mutable_display(const Expr& e) {
  if (e.kind == ExprKind::Call && e.callee->kind == ExprKind::Name && e.operands.empty() && e.keywords.empty())
    return e.callee->text == "list" || e.callee->text == "dict" || e.callee->text == "set";
  if (e.kind != ExprKind::List && e.kind != ExprKind::Dict && e.kind != ExprKind::Set) return false;
  for (const ExprPtr& o : e.operands)
    if (!constant(*o)) return false;
  return true;
}

class SharedDefaults {
 public:
  void block(std::vector<StmtPtr>& body) {
    std::vector<StmtPtr> out;
    for (StmtPtr& s : body) {
      if (s->kind == StmtKind::Def) defaults(*s, out);
      if (s->kind == StmtKind::Class)
        for (StmtPtr& m : s->body)
          if (m->kind == StmtKind::Def) defaults(*m, out);
      out.push_back(std::move(s));
    }
    body = std::move(out);
  }

 private:
  unsigned count_ = 0;

  // `name = display` into `before` for each parameter of def with a mutable display as its
  // default, which becomes `name`.
  void defaults(Stmt& def, std::vector<StmtPtr>& before) {
    for (Param& p : def.params) {
      if (!p.default_value || !mutable_display(*p.default_value)) continue;
      SourceLoc at = p.default_value->loc;
      std::string name = p.name + kDefSep + kDefaultTag + std::to_string(++count_);
      StmtPtr assign = std::make_unique<Stmt>(StmtKind::Assign, at);
      assign->targets.push_back(std::make_unique<Expr>(ExprKind::Name, at));
      assign->targets.back()->text = name;
      assign->value = std::move(p.default_value);
      before.push_back(std::move(assign));
      p.default_value = std::make_unique<Expr>(ExprKind::Name, at);
      p.default_value->text = name;
    }
  }
};

}  // namespace

void share_mutable_defaults(Module& module) { SharedDefaults().block(module.body); }

bool is_shared_default(const std::string& name) {
  size_t sep = name.rfind(kDefSep);
  return sep != std::string::npos && name.compare(sep + 1, std::string(kDefaultTag).size(), kDefaultTag) == 0;
}

}  // namespace kilopy
