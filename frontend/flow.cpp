// Definite assignment. Values carry no tags, so the VM cannot notice an unassigned variable
// the way CPython does (NameError, UnboundLocalError). A name read where no path assigns it
// is a compile error; a name read where some paths assign it and others do not gets a hidden
// flag variable (assigned_flag, Function::guarded) that the code sets on assignment and
// checks at those reads, raising NameError or UnboundLocalError as CPython would. Globals
// read inside functions are checked at each call from the module body (a function "needs"
// them), and a call counts as assigning the globals the function assigns on every path
// (global statement). constants.cpp relies on this: a read of a global it makes a constant
// cannot come before the assignment.
#include <algorithm>

#include "frontend/builtins.h"
#include "frontend/desugar.h"
#include "frontend/diagnostic.h"
#include "frontend/link.h"
#include "frontend/program.h"

namespace kilopy {

namespace {

struct State {
  std::set<std::string> must;  // assigned on every path here
  std::set<std::string> may;   // assigned on some path here
  bool dead = false;           // no path reaches here

  static State unreachable() {
    State s;
    s.dead = true;
    return s;
  }
  void meet(const State& other) {
    if (other.dead) return;
    if (dead) { *this = other; return; }
    std::set<std::string> both;
    for (const std::string& n : must)
      if (other.must.count(n)) both.insert(n);
    must = both;
    may.insert(other.may.begin(), other.may.end());
  }
  void add(const std::string& name) {
    must.insert(name);
    may.insert(name);
  }
};

// Every name a block assigns, at any depth.
void assigned_in(const std::vector<StmtPtr>& body, std::set<std::string>& names) {
  for (const StmtPtr& s : body)
    for_each_child(*s, [&](const Expr& t, Use use) {
      if (use == Use::Read) return;
      for_each_target_name(t, [&](const Expr& name) { names.insert(name.text); });
    }, [&](const std::vector<StmtPtr>& b) { assigned_in(b, names); });
}

// Every name a handler of the block unbinds at its start (Stmt::unbinds), at any depth: an
// exception leaving that handler leaves it unbound.
void unbound_in(const std::vector<StmtPtr>& body, std::set<std::string>& must) {
  for (const StmtPtr& s : body) {
    if (s->kind == StmtKind::Def) continue;
    if (!s->unbinds.empty()) must.erase(s->unbinds);
    for_each_block(*s, [&](const std::vector<StmtPtr>& b) { unbound_in(b, must); });
  }
}

// True if a handler of the block (at any depth) unbinds the name.
bool unbinding_handler(const std::vector<StmtPtr>& body, const std::string& name) {
  std::set<std::string> must = {name};
  unbound_in(body, must);
  return must.empty();
}

class DefiniteAssignment {
 public:
  explicit DefiniteAssignment(Program& p) : program_(p) {}

  void run() {
    // Functions first, to a fixed point (calls between them, recursion), then the module body.
    for (int round = 0; round < 100; ++round) {
      bool changed = false;
      for (size_t i = 1; i < program_.functions.size(); ++i) {
        Function& f = program_.functions[i];
        auto needs = f.needs_globals;
        auto assigns = f.assigns_globals;
        analyze(f);
        if (needs.size() != f.needs_globals.size() || assigns != f.assigns_globals) changed = true;
      }
      if (!changed) break;
    }
    analyze(program_.functions[0]);
  }

 private:
  Program& program_;
  Function* fn_ = nullptr;
  std::vector<State> breaks_;  // one per enclosing loop: the meet of its break states
  State returns_;              // meet of the states at every return
  std::set<std::string> used_; // names read so far in this function, in source order

  bool is_module() const { return fn_->def == nullptr; }

  void analyze(Function& f) {
    fn_ = &f;
    f.needs_globals.clear();
    used_.clear();
    breaks_.clear();
    returns_ = State::unreachable();
    State s;
    for (const std::string& p : f.params) s.add(p);
    s = block(f.body(*program_.module), s);
    if (f.def) {
      returns_.meet(s);
      f.assigns_globals.clear();
      if (!returns_.dead)
        for (const std::string& n : returns_.must)
          if (program_.is_global_in(f, n)) f.assigns_globals.insert(n);
    }
  }

