#include "frontend/fnvalues.h"

#include <algorithm>
#include <iterator>
#include <map>
#include <set>
#include <string>
#include <vector>

#include "frontend/desugar.h"
#include "frontend/diagnostic.h"
#include "frontend/link.h"

namespace kilopy {

namespace {

using Names = std::set<std::string>;

// Every name body or a def in it binds (parameters included); defs stand only at the top of
// a body.
void all_bound(const std::vector<StmtPtr>& body, Names& out) {
  Names globals;
  bound_names(body, out, globals);
  for (const StmtPtr& s : body) {
    if (s->kind != StmtKind::Def) continue;
    for (const Param& p : s->params) out.insert(p.name);
    all_bound(s->body, out);
  }
}

// Renames the reads of each name of `to` in body, but where a nested def binds it.
void substitute(std::vector<StmtPtr>& body, const std::map<std::string, std::string>& to) {
  for (StmtPtr& s : body) {
    if (s->kind == StmtKind::Def) {
      for (Param& p : s->params)
        if (p.default_value) rename_names(*p.default_value, to);
      std::map<std::string, std::string> inner = to;
      for (const std::string& n : def_locals(*s)) inner.erase(n);
      substitute(s->body, inner);
      continue;
    }
    for_each_child(*s, [&](Expr& e, Use) { rename_names(e, to); },
                   [&](std::vector<StmtPtr>& b) { substitute(b, to); });
  }
}

// Counts the module-level bindings of name (defs' and classes' bodies left out) and the
// `global name` statements anywhere.
size_t module_writes(const std::vector<StmtPtr>& body, const std::string& name, bool in_def) {
  size_t n = 0;
  for (const StmtPtr& s : body) {
    if (s->kind == StmtKind::Global)
      for (const std::string& g : s->names) n += g == name;
    if (!in_def && s->kind != StmtKind::Def && s->kind != StmtKind::Class)
      for_each_expr(*s, [&](const Expr& e, Use use) {
        if (use != Use::Read) for_each_target_name(e, [&](const Expr& t) { n += t.text == name; });
      });
    bool def = in_def || s->kind == StmtKind::Def || s->kind == StmtKind::Class;
    for_each_block(*s, [&](const std::vector<StmtPtr>& b) { n += module_writes(b, name, def); });
  }
  return n;
}

// True if s reads the module's name (a def that binds its own name skipped), but as the
// iterable of a for loop if loops is set.
bool reads_global(const Stmt& s, const std::string& name, bool loops = false) {
  bool found = false;
  if (s.kind == StmtKind::Def) {
    for (const Param& p : s.params) found = found || (p.default_value && mentions(*p.default_value, name));
    if (found || def_locals(s).count(name)) return found;
    for (const StmtPtr& x : s.body) found = found || reads_global(*x, name, loops);
    return found;
  }
  for_each_child(s, [&](const Expr& e, Use) {
                   bool iterated = loops && s.kind == StmtKind::For && &e == s.value.get() && e.kind == ExprKind::Name;
                   found = found || (!iterated && mentions(e, name));
                 },
                 [&](const std::vector<StmtPtr>& b) {
                   for (const StmtPtr& x : b) found = found || reads_global(*x, name, loops);
                 });
  return found;
}

// True if a statement of body mentions v but in the bodies of for loops over lists or tuples
// `for v in (f, g):` (a def binding v skipped).
bool used_outside_loops(const std::vector<StmtPtr>& body, const std::string& v) {
  for (const StmtPtr& s : body) {
    if (s->kind == StmtKind::Def) {
      if (reads_global(*s, v)) return true;
      continue;
    }
    bool loop = s->kind == StmtKind::For && s->target->kind == ExprKind::Name && s->target->text == v &&
                (s->value->kind == ExprKind::List || s->value->kind == ExprKind::Tuple);
    bool found = false;
    for_each_child(*s, [&](const Expr& e, Use) { found = found || (!loop && mentions(e, v)); },
                   [&](const std::vector<StmtPtr>& b) { found = found || ((!loop || &b == &s->orelse) && used_outside_loops(b, v)); });
    if (found) return true;
  }
  return false;
}

// Replaces the module's name where it is the iterable of a for loop with a copy of items.
void iterate_items(Stmt& s, const std::string& name, const Expr& items) {
  if (s.kind == StmtKind::Def && def_locals(s).count(name)) return;
  if (s.kind == StmtKind::For && s.value->kind == ExprKind::Name && s.value->text == name) s.value = copy_expr(items);
  for_each_block(s, [&](std::vector<StmtPtr>& b) {
    for (StmtPtr& x : b) iterate_items(*x, name, items);
  });
}

// True if s is a def that reads the module's g and binds f somewhere (as a parameter of its
// own or of a nested def, or a variable): renaming g to f there would read that f.
bool captures(const Stmt& s, const std::string& g, const std::string& f) {
  if (s.kind != StmtKind::Def) return false;
  Names bound;
  for (const Param& p : s.params) bound.insert(p.name);
  all_bound(s.body, bound);
  return bound.count(f) && reads_global(s, g);
}

// ---- lambdas passed as arguments

bool is_lambda(const Stmt& s) { return s.kind == StmtKind::Def && s.name.find("<lambda>") != std::string::npos; }

void names_in(const Expr& e, Names& out) {
  if (e.kind == ExprKind::Name) out.insert(e.text);
  for_each_operand(e, [&](const Expr& o) { names_in(o, out); });
}

void names_in(const Stmt& s, Names& out) {
  for_each_child(s, [&](const Expr& e, Use) { names_in(e, out); },
                 [&](const std::vector<StmtPtr>& b) {
                   for (const StmtPtr& x : b) names_in(*x, out);
                 });
}

// A lambda reads only its parameters and module-level names: those it reads of `around` (the
// variables of the functions and comprehensions around where it is written) are refused.
void check_lambda(const Stmt& lambda, const Names& around) {
  Names read, own = def_locals(lambda);
  names_in(lambda, read);
  for (const std::string& n : read)
    if (!own.count(n) && around.count(n))
      throw CompileError(lambda.loc, "this lambda reads '" + n + "', a variable of the function or comprehension it is written in, "
                                     "and kilopy makes a closure of a lambda only at the top of a function's body (made in "
                                     "a loop, CPython's closures would all read " + n + "'s last value): pass " + n +
                                     " as a parameter, or define a function with def");
}

// True if the lambda reads a name of `names` that is not its own.
bool reads_any(const Stmt& lambda, const Names& names) {
  Names read, own = def_locals(lambda);
  names_in(lambda, read);
  for (const std::string& n : read)
    if (!own.count(n) && names.count(n)) return true;
  return false;
}

// The variables of s's comprehensions (desugar.h's hidden names, as written) and, for a def, its locals.
Names around_of(const Stmt& s) {
  Names names, out;
  names_in(s, names);
  for (const std::string& n : names)
    if (n.find(kHiddenSep) != std::string::npos) out.insert(n.substr(0, n.find(kHiddenSep)));
  if (s.kind == StmtKind::Def) {
    Names locals = def_locals(s);
    out.insert(locals.begin(), locals.end());
  }
  return out;
}

// Moves the lambdas a statement's blocks hold to `moved`, checked against `around`.
void take_lambdas(Stmt& s, Names around, std::vector<StmtPtr>& moved) {
  Names locals;  // a def's, read before its body is taken apart below
  if (s.kind == StmtKind::Def) {
    locals = def_locals(s);
    around.insert(locals.begin(), locals.end());
  }
  for_each_block(s, [&](std::vector<StmtPtr>& b) {
    std::vector<StmtPtr> kept;
    for (StmtPtr& x : b) {
      if (is_lambda(*x) && s.kind == StmtKind::Def && &b == &s.body && reads_any(*x, locals)) {
        Names others = around;  // a closure of s's variables stays a nested def of s (closures.h)
        for (const std::string& n : locals) others.erase(n);
        check_lambda(*x, others);
        kept.push_back(std::move(x));
        continue;
      }
      if (is_lambda(*x)) {
        check_lambda(*x, around);
        moved.push_back(std::move(x));
        continue;
      }
      take_lambdas(*x, around, moved);
      kept.push_back(std::move(x));
    }
    b = std::move(kept);
  });
}

// Each lambda passed as an argument (a def the parser put before its statement) goes to the
// module's top level, before the top-level statement that holds it.
void hoist_lambdas(std::vector<StmtPtr>& body) {
  std::vector<StmtPtr> out;
  for (size_t i = 0; i < body.size(); ++i) {
    if (is_lambda(*body[i])) {
      // The statement that holds it follows, after the statements desugar.h made of its
      // comprehensions (each with hidden names): all are checked.
      Names around;
      for (size_t j = i + 1; j < body.size(); ++j) {
        if (is_lambda(*body[j])) continue;
        Names more = around_of(*body[j]);
        around.insert(more.begin(), more.end());
        if (more.empty()) break;
      }
      check_lambda(*body[i], around);
      out.push_back(std::move(body[i]));
      continue;
    }
    std::vector<StmtPtr> moved;
    take_lambdas(*body[i], around_of(*body[i]), moved);
    for (StmtPtr& m : moved) out.push_back(std::move(m));
    out.push_back(std::move(body[i]));
  }
  body = std::move(out);
}

// Most copies of functions that function arguments may make (a program passing functions
// through ever longer chains of parameters is refused, not compiled forever).
constexpr size_t kMaxCopies = 256;

class Specializer {
 public:
  explicit Specializer(Module& module) : module_(module) {
    hoist_lambdas(module.body);
    for (size_t i = 0; i < module.body.size(); ++i) {
      const Stmt& s = *module.body[i];
      if (s.kind == StmtKind::Def && s.name.find('.') == std::string::npos) {
        defs_[s.name] = module.body[i].get();
        position_[s.name] = i;
      }
    }
    print_is_builtin_ = !defs_.count("print") && module_writes(module.body, "print", false) == 0;
  }

