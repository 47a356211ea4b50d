// `except E as e` in a function that also uses e as a variable (`for e in edges`, a parameter
// e): CPython binds the handler's e to the exception and unbinds it when the handler ends, so
// after the handler e has no value until it is assigned again. kilopy's e is the exception's
// str() (types.cpp bound_exception), another type, so the handler's e becomes a variable of its
// own, `e` kDefSep `000000n` (shown as e: link.h), and the handler unbinds the other at its
// start: no statement of the handler reads it, and a break, a return or an exception leaving
// the handler finds it unbound as CPython's end of the handler leaves it. So does a handler
// binding e inside one that binds it: after it, the outer one's e is unbound.
#include "frontend/exception_names.h"

#include <algorithm>
#include <map>
#include <set>
#include <string>

#include "frontend/link.h"

namespace kilopy {

namespace {

// How a scope's statements (nested defs and classes apart) meet a name that a handler binds.
struct Uses {
  bool bound = false;    // bound outside the handlers that bind it (a read alone is the exception's, after its handler)
  bool nested = false;   // bound by a handler inside one that binds it (whose end unbinds the outer one's)
  bool declared = false; // declared global
  bool closure = false;  // mentioned by a nested def or class (it may read the handler's e)
};

void uses_of(const std::vector<StmtPtr>& body, const std::string& n, bool in_handler, Uses& u) {
  for (const StmtPtr& s : body) {
    if (s->kind == StmtKind::Def || s->kind == StmtKind::Class) {
      std::set<std::string> own, globals;  // a def's own variables (its e is not the scope's)
      for (const Param& p : s->params) own.insert(p.name);
      if (s->kind == StmtKind::Def) bound_names(s->body, own, globals);
      for (const Param& p : s->params) u.closure = u.closure || (p.default_value && mentions(*p.default_value, n));
      u.closure = u.closure || s->name == n || ((!own.count(n) || globals.count(n)) && reads_name(s->body, n));
      continue;
    }
    if (s->kind == StmtKind::Global && std::count(s->names.begin(), s->names.end(), n)) u.declared = true;
    if (std::count(s->aliases.begin(), s->aliases.end(), n)) u.bound = true;
    const bool binds = s->kind == StmtKind::Except && s->target && s->target->text == n;
    u.nested = u.nested || (binds && in_handler);
    for_each_child(*s, [&](const Expr& x, Use use) {
      if (in_handler || use == Use::Read || (binds && &x == s->target.get())) return;
      for_each_target_name(x, [&](const Expr& t) { u.bound = u.bound || t.text == n; });
    }, [&](const std::vector<StmtPtr>& b) { uses_of(b, n, in_handler || binds, u); });
  }
}

class ExceptionNames {
 public:
  // The module body, then every def at any depth (methods, nested defs).
  void module(std::vector<StmtPtr>& body) {
    scope(body, {});
    defs(body);
  }

 private:
  unsigned count_ = 0;

  void defs(std::vector<StmtPtr>& body) {
    for (StmtPtr& s : body) {
      if (s->kind == StmtKind::Def) scope(s->body, s->params);
      for_each_block(*s, [&](std::vector<StmtPtr>& b) { defs(b); });
    }
  }

  static void handler_names(const std::vector<StmtPtr>& body, std::set<std::string>& out) {
    for (const StmtPtr& s : body) {
      if (s->kind == StmtKind::Def || s->kind == StmtKind::Class) continue;
      if (s->kind == StmtKind::Except && s->target) out.insert(s->target->text);
      for_each_block(*s, [&](const std::vector<StmtPtr>& b) { handler_names(b, out); });
    }
  }

  void scope(std::vector<StmtPtr>& body, const std::vector<Param>& params) {
    std::set<std::string> names;
    handler_names(body, names);
    for (const std::string& n : names) {
      Uses u;
      uses_of(body, n, false, u);
      bool param = std::any_of(params.begin(), params.end(), [&](const Param& p) { return p.name == n; });
      if ((u.bound || u.nested || param) && !u.declared && !u.closure) rename(body, n, n);
    }
  }

  // Each handler binding n gets a name of its own, which the names n of its body become; it
  // unbinds what n was outside it (n, or an enclosing handler's name).
  void rename(std::vector<StmtPtr>& body, const std::string& n, const std::string& to) {
    const std::map<std::string, std::string> renamed = {{n, to}};
    for (StmtPtr& s : body) {
      if (s->kind == StmtKind::Def || s->kind == StmtKind::Class) continue;
      std::string inner = to;
      if (s->kind == StmtKind::Except && s->target && s->target->text == n) {
        inner = n + kDefSep + "000000" + std::to_string(++count_);
        s->target->text = inner;
        s->unbinds = to;
      }
      for_each_child(*s, [&](Expr& x, Use) {
        if (&x != s->target.get() || s->kind != StmtKind::Except) rename_names(x, renamed);
      }, [&](std::vector<StmtPtr>& b) { rename(b, n, inner); });
    }
  }
};

}  // namespace

void separate_exception_names(Module& module) { ExceptionNames().module(module.body); }

}  // namespace kilopy
