// Static types: every expression, variable, parameter and return value gets one type (int,
// bool or None), inferred over the whole program until nothing changes. Parameters take the
// types of the arguments at every call site; a name that would hold two types is an error
// naming both places. Unsupported constructs found in expressions are refused here.
#include "frontend/builtins.h"
#include "frontend/diagnostic.h"
#include "frontend/program.h"

namespace kilopy {

namespace {

std::string at_line(SourceLoc loc) { return "line " + std::to_string(loc.line); }

const char* binop_symbol(BinOp op) {
  switch (op) {
    case BinOp::Add: return "+";
    case BinOp::Sub: return "-";
    case BinOp::Mul: return "*";
    case BinOp::FloorDiv: return "//";
    case BinOp::Mod: return "%";
    case BinOp::Pow: return "**";
    case BinOp::LShift: return "<<";
    case BinOp::RShift: return ">>";
    case BinOp::BitAnd: return "&";
    case BinOp::BitOr: return "|";
    case BinOp::BitXor: return "^";
    case BinOp::Div: return "/";
    case BinOp::MatMul: return "@";
  }
  return "?";
}

const char* py_type_name(Type t) { return t == Type::None ? "NoneType" : type_name(t); }

bool is_int_like(Type t) { return t == Type::Int || t == Type::Bool || t == Type::Unknown; }

// True if a while loop with this test can only be left by break.
bool always_true(const Expr& test) {
  return (test.kind == ExprKind::Bool && test.bool_value) || (test.kind == ExprKind::Int && test.int_value != 0);
}

bool contains_break(const std::vector<StmtPtr>& body) {
  for (const StmtPtr& s : body) {
    if (s->kind == StmtKind::Break) return true;
    if (s->kind == StmtKind::If && (contains_break(s->body) || contains_break(s->orelse))) return true;
  }
  return false;
}

bool can_complete(const std::vector<StmtPtr>& body);

bool can_complete(const Stmt& s) {
  switch (s.kind) {
    case StmtKind::Return:
    case StmtKind::Break:
    case StmtKind::Continue:
      return false;
    case StmtKind::If:
      return can_complete(s.body) || s.orelse.empty() || can_complete(s.orelse);
    case StmtKind::While:
      return !always_true(*s.value) || contains_break(s.body);
    default:
      return true;
  }
}

bool can_complete(const std::vector<StmtPtr>& body) {
  for (const StmtPtr& s : body)
    if (!can_complete(*s)) return false;
  return true;
}

class TypeInference {
 public:
  explicit TypeInference(Program& p) : program_(p) {}

  void run() {
    iterate();
    // What is still unknown never receives a value at run time (a function never called, a
    // call that never returns): give it int so that code can be generated.
    for (Function& f : program_.functions) {
      for (auto& entry : f.vars)
        if (entry.second.type == Type::Unknown) entry.second.type = Type::Int;
      if (f.return_type == Type::Unknown) f.return_type = Type::Int;
    }
    iterate();
    for (Function& f : program_.functions) {
      f.param_types.clear();
      for (const std::string& p : f.params) f.param_types.push_back(f.vars[p].type);
    }
  }

 private:
  Program& program_;
  Function* fn_ = nullptr;
  bool changed_ = false;

  void iterate() {
    do {
      changed_ = false;
      for (Function& f : program_.functions) {
        fn_ = &f;
        if (f.def) {
          for (size_t i = 0; i < f.def->params.size(); ++i)
            if (const Expr* d = f.def->params[i].default_value.get()) default_value(f, i, *d);
        }
        block(f.body(*program_.module));
        if (f.def && can_complete(f.def->body)) returns(Type::None, f.def->loc, true);
      }
    } while (changed_);
  }

  void default_value(Function& f, size_t i, const Expr& d) {
    Type t = Type::Unknown;
    if (d.kind == ExprKind::Int) t = Type::Int;
    else if (d.kind == ExprKind::Bool) t = Type::Bool;
    else if (d.kind == ExprKind::None) t = Type::None;
    else if (d.kind == ExprKind::Unary && d.unary_op == UnaryOp::Neg && d.operands[0]->kind == ExprKind::Int) t = Type::Int;
    else throw CompileError(d.loc, "a default value must be a constant (an int, True, False or None) in kilopy");
    const_cast<Expr&>(d).type = t;
    if (t == Type::Int && d.kind == ExprKind::Unary) d.operands[0]->type = Type::Int;
    assign(f.vars[f.params[i]], t, d.loc, "parameter '" + f.params[i] + "' of " + f.name);
  }

