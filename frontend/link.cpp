// Linking modules into one program: loading, name binding and renaming, splicing (link.h).
#include "frontend/link.h"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <algorithm>
#include <cctype>
#include <cerrno>
#include <cstring>
#include <deque>
#include <functional>
#include <map>
#include <set>

#include "bytecode/opcode_info.h"
#include "frontend/builtins.h"
#include "frontend/diagnostic.h"
#include "frontend/desugar.h"
#include "frontend/parser.h"

namespace kilopy {

namespace {

// What to use instead of a module of CPython's that training scripts import, or null.
const char* python_module_hint(const std::string& name) {
  static const std::map<std::string, const char*> hints = {
      {"numpy", "use lists or array('h', ...) of ints, and stdlib_micro/fixed.py for fixed point"},
      {"statistics", "compute with sum(xs) // len(xs), min(xs), max(xs) and sorted(xs)"},
      {"time", "there is no clock on the VM: count steps, or trace them with micro.trace()"},
      {"os", "the VM has no files: read input with micro.read()"},
  };
  auto it = hints.find(name);
  return it == hints.end() ? nullptr : it->second;
}

// The built-in modules: their functions are the opcode table's rows whose python column is
// `module.name` (micro: device I/O; sys: exit).
constexpr const char* kBuiltinModules[] = {"micro", "sys"};
// What kilopy takes from typing (for annotations): `from typing import List, Tuple, Dict, Set, Optional` binds them.
constexpr const char* kTypingNames[] = {"List", "Tuple", "Dict", "Set", "Optional"};

// typing's List, Tuple, Dict, Set as the builtins list, tuple, dict, set (Optional as `optional`,
// which only types.cpp's annotation_type reads).
std::string lower(std::string name) {
  for (char& c : name) c = char(std::tolower(static_cast<unsigned char>(c)));
  return name;
}

bool is_typing_name(const std::string& name) {
  for (const char* t : kTypingNames)
    if (name == t) return true;
  return false;
}

// What to write instead of a name CPython's module has and stdlib_micro's does not: appended to
// the ImportError / AttributeError.
struct MissingName {
  const char* module;
  const char* name;
  const char* hint;
};
constexpr const char* kNoFloats =
    " (kilopy has no floats: draw an int instead, e.g. random.randrange(10) == 0 for a 10% chance)";
constexpr const char* kMathFloats =
    " (kilopy has no floats: its math has the int functions isqrt, gcd, lcm, factorial, comb, perm and prod; "
    "stdlib_micro/fixed.py has fixed-point helpers)";
constexpr const char* kMathRounding =
    " (kilopy has no floats, so nothing to round: floor(a / b) is a // b, ceil(a / b) is -(-a // b))";
constexpr MissingName kMissingNames[] = {
    {"random", "random", kNoFloats},
    {"random", "uniform", kNoFloats},
    {"random", "gauss", kNoFloats},
    {"random", "normalvariate", kNoFloats},
    {"random", "triangular", kNoFloats},
    {"math", "sqrt", " (kilopy has no floats: math.isqrt(n) is the integer square root)"},
    {"collections", "OrderedDict", " (kilopy takes Counter, defaultdict and deque from it; a dict keeps its insertion order: use {})"},
    {"collections", "namedtuple", " (kilopy takes Counter, defaultdict and deque from it: write a @dataclass, from dataclasses import dataclass)"},
    {"math", "floor", kMathRounding},
    {"math", "ceil", kMathRounding},
    {"math", "trunc", kMathRounding},
    {"math", "pi", kMathFloats},
    {"math", "e", kMathFloats},
    {"math", "inf", kMathFloats},
    {"math", "exp", kMathFloats},
    {"math", "log", kMathFloats},
    {"math", "log2", kMathFloats},
    {"math", "log10", kMathFloats},
    {"math", "sin", kMathFloats},
    {"math", "cos", kMathFloats},
    {"math", "tanh", kMathFloats},
    {"math", "fabs", kMathFloats},
    {"math", "pow", kMathFloats},
    {"math", "hypot", kMathFloats},
};

std::string missing_name_hint(const std::string& module, const std::string& name) {
  for (const MissingName& m : kMissingNames)
    if (module == m.module && name == m.name) return m.hint;
  return "";
}

std::string os_error(int e) { return "[Errno " + std::to_string(e) + "] " + std::strerror(e); }

// What a module-level name is bound to.
enum class Bind { Variable, Function, Module, Builtin };
struct Binding {
  Bind kind;
  std::string target;  // the canonical name (Variable, Function, Builtin) or the module name
  SourceLoc at;
};

struct Unit {
  std::string name;  // "" for the program
  bool done = false;
  std::map<std::string, Binding> top;
  std::map<std::string, ExprPtr> type_aliases;  // `Vector = List[int]`: read only in annotations
};

bool mentions_name(const std::vector<StmtPtr>& body, const std::string& name) {
  bool found = false;
  for (const StmtPtr& s : body)
    for_each_child(*s, [&](const Expr& e, Use) { found = found || mentions(e, name); },
                   [&](const std::vector<StmtPtr>& b) { found = found || mentions_name(b, name); });
  return found;
}

// `Name = T[...]` with T a typing or builtin generic (List[int], Tuple[int, int], dict[str, int]),
// not annotated (`v: r = List[t]` assigns a variable).
bool is_type_alias(const Stmt& s) {
  if (s.kind != StmtKind::Assign || s.targets.size() != 1 || s.targets[0]->kind != ExprKind::Name || s.annotation)
    return false;
  const Expr& v = *s.value;
  if (v.kind != ExprKind::Subscript || !v.text.empty() || v.operands[0]->kind != ExprKind::Name) return false;
  static const std::set<std::string> generics = {"List", "Tuple", "Dict", "Set", "Optional", "list", "tuple", "dict", "set"};
  return generics.count(v.operands[0]->text) > 0;
}

bool is_main_test(const Expr& e) {
  return e.kind == ExprKind::Compare && e.operands.size() == 2 && e.cmp_ops[0] == CmpOp::Eq &&
         e.operands[0]->kind == ExprKind::Name && e.operands[0]->text == "__name__" &&
         e.operands[1]->kind == ExprKind::Str && e.operands[1]->text == "__main__";
}

// ---- annotations evaluated before their class exists -----------------------------------------

// Refuses an annotation CPython evaluates (a def's parameters and result when the def runs, a
// class body's and the module's `x: T` when they run) that names one of the unit's classes
// before its class statement has run: CPython raises NameError there (a method naming its own
// class is the common case). A string annotation, and any after `from __future__ import
// annotations`, is not evaluated.
class EarlyAnnotations {
 public:
  explicit EarlyAnnotations(const std::vector<StmtPtr>& body) {
    for (const StmtPtr& s : body)
      if (s->kind == StmtKind::Class) later_.insert(s->name);
  }

  // The class statement's body holds its constants and fields; its methods, defs named
  // `C.m`, follow it (the parser's layout): the class exists once they have run.
  void check(const std::vector<StmtPtr>& body) {
    std::string running;  // the class whose body (its methods) is running
    for (const StmtPtr& s : body) {
      bool method = s->kind == StmtKind::Def && !running.empty() && s->name.compare(0, running.size() + 1, running + ".") == 0;
      if (!method) later_.erase(running), running.clear();
      if (s->kind == StmtKind::Class) {
        for (const StmtPtr& m : s->body) statement(*m);
        running = s->name;
      } else {
        statement(*s);
      }
    }
  }

 private:
  std::set<std::string> later_;  // the classes whose statement has not run yet

