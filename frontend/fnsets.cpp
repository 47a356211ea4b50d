// The sets of functions that function values range over (program.h's find_function_sets): a
// union-find over what holds values (variables and parameters, results, fields by name), each
// container one with its elements. Coarse on purpose: the checker (types.cpp) gives every
// function of a set one type, so a flow this misses is a type conflict there, never a call of a
// function left out of a set.
#include <map>
#include <set>
#include <string>
#include <vector>

#include "frontend/builtins.h"
#include "frontend/program.h"

namespace kilopy {

namespace {

class FunctionSets {
 public:
  explicit FunctionSets(Program& program) : program_(program) {}

  void run() {
    // Calls through values bind the functions their sets hold so far: until nothing joins.
    do {
      joined_ = false;
      for (Function& f : program_.functions) {
        fn_ = &f;
        if (f.def)
          for (size_t i = 0; i < f.params.size(); ++i)
            if (f.defaults[i]) join(var(f.params[i]), expr(*f.defaults[i]));
        block(f.body(*program_.module));
      }
      fn_ = nullptr;
    } while (joined_);
    number();
  }

 private:
  int node(const std::string& key) {
    auto it = nodes_.find(key);
    if (it != nodes_.end()) return it->second;
    parent_.push_back(int(parent_.size()));
    return nodes_[key] = parent_.back();
  }

  int find(int n) {
    while (parent_[size_t(n)] != n) n = parent_[size_t(n)] = parent_[size_t(parent_[size_t(n)])];
    return n;
  }

  int join(int a, int b) {
    if (a < 0) return b;
    if (b < 0) return a;
    a = find(a), b = find(b);
    if (a != b) {
      parent_[size_t(b)] = a;
      joined_ = true;
    }
    return a;
  }

  int var(const std::string& name) {
    Var* v = program_.lookup(*fn_, name);
    return v ? node("v" + std::to_string(reinterpret_cast<uintptr_t>(v))) : -1;
  }
  int result(const std::string& function) { return node("r" + function); }
  int field(const std::string& name) { return node("f" + name); }
  int function(const std::string& name) { return node("F" + name); }

  // The program's function a name reads as a value (no variable of that name), or "".
  std::string function_named(const Expr& e) const {
    if (e.kind != ExprKind::Name || program_.lookup(*fn_, e.text) || program_.find_class(e.text)) return "";
    const Function* f = program_.find_function(e.text);
    return f && f->def ? e.text : "";
  }

  // The functions a node's set holds.
  std::vector<std::string> members(int n) {
    std::vector<std::string> out;
    for (const auto& k : nodes_)
      if (k.first[0] == 'F' && find(k.second) == find(n)) out.push_back(k.first.substr(1));
    return out;
  }

  void bind(const Function& g, const Expr& call, size_t first) {
    for (size_t i = 0; i < call.operands.size() && first + i < g.params.size(); ++i)
      join(node_of(g, g.params[first + i]), expr(*call.operands[i]));
    for (const Keyword& k : call.keywords)
      if (g.param_index(k.name) >= 0) join(node_of(g, k.name), expr(*k.value));
  }

  int node_of(const Function& g, const std::string& param) {
    Function* saved = fn_;
    fn_ = const_cast<Function*>(&g);
    int n = var(param);
    fn_ = saved;
    return n;
  }