  void assign(Var& v, Type t, SourceLoc loc, const std::string& what) {
    if (t == Type::Unknown) return;
    if (t == Type::Str)
      throw CompileError(loc, "strings are only supported as print arguments and assert messages");
    if (v.type == Type::Unknown) {
      v.type = t;
      v.typed_at = loc;
      changed_ = true;
    } else if (v.type != t) {
      throw CompileError(loc, what + " would hold " + article(t) + " here, but holds " + article(v.type) +
                                  " at " + at_line(v.typed_at) + " (kilopy gives each name one type)");
    }
  }

  static std::string article(Type t) {
    return t == Type::Int ? "an int" : t == Type::Bool ? "a bool" : t == Type::None ? "None" : "a string";
  }

  void returns(Type t, SourceLoc loc, bool falls_off) {
    Function& f = *fn_;
    if (t == Type::Unknown) return;
    if (f.return_type == Type::Unknown) {
      f.return_type = t;
      f.return_typed_at = loc;
      changed_ = true;
    } else if (f.return_type != t) {
      std::string here = falls_off ? "can end without a return (so returns None)" : "returns " + article(t) + " here";
      throw CompileError(loc, "function '" + f.name + "' " + here + ", but returns " + article(f.return_type) +
                                  " at " + at_line(f.return_typed_at) + " (kilopy functions return one type)");
    }
  }

  void block(const std::vector<StmtPtr>& body) {
    for (const StmtPtr& s : body) statement(*s);
  }

  void statement(const Stmt& s) {
    switch (s.kind) {
      case StmtKind::Expr:
        if (s.value->kind == ExprKind::Str) return;  // a docstring or a bare string: no effect
        expr(*s.value);
        return;
      case StmtKind::Assign: {
        for (const ExprPtr& t : s.targets) {
          if (t->kind == ExprKind::Tuple || t->kind == ExprKind::List) {
            if (s.value->kind != ExprKind::Tuple || s.value->operands.size() != t->operands.size())
              throw CompileError(s.value->loc, "multiple assignment needs a tuple of exactly " +
                                                   std::to_string(t->operands.size()) + " values on the right in kilopy");
          }
        }
        if (s.value->kind == ExprKind::Tuple) {
          std::vector<Type> types;
          for (const ExprPtr& v : s.value->operands) types.push_back(expr(*v));
          for (const ExprPtr& t : s.targets) {
            if (t->kind != ExprKind::Tuple && t->kind != ExprKind::List)
              throw CompileError(s.value->loc, "tuples are only supported in multiple assignment (a, b = b, a)");
            for (size_t i = 0; i < types.size(); ++i) assign_name(*t->operands[i], types[i]);
          }
        } else {
          Type t = expr(*s.value);
          for (const ExprPtr& target : s.targets) assign_name(*target, t);
        }
        return;
      }
      case StmtKind::AugAssign: {
        Type left = expr(*s.target);
        Type right = expr(*s.value);
        assign_name(*s.target, binary_type(s.aug_op, left, right, s.loc));
        return;
      }
      case StmtKind::If:
        expr(*s.value);
        block(s.body);
        block(s.orelse);
        return;
      case StmtKind::While:
        expr(*s.value);
        block(s.body);
        block(s.orelse);
        return;
      case StmtKind::For:
        range_call(*s.value);
        assign_name(*s.target, Type::Int);
        block(s.body);
        block(s.orelse);
        return;
      case StmtKind::Return:
        if (s.value && s.value->kind == ExprKind::Tuple)
          throw CompileError(s.value->loc, "returning a tuple is not supported in kilopy yet");
        returns(s.value ? expr(*s.value) : Type::None, s.value ? s.value->loc : s.loc, false);
        return;
      case StmtKind::Assert:
        expr(*s.value);
        if (s.msg) {
          if (s.msg->kind != ExprKind::Str)
            throw CompileError(s.msg->loc, "an assert message must be a string literal in kilopy");
          s.msg->type = Type::Str;
        }
        return;
      case StmtKind::Def:
      case StmtKind::Global:
      case StmtKind::Pass:
      case StmtKind::Break:
      case StmtKind::Continue:
        return;
    }
  }