  void statement(const Stmt& s) {
    if (s.kind == StmtKind::Def) {
      for (const Param& p : s.params)
        if (p.annotation) annotation(*p.annotation);
    }
    if ((s.kind == StmtKind::Def || s.kind == StmtKind::Assign || s.kind == StmtKind::Declare) && s.annotation)
      annotation(*s.annotation);
  }

  void annotation(const Expr& a) {
    if (a.kind == ExprKind::Name && later_.count(a.text))
      throw CompileError(a.loc, "NameError: name '" + a.text + "' is not defined (CPython evaluates this annotation before "
                                "the class statement of " + a.text + " has run): quote it (\"" + a.text + "\") or put "
                                "`from __future__ import annotations` first in the file");
    for_each_operand(a, [&](const Expr& o) { annotation(o); });
  }
};

// Refuses a use of one of the unit's classes (a call, isinstance(), raise, except, C.NAME), or
// of one of its functions as a value, where the class or def statement has not run yet: at
// module level, or in a function the module calls there (at any depth). CPython raises
// NameError; kilopy has no such name to miss (classes and function values are compiled away).
// A call of a def before it runs is flow.cpp's (definite assignment).
class EarlyNames {
 public:
  explicit EarlyNames(const std::vector<StmtPtr>& body) : body_(body) {
    std::map<std::string, unsigned> seen;
    std::set<std::string> variables;  // what the module's statements assign
    std::function<void(const Stmt&)> assigned = [&](const Stmt& s) {
      if (s.kind == StmtKind::Def || s.kind == StmtKind::Class) return;
      if (s.kind == StmtKind::Import) variables.insert(s.aliases.begin(), s.aliases.end());
      for_each_child(s, [&](const Expr& t, Use use) {
        if (use != Use::Read) for_each_target_name(t, [&](const Expr& name) { variables.insert(name.text), variables_.insert(name.text); });
      }, [&](const std::vector<StmtPtr>& b) {
        for (const StmtPtr& x : b) assigned(*x);
      });
    };
    for (size_t i = 0; i < body.size(); ++i) {
      const Stmt& s = *body[i];
      if (s.kind == StmtKind::Def && s.name.find('.') == std::string::npos) ++seen[s.name], at_[s.name] = i;
      if (s.kind == StmtKind::Class) ++seen[s.name], at_[s.name] = i, classes_.insert(s.name);
      if (s.kind == StmtKind::Def) defs_[s.name] = &s;
      assigned(s);
    }
    for (const auto& n : seen)  // one statement binds it, and no assignment
      if (n.second != 1 || variables.count(n.first)) at_.erase(n.first), classes_.erase(n.first);
    for (const auto& d : defs_) {
      size_t dot = d.first.find('.');
      if (dot != std::string::npos) methods_[d.first.substr(dot + 1)].push_back(d.first);
    }
    std::function<void(const Expr&)> values = [&](const Expr& e) {
      if (e.kind == ExprKind::Name && defs_.count(e.text)) values_.push_back(e.text);
      for_each_operand(e, [&](const Expr& o) {
        if (!is_function_name(e, o)) values(o);
      });
    };
    std::function<void(const Expr&)> target = [&](const Expr& t) {  // a[f] = ... reads f; f = ... does not
      if (t.kind == ExprKind::Tuple || t.kind == ExprKind::List) for_each_operand(t, target);
      else if (t.kind != ExprKind::Name) values(t);
    };
    std::function<void(const Stmt&)> kept = [&](const Stmt& s) {
      for_each_child(s, [&](const Expr& e, Use use) { use == Use::Read ? values(e) : target(e); }, [&](const std::vector<StmtPtr>& b) {
        for (const StmtPtr& x : b) kept(*x);
      });
    };
    for (const StmtPtr& s : body) kept(*s);
    std::sort(values_.begin(), values_.end());
    values_.erase(std::unique(values_.begin(), values_.end()), values_.end());
  }

  void check() {
    for (size_t i = 0; i < body_.size(); ++i) {
      const Stmt& s = *body_[i];
      if (s.kind == StmtKind::Def) {
        for (const Param& p : s.params)
          if (p.default_value) uses(*p.default_value, {}, [&](const Expr& e, bool called) { module_use(e, called, i); });
        continue;
      }
      if (s.kind == StmtKind::Class) continue;  // a base below: classes.cpp says so
      statement_uses(s, {}, [&](const Expr& e, bool called) { module_use(e, called, i); });
    }
  }

 private:
  const std::vector<StmtPtr>& body_;
  std::map<std::string, size_t> at_;       // a class or def bound once: its statement's index
  std::set<std::string> classes_;          // which of them are classes
  std::map<std::string, const Stmt*> defs_;  // every def, methods (`C.m`) too
  std::map<std::string, std::vector<std::string>> methods_;  // method name m: the defs `C.m`
  std::vector<std::string> values_;  // the defs read as values (kept, passed, stored)
  std::set<std::string> variables_;  // the names the module's statements assign (not imports)
  std::map<std::string, std::vector<std::pair<const Expr*, bool>>> reached_;  // per def: what its calls reach
  std::set<std::string> visiting_;
  std::deque<Expr> handler_names_;  // an except clause's classes as Names (the clause holds strings)

  // Calls f(name, called) for each Name of at_ that e reads, `called` if it is a call's callee;
  // f(call, true) for each call that names no def or class (indirect_callees).
  template <class F> void uses(const Expr& e, const std::set<std::string>& locals, F&& f) {
    if (e.kind == ExprKind::Name && at_.count(e.text) && !locals.count(e.text)) f(e, false);
    if (e.kind == ExprKind::Call && !classes_.empty() && !indirect_callees(e, locals).empty()) f(e, true);
    if (e.kind == ExprKind::Call && e.callee->kind == ExprKind::Name && at_.count(e.callee->text) && !locals.count(e.callee->text)) {
      f(*e.callee, true);
      for (const ExprPtr& o : e.operands) uses(*o, locals, f);
      for (const Keyword& k : e.keywords) uses(*k.value, locals, f);
      return;
    }
    for_each_operand(e, [&](const Expr& o) { uses(o, locals, f); });
  }
  // The same for a statement and the blocks in it, not nested defs (they run when called).
  template <class F> void statement_uses(const Stmt& s, const std::set<std::string>& locals, F&& f) {
    if (s.kind == StmtKind::Def || s.kind == StmtKind::Class) return;
    for (size_t i = 0; s.kind == StmtKind::Except && i < s.names.size(); ++i) {  // read when an exception gets there
      if (!at_.count(s.names[i]) || locals.count(s.names[i])) continue;
      handler_names_.emplace_back(ExprKind::Name, s.name_locs[i]);
      handler_names_.back().text = s.names[i];
      f(handler_names_.back(), false);
    }
    for_each_child(s, [&](const Expr& e, Use) { uses(e, locals, f); }, [&](const std::vector<StmtPtr>& b) {
      for (const StmtPtr& x : b) statement_uses(*x, locals, f);
    });
  }

  // The names a call of def `name` needs bound, with where its body reads them (at any depth).
  const std::vector<std::pair<const Expr*, bool>>& reached(const std::string& name) {
    static const std::vector<std::pair<const Expr*, bool>> none;
    auto done = reached_.find(name);
    if (done != reached_.end()) return done->second;
    auto def = defs_.find(name);
    if (def == defs_.end() || !visiting_.insert(name).second) return none;
    std::vector<std::pair<const Expr*, bool>> out;
    std::set<std::string> locals = def_locals(*def->second);
    for (const StmtPtr& x : def->second->body)
      statement_uses(*x, locals, [&](const Expr& e, bool called) {
        if (e.kind == ExprKind::Call) {
          for (const std::string& d : indirect_callees(e, locals))
            for (const auto& r : reached(d)) out.push_back(r);
          return;
        }
        out.emplace_back(&e, called);
        if (!called) return;
        const std::string callee = classes_.count(e.text) ? e.text + ".__init__" : e.text;
        for (const auto& r : reached(callee)) out.push_back(r);
      });
    visiting_.erase(name);
    return reached_[name] = std::move(out);
  }

