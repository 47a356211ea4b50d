// `nonlocal n` (docs/language.md, "Nested functions"): a variable of a function that a nested
// function declares nonlocal lives in a one-element list, its cell: every `n` of the function
// and of its nested functions that see it becomes `cell[0]`, and the function's first
// statement that mentions n, `n = value`, becomes `cell = [value]` (a parameter n: `cell =
// [n]` first thing). The nested functions then read the cell as any outer variable (nested.cpp
// passes it with each call), and what one stores into it, the others and the function see.
#include "frontend/nonlocal.h"

#include <algorithm>
#include <functional>
#include <map>
#include <set>
#include <string>

#include "frontend/diagnostic.h"
#include "frontend/link.h"
#include "frontend/program.h"

namespace kilopy {

namespace {

using Names = std::set<std::string>;

// `n` kDefSep `cell`: shown as n (link.h); an ordinary variable of the function, no hidden name
// (desugar.h), whose register later statements' hidden names would share.
std::string cell_name(const std::string& n) { return n + kDefSep + "cell"; }

// Removes the nonlocal statements of body (at any depth, nested defs left out), adding their names.
void take_nonlocals(std::vector<StmtPtr>& body, std::map<std::string, SourceLoc>& out) {
  for (StmtPtr& s : body) {
    if (s->kind == StmtKind::Def) continue;
    if (s->kind == StmtKind::Nonlocal) {
      for (const std::string& n : s->names) out.emplace(n, s->loc);
      SourceLoc at = s->loc;
      s.reset(new Stmt(StmtKind::Pass, at));
      continue;
    }
    for_each_block(*s, [&](std::vector<StmtPtr>& b) { take_nonlocals(b, out); });
  }
}

// True if s (nested defs left out) reads or binds the name.
bool mentioned_in(const Stmt& s, const std::string& n) {
  if (s.kind == StmtKind::Def) return false;
  bool found = false;
  for_each_child(s, [&](const Expr& e, Use) { found = found || mentions(e, n); }, [&](const std::vector<StmtPtr>& b) {
    for (const StmtPtr& t : b) found = found || mentioned_in(*t, n);
  });
  return found;
}

class Cells {
 public:
  Cells(const Names& cells, const std::string& fn) : cells_(cells), fn_(fn) {}

  // Every name of a cell in body (nested defs left out) becomes its cell's element.
  void block(std::vector<StmtPtr>& body) {
    for (StmtPtr& s : body) statement(*s);
  }

  void statement(Stmt& s) {
    if (s.kind == StmtKind::Def) return;
    for_each_child_slot(s, [&](ExprPtr& e, Use use) {
      if (use != Use::Read && s.kind != StmtKind::Assign && s.kind != StmtKind::AugAssign)
        for_each_target_name(*e, [&](const Expr& n) {
          if (cells_.count(n.text))
            throw CompileError(n.loc, "'" + n.text + "' is a variable of " + fn_ + "() that a nested function declares "
                                      "nonlocal, which kilopy keeps in a cell that only = and augmented assignments "
                                      "store into: bind another name here and assign it to " + n.text);
        });
      expr(e);
    }, [&](std::vector<StmtPtr>& b) { block(b); });
    for (const std::string& a : s.aliases)
      if (cells_.count(a))
        throw CompileError(s.loc, "'" + a + "' is a variable of " + fn_ + "() that a nested function declares nonlocal: "
                                  "import it as another name");
  }

  void expr(ExprPtr& e) {
    if (e->kind == ExprKind::Name && cells_.count(e->text)) {
      SourceLoc at = e->loc;
      ExprPtr cell(new Expr(ExprKind::Name, at));
      cell->text = cell_name(e->text);
      ExprPtr zero(new Expr(ExprKind::Int, at));
      zero->int_value = 0;
      zero->int_text = "0";
      ExprPtr item(new Expr(ExprKind::Subscript, at));
      item->operands.push_back(std::move(cell));
      item->operands.push_back(std::move(zero));
      e = std::move(item);
      return;
    }
    for_each_operand_slot(*e, [&](ExprPtr& o) { expr(o); });
  }

