// Exception objects (docs/language.md, "Exceptions"). An exception class with methods (an
// __init__ with fields, ...), and every class deriving from one, is also an ordinary class
// (classes.cpp) whose objects keep CPython's str(e) in a hidden field, set where __init__ calls
// the exception's super().__init__(...). The VM's exception stays a class number and a message
// str; the object goes beside it, in a hidden global per class K that an `except K as e` binds:
//   raise E(a)          raised(K) = E(a) for each bound K that E is or derives from (the most
//                       derived one, copied to the others), then raise E(raised(K).message)
//   except K as e:      e := raised(K) (the clause's Stmt::value)
// A handler that raises its exception again (a bare raise; the handler of a finally block)
// saves those globals when it starts and restores them before the raise: an exception raised
// and caught inside the handler has overwritten them.
#include <algorithm>
#include <functional>
#include <map>
#include <set>

#include "frontend/diagnostic.h"
#include "frontend/format.h"
#include "frontend/link.h"
#include "frontend/program.h"

namespace kilopy {

namespace {

// The field holding str(e), and the parameter of the __init__ a class without one gets: no
// Python identifiers, so no program names them.
constexpr const char* kMessageField = "(message)";
constexpr const char* kMessageParam = "(message)";

std::string raised_name(const std::string& cls) { return "raised(" + cls + ")"; }
std::string saved_name(unsigned handler, const std::string& cls) {
  return "handled" + std::to_string(handler) + "(" + cls + ")";
}

ExprPtr name(const std::string& text, SourceLoc loc) {
  ExprPtr n = std::make_unique<Expr>(ExprKind::Name, loc);
  n->text = text;
  return n;
}

ExprPtr field(ExprPtr object, const std::string& f, SourceLoc loc) {
  ExprPtr a = std::make_unique<Expr>(ExprKind::Attribute, loc);
  a->text = f;
  a->operands.push_back(std::move(object));
  return a;
}

StmtPtr assign(ExprPtr target, ExprPtr value, SourceLoc loc) {
  StmtPtr s = std::make_unique<Stmt>(StmtKind::Assign, loc);
  s->targets.push_back(std::move(target));
  s->value = std::move(value);
  return s;
}

// fn(x), fn a builtin ("str", "repr").
ExprPtr builtin_call(const char* fn, ExprPtr x, SourceLoc loc) {
  ExprPtr call = std::make_unique<Expr>(ExprKind::Call, loc);
  call->callee = name(fn, loc);
  call->operands.push_back(std::move(x));
  return call;
}

// CPython's str(e) for the arguments of BaseException.__init__: '', str(a), or the text of
// the arguments' tuple.
ExprPtr message_text(std::vector<ExprPtr> args, SourceLoc loc) {
  if (args.empty()) {
    ExprPtr s = std::make_unique<Expr>(ExprKind::Str, loc);
    return s;
  }
  ExprPtr text;
  if (args.size() == 1) {
    text = builtin_call("str", std::move(args[0]), loc);
  } else {
    SourceLoc first = args[0]->loc;
    text = args_text(std::move(args), first);
  }
  text->exception_args = true;
  return text;
}

bool is_super_init(const Expr& e) {
  return e.kind == ExprKind::Call && e.callee->kind == ExprKind::Attribute && e.callee->text == "__init__" &&
         e.callee->operands[0]->kind == ExprKind::Call && e.callee->operands[0]->callee->kind == ExprKind::Name &&
         e.callee->operands[0]->callee->text == "super";
}

// Walks every expression of body (nested blocks too), calling f.
template <class F>
void each_expr(const std::vector<StmtPtr>& body, F&& f) {
  std::function<void(const Expr&)> walk = [&](const Expr& e) {
    f(e);
    for_each_operand(e, walk);
  };
  for (const StmtPtr& s : body)
    for_each_child(*s, [&](const Expr& e, Use) { walk(e); }, [&](const std::vector<StmtPtr>& b) { each_expr(b, f); });
}

bool is_docstring(const Stmt& s) { return s.kind == StmtKind::Expr && s.value->kind == ExprKind::Str; }

// True if s is `self.f = value` with a value that does not use self.
bool field_assignment(const Stmt& s, const std::string& self) {
  return s.kind == StmtKind::Assign && s.targets.size() == 1 && s.targets[0]->kind == ExprKind::Attribute &&
         s.targets[0]->operands[0]->kind == ExprKind::Name && s.targets[0]->operands[0]->text == self &&
         !mentions(*s.value, self);
}

// The index in the __init__ def of its one super().__init__(...) statement, which only field
// assignments precede and whose arguments do not use self (so nothing reads str(e) before
// it is set, and it is set once); else refused.
size_t super_init_statement(const Stmt& def, const std::string& cls) {
  const std::string& self = def.params[0].name;
  const std::string fix = "an exception class's __init__ calls super().__init__(...) once in kilopy, as a statement of its "
                          "own that only field assignments (self.f = value) precede, with arguments that do not use " +
                          self + " (CPython's str(e) is what it is given): class " + cls;
  size_t calls = 0;
  SourceLoc first, second;
  each_expr(def.body, [&](const Expr& e) {
    if (!is_super_init(e)) return;
    (calls == 0 ? first : second) = e.loc;
    ++calls;
  });
  if (calls > 1) throw CompileError(second, fix);
  if (calls == 0)
    throw CompileError(def.loc, "an exception class's __init__ without super().__init__(...) is supported in kilopy when no "
                                "parameter has a default, every call of the class passes its arguments by position and no class "
                                "derives from it (CPython's str(e) is then the text of those arguments); else call "
                                "super().__init__(message) in it: class " + cls);
  for (size_t i = 0; i < def.body.size(); ++i) {
    const Stmt& s = *def.body[i];
    if (s.kind == StmtKind::Expr && is_super_init(*s.value)) {
      for (const ExprPtr& a : s.value->operands)
        if (mentions(*a, self)) throw CompileError(a->loc, fix);
      for (const Keyword& k : s.value->keywords)
        if (mentions(*k.value, self)) throw CompileError(k.loc, fix);
      return i;
    }
    if (!field_assignment(s, self) && !is_docstring(s)) break;
  }
  throw CompileError(calls ? first : def.loc, fix);
}

// True if every call of the class cls in the module passes its arguments by position, none
// starred: CPython's e.args are then the values of __init__'s parameters.
bool called_by_position(const Module& module, const std::string& cls) {
  bool positional = true;
  each_expr(module.body, [&](const Expr& e) {
    if (e.kind == ExprKind::Call && e.callee->kind == ExprKind::Name && e.callee->text == cls &&
        (!e.keywords.empty() || e.starred_arg))
      positional = false;
  });
  return positional;
}

// An __init__ of the exception class cls that does not call super().__init__(...): CPython's
// args are the constructor's arguments, so with parameters none of which has a default or is
// keyword-only, every call by position and no subclass (whose call's arguments they would be),
// str(e) is the text of its parameters' values, set first thing (`self.message = ...`). False
// if that cannot be known.
bool give_args_message(Module& module, Stmt& init, const std::string& cls, const Program& program) {
  for (const auto& k : program.classes)  // a subclass's super().__init__(...) is no call of the class
    if (k.second.base == cls) return false;
  bool calls = false;
  each_expr(init.body, [&](const Expr& e) { calls = calls || is_super_init(e); });
  if (calls || init.params.empty()) return false;
  for (size_t i = 1; i < init.params.size(); ++i)
    if (init.params[i].default_value || init.params[i].keyword_only) return false;
  if (!called_by_position(module, cls)) return false;
  SourceLoc loc = init.loc;
  std::vector<ExprPtr> args;
  for (size_t i = 1; i < init.params.size(); ++i) args.push_back(name(init.params[i].name, init.params[i].loc));
  size_t at = !init.body.empty() && is_docstring(*init.body[0]) ? 1 : 0;
  init.body.insert(init.body.begin() + long(at), assign(field(name(init.params[0].name, loc), kMessageField, loc),
                                                        message_text(std::move(args), loc), loc));
  return true;
}

// The def named name in the module's body, or null.
Stmt* find_def(Module& module, const std::string& name) {
  for (StmtPtr& s : module.body)
    if (s->kind == StmtKind::Def && s->name == name) return s.get();
  return nullptr;
}

StmtPtr method(const std::string& cls, const std::string& m, std::vector<std::string> params, SourceLoc loc) {
  StmtPtr d = std::make_unique<Stmt>(StmtKind::Def, loc);
  d->name = cls + "." + m;
  for (std::string& p : params) {
    d->params.emplace_back();
    d->params.back().name = std::move(p);
    d->params.back().loc = loc;
  }
  return d;
}

// A root class (an exception class with methods whose base is Exception or a class without
// them): its __init__ sets the message field where it calls super().__init__(...) (the
// exception's), or, without an __init__, `def __init__(self, m=""): self.message = str(m)`
// (E() and E("") both have str(e) ''); and its __str__ returns the field.
void root_methods(Module& module, const Program& program, const ExceptionClass& c, std::set<std::string>& one_message) {
  Stmt* init = find_def(module, c.name + ".__init__");
  if (init && !give_args_message(module, *init, c.name, program)) {
    size_t at = super_init_statement(*init, c.name);
    Expr& call = *init->body[at]->value;
    if (!call.keywords.empty() || call.starred_arg)
      throw CompileError(call.loc, "an exception's super().__init__(...) takes its arguments by position, none starred, "
                                   "in kilopy (CPython's BaseException.__init__ takes no keywords)");
    SourceLoc loc = init->body[at]->loc;
    init->body[at] = assign(field(name(init->params[0].name, loc), kMessageField, loc),
                            message_text(std::move(call.operands), loc), loc);
  } else if (!init) {
    one_message.insert(c.name);
    StmtPtr d = method(c.name, "__init__", {"self", kMessageParam}, c.loc);
    d->params[1].default_value = std::make_unique<Expr>(ExprKind::Str, c.loc);
    d->body.push_back(assign(field(name("self", c.loc), kMessageField, c.loc),
                             builtin_call("str", name(kMessageParam, c.loc), c.loc), c.loc));
    module.body.insert(module.body.begin(), std::move(d));
  }
  StmtPtr str = method(c.name, "__str__", {"self"}, c.loc);
  StmtPtr ret = std::make_unique<Stmt>(StmtKind::Return, c.loc);
  ret->value = field(name("self", c.loc), kMessageField, c.loc);
  str->body.push_back(std::move(ret));
  module.body.insert(module.body.begin(), std::move(str));
}

// Refuses what an exception class with methods cannot have in kilopy: its own __str__ or
// __repr__ (str(e) at the raise would not follow a field changed later), `self.args`.
void check_methods(const Module& module, const std::string& cls) {
  for (const StmtPtr& s : module.body) {
    if (s->kind != StmtKind::Def || s->name.rfind(cls + ".", 0) != 0) continue;
    std::string m = s->name.substr(cls.size() + 1);
    if (m == "__str__" || m == "__repr__")
      throw CompileError(s->loc, "an exception class's " + m + " is not supported in kilopy: str(e) is the message its "
                                 "__init__ gives super().__init__(...); define another method (def describe(self))");
    if (s->params.empty()) continue;
    const std::string& self = s->params[0].name;
    each_expr(s->body, [&](const Expr& e) {
      if (e.kind == ExprKind::Attribute && e.text == "args" && e.operands[0]->kind == ExprKind::Name && e.operands[0]->text == self)
        throw CompileError(e.loc, self + ".args (the exception's arguments as a tuple) is not supported in kilopy: keep the "
                                         "values you need in fields of your own (self.value = value)");
    });
  }
}

class Lowering {
 public:
  Lowering(Module& module, Program& program, const std::set<std::string>& one_message)
      : module_(module), program_(program), one_message_(one_message) {}

