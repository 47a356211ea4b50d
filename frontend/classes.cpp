// Classes, resolved at compile time (docs/language.md, "Classes"). The parser hoists a class's
// methods to the top level as defs named `C.m`; take_classes removes the class statement,
// records its constants, gives a subclass D its own copy `D.m` of each method it inherits (so
// self has one static type in every method and `self.m()` is the override) and `D.B.m` of B's m
// where `super().m()` calls it, fixes the fields and makes __init__ return self; type_methods
// gives each method's first parameter the class's type. The type checker (types.cpp) then turns
// `obj.f` into the subscript obj[slot of f] (its text: f), `obj.m(a)` into the call
// `C.m(obj, a)` (on an object of C or a subclass, a call that runs the `K.m` of the object's
// class K: Expr::dispatch) and `C(a)` into `C.__init__(New C, a)`, so the later passes see only
// calls, subscripts and New.
#include <algorithm>
#include <cstring>
#include <functional>

#include "bytecode/exceptions.h"
#include "frontend/builtins.h"
#include "frontend/diagnostic.h"
#include "frontend/link.h"
#include "frontend/program.h"

namespace kilopy {

namespace {

constexpr size_t kMaxFields = 100;  // a slot index is an immediate operand

bool mentioned_in(const Stmt& s, const std::string& name) {
  bool found = false;
  for_each_child(s, [&](const Expr& e, Use) { found = found || mentions(e, name); },
                 [&](const std::vector<StmtPtr>& b) {
                   for (const StmtPtr& t : b) found = found || mentioned_in(*t, name);
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

bool is_constant(const Expr& v) {
  return v.kind == ExprKind::Int || v.kind == ExprKind::Bool || v.kind == ExprKind::Str ||
         (v.kind == ExprKind::Unary && v.unary_op == UnaryOp::Neg && v.operands[0]->kind == ExprKind::Int);
}

void take_class(Stmt& s, Program& program) {
  if (program.classes.count(s.name)) throw CompileError(s.loc, "class '" + s.name + "' is defined twice in kilopy");
  if (is_builtin(s.name)) throw CompileError(s.loc, "cannot redefine builtin '" + s.name + "' in kilopy");
  std::string base;
  if (s.value && !(s.value->kind == ExprKind::Name && s.value->text == "object")) {
    const Expr& b = *s.value;
    if (b.kind != ExprKind::Name)
      throw CompileError(b.loc, "a base class in kilopy is a class of the program, named: class " + s.name + "(Base):");
    if (!program.classes.count(b.text)) {
      if (is_builtin(b.text) || is_python_builtin(b.text))
        throw CompileError(b.loc, "inheriting from the builtin '" + b.text + "' is not supported in kilopy: derive from a "
                                  "class of the program, or hold the value in a field (self.items = ...)");
      throw CompileError(b.loc, "base class '" + b.text + "' is not a class defined above '" + s.name +
                                    "' in kilopy: define the base class first");
    }
    base = b.text;
    const Class& k = program.classes.at(base);
    if (k.frozen || k.ordered)
      throw CompileError(b.loc, "deriving from the dataclass '" + base + "' with " + (k.frozen ? "frozen=True" : "order=True") +
                                    " is not supported in kilopy: make " + s.name + " a dataclass with its own fields, or "
                                    "drop the argument from '" + base + "'");
  }
  Class& c = program.classes[s.name];
  c.name = s.name;
  c.dataclass = s.decorator.compare(0, 9, "dataclass") == 0;  // "dataclass", then " frozen", " order" (parser.cpp)
  c.frozen = s.decorator.find(" frozen") != std::string::npos;
  c.ordered = s.decorator.find(" order") != std::string::npos;
  c.loc = s.loc;
  c.base = base;
  for (const StmtPtr& m : s.body) {
    if (m->kind == StmtKind::Pass || (m->kind == StmtKind::Expr && m->value->kind == ExprKind::Str)) continue;
    if (m->kind == StmtKind::Assign && m->targets.size() == 1 && m->targets[0]->kind == ExprKind::Name &&
        is_constant(*m->value)) {
      c.constants[m->targets[0]->text] = m->value.get();
      continue;
    }
    throw CompileError(m->loc, "a class body holds methods and constants (NAME = 10, NAME = \"text\") in kilopy: "
                               "set other attributes in __init__ (self.x = ...)");
  }
  if (!base.empty())
    for (const auto& k : program.classes.at(base).constants) c.constants.insert(k);  // its own come first
}

// The methods of the classes: the defs each class's body holds, the copies made for its
// subclasses, and which class's body each method's code comes from.
struct Methods {
  Program& program;
  std::map<std::string, std::map<std::string, StmtPtr>> own;  // class -> method -> a copy of its def as written
  std::map<std::string, Stmt*> defs;                         // every method def by name, copies too
  std::map<std::string, std::string> written_in;             // method def name -> the class whose body holds it
  std::vector<StmtPtr> copies;

  // The class, from `from` up its bases, whose body defines m; "" if none does.
  std::string definer(const std::string& from, const std::string& m) const {
    for (const Class* k = program.find_class(from); k; k = program.find_class(k->base)) {
      auto it = own.find(k->name);
      if (it != own.end() && it->second.count(m)) return k->name;
    }
    return "";
  }

  // The def that runs class x's m on an instance of d: `d.m` when that is the m d finds,
  // else `d.x.m` (a copy made here on first use).
  std::string def_for(const std::string& d, const std::string& x, const std::string& m) {
    std::string name = definer(d, m) == x ? d + "." + m : d + "." + x + "." + m;
    if (!defs.count(name)) {
      StmtPtr c = copy_stmt(*own.at(x).at(m));
      c->name = name;
      defs[name] = c.get();
      written_in[name] = x;
      copies.push_back(std::move(c));
    }
    return name;
  }
};

// Each @classmethod def among defs (its class's, and each subclass's copy) becomes a static
// method of the class it runs for: its first parameter (cls) the hidden receiver, each read of
// cls that class's name (cls(...) makes one, cls.NAME and cls.m() are the class's).
void bind_class_methods(std::vector<StmtPtr>& defs, const Methods& methods) {
  for (StmtPtr& s : defs) {
    if (s->kind != StmtKind::Def || s->decorator != "classmethod" || !methods.defs.count(s->name)) continue;
    std::string cls = s->params[0].name;
    for (const StmtPtr& t : s->body)
      if (t->kind == StmtKind::Assign || t->kind == StmtKind::AugAssign)
        for_each_child(*t, [&](const Expr& e, Use use) {
          if (use != Use::Read && e.kind == ExprKind::Name && e.text == cls)
            throw CompileError(e.loc, "assigning the class parameter '" + cls + "' of a class method is not supported in kilopy: "
                                      "use a name of its own");
        }, [](const std::vector<StmtPtr>&) {});
    rename_names(*s, {{cls, s->name.substr(0, s->name.find('.'))}});
    s->params[0].name = kStaticReceiver;
    s->decorator = "staticmethod";
  }
}

bool is_super(const Expr& e) {
  if (e.kind != ExprKind::Call || e.callee->kind != ExprKind::Name || e.callee->text != "super") return false;
  if (!e.operands.empty() || !e.keywords.empty())
    throw CompileError(e.loc, "super() takes no arguments in kilopy: write super().m(...)");
  return true;
}

// X.m(self, a) in a method of class k, X being k or one of its bases (Shape.__init__(self, n)):
// true if e is such a call, whatever m is.
bool self_call_of_ancestor(const Expr& e, const Methods& methods, const std::string& k, const std::string& self) {
  if (e.kind != ExprKind::Call || e.callee->kind != ExprKind::Attribute || e.operands.empty() ||
      e.operands[0]->kind != ExprKind::Name || e.operands[0]->text != self || e.callee->operands[0]->kind != ExprKind::Name)
    return false;
  const std::string& x = e.callee->operands[0]->text;
  for (const Class* c = methods.program.find_class(k); c; c = methods.program.find_class(c->base))
    if (c->name == x) return true;
  return false;
}

// The class whose m X.m(self, a) (self_call_of_ancestor) runs: the first from X up its bases
// that defines m, as CPython looks it up; "" for another call, or for a staticmethod or a
// property m (CPython would pass self to it as an argument).
std::string named_method(const Expr& e, const Methods& methods, const std::string& k, const std::string& self) {
  if (!self_call_of_ancestor(e, methods, k, self)) return "";
  const std::string x = methods.definer(e.callee->operands[0]->text, e.callee->text);
  return x.empty() || !methods.own.at(x).at(e.callee->text)->decorator.empty() ? "" : x;
}

// In def `d.…` (written in class k, self named self): super().m(a) becomes the call of the def
// that runs m of k's bases on a d, with self first; super().__init__() with no base __init__
// is object's, which does nothing: None.
void rewrite_super(ExprPtr& slot, Methods& methods, const std::string& d, const std::string& k, const std::string& self) {
  Expr& e = *slot;
  if (e.kind == ExprKind::Call && e.callee->kind == ExprKind::Attribute && is_super(*e.callee->operands[0])) {
    const std::string m = e.callee->text;
    const std::string& base = methods.program.classes.at(k).base;
    std::string x = base.empty() ? "" : methods.definer(base, m);
    if (x.empty() && m == "__init__" && e.operands.empty() && e.keywords.empty() && !e.starred_arg) {
      slot.reset(new Expr(ExprKind::None, e.loc));
      return;
    }
    if (x.empty())
      throw CompileError(e.callee->loc, "'super' object has no attribute '" + m + "': no base class of '" + k +
                                            "' defines " + m + "() in kilopy");
    ExprPtr receiver(new Expr(ExprKind::Name, e.callee->operands[0]->loc));
    receiver->text = self;
    ExprPtr callee(new Expr(ExprKind::Name, e.callee->loc));
    callee->text = methods.def_for(d, x, m);
    e.callee = std::move(callee);
    prepend_operand(e, std::move(receiver));
  } else if (e.kind == ExprKind::Name && e.text == "super") {
    throw CompileError(e.loc, "super() is supported in kilopy only to call a method of the base class: super().m(...)");
  } else if (const std::string x = named_method(e, methods, k, self); !x.empty()) {
    ExprPtr callee(new Expr(ExprKind::Name, e.callee->loc));  // self stays the first argument
    callee->text = methods.def_for(d, x, e.callee->text);
    e.callee = std::move(callee);
  } else if (e.kind == ExprKind::Call && e.callee->kind == ExprKind::Attribute && e.callee->text == "__init__" &&
             e.operands.size() == 1 && e.keywords.empty() && !e.starred_arg && self_call_of_ancestor(e, methods, k, self)) {
    slot.reset(new Expr(ExprKind::None, e.loc));  // X.__init__(self) where no class from X up defines it: object's
    return;
  }
  for_each_operand_slot(e, [&](ExprPtr& o) { rewrite_super(o, methods, d, k, self); });
  for (CompClause& c : e.clauses) {
    if (c.target) rewrite_super(c.target, methods, d, k, self);
    rewrite_super(c.value, methods, d, k, self);
  }
}

void rewrite_super(Stmt& s, Methods& methods, const std::string& d, const std::string& k, const std::string& self) {
  for_each_child_slot(s, [&](ExprPtr& e, Use) { rewrite_super(e, methods, d, k, self); },
                      [&](std::vector<StmtPtr>& b) {
                        for (StmtPtr& t : b) rewrite_super(*t, methods, d, k, self);
                      });
}

// The base class's __init__ that statement s of an __init__ calls as super().__init__(a)
// (rewritten: `d.….__init__(self, a)`), when no argument uses self; else null.
const Stmt* base_init(const Stmt& s, const std::string& self, const Methods& methods) {
  if (s.kind != StmtKind::Expr || s.value->kind != ExprKind::Call) return nullptr;
  const Expr& call = *s.value;
  const std::string& f = call.callee->text;
  const std::string init = ".__init__";
  if (call.callee->kind != ExprKind::Name || f.size() < init.size() || f.compare(f.size() - init.size(), init.size(), init) != 0 ||
      !methods.defs.count(f) || call.operands.empty() || call.operands[0]->kind != ExprKind::Name || call.operands[0]->text != self)
    return nullptr;
  for (size_t i = 1; i < call.operands.size(); ++i)
    if (mentions(*call.operands[i], self)) return nullptr;
  for (const Keyword& k : call.keywords)
    if (mentions(*k.value, self)) return nullptr;
  return methods.defs.at(f);
}

// Appends the fields the __init__ def assigns first, before any other use of self and any
// return (so no field is read before it is assigned), with those of a base class's __init__
// it calls there by super().__init__(...); false if something else uses self before its end.
bool leading_fields(const Stmt& def, const Methods& methods, std::vector<std::string>& fields) {
  const std::string& self = def.params[0].name;
  for (const StmtPtr& s : def.body) {
    std::string f = field_init(*s, self);
    if (!f.empty()) {
      if (std::find(fields.begin(), fields.end(), f) == fields.end()) fields.push_back(f);
    } else if (const Stmt* base = base_init(*s, self, methods)) {
      if (!leading_fields(*base, methods, fields)) return false;
    } else if (mentioned_in(*s, self) || has_return(*s)) {
      return false;
    }
  }
  return true;
}

// Appends each f of a `self.f` that s, or a statement in it, assigns (a nested def aside).
void assigned_fields(const Stmt& s, const std::string& self, std::vector<std::string>& fields) {
  std::function<void(const Expr&)> target = [&](const Expr& t) {
    if (t.kind == ExprKind::Attribute && t.operands[0]->kind == ExprKind::Name && t.operands[0]->text == self) {
      if (std::find(fields.begin(), fields.end(), t.text) == fields.end()) fields.push_back(t.text);
    } else if (t.kind == ExprKind::Tuple || t.kind == ExprKind::List) {
      for (const ExprPtr& o : t.operands) target(*o);
    }
  };
  if (s.kind == StmtKind::Def) return;
  for_each_child(s, [&](const Expr& e, Use use) { if (use != Use::Read) target(e); },
                 [&](const std::vector<StmtPtr>& b) {
                   for (const StmtPtr& t : b) assigned_fields(*t, self, fields);
                 });
}

// c's fields: those __init__ assigns first (leading_fields), then those its methods assign
// only later (`late`; each gets a field_set_flag in flag_late_fields).
void take_fields(Class& c, const Methods& methods, std::vector<std::string>& late) {
  auto init = methods.defs.find(c.name + ".__init__");
  if (init != methods.defs.end()) leading_fields(*init->second, methods, c.fields);
  const std::string prefix = c.name + ".";
  for (const auto& m : methods.defs)
    if (m.first.compare(0, prefix.size(), prefix) == 0 && m.first.find(kModuleSep) == std::string::npos)
      for (const StmtPtr& s : m.second->body) assigned_fields(*s, m.second->params[0].name, late);
  late.erase(std::remove_if(late.begin(), late.end(), [&](const std::string& f) { return c.slot(f) >= 0; }), late.end());
  c.fields.insert(c.fields.end(), late.begin(), late.end());
  c.field_vars.resize(c.fields.size());
  for (size_t i = 0; i < c.fields.size(); ++i) c.field_vars[i].name = c.fields[i];
  for (const std::string& f : c.fields)
    if (c.constants.count(f)) c.presets.insert(f);
}

// The flags of the late fields: in each class of a hierarchy, one for each of its fields that is
// late in some class of the hierarchy.
void flag_late_fields(Program& program, const std::map<std::string, std::vector<std::string>>& late) {
  auto root = [&](const Class* c) {
    while (const Class* b = program.find_class(c->base)) c = b;
    return c->name;
  };
  std::map<std::string, std::set<std::string>> flagged;  // hierarchy root -> fields
  for (const auto& entry : late) flagged[root(&program.classes.at(entry.first))].insert(entry.second.begin(), entry.second.end());
  for (auto& entry : program.classes) {
    Class& c = entry.second;
    const std::set<std::string>& names = flagged[root(&c)];
    for (size_t i = 0, n = c.fields.size(); i < n; ++i)
      if (names.count(c.fields[i])) {
        c.fields.push_back(field_set_flag(c.fields[i]));
        c.field_vars.push_back(Var{c.fields.back(), Type::Bool, c.loc, c.loc, nullptr});
      }
    if (c.fields.size() > kMaxFields)
      throw CompileError(c.loc, "a class has at most " + std::to_string(kMaxFields) + " fields in kilopy (counting one hidden "
                                "field for each field first assigned outside the start of __init__)");
  }
}

// Every return of __init__ returns self, and so does its end (its `-> None` no longer says what
// the def returns: CPython's C() gives the object).
void init_returns_self(Stmt& def) {
  if (def.annotation && def.annotation->kind == ExprKind::None) def.annotation.reset();
  const std::string& self = def.params[0].name;
  return_self(def.body, self);
  StmtPtr ret(new Stmt(StmtKind::Return, def.loc));
  ret->value.reset(new Expr(ExprKind::Name, def.loc));
  ret->value->text = self;
  def.body.push_back(std::move(ret));
}

std::string method_name(const std::string& def) { return def.substr(def.find_last_of('.') + 1); }

// The variable holding what __len__ returns while it is checked: no Python identifier.
const char* const kLenResult = "__len__()";

ExprPtr name_expr(const std::string& name, SourceLoc loc) {
  ExprPtr n(new Expr(ExprKind::Name, loc));
  n->text = name;
  return n;
}

// `return x` in __len__ becomes `r = x`, `if r < 0: raise ValueError(...)`, `return r`: len()
// and a test check what __len__ returns as CPython does, and no code calls __len__ but they
// (refuse_len_calls).
void check_len_results(std::vector<StmtPtr>& body) {
  for (size_t i = 0; i < body.size(); ++i) {
    Stmt& s = *body[i];
    if (s.kind != StmtKind::Def) for_each_block(s, [&](std::vector<StmtPtr>& b) { check_len_results(b); });
    if (s.kind != StmtKind::Return || !s.value) continue;
    SourceLoc at = s.value->loc;
    StmtPtr keep(new Stmt(StmtKind::Assign, s.loc));
    keep->targets.push_back(name_expr(kLenResult, at));
    keep->value = std::move(s.value);
    StmtPtr test(new Stmt(StmtKind::If, s.loc));
    test->value.reset(new Expr(ExprKind::Compare, at));
    test->value->op_loc = at;
    test->value->cmp_ops.push_back(CmpOp::Lt);
    test->value->operands.push_back(name_expr(kLenResult, at));
    test->value->operands.emplace_back(new Expr(ExprKind::Int, at));
    StmtPtr raise(new Stmt(StmtKind::Raise, s.loc));
    raise->names.push_back("ValueError");
    raise->name_locs.push_back(s.loc);
    raise->msg.reset(new Expr(ExprKind::Str, at));
    raise->msg->text = "__len__() should return >= 0";
    test->body.push_back(std::move(raise));
    s.value = name_expr(kLenResult, at);
    body.insert(body.begin() + long(i), std::move(test));
    body.insert(body.begin() + long(i), std::move(keep));
    i += 2;
  }
}

void refuse_len_calls(const Expr& e) {
  if (e.kind == ExprKind::Attribute && e.text == "__len__")
    throw CompileError(e.loc, "calling __len__ directly is not supported in kilopy (its checked result is what len() gives): "
                              "write len(x)");
  for_each_operand(e, [&](const Expr& o) { refuse_len_calls(o); });
}

void refuse_len_calls(const Stmt& s) {
  for_each_child(s, [&](const Expr& e, Use) { refuse_len_calls(e); },
                 [&](const std::vector<StmtPtr>& b) {
                   for (const StmtPtr& t : b) refuse_len_calls(*t);
                 });
}

}  // namespace

std::vector<std::pair<unsigned, unsigned>> Program::exception_ranges(const std::string& name) const {
  std::vector<std::pair<unsigned, unsigned>> ranges;
  unsigned number, last;
  if (!exception_range(name, number, last)) return ranges;
  ranges.emplace_back(number, last);
  if (number == EXC_Exception || number >= EXC_USER_FIRST) return ranges;  // Exception's range holds every class of the program
  for (const ExceptionClass& c : exceptions) {
    uint8_t base = exc_class(c.base.c_str());
    if (base != EXC_NONE && base >= number && base <= last) ranges.emplace_back(c.number, c.last);
  }
  return ranges;
}

bool Program::exception_range(const std::string& name, unsigned& number, unsigned& last) const {
  uint8_t k = exc_class(name.c_str());
  if (k != EXC_NONE) {
    number = k;
    last = k == EXC_Exception ? kExcLast : k + kExcDescendants[k];
    return true;
  }
  for (const ExceptionClass& c : exceptions)
    if (c.name == name) {
      number = c.number;
      last = c.last;
      return true;
    }
  return false;
}

namespace {

// class E(Base): pass where Base is Exception or an exception class of the program: an
// exception class, numbered by number_exceptions(). True if s is one.
bool take_exception_class(const Stmt& s, Program& program) {
  unsigned number, last;
  if (!s.value || s.value->kind != ExprKind::Name || !program.exception_range(s.value->text, number, last)) return false;
  const std::string& base = s.value->text;
  uint8_t builtin = exc_class(base.c_str());
  if (builtin == EXC_KeyError)  // its str() is its argument's repr(), which kilopy makes only for KeyError itself
    throw CompileError(s.value->loc, "deriving an exception class from KeyError is not supported in kilopy: derive it from "
                                     "LookupError (class " + s.name + "(LookupError):), which `except KeyError` does not catch");
  if (builtin == EXC_StopIteration)  // it ends the loop a generator is inlined into
    throw CompileError(s.value->loc, "deriving an exception class from StopIteration is not supported in kilopy: derive it "
                                     "from Exception (class " + s.name + "(Exception):)");
  if (program.exception_range(s.name, number, last) || program.classes.count(s.name))
    throw CompileError(s.loc, "class '" + s.name + "' is defined twice in kilopy");
  for (const StmtPtr& m : s.body)
    if (!(m->kind == StmtKind::Pass || (m->kind == StmtKind::Expr && m->value->kind == ExprKind::Str)))
      throw CompileError(m->loc, "an exception class's body holds `pass`, a docstring or methods in kilopy: "
                                 "it has no constants or class attributes");
  program.exceptions.push_back(ExceptionClass{s.name, base, s.loc, 0, 0});
  return true;
}

// Numbers the program's exception classes in pre-order, after the built-in ones: under
// Exception, then under each built-in class in turn (the classes one derives from form a block).
void number_exceptions(Program& program) {
  unsigned next = EXC_USER_FIRST;
  std::function<void(const std::string&)> visit = [&](const std::string& parent) {
    for (ExceptionClass& c : program.exceptions)
      if (c.base == parent) {
        if (next > kExcLast) throw CompileError(c.loc, "more than " + std::to_string(kExcLast - EXC_USER_FIRST + 1) + " exception classes (kilopy's limit)");
        c.number = next++;
        visit(c.name);
        c.last = next - 1;
      }
  };
  visit("Exception");
  for (unsigned k = EXC_Exception + 1; k < EXC_USER_FIRST; ++k) visit(kExcNames[k]);
}

// The properties of the program's classes: each name with the classes that have it, and
// kSetterPrefix + the name with the classes that give it a setter.
using Properties = std::map<std::string, std::set<std::string>>;

// A store self.f = v in a method of class owner (self its first parameter), where f is a
// property: CPython's AttributeError if owner has the property, else f is also a field.
[[noreturn]] void refuse_property_store(const Expr& target, const Properties& properties, const std::string& owner,
                                        const std::string& self) {
  const std::string& f = target.text;
  const std::set<std::string>& have = properties.at(f);
  const Expr& obj = *target.operands[0];
  if (obj.kind == ExprKind::Name && obj.text == self && !have.count(owner))
    throw CompileError(target.loc, "'" + f + "' is a property of class '" + *have.begin() + "' and a field of class '" + owner +
                                       "': kilopy needs distinct names");
  throw CompileError(target.loc, "AttributeError: property '" + f + "' of '" + (have.count(owner) ? owner : *have.begin()) +
                                     "' object has no setter: give it one (@" + f + ".setter), or assign a field instead");
}

// Every read `x.p` of a property p becomes the call `x.p()` (bind_method in types.cpp calls the
// method; a call `x.p()` written out stays as written, and is refused there); a store to one is
// refused (refuse_property_store).
void call_properties(ExprPtr& slot, const Properties& properties, bool target, const std::string& owner,
                     const std::string& self) {
  Expr& e = *slot;
  auto walk = [&](ExprPtr& o, bool is_target) { call_properties(o, properties, is_target, owner, self); };
  if (target && (e.kind == ExprKind::Tuple || e.kind == ExprKind::List)) {
    for (ExprPtr& o : e.operands) walk(o, true);
    return;
  }
  if (target && e.kind == ExprKind::Attribute && properties.count(e.text)) refuse_property_store(e, properties, owner, self);
  bool method_call = e.kind == ExprKind::Call && e.callee->kind == ExprKind::Attribute;
  for_each_operand_slot(e, [&](ExprPtr& o) { walk(method_call && o == e.callee ? o->operands[0] : o, false); });
  for (CompClause& c : e.clauses) {
    if (c.target) walk(c.target, true);
    walk(c.value, false);
  }
  if (target || e.kind != ExprKind::Attribute || !properties.count(e.text)) return;
  ExprPtr call(new Expr(ExprKind::Call, e.loc));
  call->text = "property";
  call->callee = std::move(slot);
  slot = std::move(call);
}

// `x.p = v` and `x.p op= v` of a property p that a class gives a setter (x a name): the call
// statement x.<setter>p(v), or x.<setter>p(x.p op v), which CPython's order of evaluation is.
void call_setter(Stmt& s, const Properties& properties) {
  ExprPtr* target = s.kind == StmtKind::AugAssign ? &s.target
                    : s.kind == StmtKind::Assign && s.targets.size() == 1 ? &s.targets[0] : nullptr;
  if (!target || (*target)->kind != ExprKind::Attribute || !properties.count(kSetterPrefix + (*target)->text)) return;
  Expr& attr = **target;
  if (attr.operands[0]->kind != ExprKind::Name)
    throw CompileError(attr.loc, "kilopy calls a property's setter on a name (obj.p = v): assign the object to a name first");
  ExprPtr value = std::move(s.value);
  if (s.kind == StmtKind::AugAssign) {
    ExprPtr op(new Expr(ExprKind::Binary, attr.loc));
    op->bin_op = s.aug_op;
    op->op_loc = s.loc;
    op->text = kPropertyUpdate;  // types.cpp refuses it of a list, dict or set (CPython's += is in place)
    op->operands.push_back(copy_expr(attr));
    op->operands.push_back(std::move(value));
    value = std::move(op);
  }
  ExprPtr call(new Expr(ExprKind::Call, attr.loc));
  call->callee = std::move(*target);
  call->callee->text = kSetterPrefix + call->callee->text;
  call->operands.push_back(std::move(value));
  s.kind = StmtKind::Expr;
  s.targets.clear();
  s.target.reset();
  s.value = std::move(call);
}

void call_properties(Stmt& s, const Properties& properties, const std::string& owner, const std::string& self) {
  call_setter(s, properties);
  for_each_child_slot(s, [&](ExprPtr& e, Use use) { call_properties(e, properties, use != Use::Read, owner, self); },
                      [&](std::vector<StmtPtr>& b) {
                        for (StmtPtr& t : b) call_properties(*t, properties, owner, self);
                      });
}

// The program's properties. A name that is a property in one class is no plain method of any
// (nor a field: refuse_property_store), so `x.p` is a call wherever it is read.
Properties properties(const Module& module, const Program& program) {
  Properties found;
  for (const StmtPtr& s : module.body)
    if (s->kind == StmtKind::Def && s->decorator == "property") {
      if (s->params.size() != 1)
        throw CompileError(s->loc, "a property takes only self in kilopy: def " + method_name(s->name) + "(self)");
      found[method_name(s->name)].insert(s->name.substr(0, s->name.find('.')));
    }
  for (const StmtPtr& s : module.body)
    if (s->kind == StmtKind::Def && s->decorator == "setter") {
      std::string cls = s->name.substr(0, s->name.find('.')), p = method_name(s->name).substr(std::strlen(kSetterPrefix));
      if (!found.count(p) || !found.at(p).count(cls))
        throw CompileError(s->loc, "@" + p + ".setter in class '" + cls + "' follows no property '" + p + "' of that class: "
                                   "define it first (@property def " + p + "(self))");
      found[method_name(s->name)].insert(cls);
    }
  // A class that gives a property a getter of its own and no setter has none (CPython's new
  // property object), where kilopy would inherit its base's: refused.
  for (const StmtPtr& s : module.body) {
    if (s->kind != StmtKind::Def || s->decorator != "property") continue;
    std::string cls = s->name.substr(0, s->name.find('.')), p = method_name(s->name);
    auto setters = found.find(kSetterPrefix + p);
    if (setters == found.end() || setters->second.count(cls)) continue;
    for (const Class* k = program.find_class(program.classes.at(cls).base); k; k = program.find_class(k->base))
      if (setters->second.count(k->name))
        throw CompileError(s->loc, "class '" + cls + "' gives property '" + p + "' a getter without a setter, so in CPython "
                                   "its objects have no setter, where kilopy would call " + k->name + "'s: give " + cls +
                                   " a setter too (@" + p + ".setter), or leave the getter out");
  }
  for (const StmtPtr& s : module.body) {
    if (s->kind != StmtKind::Def || s->decorator == "property" || s->decorator == "setter" ||
        s->name.find('.') == std::string::npos)
      continue;
    auto it = found.find(method_name(s->name));
    if (it != found.end())
      throw CompileError(s->loc, "'" + it->first + "' is a property of class '" + *it->second.begin() + "' and a method of class '" +
                                     s->name.substr(0, s->name.find('.')) + "': kilopy needs distinct names");
  }
  return found;
}

}  // namespace

void take_classes(Module& module, Program& program) {
  for (const StmtPtr& s : module.body) refuse_len_calls(*s);
  std::vector<StmtPtr> kept;
  std::vector<StmtPtr> classes;
  std::map<std::string, size_t> class_at;  // where each class statement was, in kept
  for (StmtPtr& s : module.body) {
    if (s->kind == StmtKind::Class && take_exception_class(*s, program)) {
      if (!exception_object_class(*s, module, program)) continue;  // a class number only
      if (!program.find_class(s->value->text)) s->value.reset();   // Exception's fields are no fields
    }
    if (s->kind == StmtKind::Class) {
      take_class(*s, program);
      class_at[s->name] = kept.size();
      classes.push_back(std::move(s));
    } else {
      kept.push_back(std::move(s));
    }
  }
  module.body = std::move(kept);
  number_exceptions(program);
  lower_exception_objects(module, program);
  Methods methods{program, {}, {}, {}, {}};
  for (StmtPtr& s : module.body) {
    size_t dot = s->kind == StmtKind::Def ? s->name.find('.') : std::string::npos;
    if (dot == std::string::npos) continue;
    Class& c = program.classes.at(s->name.substr(0, dot));
    std::string m = s->name.substr(dot + 1);
    static const std::set<std::string> kSpecial = {
        "__init__", "__str__", "__repr__", "__call__", "__eq__", "__ne__", "__lt__", "__le__", "__gt__", "__ge__", "__add__",
        "__sub__", "__mul__", "__floordiv__", "__mod__", "__neg__", "__abs__", "__len__", "__bool__", "__getitem__",
        "__setitem__", "__contains__"};
    if (is_dunder(m) && !kSpecial.count(m) && !(m == "__post_init__" && c.dataclass))  // which its __init__ calls
      throw CompileError(s->loc, "the special method " + m + " is not supported in kilopy (of the special methods only __init__, "
                                 "__str__, __repr__, __call__, __eq__, __ne__, __lt__, __le__, __gt__, __ge__, __add__, "
                                 "__sub__, __mul__, __floordiv__, __mod__, __neg__, __abs__, __len__, __bool__, __getitem__, "
                                 "__setitem__ and __contains__ are)");
    if (s->params.empty())
      throw CompileError(s->loc, "method '" + m + "' of class '" + c.name + "' needs self as its first parameter");
    if (m == "__len__") check_len_results(s->body);
    if (c.constants.count(m)) throw CompileError(s->loc, "'" + m + "' is both a constant and a method of class '" + c.name + "'");
    methods.defs[s->name] = s.get();
    methods.written_in[s->name] = c.name;
    if (m.find(kDefSep) == std::string::npos) methods.own[c.name][m] = copy_stmt(*s);  // before super() is rewritten
  }
  // A subclass's own copy of each method it inherits.
  for (const auto& entry : program.classes) {
    const std::string& d = entry.first;
    for (const Class* k = program.find_class(entry.second.base); k; k = program.find_class(k->base))
      for (const auto& m : methods.own[k->name]) {
        if (program.classes.at(d).constants.count(m.first))
          throw CompileError(m.second->loc, "'" + m.first + "' is both a constant and a method of class '" + d + "'");
        methods.def_for(d, methods.definer(d, m.first), m.first);
      }
  }
  Properties props = properties(module, program);
  if (!props.empty())
    for (std::vector<StmtPtr>* defs : {&module.body, &methods.copies})
      for (StmtPtr& s : *defs) {
        bool method = methods.defs.count(s->name);
        call_properties(*s, props, method ? s->name.substr(0, s->name.find('.')) : "", method ? s->params[0].name : "");
      }
  size_t copied = methods.copies.size();
  for (StmtPtr& s : module.body)
    if (methods.defs.count(s->name))
      rewrite_super(*s, methods, s->name.substr(0, s->name.find('.')), methods.written_in.at(s->name), s->params[0].name);
  for (size_t i = 0; i < methods.copies.size(); ++i) {  // rewriting may add copies
    Stmt& s = *methods.copies[i];
    rewrite_super(s, methods, s.name.substr(0, s.name.find('.')), methods.written_in.at(s.name), s.params[0].name);
  }
  for (size_t i = copied; i < methods.copies.size(); ++i)  // those copies' property reads (a base method super() runs)
    call_properties(*methods.copies[i], props, methods.copies[i]->name.substr(0, methods.copies[i]->name.find('.')),
                    methods.copies[i]->params[0].name);
  bind_class_methods(module.body, methods);
  bind_class_methods(methods.copies, methods);
  std::map<std::string, std::vector<std::string>> late;
  for (auto& entry : program.classes) take_fields(entry.second, methods, late[entry.first]);
  flag_late_fields(program, late);
  for (auto& entry : methods.defs)
    if (method_name(entry.first) == "__init__") init_returns_self(*entry.second);
  // A subclass's copies are defined where the class statement was (a def runs in order).
  std::vector<std::vector<StmtPtr>> copies_at(module.body.size() + 1);
  for (StmtPtr& s : methods.copies) copies_at[class_at.at(s->name.substr(0, s->name.find('.')))].push_back(std::move(s));
  kept.clear();
  for (size_t i = 0; i <= module.body.size(); ++i) {
    for (StmtPtr& s : copies_at[i]) kept.push_back(std::move(s));
    if (i < module.body.size()) kept.push_back(std::move(module.body[i]));
  }
  module.body = std::move(kept);
  // The class statements stay alive: the constants point into them.
  for (StmtPtr& s : classes) program.class_stmts.push_back(std::move(s));
}

void type_methods(Program& program) {
  for (Function& f : program.functions) {
    if (!f.def) continue;
    size_t dot = f.name.find('.');
    if (dot == std::string::npos || f.name.find(kModuleSep, dot) != std::string::npos) continue;  // a method's nested function
    if (!program.find_class(f.name.substr(0, dot))) continue;  // of a flattened class: no self
    Var& self = f.vars[f.params[0]];
    self.type = Type::object(f.name.substr(0, dot));
    self.typed_at = f.def->params[0].loc;
  }
  for (const auto& entry : program.classes) {
    const std::string& name = entry.first;
    if (program.find_function(name) || program.module_fn().vars.count(name))
      throw CompileError(entry.second.loc, "'" + name + "' is both a class and a function or variable in kilopy");
    for (const std::string& f : entry.second.fields)
      if (program.find_function(name + "." + f))
        throw CompileError(entry.second.loc, "'" + f + "' is both a field and a method of class '" + name +
                                                 "': kilopy needs distinct names");
  }
}

namespace {

// Flattening a class with a single instance (docs/memory.md, "Classes with one instance").

bool is_name(const Expr& e, const std::string& name) { return e.kind == ExprKind::Name && e.text == name; }

// Whether an annotation of s (not a child expression) mentions name.
bool annotation_mentions(const Stmt& s, const std::string& name) {
  bool found = s.annotation && mentions(*s.annotation, name);
  for (const Param& p : s.params) found = found || (p.annotation && mentions(*p.annotation, name));
  for_each_block(s, [&](const std::vector<StmtPtr>& b) {
    for (const StmtPtr& t : b) found = found || annotation_mentions(*t, name);
  });
  return found;
}

bool mentions_anywhere(const Stmt& s, const std::string& name) {
  return mentioned_in(s, name) || annotation_mentions(s, name) || std::find(s.names.begin(), s.names.end(), name) != s.names.end();
}

bool has_def(const std::vector<StmtPtr>& body) {
  bool found = false;
  for (const StmtPtr& s : body) {
    found = found || s->kind == StmtKind::Def;
    for_each_block(*s, [&](const std::vector<StmtPtr>& b) { found = found || has_def(b); });
  }
  return found;
}

bool only_called(const Expr& e, const std::string& name) {
  if (is_name(e, name)) return false;
  bool ok = true;
  for_each_operand(e, [&](const Expr& o) { ok = ok && (&o == e.callee.get() && is_name(o, name) ? true : only_called(o, name)); });
  return ok;
}

// Whether s names `name` only as the callee of calls.
bool only_called(const Stmt& s, const std::string& name) {
  bool ok = !annotation_mentions(s, name) && std::find(s.names.begin(), s.names.end(), name) == s.names.end();
  for_each_child(s, [&](const Expr& e, Use) { ok = ok && only_called(e, name); },
                 [&](const std::vector<StmtPtr>& b) {
                   for (const StmtPtr& t : b) ok = ok && (t->kind == StmtKind::Def ? !mentions_anywhere(*t, name) : only_called(*t, name));
                 });
  return ok;
}

// Rewrites every use of the object `obj` of class c in slot: `obj.f` (a field) becomes the
// global `c.f`, `obj.m(a)` the call `c.m(a)`; false if obj is used any other way.
bool flatten_uses(ExprPtr& slot, const std::string& obj, const Class& c, const Module& module) {
  Expr& e = *slot;
  if (e.kind == ExprKind::Attribute && is_name(*e.operands[0], obj)) {
    if (c.slot(e.text) < 0) return false;
    SourceLoc loc = e.loc;
    std::string global = c.name + "." + e.text;
    slot.reset(new Expr(ExprKind::Name, loc));
    slot->text = global;
    return true;
  }
  if (e.kind == ExprKind::Call && e.callee->kind == ExprKind::Attribute && is_name(*e.callee->operands[0], obj)) {
    std::string method = c.name + "." + e.callee->text;
    bool found = false;
    for (const StmtPtr& d : module.body) found = found || (d->kind == StmtKind::Def && d->name == method);
    if (!found || e.callee->text == "__init__") return false;
    SourceLoc loc = e.callee->loc;
    e.callee.reset(new Expr(ExprKind::Name, loc));
    e.callee->text = method;
  }
  if (is_name(e, obj)) return false;
  bool ok = true;
  for_each_operand_slot(e, [&](ExprPtr& o) { ok = ok && flatten_uses(o, obj, c, module); });
  return ok;
}

bool flatten_uses(Stmt& s, const std::string& obj, const Class& c, const Module& module) {
  if (s.kind == StmtKind::Del || s.kind == StmtKind::Def) return !mentions_anywhere(s, obj);
  if (s.kind == StmtKind::Assign && s.annotation && s.targets[0]->kind == ExprKind::Attribute && is_name(*s.targets[0]->operands[0], obj))
    s.annotation.reset();  // self.f: T = v, checked where the class is compiled as written
  bool ok = true;
  for_each_child_slot(s, [&](ExprPtr& e, Use) { ok = ok && flatten_uses(e, obj, c, module); },
                      [&](std::vector<StmtPtr>& b) {
                        for (StmtPtr& t : b) ok = ok && flatten_uses(*t, obj, c, module);
                      });
  return ok;
}

// The statement `global c.f0, c.f1, ...` for the fields of c.
StmtPtr global_fields(const Class& c, SourceLoc loc) {
  StmtPtr g(new Stmt(StmtKind::Global, loc));
  for (const std::string& f : c.fields) g->names.push_back(c.name + "." + f);
  return g;
}

// Every `return self` of __init__ (take_classes made them) becomes `return`; the last goes.
void init_returns_none(std::vector<StmtPtr>& body) {
  for (StmtPtr& s : body) {
    if (s->kind == StmtKind::Return) s->value.reset();
    for_each_block(*s, [&](std::vector<StmtPtr>& b) { init_returns_none(b); });
  }
}

// Flattens class c if the program makes exactly one instance of it, at `v = C(args)` in the
// body of a function F that only the module body calls (so no two instances are alive at
// once), and uses it only as `v.f`, `v.m(...)` after that statement and as `self.f`,
// `self.m(...)` in its methods: the fields become globals `C.f`, the methods functions without
// self, and `v = C(args)` the call `C.__init__(args)`. Works on a copy; false if not.
bool flatten_class(Module& module, const Class& c, const std::map<std::string, Class>& classes) {
  if (!c.base.empty() || !c.presets.empty()) return false;
  for (const std::string& f : c.fields)
    if (is_field_set_flag(f)) return false;  // a global's NameError is not the field's AttributeError
  for (const auto& k : classes)
    if (k.second.base == c.name) return false;
  const std::string init = c.name + ".__init__";
  Stmt* site_fn = nullptr;
  size_t site = 0;
  bool has_init = false;
  size_t uses = 0;
  for (const StmtPtr& s : module.body) {
    if (s->kind == StmtKind::Def && s->name == init) has_init = true;
    if (!mentions_anywhere(*s, c.name)) continue;
    if (s->kind != StmtKind::Def || s->name.find('.') != std::string::npos) return false;
    for (size_t i = 0; i < s->body.size(); ++i) {
      const Stmt& a = *s->body[i];
      if (!mentions_anywhere(a, c.name)) continue;
      ++uses;
      if (a.kind != StmtKind::Assign || a.annotation || a.targets.size() != 1 || a.targets[0]->kind != ExprKind::Name ||
          a.value->kind != ExprKind::Call || !is_name(*a.value->callee, c.name) || a.value->starred_arg)
        return false;
      for (const ExprPtr& o : a.value->operands)
        if (mentions(*o, c.name)) return false;
      for (const Keyword& k : a.value->keywords)
        if (mentions(*k.value, c.name)) return false;
      site_fn = s.get();
      site = i;
    }
  }
  if (uses != 1 || !has_init) return false;
  // F runs only when the module body calls it: nothing else names it.
  const std::string& fn = site_fn->name;
  for (const StmtPtr& s : module.body)
    if (s.get() != site_fn && (s->kind == StmtKind::Def ? mentions_anywhere(*s, fn) : !only_called(*s, fn))) return false;
  if (has_def(site_fn->body)) return false;
  for (const StmtPtr& s : site_fn->body)
    if (mentions_anywhere(*s, fn)) return false;
  const std::string v = site_fn->body[site]->targets[0]->text;
  if (mentions(*site_fn->body[site]->value, v)) return false;
  for (const Param& p : site_fn->params)
    if (p.name == v) return false;
  for (size_t i = 0; i < site_fn->body.size(); ++i) {
    Stmt& s = *site_fn->body[i];
    if (i == site) continue;
    if (i < site ? mentions_anywhere(s, v) : !flatten_uses(s, v, c, module) || annotation_mentions(s, v)) return false;
    if (s.kind == StmtKind::Global && std::find(s.names.begin(), s.names.end(), v) != s.names.end()) return false;
  }
  // The methods: self is only a receiver.
  for (StmtPtr& d : module.body) {
    if (d->kind != StmtKind::Def || d->name.compare(0, c.name.size() + 1, c.name + ".") != 0) continue;
    if (has_def(d->body) || d->params.empty() || d->params[0].annotation) return false;
    const std::string self = d->params[0].name;
    if (d->name == init) {
      init_returns_none(d->body);
      d->body.pop_back();
    }
    for (StmtPtr& s : d->body)
      if (annotation_mentions(*s, self) || !flatten_uses(*s, self, c, module)) return false;
    d->params.erase(d->params.begin());
    d->body.insert(d->body.begin(), global_fields(c, d->loc));
  }
  Stmt& a = *site_fn->body[site];
  StmtPtr call(new Stmt(StmtKind::Expr, a.loc));
  call->value = std::move(a.value);
  call->value->callee->text = init;
  site_fn->body[site] = std::move(call);
  site_fn->body.insert(site_fn->body.begin(), global_fields(c, site_fn->loc));
  return true;
}

}  // namespace

bool flatten_single_instances(Module& module, Program& program) {
  bool changed = false;
  for (auto it = program.classes.begin(); it != program.classes.end();) {
    Module copy;
    for (const StmtPtr& s : module.body) copy.body.push_back(copy_stmt(*s));
    if (flatten_class(copy, it->second, program.classes)) {
      module.body = std::move(copy.body);
      it = program.classes.erase(it);
      changed = true;
    } else {
      ++it;
    }
  }
  return changed;
}

}  // namespace kilopy