 private:
  const Names& cells_;
  const std::string& fn_;
};

// The names e reads (a Name in it anywhere, an assignment target's subscripts and fields too).
void read_names(const Expr& e, Use use, Names& read, Names& assigned) {
  if (use != Use::Read && (e.kind == ExprKind::Name || e.kind == ExprKind::Tuple || e.kind == ExprKind::List)) {
    for_each_target_name(e, [&](const Expr& n) { assigned.insert(n.text); });
    if (e.kind != ExprKind::Name)
      for (const ExprPtr& item : e.operands)
        if (item->kind != ExprKind::Name) read_names(*item, use, read, assigned);
    return;
  }
  if (e.kind == ExprKind::Name) read.insert(e.text);
  if (e.kind == ExprKind::ListComp || e.kind == ExprKind::GenExp || e.kind == ExprKind::DictComp ||
      e.kind == ExprKind::SetComp) {  // a scope of its own, but for its first iterable
    if (!e.clauses.empty()) read_names(*e.clauses[0].value, Use::Read, read, assigned);
    return;
  }
  for_each_operand(e, [&](const Expr& o) { read_names(o, Use::Read, read, assigned); });
}

// What a nested def's statements have met of each name so far, in statement order.
struct Declarations {
  Names params, read, assigned, annotated, globals, nonlocals;
};

// CPython's SyntaxErrors of the nonlocal statements in body, a nested def's, in statement order:
// a name used or assigned before its nonlocal statement, annotated, or also declared global.
void refuse_misplaced_nonlocals(const std::vector<StmtPtr>& body, Declarations& d) {
  for (const StmtPtr& s : body) {
    if (s->kind == StmtKind::Def) {
      d.assigned.insert(s->name);
      continue;
    }
    if (s->kind == StmtKind::Nonlocal || s->kind == StmtKind::Global)
      for (const std::string& n : s->names) {
        if (d.params.count(n)) continue;  // "is parameter and ...": scope.cpp, cell_nonlocals
        if (s->kind == StmtKind::Nonlocal ? d.globals.count(n) : d.nonlocals.count(n))
          throw CompileError(s->loc, "name '" + n + "' is nonlocal and global");
        if (s->kind == StmtKind::Global) {
          d.globals.insert(n);
          continue;
        }
        d.nonlocals.insert(n);  // declared again: checked again
        if (d.read.count(n)) throw CompileError(s->loc, "name '" + n + "' is used prior to nonlocal declaration");
        if (d.annotated.count(n)) throw CompileError(s->loc, "annotated name '" + n + "' can't be nonlocal");
        if (d.assigned.count(n)) throw CompileError(s->loc, "name '" + n + "' is assigned to before nonlocal declaration");
      }
    const Expr* annotated = s->kind == StmtKind::Declare ? s->target.get()
                          : s->kind == StmtKind::Assign && s->annotation && s->targets.size() == 1 ? s->targets[0].get()
                                                                                                  : nullptr;
    if (annotated && annotated->kind == ExprKind::Name) {
      if (d.nonlocals.count(annotated->text))
        throw CompileError(annotated->loc, "annotated name '" + annotated->text + "' can't be nonlocal");
      d.annotated.insert(annotated->text);
    }
    for_each_expr(*s, [&](const Expr& e, Use use) { read_names(e, use, d.read, d.assigned); });
    for_each_block(*s, [&](const std::vector<StmtPtr>& b) { refuse_misplaced_nonlocals(b, d); });
  }
}

// The nonlocal declarations of outer's nested functions, each variable made a cell.
void cell_nonlocals(Stmt& outer) {
  std::map<std::string, SourceLoc> declared;  // every nested function's nonlocal names
  std::map<Stmt*, Names> by_def;
  for (StmtPtr& s : outer.body) {
    if (s->kind != StmtKind::Def) continue;
    std::map<std::string, SourceLoc> own;
    take_nonlocals(s->body, own);
    for (const auto& d : own) {
      for (const Param& p : s->params)
        if (p.name == d.first) throw CompileError(d.second, "name '" + d.first + "' is parameter and nonlocal");
      declared.emplace(d.first, d.second);
      by_def[s.get()].insert(d.first);
    }
  }
  if (declared.empty()) return;
  Names outer_vars, globals;
  for (const Param& p : outer.params) outer_vars.insert(p.name);
  bound_names(outer.body, outer_vars, globals);
  Names cells, params;
  for (const auto& d : declared) {
    if (!outer_vars.count(d.first) || globals.count(d.first))
      throw CompileError(d.second, "no binding for nonlocal '" + d.first + "' found");
    cells.insert(d.first);
  }
  for (const Param& p : outer.params)
    if (cells.count(p.name)) params.insert(p.name);
  // Where each cell is made: its first mention, `n = value` at the top of outer's body, or the
  // first statement of each branch of an if/else there that mentions it (the cell is made on
  // every path).
  std::vector<Stmt*> made;
  std::function<void(std::vector<StmtPtr>&, const std::string&, SourceLoc)> make_cell = [&](std::vector<StmtPtr>& body,
                                                                                             const std::string& n, SourceLoc end) {
    for (StmtPtr& s : body) {
      bool in_default = false;
      if (s->kind == StmtKind::Def)
        for (const Param& p : s->params) in_default = in_default || (p.default_value && mentions(*p.default_value, n));
      if (!in_default && !mentioned_in(*s, n)) continue;
      bool plain = s->kind == StmtKind::Assign && s->targets.size() == 1 && s->targets[0]->kind == ExprKind::Name &&
                   s->targets[0]->text == n && !mentions(*s->value, n);
      if (plain) {
        made.push_back(s.get());
        return;
      }
      if (s->kind == StmtKind::If && !s->orelse.empty() && !mentions(*s->value, n)) {
        // a branch that never mentions n and ends in return or raise needs no cell
        auto leaves = [&](const std::vector<StmtPtr>& b) {
          return !b.empty() && (b.back()->kind == StmtKind::Return || b.back()->kind == StmtKind::Raise) &&
                 std::none_of(b.begin(), b.end(), [&](const StmtPtr& x) { return mentioned_in(*x, n); });
        };
        if (!leaves(s->body)) make_cell(s->body, n, s->loc);
        if (!leaves(s->orelse)) make_cell(s->orelse, n, s->loc);
        return;
      }
      end = s->loc;
      break;
    }
    throw CompileError(end, "kilopy keeps '" + n + "', which a nested function of " + outer.name + "() declares "
                            "nonlocal, in a cell made where " + outer.name + "() first assigns it: assign it "
                            "(" + n + " = ...) before this statement");
  };
  for (const std::string& n : cells)
    if (!params.count(n)) make_cell(outer.body, n, outer.loc);
  Cells rewrite(cells, outer.name);
  for (StmtPtr& s : outer.body) {
    if (s->kind != StmtKind::Def) {
      rewrite.statement(*s);
      continue;
    }
    for (Param& p : s->params)
      if (p.default_value) rewrite.expr(p.default_value);
    // The cells a nested function sees: those it declares, and those it reads without binding.
    Names own, own_globals;
    for (const Param& p : s->params) own.insert(p.name);
    bound_names(s->body, own, own_globals);
    Names seen;
    for (const std::string& n : cells)
      if (by_def[s.get()].count(n) || (!own.count(n) && !own_globals.count(n))) seen.insert(n);
    Cells inner(seen, outer.name);
    inner.block(s->body);
  }
  for (Stmt* m : made) {  // cell[0] = value -> cell = [value]
    Stmt& s = *m;
    ExprPtr list(new Expr(ExprKind::List, s.value->loc));
    list->operands.push_back(std::move(s.value));
    s.value = std::move(list);
    s.targets[0] = std::move(s.targets[0]->operands[0]);
  }
  std::vector<StmtPtr> body;
  for (const std::string& n : params) {  // n#cell = [n]
    StmtPtr s(new Stmt(StmtKind::Assign, outer.loc));
    s->targets.emplace_back(new Expr(ExprKind::Name, outer.loc));
    s->targets[0]->text = cell_name(n);
    s->value.reset(new Expr(ExprKind::List, outer.loc));
    s->value->operands.emplace_back(new Expr(ExprKind::Name, outer.loc));
    s->value->operands[0]->text = n;
    body.push_back(std::move(s));
  }
  for (StmtPtr& s : outer.body) body.push_back(std::move(s));
  outer.body = std::move(body);
}

// A nonlocal statement left in body (not in a function nested in another): CPython's SyntaxError.
void refuse_stray(const std::vector<StmtPtr>& body, bool module) {
  for (const StmtPtr& s : body) {
    if (s->kind == StmtKind::Nonlocal)
      throw CompileError(s->loc, module ? "nonlocal declaration not allowed at module level"
                                        : "no binding for nonlocal '" + s->names[0] + "' found");
    if (s->kind == StmtKind::Def && module) {
      refuse_stray(s->body, false);
      continue;
    }
    for_each_block(*s, [&](const std::vector<StmtPtr>& b) { refuse_stray(b, module); });
  }
}

}  // namespace

void refuse_misplaced_nonlocals(const Module& module) {
  for (const StmtPtr& s : module.body) {
    if (s->kind != StmtKind::Def) continue;
    for (const StmtPtr& n : s->body) {
      if (n->kind != StmtKind::Def) continue;
      Declarations d;
      for (const Param& p : n->params) d.params.insert(p.name);
      refuse_misplaced_nonlocals(n->body, d);
    }
  }
}

void cell_nonlocal_variables(Module& module) {
  for (StmtPtr& s : module.body)
    if (s->kind == StmtKind::Def) cell_nonlocals(*s);
  refuse_stray(module.body, true);
}

}  // namespace kilopy