  // The defs a call that names none may run: of `x.m(...)`, every class's method m; of a call
  // through a value (`fs[0]()`, or `f()` with f a variable or a parameter), every def kept as
  // a value.
  std::vector<std::string> indirect_callees(const Expr& call, const std::set<std::string>& locals) {
    const Expr& callee = *call.callee;
    if (callee.kind == ExprKind::Attribute) {
      auto m = methods_.find(callee.text);
      return m == methods_.end() ? std::vector<std::string>() : m->second;
    }
    if (callee.kind == ExprKind::Name && !locals.count(callee.text) && !variables_.count(callee.text))
      return {};  // a def, a class, a builtin or an imported name
    return values_;
  }

  // A use at module level, in top-level statement i.
  void module_use(const Expr& e, bool called, size_t i) {
    if (e.kind == ExprKind::Call) {
      for (const std::string& d : indirect_callees(e, {}))
        for (const auto& r : reached(d)) late(*r.first, r.second, i, &e, d);
      return;
    }
    late(e, called, i, nullptr, "");
    if (!called) return;
    const std::string callee = classes_.count(e.text) ? e.text + ".__init__" : e.text;
    for (const auto& r : reached(callee)) late(*r.first, r.second, i, &e, e.text);
  }

  // e (called or not) at module level in top-level statement i, or in def `fn` that the call or
  // callee `through` there may run.
  void late(const Expr& e, bool called, size_t i, const Expr* through, const std::string& fn) {
    auto it = at_.find(e.text);
    if (it == at_.end() || it->second <= i) return;
    bool cls = classes_.count(e.text) > 0;
    if (!cls && called) return;  // a def called too early: flow.cpp says so
    std::string via = !through ? "" : " (read in " + fn + "(), which line " + std::to_string(through->loc.line) +
                                          (through->kind == ExprKind::Call ? " may call)" : " calls)");
    throw CompileError(through ? through->loc : e.loc,
                       "NameError: name '" + e.text + "' is not defined" + via + ": the " + (cls ? "class" : "def") +
                           " statement of " + e.text + " (line " + std::to_string(body_[it->second]->loc.line) +
                           ") has not run yet here in CPython: move it above");
  }
};

bool imports_future_annotations(const std::vector<StmtPtr>& body) {
  for (const StmtPtr& s : body)
    if (s->kind == StmtKind::Import && s->name == "__future__")
      for (const std::string& n : s->names)
        if (n == "annotations") return true;
  return false;
}

// ---- generic walks over a parsed file ------------------------------------------------------

void set_file(Expr& e, uint16_t file) {
  e.loc.file = e.op_loc.file = file;
  for (Keyword& k : e.keywords) k.loc.file = file;  // a location that is no node
  for_each_operand(e, [&](Expr& o) { set_file(o, file); });
}

void set_file(std::vector<StmtPtr>& body, uint16_t file) {
  for (StmtPtr& s : body) {
    s->loc.file = file;
    for (Param& p : s->params) {  // locations that are no nodes, and annotations
      p.loc.file = file;
      if (p.annotation) set_file(*p.annotation, file);
    }
    if (s->annotation) set_file(*s->annotation, file);
    for (SourceLoc& l : s->name_locs) l.file = file;
    s->module_loc.file = file;
    for_each_child(*s, [&](Expr& e, Use) { set_file(e, file); }, [&](std::vector<StmtPtr>& b) { set_file(b, file); });
  }
}

// An imported module's `if __name__ == "__main__":` is false: keep only its else branch.
void drop_main_blocks(std::vector<StmtPtr>& body) {
  std::vector<StmtPtr> out;
  for (StmtPtr& s : body) {
    if (s->kind == StmtKind::If && is_main_test(*s->value)) {
      drop_main_blocks(s->orelse);
      for (StmtPtr& o : s->orelse) out.push_back(std::move(o));
      continue;
    }
    if (s->kind != StmtKind::Def) for_each_block(*s, [](std::vector<StmtPtr>& b) { drop_main_blocks(b); });
    out.push_back(std::move(s));
  }
  body = std::move(out);
}

// In a module that was imported, `__name__ == "text"` is whether text is its name (drop_main_blocks
// took out the blocks of `__name__ == "__main__"`; the rest reads it as a value).
void name_module(Expr& e, const std::string& name) {
  for_each_operand(e, [&](Expr& o) { name_module(o, name); });
  if (e.kind != ExprKind::Compare || e.operands.size() != 2 || e.cmp_ops[0] != CmpOp::Eq ||
      e.operands[0]->kind != ExprKind::Name || e.operands[0]->text != "__name__" || e.operands[1]->kind != ExprKind::Str)
    return;
  bool same = e.operands[1]->text == name;
  Expr value(ExprKind::Bool, e.loc);
  value.bool_value = same;
  e = std::move(value);
}

void name_module(std::vector<StmtPtr>& body, const std::string& name) {
  for (StmtPtr& s : body)
    for_each_child(*s, [&](Expr& e, Use) { name_module(e, name); }, [&](std::vector<StmtPtr>& b) { name_module(b, name); });
}

// Names a target binds (a name, or the names of a tuple or list of names).
void target_names(const Expr& e, std::set<std::string>& out) {
  if (e.kind == ExprKind::Name) out.insert(e.text);
  if (e.kind == ExprKind::Tuple || e.kind == ExprKind::List)
    for_each_operand(e, [&](const Expr& o) { target_names(o, out); });
}

// Names the targets of s bind, and (not inside a nested def) those assigned in its blocks and
// declared global in them.
void assigned_names(const std::vector<StmtPtr>& body, std::set<std::string>& assigned, std::set<std::string>& globals);
void assigned_names(const Stmt& s, std::set<std::string>& assigned, std::set<std::string>& globals) {
  for_each_child(s, [&](const Expr& t, Use use) { if (use != Use::Read) target_names(t, assigned); },
                 [&](const std::vector<StmtPtr>& b) { assigned_names(b, assigned, globals); });
}

// Names assigned in a block (not inside nested defs), and names declared global in it.
void assigned_names(const std::vector<StmtPtr>& body, std::set<std::string>& assigned, std::set<std::string>& globals) {
  for (const StmtPtr& s : body) {
    if (s->kind == StmtKind::Def) continue;
    if (s->kind == StmtKind::Global) globals.insert(s->names.begin(), s->names.end());
    assigned_names(*s, assigned, globals);
  }
}

void rename_reads(Expr& e, const std::string& from, const std::string& to) {
  if (e.kind == ExprKind::Name && e.text == from) e.text = to;
  for_each_operand(e, [&](Expr& o) { rename_reads(o, from, to); });
}

void rename_reads(Stmt& s, const std::string& from, const std::string& to) {
  for_each_child(s, [&](Expr& e, Use) { rename_reads(e, from, to); },
                 [&](std::vector<StmtPtr>& b) { for (StmtPtr& x : b) rename_reads(*x, from, to); });
}

// A function defined twice: as CPython rebinds the name at each def, every def but the last
// becomes `name\x02N`, and so do the module-level reads while it is the one bound (kDefSep)
// and the reads in its own body (a recursive call): it runs only while it is the one bound.
// A read of `name` in e other than as the callee of a call: the function taken as a value.
const Expr* value_read(const Expr& e, const std::string& name) {
  if (e.kind == ExprKind::Name && e.text == name) return &e;
  const Expr* found = nullptr;
  for_each_operand(e, [&](const Expr& o) {
    if (!found && !(e.kind == ExprKind::Call && &o == e.callee.get() && o.kind == ExprKind::Name)) found = value_read(o, name);
  });
  return found;
}

void number_redefinitions(std::vector<StmtPtr>& body) {
  std::map<std::string, std::vector<size_t>> defs;  // name -> its top-level defs, in order
  for (size_t i = 0; i < body.size(); ++i)
    if (body[i]->kind == StmtKind::Def) defs[body[i]->name].push_back(i);
  for (const auto& entry : defs) {
    const std::vector<size_t>& at = entry.second;
    for (size_t k = 0; k + 1 < at.size(); ++k) {
      // Its body's own name is itself in kilopy; in CPython, the def bound to the name when it
      // runs: kept as a value (g = f), it would call the later def once that has run.
      if (mentions_name(body[at[k]]->body, entry.first))
        for (size_t i = at[k] + 1; i < at[k + 1]; ++i) {
          const Expr* kept = nullptr;
          if (body[i]->kind != StmtKind::Def)
            for_each_expr(*body[i], [&](const Expr& e, Use) { kept = kept ? kept : value_read(e, entry.first); });
          if (kept)
            throw CompileError(kept->loc, "'" + entry.first + "' is kept as a value here, and its def (line " +
                                              std::to_string(body[at[k]]->loc.line) + ") calls '" + entry.first +
                                              "' by name, which the def at line " + std::to_string(body[at[k + 1]]->loc.line) +
                                              " replaces: CPython's calls would then reach that def, kilopy's this one: "
                                              "give the two defs different names");
        }
      std::string numbered = entry.first + kDefSep + std::to_string(k + 1);
      body[at[k]]->name = numbered;
      for (StmtPtr& s : body[at[k]]->body) rename_reads(*s, entry.first, numbered);
      for (size_t i = at[k] + 1; i < at[k + 1]; ++i)
        if (body[i]->kind != StmtKind::Def) rename_reads(*body[i], entry.first, numbered);
    }
  }
}

void refuse_nested_imports(const std::vector<StmtPtr>& body) {
  for (const StmtPtr& s : body) {
    if (s->kind == StmtKind::Import)
      throw CompileError(s->loc, "imports must be top-level statements of a module in kilopy (not inside a "
                                 "block or a function): move it to the top of the file");
    for_each_block(*s, [](const std::vector<StmtPtr>& b) { refuse_nested_imports(b); });
  }
}

bool is_array_import(const Stmt& s) {
  return s.name == "array" && s.names.size() == 1 && s.names[0] == "array" && s.aliases[0] == "array";
}

// `from collections import defaultdict, Counter, deque` (any of them), kept (as the array import)
// for scope.cpp.
bool is_collections_import(const Stmt& s) {
  if (s.name != "collections" || s.names.empty()) return false;
  for (size_t i = 0; i < s.names.size(); ++i)
    if (!is_collections_name(s.names[i]) || s.aliases[i] != s.names[i]) return false;
  return true;
}

// `import collections` among the modules of `import m, ...`.
bool imports_collections_module(const Stmt& s) {
  return s.kind == StmtKind::Import && s.name.empty() &&
         std::find(s.names.begin(), s.names.end(), "collections") != s.names.end();
}

// The statement `from collections import defaultdict, Counter, deque` at s, for scope.cpp: what
// `import collections` lets collections.Counter and the others name.
StmtPtr collections_builtins(const Stmt& s) {
  StmtPtr from = std::make_unique<Stmt>(StmtKind::Import, s.loc);
  from->name = "collections";
  from->module_loc = s.loc;
  for (const char* n : kCollectionsNames) {
    from->names.push_back(n);
    from->aliases.push_back(n);
    from->name_locs.push_back(s.loc);
  }
  return from;
}

// ---- builtins that stdlib_micro/_kilopy_text.py computes ----------------------------------

constexpr const char* kStripMethods[] = {"strip", "lstrip", "rstrip"};

// `from __future__ import ...`: the features Python 3 has already, so kilopy has them too
// (annotations: kilopy never evaluates an annotation, so a forward reference is fine).
constexpr const char* kFuture = "__future__";
const std::set<std::string> kFutureFeatures = {"nested_scopes", "generators", "division", "absolute_import", "with_statement",
                                               "print_function", "unicode_literals", "generator_stop", "annotations"};

// 1, 2 or 3 (the sides strip_chars trims) for the name of a strip method, else 0.
int strip_sides(const std::string& method) {
  for (int i = 0; i < 3; ++i)
    if (method == kStripMethods[i]) return i == 0 ? 3 : i;
  return 0;
}

// For each def anywhere in body, by its name (a method's, `class.method`, by `method`): the
// fewest and the most arguments a call `x.name(...)` passes it by position (a method's self
// not counted, but a staticmethod's first parameter is no self).
void defined_arities(const std::vector<StmtPtr>& body, std::multimap<std::string, std::pair<size_t, size_t>>& out) {
  for (const StmtPtr& s : body) {
    if (s->kind == StmtKind::Def) {
      size_t dot = s->name.rfind('.');
      size_t most = 0, fewest = 0;
      for (const Param& p : s->params)
        if (!p.keyword_only) ++most, fewest += p.default_value ? 0 : 1;
      size_t self = dot != std::string::npos && s->decorator != "staticmethod" && most > 0 ? 1 : 0;
      out.emplace(s->name.substr(dot + 1), std::make_pair(fewest - std::min(fewest, self), most - self));
    }
    for_each_block(*s, [&](const std::vector<StmtPtr>& b) { defined_arities(b, out); });
  }
}

// True if x.replace(old, new[, count]) is one the checker's own replace does not take
// (types.cpp split_based, replace_counted: old a literal or a name, new a literal or a name
// when x makes no call, a count only with old a non-empty literal): replace_text's or
// replace_count's, whose parameters are names.
bool computed_replace(const Expr& e) {
  const Expr& x = *e.callee->operands[0];
  auto plain = [&](const Expr& a) { return a.kind == ExprKind::Str || (a.kind == ExprKind::Name && !has_call(x)); };
  if (e.operands.size() == 2) return !plain(*e.operands[0]) || !plain(*e.operands[1]);
  return e.operands[0]->kind != ExprKind::Str || e.operands[0]->text.empty() || !plain(*e.operands[1]);
}

// What lower_helper_calls may rewrite in a unit: no call a method the unit defines could take
// (x may be its object: a def of that name takes as many arguments), nothing called on a name
// an import binds (x may be a module).
struct LowerableCalls {
  std::multimap<std::string, std::pair<size_t, size_t>> defined;
  std::set<std::string> imported;
  bool may_lower(const Expr& call) const {
    const Expr& callee = *call.callee;
    if (callee.kind != ExprKind::Attribute) return false;
    auto defs = defined.equal_range(callee.text);
    for (auto d = defs.first; d != defs.second; ++d)
      if (d->second.first <= call.operands.size() && call.operands.size() <= d->second.second) return false;
    const Expr& x = *callee.operands[0];
    return x.kind != ExprKind::Name || !imported.count(x.text);
  }
};

LowerableCalls lowerable_calls(const std::vector<StmtPtr>& body) {
  LowerableCalls m;
  defined_arities(body, m.defined);
  for (const StmtPtr& s : body)
    if (s->kind == StmtKind::Import) m.imported.insert(s->aliases.begin(), s->aliases.end());
  return m;
}

// A call of module.function at loc.
ExprPtr helper_function(const char* module, const char* function, SourceLoc loc) {
  ExprPtr m = std::make_unique<Expr>(ExprKind::Name, loc);
  m->text = module;
  ExprPtr f = std::make_unique<Expr>(ExprKind::Attribute, loc);
  f->text = function;
  f->operands.push_back(std::move(m));
  return f;
}

// True if e is a name or a constant: what types.cpp's get_or_none reads twice.
bool plain_operand(const Expr& e) {
  return e.kind == ExprKind::Int || e.kind == ExprKind::Bool || e.kind == ExprKind::None || e.kind == ExprKind::Str ||
         e.kind == ExprKind::Name;
}

// d.get(k), d.get(k, None) or d.pop(k, None) whose d or k is computed (d.get(w.lower()),
// self.memo.get(n)): get_or_none's or pop_or_none's call, else "".
const char* computed_get(const Expr& e) {
  size_t n = e.operands.size();
  const std::string& m = e.callee->text;
  bool none_default = n == 2 && e.operands[1]->kind == ExprKind::None;
  if (!((m == "get" && (n == 1 || none_default)) || (m == "pop" && none_default))) return "";
  if (plain_operand(*e.callee->operands[0]) && plain_operand(*e.operands[0])) return "";
  return m == "get" ? "get_or_none" : "pop_or_none";
}

// e rewritten, at any depth, where `methods` allows: int(s, base) calls
// _kilopy_text.int_base(s, base), x.strip(chars) (lstrip, rstrip) _kilopy_text.strip_chars(x,
// chars, sides), x.find(sub, start[, end]) and the other kBoundedMethods their function, a
// computed_replace x.replace(old, new[, count]) _kilopy_text.replace_text(x, old, new)
// (replace_count(x, old, new, count)) and a computed_get d.get(k) _kilopy_dict.get_or_none(d,
// k) (pop_or_none); x.strip(None) is x.strip(). Adds the modules it made calls of to `used`.
void lower_helper_calls(Expr& e, const LowerableCalls& methods, std::set<std::string>& used) {
  for_each_operand(e, [&](Expr& o) { lower_helper_calls(o, methods, used); });
  if (e.kind != ExprKind::Call || !e.keywords.empty() || e.starred_arg) return;
  const Expr& callee = *e.callee;
  size_t n = e.operands.size();
  auto call = [&](const char* module, const char* function) {  // x.m(args): module.function(x, args)
    ExprPtr f = helper_function(module, function, callee.loc);
    e.operands.insert(e.operands.begin(), std::move(e.callee->operands[0]));
    e.callee = std::move(f);
    used.insert(module);
  };
  if (!methods.may_lower(e)) {
    if (callee.kind == ExprKind::Name && callee.text == "int" && n == 2) {
      e.callee = helper_function(kTextModule, "int_base", callee.loc);
      used.insert(kTextModule);
    }
    return;
  }
  if (callee.text == "replace" && (n == 2 || n == 3) && computed_replace(e))
    return call(kTextModule, n == 2 ? "replace_text" : "replace_count");
  if (*computed_get(e)) {
    const char* function = computed_get(e);
    if (n == 2) e.operands.pop_back();  // the None
    return call(kDictModule, function);
  }
  if (n == 2 || n == 3) {
    for (const BoundedMethod& b : kBoundedMethods) {
      if (callee.text != b.method) continue;
      return call(kTextModule, b.function);
    }
  }
  int sides = n == 1 ? strip_sides(callee.text) : 0;
  if (sides == 0) return;
  if (e.operands[0]->kind == ExprKind::None) return e.operands.clear();  // strip(None) is strip()
  e.operands.push_back(int_literal(sides, e.loc));
  call(kTextModule, "strip_chars");
}

void lower_helper_calls(std::vector<StmtPtr>& body, const LowerableCalls& methods, std::set<std::string>& used) {
  for (StmtPtr& s : body)
    for_each_child(*s, [&](Expr& e, Use) { lower_helper_calls(e, methods, used); },
                   [&](std::vector<StmtPtr>& b) { lower_helper_calls(b, methods, used); });
}

// `import module`, at loc, for a unit whose calls lower_helper_calls rewrote.
StmtPtr import_helper_module(const std::string& module, SourceLoc loc) {
  StmtPtr s = std::make_unique<Stmt>(StmtKind::Import, loc);
  s->names.push_back(module);
  s->aliases.push_back(module);
  s->name_locs.push_back(loc);
  return s;
}

class Linker {
 public:
  Linker(const std::vector<std::string>& search, const std::vector<ObjectKey>& keys, LinkedProgram& out)
      : search_(search), keys_(keys), out_(out) {
    Unit& collections = units_["collections"];  // `import collections`: collections.deque is the builtin deque
    collections.name = "collections";
    collections.done = true;
    for (const char* n : kCollectionsNames) collections.top[n] = Binding{Bind::Builtin, n, SourceLoc()};
    for (const char* name : kBuiltinModules) {
      Unit& m = units_[name];
      m.name = name;
      m.done = true;
      const std::string prefix = std::string(name) + ".";
      for (unsigned op = 0; op < OP_COUNT; ++op) {
        std::string python = op_info(uint8_t(op)).python;
        if (python.compare(0, prefix.size(), prefix) == 0)
          m.top[python.substr(prefix.size())] = Binding{Bind::Builtin, python, SourceLoc()};
      }
    }
  }