  void assign_name(const Expr& target, Type t) {
    Var* v = program_.lookup(*fn_, target.text);
    assign(*v, t, target.loc, "'" + target.text + "'");
    const_cast<Expr&>(target).type = v->type;
  }

  void range_call(const Expr& e) {
    if (e.kind != ExprKind::Call || e.callee->kind != ExprKind::Name || e.callee->text != "range" ||
        program_.lookup(*fn_, "range") != nullptr)
      throw CompileError(e.loc, "for loops iterate only over range(...) in kilopy");
    no_keywords_or_stars(e, "range");
    if (e.operands.empty() || e.operands.size() > 3)
      throw CompileError(e.loc, "range expected 1 to 3 arguments, got " + std::to_string(e.operands.size()));
    for (const ExprPtr& a : e.operands) {
      Type t = expr(*a);
      if (!is_int_like(t))
        throw CompileError(a->loc, std::string("'") + py_type_name(t) + "' object cannot be interpreted as an integer");
    }
    const_cast<Expr&>(e).type = Type::None;
  }

  void no_keywords_or_stars(const Expr& call, const std::string& name) {
    if (call.starred_arg) throw CompileError(call.loc, "*arguments are not supported in kilopy");
    if (!call.keywords.empty())
      throw CompileError(call.keywords[0].loc, name + "() takes no keyword arguments in kilopy");
  }

  Type binary_type(BinOp op, Type l, Type r, SourceLoc loc) {
    if (op == BinOp::Div)
      throw CompileError(loc, "true division '/' gives a float, and kilopy has only ints: use '//' for floor division");
    if (op == BinOp::MatMul) throw CompileError(loc, "the '@' operator is not supported");
    if (l == Type::Str || r == Type::Str)
      throw CompileError(loc, "string operations are not supported (strings are only print arguments)");
    if (l == Type::None || r == Type::None)
      throw CompileError(loc, std::string("unsupported operand type(s) for ") + binop_symbol(op) + ": '" +
                                  py_type_name(l) + "' and '" + py_type_name(r) + "'");
    bool bitwise = op == BinOp::BitAnd || op == BinOp::BitOr || op == BinOp::BitXor;
    if (bitwise && (l == Type::Unknown || r == Type::Unknown)) return Type::Unknown;
    if (bitwise && l == Type::Bool && r == Type::Bool) return Type::Bool;
    return Type::Int;
  }

  Type same_type(const std::vector<ExprPtr>& operands, const std::string& what) {
    Type result = Type::Unknown;
    SourceLoc first;
    for (const ExprPtr& o : operands) {
      Type t = expr(*o);
      if (t == Type::Str) throw CompileError(o->loc, "strings are only supported as print arguments and assert messages");
      if (t == Type::Unknown) continue;
      if (result == Type::Unknown) {
        result = t;
        first = o->loc;
      } else if (t != result) {
        throw CompileError(o->loc, what + " would give " + article(t) + " here or " + article(result) +
                                       " (column " + std::to_string(first.col) + "): kilopy needs one type");
      }
    }
    for (const ExprPtr& o : operands)
      if (o->type == Type::Unknown) return Type::Unknown;
    return result;
  }

  Type expr(const Expr& ce) {
    Expr& e = const_cast<Expr&>(ce);
    e.type = expr_type(e);
    return e.type;
  }