  // A read of `name` at `loc` in state s (`e` is the Name read, if any).
  void read(const std::string& name, SourceLoc loc, State& s, const Expr* e = nullptr) {
    used_.insert(name);
    if (s.dead || s.must.count(name)) return;
    bool global = program_.is_global_in(*fn_, name);
    if (global && !is_module()) {
      fn_->needs_globals.emplace(name, loc);
      return;
    }
    if (program_.find_function(name))
      throw CompileError(loc, "function '" + name + "' is used before its def statement has run");
    // A hidden name (desugar.h) is read only where its lowering has assigned it (min(xs, key=f)'s
    // best, read after a loop that an empty xs leaves by ValueError; max's, compared in the
    // branch that runs from the second element on, which an inlined generator's first yield
    // has too): no source name, so no NameError of CPython's to reproduce, and no flag (which
    // would also keep it from sharing its register with the hidden names of later statements).
    if (name.find(kHiddenSep) != std::string::npos) {
      s.add(name);
      return;
    }
    bool assigned_somewhere = global ? program_.functions[0].vars.count(name) > 0 : true;
    if (!assigned_somewhere || !s.may.count(name) || !e) {
      if (!global && !is_module() && !s.may.count(name) && program_.functions[0].vars.count(name)) {
        std::string f = fn_->name.substr(0, fn_->name.find(kDefSep));
        throw CompileError(loc, "'" + name + "' is assigned in " + f + "(), so it is local there and has no value yet: add "
                                "`global " + name + "` at the start of " + f + "() to use the module's " + name);
      }
      if (unbinding_handler(fn_->body(*program_.module), name))
        throw CompileError(loc, "name '" + name + "' has no value here: an `except ... as " + name + "` before it unbinds " +
                                    name + " when its handler ends, as CPython does; assign " + name +
                                    " again first, or name the exception differently");
      throw CompileError(loc, "name '" + name + "' is used before it is assigned");
    }
    // Assigned on some paths only: like CPython, check at run time (NameError or
    // UnboundLocalError) with a hidden flag variable.
    guard(name);
    const_cast<Expr*>(e)->check_assigned = true;
    s.add(name);  // past the check, it is assigned
  }

  void guard(const std::string& name) {
    if (!fn_->guarded.insert(name).second) return;
    Var flag;
    flag.name = assigned_flag(name);
    flag.type = Type::Bool;
    fn_->vars[flag.name] = flag;
    fn_->var_order.push_back(flag.name);
  }

  // How a call of the program's function is made.
  enum class Via {
    Name,   // f(x), or a method call types.cpp bound
    Value,  // through a function value, which may hold the function
    Shown,  // a __repr__ that showing a value calls
  };

  // A call of callee at loc.
  void call(const Function& callee, SourceLoc loc, State& s, Via via = Via::Name) {
    if (via == Via::Name) read(callee.name, loc, s);
    const std::string calling = via == Via::Value ? "this call (which may call " + callee.name + "())"
                                : via == Via::Shown ? "showing this value calls " + callee.name + "(), which"
                                                    : "calling " + callee.name + "()";
    for (const auto& need : callee.needs_globals) {
      if (s.dead || s.must.count(need.first)) continue;
      if (!is_module()) {
        fn_->needs_globals.emplace(need.first, need.second);
        continue;
      }
      std::string line = std::to_string(need.second.line);
      if (const Function* f = program_.find_function(need.first)) {  // a function defined later
        std::string def_line = std::to_string(f->def->loc.line);
        throw CompileError(loc, calling + " here runs the call of " + need.first + "() at line " + line +
                                    " before the def of " + need.first + "() at line " + def_line +
                                    " has run (a call inside a function calls the last def of its name in kilopy): " +
                                    (via == Via::Name ? "call " + callee.name + "()" : "move this") + " after line " + def_line);
      }
      throw CompileError(loc, calling + " here reads global '" + need.first + "' (line " + line +
                                  ") before it is assigned: assign it at module level before " +
                                  (via == Via::Shown ? "this statement" : "this call"));
    }
    if (!s.dead)
      for (const std::string& g : callee.assigns_globals) s.add(g);
  }

  // The __repr__ calls that showing o's value makes (o an operand of print(), str() or a
  // format, which shows it once it is evaluated).
  void shown(const Expr& o, State& s) {
    for (const std::string& r : o.shown_reprs) call(*program_.find_function(r), o.loc, s, Via::Shown);
  }

