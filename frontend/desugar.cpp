#include "frontend/desugar.h"

#include <functional>
#include <map>
#include <set>

#include "frontend/builtins.h"
#include "frontend/diagnostic.h"

namespace kilopy {

namespace {

ExprPtr name_expr(const std::string& text, SourceLoc loc) {
  ExprPtr e = std::make_unique<Expr>(ExprKind::Name, loc);
  e->text = text;
  return e;
}

// The hidden variable `text` where it stands for the value it was given: its only read.
ExprPtr last_read(const std::string& text, SourceLoc loc) {
  ExprPtr e = name_expr(text, loc);
  e->last_read = true;
  return e;
}

StmtPtr stmt(StmtKind kind, SourceLoc loc) { return std::make_unique<Stmt>(kind, loc); }

// target = value
StmtPtr assign(const std::string& target, ExprPtr value, SourceLoc loc) {
  StmtPtr s = stmt(StmtKind::Assign, loc);
  s->targets.push_back(name_expr(target, loc));
  s->value = std::move(value);
  return s;
}

ExprPtr constant(bool value, SourceLoc loc) {
  ExprPtr e = std::make_unique<Expr>(ExprKind::Bool, loc);
  e->bool_value = value;
  return e;
}

bool is_constant(const Expr& e) {
  return e.kind == ExprKind::Int || e.kind == ExprKind::Bool || e.kind == ExprKind::None || e.kind == ExprKind::Str;
}

bool is_hidden(const std::string& name) { return name.find(kHiddenSep) != std::string::npos; }

bool is_comprehension(const Expr& e) {
  return e.kind == ExprKind::ListComp || e.kind == ExprKind::GenExp || e.kind == ExprKind::DictComp;
}

// Builtins whose calls neither print, read input nor rebind a name.
bool quiet_builtin(const std::string& name) {
  static const std::set<std::string> quiet = {"len", "abs", "min", "max", "sum", "any", "all",
                                              "range", "enumerate", "zip", "reversed"};
  return quiet.count(name) > 0;
}

// The walk of a comprehension's parts, inner comprehensions included.
template <class F>
void for_each_part(Expr& e, F&& f) {
  for_each_operand_slot(e, f);
  for (CompClause& c : e.clauses) {
    if (c.target) f(c.target);
    f(c.value);
  }
}

// True if e calls a function of the program or a method, or reads input: something that
// could print or rebind a name read before it.
bool has_effects(Expr& e) {
  if (e.kind == ExprKind::Call && !(e.callee->kind == ExprKind::Name && quiet_builtin(e.callee->text))) return true;
  bool found = false;
  for_each_part(e, [&](ExprPtr& p) { found = found || has_effects(*p); });
  return found;
}

class Desugar {
 public:
  explicit Desugar(Module& m) { bound_names(m.body); }

  // The statements of body with their comprehensions lowered; `top`: the file's top level
  // or a def's body, whose statements each start a group.
  std::vector<StmtPtr> block(std::vector<StmtPtr> body, bool top = false) {
    std::vector<StmtPtr> out;
    for (StmtPtr& s : body) {
      if (top) ++group_;
      std::vector<StmtPtr> before = statement(*s);
      for (StmtPtr& b : block(std::move(before))) out.push_back(std::move(b));
      s->body = block(std::move(s->body), s->kind == StmtKind::Def);
      s->orelse = block(std::move(s->orelse));
      out.push_back(std::move(s));
    }
    return out;
  }

 private:
  std::set<std::string> user_names_;  // every name the module binds: `any` may not be the builtin

  void bound_names(const std::vector<StmtPtr>& body) {
    for (const StmtPtr& s : body) {
      if (s->kind == StmtKind::Def) user_names_.insert(s->name);
      for (const Param& p : s->params) user_names_.insert(p.name);
      for (const std::string& a : s->aliases) user_names_.insert(a);
      for_each_child(*s, [&](const Expr& e, Use use) {
        if (use != Use::Read) for_each_target_name(e, [&](const Expr& n) { user_names_.insert(n.text); });
      }, [&](const std::vector<StmtPtr>& b) { bound_names(b); });
    }
  }
  unsigned counter_ = 0;
  unsigned group_ = 0;  // the top-level statement being lowered

