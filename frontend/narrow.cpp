// None narrowing: a read of a name that a test before it proves not None, as a reader of
// Python sees it (`if x is None: continue` and x is a str below; `x is not None and x < y`).
// Such a read gets Expr::not_none, and types.cpp takes its value without the None
// (checked, never raising). Only names nothing else can rebind between the test and the
// read: a function's locals, and globals no function declares `global`; and only while the
// name is not bound again (a statement that binds it anywhere inside ends its narrowing, and
// narrows nothing in itself, but for an if, whose test runs first and whose branches narrow
// statement by statement).
// A name that `isinstance(x, C)` (C a name) proves holds a C narrows the same way, keyed "x@C":
// its reads get Expr::narrow_class, and types.cpp reads a C there where x holds objects of a
// class C derives from (an object's class never changes, so only binding x ends it).
// An element read `xs[i]` (xs a name, i a name or an int literal) narrows the same way
// (`if memo[n] is not None: return memo[n]`), keyed "xs[i]", and so does a field read `obj.f`
// (obj a name; `self.lo if self.lo is not None else x`), keyed "obj[.f]", while neither name is bound
// again and nothing could store into a list or dict: a statement or operand with a call in
// it, an element or field store, an augmented assignment or a del ends every element's
// narrowing (and, where a class defines an operator method, any operator, which may run one).
#include <cctype>
#include <set>
#include <string>

#include "frontend/builtins.h"
#include "frontend/program.h"

namespace kilopy {

namespace {

using Names = std::set<std::string>;

// The key of an element read xs[i] or xs[3] ("xs[i]"), or of a field read obj.f ("obj[.f]"), or
// "" for any other expression.
std::string element_key(const Expr& x) {
  if (x.kind == ExprKind::Attribute && x.operands[0]->kind == ExprKind::Name) return x.operands[0]->text + "[." + x.text + "]";
  if (x.kind != ExprKind::Subscript || x.operands[0]->kind != ExprKind::Name) return "";
  const Expr& index = *x.operands[1];
  if (index.kind == ExprKind::Name) return x.operands[0]->text + "[" + index.text + "]";
  if (index.kind == ExprKind::Int) return x.operands[0]->text + "[" + std::to_string(index.int_value) + "]";
  return "";
}

bool is_element_key(const std::string& key) { return key.find('[') != std::string::npos; }

// The key of "x holds a C", and its parts.
std::string class_key(const std::string& name, const std::string& cls) { return name + "@" + cls; }
bool is_class_key(const std::string& key) { return key.find('@') != std::string::npos; }
std::string key_name(const std::string& key) { return key.substr(0, key.find('@')); }

// The key x is: a name's, or an element read's.
std::string key_of(const Expr& x) { return x.kind == ExprKind::Name ? x.text : element_key(x); }

// The name or element x is, if x is `x is None` (or == None, !=, is not: `positive` tells which).
const Expr* none_test(const Expr& x, bool& positive) {
  if (x.kind != ExprKind::Compare || x.cmp_ops.size() != 1 || x.operands[1]->kind != ExprKind::None ||
      key_of(*x.operands[0]).empty())
    return nullptr;
  CmpOp op = x.cmp_ops[0];
  if (op != CmpOp::Is && op != CmpOp::IsNot && op != CmpOp::Eq && op != CmpOp::NotEq) return nullptr;
  positive = op == CmpOp::Is || op == CmpOp::Eq;
  return x.operands[0].get();
}

// The names test proves not None when it evaluates to truth. `isinstance`: the name is the
// builtin (isinstance(x, T) true: x is not None).
Names proven(const Expr& test, bool truth, bool isinstance) {
  Names out;
  bool is_none;
  if (const Expr* n = none_test(test, is_none)) {
    if (is_none != truth) out.insert(key_of(*n));
  } else if (!key_of(test).empty() && truth) {  // if x: (None is false)
    out.insert(key_of(test));
  } else if (isinstance && truth && test.kind == ExprKind::Call && test.callee->kind == ExprKind::Name &&
             test.callee->text == "isinstance" && test.operands.size() == 2 && !key_of(*test.operands[0]).empty()) {
    out.insert(key_of(*test.operands[0]));
    if (test.operands[0]->kind == ExprKind::Name && test.operands[1]->kind == ExprKind::Name)
      out.insert(class_key(test.operands[0]->text, test.operands[1]->text));
  } else if (test.kind == ExprKind::Unary && test.unary_op == UnaryOp::Not) {
    out = proven(*test.operands[0], !truth, isinstance);
  } else if (test.kind == ExprKind::BoolOp && (test.bool_op == BoolOpKind::And) == truth) {
    for (const ExprPtr& o : test.operands) {  // and: every operand was true; or: every one false
      Names more = proven(*o, truth, isinstance);
      out.insert(more.begin(), more.end());
    }
  }
  return out;
}

// Every name a statement binds, at any depth (nested defs are functions of their own).
void bound_by(const Stmt& s, Names& out) {
  if (s.kind == StmtKind::Def) return;
  for_each_child(s, [&](const Expr& e, Use use) {
    if (use != Use::Read) for_each_target_name(e, [&](const Expr& n) { out.insert(n.text); });
  }, [&](const std::vector<StmtPtr>& b) {
    for (const StmtPtr& t : b) bound_by(*t, out);
  });
  for (const std::string& n : s.aliases) out.insert(n);
}

// What may store into a list or dict, ending the narrowing of elements: a call (but of a
// builtin that runs no code of the program's), an element or field store, an augmented
// assignment (xs += ys extends a list another name may hold), a del; and where a class
// defines an operator method (`operators`), any operator, which may call it.
struct Stores {
  const Program& program;
  bool operators;