  void run() {
    bind_scope(module_.body);
    std::set<std::string> module_globals;
    block(module_.body, 0, nullptr, module_globals);
    std::vector<StmtPtr> start;
    for (const std::string& k : bound_) start.push_back(assign(name(raised_name(k), {}), std::make_unique<Expr>(ExprKind::None, SourceLoc{}), {}));
    module_.body.insert(module_.body.begin(), std::make_move_iterator(start.begin()), std::make_move_iterator(start.end()));
  }

 private:
  bool is_object_class(const std::string& cls) const {
    unsigned number, last;
    return program_.find_class(cls) && program_.exception_range(cls, number, last);
  }

  // `except K as e` of a class with methods reads e from raised(K). Its e is a variable of
  // its own (renamed in the handler: CPython unbinds e when the handler ends, so no value
  // goes from one handler's e to another's), which nothing outside the handler names.
  void bind_scope(std::vector<StmtPtr>& body) {
    std::set<std::string> names;
    bind_handlers(body, names);
    for (const std::string& n : names) refuse_outside(body, n);
  }

  void bind_handlers(std::vector<StmtPtr>& body, std::set<std::string>& names) {
    for (StmtPtr& s : body) {
      if (s->kind == StmtKind::Def) {
        bind_scope(s->body);
        continue;
      }
      if (s->kind == StmtKind::Except && s->target) bind_handler(*s, names);
      for_each_block(*s, [&](std::vector<StmtPtr>& b) { bind_handlers(b, names); });
    }
  }