  // min([0] * 0) (max likewise): raises CPython's `ValueError: min() arg is an empty sequence`.
  static ExprPtr empty_sequence_call(const std::string& f, SourceLoc loc) {
    ExprPtr zero = std::make_unique<Expr>(ExprKind::Int, loc);
    zero->int_text = "0";
    ExprPtr list = std::make_unique<Expr>(ExprKind::List, loc);
    list->operands.push_back(std::move(zero));
    ExprPtr none = std::make_unique<Expr>(ExprKind::Int, loc);
    none->int_text = "0";
    ExprPtr empty = std::make_unique<Expr>(ExprKind::Binary, loc);
    empty->bin_op = BinOp::Mul;
    empty->op_loc = loc;
    empty->operands.push_back(std::move(list));
    empty->operands.push_back(std::move(none));
    ExprPtr call = std::make_unique<Expr>(ExprKind::Call, loc);
    call->callee = name_expr(f, loc);
    call->operands.push_back(std::move(empty));
    return call;
  }

  std::string hidden(const std::string& base) {
    return base + kHiddenSep + std::to_string(group_) + kHiddenSep + std::to_string(++counter_);
  }

  // The comprehensions in s's expressions, as statements to run before s.
  std::vector<StmtPtr> statement(Stmt& s) {
    std::vector<StmtPtr> before;
    if (s.kind == StmtKind::AugAssign && contains_comprehension(*s.value)) unfold_augmented(s, before);
    for_each_child_slot(s, [&](ExprPtr& slot, Use use) {
      if (!contains_comprehension(*slot)) return;
      if (s.kind == StmtKind::While)
        throw CompileError(first_comprehension(*slot).loc,
                           "a comprehension in a while condition is not supported in kilopy: compute it into a variable "
                           "before the loop and again at the end of its body");
      if (use != Use::Read || s.kind == StmtKind::Def)
        throw CompileError(first_comprehension(*slot).loc, "a comprehension is not supported here in kilopy");
      std::vector<ExprPtr*> done;
      walk(slot, false, done, before);
    }, [](std::vector<StmtPtr>&) {});
    return before;
  }

  // `t op= e` as CPython runs it, when e holds a comprehension: the target's parts and its
  // value are read first (`w, i, v = w, i, w[i]`), then `w[i] = v op e`.
  void unfold_augmented(Stmt& s, std::vector<StmtPtr>& before) {
    ExprPtr target = std::move(s.target);
    ExprPtr read;
    if (target->kind == ExprKind::Subscript) {
      read = std::make_unique<Expr>(ExprKind::Subscript, target->loc);
      for (ExprPtr& part : target->operands) {
        SourceLoc loc = part->loc;
        std::string name = hidden("value");
        before.push_back(assign(name, std::move(part), loc));
        part = name_expr(name, loc);
        read->operands.push_back(name_expr(name, loc));
      }
    } else {
      read = name_expr(target->text, target->loc);
    }
    std::string value = hidden("value");
    before.push_back(assign(value, std::move(read), target->loc));
    ExprPtr binary = std::make_unique<Expr>(ExprKind::Binary, target->loc);
    binary->op_loc = s.loc;
    binary->bin_op = s.aug_op;
    binary->operands.push_back(last_read(value, target->loc));
    binary->operands.push_back(std::move(s.value));
    s.kind = StmtKind::Assign;
    s.targets.push_back(std::move(target));
    s.value = std::move(binary);
  }

  static bool contains_comprehension(Expr& e) {
    if (is_comprehension(e)) return true;
    bool found = false;
    for_each_operand_slot(e, [&](ExprPtr& o) { found = found || contains_comprehension(*o); });
    return found;
  }