  bool pure_builtin(const Expr& call) const {
    static const std::set<std::string> pure = {"len", "abs", "int", "str", "bool", "ord", "chr", "range", "isinstance"};
    return !operators && call.callee->kind == ExprKind::Name && pure.count(call.callee->text) &&
           !program.find_function(call.callee->text) && call.keywords.empty();
  }

  bool in(const Expr& e) const {
    if (e.kind == ExprKind::Call && !pure_builtin(e)) return true;
    if (operators && (e.kind == ExprKind::Binary || e.kind == ExprKind::Unary || e.kind == ExprKind::Compare ||
                      e.kind == ExprKind::Format || e.kind == ExprKind::Subscript || e.kind == ExprKind::BoolOp ||
                      e.kind == ExprKind::IfExp))
      return true;
    return any_operand(e, [&](const Expr& o) { return in(o); });
  }

  // s, its nested blocks included. Where a class defines operator methods, an if's, a while's
  // or an assert's test too: an object tested for truth runs its __bool__ or __len__.
  bool in(const Stmt& s) const {
    if (s.kind == StmtKind::Def) return false;
    if (operators && (s.kind == StmtKind::If || s.kind == StmtKind::While || s.kind == StmtKind::Assert)) return true;
    if (s.kind == StmtKind::Del || s.kind == StmtKind::Yield || s.kind == StmtKind::Raise || s.kind == StmtKind::AugAssign)
      return true;
    bool found = false;
    for_each_child(s, [&](const Expr& e, Use use) {
      found = found || in(e) || (use != Use::Read && e.kind != ExprKind::Name);
    }, [&](const std::vector<StmtPtr>& b) {
      for (const StmtPtr& t : b) found = found || in(*t);
    });
    return found;
  }
};

// Whether s evaluates all its reads before what it may store: an expression statement, a
// return, or an assignment to names (its targets read nothing).
bool reads_first(const Stmt& s) {
  if (s.kind == StmtKind::Expr || s.kind == StmtKind::Return) return true;
  if (s.kind == StmtKind::AugAssign) return s.target->kind == ExprKind::Name;
  if (s.kind != StmtKind::Assign) return false;
  for (const ExprPtr& t : s.targets)
    if (t->kind != ExprKind::Name) return false;
  return true;
}

Names without_elements(Names live) {
  for (auto it = live.begin(); it != live.end();) it = is_element_key(*it) ? live.erase(it) : std::next(it);
  return live;
}

// A value that is never None: a display, a literal, an operator's result, a slice, or a call
// of a builtin or a str method that makes a value (`len(xs)`, `line[1:-1].strip()`) where the
// program defines no function or method of its name (`defined`).
bool never_none(const Expr& v, const Names& defined) {
  static const Names kValueBuiltins = {"len", "str", "int", "abs", "ord", "chr", "repr", "sorted", "list", "tuple",
                                       "dict", "set", "range", "sum", "bool", "round", "divmod", "enumerate", "zip"};
  static const Names kValueMethods = {"strip", "lstrip", "rstrip", "lower", "upper", "title", "capitalize", "swapcase",
                                      "casefold", "split", "rsplit", "splitlines", "join", "replace", "find", "rfind",
                                      "count", "index", "rindex", "zfill", "center", "ljust", "rjust", "partition",
                                      "rpartition", "startswith", "endswith", "isdigit", "isalpha", "isalnum",
                                      "isspace", "isupper", "islower", "copy", "keys", "values", "items"};
  switch (v.kind) {
    case ExprKind::Int: case ExprKind::Bool: case ExprKind::Str: case ExprKind::List: case ExprKind::Dict:
    case ExprKind::Set: case ExprKind::Tuple: case ExprKind::Format: case ExprKind::Binary: case ExprKind::Unary:
    case ExprKind::Compare:
      return true;
    case ExprKind::IfExp:
      return never_none(*v.operands[1], defined) && never_none(*v.operands[2], defined);
    case ExprKind::Subscript:
      return v.operands[1]->kind == ExprKind::Slice;
    case ExprKind::Call: {
      const Expr& f = *v.callee;
      if (defined.count(f.text)) return false;
      return (f.kind == ExprKind::Name && kValueBuiltins.count(f.text)) || (f.kind == ExprKind::Attribute && kValueMethods.count(f.text));
    }
    default:
      return false;
  }
}

// The names proven not None where a block ends, if its end is reached (else `reached` is false).
struct End {
  Names live;
  bool reached = true;
};

Names common(const End& a, const End& b) {
  if (!a.reached) return b.live;
  if (!b.reached) return a.live;
  Names out;
  for (const std::string& n : a.live)
    if (b.live.count(n)) out.insert(n);
  return out;
}

class Narrowing {
 public:
  Narrowing(Program& program, Function& f, const Names& rebound, bool operators)
      : program_(program), f_(f), rebound_(rebound), stores_{program, operators} {
    for (const Function& g : program.functions) defined_.insert(g.name.substr(g.name.rfind('.') + 1));
    for (const auto& v : f.vars) defined_.insert(v.first);  // a variable named like a builtin (a function value)
    for (const auto& v : program.functions[0].vars) defined_.insert(v.first);
  }