  bool binds_object(const Stmt& h) const {
    return h.target && std::any_of(h.names.begin(), h.names.end(), [&](const std::string& n) { return is_object_class(n); });
  }

  void bind_handler(Stmt& h, std::set<std::string>& names) {
    const std::string e = h.target->text;
    bool objects = binds_object(h);
    refuse_rebinding(h.body, e, !objects);
    if (!objects) return;
    if (h.names.size() > 1)
      throw CompileError(h.target->loc, "`except (A, B) as " + e + "` with an exception class that has methods is not "
                                        "supported in kilopy: catch each class in a clause of its own");
    if (std::find(bound_.begin(), bound_.end(), h.names[0]) == bound_.end()) bound_.push_back(h.names[0]);
    names.insert(e);
    const std::map<std::string, std::string> renamed = {{e, e + kDefSep + std::to_string(++renamed_)}};
    rename_in(h.body, renamed);
    rename_names(*h.target, renamed);
    h.value = name(raised_name(h.names[0]), h.target->loc);
  }

  static void rename_in(std::vector<StmtPtr>& body, const std::map<std::string, std::string>& renamed) {
    for (StmtPtr& s : body) {
      for (std::string& n : s->names)
        if (s->kind == StmtKind::Global && renamed.count(n)) n = renamed.at(n);
      for_each_child(*s, [&](Expr& x, Use) { rename_names(x, renamed); },
                     [&](std::vector<StmtPtr>& b) { rename_in(b, renamed); });
    }
  }

