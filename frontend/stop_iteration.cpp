// PEP 479: a StopIteration that leaves a generator (a generator function's body, a generator
// expression's element, condition or inner iterables, the function map() or filter() calls) is
// CPython's RuntimeError("generator raised StopIteration"). kilopy inlines generators into the
// loops that consume them, where it would stay a StopIteration that the consumer's
// `except StopIteration` catches: such code is refused. What may raise it: `raise
// StopIteration`, next() without a default (desugar.cpp lowers next(iter(xs)) to a raise), and a
// call of a function of the program that may, unless a `try` around it catches StopIteration;
// where such a function is also a value (a callback, `f = check`, a list of functions), a call
// through a name that is no def, class or builtin, or through an element.
#include "frontend/stop_iteration.h"

#include <set>
#include <string>

#include "frontend/builtins.h"
#include "frontend/diagnostic.h"
#include "frontend/link.h"

namespace kilopy {

namespace {

using Names = std::set<std::string>;

// Every def of body: top-level defs and methods (`C.m`) and the defs nested in them; the names
// the defs and classes bind go to `callables`.
void defs_in(const std::vector<StmtPtr>& body, std::vector<const Stmt*>& out, Names& callables) {
  for (const StmtPtr& s : body) {
    if (s->kind == StmtKind::Def) out.push_back(s.get());
    if (s->kind == StmtKind::Def || s->kind == StmtKind::Class) callables.insert(s->name);
    for_each_block(*s, [&](const std::vector<StmtPtr>& b) { defs_in(b, out, callables); });
  }
}

// The functions that may let a StopIteration out, by name (a nested one's name as written:
// over all functions, as a call by that name may reach any of them).
class StopRaisers {
 public:
  explicit StopRaisers(const std::vector<StmtPtr>& module_body) {
    std::vector<const Stmt*> defs;
    defs_in(module_body, defs, callables_);
    for (bool changed = true; changed;) {
      changed = false;
      for (const Stmt* s : defs)
        if (!raisers_.count(s->name) && block_raises(s->body)) {
          raisers_.insert(s->name);
          changed = true;
        }
    }
    for (const std::string& r : raisers_) {
      size_t dot = r.rfind('.');
      special_ = special_ || (dot != std::string::npos && r.compare(dot + 1, 2, "__") == 0 && r.substr(dot + 1) != "__init__");
    }
    if (!raisers_.empty()) values_in(module_body);
  }

  // True if a special method (other than __init__) may raise StopIteration: then so may any
  // statement of a generator but a plain one (refused whole: generator_functions).
  bool special() const { return special_; }

  // Where in body a StopIteration may leave it, or null.
  const Expr* in_block(const std::vector<StmtPtr>& body, SourceLoc* raise_at) const {
    for (const StmtPtr& s : body)
      if (const Expr* e = in_stmt(*s, raise_at)) return e;
    return nullptr;
  }

  // Where evaluating e may raise StopIteration, or null: next() without a default, a call of a
  // function that may (a method of that name, a class whose __init__ may), such a function
  // passed as a value (a key=, a callback); anything but a name or a literal where a special
  // method may (an operator, a test or a text may run it).
  const Expr* in_expr(const Expr& e) const {
    if (special_ && e.kind != ExprKind::Name && e.kind != ExprKind::Int && e.kind != ExprKind::Str &&
        e.kind != ExprKind::Bool && e.kind != ExprKind::None)
      return &e;
    if (e.kind == ExprKind::Name && raisers_.count(e.text)) return &e;
    if (e.kind == ExprKind::Call) {
      const Expr& f = *e.callee;
      bool next = f.kind == ExprKind::Name && f.text == "next" && e.operands.size() == 1 && e.keywords.empty();
      if (next || (f.kind == ExprKind::Name && raisers_.count(f.text + ".__init__")) ||
          (f.kind == ExprKind::Attribute && method_raises(f.text)))
        return &e;
      bool through_value = f.kind == ExprKind::Subscript ||
                           (f.kind == ExprKind::Name && !callables_.count(f.text) && !is_python_builtin(f.text));
      if (raiser_value_ && through_value) return &e;
    }
    const Expr* found = nullptr;
    for_each_operand(e, [&](const Expr& o) {
      if (!found) found = in_expr(o);
    });
    if (!found && e.callee) found = in_expr(*e.callee);
    for (const Keyword& k : e.keywords)
      if (!found) found = in_expr(*k.value);
    for (const CompClause& c : e.clauses)
      if (!found) found = in_expr(*c.value);
    return found;
  }

 private:
  Names raisers_;
  Names callables_;  // the names defs and classes bind
  bool special_ = false;
  bool raiser_value_ = false;  // a function that may raise it is read as a value somewhere

  void values_in(const std::vector<StmtPtr>& body) {
    for (const StmtPtr& s : body)
      for_each_child(*s, [&](const Expr& e, Use) { values_in(e); }, [&](const std::vector<StmtPtr>& b) { values_in(b); });
  }

  void values_in(const Expr& e) {
    raiser_value_ = raiser_value_ || (e.kind == ExprKind::Name && raisers_.count(e.text));
    for_each_operand(e, [&](const Expr& o) {
      if (&o != e.callee.get() || o.kind != ExprKind::Name) values_in(o);  // a callee by name is a call
    });
    for (const CompClause& c : e.clauses) values_in(*c.value);
  }

