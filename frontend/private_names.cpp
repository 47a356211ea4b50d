// CPython's private name mangling (private_names.h).
#include "frontend/private_names.h"

namespace kilopy {

namespace {

class PrivateNames {
 public:
  explicit PrivateNames(const std::string& cls) {
    size_t start = cls.find_first_not_of('_');
    if (start != std::string::npos) prefix_ = "_" + cls.substr(start);  // a class named only _s mangles nothing
  }

  void block(std::vector<StmtPtr>& body) {
    for (StmtPtr& s : body) statement(*s);
  }

 private:
  std::string prefix_;

  void mangle(std::string& id) const {
    bool dunder_end = id.size() >= 2 && id.compare(id.size() - 2, 2, "__") == 0;
    if (!prefix_.empty() && id.size() > 2 && id.compare(0, 2, "__") == 0 && !dunder_end && id.find('.') == std::string::npos)
      id = prefix_ + id;
  }

  void expr(Expr& e) {
    if (e.kind == ExprKind::Name || e.kind == ExprKind::Attribute) mangle(e.text);
    for (Keyword& k : e.keywords) mangle(k.lambda);  // a key= lambda's parameter (a call's keyword is not mangled)
    for (CompClause& c : e.clauses) {
      if (c.target) expr(*c.target);
      expr(*c.value);
    }
    for_each_operand(e, [&](Expr& o) { expr(o); });
  }

  void statement(Stmt& s) {
    if (s.kind == StmtKind::Def) mangle(s.name);
    for (Param& p : s.params) mangle(p.name);
    for (std::string& n : s.names) mangle(n);  // global, nonlocal
    for_each_child(s, [&](Expr& e, Use) { expr(e); }, [&](std::vector<StmtPtr>& b) { block(b); });
  }
};

}  // namespace

void mangle_private_names(const std::string& cls, std::vector<StmtPtr>& body) { PrivateNames(cls).block(body); }

}  // namespace kilopy
