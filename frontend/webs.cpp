// Webs: a variable whose one type the checker refuses (types.cpp: "would hold ... but holds")
// may be several variables in CPython's eyes: `for v in names: ...` then `for v in range(3):
// ...` never lets a value of the first loop reach a read in the second. A web is the union of
// the assignments of a name that reach a common read; each web becomes a variable of its own
// (the first keeps the name, the others are `name` kDefSep `000n`, shown as name), so each gets
// its own type. compile_source calls split_webs only for a name the checker refused, so every
// program that compiled before compiles to the same image.
//
// Reaching assignments of the one name, over the statements of its scope; a loop runs its body
// to a fixed point. Where that is not exact the name is left whole (the refusal stands): a read
// that an unassigned path reaches (flow.cpp's run-time check) or that no path reaches, a name a
// function other than its scope's reads or declares global (a global, a closure), a name an
// except clause binds, a del, an annotation, a call's callee, a name holding a function or
// class, a parameter's keyword (the web of a parameter keeps its name). A try statement's
// handlers start from every state its body passes through (any point may raise).
#include "frontend/webs.h"

#include <algorithm>
#include <functional>
#include <map>
#include <set>

#include "frontend/desugar.h"
#include "frontend/link.h"
#include "frontend/program.h"

namespace kilopy {

namespace {

using Block = std::vector<StmtPtr>;

// Every Name `n` in e, at any depth.
template <class F>
void each_name(Expr& e, const std::string& n, F&& f) {
  if (e.kind == ExprKind::Name && e.text == n) f(e);
  for_each_operand(e, [&](Expr& o) { each_name(o, n, f); });
}

// The names a def binds: its parameters and the targets in its body (not nested defs), less
// those it declares global.
std::set<std::string> locals_of(const Stmt& def) {
  std::set<std::string> out, global;
  for (const Param& p : def.params) out.insert(p.name);
  std::function<void(const Block&)> walk = [&](const Block& b) {
    for (const StmtPtr& s : b) {
      if (s->kind == StmtKind::Def) { out.insert(s->name); continue; }
      if (s->kind == StmtKind::Global) global.insert(s->names.begin(), s->names.end());
      for_each_child(*s, [&](const Expr& t, Use use) {
        if (use != Use::Read) for_each_target_name(t, [&](const Expr& x) { out.insert(x.text); });
      }, walk);
    }
  };
  walk(def.body);
  for (const std::string& g : global) out.erase(g);
  return out;
}

// Every def of the module at any depth (methods, nested defs, lambdas), and the names of defs
// and classes.
void collect_defs(Block& body, std::vector<Stmt*>& defs, std::set<std::string>& names) {
  for (StmtPtr& s : body) {
    if (s->kind == StmtKind::Def) defs.push_back(s.get());
    if (s->kind == StmtKind::Def || s->kind == StmtKind::Class) names.insert(s->name);
    for_each_block(*s, [&](Block& b) { collect_defs(b, defs, names); });
  }
}

// A Name in e that is not a call's callee and names one of `names` (a function or class value).
bool value_of(Expr& e, const std::set<std::string>& names) {
  if (e.kind == ExprKind::Name) return names.count(e.text) > 0;
  bool found = false;
  for_each_operand(e, [&](Expr& o) { found = found || (!is_function_name(e, o) && value_of(o, names)); });
  return found;
}

// True if the statements of a scope (nested defs left out) use n only in ways the webs below
// follow exactly.
bool plain_uses(Block& body, const std::string& n, const std::set<std::string>& fn_names) {
  for (StmtPtr& p : body) {
    Stmt& s = *p;
    if (s.kind == StmtKind::Def) continue;  // checked by its caller
    if (!mentions(s, n)) continue;
    switch (s.kind) {
      case StmtKind::Del: case StmtKind::Global: case StmtKind::Declare:
      case StmtKind::Class: case StmtKind::Import:
        return false;
      case StmtKind::Except:  // binding n there unbinds it after the handler
        if (s.unbinds == n || (s.target && mentions(*s.target, n))) return false;
        break;
      default: break;
    }
    if (s.annotation) return false;
    bool ok = true;
    for_each_expr(s, [&](Expr& e, Use use) {
      bool binds = false;
      if (use != Use::Read) for_each_target_name(e, [&](const Expr& x) { binds = binds || x.text == n; });
      if (binds && s.value && value_of(*s.value, fn_names)) ok = false;
      std::function<void(Expr&)> callee = [&](Expr& x) {
        if (x.callee && x.callee->kind == ExprKind::Name && x.callee->text == n) ok = false;
        for_each_operand(x, callee);
      };
      callee(e);
    });
    if (!ok) return false;
    bool blocks = true;
    for_each_block(s, [&](Block& b) { blocks = blocks && plain_uses(b, n, fn_names); });
    if (!blocks) return false;
  }
  return true;
}

// The assignments of the name that may reach a point: their numbers (0: none yet, the name
// unassigned); dead where no path reaches.
struct Reach {
  std::set<int> defs;
  bool dead = false;
  void meet(const Reach& o) {
    if (o.dead) return;
    if (dead) { *this = o; return; }
    defs.insert(o.defs.begin(), o.defs.end());
  }
  bool operator==(const Reach& o) const { return dead == o.dead && defs == o.defs; }
};

class Webs {
 public:
  explicit Webs(const std::string& n) : n_(n) {}