  End block(std::vector<StmtPtr>& body, Names live) {
    for (StmtPtr& s : body) {
      if (s->kind == StmtKind::Def) continue;
      Names before = live;
      Names bound;
      if (s->kind != StmtKind::If) {  // an if's test runs first, and its blocks narrow statement by statement
        bound_by(*s, bound);
        for (auto it = live.begin(); it != live.end();)
          it = mentions_any(*it, bound) ? live.erase(it) : std::next(it);
        if (!reads_first(*s) && stores_.in(*s)) live = without_elements(live);
      }
      // `x = x.next`: an assignment to names reads its value before it binds them
      // xs[k] = v, xs[k] op= v: xs and k are read before the store (after v for =, unless v may
      // store into an element itself; first for op=), with what was proven before the statement
      Names parts;
      bool one_target = (s->kind == StmtKind::Assign && s->targets.size() == 1) || s->kind == StmtKind::AugAssign;
      if (one_target) parts = s->kind == StmtKind::Assign && stores_.in(*s->value) ? without_elements(before) : before;
      for (auto it = parts.begin(); it != parts.end();)  // a name the value binds (:=) is not what was tested
        it = mentions_any(*it, bound) ? parts.erase(it) : std::next(it);
      End after = statement(*s, live, s->kind == StmtKind::Assign && reads_first(*s) ? &before : nullptr,
                            one_target ? &parts : nullptr);
      if (!after.reached) return after;
      live = after.live;
    }
    return End{live, true};
  }

 private:
  Program& program_;
  Function& f_;
  const Names& rebound_;  // globals some function declares global
  Stores stores_;
  Names defined_;  // the names of the program's functions and methods, and f's and the module's variables

  bool narrowable_name(const std::string& name) const {
    return !program_.is_global_in(f_, name) || !rebound_.count(name);
  }

  bool narrowable(const std::string& key) const {
    size_t open = key.find('[');
    if (open == std::string::npos) return narrowable_name(key_name(key));
    std::string index = key.substr(open + 1, key.size() - open - 2);
    return narrowable_name(key.substr(0, open)) && (std::isdigit(index[0]) || index[0] == '.' || narrowable_name(index));
  }

  // Whether key names one of names, or is an element read through one.
  static bool mentions_any(const std::string& key, const Names& names) {
    size_t open = key.find('[');
    if (open == std::string::npos) return names.count(key_name(key)) > 0;
    return names.count(key.substr(0, open)) || names.count(key.substr(open + 1, key.size() - open - 2));
  }

  // live and more; a class more proves for a name replaces the one live has (a test inside
  // another's branch is the narrower one).
  Names with(Names live, const Names& more) const {
    for (const std::string& n : more) {
      if (!narrowable(n)) continue;
      if (is_class_key(n)) {
        std::string prefix = key_name(n) + "@";
        for (auto it = live.lower_bound(prefix); it != live.end() && it->compare(0, prefix.size(), prefix) == 0;)
          it = live.erase(it);
      }
      live.insert(n);
    }
    return live;
  }

  // What test proves when it evaluates to truth, without the elements if it may store into one
  // after testing it.
  Names proven_by(const Expr& test, bool truth) const {
    Names out = proven(test, truth, !program_.lookup(f_, "isinstance") && !program_.find_function("isinstance"));
    return stores_.in(test) ? without_elements(out) : out;
  }