  // Refuses a handler in the body of one binding e that binds e again (after it, CPython's e
  // is unbound), when either binds an exception object (only_objects: the inner one).
  void refuse_rebinding(const std::vector<StmtPtr>& body, const std::string& e, bool only_objects) const {
    for (const StmtPtr& s : body) {
      if (s->kind == StmtKind::Def) continue;
      if (s->kind == StmtKind::Except && s->target && s->target->text == e && (!only_objects || binds_object(*s)))
        throw CompileError(s->target->loc, "'" + e + "' is bound again inside a handler that binds it, and one of them "
                                           "binds an exception object: kilopy needs another name here");
      for_each_block(*s, [&](const std::vector<StmtPtr>& b) { refuse_rebinding(b, e, only_objects); });
    }
  }

  // Refuses a mention of e in body outside the handlers that bind it (and nested defs).
  static void refuse_outside(const std::vector<StmtPtr>& body, const std::string& e) {
    for (const StmtPtr& s : body) {
      if (s->kind == StmtKind::Def || (s->kind == StmtKind::Except && s->target && s->target->text == e)) continue;
      for (const std::string& n : s->names)
        if (s->kind == StmtKind::Global && n == e)
          throw CompileError(s->loc, "'" + e + "' is bound by `except ... as " + e + "`: it cannot be global in kilopy");
      for_each_expr(*s, [&](const Expr& x, Use) {
        SourceLoc at;
        if (find_name(x, e, at))
          throw CompileError(at, "the exception '" + e + "' is named outside the handler that binds it (CPython unbinds it "
                                 "when the handler ends): use another name there");
      });
      for_each_block(*s, [&](const std::vector<StmtPtr>& b) { refuse_outside(b, e); });
    }
  }

