// A module constant that holds a format string (ROW = "{:<8}{:>6}", then ROW.format(name, n),
// or FMT % (a, b)): where the name is bound once in the whole module, by that assignment, its
// uses as a format are the literal's, so they are Format nodes as if the literal were written
// there (format.h).
#include <map>

#include "frontend/format.h"

namespace kilopy {

namespace {

class FormatConstants {
 public:
  void run(Module& m) {
    // A candidate is assigned before any statement that could read it runs: only imports, defs
    // (their bodies run later; their defaults do not read it) and other literals come first.
    bool quiet = true;
    for (const StmtPtr& s : m.body) {
      bool literal_assign = s->kind == StmtKind::Assign && s->targets.size() == 1 && s->targets[0]->kind == ExprKind::Name &&
                            is_literal(*s->value);
      if (quiet && literal_assign && s->value->kind == ExprKind::Str) literal_[s->targets[0]->text] = s->value.get();
      bool docstring = s->kind == StmtKind::Expr && s->value->kind == ExprKind::Str;
      quiet = quiet && (literal_assign || docstring || s->kind == StmtKind::Import || s->kind == StmtKind::Def);
      if (s->kind == StmtKind::Def)
        for (const Param& p : s->params)
          for (const auto& c : literal_)
            if (p.default_value && mentions(*p.default_value, c.first)) bindings_[c.first] += 2;  // disqualified
    }
    if (literal_.empty()) return;
    for (const StmtPtr& s : m.body) count_bindings(*s);
    for (auto it = literal_.begin(); it != literal_.end();) it = bindings_[it->first] == 1 ? std::next(it) : literal_.erase(it);
    if (!literal_.empty()) block(m.body);
  }

 private:
  std::map<std::string, const Expr*> literal_;  // the candidates, each its one assignment's literal
  std::map<std::string, int> bindings_;

  static bool is_literal(const Expr& e) {
    return e.kind == ExprKind::Str || e.kind == ExprKind::Int || e.kind == ExprKind::Bool || e.kind == ExprKind::None;
  }

  void bind(const std::string& n) {
    if (literal_.count(n)) ++bindings_[n];
  }

  void count_bindings(const Expr& e) {
    for (const CompClause& c : e.clauses) {
      if (c.target) for_each_target_name(*c.target, [&](const Expr& n) { bind(n.text); });
      count_bindings(*c.value);
    }
    for (const Keyword& k : e.keywords) bind(k.lambda);
    for_each_operand(e, [&](const Expr& o) { count_bindings(o); });
  }

  void count_bindings(const Stmt& s) {
    bind(s.name);  // a def's or a class's
    for (const Param& p : s.params) bind(p.name);
    for (const std::string& n : s.aliases) bind(n);  // an import's
    if (s.kind == StmtKind::Global) for (const std::string& n : s.names) bind(n);  // assigned in a function
    for_each_child(s, [&](const Expr& e, Use use) {
      if (use != Use::Read) for_each_target_name(e, [&](const Expr& n) { bind(n.text); });
      count_bindings(e);
    }, [&](const std::vector<StmtPtr>& b) { for (const StmtPtr& x : b) count_bindings(*x); });
  }

  // The literal of name e if it is a format constant, else null.
  const Expr* constant(const Expr& e) const {
    if (e.kind != ExprKind::Name) return nullptr;
    auto it = literal_.find(e.text);
    return it == literal_.end() ? nullptr : it->second;
  }

  ExprPtr literal_at(const Expr& name) const {
    ExprPtr s = std::make_unique<Expr>(ExprKind::Str, name.loc);
    s->text = constant(name)->text;
    return s;
  }

  void expr(ExprPtr& slot) {
    for (CompClause& c : slot->clauses) {
      if (c.target) expr(c.target);
      expr(c.value);
    }
    for_each_operand_slot(*slot, [&](ExprPtr& o) { expr(o); });
    Expr& e = *slot;
    if (e.kind == ExprKind::Call && e.callee->kind == ExprKind::Attribute && e.callee->text == "format" &&
        constant(*e.callee->operands[0])) {
      e.callee->operands[0] = literal_at(*e.callee->operands[0]);
      slot = method_format(std::move(slot));
    } else if (e.kind == ExprKind::Binary && e.bin_op == BinOp::Mod && constant(*e.operands[0])) {
      e.operands[0] = literal_at(*e.operands[0]);
      slot = percent_format(std::move(slot));
      slot->formats_late = true;  // CPython makes an f-string of a literal's % only: a name's formats once all are evaluated
    }
  }

  void block(std::vector<StmtPtr>& body) {
    for (StmtPtr& s : body)
      for_each_child_slot(*s, [&](ExprPtr& e, Use) { expr(e); }, [&](std::vector<StmtPtr>& b) { block(b); });
  }
};

}  // namespace

void inline_format_constants(Module& module) { FormatConstants().run(module); }

}  // namespace kilopy
