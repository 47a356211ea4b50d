// What the checks learn about a module, for the code generator: its functions, their
// variables and the static type of each.
#pragma once

#include <map>
#include <set>
#include <string>
#include <vector>

#include "frontend/ast.h"

namespace kilopy {

// A variable's static type and where it got it (for "holds an int here and a bool there").
struct Var {
  std::string name;
  Type type = Type::Unknown;
  SourceLoc typed_at;   // where the type was first set
  SourceLoc first_use;  // first assignment or parameter
  const Expr* annotation = nullptr;  // the first `name: T`, whose T the type must be
};

struct Function {
  std::string name;                 // "<module>" for the module body
  const Stmt* def = nullptr;        // null for the module body
  std::vector<std::string> params;  // in order
  std::vector<Type> param_types;    // param_types[i] is vars[params[i]].type after checking
  std::vector<SourceLoc> param_typed_at;
  std::vector<const Expr*> defaults;  // per parameter, null when it has none
  size_t positional = 0;              // params[0..positional) can be passed by position (before a bare *)
  std::map<std::string, Var> vars;    // locals (for the module: the globals)
  std::vector<std::string> var_order; // params first, then locals in order of first appearance
  std::set<std::string> global_decls; // names declared `global` here
  Type return_type = Type::Unknown;
  SourceLoc return_typed_at;
  const Expr* return_annotation = nullptr;  // `-> T`, whose T return_type must be

  // Definite assignment: globals this function (or one it calls) reads before it has assigned
  // them itself, and globals it has assigned on every path that returns.
  std::map<std::string, SourceLoc> needs_globals;
  std::set<std::string> assigns_globals;
  // Variables read where they might be unassigned: each has a hidden flag variable,
  // assigned_flag(name), set when the variable is assigned and checked at those reads.
  std::set<std::string> guarded;

  // The parameter `name` is, or -1.
  int param_index(const std::string& name) const {
    for (size_t i = 0; i < params.size(); ++i)
      if (params[i] == name) return int(i);
    return -1;
  }

