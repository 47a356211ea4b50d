// Placement (placement.h): registers for variables, loop-only locals, promoted globals,
// hoisted constants, and the module prologue's needless loads.
#include "frontend/placement.h"

#include <algorithm>
#include <functional>

#include "bytecode/opcode_info.h"
#include "frontend/builtins.h"
#include "frontend/desugar.h"
#include "frontend/generators.h"

namespace kilopy {

namespace {

// True if callee names print.
bool is_print(const Expr& callee) {
  const Builtin* b = callee.kind == ExprKind::Name ? find_builtin(callee.text) : nullptr;
  return b && b->code_rule == CodeRule::Print;
}

// The names a body reads, those it binds other than as a `for` target, and `for` targets.
void reads(const Expr& e, std::set<std::string>& read) {
  if (e.kind == ExprKind::Name) read.insert(e.text);
  for_each_operand(e, [&](const Expr& o) { reads(o, read); });
}
void binds(const Expr& target, std::set<std::string>& read, std::set<std::string>& other) {
  if (target.kind == ExprKind::Name) other.insert(target.text);
  else if (target.kind == ExprKind::Tuple || target.kind == ExprKind::List)
    for_each_operand(target, [&](const Expr& t) { binds(t, read, other); });
  else reads(target, read);  // w[i] = v reads w and i
}
void uses(const std::vector<StmtPtr>& body, std::set<std::string>& read, std::set<std::string>& other,
          std::set<std::string>& loops) {
  for (const StmtPtr& s : body) {
    if (s->kind == StmtKind::Def) continue;
    for_each_child(*s, [&](const Expr& e, Use use) {
      if (use != Use::Write) reads(e, read);  // x += 1 reads x
      else if (s->kind == StmtKind::For && e.kind == ExprKind::Name) loops.insert(e.text);
      else binds(e, read, other);
    }, [&](const std::vector<StmtPtr>& b) { uses(b, read, other, loops); });
    for (const std::string& n : s->names) other.insert(n);  // global: never a loop-only local
  }
}

// A local bound only by `for` and never read needs no register of its own.
std::set<std::string> loop_only_locals(const Program& program, const Function& f) {
  std::set<std::string> read, other, loops, only;
  uses(f.body(*program.module), read, other, loops);
  for (const std::string& name : loops)
    if (!read.count(name) && !other.count(name) && !f.guarded.count(name) &&
        std::find(f.params.begin(), f.params.end(), name) == f.params.end())
      only.insert(name);
  return only;
}

// The top-level statements a variable is mentioned in, first to last: where it lives.
struct Span {
  size_t first, last;
};

// Each name statement s mentions (at any depth), to `note`.
void mentioned(const Stmt& s, const std::function<void(const std::string&)>& note) {
  std::function<void(const Expr&)> expr = [&](const Expr& e) {
    if (e.kind == ExprKind::Name) note(e.text);
    for_each_operand(e, expr);
  };
  for (const std::string& n : s.names) note(n);
  if (s.kind == StmtKind::Except && s.target) note(exception_type_name(s.target->text));  // set where the handler starts
  if (!s.unbinds.empty()) note(s.unbinds);
  for_each_child(s, [&](const Expr& e, Use) { expr(e); }, [&](const std::vector<StmtPtr>& b) {
    for (const StmtPtr& c : b) mentioned(*c, note);
  });
}

// The variables of f that need a register only while the top-level statements from their first
// mention to their last run: each with that span. The top-level statements run in order, each
// at most once per call, so variables whose spans do not meet are never live at once and can
// share a register. Not: a parameter or global, nor a guarded variable or its flag (set on
// entry); in the module, a variable that a function mentions (it reads the globals), so the
// module's others are written before they are read, as a function's locals are.
std::map<std::string, Span> statement_spans(const Program& program, const Function& f) {
  std::map<std::string, Span> spans;
  const std::vector<StmtPtr>& body = f.body(*program.module);
  for (size_t i = 0; i < body.size(); ++i)
    if (body[i]->kind != StmtKind::Def)
      mentioned(*body[i], [&](const std::string& n) { spans.emplace(n, Span{i, i}).first->second.last = i; });
  std::set<std::string> in_functions;  // for the module: the names its functions mention (a default's too: calls read it)
  if (!f.def)
    for (const Function& g : program.functions)
      if (g.def) mentioned(*g.def, [&](const std::string& n) { in_functions.insert(n); });
  for (auto it = spans.begin(); it != spans.end();) {
    const std::string& name = it->first;
    bool fixed = !f.vars.count(name) || f.guarded.count(name) || name[0] == '?' ||
                 std::count(f.params.begin(), f.params.end(), name) ||
                 (f.def ? program.is_global_in(f, name) : in_functions.count(name) > 0);
    it = fixed ? spans.erase(it) : std::next(it);
  }
  return spans;
}

// What a function body uses, in one walk: how often each name appears, each int constant too
// wide for a value operand (none inside a print call: its arguments mostly become text),
// the names it assigns, and whether it calls a function of the program (a __repr__ too).
struct BodyUses {
  std::map<std::string, unsigned> names;
  std::map<int64_t, unsigned> constants;
  std::set<std::string> written;
  bool calls = false;
};

void note_writes(const Expr& target, BodyUses& u) {
  if (target.kind == ExprKind::Name) u.written.insert(target.text);
  if (target.kind == ExprKind::Tuple) for_each_operand(target, [&](const Expr& t) { note_writes(t, u); });
}

void survey(const Program& program, const Expr& e, BodyUses& u, bool print_arg = false) {
  if (e.kind == ExprKind::Name) ++u.names[e.text];
  if (e.kind == ExprKind::Int && !print_arg && !e.int_too_big && (e.int_value < kImmMin || e.int_value > kImmMax))
    ++u.constants[e.int_value];
  u.calls = u.calls || program.called_function(e) || shows_held_objects(e);
  bool print = print_arg || (e.kind == ExprKind::Call && is_print(*e.callee));
  if (constant_table_literal(e)) return;  // its elements are image data, not loads
  for_each_operand(e, [&](const Expr& o) { survey(program, o, u, print); });
}

void survey(const Program& program, const std::vector<StmtPtr>& body, BodyUses& u) {
  for (const StmtPtr& s : body)
    if (s->kind != StmtKind::Def)
      for_each_child(*s, [&](const Expr& e, Use use) {
        survey(program, e, u);
        if (use != Use::Read) note_writes(e, u);
      }, [&](const std::vector<StmtPtr>& b) { survey(program, b, u); });
}

// A function that calls no program function has the module to itself until it returns, so
// a scalar global it uses at least 3 times lives in a register of its own: loaded on entry,
// stored back (if the function assigns it) before each return. An error stops the program
// before anyone could see the stale global: in a program without try statements.
void promote_globals(const Program& program, const Function& f, const BodyUses& u, Placement& p) {
  p.written = u.written;
  if (!f.def || u.calls || program.catches) return;
  const Function& module = program.functions[0];
  for (const auto& [name, n] : u.names) {
    auto var = module.vars.find(name);
    if (n < 3 || p.var_reg.count(name) || !program.is_global_in(f, name) || var == module.vars.end() ||
        var->second.type.is_seq() || var->second.type.is_table() || module.guarded.count(name))
      continue;
    p.promoted.push_back(name);
    p.var_reg.emplace(name, p.variables++);
  }
}

// An int constant too wide for a value operand, used at least twice in a function, is
// loaded once on entry into a register of its own, not at every use.
void hoist_constants(const BodyUses& u, Placement& p) {
  unsigned next = p.variables;
  for (const auto& [value, n] : u.constants)
    if (n >= 2) p.hoisted.emplace(value, next++);
}

}  // namespace

Placement place(const Program& program, const Function& f) {
  Placement p;
  if (f.def) p.loop_only = loop_only_locals(program, f);
  std::map<std::string, Span> spans = statement_spans(program, f);
  for (const std::string& name : f.var_order)
    if (!p.loop_only.count(name) && !spans.count(name)) p.var_reg.emplace(name, p.variables++);
  // The others by first statement, each in the lowest shared register free by then.
  std::vector<std::pair<Span, std::string>> order;
  for (const std::string& name : f.var_order)
    if (!p.loop_only.count(name) && spans.count(name)) order.push_back({spans.at(name), name});
  std::stable_sort(order.begin(), order.end(), [](const auto& a, const auto& b) { return a.first.first < b.first.first; });
  std::vector<size_t> busy_to;  // per shared register: the last statement of its variable so far
  for (const auto& [span, name] : order) {
    size_t r = 0;
    while (r < busy_to.size() && busy_to[r] >= span.first) ++r;
    if (r == busy_to.size()) busy_to.push_back(0);
    busy_to[r] = span.last;
    p.var_reg.emplace(name, p.variables + unsigned(r));
  }
  p.variables += unsigned(busy_to.size());
  BodyUses u;
  survey(program, f.body(*program.module), u);
  promote_globals(program, f, u, p);
  hoist_constants(u, p);
  return p;
}

std::vector<std::string> module_globals(const Program& program) {
  const Function& module = program.functions[0];
  std::map<std::string, Span> spans = statement_spans(program, module);
  std::vector<std::string> globals;
  for (const std::string& name : module.var_order)
    if (!spans.count(name)) globals.push_back(name);
  return globals;
}

bool Prologue::needed(Op op, std::initializer_list<int32_t> operands) {
  if (!open_) return true;
  const OpInfo& info = op_info(op);
  if (!info.has(M_COPY | M_LOAD_I | M_LOAD_K)) {
    open_ = false;
    return true;
  }
  int32_t dest = operands.begin()[0];
  if (info.has(M_COPY) && operands.begin()[1] == immediate_operand(0) && !loaded_.count(dest)) return false;
  loaded_.insert(dest);
  return true;
}

}  // namespace kilopy
