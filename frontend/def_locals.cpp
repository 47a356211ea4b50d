// The names a def's body binds, for the passes that must tell a local from a module name
// (fnvalues.cpp, call_copies.cpp, class_variables.cpp).
#include "frontend/ast.h"

namespace kilopy {

void bound_names(const std::vector<StmtPtr>& body, std::set<std::string>& bound, std::set<std::string>& globals) {
  for (const StmtPtr& s : body) {
    if (s->kind == StmtKind::Global) globals.insert(s->names.begin(), s->names.end());
    if (s->kind == StmtKind::Def) {
      bound.insert(s->name);
      continue;
    }
    for_each_expr(*s, [&](const Expr& e, Use use) {
      if (use != Use::Read) for_each_target_name(e, [&](const Expr& n) { bound.insert(n.text); });
    });
    for_each_block(*s, [&](const std::vector<StmtPtr>& b) { bound_names(b, bound, globals); });
  }
}

std::set<std::string> def_locals(const Stmt& def) {
  std::set<std::string> bound, globals, out;
  for (const Param& p : def.params) bound.insert(p.name);
  bound_names(def.body, bound, globals);
  for (const std::string& n : bound)
    if (!globals.count(n)) out.insert(n);
  return out;
}

}  // namespace kilopy