  const std::vector<StmtPtr>& body(const Module& m) const { return def ? def->body : m.body; }
};

// The hidden field of slot 0 that holds an object's class number (Class::tag) in a hierarchy whose
// calls dispatch at run time, and a slot a subclass leaves to a base field it does not have.
constexpr const char* kClassTag = "\x03class";
constexpr const char* kNoField = "\x03none";
// The hidden bool field beside a field that a method may assign after __init__'s leading field
// assignments (or that __init__ assigns late): true once the field is assigned, so reading it
// before then raises AttributeError as CPython does. Every class of a hierarchy that has the
// field has the flag, so a store through a base-typed value sets it at one slot.
constexpr const char* kFieldSet = "\x03set ";
inline std::string field_set_flag(const std::string& field) { return kFieldSet + field; }
inline bool is_field_set_flag(const std::string& field) { return field.compare(0, 5, kFieldSet) == 0; }
// The text of a sorted(d.items()) call (desugar.cpp): d's keys differ, so the items sort by
// their keys alone, whatever the values' type (types.cpp sorted_call).
constexpr const char* kSortedItems = "\x03sorted items";
// The text of the conditional expression a sorted(xs, reverse=r) of a variable r becomes
// (desugar.cpp reverse_chosen): types.cpp checks r is an int or a bool.
constexpr const char* kReverseFlag = "\x03reverse=";

// The hidden str variable holding type(e).__name__ in a handler `except (A, B) as e` whose
// classes are several: set from the exception's class number when the handler starts
// (codegen.cpp), where the handler's body reads it (types.cpp).
inline std::string exception_type_name(const std::string& e) { return "type(" + e + ").__name__"; }

// A class (frontend/classes.cpp): an instance is a record of one slot per field, in this order.
struct Class {
  std::string name;
  SourceLoc loc;
  std::string base;                             // the base class (class D(C):), or ""
  bool dataclass = false;                       // @dataclass: its __init__, __repr__, __eq__ written by the parser
  bool frozen = false;                          // @dataclass(frozen=True): only the parser's __init__ stores fields
  bool ordered = false;                         // @dataclass(order=True): __lt__, __le__, __gt__, __ge__ by the parser
  std::vector<std::string> fields;              // slot i holds fields[i]
  std::vector<Var> field_vars;                  // each field's static type, as a variable's
  std::map<std::string, const Expr*> constants;  // NAME = <int, bool or str literal> in the class body
  // Fields that are also constants of the class (`level = 1` in the body, `self.level += 1` in a
  // method): a new object's field starts as the constant (CPython reads the class's until the
  // object assigns its own), so obj.NAME reads the field and C.NAME the constant.
  std::set<std::string> presets;
  int tag = -1;  // its number in slot 0 (kClassTag) when calls on its hierarchy's objects dispatch at run time
  int slot(const std::string& field) const {
    for (size_t i = 0; i < fields.size(); ++i)
      if (fields[i] == field) return int(i);
    return -1;
  }
};

// An exception class of the program (class MyError(Exception): pass), numbered in pre-order
// after the built-in ones (bytecode/exceptions.def): it and its subclasses are number..last.
struct ExceptionClass {
  std::string name;
  std::string base;  // "Exception" or another of the program's exception classes
  SourceLoc loc;
  unsigned number = 0, last = 0;
};

struct Program {
  Module* module = nullptr;
  unsigned int_bits = 32;
  std::vector<Function> functions;           // [0] is the module body
  std::map<std::string, size_t> function_index;
  bool imports_array = false;                // `from array import array` at the top level
  bool imports_defaultdict = false;          // `from collections import defaultdict` at the top level
  bool imports_counter = false;              // `from collections import Counter` at the top level
  bool imports_deque = false;                // `from collections import deque` at the top level
  bool catches = false;                      // a try statement: an error need not end the program
  SourceLoc finally_loc, exit_loc;           // a finally block, an exit() call (line 0: none yet)
  SourceLoc bare_except_loc;                 // a bare `except:` (line 0: none yet)
  std::map<std::string, Class> classes;
  // class -> attribute -> the module variable it is (class_variables.cpp): assigned, or shared
  std::map<std::string, std::map<std::string, std::string>> class_variables;
  std::vector<StmtPtr> class_stmts;          // the class statements, taken out of the module body
  // A class whose objects, or its subclasses', a list, tuple or dict's text shows: the classes
  // the program makes objects of among them, in number order (each one's __repr__ runs).
  std::map<std::string, std::vector<std::string>> shown_classes;
  std::vector<ExceptionClass> exceptions;    // the program's exception classes, in source order
  // Functions as values at run time (fnsets.cpp): each function a value may be is a tag, and
  // belongs to one set, the functions a value holding it may be (Type::Kind::Func's cls).
  std::map<std::string, std::string> function_set;  // function -> its set, "f,g,h"
  std::map<std::string, int> function_tag;          // function -> its tag (unique in the program)
  // The functions of a set, in order.
  static std::vector<std::string> set_members(const std::string& set);
  // The classes `except name` catches, number..last; false if name is no exception class.
  bool exception_range(const std::string& name, unsigned& number, unsigned& last) const;
  // The classes `except name` catches: its range, and for a built-in class the ranges of the
  // program's classes derived from it or from a built-in class under it (class E(ValueError)).
  // Empty if name is no exception class.
  std::vector<std::pair<unsigned, unsigned>> exception_ranges(const std::string& name) const;
  const Class* find_class(const std::string& name) const {
    auto it = classes.find(name);
    return it == classes.end() ? nullptr : &it->second;
  }
  // True if class d is class c or derives from it.
  bool derives(const std::string& d, const std::string& c) const {
    for (const Class* k = find_class(d); k; k = find_class(k->base))
      if (k->name == c) return true;
    return false;
  }

