// Classes, resolved at compile time (docs/language.md, "Classes"). The parser hoists a class's
// methods to the top level as defs named `C.m`; take_classes removes the class statement,
// records its constants, fixes its fields and makes __init__ return self; type_methods gives
// each method's first parameter the class's type. The type checker (types.cpp) then turns
// `obj.f` into the subscript obj[slot of f] (its text: f), `obj.m(a)` into the call
// `C.m(obj, a)` and `C(a)` into `C.__init__(New C, a)`, so the later passes see only calls,
// subscripts and New.
#include "frontend/builtins.h"
#include "frontend/diagnostic.h"
#include "frontend/program.h"

namespace kilopy {

namespace {

constexpr size_t kMaxFields = 100;  // a slot index is an immediate operand

bool mentions(const Expr& e, const std::string& name) {
  return (e.kind == ExprKind::Name && e.text == name) || any_operand(e, [&](const Expr& o) { return mentions(o, name); });
}

bool mentions(const Stmt& s, const std::string& name) {
  bool found = false;
  for_each_child(s, [&](const Expr& e, Use) { found = found || mentions(e, name); },
                 [&](const std::vector<StmtPtr>& b) {
                   for (const StmtPtr& t : b) found = found || mentions(*t, name);
                 });
  return found;
}

bool has_return(const Stmt& s) {
  bool found = s.kind == StmtKind::Return;
  for_each_block(s, [&](const std::vector<StmtPtr>& b) {
    for (const StmtPtr& t : b) found = found || has_return(*t);
  });
  return found;
}

// The field f of `self.f = value` when the value does not use self, else "".
std::string field_init(const Stmt& s, const std::string& self) {
  if (s.kind != StmtKind::Assign || s.targets.size() != 1) return "";
  const Expr& t = *s.targets[0];
  if (t.kind != ExprKind::Attribute || t.operands[0]->kind != ExprKind::Name || t.operands[0]->text != self) return "";
  return mentions(*s.value, self) ? "" : t.text;
}

// Every `return` of __init__ becomes `return self`.
void return_self(std::vector<StmtPtr>& body, const std::string& self) {
  for (StmtPtr& s : body) {
    if (s->kind == StmtKind::Return) {
      if (s->value) throw CompileError(s->value->loc, "__init__() should return None: write a bare `return` in kilopy");
      s->value.reset(new Expr(ExprKind::Name, s->loc));
      s->value->text = self;
    }
    for_each_block(*s, [&](std::vector<StmtPtr>& b) { return_self(b, self); });
  }
}

bool is_dunder(const std::string& m) {
  return m.size() > 4 && m.compare(0, 2, "__") == 0 && m.compare(m.size() - 2, 2, "__") == 0;
}

bool is_constant(const Expr& v) {
  return v.kind == ExprKind::Int || v.kind == ExprKind::Bool ||
         (v.kind == ExprKind::Unary && v.unary_op == UnaryOp::Neg && v.operands[0]->kind == ExprKind::Int);
}

void take_class(Stmt& s, Program& program) {
  if (s.value)
    throw CompileError(s.value->loc, "inheritance (class " + s.name + "(Base)) is not supported in kilopy yet: "
                                     "give the class its own methods");
  if (program.classes.count(s.name)) throw CompileError(s.loc, "class '" + s.name + "' is defined twice in kilopy");
  if (is_builtin(s.name)) throw CompileError(s.loc, "cannot redefine builtin '" + s.name + "' in kilopy");
  Class& c = program.classes[s.name];
  c.name = s.name;
  c.loc = s.loc;
  for (const StmtPtr& m : s.body) {
    if (m->kind == StmtKind::Pass || (m->kind == StmtKind::Expr && m->value->kind == ExprKind::Str)) continue;
    if (m->kind == StmtKind::Assign && m->targets.size() == 1 && m->targets[0]->kind == ExprKind::Name &&
        is_constant(*m->value)) {
      c.constants[m->targets[0]->text] = m->value.get();
      continue;
    }
    throw CompileError(m->loc, "a class body holds methods and constants (NAME = 10) in kilopy: "
                               "set other attributes in __init__ (self.x = ...)");
  }
}

// The fields of C: those __init__ assigns first, before any other use of self and any return
// (so no field is read before it is assigned), in that order.
void take_init(Class& c, Stmt& def) {
  const std::string& self = def.params[0].name;
  for (const StmtPtr& s : def.body) {
    std::string f = field_init(*s, self);
    if (f.empty()) {
      if (mentions(*s, self) || has_return(*s)) break;
      continue;
    }
    if (c.slot(f) < 0) c.fields.push_back(f);
  }
  if (c.fields.size() > kMaxFields)
    throw CompileError(def.loc, "a class has at most " + std::to_string(kMaxFields) + " fields in kilopy");
  c.field_vars.resize(c.fields.size());
  for (size_t i = 0; i < c.fields.size(); ++i) c.field_vars[i].name = c.fields[i];
  return_self(def.body, self);
  StmtPtr ret(new Stmt(StmtKind::Return, def.loc));
  ret->value.reset(new Expr(ExprKind::Name, def.loc));
  ret->value->text = self;
  def.body.push_back(std::move(ret));
}

}  // namespace

void take_classes(Module& module, Program& program) {
  std::vector<StmtPtr> kept;
  std::vector<StmtPtr> classes;
  for (StmtPtr& s : module.body) {
    if (s->kind == StmtKind::Class) {
      take_class(*s, program);
      classes.push_back(std::move(s));
    } else {
      kept.push_back(std::move(s));
    }
  }
  module.body = std::move(kept);
  for (StmtPtr& s : module.body) {
    size_t dot = s->kind == StmtKind::Def ? s->name.find('.') : std::string::npos;
    if (dot == std::string::npos) continue;
    Class& c = program.classes.at(s->name.substr(0, dot));
    std::string m = s->name.substr(dot + 1);
    if (is_dunder(m) && m != "__init__")
      throw CompileError(s->loc, "the special method " + m + " is not supported in kilopy (of the special methods only __init__ is)");
    if (s->params.empty())
      throw CompileError(s->loc, "method '" + m + "' of class '" + c.name + "' needs self as its first parameter");
    if (c.constants.count(m)) throw CompileError(s->loc, "'" + m + "' is both a constant and a method of class '" + c.name + "'");
    if (m == "__init__") take_init(c, *s);
  }
  // The class statements stay alive: the constants point into them.
  for (StmtPtr& s : classes) program.class_stmts.push_back(std::move(s));
}

void type_methods(Program& program) {
  for (Function& f : program.functions) {
    if (!f.def) continue;
    size_t dot = f.name.find('.');
    if (dot == std::string::npos) continue;
    Var& self = f.vars[f.params[0]];
    self.type = Type::object(f.name.substr(0, dot));
    self.typed_at = f.def->params[0].loc;
  }
  for (const auto& entry : program.classes) {
    const std::string& name = entry.first;
    if (program.find_function(name) || program.module_fn().vars.count(name))
      throw CompileError(entry.second.loc, "'" + name + "' is both a class and a function or variable in kilopy");
    for (const std::string& f : entry.second.fields)
      if (entry.second.constants.count(f) || program.find_function(name + "." + f))
        throw CompileError(entry.second.loc, "'" + f + "' is both a field and a method or constant of class '" + name +
                                                 "': kilopy needs distinct names");
  }
}

}  // namespace kilopy