  const std::string& n_;
  std::map<Expr*, int> def_;              // an assigning Name -> its number (1, 2, ...)
  std::vector<Expr*> defs_;               // by number - 1, in first-visit order
  std::map<Expr*, std::set<int>> reads_;  // a reading Name -> the assignments reaching it
  bool inexact_ = false;                  // a read an unassigned path, or no path, reaches

  int number(Expr& name) {
    auto it = def_.find(&name);
    if (it != def_.end()) return it->second;
    defs_.push_back(&name);
    return def_[&name] = int(defs_.size());
  }

  Reach block(Block& body, Reach s) {
    passed(s);
    for (StmtPtr& st : body) {
      s = statement(*st, s);
      passed(s);
    }
    return s;
  }

 private:
  std::vector<Reach> breaks_, continues_;
  std::vector<Reach> raised_;  // per enclosing try body: every state it passed through

  void passed(const Reach& s) {
    for (Reach& r : raised_) r.meet(s);
  }

  void read(Expr& e, const Reach& s) {
    each_name(e, n_, [&](Expr& x) {
      if (s.dead || s.defs.count(0)) inexact_ = true;
      reads_[&x].insert(s.defs.begin(), s.defs.end());
    });
  }

  // Assigns a target in Python's order: names left to right, a subscript's parts read then.
  void target(Expr& t, Reach& s) {
    if (t.kind == ExprKind::Name) {
      if (t.text != n_) return;
      int d = number(t);
      if (!s.dead) s.defs = {d};
    } else if (t.kind == ExprKind::Tuple || t.kind == ExprKind::List) {
      for (ExprPtr& o : t.operands) target(*o, s);
    } else {
      read(t, s);
    }
  }

  // A loop from s: `head` (what reaches its test) to a fixed point, the body entered from
  // body_entry(head). Returns the head; `again` gets what reaches it after a pass of the body,
  // `broke` what its breaks carry.
  template <class Entry>
  Reach loop(Stmt& st, const Reach& s, Entry&& body_entry, Reach& again, Reach& broke) {
    Reach head = s;
    for (;;) {
      breaks_.push_back(Reach{{}, true});
      continues_.push_back(Reach{{}, true});
      again = block(st.body, body_entry(head));
      again.meet(continues_.back());
      broke = breaks_.back();
      breaks_.pop_back();
      continues_.pop_back();
      Reach next = s;
      next.meet(again);
      if (next == head) return head;
      head = next;
    }
  }