  void run() {
    if (defs_.empty()) return;
    alias_names();
    visit(module_.body);
    for (size_t i = 0; i < work_.size(); ++i) {
      scope_.push_back(def_locals(*work_[i]));
      visit(work_[i]->body);
      scope_.pop_back();
    }
    if (copies_.empty()) return;
    std::vector<StmtPtr> body;
    for (StmtPtr& s : module_.body) {
      std::string name = s->kind == StmtKind::Def ? s->name : "";
      body.push_back(std::move(s));
      for (auto& c : copies_)
        if (c.first == name) body.push_back(std::move(c.second));
    }
    module_.body = std::move(body);
  }

  // The function of the program e names here, or the builtin print (calls through a parameter
  // bound to it become calls of print), or "".
  std::string function_named(const Expr& e) const {
    if (e.kind != ExprKind::Name || !(defs_.count(e.text) || (e.text == "print" && print_is_builtin_))) return "";
    for (const Names& s : scope_)
      if (s.count(e.text)) return "";
    return e.text;
  }

 private:
  // `g = f` at module level, g bound nowhere else and not read before: every later read of g
  // is f, and the statement goes.
  void alias_names() {
    std::vector<StmtPtr>& body = module_.body;
    for (size_t i = 0; i < body.size(); ++i) {
      Stmt& s = *body[i];
      if (s.kind != StmtKind::Assign || s.targets.size() != 1 || s.annotation || s.targets[0]->kind != ExprKind::Name || !s.value)
        continue;
      const std::string g = s.targets[0]->text;
      if (defs_.count(g) || module_writes(body, g, false) != 1) continue;
      if (s.value->kind == ExprKind::List || s.value->kind == ExprKind::Tuple) {
        iterated_functions(i);
        continue;
      }
      if (s.value->kind != ExprKind::Name) continue;
      const std::string f = s.value->text;
      if (!defs_.count(f) || position_.at(f) > i) continue;
      bool before = false;
      for (size_t j = 0; j < i; ++j) before = before || reads_global(*body[j], g);
      for (size_t j = i + 1; j < body.size(); ++j) before = before || captures(*body[j], g, f);
      if (before) continue;
      body[i] = std::make_unique<Stmt>(StmtKind::Pass, s.loc);
      std::vector<StmtPtr> rest(std::make_move_iterator(body.begin() + i + 1), std::make_move_iterator(body.end()));
      substitute(rest, {{g, f}});
      std::move(rest.begin(), rest.end(), body.begin() + i + 1);
    }
  }