  Type expr_type(Expr& e) {
    switch (e.kind) {
      case ExprKind::Int: return Type::Int;
      case ExprKind::Bool: return Type::Bool;
      case ExprKind::None: return Type::None;
      case ExprKind::Str: return Type::Str;
      case ExprKind::Name: return name_type(e);
      case ExprKind::Unary: {
        Type t = expr(*e.operands[0]);
        if (t == Type::Str) throw CompileError(e.loc, "string operations are not supported (strings are only print arguments)");
        if (e.unary_op == UnaryOp::Not) return Type::Bool;
        if (t == Type::None) {
          const char* sym = e.unary_op == UnaryOp::Neg ? "-" : e.unary_op == UnaryOp::Pos ? "+" : "~";
          throw CompileError(e.loc, std::string("bad operand type for unary ") + sym + ": 'NoneType'");
        }
        return Type::Int;
      }
      case ExprKind::Binary: {
        Type l = expr(*e.operands[0]);
        Type r = expr(*e.operands[1]);
        return binary_type(e.bin_op, l, r, e.op_loc);
      }
      case ExprKind::Compare: return compare_type(e);
      case ExprKind::BoolOp:
        return same_type(e.operands, e.bool_op == BoolOpKind::And ? "'and'" : "'or'");
      case ExprKind::IfExp: {
        expr(*e.operands[0]);
        Type body = expr(*e.operands[1]);
        Type orelse = expr(*e.operands[2]);
        if (body == Type::Str || orelse == Type::Str)
          throw CompileError(e.loc, "strings are only supported as print arguments and assert messages");
        if (body != Type::Unknown && orelse != Type::Unknown && body != orelse)
          throw CompileError(e.operands[2]->loc, "a conditional expression would give " + article(body) + " or " +
                                                     article(orelse) + ": kilopy needs one type");
        return body == Type::Unknown || orelse == Type::Unknown ? Type::Unknown : body;
      }
      case ExprKind::Call: return call_type(e);
      case ExprKind::Tuple:
        throw CompileError(e.loc, "tuples are only supported in multiple assignment (a, b = b, a)");
      case ExprKind::List: throw CompileError(e.loc, "lists are not supported in kilopy yet");
      case ExprKind::Subscript: throw CompileError(e.loc, "subscripts are not supported: kilopy has no lists yet");
      case ExprKind::Attribute: throw CompileError(e.loc, "attribute access is not supported: kilopy has no objects");
    }
    return Type::Unknown;
  }

  Type name_type(const Expr& e) {
    if (e.text == "__name__")
      throw CompileError(e.loc, "__name__ is only supported in `if __name__ == \"__main__\":`");
    if (Var* v = program_.lookup(*fn_, e.text)) return v->type;
    if (program_.find_function(e.text))
      throw CompileError(e.loc, "functions are not values in kilopy: call '" + e.text + "(...)'");
    if (is_builtin(e.text))
      throw CompileError(e.loc, "builtin '" + e.text + "' can only be called in kilopy");
    throw CompileError(e.loc, "name '" + e.text + "' is not defined");
  }

  static bool is_main_test(const Expr& e) {
    return e.kind == ExprKind::Compare && e.operands.size() == 2 && e.cmp_ops[0] == CmpOp::Eq &&
           e.operands[0]->kind == ExprKind::Name && e.operands[0]->text == "__name__" &&
           e.operands[1]->kind == ExprKind::Str;
  }

  Type compare_type(Expr& e) {
    if (is_main_test(e)) {
      e.operands[0]->type = Type::Str;
      e.operands[1]->type = Type::Str;
      return Type::Bool;
    }
    std::vector<Type> types;
    for (const ExprPtr& o : e.operands) types.push_back(expr(*o));
    for (size_t i = 0; i < e.cmp_ops.size(); ++i) {
      CmpOp op = e.cmp_ops[i];
      Type l = types[i], r = types[i + 1];
      const Expr& lhs = *e.operands[i];
      const Expr& rhs = *e.operands[i + 1];
      if (l == Type::Str || r == Type::Str)
        throw CompileError(e.op_loc, "string comparisons are not supported (strings are only print arguments)");
      if (op == CmpOp::In || op == CmpOp::NotIn)
        throw CompileError(e.op_loc, "'in' is not supported: kilopy has no containers yet");
      if (op == CmpOp::Is || op == CmpOp::IsNot) {
        if (lhs.kind != ExprKind::None && rhs.kind != ExprKind::None)
          throw CompileError(e.op_loc, "'is' is only supported with None in kilopy (use == to compare values)");
        continue;
      }
      bool ordering = op != CmpOp::Eq && op != CmpOp::NotEq;
      if (ordering && (l == Type::None || r == Type::None)) {
        const char* sym = op == CmpOp::Lt ? "<" : op == CmpOp::LtE ? "<=" : op == CmpOp::Gt ? ">" : ">=";
        throw CompileError(e.op_loc, std::string("'") + sym + "' not supported between instances of '" +
                                         py_type_name(l) + "' and '" + py_type_name(r) + "'");
      }
    }
    return Type::Bool;
  }