  Reach statement(Stmt& st, Reach s) {
    switch (st.kind) {
      case StmtKind::Assign:
        read(*st.value, s);
        for (ExprPtr& t : st.targets) target(*t, s);
        return s;
      case StmtKind::AugAssign:
        read(*st.target, s);
        read(*st.value, s);
        if (st.target->kind == ExprKind::Name && st.target->text == n_) {
          int d = number(*st.target);  // one Name reads and assigns: one web
          reads_[st.target.get()].insert(d);
          if (!s.dead) s.defs = {d};
        }
        return s;
      case StmtKind::If: {
        read(*st.value, s);
        Reach body = block(st.body, s);
        body.meet(block(st.orelse, s));
        return body;
      }
      case StmtKind::While: {
        Reach again, broke;
        Reach exit = loop(st, s, [&](Reach head) { read(*st.value, head); return head; }, again, broke);
        read(*st.value, exit);
        bool truth = false;
        if (constant_truth(*st.value, truth) && truth) exit = Reach{{}, true};  // left by a break only
        Reach done = block(st.orelse, exit);
        done.meet(broke);
        return done;
      }
      case StmtKind::For: {
        read(*st.value, s);
        Reach again, broke;
        Reach exit = loop(st, s, [&](Reach head) { target(*st.target, head); return head; }, again, broke);
        // The body runs, overwriting s. flow.cpp still takes a name only the body assigns as maybe
        // unassigned after the loop; so does this, so no split variable gets a run-time check.
        if (nonempty_constant_range(*st.value)) {
          bool unassigned = s.defs.count(0) && !mentions(*st.target, n_);
          exit = again;
          if (unassigned && !exit.dead) exit.defs.insert(0);
        }
        Reach done = block(st.orelse, exit);
        done.meet(broke);
        return done;
      }
      case StmtKind::Try: {  // a handler starts from any state the body passed through
        raised_.push_back(Reach{{}, true});
        Reach body = block(st.body, s);
        Reach raised = raised_.back();
        raised_.pop_back();
        Reach done = block(st.orelse, body);
        for (StmtPtr& h : st.handlers) done.meet(block(h->body, raised));
        return done;
      }
      case StmtKind::Break:
        breaks_.back().meet(s);
        return Reach{{}, true};
      case StmtKind::Continue:
        continues_.back().meet(s);
        return Reach{{}, true};
      case StmtKind::Return:
      case StmtKind::Raise:
        for_each_expr(st, [&](Expr& e, Use) { read(e, s); });
        return Reach{{}, true};
      case StmtKind::Def:
      case StmtKind::Class:
        return s;  // n is not in them (checked before)
      default:
        for_each_expr(st, [&](Expr& e, Use) { read(e, s); });
        return s;
    }
  }
};

// How many Names n the statements of a scope hold (nested defs left out).
size_t count_names(Block& body, const std::string& n) {
  size_t count = 0;
  for (StmtPtr& s : body) {
    if (s->kind == StmtKind::Def) continue;
    for_each_expr(*s, [&](Expr& e, Use) { each_name(e, n, [&](Expr&) { ++count; }); });
    for_each_block(*s, [&](Block& b) { count += count_names(b, n); });
  }
  return count;
}

// Splits n in the scope `body` (def: its def statement, or null for the module body) into its
// webs. False if it is one web or cannot be split exactly.
bool split_scope(Module& module, Stmt* def, Block& body, const std::string& n) {
  std::vector<Stmt*> defs;
  std::set<std::string> fn_names;
  collect_defs(module.body, defs, fn_names);
  if (fn_names.count(n) || !plain_uses(body, n, fn_names)) return false;
  bool is_param = false;
  if (def) {
    if (!locals_of(*def).count(n)) return false;
    for (const Param& p : def->params) is_param = is_param || p.name == n;
    std::vector<Stmt*> inner;
    std::set<std::string> ignored;
    collect_defs(def->body, inner, ignored);
    for (Stmt* d : inner)
      if (mentions(*d, n)) return false;  // a closure's variable
  } else {
    for (Stmt* d : defs)
      if (mentions(*d, n) && !locals_of(*d).count(n)) return false;  // a function's global
  }
  Webs w(n);
  Expr param_name(ExprKind::Name, SourceLoc());  // stands for the parameter's assignment (number 1)
  Reach entry;
  entry.defs.insert(is_param ? w.number(param_name) : 0);
  w.block(body, entry);
  std::set<Expr*> seen;
  for (auto& d : w.def_) seen.insert(d.first);
  for (auto& r : w.reads_) seen.insert(r.first);
  seen.erase(&param_name);
  if (w.inexact_ || seen.size() != count_names(body, n)) return false;
  // Union-find over the assignments: those reaching one read are one web.
  std::vector<int> up(w.defs_.size() + 1);
  for (size_t i = 0; i < up.size(); ++i) up[i] = int(i);
  std::function<int(int)> root = [&](int d) { return up[d] == d ? d : up[d] = root(up[d]); };
  for (auto& r : w.reads_)
    for (int d : r.second) up[root(d)] = root(*r.second.begin());
  // A web's root -> its variable. The first web keeps the name: a parameter's (number 1), so
  // keyword arguments still name it.
  std::map<int, std::string> names;
  for (int d = 1; d <= int(w.defs_.size()); ++d)
    if (!names.count(root(d))) names[root(d)] = names.empty() ? n : n + kDefSep + "000" + std::to_string(names.size());
  if (names.size() < 2) return false;
  for (auto& d : w.def_) d.first->text = names[root(d.second)];
  for (auto& r : w.reads_) r.first->text = names[root(*r.second.begin())];
  return true;
}

// Sets scope to the def whose own statements (nested defs left out) hold a Name n at `at`, or
// whose parameter n is, the def being at `at`; null for the module body. False if none.
bool find_scope(Stmt* def, Block& body, const std::string& n, SourceLoc at, Stmt*& scope) {
  auto same = [&](SourceLoc l) { return l.line == at.line && l.col == at.col && l.file == at.file; };
  for (StmtPtr& s : body) {
    if (s->kind == StmtKind::Def) {
      bool param = false;
      for (const Param& p : s->params) param = param || p.name == n;
      if (param && same(s->loc)) {
        scope = s.get();
        return true;
      }
      if (find_scope(s.get(), s->body, n, at, scope)) return true;
      continue;
    }
    if (s->kind == StmtKind::Class) continue;
    bool here = false;
    for_each_expr(*s, [&](Expr& e, Use) { each_name(e, n, [&](Expr& x) { here = here || same(x.loc); }); });
    if (here) {
      scope = def;
      return true;
    }
    bool inner = false;
    for_each_block(*s, [&](Block& b) { inner = inner || find_scope(def, b, n, at, scope); });
    if (inner) return true;
  }
  return false;
}

}  // namespace

bool split_webs(Module& module, const std::string& n, SourceLoc at) {
  if (n.find(kHiddenSep) != std::string::npos) return false;  // desugar.cpp's: a name of its own per use
  Stmt* def = nullptr;
  if (!find_scope(nullptr, module.body, n, at, def)) return false;
  return split_scope(module, def, def ? def->body : module.body, n);
}

}  // namespace kilopy