  // `fs = [f, g]` (or a tuple) at module level, fs bound nowhere else, read only as the
  // iterable of for loops, none before: each loop iterates over the functions (then
  // loop_over_functions), and the statement goes.
  void iterated_functions(size_t i) {
    std::vector<StmtPtr>& body = module_.body;
    const Stmt& s = *body[i];
    const std::string g = s.targets[0]->text;
    if (s.value->operands.empty()) return;
    for (const ExprPtr& o : s.value->operands)
      if (!defs_.count(function_named(*o)) || position_.at(o->text) > i) return;
    for (size_t j = 0; j < body.size(); ++j)
      if (j != i && reads_global(*body[j], g, j > i)) return;
    ExprPtr items = std::move(body[i]->value);
    body[i] = std::make_unique<Stmt>(StmtKind::Pass, s.loc);
    for (size_t j = i + 1; j < body.size(); ++j) iterate_items(*body[j], g, *items);
  }

  void visit(std::vector<StmtPtr>& body) {
    for (StmtPtr& s : body) {
      if (s->kind == StmtKind::Def) {
        for (Param& p : s->params)
          if (p.default_value) expr(p.default_value);
        scope_.push_back(def_locals(*s));
        defs_around_.push_back(s.get());
        visit(s->body);
        defs_around_.pop_back();
        scope_.pop_back();
        continue;
      }
      if (s->kind == StmtKind::For) loop_over_functions(*s);
      for_each_child_slot(*s, [&](ExprPtr& e, Use) { expr(e); }, [&](std::vector<StmtPtr>& b) { visit(b); });
    }
  }