  static const Expr& first_comprehension(Expr& e) {
    if (is_comprehension(e)) return e;
    const Expr* found = nullptr;
    for_each_operand_slot(e, [&](ExprPtr& o) {
      if (!found && contains_comprehension(*o)) found = &first_comprehension(*o);
    });
    return *found;
  }

  // Walks slot in evaluation order. `done` holds the largest parts already evaluated, which
  // a comprehension with effects moves before itself, in order, into hidden variables.
  // `conditional`: slot may not run (after and/or, in a conditional expression's branch).
  void walk(ExprPtr& slot, bool conditional, std::vector<ExprPtr*>& done, std::vector<StmtPtr>& before) {
    Expr& e = *slot;
    if (e.kind == ExprKind::GenExp)
      throw CompileError(e.loc, "generator expressions are supported only as the argument of sum, min, max, any and "
                                "all in kilopy: use a list comprehension");
    bool lowered = is_comprehension(e) || reduction_call(e);
    if (lowered || branch_has_comprehension(e)) {
      if (conditional)
        throw CompileError(e.loc, "a comprehension in the later operands of a chained comparison is not supported in "
                                  "kilopy: compare in two steps");
      hoist_done(e, done, before);
      slot = lowered ? lower(std::move(slot), before) : lift(std::move(slot), before);
      done.push_back(&slot);
      return;
    }
    if (!contains_comprehension(e)) {
      done.push_back(&slot);
      return;
    }
    size_t mark = done.size();
    size_t index = 0;
    for_each_operand_slot(e, [&](ExprPtr& o) {
      bool branch = e.kind == ExprKind::Compare && index > 1;
      ++index;
      if (e.kind == ExprKind::Call && &o == &e.callee && o->kind == ExprKind::Name) return;  // a function, not a value
      if (e.kind == ExprKind::Call && &o == &e.callee) {  // a method: its object is evaluated first
        walk(o->operands[0], conditional, done, before);
        return;
      }
      walk(o, conditional || branch, done, before);
    });
    done.resize(mark);
    done.push_back(&slot);
  }

  // True if e is `and`/`or` or a conditional expression with a comprehension in an operand
  // that may not run.
  static bool branch_has_comprehension(Expr& e) {
    if (e.kind != ExprKind::BoolOp && e.kind != ExprKind::IfExp) return false;
    for (size_t i = 1; i < e.operands.size(); ++i)
      if (contains_comprehension(*e.operands[i])) return true;
    return false;
  }

  // `a and b` as `t = a; if t: t = b` (`or`: `if not t`), `b if c else d` as `if c: t = b
  // else: t = d`, into `before`; returns t. The comprehensions inside are lowered in turn
  // when `before` is.
  ExprPtr lift(ExprPtr slot, std::vector<StmtPtr>& before) {
    Expr& e = *slot;
    std::string t = hidden(e.kind == ExprKind::IfExp ? "conditional" : e.bool_op == BoolOpKind::And ? "and" : "or");
    if (e.kind == ExprKind::IfExp) {
      StmtPtr s = stmt(StmtKind::If, e.loc);
      s->value = std::move(e.operands[0]);
      s->body.push_back(assign(t, std::move(e.operands[1]), e.loc));
      s->orelse.push_back(assign(t, std::move(e.operands[2]), e.loc));
      before.push_back(std::move(s));
      return last_read(t, e.loc);
    }
    before.push_back(assign(t, std::move(e.operands[0]), e.loc));
    std::vector<StmtPtr>* into = &before;
    for (size_t i = 1; i < e.operands.size(); ++i) {
      SourceLoc loc = e.operands[i]->loc;
      StmtPtr s = stmt(StmtKind::If, loc);
      s->value = name_expr(t, loc);
      if (e.bool_op == BoolOpKind::Or) {
        ExprPtr n = std::make_unique<Expr>(ExprKind::Unary, loc);
        n->unary_op = UnaryOp::Not;
        n->operands.push_back(std::move(s->value));
        s->value = std::move(n);
      }
      s->body.push_back(assign(t, std::move(e.operands[i]), loc));
      into->push_back(std::move(s));
      into = &into->back()->body;
    }
    return last_read(t, e.loc);
  }

