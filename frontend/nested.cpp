// Nested functions (docs/language.md, "Nested functions"), lifted to the top level: a def at
// the top of a function's body becomes a function of its own, named `outer` kModuleSep `inner`
// (shown as outer.inner, `inner` in tracebacks), and the variables of the outer function it reads
// become keyword-only parameters that each call passes (`helper(x)` -> `helper(x, rate=rate)`).
// A closure reads a variable's value at the time of its call, and only the outer function can
// change that value (a variable declared nonlocal is a cell, nonlocal.h), so passing it with each
// call is the same. A nested function used as a value is an object already (closures.h); the
// others may only be called, after their def (from the outer function's later statements, itself,
// or nested functions defined after it).
#include "frontend/nested.h"

#include <algorithm>
#include <map>
#include <set>

#include "frontend/diagnostic.h"
#include "frontend/link.h"

namespace kilopy {

namespace {

using Names = std::set<std::string>;

// Every expression of body, statements nested in it included (a nested def's body too).
template <class F>
void each_expr(std::vector<StmtPtr>& body, F&& f) {
  for (StmtPtr& s : body)
    for_each_child(*s, [&](Expr& e, Use use) { f(e, use); }, [&](std::vector<StmtPtr>& b) { each_expr(b, f); });
}

template <class F>
void each_subexpr(Expr& e, F&& f) {
  f(e);
  for_each_operand(e, [&](Expr& o) { each_subexpr(o, f); });
}

struct Nested {
  Stmt* def;
  size_t index;                    // its place in the outer body
  std::vector<std::string> reads;  // the outer variables it reads, in order of first read
  Names calls;                     // the nested functions it calls
  Names own;                       // the names it binds: its parameters and variables
};

void lift(Stmt& outer, std::vector<StmtPtr>& lifted) {
  Names outer_vars, outer_globals;
  for (const Param& p : outer.params) outer_vars.insert(p.name);
  bound_names(outer.body, outer_vars, outer_globals);
  for (const std::string& g : outer_globals) outer_vars.erase(g);

  std::map<std::string, Nested> nested;
  for (size_t i = 0; i < outer.body.size(); ++i) {
    Stmt& s = *outer.body[i];
    if (s.kind != StmtKind::Def) continue;
    if (outer_globals.count(s.name))
      throw CompileError(s.loc, "this def rebinds the global '" + s.name + "' (declared global in " + outer.name +
                                    "()): kilopy does not replace a module-level function at run time; give the new "
                                    "function its own name at module level and call that");
    if (nested.count(s.name))
      throw CompileError(s.loc, "nested function '" + s.name + "' is defined twice in " + outer.name +
                                    "(): kilopy takes one def of a nested function; rename one");
    nested[s.name] = Nested{&s, i, {}, {}, {}};
  }
  if (nested.empty()) return;

  // What each nested function reads of the outer function, and which of its siblings it calls.
  for (auto& entry : nested) {
    Nested& n = entry.second;
    Names& own = n.own;
    Names globals;
    for (const Param& p : n.def->params) own.insert(p.name);
    bound_names(n.def->body, own, globals);
    for (StmtPtr& s : n.def->body)
      if (s->kind == StmtKind::Def)
        throw CompileError(s->loc, "functions nest one level deep in kilopy: define '" + s->name + "' beside '" +
                                       n.def->name + "' in " + outer.name + "()");
    each_expr(n.def->body, [&](Expr& top, Use) {
      each_subexpr(top, [&](Expr& e) {
        if (e.kind != ExprKind::Name || own.count(e.text) || globals.count(e.text)) return;
        if (nested.count(e.text)) n.calls.insert(e.text);
        else if (outer_vars.count(e.text) &&
                 std::find(n.reads.begin(), n.reads.end(), e.text) == n.reads.end())
          n.reads.push_back(e.text);
      });
    });
  }
  // A call passes what the callee's callees read too.
  for (bool changed = true; changed;) {
    changed = false;
    for (auto& entry : nested)
      for (const std::string& c : entry.second.calls)
        for (const std::string& r : nested.at(c).reads)
          if (entry.second.own.count(r))
            throw CompileError(entry.second.def->loc, "'" + entry.first + "' has a variable '" + r + "' of its own, and calls '" +
                                                          c + "', which reads " + outer.name + "()'s '" + r +
                                                          "': kilopy cannot pass that one along; rename one of them");
          else if (std::find(entry.second.reads.begin(), entry.second.reads.end(), r) == entry.second.reads.end()) {
            entry.second.reads.push_back(r);
            changed = true;
          }
  }

  // Every use is a direct call after the def: rename it and pass the variables read.
  const std::string prefix = outer.name + kModuleSep;
  auto rewrite = [&](std::vector<StmtPtr>& body, size_t at, const Nested* caller) {
    each_expr(body, [&](Expr& top, Use) {
      std::set<const Expr*> callees;
      each_subexpr(top, [&](Expr& e) {
        if (e.kind == ExprKind::Call && e.callee->kind == ExprKind::Name) callees.insert(e.callee.get());
      });
      each_subexpr(top, [&](Expr& e) {
        if (e.kind == ExprKind::Name && nested.count(e.text) && !callees.count(&e))
          throw CompileError(e.loc, "nested function '" + e.text + "' is used as a value, and kilopy makes it a closure "
                                    "only where " + outer.name + "() assigns each variable it reads before its def "
                                    "on every path to it (as a parameter or an assignment) and none after it, and it is "
                                    "neither recursive nor decorated, calls no other nested function and has constant "
                                    "defaults: assign those variables before the def, or call it, or define it at the "
                                    "top level");
        if (e.kind != ExprKind::Call || e.callee->kind != ExprKind::Name || !nested.count(e.callee->text)) return;
        const Nested& callee = nested.at(e.callee->text);
        size_t from = caller ? caller->index : at;
        if (from < callee.index || (from == callee.index && caller != &callee))
          throw CompileError(e.loc, "'" + e.callee->text + "' is called before its def in " + outer.name +
                                        "(): define a nested function before the code that calls it");
        for (const std::string& r : callee.reads) {
          Keyword k;
          k.name = r;
          k.loc = e.loc;
          k.value.reset(new Expr(ExprKind::Name, e.loc));
          k.value->text = r;
          k.value->free_read = true;  // the nested def's read
          e.keywords.push_back(std::move(k));
        }
        e.callee->text = prefix + e.callee->text;
      });
    });
  };
  for (size_t i = 0; i < outer.body.size(); ++i) {
    std::vector<StmtPtr> one;
    one.push_back(std::move(outer.body[i]));
    if (one[0]->kind == StmtKind::Def && nested.count(one[0]->name)) {
      const Nested& n = nested.at(one[0]->name);
      rewrite(one[0]->body, i, &n);
    } else {
      rewrite(one, i, nullptr);
    }
    outer.body[i] = std::move(one[0]);
  }
  // Lift them, in order, with the variables they read as keyword-only parameters.
  std::vector<StmtPtr> kept;
  for (StmtPtr& s : outer.body) {
    if (s->kind != StmtKind::Def || !nested.count(s->name)) {
      kept.push_back(std::move(s));
      continue;
    }
    for (const std::string& r : nested.at(s->name).reads) {
      Param p;
      p.name = r;
      p.loc = s->loc;
      p.keyword_only = true;
      s->params.push_back(std::move(p));
    }
    s->name = prefix + s->name;
    lifted.push_back(std::move(s));
  }
  if (kept.empty()) kept.emplace_back(new Stmt(StmtKind::Pass, outer.loc));
  outer.body = std::move(kept);
}

}  // namespace

void lift_nested_functions(Module& module) {
  std::vector<StmtPtr> body;
  for (StmtPtr& s : module.body) {
    std::vector<StmtPtr> lifted;
    if (s->kind == StmtKind::Def) lift(*s, lifted);
    for (StmtPtr& l : lifted) body.push_back(std::move(l));
    body.push_back(std::move(s));
  }
  module.body = std::move(body);
}

}  // namespace kilopy