  void expr(ExprPtr& slot) {
    for_each_operand_slot(*slot, [&](ExprPtr& o) { expr(o); });
    Expr& e = *slot;
    if (e.kind == ExprKind::Call) specialize(e);
    if (e.kind == ExprKind::Compare && e.cmp_ops.size() == 1) {
      CmpOp op = e.cmp_ops[0];
      std::string a = function_named(*e.operands[0]), b = function_named(*e.operands[1]);
      if (a.empty() || b.empty() || (op != CmpOp::Is && op != CmpOp::IsNot && op != CmpOp::Eq && op != CmpOp::NotEq)) return;
      ExprPtr result = std::make_unique<Expr>(ExprKind::Bool, e.loc);
      result->bool_value = (a == b) == (op == CmpOp::Is || op == CmpOp::Eq);
      slot = std::move(result);
    }
  }


  static ExprPtr name(const std::string& text, SourceLoc at) {
    ExprPtr e = std::make_unique<Expr>(ExprKind::Name, at);
    e->text = text;
    return e;
  }

  // `for v in (f, g, h): body`, v used only in such loops (and not global): `for k in range(3):` with `if k == 0:`
  // body with v read as f, `elif k == 1:` ... as g, `else:` ... as h (k a name no program has).
  void loop_over_functions(Stmt& s) {
    const Expr& items = *s.value;
    if (s.target->kind != ExprKind::Name || (items.kind != ExprKind::List && items.kind != ExprKind::Tuple) || items.operands.empty())
      return;
    std::vector<std::string> fns;
    for (const ExprPtr& o : items.operands) {
      fns.push_back(function_named(*o));
      if (fns.back().empty()) return;
    }
    const std::string v = s.target->text;
    const std::vector<StmtPtr>& scope = defs_around_.empty() ? module_.body : defs_around_.back()->body;
    if (defs_.count(v) || used_outside_loops(scope, v)) return;
    if (!defs_around_.empty()) {
      if (!def_locals(*defs_around_.back()).count(v)) return;  // global v
      for (const Param& p : defs_around_.back()->params)
        if (p.name == v) return;
    }
    SourceLoc at = s.loc;
    const std::string k = v + kDefSep + "0" + std::to_string(++loops_);
    std::vector<StmtPtr> chain;  // the else branch built so far: the last function's body
    for (size_t i = fns.size(); i-- > 0;) {
      std::vector<StmtPtr> copy;
      for (const StmtPtr& x : s.body) copy.push_back(copy_stmt(*x));
      substitute(copy, {{v, fns[i]}});
      if (i + 1 == fns.size()) {
        chain = std::move(copy);
        continue;
      }
      StmtPtr test = std::make_unique<Stmt>(StmtKind::If, at);
      ExprPtr eq = std::make_unique<Expr>(ExprKind::Compare, at);
      eq->op_loc = at;
      eq->operands.push_back(name(k, at));
      eq->operands.push_back(int_literal(int(i), at));
      eq->cmp_ops.push_back(CmpOp::Eq);
      test->value = std::move(eq);
      test->body = std::move(copy);
      test->orelse = std::move(chain);
      chain.clear();
      chain.push_back(std::move(test));
    }
    ExprPtr range = std::make_unique<Expr>(ExprKind::Call, at);
    range->callee = name("range", at);
    range->operands.push_back(int_literal(int(fns.size()), at));
    s.target = name(k, s.target->loc);
    s.value = std::move(range);
    s.body = std::move(chain);
  }