  static bool find_name(const Expr& x, const std::string& n, SourceLoc& at) {
    if (x.kind == ExprKind::Name && x.text == n) {
      at = x.loc;
      return true;
    }
    return any_operand(x, [&](const Expr& o) { return find_name(o, n, at); });
  }

  // Lowers the raises of body. handler: the number of the handler a bare raise here raises
  // again (0: none); reraised: set when one does; globals: the hidden globals the enclosing
  // def assigns.
  void block(std::vector<StmtPtr>& body, unsigned handler, bool* reraised, std::set<std::string>& globals) {
    std::vector<StmtPtr> out;
    for (StmtPtr& s : body) {
      switch (s->kind) {
        case StmtKind::Def: def(*s); break;
        case StmtKind::Raise:
          if (s->names.empty()) {
            if (handler && reraised) {
              *reraised = true;
              for (const std::string& k : bound_) {
                out.push_back(assign(name(raised_name(k), s->loc), name(saved_name(handler, k), s->loc), s->loc));
                globals.insert(raised_name(k));
              }
            }
          } else {
            raise(*s, out, globals);
          }
          break;
        case StmtKind::Try:
          block(s->body, handler, reraised, globals);
          block(s->orelse, handler, reraised, globals);
          for (StmtPtr& h : s->handlers) except(*h, globals);
          break;
        default:
          for_each_block(*s, [&](std::vector<StmtPtr>& b) { block(b, handler, reraised, globals); });
      }
      out.push_back(std::move(s));
    }
    body = std::move(out);
  }

  void def(Stmt& d) {
    std::set<std::string> globals;
    block(d.body, 0, nullptr, globals);
    if (globals.empty()) return;
    StmtPtr decl = std::make_unique<Stmt>(StmtKind::Global, d.loc);
    decl->names.assign(globals.begin(), globals.end());
    d.body.insert(d.body.begin(), std::move(decl));
  }

  // A handler: if it raises its exception again, it saves the hidden globals first.
  void except(Stmt& h, std::set<std::string>& globals) {
    unsigned number = ++handlers_;
    bool reraised = false;
    block(h.body, number, &reraised, globals);
    if (!reraised) return;
    std::vector<StmtPtr> saves;
    for (const std::string& k : bound_) saves.push_back(assign(name(saved_name(number, k), h.loc), name(raised_name(k), h.loc), h.loc));
    h.body.insert(h.body.begin(), std::make_move_iterator(saves.begin()), std::make_move_iterator(saves.end()));
  }