  void program(const std::string& filename, const std::string& source) {
    out_.files.push_back(SourceFile{filename, source});
    out_.module.filename = filename;
    out_.module.source = source;
    Module parsed = parse_module(filename, source, keys_in(0));
    Unit& unit = units_[""];
    out_.module.body = process(parsed.body, unit, 0);
    number_redefinitions(out_.module.body);
  }

 private:
  const std::vector<std::string>& search_;
  const std::vector<ObjectKey>& keys_;

  std::vector<ObjectKey> keys_in(uint16_t file) const {
    std::vector<ObjectKey> in;
    for (const ObjectKey& k : keys_)
      if (k.call.file == file) in.push_back(k);
    return in;
  }
  LinkedProgram& out_;
  std::map<std::string, Unit> units_;
  std::map<const Stmt*, std::vector<StmtPtr>> loaded_;  // import statement -> the body it runs
  std::vector<std::string> loading_;                     // the modules being loaded, outermost first
  const Stmt* first_ = nullptr;  // the first statement (after a docstring) of the unit process() began last

  static std::string canonical(const Unit& u, const std::string& name) {
    return u.name.empty() ? name : u.name + kModuleSep + name;
  }
  // A module variable's name: canonical, and shadowed_builtin() of a builtin's name.
  static std::string variable(const Unit& u, const std::string& name) {
    return canonical(u, is_builtin(name) ? shadowed_builtin(name) : name);
  }