  // A call of a function g of the program that binds functions to parameters of g: a call of
  // the copy of g with those parameters replaced by the functions.
  void specialize(Expr& e) {
    if (e.callee->kind != ExprKind::Name || e.starred_arg) return;
    const std::string g = function_named(*e.callee);
    if (!defs_.count(g)) return;
    const Stmt& def = *defs_.at(g);
    const size_t n = def.params.size();
    size_t positional = 0;
    while (positional < n && !def.params[positional].keyword_only) ++positional;
    if (e.operands.size() > positional) return;
    std::vector<std::string> bound(n);
    std::vector<bool> given(n, false);
    for (size_t i = 0; i < e.operands.size(); ++i) {
      bound[i] = function_named(*e.operands[i]);
      given[i] = true;
    }
    std::vector<size_t> keyword_param;
    for (const Keyword& k : e.keywords) {
      size_t j = 0;
      while (j < n && def.params[j].name != k.name) ++j;
      if (j == n || given[j]) return;  // the checker's error
      bound[j] = function_named(*k.value);
      given[j] = true;
      keyword_param.push_back(j);
    }
    for (size_t j = 0; j < n; ++j) {
      const Expr* d = def.params[j].default_value.get();
      if (!given[j] && d && d->kind == ExprKind::Name && defs_.count(d->text) && position_.count(d->text) &&
          position_.at(d->text) < position_.at(root(g)))
        bound[j] = d->text;
      else if (!given[j] && d && d->kind == ExprKind::Name && d->text == "print" && print_is_builtin_)
        bound[j] = d->text;
    }
    Names written, globals, inner;
    bound_names(def.body, written, globals);
    for (const Param& p : def.params) inner.insert(p.name);
    all_bound(def.body, inner);
    std::string key = g;
    for (size_t j = 0; j < n; ++j) {
      if (bound[j].empty()) continue;
      // A parameter the body rebinds, or a function whose name g binds, stays a value (refused).
      if (written.count(def.params[j].name) || inner.count(bound[j])) return;
      key += '\0' + def.params[j].name + '=' + bound[j];
    }
    if (key == g) return;
    auto made = copy_of_.find(key);
    std::string copy = made != copy_of_.end() ? made->second : make_copy(g, bound, e.loc);
    copy_of_[key] = copy;
    e.callee->text = copy;
    std::vector<ExprPtr> operands;
    for (size_t i = 0; i < e.operands.size(); ++i)
      if (bound[i].empty()) operands.push_back(std::move(e.operands[i]));
    e.operands = std::move(operands);
    std::vector<Keyword> keywords;
    for (size_t k = 0; k < e.keywords.size(); ++k)
      if (bound[keyword_param[k]].empty()) keywords.push_back(std::move(e.keywords[k]));
    e.keywords = std::move(keywords);
  }

  // The def a copy was made of (a copy's own copies follow that def too).
  std::string root(const std::string& g) const {
    auto it = root_.find(g);
    return it == root_.end() ? g : it->second;
  }

  std::string make_copy(const std::string& g, const std::vector<std::string>& bound, SourceLoc loc) {
    if (copies_.size() == kMaxCopies)
      throw CompileError(loc, "functions passed as arguments need more than " + std::to_string(kMaxCopies) +
                                  " copies of the functions they are passed to: pass fewer different functions");
    StmtPtr c = copy_stmt(*defs_.at(g));
    // `g` kDefSep `0n`: shown as g (link.h); a replaced def's number never starts with 0.
    c->name = g + kDefSep + "0" + std::to_string(copies_.size() + 1);
    std::map<std::string, std::string> to;
    std::vector<Param> params;
    for (size_t j = 0; j < bound.size(); ++j) {
      if (bound[j].empty()) params.push_back(std::move(c->params[j]));
      else to[c->params[j].name] = bound[j];
    }
    c->params = std::move(params);
    substitute(c->body, to);
    defs_[c->name] = c.get();
    root_[c->name] = root(g);
    work_.push_back(c.get());
    std::string name = c->name;
    copies_.emplace_back(root(g), std::move(c));
    return name;
  }

