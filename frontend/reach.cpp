// Dead-function elimination: a def is kept only if a name reachable from the module body
// refers to it, a call or not (so `g = f` is still refused as using a function as a value), and
// a nested def only if its function's statements reach it. Runs on the linked program before
// the checks, so an unused library function is neither type-checked nor generated; a dropped
// def is still checked for what CPython checks when it compiles and runs the def.
#include <algorithm>
#include <map>
#include <set>
#include <vector>

#include "frontend/diagnostic.h"
#include "frontend/link.h"
#include "frontend/program.h"

namespace kilopy {

namespace {

void calls_in(const Expr& e, std::vector<std::string>& out) {
  if (e.kind == ExprKind::Name) out.push_back(e.text);
  for_each_operand(e, [&](const Expr& o) { calls_in(o, out); });
}

// Names used in a block: the module's (its defs left out: they are reached through calls) or a
// function's, with its nested defs (lifted later, whose names only their function's calls
// reach). A raise names its class outside any expression: it reaches the class's defs, so that
// take_classes() refuses an exception class's methods (dropped, its __init__ or __str__ would
// silently not run).
void calls_in(const std::vector<StmtPtr>& body, std::vector<std::string>& out, bool module = false) {
  for (const StmtPtr& s : body) {
    if (s->kind == StmtKind::Raise && !s->names.empty()) out.push_back(s->names[0]);
    if (s->kind != StmtKind::Def || !module)
      for_each_child(*s, [&](const Expr& e, Use) { calls_in(e, out); },
                     [&](const std::vector<StmtPtr>& b) { calls_in(b, out); });
  }
}

// CPython's SyntaxErrors in the body of a def that is dropped, which the checks of the kept
// functions find (scope.cpp, flow.cpp): a break or continue outside a loop, a global statement
// after a use of its name. `assigned` and `used` are the names met so far in the def's scope.
void refuse_syntax_errors(const std::vector<StmtPtr>& body, int loops, const Stmt& def, std::set<std::string>& assigned,
                          std::set<std::string>& used, const std::set<std::string>& classes);

// What CPython checks of a def that runs (its defaults, a call among them; its annotations) and
// compiles (its body), for a def kilopy drops unused.
void check_dropped_def(const Stmt& def, const std::set<std::string>& classes) {
  for (const Param& p : def.params) {
    if (p.annotation) annotation_type(*p.annotation, false, classes);
    if (p.default_value && has_call(*p.default_value))
      throw CompileError(p.default_value->loc, "a default value must be a constant in kilopy: an int, True, False, None, a "
                                               "string, or an int expression of module constants assigned above the def "
                                               "(CPython runs this call when the def runs, though nothing calls the function)");
  }
  if (def.annotation) annotation_type(*def.annotation, true, classes);
  std::set<std::string> assigned, used;
  for (const Param& p : def.params) assigned.insert(p.name);
  refuse_syntax_errors(def.body, 0, def, assigned, used, classes);
}

void refuse_syntax_errors(const std::vector<StmtPtr>& body, int loops, const Stmt& def, std::set<std::string>& assigned,
                          std::set<std::string>& used, const std::set<std::string>& classes) {
  for (const StmtPtr& s : body) {
    if ((s->kind == StmtKind::Break || s->kind == StmtKind::Continue) && loops == 0)
      throw CompileError(s->loc, s->kind == StmtKind::Break ? "'break' outside loop" : "'continue' not properly in loop");
    if (s->kind == StmtKind::Def) {
      assigned.insert(s->name);
      check_dropped_def(*s, classes);
      continue;
    }
    if (s->kind == StmtKind::Global)
      for (const std::string& n : s->names) {
        if (std::any_of(def.params.begin(), def.params.end(), [&](const Param& p) { return p.name == n; }))
          throw CompileError(s->loc, "name '" + n + "' is parameter and global");
        if (used.count(n)) throw CompileError(s->loc, "name '" + n + "' is used prior to global declaration");
        if (assigned.count(n)) throw CompileError(s->loc, "name '" + n + "' is assigned to before global declaration");
      }
    for_each_expr(*s, [&](const Expr& e, Use use) {
      if (use != Use::Read) for_each_target_name(e, [&](const Expr& n) { assigned.insert(n.text); });
      if (use == Use::Write && (e.kind == ExprKind::Name || e.kind == ExprKind::Tuple || e.kind == ExprKind::List))
        return;  // names assigned, not used
      std::vector<std::string> names;
      calls_in(e, names);
      used.insert(names.begin(), names.end());
    });
    const bool loop = s->kind == StmtKind::For || s->kind == StmtKind::While;
    refuse_syntax_errors(s->body, loops + loop, def, assigned, used, classes);
    if (s->kind == StmtKind::Try) refuse_syntax_errors(s->handlers, loops, def, assigned, used, classes);
    refuse_syntax_errors(s->orelse, loops, def, assigned, used, classes);  // a loop's else is outside it
  }
}

// The names body's global statements declare (nested defs apart).
void global_names(const std::vector<StmtPtr>& body, std::set<std::string>& out) {
  for (const StmtPtr& s : body) {
    if (s->kind == StmtKind::Global) out.insert(s->names.begin(), s->names.end());
    if (s->kind != StmtKind::Def) for_each_block(*s, [&](const std::vector<StmtPtr>& b) { global_names(b, out); });
  }
}

// The nested defs directly in a function's body that nothing of the function reaches (its
// other statements, and the nested defs they reach) are dropped as unused top-level ones are,
// then those of each kept def: CPython never runs their bodies, and kilopy could not type
// their outer variables. One whose defaults are not literals stays (the def evaluates them).
void drop_unused_nested_defs(std::vector<StmtPtr>& body, const std::set<std::string>& classes) {
  std::map<std::string, std::vector<const Stmt*>> defs;
  std::vector<std::string> work;
  for (const StmtPtr& s : body) {
    if (s->kind == StmtKind::Def) defs[s->name].push_back(s.get());
    else
      for_each_child(*s, [&](const Expr& e, Use) { calls_in(e, work); }, [&](const std::vector<StmtPtr>& b) { calls_in(b, work); });
  }
  // A def of a name declared global rebinds the module's name: kept, for lift_nested_functions to refuse.
  std::set<std::string> globals;
  global_names(body, globals);
  work.insert(work.end(), globals.begin(), globals.end());
  std::set<std::string> reached;
  while (!work.empty()) {
    std::string name = work.back();
    work.pop_back();
    auto it = defs.find(name);
    if (it == defs.end() || !reached.insert(name).second) continue;
    for (const Stmt* d : it->second) {
      for (const Param& p : d->params)
        if (p.default_value) calls_in(*p.default_value, work);
      calls_in(d->body, work);
    }
  }
  auto literal = [](const Expr& e) {
    return e.kind == ExprKind::Int || e.kind == ExprKind::Bool || e.kind == ExprKind::None || e.kind == ExprKind::Str;
  };
  std::vector<StmtPtr> kept;
  for (StmtPtr& s : body) {
    bool unused = s->kind == StmtKind::Def && !reached.count(s->name);
    for (const Param& p : s->params) unused = unused && (!p.default_value || literal(*p.default_value));
    if (!unused) {
      if (s->kind == StmtKind::Def) drop_unused_nested_defs(s->body, classes);
      kept.push_back(std::move(s));
      continue;
    }
    check_dropped_def(*s, classes);
  }
  body = std::move(kept);
}

}  // namespace

void drop_uncalled_functions(Module& module) {
  std::map<std::string, const Stmt*> defs;
  for (const StmtPtr& s : module.body)
    if (s->kind == StmtKind::Def) defs.emplace(s->name, s.get());
  std::set<std::string> reached;
  std::vector<std::string> work;
  calls_in(module.body, work, true);
  while (!work.empty()) {
    std::string name = work.back();
    work.pop_back();
    for (auto m = defs.lower_bound(name + "."); m != defs.end() && m->first.compare(0, name.size() + 1, name + ".") == 0; ++m)
      work.push_back(m->first);  // a class reaches its methods
    auto it = defs.find(name);
    if (it == defs.end() || !reached.insert(name).second) continue;
    calls_in(it->second->body, work);
  }
  std::set<std::string> classes;
  for (const StmtPtr& s : module.body)
    if (s->kind == StmtKind::Class) classes.insert(s->name);
  std::vector<StmtPtr> kept;
  for (StmtPtr& s : module.body) {
    if (s->kind != StmtKind::Def || reached.count(s->name) || defs.at(s->name) != s.get()) {
      if (s->kind == StmtKind::Def) drop_unused_nested_defs(s->body, classes);
      if (s->kind == StmtKind::Class)
        for (StmtPtr& m : s->body)
          if (m->kind == StmtKind::Def) drop_unused_nested_defs(m->body, classes);
      kept.push_back(std::move(s));
      continue;
    }
    check_dropped_def(*s, classes);  // even in a function never called
  }
  module.body = std::move(kept);
}

}  // namespace kilopy
