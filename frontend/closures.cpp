// Closures as values (closures.h), before the classes are taken (classes.cpp): each becomes a
// class as parse_class would write it, inserted before its outer function.
#include "frontend/closures.h"

#include <algorithm>
#include <functional>
#include <set>

#include "frontend/link.h"

namespace kilopy {

namespace {

using Names = std::set<std::string>;

ExprPtr name(const std::string& text, SourceLoc at) {
  ExprPtr e = std::make_unique<Expr>(ExprKind::Name, at);
  e->text = text;
  return e;
}

ExprPtr field(const std::string& object, const std::string& f, SourceLoc at) {
  ExprPtr e = std::make_unique<Expr>(ExprKind::Attribute, at);
  e->text = f;
  e->operands.push_back(name(object, at));
  return e;
}

bool mentions_in(const std::vector<StmtPtr>& body, const std::string& n) {
  bool found = false;
  for (const StmtPtr& s : body)
    for_each_child(*s, [&](const Expr& e, Use) { found = found || mentions(e, n); },
                   [&](const std::vector<StmtPtr>& b) { found = found || mentions_in(b, n); });
  return found;
}

bool constant(const Expr& e) {
  return e.kind == ExprKind::Int || e.kind == ExprKind::Str || e.kind == ExprKind::Bool || e.kind == ExprKind::None ||
         (e.kind == ExprKind::Unary && e.operands[0]->kind == ExprKind::Int);
}

// True if every path through b that reaches its end assigns n (a path ending in return or raise
// does not reach it).
bool assigns_on_every_path(const std::vector<StmtPtr>& b, const std::string& n) {
  for (const StmtPtr& s : b) {
    bool assigns = false;
    if (s->kind == StmtKind::Assign)
      for (const ExprPtr& t : s->targets) for_each_target_name(*t, [&](const Expr& v) { assigns = assigns || v.text == n; });
    if (s->kind == StmtKind::If && !s->orelse.empty())
      assigns = assigns_on_every_path(s->body, n) && assigns_on_every_path(s->orelse, n);
    if (s->kind == StmtKind::Try) {  // the body or its else, and each handler (a finally's re-raises)
      assigns = assigns_on_every_path(s->body, n) || assigns_on_every_path(s->orelse, n);
      for (const StmtPtr& h : s->handlers) assigns = assigns && assigns_on_every_path(h->body, n);
    }
    if (assigns || s->kind == StmtKind::Return || s->kind == StmtKind::Raise) return true;
  }
  return false;
}

class Closures {
 public:
  void module(Module& m) {
    std::vector<StmtPtr> body;
    for (StmtPtr& s : m.body) {
      if (s->kind == StmtKind::Def) function(*s, body);
      body.push_back(std::move(s));
    }
    m.body = std::move(body);
  }

 private:
  // The object's own name in its methods: no variable of the program can take it.
  const std::string self_ = std::string("closure") + kDefSep + "0";
  std::string class_name_;  // of the closure being made

  // True if the nested def named n (at outer.body[at]) is used in outer other than called.
  static bool used_as_value(const Stmt& outer, size_t at, const std::string& n) {
    bool found = false;
    std::function<void(const Expr&)> visit = [&](const Expr& e) {
      if (e.kind == ExprKind::Name && e.text == n) found = true;
      if (e.kind == ExprKind::Call && e.callee->kind == ExprKind::Name && e.callee->text == n) {
        for_each_operand(e, [&](const Expr& o) { if (&o != e.callee.get()) visit(o); });
        return;
      }
      for_each_operand(e, visit);
    };
    std::function<void(const std::vector<StmtPtr>&)> block = [&](const std::vector<StmtPtr>& b) {
      for (const StmtPtr& s : b) for_each_child(*s, [&](const Expr& e, Use) { visit(e); }, block);
    };
    for (size_t i = 0; i < outer.body.size(); ++i)
      if (i != at) {
        for_each_child(*outer.body[i], [&](const Expr& e, Use) { visit(e); }, block);
      }
    return found;
  }

  // Each read of a name of `reads` in e (at any depth) as the field self.name.
  void to_fields(ExprPtr& e, const std::vector<std::string>& reads) {
    if (e->kind == ExprKind::Name && std::find(reads.begin(), reads.end(), e->text) != reads.end()) {
      e = field(self_, e->text, e->loc);
      return;
    }
    for_each_operand_slot(*e, [&](ExprPtr& o) { to_fields(o, reads); });
  }

  void to_fields(std::vector<StmtPtr>& body, const std::vector<std::string>& reads) {
    for (StmtPtr& s : body)
      for_each_child_slot(*s, [&](ExprPtr& e, Use) { to_fields(e, reads); },
                          [&](std::vector<StmtPtr>& b) { to_fields(b, reads); });
  }