  Module& module_;
  std::map<std::string, Stmt*> defs_;            // the functions of the program (not methods) and the copies
  std::map<std::string, size_t> position_;       // a def's place in the module's body
  std::map<std::string, std::string> root_;      // a copy -> the def it copies
  std::map<std::string, std::string> copy_of_;   // g and its bound parameters -> the copy
  std::vector<std::pair<std::string, StmtPtr>> copies_;  // each after its def
  std::vector<Stmt*> work_;                      // copies whose bodies are still to visit
  std::vector<Names> scope_;                     // the locals of the defs around the statement visited
  std::vector<Stmt*> defs_around_;               // those defs
  unsigned loops_ = 0;                           // loops over functions rewritten
  bool print_is_builtin_ = false;                // no def or module-level binding of print hides it
};

// ---- refusals

class Refuser {
 public:
  explicit Refuser(const Module& module) {
    for (const StmtPtr& s : module.body)
      if (s->kind == StmtKind::Def && s->name.find('.') == std::string::npos) defs_.insert(s->name);
  }

  void visit(const std::vector<StmtPtr>& body) {
    for (const StmtPtr& s : body) {
      if (s->kind == StmtKind::Def) {
        for (const Param& p : s->params)
          if (p.default_value) expr(*p.default_value, nullptr);
        scope_.push_back(def_locals(*s));
        visit(s->body);
        scope_.pop_back();
        continue;
      }
      for_each_child(*s, [&](const Expr& e, Use use) {
                       if (use == Use::Read || !(e.kind == ExprKind::Name || e.kind == ExprKind::Tuple || e.kind == ExprKind::List))
                         expr(e, nullptr);
                     },
                     [&](const std::vector<StmtPtr>& b) { visit(b); });
    }
  }

 private:
  bool is_function(const Expr& e) const {
    if (e.kind != ExprKind::Name || !defs_.count(e.text)) return false;
    for (const Names& s : scope_)
      if (s.count(e.text)) return false;
    return true;
  }

  void expr(const Expr& e, const Expr* parent) {
    if (is_function(e) && !(parent && is_function_name(*parent, e))) refuse(e, parent);
    for_each_operand(e, [&](const Expr& o) { expr(o, &e); });
  }

  // Refuses here what types.cpp would refuse of a function value with a message that does not
  // name printing or map; the rest is left to it (frontend/fnsets.cpp, Type::Kind::Func).
  static void refuse(const Expr& e, const Expr* parent) {
    const std::string f = "function '" + e.text + "'";
    std::string callee = parent && parent->kind == ExprKind::Call && parent->callee->kind == ExprKind::Name ? parent->callee->text : "";
    if (callee == "print" || (parent && parent->kind == ExprKind::Format))
      throw CompileError(e.loc, "printing " + f + " is not supported in kilopy (CPython shows its address): print its name as a string");
    if (callee == "map" || callee == "filter")
      throw CompileError(e.loc, callee + "(f, xs) is supported in kilopy only as the argument of list, sum, min, max, any, all "
                                "or sorted, and as what a for loop iterates over: write a list comprehension, [" +
                                    (callee == "map" ? e.text + "(x) for x in xs]" : "x for x in xs if " + e.text + "(x)]"));
    if (parent && parent->kind == ExprKind::BoolOp)
      throw CompileError(e.loc, "choosing " + f + " with and or or is not supported in kilopy (it tests the truth of a "
                                "function): choose with a conditional expression (f if c else g)");
    if (parent && parent->kind == ExprKind::Compare)
      for (CmpOp op : parent->cmp_ops)
        if (op != CmpOp::Is && op != CmpOp::IsNot && op != CmpOp::Eq && op != CmpOp::NotEq)
          throw CompileError(e.loc, "kilopy compares functions only with is, is not, == and != between two functions (" + f +
                                        " here): compare the names you call them by");
  }

  Names defs_;
  std::vector<Names> scope_;
};

}  // namespace

void specialize_function_values(Module& module) { Specializer(module).run(); }

void refuse_function_values(const Module& module) { Refuser(module).visit(module.body); }

}  // namespace kilopy