  // The module `name` (loaded and linked on first use), imported at `at`.
  std::set<std::string> own_collections_names_;  // of kCollectionsNames, those the unit being renamed mentions
  std::set<std::string> class_names_;            // the classes the unit being renamed defines

  Unit& require(const std::string& name, SourceLoc at, const Stmt& import) {
    auto it = units_.find(name);
    if (it != units_.end()) {
      if (!it->second.done) {
        std::string chain;
        for (size_t i = 0; i < loading_.size(); ++i)
          if (!chain.empty() || loading_[i] == name) chain += loading_[i] + " -> ";
        throw CompileError(at, "circular import " + chain + name + ": kilopy cannot link modules that import each "
                               "other; move what they share into a third module");
      }
      return it->second;
    }
    std::string path, source;
    // A module of CPython's library that stdlib_micro/ holds under another name, so that
    // python3 (with stdlib_micro/ on its path too) still imports its own: looked for after
    // every folder has been searched for name.py itself.
    static const std::map<std::string, std::string> stand_ins = {{"heapq", "_kilopy_heapq"}, {"bisect", "_kilopy_bisect"}};
    auto stand_in = stand_ins.find(name);
    for (const std::string& file : {name, stand_in == stand_ins.end() ? name : stand_in->second}) {
      for (const std::string& d : search_) {
        std::string candidate = (d.empty() ? "" : d + "/") + file + ".py";
        std::string problem = read_file(candidate, source);
        if (problem.empty()) {
          path = candidate;
          break;
        }
        if (problem != os_error(ENOENT) && problem != os_error(ENOTDIR))  // there, but not a readable source
          throw CompileError(at, "cannot read " + candidate + ": " + problem);
      }
      if (!path.empty()) break;
    }
    if (path.empty()) {
      if (const char* instead = python_module_hint(name))
        throw CompileError(at, "kilopy has no module '" + name + "' (CPython's is not in the subset): " + instead);
      throw CompileError(at, "ModuleNotFoundError: No module named '" + name + "' (kilopy looks for " + name +
                             ".py in the program's folder, stdlib_micro/ and each --path DIR)");
    }
    if (out_.files.size() > 255) throw CompileError(at, "more than 255 source files (kilopy's limit)");
    uint16_t file = uint16_t(out_.files.size());
    out_.files.push_back(SourceFile{path, source});
    Module parsed;
    try {
      parsed = parse_module(path, source, keys_in(file));
    } catch (const CompileError& e) {
      SourceLoc loc = e.loc;
      loc.file = file;
      CompileError located(loc, e.what());
      located.more = e.more;
      for (Diagnostic& d : located.more) d.loc.file = file;
      throw located;
    }
    Unit& unit = units_[name];
    unit.name = name;
    loading_.push_back(name);
    std::vector<StmtPtr>& runs = loaded_[&import];  // `import a, b`: a's body, then b's
    for (StmtPtr& m : process(parsed.body, unit, file)) runs.push_back(std::move(m));
    loading_.pop_back();
    unit.done = true;
    return unit;
  }