  // sum/min/max/any/all (and list/sorted where kilopy has them) of a generator expression.
  bool reduction_call(const Expr& e) const {
    if (e.kind != ExprKind::Call || e.callee->kind != ExprKind::Name || e.operands.size() != 1 ||
        e.operands[0]->kind != ExprKind::GenExp || !e.keywords.empty() || user_names_.count(e.callee->text))
      return false;
    const std::string& f = e.callee->text;
    if (f == "sum" || f == "min" || f == "max" || f == "any" || f == "all") return true;
    return (f == "list" || f == "sorted") && find_builtin(f);
  }

  // Before comprehension e runs, the parts of its statement evaluated earlier: when e may
  // print or rebind a name, each into a hidden variable (constants need not move).
  void hoist_done(Expr& e, std::vector<ExprPtr*>& done, std::vector<StmtPtr>& before) {
    bool effects = has_effects(e), needed = false;
    for (ExprPtr* p : done) {
      const Expr& d = **p;
      bool safe = is_constant(d) || (d.kind == ExprKind::Name && (!effects || is_hidden(d.text)));
      needed = needed || !safe;
    }
    if (!needed) return;
    for (ExprPtr* p : done) {
      if (is_constant(**p) || ((*p)->kind == ExprKind::Name && is_hidden((*p)->text))) continue;
      SourceLoc loc = (*p)->loc;
      std::string name = hidden("value");
      before.push_back(assign(name, std::move(*p), loc));
      *p = last_read(name, loc);
    }
    done.clear();
  }

  // Renames the comprehension's variables (its own scope, as Python 3's) to hidden names in
  // every part but the first iterable, which runs in the enclosing scope.
  void rename_variables(Expr& comp) {
    std::map<std::string, std::string> names;
    for (CompClause& c : comp.clauses)
      if (c.target)
        for_each_target_name(*c.target, [&](Expr& n) {
          if (!names.count(n.text)) names[n.text] = hidden(n.text);
        });
    for (size_t i = 0; i < comp.clauses.size(); ++i) {
      CompClause& c = comp.clauses[i];
      if (c.target) rename(*c.target, names);
      if (i > 0) rename(*c.value, names);
    }
    for (ExprPtr& o : comp.operands) rename(*o, names);  // a dict comprehension's key and value
  }

  static void rename(Expr& e, const std::map<std::string, std::string>& names) {
    if (e.kind == ExprKind::Name) {
      auto it = names.find(e.text);
      if (it != names.end()) e.text = it->second;
    }
    for_each_part(e, [&](ExprPtr& p) { rename(*p, names); });
  }

  // The loops of comp's clauses around the `innermost` statements, appended to `out`; each loop's body
  // gets `after_loop` (a copy per loop, for any/all's early exit) after its inner loop.
  void nest(Expr& comp, size_t i, std::vector<StmtPtr>& out, std::vector<StmtPtr> innermost,
            const std::function<StmtPtr(SourceLoc)>& after_loop) {
    if (i == comp.clauses.size()) {
      for (StmtPtr& s : innermost) out.push_back(std::move(s));
      return;
    }
    CompClause& c = comp.clauses[i];
    StmtPtr s = stmt(c.target ? StmtKind::For : StmtKind::If, c.value->loc);
    s->target = std::move(c.target);
    s->value = std::move(c.value);
    nest(comp, i + 1, s->body, std::move(innermost), after_loop);
    bool loop = s->kind == StmtKind::For;
    SourceLoc loc = s->loc;
    out.push_back(std::move(s));
    if (loop && i > 0 && after_loop) out.push_back(after_loop(loc));
  }