  Function& module_fn() { return functions[0]; }
  const Function* find_function(const std::string& name) const {
    auto it = function_index.find(name);
    return it == function_index.end() ? nullptr : &functions[it->second];
  }
  // The program's function e calls, if e is a call of one (f(x), not a builtin or a method);
  // for a call through a function value, the last function of its set.
  const Function* called_function(const Expr& e) const {
    if (e.kind != ExprKind::Call) return nullptr;
    if (e.callee->type.kind == Type::Kind::Func) return find_function(set_members(e.callee->type.cls).back());
    return e.callee->kind == ExprKind::Name ? find_function(e.callee->text) : nullptr;
  }
  // The variable `name` refers to inside function f: a local of f or a global (or null).
  Var* lookup(Function& f, const std::string& name);
  bool is_global_in(const Function& f, const std::string& name) const {
    return f.def == nullptr || f.global_decls.count(name) || !f.vars.count(name);
  }
  // True if a class defines a special method other than __init__ (__add__, __getitem__, __eq__,
  // __str__, ...): an operator, a subscript, a test or print() may then run code of the program.
  bool has_operator_methods() const {
    for (const Function& f : functions) {
      size_t dot = f.name.rfind('.');
      if (dot != std::string::npos && f.name.compare(dot + 1, 2, "__") == 0 && f.name.substr(dot + 1) != "__init__") return true;
    }
    return false;
  }
};

// The hidden variable recording whether `name` has been assigned (not a Python identifier).
inline std::string assigned_flag(const std::string& name) { return "?" + name; }

// The checks, in the order compile() runs them; each throws CompileError.
// A special method's or attribute's name: __init__, __slots__.
inline bool is_dunder(const std::string& m) {
  return m.size() > 4 && m.compare(0, 2, "__") == 0 && m.compare(m.size() - 2, 2, "__") == 0;
}

void globalize_class_variables(Module& module, Program& program);  // class_variables.cpp
void take_classes(Module& module, Program& program);           // classes.cpp
// True if the exception class statement s has methods or derives from a class that has: it is
// also an ordinary class (exception_objects.cpp).
bool exception_object_class(const Stmt& s, const Module& module, const Program& program);
// Gives those classes their message field and lowers raise and `except K as e` of them; turns
// every other raise's arguments into its message (exception_objects.cpp; run by take_classes).
void lower_exception_objects(Module& module, Program& program);
// Flattens each class the program makes one instance of where no two can be alive at once
// (see flatten_class): its fields become globals. True if it changed the module.
bool flatten_single_instances(Module& module, Program& program);  // classes.cpp
void collect_scopes(Module& module, Program& program);         // scope.cpp
void type_methods(Program& program);                            // classes.cpp
// Marks the reads of names a test before them proves not None (Expr::not_none).
void narrow_none_tests(Module& module, Program& program);       // narrow.cpp
// Fills function_set and function_tag (fnsets.cpp).
void find_function_sets(Program& program);
void infer_types(Program& program);                             // types.cpp
void check_boxed_list_uses(const Program& program);             // boxed_lists.cpp

// The type annotation a names: int, bool, None, list (list[T]), and for a return (is_return)
// tuple[T, ...]; throws CompileError naming an annotation kilopy cannot check (types.cpp).
Type annotation_type(const Expr& a, bool is_return, const std::set<std::string>& classes);  // classes: the program's
void fold_constants(Program& program);                          // fold.cpp
// Defaults written with int constants assigned above their def (lr=ONE // 8) become literals.
void fold_default_values(Module& module, unsigned bits);          // fold.cpp
void check_definite_assignment(Program& program);               // flow.cpp
// True if e is a constant (an int, a bool or None), with its truth in value (flow.cpp).
bool constant_truth(const Expr& e, bool& value);
// True if call is range(args) with all-constant arguments that yields at least one value (flow.cpp).
bool nonempty_constant_range(const Expr& call);
void propagate_constants(Program& program);                     // constants.cpp

}  // namespace kilopy