  bool method_raises(const std::string& m) const {
    for (const std::string& r : raisers_)
      if (r.size() > m.size() && r.compare(r.size() - m.size() - 1, std::string::npos, "." + m) == 0) return true;
    return false;
  }

  bool block_raises(const std::vector<StmtPtr>& body) const {
    SourceLoc at;
    return in_block(body, &at) || at.line != 0;
  }

  static bool catches_stop(const Stmt& handler) {
    if (handler.names.empty()) return true;
    for (const std::string& n : handler.names)
      if (n == "StopIteration" || n == "Exception" || n == "BaseException") return true;
    return false;
  }

  // An expression of s that may raise StopIteration (or, for `raise StopIteration`, null with
  // raise_at set), nested defs left out.
  const Expr* in_stmt(const Stmt& s, SourceLoc* raise_at) const {
    if (s.kind == StmtKind::Def || s.kind == StmtKind::Class) return nullptr;
    if (s.kind == StmtKind::Raise && !s.names.empty() && s.names[0] == "StopIteration") {
      *raise_at = s.loc;
      return nullptr;
    }
    if (s.kind == StmtKind::Try) {
      bool caught = false;
      for (const StmtPtr& h : s.handlers) caught = caught || catches_stop(*h);
      if (!caught)
        if (const Expr* e = in_block(s.body, raise_at)) return e;
      if (!caught && raise_at->line) return nullptr;
      for (const StmtPtr& h : s.handlers)
        if (const Expr* e = in_block(h->body, raise_at)) return e;
      if (raise_at->line) return nullptr;
      return in_block(s.orelse, raise_at);
    }
    const Expr* found = nullptr;
    for_each_child(s, [&](const Expr& e, Use) {
      if (!found && !raise_at->line) found = in_expr(e);
    }, [&](const std::vector<StmtPtr>& b) {
      if (!found && !raise_at->line) found = in_block(b, raise_at);
    });
    return found;
  }
};

bool has_yield(const std::vector<StmtPtr>& body) {
  for (const StmtPtr& s : body) {
    if (s->kind == StmtKind::Yield) return true;
    if (s->kind == StmtKind::Def) continue;
    bool found = false;
    for_each_block(*s, [&](const std::vector<StmtPtr>& b) { found = found || has_yield(b); });
    if (found) return true;
  }
  return false;
}

[[noreturn]] void refuse(SourceLoc at, const std::string& where) {
  throw CompileError(at, "a StopIteration raised in " + where + " becomes CPython's RuntimeError (generator raised "
                         "StopIteration), which kilopy, inlining generators, does not make: give next() a default "
                         "(next(it, None)), or catch StopIteration inside it");
}

void generator_functions(const std::vector<StmtPtr>& body, const StopRaisers& raisers) {
  for (const StmtPtr& s : body) {
    if (s->kind == StmtKind::Def && has_yield(s->body)) {
      if (raisers.special()) refuse(s->loc, "the generator " + s->name + "() (a special method may raise it)");
      SourceLoc at;
      if (const Expr* e = raisers.in_block(s->body, &at)) refuse(e->loc, "the generator " + s->name + "()");
      if (at.line) refuse(at, "the generator " + s->name + "()");
    }
    for_each_block(*s, [&](const std::vector<StmtPtr>& b) { generator_functions(b, raisers); });
  }
}

// f(v) of the parser's map(f, xs) or filter(f, xs): v is its item variable (parser.cpp item_name).
bool map_item_call(const Expr& e) {
  static const std::string item = std::string("item") + kDefSep;
  return e.kind == ExprKind::Call && e.operands.size() == 1 && e.operands[0]->kind == ExprKind::Name &&
         e.operands[0]->text.compare(0, item.size(), item) == 0;
}

void generator_expressions(const Expr& e, const StopRaisers& raisers) {
  if (map_item_call(e))
    if (const Expr* found = raisers.in_expr(e))
      throw CompileError(found->loc, "a StopIteration raised in map()'s or filter()'s function ends them in CPython, "
                                     "which kilopy, inlining them, does not do: give next() a default (next(it, None)), "
                                     "or catch StopIteration in the function");
  if (e.kind == ExprKind::GenExp) {
    if (raisers.special()) refuse(e.loc, "a generator expression (a special method may raise it)");
    const Expr* found = raisers.in_expr(*e.operands[0]);
    for (size_t i = 0; i < e.clauses.size() && !found; ++i)
      if (i > 0) found = raisers.in_expr(*e.clauses[i].value);  // the first iterable is evaluated outside it
    if (found && !map_item_call(*found)) refuse(found->loc, "a generator expression");  // map's f: below
  }
  for_each_operand(e, [&](const Expr& o) { generator_expressions(o, raisers); });
  if (e.callee) generator_expressions(*e.callee, raisers);
  for (const Keyword& k : e.keywords) generator_expressions(*k.value, raisers);
  for (const CompClause& c : e.clauses) generator_expressions(*c.value, raisers);
}

void generator_expressions(const std::vector<StmtPtr>& body, const StopRaisers& raisers) {
  for (const StmtPtr& s : body)
    for_each_child(*s, [&](const Expr& e, Use) { generator_expressions(e, raisers); },
                   [&](const std::vector<StmtPtr>& b) { generator_expressions(b, raisers); });
}

}  // namespace

void refuse_stop_iteration_in_generators(const Module& module) {
  StopRaisers raisers(module.body);
  generator_functions(module.body, raisers);
  generator_expressions(module.body, raisers);
}

}  // namespace kilopy