  // Binds a module-level name; a name bound to an imported function, a module or a builtin
  // cannot be bound to anything else (the checks refuse a variable named like a def).
  void bind(Unit& u, const std::string& name, const Binding& b) {
    auto it = u.top.find(name);
    if (it == u.top.end()) {
      u.top[name] = b;
      return;
    }
    const Binding& old = it->second;
    bool special = old.kind == Bind::Module || old.kind == Bind::Builtin || b.kind == Bind::Module || b.kind == Bind::Builtin;
    if (old.target != b.target || (special && old.kind != b.kind))
      throw CompileError(b.at, "'" + name + "' is bound at line " + std::to_string(old.at.line) +
                                   " and here to different things: kilopy binds a name that names an imported "
                                   "module or function once (import it under another name with `as`)");
  }

  // Type aliases at the top of a module, read nowhere but in annotations, leave the code: an
  // annotation naming one reads its type.
  void take_type_aliases(std::vector<StmtPtr>& body, Unit& u) {
    std::vector<Stmt*> candidates;
    std::vector<ExprPtr> targets, values;  // detached while the rest of the module is searched
    for (StmtPtr& s : body)
      if (is_type_alias(*s)) {
        candidates.push_back(s.get());
        targets.push_back(std::move(s->targets[0]));
        values.push_back(std::move(s->value));
        s->targets.clear();
      }
    std::set<std::string> names;
    for (size_t i = 0; i < candidates.size(); ++i) {
      Stmt& s = *candidates[i];
      const std::string& name = targets[i]->text;
      if (!names.insert(name).second || mentions_name(body, name)) {  // a variable after all
        s.targets.push_back(std::move(targets[i]));
        s.value = std::move(values[i]);
        continue;
      }
      aliased_types(u, *values[i]);  // an alias of aliases
      u.type_aliases[name] = std::move(values[i]);
      s.kind = StmtKind::Pass;
    }
  }

  // Replaces each type alias in an annotation by what it names.
  void aliased_types(Unit& u, Expr& a) {
    if (a.kind == ExprKind::Name) {
      auto it = u.type_aliases.find(a.text);
      if (it != u.type_aliases.end()) {
        ExprPtr copy = copy_expr(*it->second);
        Expr replacement = std::move(*copy);
        a = std::move(replacement);
      }
      return;
    }
    for_each_operand(a, [&](Expr& o) { aliased_types(u, o); });
  }

  std::vector<StmtPtr> process(std::vector<StmtPtr>& body, Unit& u, uint16_t file) {
    set_file(body, file);
    size_t docstring = !body.empty() && body[0]->kind == StmtKind::Expr && body[0]->value->kind == ExprKind::Str ? 1 : 0;
    first_ = body.size() > docstring ? body[docstring].get() : nullptr;  // where `from __future__` may stand
    if (!imports_future_annotations(body)) EarlyAnnotations(body).check(body);
    EarlyNames(body).check();
    if (u.name != kTextModule && u.name != kDictModule && !body.empty()) {
      std::set<std::string> used;
      lower_helper_calls(body, lowerable_calls(body), used);
      for (const std::string& module : used) body.insert(body.begin(), import_helper_module(module, body[0]->loc));
    }
    take_type_aliases(body, u);
    if (!u.name.empty()) drop_main_blocks(body), name_module(body, u.name);
    for (const StmtPtr& s : body)
      if (s->kind != StmtKind::Import) for_each_block(*s, [](const std::vector<StmtPtr>& b) { refuse_nested_imports(b); });
    // Bindings, in order: imports load their modules here.
    for (const StmtPtr& s : body) {
      if (s->kind == StmtKind::Def) {
        bind(u, s->name, Binding{Bind::Function, canonical(u, s->name), s->loc});
        std::set<std::string> assigned, globals;
        assigned_names(s->body, assigned, globals);
        for (const std::string& g : globals) bind(u, g, Binding{Bind::Variable, variable(u, g), s->loc});
      } else if (s->kind == StmtKind::Import) {
        import(u, *s);
      } else if (s->kind == StmtKind::Class) {  // its constants are not module variables
        auto dataclass = u.top.find("dataclass");
        if (s->decorator.compare(0, 9, "dataclass") == 0 &&
            (dataclass == u.top.end() || dataclass->second.kind != Bind::Builtin || dataclass->second.target != "dataclass"))
          throw CompileError(s->loc, "NameError: name 'dataclass' is not defined: write `from dataclasses import dataclass` "
                                     "above the class");
        if (!u.name.empty())
          throw CompileError(s->loc, "classes are supported only in the program's own file in kilopy, not in an "
                                     "imported module: move class " + s->name + " there");
      } else {  // assignments, also inside top-level blocks, bind module variables
        std::set<std::string> assigned, globals;
        assigned_names(*s, assigned, globals);
        for (const std::string& a : assigned) bind(u, a, Binding{Bind::Variable, variable(u, a), s->loc});
      }
    }
    own_collections_names_.clear();  // collections.X must not mean the program's own X
    class_names_.clear();
    for (StmtPtr& s : body) {
      if (s->kind == StmtKind::Class) class_names_.insert(s->name);
      for (const char* n : kCollectionsNames)
        if (!(s->kind == StmtKind::Import && s->name == "collections") && mentions(*s, n)) own_collections_names_.insert(n);
    }
    for (const char* n : kCollectionsNames) {  // `from collections import Counter` binds the same builtin
      auto it = u.top.find(n);
      if (it != u.top.end() && it->second.kind == Bind::Builtin && it->second.target == n && !class_names_.count(n))
        own_collections_names_.erase(n);
    }
    for (StmtPtr& s : body) rename_stmt(u, *s, nullptr);
    // The body with each import replaced by the module's body (first import only) and copies.
    std::vector<StmtPtr> out;
    for (StmtPtr& s : body) {
      if (s->kind != StmtKind::Import || is_array_import(*s) || is_collections_import(*s)) {
        out.push_back(std::move(s));
        continue;
      }
      if (imports_collections_module(*s)) out.push_back(collections_builtins(*s));
      if (s->name == "typing" || s->name == "dataclasses" || s->name == kFuture) continue;  // binds annotation names, or @dataclass, only
      auto it = loaded_.find(s.get());
      if (it != loaded_.end()) {
        for (StmtPtr& m : it->second) out.push_back(std::move(m));
        loaded_.erase(it);  // the statement goes with its module's parse: its address may come again
      }
      if (s->name.empty()) continue;
      const Unit& from = units_[s->name];
      for (size_t i = 0; i < s->names.size(); ++i) {
        const Binding& b = from.top.at(s->names[i]);
        if (b.kind != Bind::Variable) continue;
        StmtPtr copy = std::make_unique<Stmt>(StmtKind::Assign, s->loc);
        ExprPtr target = std::make_unique<Expr>(ExprKind::Name, s->name_locs[i]);
        target->text = variable(u, s->aliases[i]);
        ExprPtr value = std::make_unique<Expr>(ExprKind::Name, s->name_locs[i]);
        value->text = b.target;
        copy->targets.push_back(std::move(target));
        copy->value = std::move(value);
        out.push_back(std::move(copy));
      }
    }
    return out;
  }