  void expr(const Expr& e, State& s) {
    switch (e.kind) {
      case ExprKind::Name:
        if (e.text != "__name__") read(e.text, e.loc, s, &e);  // __name__ == "__main__" is True
        return;

      case ExprKind::BoolOp: {
        // Later operands may not run: what they assign is not definite afterwards.
        expr(*e.operands[0], s);
        State after = s;
        for (size_t i = 1; i < e.operands.size(); ++i) {
          State branch = s;
          expr(*e.operands[i], branch);
          after.may.insert(branch.may.begin(), branch.may.end());
        }
        s = after;
        return;
      }
      case ExprKind::IfExp: {
        expr(*e.operands[0], s);
        State body = s, orelse = s;
        expr(*e.operands[1], body);
        expr(*e.operands[2], orelse);
        body.meet(orelse);
        s = body;
        return;
      }
      case ExprKind::Compare: {
        // Chained: operands after the first comparison may not run.
        expr(*e.operands[0], s);
        expr(*e.operands[1], s);
        State after = s;
        for (size_t i = 2; i < e.operands.size(); ++i) expr(*e.operands[i], after);
        return;
      }
      case ExprKind::Call:
        for_each_operand(e, [&](const Expr& o) {
          if (!is_function_name(e, o)) expr(o, s), shown(o, s);  // of lst.append(v): lst, then v
        });
        if (e.callee->kind == ExprKind::Name)
          if (const Function* f = program_.find_function(e.callee->text)) {
            State ran = s;  // a dispatched call runs one of its methods: what all of them assign
            call(*f, e.loc, ran);
            for (const auto& d : e.dispatch) {
              State other = s;
              call(*program_.find_function(d.second), e.loc, other);
              ran.meet(other);
            }
            s = ran;
            return;
          }
        if (e.callee->type.kind == Type::Kind::Func) {  // through a function value: any function of its set
          std::vector<std::string> members = Program::set_members(e.callee->type.cls);
          State ran = s;
          for (size_t i = 0; i < members.size(); ++i) {
            State other = s;
            call(*program_.find_function(members[i]), e.loc, other, Via::Value);
            if (i == 0) ran = other;
            else ran.meet(other);
          }
          s = ran;
        }
        return;
      default:
        for_each_operand(e, [&](const Expr& o) { expr(o, s), shown(o, s); });
        return;
    }
  }

  State block(const std::vector<StmtPtr>& body, State s) {
    for (const StmtPtr& st : body) s = statement(*st, s);
    return s;
  }

  // Runs a loop body from `entry`; returns `entry` plus, as maybe-assigned, whatever the body
  // assigns (the body may run zero times). `broke` gets the meet of the break states.
  State loop_body(const std::vector<StmtPtr>& body, const State& entry, State& broke) {
    breaks_.push_back(State::unreachable());
    State start = entry;  // an earlier iteration may have assigned what the body assigns, or unbound
    assigned_in(body, start.may);
    unbound_in(body, start.must);
    State end = block(body, start);
    broke = breaks_.back();
    breaks_.pop_back();
    State after = start;
    after.may = entry.may;
    after.may.insert(end.may.begin(), end.may.end());
    after.may.insert(broke.may.begin(), broke.may.end());
    return after;
  }