  int call(const Expr& e) {
    const Expr& callee = *e.callee;
    if (callee.kind == ExprKind::Name && !program_.lookup(*fn_, callee.text)) {
      if (const Function* g = program_.find_function(callee.text)) {
        bind(*g, e, 0);
        return result(g->name);
      }
      if (program_.find_class(callee.text)) {
        if (const Function* init = program_.find_function(callee.text + ".__init__")) bind(*init, e, 1);
        for (const ExprPtr& o : e.operands) expr(*o);
        return -1;
      }
      int all = -1;  // a builtin: what it returns comes from its operands (sorted, list, min, ...)
      for (const ExprPtr& o : e.operands) all = join(all, expr(*o));
      for (const Keyword& k : e.keywords) expr(*k.value);
      return all;
    }
    if (callee.kind == ExprKind::Attribute) {
      int receiver = expr(*callee.operands[0]);
      int out = -1;
      bool method = false;
      for (const Function& g : program_.functions) {
        const std::string& n = g.name;
        if (n.size() > callee.text.size() && n.compare(n.size() - callee.text.size(), callee.text.size(), callee.text) == 0 &&
            n[n.size() - callee.text.size() - 1] == '.') {
          bind(g, e, 1);
          out = join(out, result(g.name));
          method = true;
        }
      }
      int f = field(callee.text);  // a field holding a function: called through it
      for (const std::string& g : members(f)) {
        bind(*program_.find_function(g), e, 0);
        out = join(out, result(g));
      }
      if (method) return out;
      // A method of a list, dict, set or str: its arguments and result are its receiver's.
      for (const ExprPtr& o : e.operands) receiver = join(receiver, expr(*o));
      for (const Keyword& k : e.keywords) expr(*k.value);
      return join(out, receiver);
    }
    int through = expr(callee);  // a function value
    for (const ExprPtr& o : e.operands) expr(*o);
    for (const Keyword& k : e.keywords) expr(*k.value);
    int out = -1;
    if (through >= 0)
      for (const std::string& g : members(through)) {
        bind(*program_.find_function(g), e, 0);
        out = join(out, result(g));
      }
    return out;
  }

  // The node of what e's value comes from, or -1.
  int expr(const Expr& e) {
    switch (e.kind) {
      case ExprKind::Name: {
        std::string f = function_named(e);
        return f.empty() ? var(e.text) : function(f);
      }
      case ExprKind::Attribute:
        expr(*e.operands[0]);
        return field(e.text);
      case ExprKind::Call: return call(e);
      case ExprKind::Subscript:
        expr(*e.operands[1]);
        return expr(*e.operands[0]);
      case ExprKind::IfExp:
        expr(*e.operands[0]);
        return join(expr(*e.operands[1]), expr(*e.operands[2]));
      case ExprKind::Dict: {
        int all = -1;
        for (size_t i = 0; i < e.operands.size(); ++i) {
          int n = expr(*e.operands[i]);
          if (i % 2) all = join(all, n);
        }
        return all;
      }
      case ExprKind::Compare:
      case ExprKind::Format:
      case ExprKind::Unary:
        for (const ExprPtr& o : e.operands) expr(*o);
        return -1;
      default: {
        int all = -1;
        for_each_operand(e, [&](const Expr& o) { all = join(all, expr(o)); });
        return all;
      }
    }
  }

  void target(const Expr& t, int value) {
    if (t.kind == ExprKind::Name) join(var(t.text), value);
    else if (t.kind == ExprKind::Attribute) join(field(t.text), value), expr(*t.operands[0]);
    else if (t.kind == ExprKind::Subscript) join(expr(*t.operands[0]), value), expr(*t.operands[1]);
    else
      for (const ExprPtr& o : t.operands) target(*o, value);
  }

  void block(const std::vector<StmtPtr>& body) {
    for (const StmtPtr& s : body) {
      if (s->kind == StmtKind::Def || s->kind == StmtKind::Class) continue;
      int value = s->value ? expr(*s->value) : -1;
      if (s->msg) expr(*s->msg);
      for (const ExprPtr& t : s->targets) target(*t, value);
      if (s->target) target(*s->target, value);
      if (s->kind == StmtKind::Return && fn_->def) join(result(fn_->name), value);
      block(s->body);
      if (s->kind == StmtKind::Try) block(s->handlers);
      block(s->orelse);
    }
  }

  // Each function in a set with another or used as a value gets a tag: its place among them.
  void number() {
    std::map<int, std::vector<std::string>> sets;
    for (const auto& k : nodes_)
      if (k.first[0] == 'F') sets[find(k.second)].push_back(k.first.substr(1));
    for (const auto& s : sets) {
      std::string joined;
      for (const std::string& g : s.second) joined += (joined.empty() ? "" : ",") + g;
      for (const std::string& g : s.second) {
        program_.function_set[g] = joined;
        program_.function_tag[g] = int(program_.function_tag.size());
      }
    }
  }

  Program& program_;
  Function* fn_ = nullptr;
  std::map<std::string, int> nodes_;
  std::vector<int> parent_;
  bool joined_ = false;
};

}  // namespace

void find_function_sets(Program& program) { FunctionSets(program).run(); }

}  // namespace kilopy