  void import(Unit& u, const Stmt& s) {
    if (s.name.empty()) {  // import m [as n], ...
      for (size_t i = 0; i < s.names.size(); ++i) {
        if (s.names[i] == "array")
          throw CompileError(s.name_locs[i], "kilopy supports the array module only as `from array import array`");
        if (s.names[i] == "typing")
          throw CompileError(s.name_locs[i], "kilopy supports the typing module only as `from typing import List, Tuple, Dict, Set, Optional` (for annotations)");
        require(s.names[i], s.name_locs[i], s);
        bind(u, s.aliases[i], Binding{Bind::Module, s.names[i], s.name_locs[i]});
      }
      return;
    }
    if (s.name == "array") {
      if (!is_array_import(s))
        throw CompileError(s.loc, "kilopy supports the array module only as `from array import array`");
      bind(u, "array", Binding{Bind::Builtin, "array", s.loc});
      return;
    }
    if (s.name == "collections") {
      if (!is_collections_import(s))
        throw CompileError(s.loc, "kilopy takes only defaultdict, Counter and deque from collections, without `as` "
                                  "(`from collections import defaultdict, Counter, deque`); for a namedtuple, write a "
                                  "@dataclass (from dataclasses import dataclass)");
      for (const std::string& n : s.names) bind(u, n, Binding{Bind::Builtin, n, s.loc});
      return;
    }
    if (s.name == kFuture) {  // each of these is how kilopy reads Python 3 already
      for (size_t i = 0; i < s.names.size(); ++i)
        if (!kFutureFeatures.count(s.names[i]))
          throw CompileError(s.name_locs[i], "SyntaxError: future feature " + s.names[i] + " is not defined");
      if (&s != first_)
        throw CompileError(s.loc, "SyntaxError: from __future__ imports must occur at the beginning of the file");
      return;
    }
    if (s.name == "dataclasses") {
      for (size_t i = 0; i < s.names.size(); ++i) {
        if ((s.names[i] != "dataclass" && s.names[i] != "field") || s.aliases[i] != s.names[i])
          throw CompileError(s.name_locs[i], "kilopy takes only dataclass and field from dataclasses, without `as` (`from "
                                             "dataclasses import dataclass, field`, for @dataclass): '" + s.names[i] + "' is not one");
        bind(u, s.names[i], Binding{Bind::Builtin, s.names[i], s.name_locs[i]});
      }
      return;
    }
    if (s.name == "typing") {
      for (size_t i = 0; i < s.names.size(); ++i) {
        if (!is_typing_name(s.names[i]) || s.aliases[i] != s.names[i])
          throw CompileError(s.name_locs[i], "kilopy takes only List, Tuple, Dict, Set and Optional from typing, without `as` (for annotations): '" +
                                                 s.names[i] + "' is not one of them");
        bind(u, s.names[i], Binding{Bind::Builtin, s.names[i], s.name_locs[i]});
      }
      return;
    }
    Unit& from = require(s.name, s.module_loc, s);
    for (size_t i = 0; i < s.names.size(); ++i) {
      auto it = from.top.find(s.names[i]);
      if (it == from.top.end() && s.name == "sys")  // Python's sys has it: kilopy's does not
        throw CompileError(s.name_locs[i], "kilopy has no sys." + s.names[i] + " (of the sys module, kilopy has exit only)");
      if (it == from.top.end())
        throw CompileError(s.name_locs[i], "ImportError: cannot import name '" + s.names[i] + "' from '" + s.name + "'" +
                                                     missing_name_hint(s.name, s.names[i]));
      Binding b = it->second;
      b.at = s.name_locs[i];
      if (b.kind == Bind::Variable) b.target = variable(u, s.aliases[i]);
      bind(u, s.aliases[i], b);
    }
  }

  // ---- renaming --------------------------------------------------------------------------

  // The module an expression names (`m`, or `m.k` for a module k that m imports), or null.
  Unit* module_ref(Unit& u, const Expr& e, const std::set<std::string>* locals) {
    if (e.kind == ExprKind::Name) {
      if (locals && locals->count(e.text)) return nullptr;
      auto it = u.top.find(e.text);
      return it != u.top.end() && it->second.kind == Bind::Module ? &units_[it->second.target] : nullptr;
    }
    if (e.kind == ExprKind::Attribute) {
      Unit* base = module_ref(u, *e.operands[0], locals);
      if (!base) return nullptr;
      auto it = base->top.find(e.text);
      return it != base->top.end() && it->second.kind == Bind::Module ? &units_[it->second.target] : nullptr;
    }
    return nullptr;
  }

  void rename_expr(Unit& u, ExprPtr& e, const std::set<std::string>* locals) {
    if (e->kind == ExprKind::Attribute) {
      if (Unit* m = module_ref(u, *e->operands[0], locals)) {
        auto it = m->top.find(e->text);
        SourceLoc attr_at = e->op_loc;
        attr_at.col += 1;
        if (it == m->top.end() && m->name == "sys")  // Python's sys has it: kilopy's does not
          throw CompileError(attr_at, "kilopy has no sys." + e->text + " (of the sys module, kilopy has exit only)");
        if (it == m->top.end())
          throw CompileError(attr_at, "AttributeError: module '" + m->name + "' has no attribute '" + e->text + "'" +
                                           missing_name_hint(m->name, e->text));
        if (it->second.kind == Bind::Module)
          throw CompileError(e->loc, "module '" + it->second.target + "' is not a value in kilopy: use its functions and variables");
        if (m->name == "collections" && own_collections_names_.count(e->text))
          throw CompileError(attr_at, "collections." + e->text + " is kilopy's builtin " + e->text + ", and this file names "
                                      "something else " + e->text + " too: rename that one");
        ExprPtr name = std::make_unique<Expr>(ExprKind::Name, e->loc);
        name->text = it->second.target;
        e = std::move(name);
        return;
      }
    }
    if (e->kind == ExprKind::Call) shadowed_keywords(*e);
    if (e->kind == ExprKind::Name) {
      const std::string& n = e->text;
      if (locals && locals->count(n)) {
        if (is_builtin(n)) e->text = shadowed_builtin(n);
        return;
      }
      auto it = u.top.find(n);
      if (it != u.top.end()) {
        if (it->second.kind == Bind::Module)
          throw CompileError(e->loc, "module '" + it->second.target + "' is not a value in kilopy: use " + n + ".name");
        e->text = it->second.target;
      } else if (is_collections_name(n) && !class_names_.count(n)) {  // `import collections` binds collections.deque, not deque
        throw CompileError(e->loc, "NameError: name '" + n + "' is not defined: write `from collections import " + n +
                                       "` above, or collections." + n + " after `import collections`");
      } else if (!is_builtin(n) && n != "__name__") {
        e->text = canonical(u, n);  // undefined: the checks say so, under the name as written
      }
      return;
    }
    for_each_operand_slot(*e, [&](ExprPtr& o) { rename_expr(u, o, locals); });
  }

