// Scopes: which functions exist, and which names are parameters, locals and globals in each
// (Python's rule: a name assigned in a function is local to it unless declared global).
// Also the purely syntactic placement rules: return outside a function, break outside a loop,
// nested def.
#include <algorithm>

#include "frontend/builtins.h"
#include "frontend/diagnostic.h"
#include "frontend/program.h"
#include "frontend/records.h"

namespace kilopy {

const Type Type::Unknown;
const Type Type::Int = [] { Type t; t.kind = Type::Kind::Int; return t; }();
const Type Type::Bool = [] { Type t; t.kind = Type::Kind::Bool; return t; }();
const Type Type::None = [] { Type t; t.kind = Type::Kind::None; return t; }();
const Type Type::Str = [] { Type t; t.kind = Type::Kind::Str; return t; }();

Type Type::elem() const { return is_list() ? elems[0] : Type::Int; }

bool Type::holds_object() const {
  return is_object() || std::any_of(elems.begin(), elems.end(), [](const Type& e) { return e.holds_object(); });
}

bool Type::holds_table() const {
  return is_table() || std::any_of(elems.begin(), elems.end(), [](const Type& e) { return e.holds_table(); });
}

bool Type::holds_func() const {
  return is_func() || std::any_of(elems.begin(), elems.end(), [](const Type& e) { return e.holds_func(); });
}

std::vector<std::string> Program::set_members(const std::string& set) {
  std::vector<std::string> out(1);
  for (char c : set) {
    if (c == ',') out.emplace_back();
    else out.back() += c;
  }
  return out;
}

bool Type::complete() const {
  if (kind == Kind::Unknown) return false;
  for (const Type& e : elems)
    if (!e.complete()) return false;
  return true;
}

std::string type_name(const Type& t) {
  if (t.nullable && (t.kind == Type::Kind::List || t.kind == Type::Kind::Tuple || t.kind == Type::Kind::Dict)) {  // a tuple, list or dict or None
    Type some = t;
    some.nullable = false;
    return type_name(some) + " | None";
  }
  switch (t.kind) {
    case Type::Kind::Unknown: return "unknown";
    case Type::Kind::Func: return "function";
    case Type::Kind::Int: return t.nullable ? "int | None" : "int";
    case Type::Kind::Bool: return "bool";
    case Type::Kind::None: return "None";
    case Type::Kind::Str: return t.nullable ? "str | None" : "str";
    case Type::Kind::List:
      if (t.frozen) return "tuple[" + (t.elems[0].kind == Type::Kind::Unknown ? std::string("?") : type_name(t.elems[0])) + ", ...]";
      return (t.cls == "deque" ? "deque[" : "list[") + (t.elems[0].kind == Type::Kind::Unknown ? std::string("?") : type_name(t.elems[0])) + "]";
    case Type::Kind::Array: return std::string("array('") + t.typecode + "')";
    case Type::Kind::Object:
      if (is_record_class(t.cls)) return std::string("record (a dict whose values differ in type)") + (t.nullable ? " | None" : "");
      return (t.subclasses ? t.cls + " or a subclass" : t.cls) + (t.nullable ? " | None" : "");
    case Type::Kind::Dict: {
      auto part = [](const Type& p) { return p.kind == Type::Kind::Unknown ? std::string("?") : type_name(p); };
      if (t.cls == "Counter") return "Counter[" + part(t.elems[0]) + "]";
      return (t.cls.empty() ? "dict[" : "defaultdict[") + part(t.elems[0]) + ", " + part(t.elems[1]) + "]";
    }
    case Type::Kind::Set: return "set[" + (t.elems[0].kind == Type::Kind::Unknown ? std::string("?") : type_name(t.elems[0])) + "]";
    case Type::Kind::Tuple: {
      std::string s = "tuple[";
      for (size_t i = 0; i < t.elems.size(); ++i) s += (i ? ", " : "") + type_name(t.elems[i]);
      return s + "]";
    }
  }
  return "?";
}

Var* Program::lookup(Function& f, const std::string& name) {
  if (f.def && !f.global_decls.count(name)) {
    auto it = f.vars.find(name);
    if (it != f.vars.end()) return &it->second;
  }
  auto g = module_fn().vars.find(name);
  return g == module_fn().vars.end() ? nullptr : &g->second;
}

namespace {

class ScopeCollector {
 public:
  explicit ScopeCollector(Program& p) : program_(p) {}

  void module(Module& m) {
    Function mod;
    mod.name = "<module>";
    program_.functions.push_back(mod);
    // Functions first, so that assignments to their names can be refused wherever they are.
    for (const StmtPtr& s : m.body) {
      if (s->kind != StmtKind::Def) continue;
      if (is_builtin(s->name))
        throw CompileError(s->loc, "cannot redefine builtin '" + s->name + "' in kilopy");
      program_.function_index[s->name] = program_.functions.size();
      Function f;
      f.name = s->name;
      f.def = s.get();
      program_.functions.push_back(f);
    }
    block(program_.functions[0], m.body, 0);
    for (size_t i = 1; i < program_.functions.size(); ++i) function(program_.functions[i]);
  }

 private:
  Program& program_;

  void function(Function& f) {
    for (const Param& p : f.def->params) {
      f.params.push_back(p.name);
      f.defaults.push_back(p.default_value.get());
      if (!p.keyword_only) f.positional = f.params.size();
      declare(f, p.name, p.loc);
    }
    // `global` applies to the whole function body, wherever it stands; Python requires it to
    // come before any use, which the flow pass checks.
    collect_globals(f, f.def->body);
    block(f, f.def->body, 0);
  }