  State statement(const Stmt& st, State s) {
    switch (st.kind) {
      case StmtKind::Expr:
      case StmtKind::Assert:
        for_each_expr(st, [&](const Expr& e, Use) { expr(e, s); });
        return s;
      case StmtKind::Assign:  // the value first, then the targets left to right
        expr(*st.value, s);
        for_each_expr(st, [&](const Expr& t, Use use) {
          if (use == Use::Read) return;
          if (t.kind == ExprKind::Name) s.add(t.text);
          else if (t.kind == ExprKind::Subscript) expr(t, s);  // reads the list and the index
          else for_each_operand(t, [&](const Expr& item) {
            if (item.kind == ExprKind::Subscript) expr(item, s);  // a[i], a[j] = ...
            else for_each_target_name(item, [&](const Expr& name) { s.add(name.text); });  // (a, b), c = ...
          });
        });
        return s;
      case StmtKind::Del:  // reads each list and index, left to right
        for_each_expr(st, [&](const Expr& e, Use) { expr(e, s); });
        return s;
      case StmtKind::AugAssign:
        for_each_expr(st, [&](const Expr& e, Use) { expr(e, s); });
        if (st.target->kind == ExprKind::Name) s.add(st.target->text);
        return s;
      case StmtKind::If: {
        expr(*st.value, s);
        bool truth;
        if (constant_truth(*st.value, truth)) return block(truth ? st.body : st.orelse, s);
        State body = block(st.body, s);
        body.meet(block(st.orelse, s));
        return body;
      }
      case StmtKind::While: {
        bool truth = false;
        bool constant = constant_truth(*st.value, truth);
        expr(*st.value, s);
        State broke;
        State after = loop_body(st.body, s, broke);
        if (constant && truth) return broke;  // left only by break; else never runs
        State done = block(st.orelse, after);
        done.meet(broke);
        return done;
      }
      case StmtKind::For: {
        expr(*st.value, s);
        State inside = s;
        for_each_target_name(*st.target, [&](const Expr& name) { inside.add(name.text); });
        State broke;
        State after = loop_body(st.body, inside, broke);
        if (!nonempty_constant_range(*st.value)) {
          after.must = s.must;
          unbound_in(st.body, after.must);
          for_each_target_name(*st.target, [&](const Expr& name) { after.may.insert(name.text); });
        }
        State done = block(st.orelse, after);
        done.meet(broke);
        return done;
      }
      case StmtKind::Try: {  // a handler may start after any part of the body
        State caught = s;
        assigned_in(st.body, caught.may);
        unbound_in(st.body, caught.must);
        State done = block(st.orelse, block(st.body, s));
        for (const StmtPtr& h : st.handlers) {
          State entry = caught;
          if (!h->unbinds.empty()) entry.must.erase(h->unbinds), entry.may.erase(h->unbinds);
          if (h->target) entry.add(h->target->text), entry.add(exception_type_name(h->target->text));
          done.meet(block(h->body, entry));
        }
        return done;
      }
      case StmtKind::Raise:  // its exception's arguments are read first
        for_each_expr(st, [&](const Expr& e, Use) { expr(e, s); });
        return State::unreachable();
      case StmtKind::Except:  // run by Try
        return s;
      case StmtKind::Break:
        breaks_.back().meet(s);
        return State::unreachable();
      case StmtKind::Continue:
        return State::unreachable();
      case StmtKind::Return:
        for_each_expr(st, [&](const Expr& e, Use) { expr(e, s); });
        returns_.meet(s);
        return State::unreachable();
      case StmtKind::Def:
        s.add(st.name);
        return s;
      case StmtKind::Global:
        for (const std::string& name : st.names) {
          if (s.may.count(name) || fn_->params.end() != std::find(fn_->params.begin(), fn_->params.end(), name))
            throw CompileError(st.loc, "name '" + name + "' is assigned to before global declaration");
          if (used_.count(name))
            throw CompileError(st.loc, "name '" + name + "' is used prior to global declaration");
        }
        return s;
      case StmtKind::Pass:
      case StmtKind::Import:
      case StmtKind::Declare:  // binds nothing: a read after it is unassigned, as in CPython
      case StmtKind::Class:  // taken out of the module by take_classes
      case StmtKind::Yield:  // inlined by inline_generators
      case StmtKind::Nonlocal:  // dropped by cell_nonlocal_variables
        return s;
    }
    return s;
  }
};

}  // namespace

bool constant_truth(const Expr& e, bool& value) {
  if (e.kind == ExprKind::Bool) { value = e.bool_value; return true; }
  if (e.kind == ExprKind::Int) { value = e.int_value != 0; return true; }
  if (e.kind == ExprKind::None) { value = false; return true; }
  return false;
}

bool nonempty_constant_range(const Expr& call) {
  const Builtin* b = call.kind == ExprKind::Call && call.callee->kind == ExprKind::Name ? find_builtin(call.callee->text) : nullptr;
  if (!b || b->type_rule != TypeRule::Range || call.operands.empty() || call.operands.size() > 3) return false;
  int64_t a[3] = {0, 0, 1};
  size_t n = call.operands.size();
  for (size_t i = 0; i < n; ++i) {
    const Expr& o = *call.operands[i];
    if (o.kind != ExprKind::Int && o.kind != ExprKind::Bool) return false;
    a[n == 1 ? 1 : i] = o.kind == ExprKind::Bool ? o.bool_value : o.int_value;
  }
  return a[2] > 0 ? a[0] < a[1] : a[2] < 0 && a[0] > a[1];
}

void check_definite_assignment(Program& program) { DefiniteAssignment(program).run(); }

}  // namespace kilopy