  // A keyword named like a builtin names a parameter renamed by shadowed_builtin(), unless the
  // call is of a builtin (dict(max=1)'s key) or str.format's (a field's name).
  static void shadowed_keywords(Expr& call) {
    const Expr& f = *call.callee;
    if ((f.kind == ExprKind::Name && is_builtin(f.text)) || (f.kind == ExprKind::Attribute && f.text == "format")) return;
    for (Keyword& k : call.keywords)
      if (is_builtin(k.name)) k.name = shadowed_builtin(k.name);
  }

  void rename_target(Unit& u, ExprPtr& t, const std::set<std::string>* locals) {
    if (t->kind == ExprKind::Attribute && module_ref(u, *t->operands[0], locals))
      throw CompileError(t->loc, "assigning to another module's variable is not supported in kilopy: call a "
                                 "function of that module that sets it (with `global`)");
    rename_expr(u, t, locals);
  }

  // An annotation's List, Tuple, Dict, Set and Optional must come from `from typing import ...`;
  // they become the names types.cpp reads in an annotation (list, tuple, dict, set, optional).
  // A string annotation ("Node | None", a forward reference) is read as the expression it holds.
  void typing_names(Unit& u, Expr& a) {
    if (a.kind == ExprKind::Str) quoted_annotation(a);
    aliased_types(u, a);
    if (a.kind == ExprKind::Name && is_typing_name(a.text)) {
      auto it = u.top.find(a.text);
      if (it == u.top.end() || it->second.kind != Bind::Builtin)
        throw CompileError(a.loc, "name '" + a.text + "' is not defined: import it (from typing import " + a.text +
                                      ") or write " + lower(a.text) + "[...]");
      a.text = lower(a.text);
    }
    for_each_operand(a, [&](Expr& o) { typing_names(u, o); });
  }

  // The expression a string annotation holds, in place of the string (every node at the
  // string's place); the string stays if it holds no one expression.
  static void quoted_annotation(Expr& a) {
    Module parsed;
    try {
      parsed = parse_module("<annotation>", a.text);
    } catch (const CompileError&) {
      return;
    }
    if (parsed.body.size() != 1 || parsed.body[0]->kind != StmtKind::Expr || !parsed.body[0]->value) return;
    ExprPtr value = std::move(parsed.body[0]->value);
    std::function<void(Expr&)> place = [&](Expr& e) {
      e.loc = e.op_loc = a.loc;
      for_each_operand(e, place);
    };
    place(*value);
    Expr replacement = std::move(*value);
    a = std::move(replacement);
  }

  void rename_stmt(Unit& u, Stmt& s, const std::set<std::string>* locals) {
    if (s.annotation) typing_names(u, *s.annotation);
    for (Param& p : s.params)
      if (p.annotation) typing_names(u, *p.annotation);
    if (s.kind == StmtKind::Def) {
      // Its locals (nested defs and lambdas kept in names too), and a nested def's enclosing
      // functions' (read as free variables) but for the names it declares global.
      std::set<std::string> own = def_locals(s);
      if (locals) {
        std::set<std::string> assigned, globals;
        assigned_names(s.body, assigned, globals);
        for (const std::string& n : *locals)
          if (!globals.count(n)) own.insert(n);
      }
      auto it = u.top.find(s.name);
      if (it != u.top.end() && !locals) s.name = it->second.target;  // a nested def keeps its name
      for (Param& p : s.params)
        if (is_builtin(p.name)) p.name = shadowed_builtin(p.name);
      // The defaults are evaluated at module level, the body in the function's own scope.
      for_each_child_slot(s, [&](ExprPtr& d, Use) { rename_expr(u, d, nullptr); },
                          [&](std::vector<StmtPtr>& b) { for (StmtPtr& x : b) rename_stmt(u, *x, &own); });
      return;
    }
    if (s.kind == StmtKind::Global) {
      for (std::string& n : s.names) n = u.top.count(n) ? u.top.at(n).target : canonical(u, n);
      return;
    }
    if (s.kind == StmtKind::Class) {  // its constants are the class's names, not the module's
      for_each_child_slot(s, [&](ExprPtr& e, Use) { rename_expr(u, e, locals); }, [&](std::vector<StmtPtr>& b) {
        for (StmtPtr& x : b) {
          if (x->kind == StmtKind::Assign || x->kind == StmtKind::Declare)
            for_each_child_slot(*x, [&](ExprPtr& e, Use use) {
              if (use == Use::Read || e->kind != ExprKind::Name) rename_expr(u, e, locals);
            }, [&](std::vector<StmtPtr>& inner) { for (StmtPtr& y : inner) rename_stmt(u, *y, locals); });
          else
            rename_stmt(u, *x, locals);
        }
      });
      return;
    }
    if (s.kind == StmtKind::Import) return;
    for_each_child_slot(s, [&](ExprPtr& e, Use use) {
      if (use == Use::Read) rename_expr(u, e, locals);
      else rename_target(u, e, locals);
    }, [&](std::vector<StmtPtr>& b) { for (StmtPtr& x : b) rename_stmt(u, *x, locals); });
  }
};

}  // namespace

void link_program(const std::string& filename, const std::string& source,
                  const std::vector<std::string>& search_path, const std::vector<ObjectKey>& keys, LinkedProgram& out) {
  Linker(search_path, keys, out).program(filename, source);
}

std::string read_file(const std::string& path, std::string& out) {
  int fd = open(path.c_str(), O_RDONLY | O_CLOEXEC);
  if (fd < 0) return os_error(errno);
  struct stat st;
  std::string problem;
  if (fstat(fd, &st) != 0) problem = os_error(errno);
  else if (S_ISDIR(st.st_mode)) problem = os_error(EISDIR);
  out.clear();
  char chunk[65536];
  while (problem.empty()) {
    ssize_t n = read(fd, chunk, sizeof chunk);
    if (n < 0 && errno == EINTR) continue;
    if (n < 0) problem = os_error(errno);
    if (n <= 0) break;
    out.append(chunk, size_t(n));
    if (out.size() > kMaxSourceBytes)
      problem = "larger than " + std::to_string(kMaxSourceBytes) + " bytes (kilopy's limit for a source file: 65535 "
                "lines of 128 bytes); split it into modules";
  }
  close(fd);
  if (!problem.empty()) out.clear();
  return problem;
}

std::string display_names(const std::string& message) {
  std::string out;
  bool hidden = false;  // past kHiddenSep: the digits that make a hidden name unique (group, number)
  for (size_t i = 0; i < message.size(); ++i) {
    char c = message[i];
    if (c == kDefSep) {  // a replaced def's number
      while (i + 1 < message.size() && std::isdigit(static_cast<unsigned char>(message[i + 1]))) ++i;
      continue;
    }
    if (hidden && std::isdigit(static_cast<unsigned char>(c))) continue;
    hidden = c == kHiddenSep;
    if (hidden) continue;
    if (c != kModuleSep) {
      out += c;
      continue;
    }
    size_t start = out.size();
    while (start > 0 && (std::isalnum(static_cast<unsigned char>(out[start - 1])) || out[start - 1] == '_')) --start;
    out.erase(start);
  }
  return out;
}

}  // namespace kilopy