  void collect_globals(Function& f, const std::vector<StmtPtr>& body) {
    for (const StmtPtr& s : body) {
      if (s->kind == StmtKind::Global) {
        for (const std::string& name : s->names) {
          for (const std::string& p : f.params)
            if (p == name) throw CompileError(s->loc, "name '" + name + "' is parameter and global");
          f.global_decls.insert(name);
        }
      }
      for_each_block(*s, [&](const std::vector<StmtPtr>& b) { collect_globals(f, b); });
    }
  }

  void declare(Function& f, const std::string& name, SourceLoc loc) {
    bool global = !f.def || f.global_decls.count(name);  // a function's local may share a function's name
    if (global && program_.function_index.count(name))
      throw CompileError(loc, "cannot assign to '" + name + "': it names a function, which kilopy keeps bound to its def "
                              "(a decorator written out, f = deco(f), included): give the value a name of its own");
    if (is_builtin(name)) throw CompileError(loc, "cannot assign to builtin '" + name + "' in kilopy");
    if (name == "__name__") throw CompileError(loc, "cannot assign to '__name__'");
    if (name == "__debug__") throw CompileError(loc, "SyntaxError: cannot assign to __debug__");
    Function& owner = (f.def && f.global_decls.count(name)) ? program_.functions[0] : f;
    if (owner.vars.count(name)) return;
    Var v;
    v.name = name;
    v.first_use = loc;
    owner.vars[name] = v;
    owner.var_order.push_back(name);
  }

  void target(Function& f, const Expr& e) {
    switch (e.kind) {
      case ExprKind::Name: declare(f, e.text, e.loc); return;
      case ExprKind::Tuple:
      case ExprKind::List:
        for (const ExprPtr& item : e.operands) {
          if (item->kind == ExprKind::Subscript || item->kind == ExprKind::Attribute) continue;  // a[i], o.f = ...
          if (item->kind == ExprKind::Tuple || item->kind == ExprKind::List) {  // (a, b), c = t
            target(f, *item);
            continue;
          }
          if (item->kind != ExprKind::Name)
            throw CompileError(item->loc, "only names, elements (a[i]) and fields (o.f) can be assigned in a multiple assignment");
          declare(f, item->text, item->loc);
        }
        return;
      case ExprKind::Subscript: return;  // item assignment: declares nothing
      case ExprKind::Attribute: return;  // a field (types.cpp): declares nothing
      default:
        throw CompileError(e.loc, "cannot assign to this expression");
    }
  }

  void block(Function& f, const std::vector<StmtPtr>& body, int loop_depth) {
    for (const StmtPtr& s : body) statement(f, *s, loop_depth);
  }

  // The placement rules of s, then what its targets declare and its statement lists.
  void statement(Function& f, const Stmt& s, int loop_depth) {
    switch (s.kind) {
      case StmtKind::For:  // its target may nest: for i, (a, b) in enumerate(zip(xs, ys))
        for_each_target_name(*s.target, [&](const Expr& name) { declare(f, name.text, name.loc); });
        break;
      case StmtKind::Break:
        if (loop_depth == 0) throw CompileError(s.loc, "'break' outside loop");
        break;
      case StmtKind::Continue:
        if (loop_depth == 0) throw CompileError(s.loc, "'continue' not properly in loop");
        break;
      case StmtKind::Return:
        if (!f.def) throw CompileError(s.loc, "'return' outside function");
        break;
      case StmtKind::Def:
        if (f.def || loop_depth > 0 || &s != top_level_def(s))
          throw CompileError(s.loc, "a def inside an if, a loop or another block is not supported in kilopy: define functions at the top level of the module, or at the top of a function's body");
        return;  // its parameters and body are the function's own (function())
      case StmtKind::Import:
        if (f.def || loop_depth > 0 || !top_level(s))
          throw CompileError(s.loc, "`from " + s.name + " import " + s.names[0] + "` must be a top-level statement of the module");
        if (s.name != "collections") program_.imports_array = true;
        for (const std::string& n : s.names) {
          if (n == "defaultdict") program_.imports_defaultdict = true;
          if (n == "Counter") program_.imports_counter = true;
          if (n == "deque") program_.imports_deque = true;
        }
        break;
      default:
        break;
    }
    bool loop = s.kind == StmtKind::For || s.kind == StmtKind::While;
    for_each_child(s, [&](const Expr& e, Use use) { if (use != Use::Read && s.kind != StmtKind::For) target(f, e); },
                   [&](const std::vector<StmtPtr>& b) { block(f, b, loop && &b == &s.body ? loop_depth + 1 : loop_depth); });
  }

  bool top_level(const Stmt& s) const {
    for (const StmtPtr& t : program_.module->body)
      if (t.get() == &s) return true;
    return false;
  }

  // The def statement itself if it is one of the module's top-level statements.
  const Stmt* top_level_def(const Stmt& s) const {
    auto it = program_.function_index.find(s.name);
    if (it == program_.function_index.end()) return nullptr;
    return program_.functions[it->second].def;
  }
};

}  // namespace

void collect_scopes(Module& module, Program& program) {
  program.module = &module;
  ScopeCollector(program).module(module);
}

}  // namespace kilopy