  Type call_type(Expr& e) {
    if (e.callee->kind == ExprKind::Attribute)
      throw CompileError(e.callee->loc, "methods are not supported: kilopy has no objects");
    if (e.callee->kind != ExprKind::Name)
      throw CompileError(e.callee->loc, "only named functions can be called in kilopy");
    const std::string& name = e.callee->text;
    if (program_.lookup(*fn_, name))
      throw CompileError(e.callee->loc, "'" + name + "' is a variable, not a function");
    if (const Function* f = program_.find_function(name)) return user_call(e, *f);
    if (name == "print") return print_call(e);
    if (name == "range") throw CompileError(e.loc, "range() is only supported as the iterable of a for loop");
    if (is_builtin(name)) return builtin_call(e, name);
    throw CompileError(e.callee->loc, "name '" + name + "' is not defined");
  }

  Type print_call(Expr& e) {
    if (e.starred_arg) throw CompileError(e.loc, "*arguments are not supported in kilopy");
    for (const ExprPtr& a : e.operands) {
      Type t = expr(*a);
      (void)t;
    }
    for (const Keyword& k : e.keywords) {
      if (k.name != "sep" && k.name != "end")
        throw CompileError(k.loc, "print's '" + k.name + "' argument is not supported in kilopy (only sep and end)");
      if (k.value->kind != ExprKind::Str)
        throw CompileError(k.value->loc, "print's " + k.name + " must be a string literal in kilopy");
      k.value->type = Type::Str;
    }
    return Type::None;
  }

  Type builtin_call(Expr& e, const std::string& name) {
    no_keywords_or_stars(e, name);
    size_t n = e.operands.size();
    bool variadic = name == "min" || name == "max";
    Op op = builtin_opcode(name, variadic ? 2 : unsigned(n));
    if (variadic && n < 2)
      throw CompileError(e.loc, name + "() of a single argument needs a list, and kilopy has none yet: give 2 or more ints");
    if (op == OP_COUNT) {
      unsigned arity = builtin_opcode(name, 1) != OP_COUNT ? 1 : 2;
      throw CompileError(e.loc, name + "() takes exactly " + std::to_string(arity) + " argument" +
                                    (arity == 1 ? "" : "s") + " (" + std::to_string(n) + " given)");
    }
    Type t = same_type(e.operands, name + "()");
    for (const ExprPtr& a : e.operands) {
      if (a->type == Type::None)
        throw CompileError(a->loc, "bad operand type for " + name + "(): 'NoneType'");
    }
    char result = op_info(op).result;
    if (result == 'S') return t;
    return result == 'B' ? Type::Bool : Type::Int;
  }

  Type user_call(Expr& e, const Function& cf) {
    Function& f = const_cast<Function&>(cf);
    no_keywords_or_stars(e, f.name);
    size_t n = e.operands.size(), total = f.params.size(), required = 0;
    for (const Expr* d : f.defaults)
      if (!d) ++required;
    if (n > total)
      throw CompileError(e.loc, f.name + "() takes " + std::to_string(total) + " positional argument" +
                                    (total == 1 ? "" : "s") + " but " + std::to_string(n) +
                                    (n == 1 ? " was" : " were") + " given");
    if (n < required) {
      std::string missing;
      for (size_t i = n; i < required; ++i) missing += (missing.empty() ? "'" : ", '") + f.params[i] + "'";
      throw CompileError(e.loc, f.name + "() missing " + std::to_string(required - n) + " required positional argument" +
                                    (required - n == 1 ? "" : "s") + ": " + missing);
    }
    for (size_t i = 0; i < n; ++i) {
      Type t = expr(*e.operands[i]);
      assign(f.vars[f.params[i]], t, e.operands[i]->loc, "parameter '" + f.params[i] + "' of " + f.name + "()");
    }
    return f.return_type;
  }
};

}  // namespace

void infer_types(Program& program) { TypeInference(program).run(); }

}  // namespace kilopy