  // raise E(args): of a class without methods, its message is CPython's str(e) of the args;
  // of one with methods, the object's message field, the object kept in the globals that
  // handlers of E or a base bind.
  void raise(Stmt& s, std::vector<StmtPtr>& out, std::set<std::string>& globals) {
    const std::string& cls = s.names[0];
    if (!is_object_class(cls)) {
      if (!s.value) return;
      Expr& call = *s.value;
      if (!call.keywords.empty() || call.starred_arg)
        throw CompileError(call.keywords.empty() ? call.loc : call.keywords[0].loc,
                           "raise " + cls + "(...) takes its arguments by position, none starred, in kilopy: "
                           "raise " + cls + "(\"message\")");
      std::vector<ExprPtr> args = std::move(call.operands);
      if (args.size() == 1 && cls == "KeyError" && args[0]->kind != ExprKind::Str)  // str(KeyError(k)) is repr(k)
        s.msg = builtin_call("repr", std::move(args[0]), call.loc);
      else if (args.size() == 1) s.msg = std::move(args[0]);
      else if (args.size() > 1) s.msg = message_text(std::move(args), call.loc);  // str(e) is the args tuple's text
      s.value.reset();
      return;
    }
    ExprPtr object = std::move(s.value);
    std::string root = cls;
    while (program_.find_class(program_.find_class(root)->base)) root = program_.find_class(root)->base;
    if (object && one_message_.count(root) && (object->operands.size() > 1 || !object->keywords.empty() || object->starred_arg))
      throw CompileError(object->loc, "an exception class with methods and no __init__ takes one message in kilopy: "
                                      "define __init__ (def __init__(self, a, b): super().__init__(a, b))");
    if (!object) {  // raise E is raise E()
      object = std::make_unique<Expr>(ExprKind::Call, s.name_locs[0]);
      object->callee = name(cls, s.name_locs[0]);
    }
    std::vector<std::string> kept;
    for (const std::string& k : bound_)
      if (program_.derives(cls, k)) kept.push_back(k);
    // The most derived first (they are cls's ancestors: a chain), the others copied from it, so
    // each global gets the type of its own class's objects (raised(Sub) holds a Sub).
    std::sort(kept.begin(), kept.end(), [&](const std::string& a, const std::string& b) {
      return a != b && program_.derives(a, b);
    });
    SourceLoc at = s.name_locs[0];
    if (kept.empty()) {
      s.msg = field(std::move(object), kMessageField, at);
      return;
    }
    out.push_back(assign(name(raised_name(kept[0]), at), std::move(object), at));
    for (size_t i = 1; i < kept.size(); ++i) out.push_back(assign(name(raised_name(kept[i]), at), name(raised_name(kept[0]), at), at));
    for (const std::string& k : kept) globals.insert(raised_name(k));
    s.msg = field(name(raised_name(kept[0]), at), kMessageField, at);
  }

  Module& module_;
  Program& program_;
  const std::set<std::string>& one_message_;  // root classes whose __init__ kilopy wrote
  std::vector<std::string> bound_;  // the classes with methods some `except K as e` binds
  unsigned handlers_ = 0;
  unsigned renamed_ = 0;  // the handlers whose e was renamed
};

}  // namespace

bool exception_object_class(const Stmt& s, const Module& module, const Program& program) {
  if (program.find_class(s.value->text)) return true;  // derives from one
  for (const StmtPtr& d : module.body)
    if (d && d->kind == StmtKind::Def && d->name.rfind(s.name + ".", 0) == 0) return true;
  return false;
}

void lower_exception_objects(Module& module, Program& program) {
  std::set<std::string> one_message;  // the classes given an __init__ of one message
  for (const ExceptionClass& c : program.exceptions) {
    const Class* k = program.find_class(c.name);
    if (!k) continue;
    check_methods(module, c.name);
    if (k->base.empty()) {
      root_methods(module, program, c, one_message);
    } else if (Stmt* init = find_def(module, c.name + ".__init__")) {
      if (!give_args_message(module, *init, c.name, program)) super_init_statement(*init, c.name);
    }
  }
  Lowering(module, program, one_message).run();
}

}  // namespace kilopy