  void function(Stmt& outer, std::vector<StmtPtr>& out) {
    Names outer_vars, outer_globals, nested;
    for (const Param& p : outer.params) outer_vars.insert(p.name);
    bound_names(outer.body, outer_vars, outer_globals);
    for (const std::string& g : outer_globals) outer_vars.erase(g);
    for (const StmtPtr& s : outer.body)
      if (s->kind == StmtKind::Def) nested.insert(s->name);
    for (size_t i = 0; i < outer.body.size(); ++i) {
      Stmt& def = *outer.body[i];
      if (def.kind != StmtKind::Def || !used_as_value(outer, i, def.name) || !def.decorator.empty()) continue;
      Names own, globals;
      for (const Param& p : def.params) own.insert(p.name);
      bound_names(def.body, own, globals);
      bool plain = !mentions_in(def.body, def.name);  // no recursion, no sibling nested def
      for (const std::string& n : nested) plain = plain && !mentions_in(def.body, n);
      for (const Param& p : def.params) plain = plain && (!p.default_value || constant(*p.default_value));
      for (const StmtPtr& s : def.body) plain = plain && s->kind != StmtKind::Def;
      std::vector<std::string> reads;  // the outer variables it reads, in order of first read
      std::function<void(const Expr&)> read = [&](const Expr& e) {
        if (e.kind == ExprKind::Name && outer_vars.count(e.text) && !own.count(e.text) && !globals.count(e.text) &&
            std::find(reads.begin(), reads.end(), e.text) == reads.end())
          reads.push_back(e.text);
        for_each_operand(e, read);
      };
      std::function<void(const std::vector<StmtPtr>&)> block = [&](const std::vector<StmtPtr>& b) {
        for (const StmtPtr& s : b) for_each_child(*s, [&](const Expr& e, Use) { read(e); }, block);
      };
      block(def.body);
      // The value at the def is the closure's as long as the outer function does not assign it after.
      Names later, later_globals;
      for (size_t j = i + 1; j < outer.body.size(); ++j) {
        std::vector<StmtPtr> one;
        one.push_back(std::move(outer.body[j]));
        bound_names(one, later, later_globals);
        outer.body[j] = std::move(one[0]);
      }
      for (const std::string& r : reads) plain = plain && !later.count(r);
      // ... and each has a value at the def (else CPython's NameError comes at the call, not here):
      // a parameter, or assigned on every path to it.
      Names params;
      for (const Param& p : outer.params) params.insert(p.name);
      std::vector<StmtPtr> before(std::make_move_iterator(outer.body.begin()),
                                  std::make_move_iterator(outer.body.begin() + i));
      for (const std::string& r : reads) plain = plain && (params.count(r) || assigns_on_every_path(before, r));
      std::move(before.begin(), before.end(), outer.body.begin());
      if (!plain) continue;
      out.push_back(closure_class(outer, def));
      out.push_back(method(def, "__init__", reads));
      out.push_back(method(def, "__call__", reads));
      // The def becomes the object's construction, with the values the closure reads.
      StmtPtr make = std::make_unique<Stmt>(StmtKind::Assign, def.loc);
      ExprPtr call = std::make_unique<Expr>(ExprKind::Call, def.loc);
      call->callee = name(class_name_, def.loc);
      for (const std::string& r : reads) call->operands.push_back(name(r, def.loc));
      make->targets.push_back(name(def.name, def.loc));
      make->value = std::move(call);
      outer.body[i] = std::move(make);
    }
  }

  StmtPtr closure_class(const Stmt& outer, const Stmt& def) {
    std::string base = outer.name;
    std::replace(base.begin(), base.end(), '.', kModuleSep);  // a method's closure: C.m
    // outer.name kDefSep 00000000: shown as outer.name, so a traceback's frame of __call__ names it
    // as CPython does (compile.cpp dotted() ends a name at kDefSep).
    class_name_ = base + kModuleSep + def.name + kDefSep + "00000000";  // is_closure_class
    StmtPtr c = std::make_unique<Stmt>(StmtKind::Class, def.loc);
    c->name = class_name_;
    return c;
  }

  // __init__(self, v...) storing each variable read, or __call__: def's parameters and body.
  StmtPtr method(Stmt& def, const std::string& m, const std::vector<std::string>& reads) {
    StmtPtr d = std::make_unique<Stmt>(StmtKind::Def, def.loc);
    d->name = class_name_ + "." + m;
    Param self;
    self.name = self_;
    self.loc = def.loc;
    d->params.push_back(std::move(self));
    if (m == "__init__") {
      for (const std::string& r : reads) {
        Param p;
        p.name = r;
        p.loc = def.loc;
        d->params.push_back(std::move(p));
        StmtPtr store = std::make_unique<Stmt>(StmtKind::Assign, def.loc);
        store->targets.push_back(field(self_, r, def.loc));
        store->value = name(r, def.loc);
        d->body.push_back(std::move(store));
      }
      if (d->body.empty()) d->body.push_back(std::make_unique<Stmt>(StmtKind::Pass, def.loc));
      return d;
    }
    for (Param& p : def.params) d->params.push_back(std::move(p));
    d->body = std::move(def.body);
    d->annotation = std::move(def.annotation);
    to_fields(d->body, reads);
    return d;
  }
};

}  // namespace

void closures_as_objects(Module& module) { Closures().module(module); }

bool is_closure_class(const std::string& cls) {
  const std::string tail = std::string(1, kDefSep) + "00000000";
  return cls.size() > tail.size() && cls.compare(cls.size() - tail.size(), tail.size(), tail) == 0;
}

}  // namespace kilopy