  // Marks the reads in s (by what `reads` proves, if given, else `live`; a target's parts by
  // `parts`, if given); what is proven after it.
  End statement(Stmt& s, const Names& live, const Names* reads = nullptr, const Names* parts = nullptr) {
    for_each_expr(s, [&](Expr& e, Use use) {
      if (use == Use::Read) read(e, reads ? *reads : live);
      else if (e.kind != ExprKind::Name) for_each_operand(e, [&](Expr& o) { read(o, parts ? *parts : live); });  // xs[i] = v: xs, i
    });
    switch (s.kind) {
      case StmtKind::Return: case StmtKind::Raise: case StmtKind::Continue: case StmtKind::Break:
        return End{live, false};
      case StmtKind::Expr:  // exit(), quit(), sys.exit(): nothing after it runs
        if (s.value->kind == ExprKind::Call && s.value->callee->kind == ExprKind::Name) {
          const Builtin* b = find_builtin(s.value->callee->text);
          if (b && b->type_rule == TypeRule::Exit && !program_.lookup(f_, s.value->callee->text) &&
              !program_.find_function(s.value->callee->text))
            return End{live, false};
        }
        return End{stores_.in(s) ? without_elements(live) : live, true};
      case StmtKind::Assert:  // assert x is not None: x is not None below
        return End{with(stores_.in(s) ? without_elements(live) : live, proven_by(*s.value, true)), true};
      case StmtKind::Assign: {  // x = [] : x is not None below (xs[i] = 0 : xs[i] is not)
        Names after = stores_.in(s) ? without_elements(live) : live;
        if (s.targets.size() == 1 && !key_of(*s.targets[0]).empty() && never_none(*s.value, defined_) &&
            narrowable(key_of(*s.targets[0])))
          after.insert(key_of(*s.targets[0]));
        return End{after, true};
      }
      case StmtKind::If: {
        Names before = stores_.in(*s.value) || stores_.operators ? without_elements(live) : live;  // __bool__: Stores
        End then = block(s.body, with(before, proven_by(*s.value, true)));
        Names otherwise = with(before, proven_by(*s.value, false));
        End orelse = s.orelse.empty() ? End{otherwise, true} : block(s.orelse, otherwise);
        if (!then.reached && !orelse.reached) return End{live, false};
        return End{common(then, orelse), true};
      }
      case StmtKind::While:
        block(s.body, with(live, proven_by(*s.value, true)));
        block(s.orelse, live);
        return End{live, true};
      default:
        for_each_block(s, [&](std::vector<StmtPtr>& b) { block(b, live); });
        return End{stores_.in(s) ? without_elements(live) : live, true};
    }
  }

  // The class an isinstance() test proves name e holds, if live has one (out of read(): its
  // strings would grow every recursion's frame).
  [[gnu::noinline]] static void class_tested(Expr& e, const Names& live) {
    auto held = live.lower_bound(e.text + "@");
    if (held != live.end() && key_name(*held) == e.text) e.narrow_class = held->substr(e.text.size() + 1);
  }

  // Marks the reads in e of the names in live, and of those a test before them in e proves.
  void read(Expr& e, Names live) {
    if (e.kind == ExprKind::Name) {
      if (live.count(e.text)) e.not_none = true;
      class_tested(e, live);
      return;
    }
    if ((e.kind == ExprKind::Subscript || e.kind == ExprKind::Attribute) && live.count(element_key(e))) e.not_none = true;
    if (e.kind == ExprKind::BoolOp) {
      for (ExprPtr& o : e.operands) {  // a and b: b runs when a was true; a or b: when a was false
        read(*o, live);
        if (stores_.in(*o)) live = without_elements(live);
        live = with(live, proven_by(*o, e.bool_op == BoolOpKind::And));
      }
      return;
    }
    if (e.kind == ExprKind::IfExp) {  // body if test else orelse
      read(*e.operands[0], live);
      if (stores_.in(*e.operands[0])) live = without_elements(live);
      read(*e.operands[1], with(live, proven_by(*e.operands[0], true)));
      read(*e.operands[2], with(live, proven_by(*e.operands[0], false)));
      return;
    }
    for_each_operand(e, [&](Expr& o) {  // in evaluation order: a call ends the elements' narrowing
      read(o, live);
      if (stores_.in(o)) live = without_elements(live);
    });
  }
};

void declared_global(const std::vector<StmtPtr>& body, Names& out) {
  for (const StmtPtr& s : body) {
    if (s->kind == StmtKind::Global) out.insert(s->names.begin(), s->names.end());
    for_each_block(*s, [&](const std::vector<StmtPtr>& b) { declared_global(b, out); });
  }
}

}  // namespace

void narrow_none_tests(Module& module, Program& program) {
  Names rebound;
  declared_global(module.body, rebound);
  bool operators = program.has_operator_methods();
  for (Function& f : program.functions) {
    Narrowing n(program, f, rebound, operators);
    n.block(const_cast<std::vector<StmtPtr>&>(f.body(module)), {});
  }
}

}  // namespace kilopy