  // The statements computing comprehension (or reduction call) e, into `before`; returns
  // the expression that stands for its value.
  ExprPtr lower(ExprPtr slot, std::vector<StmtPtr>& before) {
    Expr& e = *slot;
    SourceLoc loc = e.loc;
    std::string f = e.kind == ExprKind::Call ? e.callee->text : "";
    Expr& comp = f.empty() ? e : *e.operands[0];
    rename_variables(comp);
    SourceLoc at = comp.operands[0]->loc;
    ExprPtr element = std::move(comp.operands[0]);
    std::string result = hidden(f.empty() ? "comprehension" : f);
    std::function<StmtPtr(SourceLoc)> after_loop;
    std::vector<StmtPtr> innermost;
    std::string first;  // min, max: true until an element is taken
    if (f == "sum") {  // result = 0; ... result += element
      ExprPtr zero = std::make_unique<Expr>(ExprKind::Int, loc);
      zero->int_text = "0";
      before.push_back(assign(result, std::move(zero), loc));
      StmtPtr add = stmt(StmtKind::AugAssign, at);
      add->target = name_expr(result, at);
      add->value = std::move(element);
      innermost.push_back(std::move(add));
    } else if (f == "any" || f == "all") {  // any: result = False; ... if element: result = True; break
      bool any = f == "any";
      before.push_back(assign(result, constant(!any, loc), loc));
      auto test = [any](ExprPtr value) {  // `value` for any, `not value` for all
        if (any) return value;
        ExprPtr n = std::make_unique<Expr>(ExprKind::Unary, value->loc);
        n->unary_op = UnaryOp::Not;
        n->operands.push_back(std::move(value));
        return n;
      };
      StmtPtr decide = stmt(StmtKind::If, at);
      decide->value = test(std::move(element));
      decide->body.push_back(assign(result, constant(any, at), at));
      decide->body.push_back(stmt(StmtKind::Break, at));
      innermost.push_back(std::move(decide));
      after_loop = [result, test](SourceLoc l) {  // leave the enclosing loops too
        StmtPtr s = stmt(StmtKind::If, l);
        s->value = test(name_expr(result, l));
        s->body.push_back(stmt(StmtKind::Break, l));
        return s;
      };
    } else if (f == "min" || f == "max") {
      // result = the first element, then each one that compares below (min) or above (max), as
      // CPython's min(); `first`: none yet. Nothing: min([0] * 0) raises CPython's ValueError.
      first = hidden("first");
      std::string value = hidden("element");
      before.push_back(assign(first, constant(true, loc), loc));
      StmtPtr take = stmt(StmtKind::Assign, at);
      take->targets.push_back(name_expr(value, at));
      take->value = std::move(element);
      ExprPtr better = std::make_unique<Expr>(ExprKind::Compare, at);
      better->op_loc = at;
      better->cmp_ops.push_back(f == "min" ? CmpOp::Lt : CmpOp::Gt);
      better->operands.push_back(name_expr(value, at));
      better->operands.push_back(name_expr(result, at));
      ExprPtr test = std::make_unique<Expr>(ExprKind::BoolOp, at);
      test->bool_op = BoolOpKind::Or;
      test->op_loc = at;
      test->operands.push_back(name_expr(first, at));
      test->operands.push_back(std::move(better));
      StmtPtr keep = stmt(StmtKind::If, at);
      keep->value = std::move(test);
      keep->body.push_back(assign(result, name_expr(value, at), at));
      keep->body.push_back(assign(first, constant(false, at), at));
      innermost.push_back(std::move(take));
      innermost.push_back(std::move(keep));
    } else if (comp.kind == ExprKind::DictComp) {  // result = {}; ... key = k; result[key] = v (k first, as CPython)
      before.push_back(assign(result, std::make_unique<Expr>(ExprKind::Dict, loc), loc));
      std::string key = hidden("key");
      innermost.push_back(assign(key, std::move(element), at));
      ExprPtr item = std::make_unique<Expr>(ExprKind::Subscript, at);
      item->operands.push_back(name_expr(result, at));
      item->operands.push_back(name_expr(key, at));
      StmtPtr store = stmt(StmtKind::Assign, at);
      store->targets.push_back(std::move(item));
      store->value = std::move(comp.operands[1]);
      innermost.push_back(std::move(store));
    } else {  // a list: result = []; ... result.append(element)
      before.push_back(assign(result, std::make_unique<Expr>(ExprKind::List, loc), loc));
      ExprPtr append = std::make_unique<Expr>(ExprKind::Call, at);
      append->callee = std::make_unique<Expr>(ExprKind::Attribute, at);
      append->callee->text = "append";
      append->callee->operands.push_back(name_expr(result, at));
      append->operands.push_back(std::move(element));
      innermost.push_back(stmt(StmtKind::Expr, at));
      innermost.back()->value = std::move(append);
    }
    nest(comp, 0, before, std::move(innermost), after_loop);
    if (f == "min" || f == "max") {
      StmtPtr empty = stmt(StmtKind::If, loc);
      empty->value = name_expr(first, loc);
      empty->body.push_back(stmt(StmtKind::Expr, loc));
      empty->body.back()->value = empty_sequence_call(f, loc);
      before.push_back(std::move(empty));
    }
    if (f == "list" || f == "sorted") {
      e.operands[0] = last_read(result, loc);  // list([...]), sorted([...])
      return slot;
    }
    return last_read(result, loc);
  }
};

}  // namespace

void desugar_comprehensions(Module& module) {
  Desugar d(module);
  module.body = d.block(std::move(module.body), true);
}

namespace {

void rename_in(std::vector<StmtPtr>& body, const std::map<std::string, std::string>& names);

void rename_in(Expr& e, const std::map<std::string, std::string>& names) {
  if (e.kind == ExprKind::Name) {
    auto it = names.find(e.text);
    if (it != names.end()) e.text = it->second;
  }
  for_each_operand(e, [&](Expr& o) { rename_in(o, names); });
}

void rename_in(std::vector<StmtPtr>& body, const std::map<std::string, std::string>& names) {
  for (StmtPtr& s : body)
    if (s->kind != StmtKind::Def) for_each_child(*s, [&](Expr& e, Use) { rename_in(e, names); },
                                                 [&](std::vector<StmtPtr>& b) { rename_in(b, names); });
}

// Hidden variable -> the one it becomes: of one type, the k-th of each group share a name
// (not one read where it may be unassigned: its flag, assigned_flag(name), keeps the name).
std::map<std::string, std::string> shared_names(const Function& f) {
  // (type, group) -> how many of that type the group has met; (type, k) -> the k-th's name.
  std::map<std::pair<std::string, std::string>, unsigned> seen;
  std::map<std::pair<std::string, unsigned>, std::string> shared;
  std::map<std::string, std::string> names;
  for (const std::string& name : f.var_order) {
    size_t sep = name.find(kHiddenSep);
    if (sep == std::string::npos || name[0] == '?' || f.guarded.count(name) || f.global_decls.count(name)) continue;
    std::string group = name.substr(sep + 1, name.find(kHiddenSep, sep + 1) - sep - 1);
    std::string type = type_name(f.vars.at(name).type);
    unsigned k = seen[{type, group}]++;
    auto it = shared.find({type, k});
    if (it == shared.end()) shared[{type, k}] = name;
    else names[name] = it->second;
  }
  return names;
}

}  // namespace

void share_hidden_variables(Program& program) {
  for (Function& f : program.functions) {
    std::map<std::string, std::string> names = shared_names(f);
    if (names.empty()) continue;
    rename_in(f.def ? const_cast<Stmt*>(f.def)->body : program.module->body, names);
    std::vector<std::string> order;
    for (const std::string& name : f.var_order) {
      if (names.count(name)) f.vars.erase(name);
      else order.push_back(name);
    }
    f.var_order = order;
  }
}

}  // namespace kilopy
