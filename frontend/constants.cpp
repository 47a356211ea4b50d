// Named constants: a global assigned exactly once, by a top-level `NAME = <constant>` of the
// module body, and bound nowhere else, has that value wherever it is read, so every read
// becomes the literal and the global disappears (no register, no arena bytes, no GETG).
//
// Sound because it runs after the definite-assignment check (flow.cpp): every read of an
// accepted program happens after the assignment (a read that might come first is either a
// compile error or a guarded read, and guarded names are left alone), and nothing can change
// the value afterwards (any other binding anywhere disqualifies the name).
#include <map>

#include "frontend/program.h"

namespace kilopy {

namespace {

class Constants {
 public:
  explicit Constants(Program& p) : program_(p) {}

  void run() {
    for (size_t f = 0; f < program_.functions.size(); ++f) count_bindings(program_.functions[f], body(f));
    Function& module = program_.module_fn();
    // Repeat until nothing new: B = A * 2 becomes constant once A is substituted and folded.
    for (bool found = true; found;) {
      found = false;
      for (StmtPtr& s : program_.module->body) {
        if (s->kind != StmtKind::Assign || s->targets.size() != 1 || s->targets[0]->kind != ExprKind::Name) continue;
        const std::string& name = s->targets[0]->text;
        const Expr& v = *s->value;
        if (bindings_[name] != 1 || module.guarded.count(name)) continue;
        if (v.kind != ExprKind::Int && v.kind != ExprKind::Bool) continue;
        values_.emplace(name, Literal{v.kind, v.int_value, v.int_text, v.bool_value});
        module.vars.erase(name);
        for (auto it = module.var_order.begin(); it != module.var_order.end(); ++it)
          if (*it == name) { module.var_order.erase(it); break; }
        s->kind = StmtKind::Pass;  // the assignment itself is no longer needed
        s->targets.clear();
        s->value.reset();
        found = true;
      }
      if (!found) break;
      for (size_t f = 0; f < program_.functions.size(); ++f) substitute(program_.functions[f], body(f));
      fold_constants(program_);
    }
  }

 private:
  Program& program_;
  std::map<std::string, unsigned> bindings_;   // global name -> statements binding it
  struct Literal {
    ExprKind kind;
    int64_t int_value;
    std::string int_text;
    bool bool_value;
  };
  std::map<std::string, Literal> values_;  // the constants found so far

  std::vector<StmtPtr>& body(size_t f) {
    Function& fn = program_.functions[f];
    return fn.def ? const_cast<Stmt*>(fn.def)->body : program_.module->body;
  }

  bool global_in(const Function& f, const std::string& name) { return program_.is_global_in(f, name); }

  void bind(const Function& f, const Expr& target) {
    if (target.kind == ExprKind::Name && global_in(f, target.text)) ++bindings_[target.text];
    if (target.kind == ExprKind::Tuple || target.kind == ExprKind::List)
      for_each_operand(target, [&](const Expr& t) { bind(f, t); });
  }

  void count_bindings(const Function& f, const std::vector<StmtPtr>& stmts) {
    for (const StmtPtr& s : stmts)
      if (s->kind != StmtKind::Def)  // a function of its own
        for_each_child(*s, [&](const Expr& e, Use use) { if (use != Use::Read) bind(f, e); },
                       [&](const std::vector<StmtPtr>& b) { count_bindings(f, b); });
  }

  // Replaces reads of the constants found so far.
  void substitute(const Function& f, std::vector<StmtPtr>& stmts) {
    for (StmtPtr& s : stmts)
      if (s->kind != StmtKind::Def)
        for_each_child(*s, [&](Expr& e, Use) { expr(f, e); }, [&](std::vector<StmtPtr>& b) { substitute(f, b); });
  }

  void expr(const Function& f, Expr& e) {
    for_each_operand(e, [&](Expr& o) { expr(f, o); });  // also m[i].append(v): the receiver's index
    if (e.kind != ExprKind::Name || !global_in(f, e.text)) return;
    auto it = values_.find(e.text);
    if (it == values_.end()) return;
    const Literal& v = it->second;
    e.kind = v.kind;
    e.int_value = v.int_value;
    e.int_text = v.int_text;
    e.bool_value = v.bool_value;
    e.text.clear();
  }
};

}  // namespace

void propagate_constants(Program& program) { Constants(program).run(); }

}  // namespace kilopy
