#include "frontend/desugar.h"

#include <algorithm>
#include <cstring>
#include <functional>
#include <map>
#include <set>

#include "bytecode/exceptions.h"
#include "frontend/builtins.h"
#include "frontend/diagnostic.h"
#include "frontend/link.h"
#include "frontend/program.h"
#include "frontend/range_tests.h"

namespace kilopy {

namespace {

ExprPtr name_expr(const std::string& text, SourceLoc loc) {
  ExprPtr e = std::make_unique<Expr>(ExprKind::Name, loc);
  e->text = text;
  return e;
}

// The hidden variable `text` where it stands for the value it was given: its only read.
ExprPtr last_read(const std::string& text, SourceLoc loc) {
  ExprPtr e = name_expr(text, loc);
  e->last_read = true;
  return e;
}

StmtPtr stmt(StmtKind kind, SourceLoc loc) { return std::make_unique<Stmt>(kind, loc); }

// target = value
StmtPtr assign(const std::string& target, ExprPtr value, SourceLoc loc) {
  StmtPtr s = stmt(StmtKind::Assign, loc);
  s->targets.push_back(name_expr(target, loc));
  s->value = std::move(value);
  return s;
}

ExprPtr constant(bool value, SourceLoc loc) {
  ExprPtr e = std::make_unique<Expr>(ExprKind::Bool, loc);
  e->bool_value = value;
  return e;
}

bool is_constant(const Expr& e) {
  return e.kind == ExprKind::Int || e.kind == ExprKind::Bool || e.kind == ExprKind::None || e.kind == ExprKind::Str;
}

bool is_hidden(const std::string& name) { return name.find(kHiddenSep) != std::string::npos; }

bool is_comprehension(const Expr& e) {
  return e.kind == ExprKind::ListComp || e.kind == ExprKind::GenExp || e.kind == ExprKind::DictComp ||
         e.kind == ExprKind::SetComp;
}

// Builtins whose calls neither print, read input nor rebind a name.
bool quiet_builtin(const std::string& name) {
  static const std::set<std::string> quiet = {"len", "abs", "min", "max", "sum", "any", "all",
                                              "range", "enumerate", "zip", "reversed"};
  return quiet.count(name) > 0;
}

// The walk of a comprehension's parts, inner comprehensions included.
template <class F>
void for_each_part(Expr& e, F&& f) {
  for_each_operand_slot(e, f);
  for (CompClause& c : e.clauses) {
    if (c.target) f(c.target);
    f(c.value);
  }
}

// True if e calls a function of the program or a method, or reads input: something that
// could print or rebind a name read before it. A key= function given by name (max(xs,
// key=score)) is called too.
bool has_effects(Expr& e) {
  if (e.kind == ExprKind::Call && !(e.callee->kind == ExprKind::Name && quiet_builtin(e.callee->text))) return true;
  for (const Keyword& k : e.keywords)
    if (k.name == "key" && k.lambda.empty() && k.value->kind != ExprKind::None &&
        !(k.value->kind == ExprKind::Name && quiet_builtin(k.value->text)))
      return true;
  bool found = false;
  for_each_part(e, [&](ExprPtr& p) { found = found || has_effects(*p); });
  return found;
}

class Desugar {
 public:
  explicit Desugar(Module& m) {
    bound_names(m.body);
    for (const StmtPtr& s : m.body) {
      if (s->kind != StmtKind::Def) continue;
      defs_[s->name] = s.get();
      for (const char* method : {".__bool__", ".__len__"})
        truth_methods_ = truth_methods_ || (s->name.size() > std::strlen(method) &&
                                            s->name.compare(s->name.size() - std::strlen(method), std::string::npos, method) == 0);
    }
    find_print_arguments(m.body);
  }

  void find_print_arguments(const Expr& e) {
    if (e.kind == ExprKind::Call && e.callee->kind == ExprKind::Name && e.callee->text == "print" && !user_names_.count("print")) {
      auto literal = [](const Expr& x) { return x.kind == ExprKind::Str || x.kind == ExprKind::Int || x.kind == ExprKind::None; };
      size_t values = 0;  // arguments other than literals
      for (const ExprPtr& a : e.operands) {
        if (a->kind == ExprKind::Format) print_arguments_.insert(a.get());
        if (!literal(*a)) ++values;
      }
      bool plain = !e.starred_arg && e.starred.empty() && values == 1 &&
                   std::all_of(e.keywords.begin(), e.keywords.end(), [&](const Keyword& k) { return literal(*k.value); });
      for (const ExprPtr& a : e.operands) {
        if (plain && !literal(*a)) printed_alone_.insert(a.get());
        if (a->kind == ExprKind::BoolOp) shown_bool_ops_.insert(a.get());
      }
    }
    if (e.kind == ExprKind::Format)
      for (const ExprPtr& a : e.operands)
        if (a->kind == ExprKind::BoolOp) shown_bool_ops_.insert(a.get());
    for_each_operand(e, [&](const Expr& o) { find_print_arguments(o); });
  }

  void find_print_arguments(const std::vector<StmtPtr>& body) {
    for (const StmtPtr& s : body)
      for_each_child(*s, [&](const Expr& e, Use) { find_print_arguments(e); },
                     [&](const std::vector<StmtPtr>& b) { find_print_arguments(b); });
  }

  // sum(g(...)), list(g(...)), sep.join(g(...)), ... of a generator g of this file become
  // sum(v for v in g(...)), which CPython's call iterates alike, so the loop over g can inline it
  // (generators.h).
  void iterate_generator_arguments(std::vector<StmtPtr>& body) {
    std::set<std::string> generators;
    for (const StmtPtr& s : body)
      if (s->kind == StmtKind::Def && has_yield(s->body)) generators.insert(s->name);
    if (!generators.empty()) iterate_generator_arguments(body, generators);
  }

  // The statements of body with their comprehensions lowered; `top`: the file's top level
  // or a def's body, whose statements each start a group.
  // Recursive through nested blocks (an elif chain is 900 deep): what it calls for one statement
  // is out of line, so its frame stays small.
  std::vector<StmtPtr> block(std::vector<StmtPtr> body, bool top = false) {
    std::vector<StmtPtr> out;
    for (StmtPtr& s : body) {
      if (top) ++group_;
      if (unpacking_print(*s)) {
        for (StmtPtr& b : block(lower_unpacking_print(*s))) out.push_back(std::move(b));
        continue;
      }
      if (field_unpacking(*s)) {
        for (StmtPtr& b : block(lower_field_unpacking(*s))) out.push_back(std::move(b));
        continue;
      }
      if (value_unpacking_into_places(*s)) {
        for (StmtPtr& b : block(lower_value_unpacking(*s))) out.push_back(std::move(b));
        continue;
      }
      if (s->kind == StmtKind::For && enumerates_generator_expression(*s->value)) {
        for (StmtPtr& b : block(count_generator_expression(*s))) out.push_back(std::move(b));
        for (StmtPtr& b : block(loop_over_generator_expression(std::move(s)))) out.push_back(std::move(b));
        continue;
      }
      if (s->kind == StmtKind::For && s->value->kind == ExprKind::GenExp) {
        for (StmtPtr& b : block(loop_over_generator_expression(std::move(s)))) out.push_back(std::move(b));
        continue;
      }
      if (extends_by_generator_expression(*s)) {
        for (StmtPtr& b : block(append_generator_expression(*s))) out.push_back(std::move(b));
        continue;
      }
      if (s->kind == StmtKind::For && zip_star(*s->value)) {
        for (StmtPtr& b : block(lower_zip_star(std::move(s)))) out.push_back(std::move(b));
        continue;
      }
      if (unpacks_zip_star(*s)) {  // xs, ys = zip(*rows): unpacks list(zip(*rows)), as CPython unpacks the zip's tuples
        ExprPtr call = std::make_unique<Expr>(ExprKind::Call, s->value->loc);
        call->callee = name_expr("list", s->value->loc);
        call->operands.push_back(std::move(s->value));
        s->value = std::move(call);
      }
      std::vector<StmtPtr> before = statement(*s);
      for (StmtPtr& b : block(std::move(before))) out.push_back(std::move(b));
      s->body = block(std::move(s->body), s->kind == StmtKind::Def);
      s->handlers = block(std::move(s->handlers));  // a Try's Except clauses, each with its body
      s->orelse = block(std::move(s->orelse));
      out.push_back(std::move(s));
    }
    return out;
  }

  const std::set<std::string>& user_names() const { return user_names_; }

  // enumerate(xs, start=k) and sum(xs, start=k) as enumerate(xs, k) and sum(xs, k): CPython
  // takes start either way, and evaluates it after xs either way.
  void positional_starts(std::vector<StmtPtr>& body) {
    for (StmtPtr& s : body)
      for_each_child_slot(*s, [&](ExprPtr& e, Use) { positional_start(e); },
                          [&](std::vector<StmtPtr>& b) { positional_starts(b); });
  }

  // `for p in zip(a, b):` (enumerate(xs), enumerate(zip(a, b)), ...): the loop unpacks into
  // hidden names and p is bound first in the body to the tuple of them, the tuple CPython's
  // zip() yields.
  void keep_loop_tuples(std::vector<StmtPtr>& body) {
    for (StmtPtr& s : body) {
      for_each_block(*s, [&](std::vector<StmtPtr>& b) { keep_loop_tuples(b); });
      if (s->kind != StmtKind::For || s->target->kind != ExprKind::Name) continue;
      ExprPtr pattern = yield_pattern(*s->value, s->target->text);
      if (pattern->kind != ExprKind::Tuple) continue;  // no zip() or enumerate()
      StmtPtr bind = stmt(StmtKind::Assign, s->target->loc);
      bind->targets.push_back(std::move(s->target));
      bind->value = copy_expr(*pattern);
      s->target = std::move(pattern);
      s->body.insert(s->body.begin(), std::move(bind));
    }
  }

 private:
  std::set<std::string> user_names_;  // every name the module binds: `any` may not be the builtin

  void positional_start(ExprPtr& e) {
    for_each_part(*e, [&](ExprPtr& p) { positional_start(p); });
    if (e->kind != ExprKind::Call || e->callee->kind != ExprKind::Name || user_names_.count(e->callee->text) ||
        (e->callee->text != "enumerate" && e->callee->text != "sum") || e->operands.size() != 1 || e->starred_arg ||
        e->keywords.size() != 1 || e->keywords[0].name != "start" || !e->keywords[0].lambda.empty())
      return;
    e->operands.push_back(std::move(e->keywords[0].value));
    e->keywords.clear();
  }
  unsigned generator_items_ = 0;
  unsigned hoists_ = 0;  // hoist_done's emptyings of `done` so far

  static bool has_yield(const std::vector<StmtPtr>& body) {
    for (const StmtPtr& s : body) {
      if (s->kind == StmtKind::Yield) return true;
      bool found = false;
      if (s->kind != StmtKind::Def) for_each_block(*s, [&](const std::vector<StmtPtr>& b) { found = found || has_yield(b); });
      if (found) return true;
    }
    return false;
  }

  void iterate_generator_arguments(std::vector<StmtPtr>& body, const std::set<std::string>& generators) {
    for (StmtPtr& s : body)
      for_each_child_slot(*s, [&](ExprPtr& e, Use) { iterate_generator_argument(e, generators); },
                          [&](std::vector<StmtPtr>& b) { iterate_generator_arguments(b, generators); });
  }

  void iterate_generator_argument(ExprPtr& e, const std::set<std::string>& generators) {
    for_each_part(*e, [&](ExprPtr& p) { iterate_generator_argument(p, generators); });
    static const std::set<std::string> consumers = {"sum", "min", "max", "any", "all", "list", "tuple", "sorted", "set", "next"};
    if (e->kind != ExprKind::Call || e->starred_arg) return;
    bool join = e->callee->kind == ExprKind::Attribute && e->callee->text == "join" && e->operands.size() == 1;  // sep.join(g(...))
    if (!join && (e->callee->kind != ExprKind::Name || !consumers.count(e->callee->text) || user_names_.count(e->callee->text) ||
                  (e->operands.size() != 1 && !(e->callee->text == "next" && e->operands.size() == 2))))
      return;
    ExprPtr& arg = e->operands[0];
    if (arg->kind != ExprKind::Call || arg->callee->kind != ExprKind::Name || !generators.count(arg->callee->text)) return;
    // key= takes a list (kilopy's generator expressions take none); join's list is made by
    // consume_iterators
    bool keyed = std::any_of(e->keywords.begin(), e->keywords.end(), [](const Keyword& k) { return k.name == "key"; });
    SourceLoc loc = arg->loc;
    std::string item = std::string("item") + kDefSep + "0g" + std::to_string(++generator_items_);
    ExprPtr comp = std::make_unique<Expr>(keyed ? ExprKind::ListComp : ExprKind::GenExp, loc);
    comp->operands.push_back(name_expr(item, loc));
    comp->clauses.push_back(CompClause{name_expr(item, loc), std::move(arg)});
    arg = std::move(comp);
  }

  void bound_names(const std::vector<StmtPtr>& body) {
    for (const StmtPtr& s : body) {
      if (s->kind == StmtKind::Def) user_names_.insert(s->name);
      for (const Param& p : s->params) user_names_.insert(p.name);
      for (size_t i = 0; i < s->aliases.size(); ++i) {
        if (s->kind == StmtKind::Import && s->name == "collections") continue;  // its names are builtins (link.cpp)
        if (s->kind == StmtKind::Import && s->name.empty() && s->names[i] == "collections" && s->aliases[i] == "collections")
          imports_collections_ = true;
        else
          user_names_.insert(s->aliases[i]);
        if (s->kind == StmtKind::Import && s->name.empty()) module_names_.insert(s->aliases[i]);
        if (s->kind == StmtKind::Import && s->name.empty() && s->names[i] == "heapq") heapq_modules_.insert(s->aliases[i]);
        if (s->kind == StmtKind::Import && s->name == "heapq") heapq_functions_[s->aliases[i]] = s->names[i];
      }
      for_each_child(*s, [&](const Expr& e, Use use) {
        if (use != Use::Read) for_each_target_name(e, [&](const Expr& n) { user_names_.insert(n.text); });
      }, [&](const std::vector<StmtPtr>& b) { bound_names(b); });
    }
  }
  bool order_free_ = false;  // the loops nest() writes may iterate a set (any_order)
  bool imports_collections_ = false;  // `import collections`, which binds the name (else user_names_ has it)
  std::set<std::string> module_names_;  // the names `import m [as n]` binds: m.f is a function, not a value
  std::set<std::string> heapq_modules_;  // the names `import heapq [as n]` binds
  std::map<std::string, std::string> heapq_functions_;  // `from heapq import f [as g]`: g -> f
  unsigned counter_ = 0;
  unsigned group_ = 0;  // the top-level statement being lowered
  std::map<std::string, const Stmt*> defs_;  // the file's top-level defs
  bool truth_methods_ = false;  // a class of the file defines __bool__ or __len__ (picks_kept_values)
  std::set<const Expr*> print_arguments_;     // the Formats that are print()'s arguments (late_format)
  std::set<const Expr*> printed_alone_;       // a print() argument beside literals only: its text taken when computed
  std::set<const Expr*> shown_bool_ops_;      // `a or b` (and) whose text is all that is used: print()'s, a field's
  std::map<const ExprPtr*, std::pair<Expr*, size_t>> fstring_fields_;  // an f-string's operand slot: the f-string, its place

  // min([0] * 0) (max likewise): raises CPython's `ValueError: min() arg is an empty sequence`.
  static ExprPtr empty_sequence_call(const std::string& f, SourceLoc loc) {
    ExprPtr zero = std::make_unique<Expr>(ExprKind::Int, loc);
    zero->int_text = "0";
    ExprPtr list = std::make_unique<Expr>(ExprKind::List, loc);
    list->operands.push_back(std::move(zero));
    ExprPtr none = std::make_unique<Expr>(ExprKind::Int, loc);
    none->int_text = "0";
    ExprPtr empty = std::make_unique<Expr>(ExprKind::Binary, loc);
    empty->bin_op = BinOp::Mul;
    empty->op_loc = loc;
    empty->operands.push_back(std::move(list));
    empty->operands.push_back(std::move(none));
    ExprPtr call = std::make_unique<Expr>(ExprKind::Call, loc);
    call->callee = name_expr(f, loc);
    call->operands.push_back(std::move(empty));
    return call;
  }

  // print(a, *xs, ..., sep=S, end=E) as a statement.
  bool unpacking_print(const Stmt& s) const {
    if (s.kind != StmtKind::Expr || s.value->kind != ExprKind::Call || !s.value->starred_arg) return false;
    const Expr& callee = *s.value->callee;
    return callee.kind == ExprKind::Name && callee.text == "print" && !user_names_.count("print");
  }

  static ExprPtr string(const std::string& text, SourceLoc loc) {
    ExprPtr e = std::make_unique<Expr>(ExprKind::Str, loc);
    e->text = text;
    return e;
  }

  // True if e makes an iterator that only a loop takes in kilopy: map(f, xs), reversed(),
  // enumerate(), zip(), d.keys(), d.values(), d.items(), or a call of a generator of this file.
  bool iterator_call(const Expr& e) const {
    if (e.kind != ExprKind::Call || e.starred_arg) return false;
    const Expr& f = *e.callee;
    if (f.kind == ExprKind::Attribute)
      return e.operands.empty() && e.keywords.empty() && (f.text == "keys" || f.text == "values" || f.text == "items");
    if (f.kind != ExprKind::Name) return false;
    static const std::set<std::string> builtins = {"map", "reversed", "enumerate", "zip"};
    if (f.text == "map" && (e.operands.size() != 2 || !e.keywords.empty())) return false;
    if (builtins.count(f.text)) return !user_names_.count(f.text);
    auto def = defs_.find(f.text);
    return def != defs_.end() && has_yield(def->second->body);
  }

  // True if a class of the program defines method m (a def named C.m).
  bool defines_method(const std::string& m) const {
    for (const std::string& n : user_names_)
      if (n.size() > m.size() + 1 && n.compare(n.size() - m.size() - 1, std::string::npos, "." + m) == 0) return true;
    return false;
  }
  bool defines_text_method() const { return defines_method("__str__") || defines_method("__repr__"); }

  // print(value, end=end)
  static StmtPtr print_piece(ExprPtr value, ExprPtr end, SourceLoc loc) {
    ExprPtr call = std::make_unique<Expr>(ExprKind::Call, loc);
    call->callee = name_expr("print", loc);
    if (value) call->operands.push_back(std::move(value));
    call->keywords.push_back(Keyword{"end", std::move(end), loc, ""});
    StmtPtr st = stmt(StmtKind::Expr, loc);
    st->value = std::move(call);
    return st;
  }

  // print(a, *xs, b, sep=S, end=E): the arguments are evaluated first, in order, each into a
  // hidden variable (as CPython evaluates them before printing), then printed one by one with
  // end="", S between two of them, E at the end. `started` tells, where it is not known at
  // compile time (after an unpacked sequence that may be empty), whether anything was printed.
  [[gnu::noinline]] std::vector<StmtPtr> lower_unpacking_print(Stmt& s) {
    Expr& call = *s.value;
    SourceLoc loc = call.loc;
    std::string sep = " ", end = "\n";
    std::vector<Keyword*> computed;  // a sep or end that is no literal: evaluated after the arguments
    for (Keyword& k : call.keywords) {
      if (k.name != "sep" && k.name != "end")
        throw CompileError(k.loc, "print() with *arguments takes only sep= and end= in kilopy");
      if (k.value->kind == ExprKind::Str) (k.name == "sep" ? sep : end) = k.value->text;
      else if (k.value->kind != ExprKind::None) computed.push_back(&k);
    }
    std::vector<StmtPtr> out;
    struct Item { ExprPtr value; bool unpacked; SourceLoc loc; };
    std::vector<Item> items;
    // print(*(e for x in xs), end=E): CPython makes the generator (reading xs), evaluates E, and
    // only then iterates, as it does an only argument that is unpacked; a generator among
    // others is taken whole in its place. `iterated_late` is the list taken after E.
    StmtPtr iterated_late;
    for (size_t i = 0; i < call.operands.size(); ++i) {
      ExprPtr& arg = call.operands[i];
      bool unpacked = call.starred.count(i) > 0;
      if (unpacked && iterator_call(*arg) && !(call.operands.size() == 1 && !computed.empty())) {
        // *map(f, xs), *reversed(xs), *d.values(), *g(...): (v for v in it), taken whole in its place
        SourceLoc at = arg->loc;
        std::string item = std::string("item") + kDefSep + "0g" + std::to_string(++generator_items_);
        ExprPtr gen = std::make_unique<Expr>(ExprKind::GenExp, at);
        bool map = arg->callee->kind == ExprKind::Name && arg->callee->text == "map";
        if (map) {  // map(f, xs): (f(v) for v in xs)
          ExprPtr call = std::make_unique<Expr>(ExprKind::Call, at);
          call->callee = std::move(arg->operands[0]);
          call->operands.push_back(name_expr(item, at));
          gen->operands.push_back(std::move(call));
          gen->clauses.push_back(CompClause{name_expr(item, at), std::move(arg->operands[1])});
        } else {  // the tuples of enumerate(), zip() and d.items() as names, (v0, v1) for v0, v1 in it
          const Expr& f = *arg->callee;
          size_t width = f.kind == ExprKind::Attribute ? (f.text == "items" ? 2 : 0)
                         : f.text == "enumerate" ? 2 : f.text == "zip" ? arg->operands.size() : 0;
          auto names = [&]() {
            ExprPtr t = std::make_unique<Expr>(ExprKind::Tuple, at);
            for (size_t k = 0; k < width; ++k) t->operands.push_back(name_expr(item + "_" + std::to_string(k), at));
            return t;
          };
          gen->operands.push_back(width ? names() : name_expr(item, at));
          gen->clauses.push_back(CompClause{width ? names() : name_expr(item, at), std::move(arg)});
        }
        arg = std::move(gen);
      }
      if (unpacked && arg->kind == ExprKind::GenExp) {
        if (call.operands.size() == 1 && !computed.empty()) {
          ExprPtr& first = arg->clauses[0].value;
          std::vector<ExprPtr*> read_now;  // what making the generator evaluates
          if (first->kind == ExprKind::Call && first->callee->kind == ExprKind::Name && first->callee->text == "range" &&
              !user_names_.count("range"))
            for (ExprPtr& bound : first->operands) read_now.push_back(&bound);
          else
            read_now.push_back(&first);
          SourceLoc at = arg->loc;
          for (ExprPtr* r : read_now)
            if (!is_constant(**r)) {
              std::string h = hidden("value");
              out.push_back(assign(h, std::move(*r), at));
              *r = name_expr(h, at);
            }
          arg->kind = ExprKind::ListComp;
          std::string h = hidden("value");
          iterated_late = assign(h, std::move(arg), at);
          items.push_back(Item{name_expr(h, at), true, at});
          continue;
        }
        arg->kind = ExprKind::ListComp;  // *gen is taken whole, in its place
      }
      SourceLoc at = arg->loc;
      if (unpacked && arg->kind == ExprKind::Call && arg->callee->kind == ExprKind::Name && arg->callee->text == "range" &&
          !user_names_.count("range")) {
        for (ExprPtr& bound : arg->operands)  // range is no value: its bounds are evaluated now
          if (!is_constant(*bound)) {
            std::string h = hidden("value");
            out.push_back(assign(h, std::move(bound), at));
            bound = name_expr(h, at);
          }
        items.push_back(Item{std::move(arg), true, at});
        continue;
      }
      if (!is_constant(*arg)) {
        bool later_call = false;  // that may change the list: its elements are taken now, as CPython's *xs does
        for (size_t j = i + 1; j < call.operands.size(); ++j) later_call = later_call || has_call(*call.operands[j]);
        if (call.operands.size() > 1)  // an only argument unpacked is iterated after sep and end (CPython's call)
          for (Keyword* k : computed) later_call = later_call || has_call(*k->value);
        // Or an object's __str__ or __repr__ as print() writes (an argument's, an element's).
        later_call = later_call || defines_text_method();
        if (unpacked && later_call && call.operands.size() == 1 && !computed.empty() && !user_names_.count("list")) {
          std::string h = hidden("value");  // evaluated now, its elements taken after sep and end
          out.push_back(assign(h, std::move(arg), at));
          ExprPtr copy = std::make_unique<Expr>(ExprKind::Call, at);
          copy->callee = name_expr("list", at);
          copy->operands.push_back(name_expr(h, at));
          std::string elements = hidden("value");
          iterated_late = assign(elements, std::move(copy), at);
          items.push_back(Item{name_expr(elements, at), true, at});
          continue;
        }
        if (unpacked && later_call && !user_names_.count("list")) {
          ExprPtr copy = std::make_unique<Expr>(ExprKind::Call, at);
          copy->callee = name_expr("list", at);
          copy->operands.push_back(std::move(arg));
          arg = std::move(copy);
        }
        std::string h = hidden("value");
        out.push_back(assign(h, std::move(arg), at));
        arg = unpacked ? name_expr(h, at) : last_read(h, at);
      }
      items.push_back(Item{std::move(arg), unpacked, at});
    }
    std::string sep_name, end_name;  // the hidden variables of a computed sep and end
    for (Keyword* k : computed) {
      std::string h = hidden("value");
      out.push_back(assign(h, std::move(k->value), k->loc));
      (k->name == "sep" ? sep_name : end_name) = h;
    }
    if (iterated_late) out.push_back(std::move(iterated_late));
    // The separator: a literal, or print("", "", sep=S, end=""), whose S print() checks is a str or None.
    auto separator = [&](SourceLoc at) {
      if (sep_name.empty()) return print_piece(string(sep, at), string("", at), at);
      StmtPtr st = print_piece(string("", at), string("", at), at);
      st->value->operands.push_back(string("", at));
      st->value->keywords.push_back(Keyword{"sep", name_expr(sep_name, at), at, ""});
      return st;
    };
    enum class Printed { No, Yes, Maybe } printed = Printed::No;
    std::string started = hidden("started");
    out.push_back(assign(started, constant(false, loc), loc));
    // The statements printing one value, after a separator where something came before.
    auto piece = [&](ExprPtr value, Printed before, std::vector<StmtPtr>& into, SourceLoc at) {
      if (before == Printed::Yes) into.push_back(separator(at));
      if (before == Printed::Maybe) {
        StmtPtr test = stmt(StmtKind::If, at);
        test->value = name_expr(started, at);
        test->body.push_back(separator(at));
        into.push_back(std::move(test));
      }
      into.push_back(print_piece(std::move(value), string("", at), at));
      into.push_back(assign(started, constant(true, at), at));
    };
    for (Item& item : items) {
      if (!item.unpacked) {
        piece(std::move(item.value), printed, out, item.loc);
        printed = Printed::Yes;
        continue;
      }
      std::string v = hidden("element");
      StmtPtr loop = stmt(StmtKind::For, item.loc);
      loop->target = name_expr(v, item.loc);
      loop->value = std::move(item.value);
      piece(name_expr(v, item.loc), printed == Printed::Yes ? Printed::Yes : Printed::Maybe, loop->body, item.loc);
      out.push_back(std::move(loop));
      if (printed == Printed::No) printed = Printed::Maybe;
    }
    out.push_back(print_piece(nullptr, end_name.empty() ? string(end, loc) : name_expr(end_name, loc), loc));
    return out;
  }

  // `a, b = zip(*rows)` (every target a tuple of targets), with the builtins zip and list.
  bool unpacks_zip_star(const Stmt& s) const {
    return s.kind == StmtKind::Assign && zip_star(*s.value) && !user_names_.count("list") &&
           std::all_of(s.targets.begin(), s.targets.end(),
                       [](const ExprPtr& t) { return t->kind == ExprKind::Tuple || t->kind == ExprKind::List; });
  }

  // zip(*rows): the builtin zip of one starred argument.
  bool zip_star(const Expr& e) const {
    return e.kind == ExprKind::Call && e.callee->kind == ExprKind::Name && e.callee->text == "zip" &&
           !user_names_.count("zip") && e.operands.size() == 1 && e.starred.count(0) && e.keywords.empty();
  }

  // (element for target in iterable) as a comprehension of `kind` (GenExp, ListComp, SetComp).
  static ExprPtr comprehension(ExprKind kind, ExprPtr element, ExprPtr target, ExprPtr iterable, SourceLoc at) {
    ExprPtr c = std::make_unique<Expr>(kind, at);
    c->operands.push_back(std::move(element));
    c->clauses.emplace_back();
    c->clauses.back().target = std::move(target);
    c->clauses.back().value = std::move(iterable);
    return c;
  }

  static ExprPtr call(const std::string& f, std::vector<ExprPtr> args, SourceLoc at) {
    ExprPtr c = std::make_unique<Expr>(ExprKind::Call, at);
    c->callee = name_expr(f, at);
    c->operands = std::move(args);
    return c;
  }

  // `for t in zip(*rows): body else: orelse` as CPython runs it: the rows are taken when the loop
  // starts (a copy of the list, not of the rows), and before each step every row is checked in
  // turn, so a row that grows in the body is read further, as by CPython's list iterator:
  //   rs = list(rows)
  //   [ended = False]
  //   for j in range(32767):                         (a sequence is shorter: the test ends it)
  //       if not rs or any(j >= len(r) for r in rs): [ended = True]; break
  //       t = tuple(r[j] for r in rs)                (a tuple[T, ...], len(rows) elements)
  //       body
  //   [if ended: orelse]
  [[gnu::noinline]] std::vector<StmtPtr> lower_zip_star(StmtPtr loop) {
    SourceLoc loc = loop->loc, at = loop->value->loc;
    std::string rs = hidden("rows"), j = hidden("column"), ended = hidden("ended");
    std::vector<StmtPtr> out;
    std::vector<ExprPtr> rows;
    rows.push_back(std::move(loop->value->operands[0]));
    out.push_back(assign(rs, call("list", std::move(rows), at), at));
    bool orelse = !loop->orelse.empty();
    if (orelse) out.push_back(assign(ended, constant(false, loc), loc));
    // any(j >= len(r) for r in rs)
    std::string r1 = hidden("row");
    ExprPtr past = std::make_unique<Expr>(ExprKind::Compare, at);
    past->op_loc = at;
    past->cmp_ops.push_back(CmpOp::GtE);
    past->operands.push_back(name_expr(j, at));
    std::vector<ExprPtr> len_args;
    len_args.push_back(name_expr(r1, at));
    past->operands.push_back(call("len", std::move(len_args), at));
    ExprPtr short_row = comprehension(ExprKind::GenExp, std::move(past), name_expr(r1, at), name_expr(rs, at), at);
    std::vector<ExprPtr> any_args;
    any_args.push_back(std::move(short_row));
    ExprPtr no_rows = std::make_unique<Expr>(ExprKind::Unary, at);
    no_rows->unary_op = UnaryOp::Not;
    no_rows->operands.push_back(name_expr(rs, at));
    ExprPtr stop = std::make_unique<Expr>(ExprKind::BoolOp, at);
    stop->bool_op = BoolOpKind::Or;
    stop->op_loc = at;
    stop->operands.push_back(std::move(no_rows));
    stop->operands.push_back(call("any", std::move(any_args), at));
    StmtPtr test = stmt(StmtKind::If, at);
    test->value = std::move(stop);
    if (orelse) test->body.push_back(assign(ended, constant(true, at), at));
    test->body.push_back(stmt(StmtKind::Break, at));
    // t = tuple(r[j] for r in rs)
    std::string r2 = hidden("row");
    ExprPtr item = std::make_unique<Expr>(ExprKind::Subscript, at);
    item->operands.push_back(name_expr(r2, at));
    item->operands.push_back(name_expr(j, at));
    ExprPtr column = comprehension(ExprKind::GenExp, std::move(item), name_expr(r2, at), name_expr(rs, at), at);
    std::vector<ExprPtr> tuple_args;
    tuple_args.push_back(std::move(column));
    StmtPtr take = stmt(StmtKind::Assign, at);
    take->targets.push_back(std::move(loop->target));
    take->value = call("tuple", std::move(tuple_args), at);
    // for j in range(32767): test; take; body
    StmtPtr steps = stmt(StmtKind::For, loc);
    steps->target = name_expr(j, at);
    ExprPtr bound = std::make_unique<Expr>(ExprKind::Int, at);
    bound->int_text = "32767";
    bound->int_value = 32767;
    std::vector<ExprPtr> range_args;
    range_args.push_back(std::move(bound));
    steps->value = call("range", std::move(range_args), at);
    steps->body.push_back(std::move(test));
    steps->body.push_back(std::move(take));
    for (StmtPtr& b : loop->body) steps->body.push_back(std::move(b));
    out.push_back(std::move(steps));
    if (orelse) {
      StmtPtr tail = stmt(StmtKind::If, loc);
      tail->value = name_expr(ended, loc);
      tail->body = std::move(loop->orelse);
      out.push_back(std::move(tail));
    }
    return out;
  }

  // True if s is `a.x, b = v, w`: a field among the names and elements a tuple display of as many
  // values is unpacked into.
  static bool field_unpacking(const Stmt& s) {
    if (s.kind != StmtKind::Assign || s.targets.size() != 1 || s.value->kind != ExprKind::Tuple) return false;
    const Expr& t = *s.targets[0];
    if ((t.kind != ExprKind::Tuple && t.kind != ExprKind::List) || t.operands.size() != s.value->operands.size()) return false;
    bool field = false;
    for (const ExprPtr& item : t.operands) {
      if (item->starred_target) return false;
      field = field || item->kind == ExprKind::Attribute;
    }
    return field;
  }

  // True if s is `a.x, xs[i] = t`, t no tuple display: fields or elements among the names (no
  // nested tuple, no starred one) a value is unpacked into.
  static bool value_unpacking_into_places(const Stmt& s) {
    if (s.kind != StmtKind::Assign || s.targets.size() != 1 || s.value->kind == ExprKind::Tuple) return false;
    const Expr& t = *s.targets[0];
    if (t.kind != ExprKind::Tuple && t.kind != ExprKind::List) return false;
    bool place = false;
    for (const ExprPtr& item : t.operands) {
      if (item->starred_target || (item->kind != ExprKind::Name && item->kind != ExprKind::Attribute &&
                                   item->kind != ExprKind::Subscript))
        return false;
      place = place || item->kind != ExprKind::Name;
    }
    return place;
  }

  // `a.x, xs[i] = t` as CPython runs it: t unpacked into hidden variables, then each target
  // assigned in turn (`a.x = ` the first, then `xs[i] = ` the second, i read then).
  [[gnu::noinline]] std::vector<StmtPtr> lower_value_unpacking(Stmt& s) {
    std::vector<StmtPtr> out;
    std::vector<std::string> values;
    std::vector<ExprPtr>& targets = s.targets[0]->operands;
    ExprPtr names = std::make_unique<Expr>(s.targets[0]->kind, s.targets[0]->loc);
    for (const ExprPtr& t : targets) {
      values.push_back(hidden("value"));
      names->operands.push_back(name_expr(values.back(), t->loc));
    }
    StmtPtr unpack = stmt(StmtKind::Assign, s.loc);
    unpack->targets.push_back(std::move(names));
    unpack->value = std::move(s.value);
    out.push_back(std::move(unpack));
    store_each(targets, values, out);
    return out;
  }

  // `targets[i] = values[i]` for each i, in order, onto out (the hidden values' last reads).
  void store_each(std::vector<ExprPtr>& targets, const std::vector<std::string>& values, std::vector<StmtPtr>& out) {
    for (size_t i = 0; i < targets.size(); ++i) {
      SourceLoc at = targets[i]->loc;
      StmtPtr store = stmt(StmtKind::Assign, at);
      store->targets.push_back(std::move(targets[i]));
      store->value = last_read(values[i], at);
      out.push_back(std::move(store));
    }
  }

  // `a.x, b = v, w` as CPython runs it: v and w into hidden variables, then `a.x = ` the first,
  // `b = ` the second.
  [[gnu::noinline]] std::vector<StmtPtr> lower_field_unpacking(Stmt& s) {
    std::vector<StmtPtr> out;
    std::vector<std::string> values;
    for (ExprPtr& v : s.value->operands) {
      values.push_back(hidden("value"));
      SourceLoc at = v->loc;
      out.push_back(assign(values.back(), std::move(v), at));
    }
    std::vector<ExprPtr>& targets = s.targets[0]->operands;
    store_each(targets, values, out);
    return out;
  }

  std::string hidden(const std::string& base) {
    return base + kHiddenSep + std::to_string(group_) + kHiddenSep + std::to_string(++counter_);
  }

  // Hidden names shaped as what iterating `it` yields: (v0, v1) for zip(a, b), (i, (v0, v1)) for
  // enumerate(zip(a, b)), v for anything else.
  ExprPtr yield_pattern(const Expr& it, const std::string& context) {
    bool call = it.kind == ExprKind::Call && it.callee->kind == ExprKind::Name && !it.starred_arg &&
                it.keywords.empty() && !user_names_.count(it.callee->text);
    const std::string f = call ? it.callee->text : "";
    if (f == "zip" && it.operands.size() >= 2) {
      ExprPtr t = std::make_unique<Expr>(ExprKind::Tuple, it.loc);
      for (const ExprPtr& o : it.operands) t->operands.push_back(yield_pattern(*o, context));
      return t;
    }
    if (f == "enumerate" && (it.operands.size() == 1 || it.operands.size() == 2)) {  // (i, x) of enumerate(xs[, start])
      ExprPtr t = std::make_unique<Expr>(ExprKind::Tuple, it.loc);
      t->operands.push_back(name_expr(hidden(context), it.loc));
      t->operands.push_back(yield_pattern(*it.operands[0], context));
      return t;
    }
    return name_expr(hidden(context), it.loc);
  }

  // hex(x), oct(x), bin(x): the formatted string f"{x:#x}" (#o, #b), which they equal;
  // format(x) and format(x, "spec") (a literal spec) are f"{x}" and f"{x:spec}".
  bool format_builtin(ExprPtr& slot) {
    Expr& e = *slot;
    if (e.kind != ExprKind::Call || e.callee->kind != ExprKind::Name || e.operands.empty() || e.starred_arg ||
        !e.keywords.empty() || user_names_.count(e.callee->text))
      return false;
    const std::string& f = e.callee->text;
    std::string spec;
    if (f == "format" && e.operands.size() <= 2) {
      if (e.operands.size() == 2 && e.operands[1]->kind != ExprKind::Str)
        throw CompileError(e.operands[1]->loc, "format(x, spec) takes a string literal as its spec in kilopy: "
                                               "format(x, \">8\")");
      if (e.operands.size() == 2) spec = e.operands[1]->text;
    } else if (e.operands.size() == 1 && (f == "hex" || f == "oct" || f == "bin")) {
      spec = f == "hex" ? "#x" : f == "oct" ? "#o" : "#b";
    } else {
      return false;
    }
    ExprPtr text = std::make_unique<Expr>(ExprKind::Format, e.loc);
    FormatPiece field;
    field.field = 0;
    field.text = spec;
    field.loc = e.operands[0]->loc;
    text->format.push_back(field);
    text->operands.push_back(std::move(e.operands[0]));
    slot = std::move(text);
    return true;
  }

  // e is builtin `name` (no def or variable of the program's shadows it) called with one
  // positional argument, unstarred, and no keywords.
  bool builtin_call_of_one(const Expr& e, const char* name) const {
    return e.kind == ExprKind::Call && names_builtin(*e.callee, name) && e.operands.size() == 1 && !e.starred_arg &&
           e.keywords.empty();
  }

  // heapq.nlargest(n, xs, key=f) as sorted(xs, key=f, reverse=True)[:max(n, 0)], nsmallest
  // without the reverse: CPython's documented equivalents (its selection keeps the order of
  // equal keys, as the stable sort does), which kilopy's heapq module has only without key=.
  // n must be a name or a literal, so that evaluating it after xs and f changes nothing.
  bool keyed_selection(ExprPtr& slot) {
    Expr& e = *slot;
    if (e.kind != ExprKind::Call || e.operands.size() != 2 || e.starred_arg || e.keywords.size() != 1 ||
        e.keywords[0].name != "key" || e.keywords[0].value->kind == ExprKind::None)
      return false;
    const Expr& f = *e.callee;
    std::string function;
    if (f.kind == ExprKind::Attribute && f.operands[0]->kind == ExprKind::Name && heapq_modules_.count(f.operands[0]->text))
      function = f.text;
    else if (f.kind == ExprKind::Name && heapq_functions_.count(f.text))
      function = heapq_functions_.at(f.text);
    const Expr& n = *e.operands[0];
    bool plain = n.kind == ExprKind::Name || n.kind == ExprKind::Int ||
                 (n.kind == ExprKind::Unary && n.unary_op == UnaryOp::Neg && n.operands[0]->kind == ExprKind::Int);
    if ((function != "nlargest" && function != "nsmallest") || !plain ||
        user_names_.count("sorted") || user_names_.count("max"))
      return false;
    SourceLoc at = e.loc;
    ExprPtr sorted = std::make_unique<Expr>(ExprKind::Call, at);
    sorted->callee = name_expr("sorted", f.loc);
    sorted->operands.push_back(std::move(e.operands[1]));
    sorted->keywords.push_back(std::move(e.keywords[0]));
    if (function == "nlargest") sorted->keywords.push_back(Keyword{"reverse", constant(true, at), at, ""});
    ExprPtr count = std::make_unique<Expr>(ExprKind::Call, n.loc);
    count->callee = name_expr("max", n.loc);
    count->operands.push_back(std::move(e.operands[0]));
    count->operands.push_back(std::make_unique<Expr>(ExprKind::Int, n.loc));
    count->operands.back()->int_text = "0";
    ExprPtr slice = std::make_unique<Expr>(ExprKind::Slice, at);
    slice->operands.push_back(std::make_unique<Expr>(ExprKind::None, at));
    slice->operands.push_back(std::move(count));
    slice->operands.push_back(std::make_unique<Expr>(ExprKind::None, at));
    ExprPtr prefix = std::make_unique<Expr>(ExprKind::Subscript, at);
    prefix->operands.push_back(std::move(sorted));
    prefix->operands.push_back(std::move(slice));
    slot = std::move(prefix);
    return true;
  }

  // callee is builtin `name`: the name itself, no def or variable of the program shadowing it,
  // or collections.name where the module is bound only by `import collections` (link.cpp).
  bool names_builtin(const Expr& callee, const std::string& name) const {
    if (callee.kind == ExprKind::Name) return callee.text == name && !user_names_.count(name);
    return callee.kind == ExprKind::Attribute && callee.text == name && is_collections_name(name) &&
           callee.operands[0]->kind == ExprKind::Name && callee.operands[0]->text == "collections" && imports_collections_ &&
           !user_names_.count("collections");
  }

  // set(xs) is the comprehension {v for v in xs}; set(e for ...) and set([e for ...]) are
  // {e for ...} (the set is the same: adding an element has no effect but its bytes).
  bool set_of_iterable(ExprPtr& slot) {
    Expr& e = *slot;
    if (!builtin_call_of_one(e, "set")) return false;
    Expr& it = *e.operands[0];
    ExprPtr comp;
    if (it.kind == ExprKind::GenExp || it.kind == ExprKind::ListComp) {
      comp = std::make_unique<Expr>(ExprKind::SetComp, e.loc);
      comp->operands = std::move(it.operands);
      comp->clauses = std::move(it.clauses);
    } else {
      ExprPtr target = yield_pattern(it, "element"), element = copy_expr(*target);
      comp = comprehension(ExprKind::SetComp, std::move(element), std::move(target), std::move(e.operands[0]), e.loc);
    }
    slot = std::move(comp);
    return true;
  }

  // dict(xs) of pairs is the comprehension {k: v for k, v in xs}, its target marked "dict()" for
  // types.cpp, which takes only tuples of two (not a dict: dict(d) copies it); dict((k, v) for
  // ...) and dict([(k, v) for ...]) are {k: v for ...}.
  bool dict_of_pairs(ExprPtr& slot) {
    Expr& e = *slot;
    if (keys_with_value(slot) || dict_of_keywords(slot)) return true;
    if (!builtin_call_of_one(e, "dict")) return false;
    Expr& it = *e.operands[0];
    ExprPtr comp = std::make_unique<Expr>(ExprKind::DictComp, e.loc);
    bool pair_display = (it.kind == ExprKind::GenExp || it.kind == ExprKind::ListComp) && it.operands[0]->kind == ExprKind::Tuple &&
                        it.operands[0]->operands.size() == 2;
    if (pair_display) {
      comp->operands = std::move(it.operands[0]->operands);
      comp->clauses = std::move(it.clauses);
    } else {
      std::string k = hidden("key"), v = hidden("value");
      ExprPtr pair = std::make_unique<Expr>(ExprKind::Tuple, it.loc);
      pair->text = "dict()";
      pair->operands.push_back(name_expr(k, it.loc));
      pair->operands.push_back(name_expr(v, it.loc));
      comp->operands.push_back(name_expr(k, it.loc));
      comp->operands.push_back(name_expr(v, it.loc));
      comp->clauses.emplace_back();
      comp->clauses.back().target = std::move(pair);
      comp->clauses.back().value = std::move(e.operands[0]);
    }
    slot = std::move(comp);
    return true;
  }

  // dict(name=v, ...) is the display {"name": v, ...} (a record where the values differ in type).
  bool dict_of_keywords(ExprPtr& slot) {
    Expr& e = *slot;
    if (e.kind != ExprKind::Call || !names_builtin(*e.callee, "dict") || !e.operands.empty() || e.starred_arg ||
        e.keywords.empty() || std::any_of(e.keywords.begin(), e.keywords.end(), [](const Keyword& k) { return k.name.empty(); }))
      return false;
    ExprPtr display = std::make_unique<Expr>(ExprKind::Dict, e.loc);
    for (Keyword& k : e.keywords) {
      ExprPtr key = std::make_unique<Expr>(ExprKind::Str, k.loc);
      key->text = k.name;
      display->operands.push_back(std::move(key));
      display->operands.push_back(std::move(k.value));
    }
    slot = std::move(display);
    return true;
  }

  // dict.fromkeys(xs, v), v an int, bool or str literal: {k: v for k in xs}.
  bool keys_with_value(ExprPtr& slot) {
    Expr& e = *slot;
    if (e.kind != ExprKind::Call || e.callee->kind != ExprKind::Attribute || e.callee->text != "fromkeys" ||
        e.callee->operands[0]->kind != ExprKind::Name || e.callee->operands[0]->text != "dict" || user_names_.count("dict") ||
        e.operands.empty() || e.operands.size() > 2 || !e.keywords.empty() || e.starred_arg)
      return false;
    if (e.operands.size() == 1)
      throw CompileError(e.loc, "dict.fromkeys(xs) gives every key the value None, and a kilopy dict does not hold None "
                                "values: give the value, dict.fromkeys(xs, 0), or use a set");
    const Expr& v = *e.operands[1];
    bool negative = v.kind == ExprKind::Unary && v.unary_op == UnaryOp::Neg && v.operands[0]->kind == ExprKind::Int;
    if ((!is_constant(v) && !negative) || v.kind == ExprKind::None)
      throw CompileError(v.loc, "kilopy's dict.fromkeys(xs, v) takes v as an int, bool or str literal (every key gets "
                                "that one value, read once): write {k: v for k in xs}");
    SourceLoc at = e.loc;
    std::string k = hidden("key");
    ExprPtr comp = std::make_unique<Expr>(ExprKind::DictComp, at);
    comp->operands.push_back(name_expr(k, at));
    comp->operands.push_back(std::move(e.operands[1]));
    comp->clauses.emplace_back();
    comp->clauses.back().target = name_expr(k, at);
    comp->clauses.back().value = std::move(e.operands[0]);
    slot = std::move(comp);
    return true;
  }

  // next(iter(xs)) and next(iter(xs), d), the first element (a dict's first key): the reduction
  // next((v for v in xs), default=d), lowered as min is (lower()): a loop that takes one element.
  // next(gen, d) of a generator expression (or a generator: iterate_generator_arguments) the same.
  bool first_of_iterable(ExprPtr& slot) {
    Expr& e = *slot;
    if (e.kind == ExprKind::Call && e.callee->kind == ExprKind::Name && e.callee->text == "next" &&
        !user_names_.count("next") && !e.operands.empty() && e.operands[0]->kind == ExprKind::GenExp) {
      if (!e.keywords.empty()) throw CompileError(e.keywords[0].loc, "next() takes no keyword arguments");
      if (e.operands.size() == 2) {  // next(gen, default): its default as the lowering's keyword
        SourceLoc at = e.operands[1]->loc;
        e.keywords.push_back(Keyword{"default", std::move(e.operands[1]), at, ""});
        e.operands.pop_back();
      }
      return true;
    }
    auto builtin_call = [&](const Expr& c, const char* name) {
      return c.kind == ExprKind::Call && c.callee->kind == ExprKind::Name && c.callee->text == name && !c.starred_arg &&
             c.keywords.empty() && !user_names_.count(name);
    };
    if (!builtin_call(e, "next") || e.operands.empty() || e.operands.size() > 2 || !builtin_call(*e.operands[0], "iter") ||
        e.operands[0]->operands.size() != 1)
      return false;
    ExprPtr it = std::move(e.operands[0]->operands[0]);
    SourceLoc at = it->loc;
    ExprPtr target = yield_pattern(*it, "element"), element = copy_expr(*target);
    ExprPtr gen = comprehension(ExprKind::GenExp, std::move(element), std::move(target), std::move(it), at);
    if (e.operands.size() == 2) {
      SourceLoc at = e.operands[1]->loc;
      e.keywords.push_back(Keyword{"default", std::move(e.operands[1]), at, ""});
    }
    e.operands.clear();
    e.operands.push_back(std::move(gen));
    return true;
  }

  // The builtin sorted(...) with reverse= no literal, else null.
  Keyword* variable_reverse(Expr& e) const {
    if (e.kind != ExprKind::Call || e.callee->kind != ExprKind::Name || e.callee->text != "sorted" ||
        user_names_.count("sorted") || e.starred_arg)
      return nullptr;
    for (Keyword& k : e.keywords)
      if (k.name == "reverse" && k.value->kind != ExprKind::Bool && k.lambda.empty()) return &k;
    return nullptr;
  }

  // `v = sorted(xs, key=k, reverse=r)` (or `return ...`), r no literal: xs and then r into hidden
  // names, in CPython's order, then reverse_chosen.
  void unfold_sorted_reverse(Stmt& s, std::vector<StmtPtr>& before) {
    if ((s.kind != StmtKind::Assign && s.kind != StmtKind::Return) || !s.value) return;
    Keyword* reverse = variable_reverse(*s.value);
    if (!reverse) return;
    for (ExprPtr& o : s.value->operands)
      if (!is_constant(*o)) hoist(o, before);
    for (Keyword& k : s.value->keywords)
      if (k.name != "key" && &k != reverse && !is_constant(*k.value)) hoist(k.value, before);
    if (!is_constant(*reverse->value)) hoist(reverse->value, before);
    reverse_chosen(s.value);
  }

  // sorted(xs, reverse=r), r a name (of a value read after xs: unfold_sort, unfold_sorted_reverse):
  // `sorted(xs, reverse=True) if r else sorted(xs, reverse=False)` (the lowering's order is
  // fixed). types.cpp checks r is an int or a bool, as CPython's sorted() does.
  void reverse_chosen(ExprPtr& slot) {
    Expr& e = *slot;
    Keyword* reverse = variable_reverse(e);
    if (!reverse) return;
    SourceLoc at = reverse->value->loc;
    ExprPtr flag = std::move(reverse->value);
    reverse->value = constant(false, at);
    ExprPtr ascending = copy_expr(e);
    reverse->value = constant(true, at);
    ExprPtr choice = std::make_unique<Expr>(ExprKind::IfExp, e.loc);
    choice->text = kReverseFlag;
    choice->operands.push_back(std::move(flag));
    choice->operands.push_back(std::move(slot));
    choice->operands.push_back(std::move(ascending));
    slot = std::move(choice);
  }

  // sorted(xs, key=k, reverse=r) anywhere, with xs and r names or constants (r maybe `not`
  // one) and k a name or a lambda: reverse_chosen in place (reading r before xs changes nothing, as reading a name does
  // nothing else).
  void plain_sorted_reverse(ExprPtr& slot) {
    Expr* e = slot.get();
    if (!variable_reverse(*e)) return;
    std::function<bool(const Expr&)> plain = [&](const Expr& x) {
      return x.kind == ExprKind::Name || is_constant(x) || (x.kind == ExprKind::Unary && x.unary_op == UnaryOp::Not && plain(*x.operands[0]));
    };
    for (const ExprPtr& o : e->operands)
      if (!plain(*o)) return;
    for (const Keyword& k : e->keywords)
      if (!plain(*k.value) && k.lambda.empty()) return;
    reverse_chosen(slot);
  }

  // `c and x or y` with x a literal that is true (a non-empty str, a non-zero int, True): `x if c
  // else y`, its value (the and's false value never is), of one type. c's values are only tested.
  [[gnu::noinline]] static void and_or_choice(ExprPtr& slot) {
    Expr& e = *slot;
    if (e.kind != ExprKind::BoolOp || e.bool_op != BoolOpKind::Or || e.operands[0]->kind != ExprKind::BoolOp ||
        e.operands[0]->bool_op != BoolOpKind::And)
      return;
    Expr& both = *e.operands[0];
    const Expr& x = *both.operands.back();
    bool true_literal = (x.kind == ExprKind::Str && !x.text.empty()) || (x.kind == ExprKind::Bool && x.bool_value) ||
                        (x.kind == ExprKind::Int && x.int_text != "0" && x.int_value != 0);
    if (!true_literal) return;
    SourceLoc loc = e.loc;
    ExprPtr choice = std::make_unique<Expr>(ExprKind::IfExp, loc);
    ExprPtr value = std::move(both.operands.back());
    both.operands.pop_back();
    ExprPtr test = both.operands.size() == 1 ? std::move(both.operands[0]) : std::move(e.operands[0]);
    ExprPtr otherwise;
    if (e.operands.size() == 2) {
      otherwise = std::move(e.operands[1]);
    } else {  // c and x or y or z: y or z
      e.operands.erase(e.operands.begin());
      otherwise = std::move(slot);
      otherwise->loc = otherwise->operands[0]->loc;
    }
    choice->operands.push_back(std::move(test));
    choice->operands.push_back(std::move(value));
    choice->operands.push_back(std::move(otherwise));
    slot = std::move(choice);
    and_or_choice(slot->operands[2]);
  }

  // print(..., flush=True or False) without its flush: kilopy writes as it prints.
  [[gnu::noinline]] void drop_flush(Expr& e) const {
    if (e.kind != ExprKind::Call || e.callee->kind != ExprKind::Name || e.callee->text != "print" || user_names_.count("print"))
      return;
    e.keywords.erase(std::remove_if(e.keywords.begin(), e.keywords.end(),
                                    [](const Keyword& k) { return k.name == "flush" && k.value->kind == ExprKind::Bool; }),
                     e.keywords.end());
  }

  // list(zip(a, b)), sorted(enumerate(xs)), sum(reversed(xs)), max(d.values()), sum(range(n)), ...:
  // the iterator becomes the generator expression ((v0, v1) for v0, v1 in zip(a, b)), which those
  // builtins take.
  void consume_iterators(ExprPtr& slot) {
    for_each_part(*slot, [&](ExprPtr& p) { consume_iterators(p); });
    if (keyed_selection(slot)) {
      consume_iterators(slot->operands[0]);  // the sorted() call
      return;
    }
    and_or_choice(slot);
    plain_sorted_reverse(slot);
    Expr& e = *slot;
    if (format_builtin(slot)) return;
    if (e.kind == ExprKind::Call && e.callee->kind == ExprKind::Attribute && e.callee->text == "join" &&
        e.operands.size() == 1 && e.operands[0]->kind == ExprKind::GenExp) {
      e.operands[0]->kind = ExprKind::ListComp;  // sep.join(gen): join takes the whole list first, as CPython does
      return;
    }
    if (e.kind == ExprKind::Call && e.callee->kind == ExprKind::Attribute && e.callee->text == "extend" &&
        e.operands.size() == 1 && e.operands[0]->kind == ExprKind::Tuple) {
      e.operands[0]->kind = ExprKind::List;  // xs.extend((a, b)): a list's elements are the tuple's, in order
      return;
    }
    // Counter(gen) counts the whole list of it (types.cpp); deque(gen) holds it
    bool counter = builtin_call_of_one(e, "Counter") || builtin_call_of_one(e, "deque");
    if (counter && e.operands[0]->kind == ExprKind::GenExp) {
      e.operands[0]->kind = ExprKind::ListComp;
      return;
    }
    drop_flush(e);
    if (set_of_iterable(slot) || dict_of_pairs(slot) || first_of_iterable(slot)) return;
    static const std::set<std::string> consumers = {"list", "tuple", "sorted", "sum", "min", "max", "any", "all", "Counter", "deque"};
    bool join = e.kind == ExprKind::Call && e.callee->kind == ExprKind::Attribute && e.callee->text == "join";
    if (e.kind != ExprKind::Call || e.operands.size() != 1 || e.starred_arg ||
        !(join || (consumers.count(e.callee->text) && names_builtin(*e.callee, e.callee->text))))
      return;
    Expr& it = *e.operands[0];
    if (it.kind != ExprKind::Call || (it.starred_arg && !zip_star(it)) || !it.keywords.empty()) return;
    // x.keys(), x.values(), x.items(): a dict's views (or any method's result: iterating it
    // into a new list is the same)
    bool view = it.callee->kind == ExprKind::Attribute && it.operands.empty() &&
                (it.callee->text == "keys" || it.callee->text == "values" || it.callee->text == "items");
    if (!view && (it.callee->kind != ExprKind::Name || user_names_.count(it.callee->text))) return;
    const std::string& f = it.callee->text;
    bool range = f == "range" && !join && e.callee->text != "list" && e.callee->text != "tuple";  // those take a range
    if (!view && !range && !(f == "zip" && (it.operands.size() >= 2 || zip_star(it))) &&
        !(f == "enumerate" && (it.operands.size() == 1 || it.operands.size() == 2)) && !(f == "reversed" && it.operands.size() == 1))
      return;
    SourceLoc loc = it.loc;
    bool keyed = std::any_of(e.keywords.begin(), e.keywords.end(), [](const Keyword& k) { return k.name == "key"; });
    if (f == "items" && view && !keyed && e.callee->text == "sorted") e.text = kSortedItems;  // types.cpp: by the keys alone
    ExprPtr target = yield_pattern(it, f), element = copy_expr(*target);
    e.operands[0] = comprehension(keyed || join || counter ? ExprKind::ListComp : ExprKind::GenExp,  // key=, join and Counter take a list
                                  std::move(element), std::move(target), std::move(e.operands[0]), loc);
  }

  // `while c: body`, c holding a comprehension, as `while True: if not c: break` then body:
  // c is evaluated before each pass, as CPython does (a continue goes to it too).
  static void test_in_body(Stmt& s) {
    SourceLoc at = s.value->loc;
    StmtPtr exit = stmt(StmtKind::If, at);
    exit->value = std::make_unique<Expr>(ExprKind::Unary, at);
    exit->value->unary_op = UnaryOp::Not;
    exit->value->op_loc = at;
    exit->value->operands.push_back(std::move(s.value));
    exit->body.push_back(stmt(StmtKind::Break, at));
    s.value = constant(true, at);
    s.body.insert(s.body.begin(), std::move(exit));
  }

  // xs[i] = v and xs[i] op= v, xs a name and i holding a comprehension: `t = v` (for =) and `k = i`
  // before s, which becomes xs[k] = t, xs[k] op= v: CPython evaluates v, then xs and i, then
  // stores (op=: xs, i, then v); xs, a name, is read after i all the same.
  void unfold_target_index(Stmt& s, std::vector<StmtPtr>& before) {
    if (!(s.kind == StmtKind::Assign && s.targets.size() == 1) && s.kind != StmtKind::AugAssign) return;
    Expr& t = s.kind == StmtKind::Assign ? *s.targets[0] : *s.target;
    if (t.kind != ExprKind::Subscript || t.operands[0]->kind != ExprKind::Name || t.operands[1]->kind == ExprKind::Slice ||
        !contains_comprehension(*t.operands[1]))
      return;
    SourceLoc at = t.operands[1]->loc;
    if (s.kind == StmtKind::Assign) {
      std::string v = hidden("value");
      SourceLoc vat = s.value->loc;
      before.push_back(assign(v, std::move(s.value), vat));
      s.value = last_read(v, vat);
    }
    std::string k = hidden("index");
    before.push_back(assign(k, std::move(t.operands[1]), at));
    t.operands[1] = name_expr(k, at);
  }

  // The comprehensions in s's expressions, as statements to run before s.
  [[gnu::noinline]] std::vector<StmtPtr> statement(Stmt& s) {
    std::vector<StmtPtr> before;
    for_each_child_slot(s, [&](ExprPtr& slot, Use use) {
      if (use == Use::Read) consume_iterators(slot);
    }, [](std::vector<StmtPtr>&) {});
    if (s.kind == StmtKind::Expr) unfold_sort(s, before);
    unfold_sorted_reverse(s, before);
    unfold_target_index(s, before);
    if (s.kind == StmtKind::AugAssign && contains_comprehension(*s.value)) unfold_augmented(s, before);
    if (s.kind == StmtKind::While && s.orelse.empty() && contains_comprehension(*s.value)) test_in_body(s);
    for_each_child_slot(s, [&](ExprPtr& slot, Use use) {
      if (!contains_comprehension(*slot)) return;
      const Expr& first = first_comprehension(*slot);
      if (s.kind == StmtKind::While)
        throw CompileError(first.loc, what(first) + " in the condition of a while loop with an else block is not supported "
                                      "in kilopy: compute it into a variable before the loop and again at the end of its body");
      if (use != Use::Read || s.kind == StmtKind::Def)
        throw CompileError(first.loc, what(first) + (s.kind == StmtKind::Def ? " in a parameter's default" : " in an assignment's "
                                      "target") + " is not supported here in kilopy: compute it into a variable first");
      ExprPtr* test = &slot;  // `if not (a or any(...))` too: a while loop's test (test_in_body)
      while ((*test)->kind == ExprKind::Unary && (*test)->unary_op == UnaryOp::Not) test = &(*test)->operands[0];
      if (s.kind == StmtKind::If && &slot == &s.value && (*test)->kind == ExprKind::BoolOp && branch_has_comprehension(**test))
        for (ExprPtr& o : (*test)->operands) {  // only its truth is read: lift's variable a bool
          SourceLoc at = o->loc;
          ExprPtr truth = std::make_unique<Expr>(ExprKind::Call, at);
          truth->callee = name_expr("bool", at);
          truth->operands.push_back(std::move(o));
          o = std::move(truth);
        }
      std::vector<ExprPtr*> done;
      walk(slot, false, done, before);
    }, [](std::vector<StmtPtr>&) {});
    return before;
  }

  // `t op= e` as CPython runs it, when e holds a comprehension: the target's parts (a
  // subscript's container and index, a field's object) and its value are read first (`w, i, v
  // = w, i, w[i]`), then e, then `v op= e` (in place: a list extends) and `w[i] = v`.
  void unfold_augmented(Stmt& s, std::vector<StmtPtr>& before) {
    ExprPtr target = std::move(s.target);
    if (target->kind == ExprKind::Subscript)
      for (ExprPtr& part : target->operands) hoist(part, before);
    if (target->kind == ExprKind::Attribute && target->operands[0]->kind != ExprKind::Name)  // a name may be a class's
      hoist(target->operands[0], before);
    ExprPtr read = copy_expr(*target);
    SourceLoc at = target->loc;
    std::string value = hidden("value"), operand = hidden("value");
    before.push_back(assign(value, std::move(read), at));
    SourceLoc value_at = s.value->loc;
    before.push_back(assign(operand, std::move(s.value), value_at));
    StmtPtr apply = stmt(StmtKind::AugAssign, s.loc);  // in place, as CPython's op= on the value read
    apply->aug_op = s.aug_op;
    apply->target = name_expr(value, at);
    apply->value = last_read(operand, at);
    before.push_back(std::move(apply));
    s.kind = StmtKind::Assign;
    s.targets.push_back(std::move(target));
    s.value = last_read(value, at);
  }

  bool contains_comprehension(Expr& e) const {
    if (is_comprehension(e) || key_call(e) || late_format(e) || divmod_of_calls(e) || or_of_kept_first(e)) return true;
    bool found = false;
    for_each_operand_slot(e, [&](ExprPtr& o) { found = found || contains_comprehension(*o); });
    return found;
  }

  const Expr& first_comprehension(Expr& e) const {
    if (is_comprehension(e) || key_call(e) || late_format(e) || divmod_of_calls(e) || or_of_kept_first(e)) return e;
    const Expr* found = nullptr;
    for_each_operand_slot(e, [&](ExprPtr& o) {
      if (!found && contains_comprehension(*o)) found = &first_comprehension(*o);
    });
    return *found;
  }

  // A str.format() or % (not an f-string-like %) whose values CPython evaluates all before it
  // formats any, where formatting each as it is evaluated (codegen format_value) could show:
  // a value with a call beside another, or one its fields format twice (but a name's). Its
  // values are lowered into hidden variables first (lower_late_format). A print() argument is
  // not one: print evaluates every value first itself (codegen print); print_arguments_ has those.
  bool late_format(const Expr& e) const {
    if (e.kind != ExprKind::Format || !e.formats_late || print_arguments_.count(&e)) return false;
    std::vector<unsigned> uses(e.operands.size(), 0);
    for (const FormatPiece& p : e.format)
      if (p.field >= 0) ++uses[size_t(p.field)];
    bool call = false, twice = false;
    for (size_t i = 0; i < e.operands.size(); ++i) {
      call = call || has_call(*e.operands[i]);
      twice = twice || (uses[i] > 1 && !is_constant(*e.operands[i]) && e.operands[i]->kind != ExprKind::Name);
    }
    return (call && e.operands.size() > 1) || twice;
  }

  // part := a new hidden name, assigned part's value in `before`.
  void hoist(ExprPtr& part, std::vector<StmtPtr>& before, const char* kind = "value") {
    SourceLoc at = part->loc;
    std::string h = hidden(kind);
    before.push_back(assign(h, std::move(part), at));
    part = name_expr(h, at);
  }

  // Each value of a late_format that is no constant into a hidden variable, in order, before it.
  ExprPtr lower_late_format(ExprPtr slot, std::vector<StmtPtr>& before) {
    for (ExprPtr& o : slot->operands)
      if (!is_constant(*o)) hoist(o, before);
    return slot;
  }

  // Walks slot in evaluation order. `done` holds the largest parts already evaluated, which
  // a comprehension with effects moves before itself, in order, into hidden variables.
  // `conditional`: slot may not run (after and/or, in a conditional expression's branch).
  void walk(ExprPtr& slot, bool conditional, std::vector<ExprPtr*>& done, std::vector<StmtPtr>& before) {
    Expr& e = *slot;
    if (e.kind == ExprKind::GenExp)
      throw CompileError(e.loc, "generator expressions are supported only as the argument of sum, min, max, any, all, "
                                "list, tuple, sorted, set, str.join and list.extend, or iterated by a for loop or a "
                                "comprehension in kilopy: use a list comprehension");
    bool lowered = is_comprehension(e) || reduction_call(e) || key_call(e) || late_format(e) || divmod_of_calls(e) || or_of_kept_first(e);
    if (lowered || branch_has_comprehension(e)) {
      if (conditional)
        throw CompileError(e.loc, what(e) + " in the later operands of a chained comparison is not supported in "
                                  "kilopy: compare in two steps");
      hoist_done(e, done, before);
      bool text = printed_alone_.count(&e) > 0;
      slot = lowered ? lower(std::move(slot), before) : text ? lift_text(std::move(slot), before) : lift(std::move(slot), before);
      done.push_back(&slot);
      return;
    }
    if (!contains_comprehension(e)) {
      done.push_back(&slot);
      return;
    }
    size_t mark = done.size();
    unsigned hoists = hoists_;
    size_t index = 0;
    if (e.kind == ExprKind::Format && !e.formats_late)  // its fields are text where evaluated: hoist_done keeps that
      for (size_t i = 0; i < e.operands.size(); ++i) fstring_fields_[&e.operands[i]] = {&e, i};
    for_each_operand_slot(e, [&](ExprPtr& o) {
      bool branch = e.kind == ExprKind::Compare && index > 1;
      ++index;
      if (e.kind == ExprKind::Call && &o == &e.callee &&
          (o->kind == ExprKind::Name || names_builtin(*o, o->text) ||
           (o->kind == ExprKind::Attribute && o->operands[0]->kind == ExprKind::Name && module_names_.count(o->operands[0]->text))))
        return;  // a function, not a value (collections.deque, math.isqrt too)
      if (e.kind == ExprKind::Call && &o == &e.callee && o->kind == ExprKind::Attribute) {  // a method: its object first
        walk(o->operands[0], conditional, done, before);
        return;
      }
      if (nested_width_text(e, index - 1)) {  // f"{x:{w}}": the Format that pads x's text stays; x may be hoisted
        for (size_t i = 0; i < o->operands.size(); ++i)  // as its text where converted (!s, !r): an int or a str as is
          if (o->format.size() == 1 && o->format[0].field == int(i) && o->format[0].conversion)
            fstring_fields_[&o->operands[i]] = {o.get(), i};
        for (ExprPtr& x : o->operands) walk(x, conditional, done, before);
        return;
      }
      walk(o, conditional || branch, done, before);
    });
    // e's parts give way to e; a hoist among them emptied `done` (the parts before e went too)
    if (hoists_ != hoists) done.clear();
    else done.resize(mark);
    done.push_back(&slot);
  }

  // True if operand i of e is the Format of a field padded to a nested width (f"{x:{w}}"), which
  // the checker and codegen read in place.
  static bool nested_width_text(const Expr& e, size_t i) {
    if (e.kind != ExprKind::Format || e.operands[i]->kind != ExprKind::Format) return false;
    for (const FormatPiece& p : e.format)
      if (p.width >= 0 && size_t(p.field) == i) return true;
    return false;
  }

  // True if e is `and`/`or` or a conditional expression with a comprehension in an operand
  // that may not run.
  bool branch_has_comprehension(Expr& e) const {
    if (e.kind != ExprKind::BoolOp && e.kind != ExprKind::IfExp) return false;
    for (size_t i = 1; i < e.operands.size(); ++i)
      if (contains_comprehension(*e.operands[i])) return true;
    return false;
  }

  // `a and b` as `t = a; if t: t = b` (`or`: `if not t`), `b if c else d` as `if c: t = b
  // else: t = d`, into `before`; returns t. The comprehensions inside are lowered in turn
  // when `before` is.
  ExprPtr lift(ExprPtr slot, std::vector<StmtPtr>& before) {
    Expr& e = *slot;
    std::string t = hidden(e.kind == ExprKind::IfExp ? "conditional" : e.bool_op == BoolOpKind::And ? "and" : "or");
    if (e.kind == ExprKind::IfExp) {
      StmtPtr s = stmt(StmtKind::If, e.loc);
      s->value = std::move(e.operands[0]);
      s->body.push_back(assign(t, std::move(e.operands[1]), e.loc));
      s->orelse.push_back(assign(t, std::move(e.operands[2]), e.loc));
      before.push_back(std::move(s));
      return last_read(t, e.loc);
    }
    before.push_back(assign(t, std::move(e.operands[0]), e.loc));
    std::vector<StmtPtr>* into = &before;
    for (size_t i = 1; i < e.operands.size(); ++i) {
      SourceLoc loc = e.operands[i]->loc;
      StmtPtr s = stmt(StmtKind::If, loc);
      s->value = name_expr(t, loc);
      if (e.bool_op == BoolOpKind::Or) {
        ExprPtr n = std::make_unique<Expr>(ExprKind::Unary, loc);
        n->unary_op = UnaryOp::Not;
        n->operands.push_back(std::move(s->value));
        s->value = std::move(n);
      }
      s->body.push_back(assign(t, std::move(e.operands[i]), loc));
      into->push_back(std::move(s));
      into = &into->back()->body;
    }
    return last_read(t, e.loc);
  }

  // lift() of what print() shows beside literals only, whose branches may be of two types:
  // `b if c else d` as `if c: t = str(b) else: t = str(d)`, `a or b` as `h = a; if h: t = str(h)
  // else: t = str(b)` (and: the branches swapped). print(x) writes str(x), and nothing else it
  // evaluates can change x before it does.
  ExprPtr lift_text(ExprPtr slot, std::vector<StmtPtr>& before) {
    Expr& e = *slot;
    if (e.kind == ExprKind::BoolOp && e.operands.size() != 2) return lift(std::move(slot), before);
    auto text = [](ExprPtr v) {
      SourceLoc at = v->loc;
      ExprPtr call = std::make_unique<Expr>(ExprKind::Call, at);
      call->callee = name_expr("str", at);
      call->operands.push_back(std::move(v));
      return call;
    };
    std::string t = hidden("conditional");
    StmtPtr s = stmt(StmtKind::If, e.loc);
    if (e.kind == ExprKind::IfExp) {
      s->value = std::move(e.operands[0]);
      s->body.push_back(assign(t, text(std::move(e.operands[1])), e.loc));
      s->orelse.push_back(assign(t, text(std::move(e.operands[2])), e.loc));
    } else {
      std::string h = hidden(e.bool_op == BoolOpKind::And ? "and" : "or");
      SourceLoc at = e.operands[0]->loc;
      before.push_back(assign(h, std::move(e.operands[0]), at));
      s->value = name_expr(h, at);
      ExprPtr first = text(name_expr(h, at)), second = text(std::move(e.operands[1]));
      bool is_or = e.bool_op == BoolOpKind::Or;
      s->body.push_back(assign(t, is_or ? std::move(first) : std::move(second), e.loc));
      s->orelse.push_back(assign(t, is_or ? std::move(second) : std::move(first), e.loc));
    }
    before.push_back(std::move(s));
    return last_read(t, e.loc);
  }

  // sum/min/max/any/all (and list/sorted where kilopy has them) of a generator expression.
  // Keywords: min/max's `default=` and sorted's `reverse=`.
  // sum's second argument, its start: sum(gen, start).
  bool reduction_call(const Expr& e) const {
    if (e.kind != ExprKind::Call || e.callee->kind != ExprKind::Name || e.operands.empty() ||
        e.operands[0]->kind != ExprKind::GenExp || user_names_.count(e.callee->text))
      return false;
    const std::string& f = e.callee->text;
    if (e.operands.size() == 2 && f == "sum" && e.keywords.empty()) {
      check_argument_order("start", *e.operands[1], *e.operands[0]);
      return true;
    }
    if (e.operands.size() != 1) return false;
    const char* keyword = f == "min" || f == "max" || f == "next" ? "default" : f == "sorted" ? "reverse" : nullptr;
    for (const Keyword& k : e.keywords) {
      if (!keyword || k.name != keyword) return false;
      check_argument_order(k.name + "=", *k.value, *e.operands[0]);
    }
    if (f == "sum" || f == "min" || f == "max" || f == "any" || f == "all" || f == "next") return true;
    return (f == "list" || f == "tuple" || f == "sorted") && find_builtin(f);
  }

  // CPython evaluates an argument after the generator expression (its first iterable) and
  // before the generator runs; the lowering evaluates it before the loop (sum's start) or after
  // it (a keyword). The two agree when the argument v is a constant, or a name the generator
  // cannot rebind or observe being read.
  static void check_argument_order(const std::string& what, const Expr& v, Expr& gen) {
    bool constant = is_constant(v) || (v.kind == ExprKind::Unary && v.unary_op == UnaryOp::Neg &&
                                       v.operands[0]->kind == ExprKind::Int);
    if (constant || (v.kind == ExprKind::Name && !has_effects(gen))) return;
    throw CompileError(v.loc, "kilopy takes `" + what + "` of a generator expression only as a constant, or a name where "
                              "the generator expression calls nothing (CPython reads it before the generator runs, "
                              "kilopy after): pass a list comprehension instead of the generator expression, or a "
                              "constant");
  }

  // What a lowered expression is, for messages.
  std::string what(const Expr& e) const {
    return key_call(e)         ? "a call with key="
           : late_format(e)    ? "a str.format() or % whose values call functions"
           : divmod_of_calls(e) ? "a divmod() of a call"
           : or_of_kept_first(e)      ? "`d.get(k) or ...` (`f(x) or ...`)"
                               : "a comprehension";
  }

  // divmod(a, b) with a call or a comprehension in a or b: types.cpp makes it (a // b, a % b),
  // which reads a and b twice, so lower() first puts them in hidden names.
  bool divmod_of_calls(const Expr& e) const {
    if (e.kind != ExprKind::Call || e.callee->kind != ExprKind::Name || e.callee->text != "divmod" ||
        user_names_.count("divmod") || e.operands.size() != 2 || e.starred_arg || !e.keywords.empty())
      return false;
    std::function<bool(const Expr&)> calls = [&](const Expr& x) {
      return x.kind == ExprKind::Call || is_comprehension(x) || any_operand(x, calls);
    };
    return calls(*e.operands[0]) || calls(*e.operands[1]);
  }

  // `x.get(k) or y` (`and`), whose first operand lower() keeps in a hidden name first: d.get(k)
  // may be None, which the checks take in and/or only from a name (types.cpp name_and_or). So is a call's
  // value in `f(x) or y` printed or formatted (print(problems(xs) or "all good")), whose text
  // types.cpp takes from either value (text_of_branches), reading the first twice.
  bool or_of_kept_first(const Expr& e) const {
    if (e.kind != ExprKind::BoolOp) return false;
    const Expr& g = *e.operands[0];
    bool shown = shown_bool_ops_.count(&e) && e.operands.size() == 2 && g.kind == ExprKind::Call;
    if (!shown && (g.kind != ExprKind::Call || g.callee->kind != ExprKind::Attribute || g.callee->text != "get" ||
                   g.operands.size() != 1 || g.starred_arg || !g.keywords.empty()))
      return false;
    for (size_t i = 1; i < e.operands.size(); ++i)
      if (contains_comprehension(*e.operands[i])) return false;  // lifted whole (branch_has_comprehension)
    return true;
  }

  // min, max or sorted with key= (the builtin, not a function of the program).
  bool key_call(const Expr& e) const {
    if (e.kind != ExprKind::Call || e.callee->kind != ExprKind::Name || user_names_.count(e.callee->text)) return false;
    const std::string& f = e.callee->text;
    if (f != "min" && f != "max" && f != "sorted") return false;
    for (const Keyword& k : e.keywords)
      if (k.name == "key") return true;
    return false;
  }

  // The key of element x of seq: key(x), for key=lambda p: body its body with p renamed x;
  // key=None: x; key=str.lower: x.lower(); key=obj.m (a bound method): obj.m(x); max(d, key=d.get), the idiom over a dict's own keys: d.get(x, d[x]), which
  // is d[x] for a dict and refused like any .get for what is not one.
  static ExprPtr key_of(const Keyword& key, const Expr& seq, const std::string& x, SourceLoc at) {
    const Expr& k = *key.value;
    if (!key.lambda.empty()) {
      ExprPtr body = copy_expr(k);
      rename(*body, {{key.lambda, x}});
      mark_free_reads(*body);
      return body;
    }
    if (k.kind == ExprKind::None) return name_expr(x, at);
    if (k.kind == ExprKind::Attribute && k.text == "get" && k.operands[0]->kind == ExprKind::Name &&
        seq.kind == ExprKind::Name && seq.text == k.operands[0]->text) {
      const std::string& d = seq.text;
      ExprPtr item = std::make_unique<Expr>(ExprKind::Subscript, at);
      item->operands.push_back(name_expr(d, at));
      item->operands.push_back(name_expr(x, at));
      std::vector<ExprPtr> args;
      args.push_back(name_expr(x, at));
      args.push_back(std::move(item));
      ExprPtr call = method_call(d, "get", std::move(args), k.loc);
      call->text = "key=d.get";  // types.cpp: CPython reads d.get before it iterates d
      return call;
    }
    if (k.kind == ExprKind::Attribute && k.operands[0]->kind == ExprKind::Name && k.operands[0]->text == "str")
      return method_call(x, k.text, {}, k.loc);  // key=str.lower: x.lower(), refused as x's method if none
    if (k.kind == ExprKind::Attribute && k.operands[0]->kind == ExprKind::Name) {  // key=self.rank: self.rank(x)
      std::vector<ExprPtr> args;
      args.push_back(name_expr(x, at));
      return method_call(k.operands[0]->text, k.text, std::move(args), k.loc);
    }
    if (k.kind != ExprKind::Name)
      throw CompileError(k.loc, "key= takes a lambda (key=lambda p: p[1]) or the name of a function in kilopy");
    ExprPtr call = std::make_unique<Expr>(ExprKind::Call, k.loc);
    call->callee = name_expr(k.text, k.loc);
    call->operands.push_back(name_expr(x, at));
    return call;
  }

  static ExprPtr compare(ExprPtr l, CmpOp op, ExprPtr r, SourceLoc at) {
    ExprPtr c = std::make_unique<Expr>(ExprKind::Compare, at);
    c->op_loc = at;
    c->cmp_ops.push_back(op);
    c->operands.push_back(std::move(l));
    c->operands.push_back(std::move(r));
    return c;
  }


  static StmtPtr expr_stmt(ExprPtr value) {
    StmtPtr s = stmt(StmtKind::Expr, value->loc);
    s->value = std::move(value);
    return s;
  }

  static ExprPtr method_call(const std::string& obj, const std::string& m, std::vector<ExprPtr> args, SourceLoc at) {
    ExprPtr call = std::make_unique<Expr>(ExprKind::Call, at);
    call->callee = std::make_unique<Expr>(ExprKind::Attribute, at);
    call->callee->text = m;
    call->callee->operands.push_back(name_expr(obj, at));
    call->operands = std::move(args);
    return call;
  }

  // True if key= of a sort of seq may run the program's code (a lambda that calls, a function
  // of the program, a bound method): code that may reach seq another way. Not None, a builtin,
  // key=str.lower nor key=d.get over d itself.
  bool key_runs_program(const Keyword& key, const Expr& seq) const {
    const Expr& k = *key.value;
    if (!key.lambda.empty()) return has_call(k);
    if (k.kind == ExprKind::None || (k.kind == ExprKind::Name && !user_names_.count(k.text))) return false;
    bool on_name = k.kind == ExprKind::Attribute && k.operands[0]->kind == ExprKind::Name;
    return !(on_name && (k.operands[0]->text == "str" ||
                         (k.text == "get" && seq.kind == ExprKind::Name && seq.text == k.operands[0]->text)));
  }

  // min/max/sorted(xs, key=k) as CPython runs it, into `before`: each element's key once, in
  // order; min and max take the first element of least (greatest) key, min([0] * 0) raising
  // CPython's ValueError when there is none; sorted is a stable insertion sort by key
  // (reverse=True: greatest key first, equal keys still in their order). Returns the result.
  ExprPtr lower_key(ExprPtr slot, std::vector<StmtPtr>& before) {
    Expr& e = *slot;
    const std::string f = e.callee->text;
    SourceLoc loc = e.loc;
    if (e.starred_arg) throw CompileError(loc, "*arguments are not supported in kilopy");
    const Keyword* key = nullptr;
    const Keyword* otherwise = nullptr;  // min/max's default=, read where the sequence is empty
    bool reverse = false;
    for (const Keyword& k : e.keywords) {
      if (k.name == "key") {
        key = &k;
      } else if (f != "sorted" && k.name == "default" && e.operands.size() == 1 && !has_call(*k.value) &&
                 k.lambda.empty()) {
        otherwise = &k;
      } else if (f != "sorted" && k.name == "default" && e.operands.size() == 1) {
        throw CompileError(k.value->loc, f + "()'s default= beside key= is a value without calls in kilopy (it is read where "
                                             "the sequence is empty): assign it to a variable first");
      } else if (f == "sorted" && k.name == "reverse") {
        if (k.value->kind != ExprKind::Bool) throw CompileError(k.value->loc, "sorted() with reverse= neither True nor False is supported in kilopy where its result is assigned or returned (v = sorted(xs, reverse=r)), and then without a call in r");
        reverse = k.value->bool_value;
      } else {
        throw CompileError(k.loc, f + "() with key= takes no keyword argument '" + k.name + "' in kilopy");
      }
    }
    if (e.operands.empty() || (f == "sorted" && e.operands.size() != 1))
      throw CompileError(loc, f + (f == "sorted" ? " expected 1 argument, got " : " expected at least 1 argument, got ") +
                                  std::to_string(e.operands.size()));
    ExprPtr seq;
    if (e.operands.size() == 1) {
      seq = std::move(e.operands[0]);
      // sorted() takes the generator's items before any key; min() and max() take them one by
      // one between keys, the same where neither the items nor the key call anything of the program
      bool plain_key = key && (key->lambda.empty() ? key->value->kind == ExprKind::Name && !user_names_.count(key->value->text)
                                                   : !has_call(*key->value));
      if (seq->kind == ExprKind::GenExp && (f == "sorted" || (plain_key && !has_call(*seq))))
        seq->kind = ExprKind::ListComp;
      if (seq->kind == ExprKind::GenExp)
        throw CompileError(seq->loc, "a generator expression with key= is not supported in kilopy here (its items or its "
                                     "key call functions): use a list comprehension");
      // sorted() takes its items before the first key: a key that calls a function of the
      // program (which may add to a defaultdict it iterates, or change the list) loops over them.
      if (f == "sorted" && key_runs_program(*key, *seq) && seq->kind != ExprKind::ListComp && seq->kind != ExprKind::List) {
        std::string v = hidden("item");
        ExprPtr items = std::make_unique<Expr>(ExprKind::ListComp, seq->loc);
        items->operands.push_back(name_expr(v, seq->loc));
        items->clauses.emplace_back();
        items->clauses.back().target = name_expr(v, seq->loc);
        items->clauses.back().value = std::move(seq);
        seq = std::move(items);
      }
    } else {  // min(a, b, key=k): of the list [a, b]
      seq = std::make_unique<Expr>(ExprKind::List, e.operands[0]->loc);
      seq->operands = std::move(e.operands);
    }
    SourceLoc at = key->loc;
    std::string x = hidden("element"), k = hidden("key"), result = hidden(f);
    std::string fallback;  // default=: read once, after the sequence, as CPython reads its arguments
    if (otherwise) {
      SourceLoc seq_at = seq->loc;
      std::string items = hidden("value");
      before.push_back(assign(items, std::move(seq), seq_at));
      seq = name_expr(items, seq_at);
      fallback = hidden("default");
      before.push_back(assign(fallback, copy_expr(*otherwise->value), otherwise->loc));
    }
    StmtPtr loop = stmt(StmtKind::For, seq->loc);
    loop->target = name_expr(x, at);
    loop->value = std::move(seq);
    loop->body.push_back(assign(k, key_of(*key, *loop->value, x, at), at));
    if (f == "sorted") {
      // j = len(keys); while j > 0 and keys[j - 1] > k: j -= 1; keys.insert(j, k); result.insert(j, x)
      std::string keys = hidden("keys"), j = hidden("position");
      before.push_back(assign(keys, std::make_unique<Expr>(ExprKind::List, loc), loc));
      before.push_back(assign(result, std::make_unique<Expr>(ExprKind::List, loc), loc));
      ExprPtr len = std::make_unique<Expr>(ExprKind::Call, at);
      len->callee = name_expr("len", at);
      len->operands.push_back(name_expr(keys, at));
      loop->body.push_back(assign(j, std::move(len), at));
      ExprPtr before_j = std::make_unique<Expr>(ExprKind::Binary, at);
      before_j->op_loc = at;
      before_j->bin_op = BinOp::Sub;
      before_j->operands.push_back(name_expr(j, at));
      before_j->operands.push_back(int_literal(1, at));
      ExprPtr previous = std::make_unique<Expr>(ExprKind::Subscript, at);
      previous->operands.push_back(name_expr(keys, at));
      previous->operands.push_back(std::move(before_j));
      ExprPtr test = std::make_unique<Expr>(ExprKind::BoolOp, at);
      test->op_loc = at;
      test->bool_op = BoolOpKind::And;
      test->operands.push_back(compare(name_expr(j, at), CmpOp::Gt, int_literal(0, at), at));
      test->operands.push_back(compare(std::move(previous), reverse ? CmpOp::Lt : CmpOp::Gt, name_expr(k, at), at));
      test->operands.back()->text = "sorted key";  // not CPython's order of comparisons: refused for methods (types.cpp)
      StmtPtr shift = stmt(StmtKind::While, at);
      shift->value = std::move(test);
      StmtPtr down = stmt(StmtKind::AugAssign, at);
      down->aug_op = BinOp::Sub;
      down->target = name_expr(j, at);
      down->value = int_literal(1, at);
      shift->body.push_back(std::move(down));
      loop->body.push_back(std::move(shift));
      for (const std::string& into : {keys, result}) {
        std::vector<ExprPtr> args;
        args.push_back(name_expr(j, at));
        args.push_back(name_expr(into == keys ? k : x, at));
        loop->body.push_back(expr_stmt(method_call(into, "insert", std::move(args), at)));
      }
      before.push_back(std::move(loop));
      return last_read(result, loc);
    }
    // first = True; for x in xs: k = key(x); if first or k < best: best = k; result = x; first = False
    std::string first = hidden("first"), best = hidden("best");
    before.push_back(assign(first, constant(true, loc), loc));
    ExprPtr test = std::make_unique<Expr>(ExprKind::BoolOp, at);
    test->op_loc = at;
    test->bool_op = BoolOpKind::Or;
    test->operands.push_back(name_expr(first, at));
    test->operands.push_back(compare(name_expr(k, at), f == "min" ? CmpOp::Lt : CmpOp::Gt, name_expr(best, at), at));
    StmtPtr keep = stmt(StmtKind::If, at);
    keep->value = std::move(test);
    keep->body.push_back(assign(best, name_expr(k, at), at));
    keep->body.push_back(assign(result, name_expr(x, at), at));
    keep->body.push_back(assign(first, constant(false, at), at));
    loop->body.push_back(std::move(keep));
    before.push_back(std::move(loop));
    StmtPtr empty = stmt(StmtKind::If, loc);
    empty->value = name_expr(first, loc);
    if (otherwise) empty->body.push_back(assign(result, name_expr(fallback, otherwise->loc), otherwise->loc));
    else empty->body.push_back(expr_stmt(empty_sequence_call(f, loc)));
    before.push_back(std::move(empty));
    return last_read(result, loc);
  }

  // Whether e, or a def it calls by name (at any depth; `seen` the defs walked), names what
  // `list` names: the name xs, or the field .xs (an Attribute).
  bool names_list(const Expr& e, const Expr& list, std::set<std::string>& seen) const {
    if (e.kind == list.kind && e.text == list.text) return true;
    if (e.kind == ExprKind::Call && e.callee->kind == ExprKind::Name && names_list_in_def(e.callee->text, list, seen))
      return true;
    return any_operand(e, [&](const Expr& o) { return names_list(o, list, seen); });
  }

  bool names_list_in_def(const std::string& f, const Expr& list, std::set<std::string>& seen) const {
    auto def = defs_.find(f);
    if (def == defs_.end() || !seen.insert(f).second) return false;
    bool found = false;
    std::function<void(const std::vector<StmtPtr>&)> walk = [&](const std::vector<StmtPtr>& body) {
      for (const StmtPtr& t : body)
        for_each_child(*t, [&](const Expr& x, Use) { found = found || names_list(x, list, seen); }, walk);
    };
    walk(def->second->body);
    return found;
  }

  // xs.sort(key=k) whose key reads xs: CPython's sort shows the list empty to the key while it
  // sorts (xs.count(v) is 0; a change raises ValueError), which the lowering below does not.
  void refuse_key_reading_list(const Expr& call) const {
    const Expr& list = *call.callee->operands[0];
    if (list.kind != ExprKind::Name && list.kind != ExprKind::Attribute) return;
    for (const Keyword& k : call.keywords) {
      if (k.name != "key") continue;
      std::set<std::string> seen;
      bool reads = (!k.lambda.empty() || k.value->kind != ExprKind::Name) ? names_list(*k.value, list, seen)
                                                                          : names_list_in_def(k.value->text, list, seen);
      if (!reads) continue;
      const std::string xs = list.kind == ExprKind::Name ? list.text : "xs";
      throw CompileError(k.loc, "a sort key that reads the list it sorts is not supported in kilopy: CPython's "
                                "list.sort() shows the list empty to the key while it sorts (" + xs + ".count(v) is 0 "
                                "there, and a change raises ValueError): compute the keys from the list before the sort "
                                "(counts = {v: " + xs + ".count(v) for v in " + xs + "}) and sort by them");
    }
  }

  // xs.sort(key=k, reverse=r) (or with r a variable: xs.sort(reverse=r)) as `t = xs; c =
  // t.copy(); t[:] = sorted(c, key=k, reverse=r)`.
  void unfold_sort(Stmt& s, std::vector<StmtPtr>& before) {
    Expr& call = *s.value;
    if (call.kind != ExprKind::Call || call.callee->kind != ExprKind::Attribute || call.callee->text != "sort") return;
    bool has_key = false, reverse_named = false;
    for (const Keyword& k : call.keywords) {
      has_key = has_key || k.name == "key";
      reverse_named = reverse_named || (k.name == "reverse" && k.value->kind != ExprKind::Bool && !has_call(*k.value));
    }
    if (!has_key && !reverse_named) return;
    if (!call.operands.empty()) throw CompileError(call.operands[0]->loc, "sort() takes no positional arguments");
    refuse_key_reading_list(call);
    bool program_key = false;  // a key that may run the program's code, which may reach the list another way
    for (const Keyword& k : call.keywords)
      if (k.name == "key") program_key = key_runs_program(k, *call.callee->operands[0]);
    SourceLoc at = call.callee->loc;
    std::string list = hidden("list"), items = hidden("items");
    before.push_back(assign(list, std::move(call.callee->operands[0]), at));
    before.push_back(assign(items, method_call(list, "copy", {}, at), at));
    ExprPtr sorted = std::make_unique<Expr>(ExprKind::Call, call.loc);
    sorted->callee = name_expr("sorted", at);
    sorted->operands.push_back(name_expr(items, at));
    sorted->keywords = std::move(call.keywords);
    auto whole_of = [&](const std::string& l) {  // l[:]
      ExprPtr whole = std::make_unique<Expr>(ExprKind::Slice, at);
      for (int i = 0; i < 3; ++i) whole->operands.push_back(std::make_unique<Expr>(ExprKind::None, at));
      ExprPtr target = std::make_unique<Expr>(ExprKind::Subscript, at);
      target->operands.push_back(name_expr(l, at));
      target->operands.push_back(std::move(whole));
      return target;
    };
    s.kind = StmtKind::Assign;
    s.targets.push_back(whole_of(list));
    if (!program_key) {  // a key that raises leaves the list as it was, as CPython puts it back
      s.value = std::move(sorted);
      reverse_chosen(s.value);
      return;
    }
    // As CPython's list.sort(): the list is empty while the keys are computed (a key reaching
    // it through another name sees []); a key that raises leaves the items as they were; one
    // that changes the list makes the sort raise ValueError after it, the list sorted.
    //   list.clear()
    //   try: result = sorted(items, key=k)
    //   except: list[:] = items; raise
    //   if len(list) != 0: list[:] = result; raise ValueError("list modified during sort")
    //   list[:] = result
    std::string result = hidden("sorted");
    before.push_back(expr_stmt(method_call(list, "clear", {}, at)));
    StmtPtr attempt = stmt(StmtKind::Try, at);
    attempt->body.push_back(assign(result, std::move(sorted), at));
    reverse_chosen(attempt->body.back()->value);
    StmtPtr restore = stmt(StmtKind::Except, at);
    StmtPtr put_back = stmt(StmtKind::Assign, at);
    put_back->targets.push_back(whole_of(list));
    put_back->value = name_expr(items, at);
    restore->body.push_back(std::move(put_back));
    restore->body.push_back(stmt(StmtKind::Raise, at));
    attempt->handlers.push_back(std::move(restore));
    before.push_back(std::move(attempt));
    StmtPtr changed = stmt(StmtKind::If, at);
    ExprPtr len = std::make_unique<Expr>(ExprKind::Call, at);
    len->callee = name_expr("len", at);
    len->operands.push_back(name_expr(list, at));
    ExprPtr zero = std::make_unique<Expr>(ExprKind::Int, at);
    zero->int_text = "0";
    changed->value = compare(std::move(len), CmpOp::NotEq, std::move(zero), at);
    StmtPtr keep = stmt(StmtKind::Assign, at);
    keep->targets.push_back(whole_of(list));
    keep->value = name_expr(result, at);
    changed->body.push_back(std::move(keep));
    StmtPtr raise = stmt(StmtKind::Raise, at);
    raise->names.push_back("ValueError");
    raise->name_locs.push_back(at);
    ExprPtr message = std::make_unique<Expr>(ExprKind::Str, at);
    message->text = "list modified during sort";
    raise->value = std::make_unique<Expr>(ExprKind::Call, at);
    raise->value->callee = name_expr("ValueError", at);
    raise->value->operands.push_back(std::move(message));
    changed->body.push_back(std::move(raise));
    before.push_back(std::move(changed));
    s.value = name_expr(result, at);
  }

  // Before comprehension e runs, the parts of its statement evaluated earlier: when e may
  // print or rebind a name, each into a hidden variable (constants need not move).
  void hoist_done(Expr& e, std::vector<ExprPtr*>& done, std::vector<StmtPtr>& before) {
    bool effects = has_effects(e), needed = false;
    for (ExprPtr* p : done) {
      const Expr& d = **p;
      bool text = fstring_fields_.count(p) > 0;  // an f-string's field: its text (a __str__ may run) comes first
      bool safe = is_constant(d) || (d.kind == ExprKind::Name && (is_hidden(d.text) || (!effects && !text))) ||
                  picks_kept_values(d);
      needed = needed || !safe;
    }
    if (!needed) return;
    for (ExprPtr* p : done) {
      if (is_constant(**p) || ((*p)->kind == ExprKind::Name && is_hidden((*p)->text))) continue;
      SourceLoc loc = (*p)->loc;
      std::string name = hidden("value");
      auto field = fstring_fields_.find(p);
      before.push_back(assign(name, field == fstring_fields_.end() ? std::move(*p) : field_text(*field->second.first, field->second.second), loc));
      *p = last_read(name, loc);
    }
    done.clear();
    ++hoists_;
  }

  // `t or "none"` (and), t hidden: its value is one of values already kept, its truth tested
  // where it stands, which no later operand can change (without a __bool__ or __len__ of the
  // file, which would run there): it keeps its place, where its text is taken (or_of_kept_first).
  bool picks_kept_values(const Expr& d) const {
    return d.kind == ExprKind::BoolOp && d.operands.size() == 2 && d.operands[0]->kind == ExprKind::Name &&
           is_hidden(d.operands[0]->text) && is_constant(*d.operands[1]) && !truth_methods_;
  }

  // Operand i of f-string e, moved out as its formatted text, f"{x:spec}" (its conversion and
  // spec with it), which CPython makes where it evaluates x; the field formats that text as is.
  // A nested width's parts are values already: the width an int, the padded field's operand the
  // text of its value (format.h nested_width).
  ExprPtr field_text(Expr& e, size_t i) {
    FormatPiece* piece = nullptr;
    for (FormatPiece& p : e.format) {
      if (p.width == int(i) || (p.field == int(i) && p.width >= 0)) return std::move(e.operands[i]);
      if (p.field == int(i) && piece)
        throw CompileError(e.operands[i]->loc, "internal error: an f-string operand that two fields format");
      if (p.field == int(i)) piece = &p;
    }
    SourceLoc at = e.operands[i]->loc;
    ExprPtr text = std::make_unique<Expr>(ExprKind::Format, at);
    FormatPiece own = *piece;
    own.field = 0;
    text->format.push_back(own);
    text->operands.push_back(std::move(e.operands[i]));
    piece->text.clear();
    piece->conversion = 0;
    if (piece->percent) piece->percent = 's';
    return text;
  }

  // Renames the comprehension's variables (its own scope, as Python 3's) to hidden names in
  // every part but the first iterable, which runs in the enclosing scope.
  void rename_variables(Expr& comp) {
    // `_` that nothing in the comprehension reads: each its own name (`for n, _, _ in rows`
    // may bind a str and an int to them).
    bool reads_underscore = false;
    for (const ExprPtr& o : comp.operands) reads_underscore = reads_underscore || mentions(*o, "_");
    for (size_t i = 1; i < comp.clauses.size(); ++i) reads_underscore = reads_underscore || mentions(*comp.clauses[i].value, "_");
    std::map<std::string, std::string> names;
    for (CompClause& c : comp.clauses)
      if (c.target)
        for_each_target_name(*c.target, [&](Expr& n) {
          if (n.text == "_" && !reads_underscore) n.text = hidden("_");
          else if (!names.count(n.text)) names[n.text] = hidden(n.text);
        });
    for (size_t i = 0; i < comp.clauses.size(); ++i) {
      CompClause& c = comp.clauses[i];
      if (c.target) rename(*c.target, names);
      if (i > 0) rename(*c.value, names), mark_free_reads(*c.value);
    }
    for (ExprPtr& o : comp.operands) rename(*o, names), mark_free_reads(*o);  // a dict comprehension's key and value
  }

  // Marks the names e reads as a comprehension's or a lambda's: CPython's free variables there.
  static void mark_free_reads(Expr& e) {
    if (e.kind == ExprKind::Name) e.free_read = true;
    for_each_part(e, [&](ExprPtr& p) { mark_free_reads(*p); });
  }

  static void rename(Expr& e, const std::map<std::string, std::string>& names) {
    if (e.kind == ExprKind::Name) {
      auto it = names.find(e.text);
      if (it != names.end()) e.text = it->second;
    }
    for_each_part(e, [&](ExprPtr& p) { rename(*p, names); });
  }

  // `for t in (e for x in xs if c): body else: rest` as `for x' in xs: if c: t = e; body else:
  // rest` (x' hidden, as a comprehension's variables): CPython computes each element as the loop
  // takes it, so xs is read first and once, and c and e run between passes of the body either
  // way. With two `for` clauses or more, a break would leave only the innermost loop (refused);
  // without one, the else block is what follows the loops.
  std::vector<StmtPtr> loop_over_generator_expression(StmtPtr s) {
    Expr& gen = *s->value;
    size_t loops = size_t(std::count_if(gen.clauses.begin(), gen.clauses.end(), [](const CompClause& c) { return bool(c.target); }));
    if (loops > 1 && contains_break(s->body))
      throw CompileError(s->loc, "a break in a for loop over a generator expression with more than one `for` clause is "
                                 "not supported in kilopy: loop over a list comprehension, or nest the loops");
    rename_variables(gen);
    flatten_generator_clauses(gen);
    StmtPtr take = stmt(StmtKind::Assign, gen.operands[0]->loc);
    take->targets.push_back(std::move(s->target));
    take->value = std::move(gen.operands[0]);
    std::vector<StmtPtr> innermost;
    innermost.push_back(std::move(take));
    for (StmtPtr& b : s->body) innermost.push_back(std::move(b));
    std::vector<StmtPtr> out;
    nest(gen, 0, out, std::move(innermost), nullptr);
    if (loops == 1) out[0]->orelse = std::move(s->orelse);
    else for (StmtPtr& b : s->orelse) out.push_back(std::move(b));
    return out;
  }

  // The statement xs.extend(e for ...) or xs += (e for ...) (xs a name), where no class of the
  // program defines extend, __iadd__ or __add__ (so xs is a list or a deque, else refused).
  bool extends_by_generator_expression(const Stmt& s) const {
    if (defines_method("extend") || defines_method("__iadd__") || defines_method("__add__")) return false;
    if (s.kind == StmtKind::AugAssign)
      return s.aug_op == BinOp::Add && s.target->kind == ExprKind::Name && s.value->kind == ExprKind::GenExp;
    if (s.kind != StmtKind::Expr || s.value->kind != ExprKind::Call) return false;
    const Expr& c = *s.value;
    return c.callee->kind == ExprKind::Attribute && c.callee->text == "extend" && !c.starred_arg && c.keywords.empty() &&
           c.operands.size() == 1 && c.operands[0]->kind == ExprKind::GenExp;
  }

  // xs.extend(g) as `t = xs` and `for v in g: t.append(v)`; xs += g the same, then `xs = t` (t,
  // v hidden): CPython's extend reads xs once, then appends each element as the generator makes
  // it, so an element that raises leaves those before it appended.
  std::vector<StmtPtr> append_generator_expression(Stmt& s) {
    bool augmented = s.kind == StmtKind::AugAssign;
    SourceLoc at = s.loc;
    ExprPtr& gen = augmented ? s.value : s.value->operands[0];
    std::string list = hidden("extend"), item = hidden("item");
    std::vector<StmtPtr> out;
    out.push_back(assign(list, augmented ? name_expr(s.target->text, s.target->loc) : std::move(s.value->callee->operands[0]), at));
    StmtPtr loop = stmt(StmtKind::For, at);
    loop->target = name_expr(item, at);
    loop->value = std::move(gen);
    StmtPtr add = stmt(StmtKind::Expr, at);
    add->value = std::make_unique<Expr>(ExprKind::Call, at);
    add->value->callee = std::make_unique<Expr>(ExprKind::Attribute, at);
    add->value->callee->text = "append";
    add->value->callee->operands.push_back(name_expr(list, at));
    add->value->operands.push_back(name_expr(item, at));
    loop->body.push_back(std::move(add));
    out.push_back(std::move(loop));
    if (augmented) out.push_back(assign(s.target->text, name_expr(list, at), at));
    return out;
  }

  // enumerate(e for ...) or enumerate(e for ..., start), start without calls (a literal, a name,
  // n + 1: read before the generator expression's first iterable, which shows no difference).
  bool enumerates_generator_expression(const Expr& e) const {
    if (e.kind != ExprKind::Call || e.callee->kind != ExprKind::Name || e.callee->text != "enumerate" ||
        user_names_.count("enumerate") || e.starred_arg || !e.keywords.empty() || e.operands.empty() ||
        e.operands.size() > 2 || e.operands[0]->kind != ExprKind::GenExp)
      return false;
    if (e.operands.size() == 1) return true;
    return !has_call(*e.operands[1]) && !contains_comprehension(*e.operands[1]);
  }

  // `for t in enumerate(e for ..., start): body` as `n = start` (returned) and `for t in ((n, e)
  // for ...): n += 1; body` (n hidden).
  std::vector<StmtPtr> count_generator_expression(Stmt& s) {
    Expr& call = *s.value;
    SourceLoc at = call.loc;
    std::string n = hidden("count");
    std::vector<StmtPtr> out;
    out.push_back(assign(n, call.operands.size() == 2 ? std::move(call.operands[1]) : int_literal(0, at), at));
    ExprPtr gen = std::move(call.operands[0]);
    ExprPtr pair = std::make_unique<Expr>(ExprKind::Tuple, gen->operands[0]->loc);
    pair->operands.push_back(name_expr(n, at));
    pair->operands.push_back(std::move(gen->operands[0]));
    gen->operands[0] = std::move(pair);
    s.value = std::move(gen);
    StmtPtr step = stmt(StmtKind::AugAssign, at);
    step->aug_op = BinOp::Add;
    step->target = name_expr(n, at);
    step->value = int_literal(1, at);
    s.body.insert(s.body.begin(), std::move(step));
    return out;
  }

  // Each clause `for t in (e for x in xs if c)` of comp as the generator expression's clauses
  // (its variables hidden), then `for t in (e,)`: CPython computes each element as the
  // comprehension takes it, in that order.
  void flatten_generator_clauses(Expr& comp) {
    for (size_t i = 0; i < comp.clauses.size(); ++i) {
      if (!comp.clauses[i].target || comp.clauses[i].value->kind != ExprKind::GenExp) continue;
      ExprPtr gen = std::move(comp.clauses[i].value);
      rename_variables(*gen);
      flatten_generator_clauses(*gen);
      ExprPtr one = std::make_unique<Expr>(ExprKind::Tuple, gen->operands[0]->loc);
      one->operands.push_back(std::move(gen->operands[0]));
      comp.clauses[i].value = std::move(one);
      comp.clauses.insert(comp.clauses.begin() + long(i), std::make_move_iterator(gen->clauses.begin()),
                          std::make_move_iterator(gen->clauses.end()));
      i += gen->clauses.size();
    }
  }

  // True if e reads only names and constants, computing with operators that run no code of the
  // program on a set's elements (ints, strs, bools, tuples of them) and raise nothing but
  // OverflowError or MemoryError: the same in any order. `exact`: nor those (any() and all()
  // may stop before CPython's order reaches an element that overflows).
  static bool quiet(const Expr& e, bool exact) {
    auto all = [&]() {
      return std::all_of(e.operands.begin(), e.operands.end(), [&](const ExprPtr& o) { return quiet(*o, exact); });
    };
    switch (e.kind) {
      case ExprKind::Name: case ExprKind::Int: case ExprKind::Str: case ExprKind::Bool: case ExprKind::None: return true;
      case ExprKind::Tuple: case ExprKind::Compare: case ExprKind::BoolOp: case ExprKind::IfExp: return all();
      case ExprKind::Unary:  // `not x`, a negative constant (`x > -10`)
        return (!exact || e.unary_op == UnaryOp::Not || (e.unary_op == UnaryOp::Neg && e.operands[0]->kind == ExprKind::Int)) &&
               all();
      case ExprKind::Binary: {
        bool by_constant = e.operands[1]->kind == ExprKind::Int && e.operands[1]->int_value > 0;  // `x % 2`, `x >> 1`
        BinOp op = e.bin_op;
        bool grows = op == BinOp::Add || op == BinOp::Sub || op == BinOp::Mul || (by_constant && op == BinOp::LShift);
        bool shrinks = op == BinOp::BitAnd || op == BinOp::BitOr || op == BinOp::BitXor ||
                       (by_constant && (op == BinOp::Mod || op == BinOp::FloorDiv || op == BinOp::RShift));
        return ((grows && !exact) || shrinks) && all();
      }
      default: return false;
    }
  }

  // True if comprehension comp, consumed by f ("" for itself), gives what it gives in any order
  // of its loops: a set's, or any(), all(), min(), max() or sorted() without a key (equal
  // elements are alike), or sum() of a constant (a count), of quiet elements and conditions.
  bool any_order(const Expr& comp, const std::string& f, const Expr& element, const Expr& call) const {
    bool consumer = f.empty() ? comp.kind == ExprKind::SetComp
                    : f == "sum" ? element.kind == ExprKind::Int && call.operands.size() == 1
                                 : f == "any" || f == "all" || f == "min" || f == "max" || f == "sorted";
    bool exact = f == "any" || f == "all";
    if (!consumer || !quiet(element, exact)) return false;
    for (size_t i = 0; i < comp.clauses.size(); ++i)
      if ((i > 0 || !comp.clauses[i].target) && !quiet(*comp.clauses[i].value, exact)) return false;
    return true;
  }

  // The loops of comp's clauses around the `innermost` statements, appended to `out`; each loop's body
  // gets `after_loop` (a copy per loop, for any/all's early exit) after its inner loop.
  void nest(Expr& comp, size_t i, std::vector<StmtPtr>& out, std::vector<StmtPtr> innermost,
            const std::function<StmtPtr(SourceLoc)>& after_loop) {
    if (i == comp.clauses.size()) {
      for (StmtPtr& s : innermost) out.push_back(std::move(s));
      return;
    }
    CompClause& c = comp.clauses[i];
    StmtPtr s = stmt(c.target ? StmtKind::For : StmtKind::If, c.value->loc);
    s->order_free = order_free_ && s->kind == StmtKind::For;
    s->target = std::move(c.target);
    s->value = std::move(c.value);
    nest(comp, i + 1, s->body, std::move(innermost), after_loop);
    bool loop = s->kind == StmtKind::For;
    SourceLoc loc = s->loc;
    out.push_back(std::move(s));
    if (loop && i > 0 && after_loop) out.push_back(after_loop(loc));
  }

  // The statements computing comprehension (or reduction call) e, into `before`; returns
  // the expression that stands for its value.
  ExprPtr lower(ExprPtr slot, std::vector<StmtPtr>& before) {
    if (key_call(*slot)) return lower_key(std::move(slot), before);
    if (divmod_of_calls(*slot)) {  // divmod(t1, t2), t1 and t2 hidden names holding its arguments
      for (ExprPtr& o : slot->operands)
        if (o->kind != ExprKind::Name && !is_constant(*o)) hoist(o, before, "divmod");
      return slot;
    }
    if (late_format(*slot)) return lower_late_format(std::move(slot), before);
    if (or_of_kept_first(*slot)) {  // t or y, t a hidden name holding d.get(k)
      hoist(slot->operands[0], before, "get");
      return slot;
    }
    Expr& e = *slot;
    SourceLoc loc = e.loc;
    std::string f = e.kind == ExprKind::Call ? e.callee->text : "";
    Expr& comp = f.empty() ? e : *e.operands[0];
    rename_variables(comp);
    flatten_generator_clauses(comp);
    SourceLoc at = comp.operands[0]->loc;
    bool free = any_order(comp, f, *comp.operands[0], e);
    ExprPtr element = std::move(comp.operands[0]);
    std::string result = hidden(f.empty() ? "comprehension" : f);
    std::function<StmtPtr(SourceLoc)> after_loop;
    std::vector<StmtPtr> innermost;
    std::string first;  // min, max: true until an element is taken
    if (f == "sum" && e.operands.size() == 2) {  // result = start; ... result = result + element (a new list each time, as CPython)
      before.push_back(assign(result, std::move(e.operands[1]), loc));
      ExprPtr sum = std::make_unique<Expr>(ExprKind::Binary, at);
      sum->bin_op = BinOp::Add;
      sum->op_loc = at;
      sum->operands.push_back(name_expr(result, at));
      sum->operands.push_back(std::move(element));
      innermost.push_back(assign(result, std::move(sum), at));
    } else if (f == "sum") {  // result = 0; ... result += element
      ExprPtr zero = std::make_unique<Expr>(ExprKind::Int, loc);
      zero->int_text = "0";
      before.push_back(assign(result, std::move(zero), loc));
      StmtPtr add = stmt(StmtKind::AugAssign, at);
      add->target = name_expr(result, at);
      add->value = std::move(element);
      innermost.push_back(std::move(add));
    } else if (f == "any" || f == "all") {  // any: result = False; ... if element: result = True; break
      bool any = f == "any";
      before.push_back(assign(result, constant(!any, loc), loc));
      auto test = [any](ExprPtr value) {  // `value` for any, `not value` for all
        if (any) return value;
        ExprPtr n = std::make_unique<Expr>(ExprKind::Unary, value->loc);
        n->unary_op = UnaryOp::Not;
        n->operands.push_back(std::move(value));
        return n;
      };
      StmtPtr decide = stmt(StmtKind::If, at);
      decide->value = test(std::move(element));
      decide->body.push_back(assign(result, constant(any, at), at));
      decide->body.push_back(stmt(StmtKind::Break, at));
      innermost.push_back(std::move(decide));
      after_loop = [result, test](SourceLoc l) {  // leave the enclosing loops too
        StmtPtr s = stmt(StmtKind::If, l);
        s->value = test(name_expr(result, l));
        s->body.push_back(stmt(StmtKind::Break, l));
        return s;
      };
    } else if (f == "next") {  // result = the first element; first = False; break (out of every loop)
      first = hidden("first");
      before.push_back(assign(first, constant(true, loc), loc));
      innermost.push_back(assign(result, std::move(element), at));
      innermost.push_back(assign(first, constant(false, at), at));
      innermost.push_back(stmt(StmtKind::Break, at));
      after_loop = [first](SourceLoc l) {
        StmtPtr s = stmt(StmtKind::If, l);
        ExprPtr taken = std::make_unique<Expr>(ExprKind::Unary, l);
        taken->unary_op = UnaryOp::Not;
        taken->operands.push_back(name_expr(first, l));
        s->value = std::move(taken);
        s->body.push_back(stmt(StmtKind::Break, l));
        return s;
      };
    } else if (f == "min" || f == "max") {
      // result = the first element, then each one that compares below (min) or above (max), as
      // CPython's min(); `first`: none yet. Nothing: min([0] * 0) raises CPython's ValueError.
      first = hidden("first");
      std::string value = hidden("element");
      before.push_back(assign(first, constant(true, loc), loc));
      StmtPtr take = stmt(StmtKind::Assign, at);
      take->targets.push_back(name_expr(value, at));
      take->value = std::move(element);
      ExprPtr better = std::make_unique<Expr>(ExprKind::Compare, at);
      better->op_loc = at;
      better->cmp_ops.push_back(f == "min" ? CmpOp::Lt : CmpOp::Gt);
      better->operands.push_back(name_expr(value, at));
      better->operands.push_back(name_expr(result, at));
      ExprPtr test = std::make_unique<Expr>(ExprKind::BoolOp, at);
      test->bool_op = BoolOpKind::Or;
      test->op_loc = at;
      test->operands.push_back(name_expr(first, at));
      test->operands.push_back(std::move(better));
      StmtPtr keep = stmt(StmtKind::If, at);
      keep->value = std::move(test);
      keep->body.push_back(assign(result, name_expr(value, at), at));
      keep->body.push_back(assign(first, constant(false, at), at));
      innermost.push_back(std::move(take));
      innermost.push_back(std::move(keep));
    } else if (comp.kind == ExprKind::DictComp) {  // result = {}; ... key = k; result[key] = v (k first, as CPython)
      before.push_back(assign(result, std::make_unique<Expr>(ExprKind::Dict, loc), loc));
      std::string key = hidden("key");
      innermost.push_back(assign(key, std::move(element), at));
      ExprPtr item = std::make_unique<Expr>(ExprKind::Subscript, at);
      item->operands.push_back(name_expr(result, at));
      item->operands.push_back(name_expr(key, at));
      StmtPtr store = stmt(StmtKind::Assign, at);
      store->targets.push_back(std::move(item));
      store->value = std::move(comp.operands[1]);
      innermost.push_back(std::move(store));
    } else if (comp.kind == ExprKind::SetComp) {  // result = set(); ... result.add(element)
      ExprPtr empty = std::make_unique<Expr>(ExprKind::Call, loc);
      empty->callee = name_expr("set", loc);
      before.push_back(assign(result, std::move(empty), loc));
      std::vector<ExprPtr> args;
      args.push_back(std::move(element));
      innermost.push_back(expr_stmt(method_call(result, "add", std::move(args), at)));
    } else {  // a list: result = []; ... result.append(element)
      before.push_back(assign(result, std::make_unique<Expr>(ExprKind::List, loc), loc));
      ExprPtr append = std::make_unique<Expr>(ExprKind::Call, at);
      append->callee = std::make_unique<Expr>(ExprKind::Attribute, at);
      append->callee->text = "append";
      append->callee->operands.push_back(name_expr(result, at));
      append->operands.push_back(std::move(element));
      innermost.push_back(stmt(StmtKind::Expr, at));
      innermost.back()->value = std::move(append);
    }
    order_free_ = free;
    nest(comp, 0, before, std::move(innermost), after_loop);
    order_free_ = false;
    if (f == "min" || f == "max" || f == "next") {  // no element: the default, or CPython's exception
      StmtPtr empty = stmt(StmtKind::If, loc);
      empty->value = name_expr(first, loc);
      if (!e.keywords.empty()) {
        empty->body.push_back(assign(result, std::move(e.keywords[0].value), loc));
      } else if (f == "next") {  // raise StopIteration
        empty->body.push_back(stmt(StmtKind::Raise, loc));
        empty->body.back()->names.push_back("StopIteration");
        empty->body.back()->name_locs.push_back(loc);
      } else {
        empty->body.push_back(stmt(StmtKind::Expr, loc));
        empty->body.back()->value = empty_sequence_call(f, loc);
      }
      before.push_back(std::move(empty));
    }
    if (f == "list" || f == "tuple" || f == "sorted") {
      e.operands[0] = last_read(result, loc);  // list([...]), tuple([...]), sorted([...])
      return slot;
    }
    return last_read(result, loc);
  }
};

}  // namespace

namespace {

// A key=lambda left after lowering: in a call that is not of min, max, sorted or sort.
void refuse_lambdas(const Expr& e) {
  for (const Keyword& k : e.keywords)
    if (!k.lambda.empty())
      throw CompileError(k.loc, "lambda is supported in kilopy only as an argument of a call (apply(lambda v: v * 2, xs)), as the key= of min, max, sorted and sort, as an element of a list, tuple or dict display, and as `f = lambda x: ...` at the top level: define a function with def");
  for_each_operand(e, refuse_lambdas);
}

void refuse_lambdas(const std::vector<StmtPtr>& body) {
  for (const StmtPtr& s : body)
    for_each_child(*s, [](const Expr& e, Use) { refuse_lambdas(e); },
                   [](const std::vector<StmtPtr>& b) { refuse_lambdas(b); });
}

}  // namespace

namespace {

// Each `_` an unpacking stores to a hidden name of its own (placement.h shares their registers),
// so `_` may take values of several types (`for _, q, _ in rows`), as CPython's throwaway name
// does. A plain `_ = v` or `for _ in ...` is left to the webs
// (webs.h), which split a name's independent uses.
void hide_underscores(std::vector<StmtPtr>& body, unsigned& counter) {
  for (StmtPtr& s : body)
    for_each_child(*s, [&](Expr& e, Use use) {
      if (use == Use::Write && (e.kind == ExprKind::Tuple || e.kind == ExprKind::List))
        for_each_target_name(e, [&](Expr& n) {
          if (n.text != "_") return;
          n.text = std::string("_") + kHiddenSep + "_" + std::to_string(counter) + kHiddenSep + std::to_string(counter);
          ++counter;
        });
    }, [&](std::vector<StmtPtr>& b) { hide_underscores(b, counter); });
}

// Each sort, min() or max() call of `keys` (by line and column) given key=lambda param: body.
void add_object_keys(std::vector<StmtPtr>& body, const std::vector<ObjectKey>& keys) {
  std::function<void(Expr&)> visit = [&](Expr& e) {
    for_each_part(e, [&](ExprPtr& o) { visit(*o); });
    if (e.kind != ExprKind::Call) return;
    const Expr& f = *e.callee;
    bool sorts = (f.kind == ExprKind::Name && (f.text == "sorted" || f.text == "min" || f.text == "max")) ||
                 (f.kind == ExprKind::Attribute && f.text == "sort");
    if (!sorts || std::any_of(e.keywords.begin(), e.keywords.end(), [](const Keyword& k) { return k.name == "key"; })) return;
    for (const ObjectKey& k : keys)
      if (k.body && k.call.line == e.loc.line && k.call.col == e.loc.col) {
        ExprPtr body = copy_expr(*k.body);
        std::function<void(Expr&)> here = [&](Expr& x) {  // the key's code is this call's
          x.loc = x.op_loc = e.loc;
          for_each_operand_slot(x, [&](ExprPtr& o) { here(*o); });
        };
        here(*body);
        e.keywords.push_back(Keyword{"key", std::move(body), e.loc, k.param});
        return;
      }
  };
  for (StmtPtr& s : body)
    for_each_child_slot(*s, [&](ExprPtr& e, Use) { visit(*e); },
                        [&](std::vector<StmtPtr>& b) { add_object_keys(b, keys); });
}

// E.__init__(self, a) in a method of a class whose base is the built-in exception E
// (Exception.__init__(self, msg)) as super().__init__(a), which is what it runs: single
// inheritance. A base of the program's own is classes.cpp's (self_call_of_ancestor).
void exception_base_inits(std::vector<StmtPtr>& body, const std::set<std::string>& user_names) {
  std::map<std::string, std::string> bases;  // class -> its built-in exception base
  for (const StmtPtr& s : body)
    if (s->kind == StmtKind::Class && s->value && s->value->kind == ExprKind::Name && !user_names.count(s->value->text) &&
        exc_class(s->value->text.c_str()) != EXC_NONE)
      bases[s->name] = s->value->text;
  if (bases.empty()) return;
  std::function<void(ExprPtr&, const std::string&, const std::string&)> rewrite = [&](ExprPtr& slot, const std::string& base,
                                                                                      const std::string& self) {
    for_each_operand_slot(*slot, [&](ExprPtr& o) { rewrite(o, base, self); });
    Expr& e = *slot;
    if (e.kind != ExprKind::Call || e.callee->kind != ExprKind::Attribute || e.callee->text != "__init__" ||
        e.callee->operands[0]->kind != ExprKind::Name || e.callee->operands[0]->text != base || e.operands.empty() ||
        e.operands[0]->kind != ExprKind::Name || e.operands[0]->text != self || e.starred_arg)
      return;
    ExprPtr super = std::make_unique<Expr>(ExprKind::Call, e.callee->operands[0]->loc);
    super->callee = std::make_unique<Expr>(ExprKind::Name, super->loc);
    super->callee->text = "super";
    e.callee->operands[0] = std::move(super);
    e.operands.erase(e.operands.begin());
  };
  std::function<void(std::vector<StmtPtr>&, const std::string&, const std::string&)> walk =
      [&](std::vector<StmtPtr>& b, const std::string& base, const std::string& self) {
        for (StmtPtr& s : b)
          for_each_child_slot(*s, [&](ExprPtr& e, Use) { rewrite(e, base, self); },
                              [&](std::vector<StmtPtr>& inner) { walk(inner, base, self); });
      };
  for (StmtPtr& s : body) {
    size_t dot = s->name.find('.');
    if (s->kind != StmtKind::Def || dot == std::string::npos || s->params.empty() || !s->decorator.empty()) continue;
    auto base = bases.find(s->name.substr(0, dot));
    if (base != bases.end()) walk(s->body, base->second, s->params[0].name);
  }
}

}  // namespace

void desugar_comprehensions(Module& module, const std::vector<ObjectKey>& keys) {
  if (!keys.empty()) add_object_keys(module.body, keys);
  Desugar d(module);
  exception_base_inits(module.body, d.user_names());
  lower_range_tests(module, d.user_names());
  d.positional_starts(module.body);
  d.iterate_generator_arguments(module.body);
  module.body = d.block(std::move(module.body), true);
  d.keep_loop_tuples(module.body);
  refuse_lambdas(module.body);
  unsigned counter = 0;
  if (!reads_name(module.body, "_")) hide_underscores(module.body, counter);
}

}  // namespace kilopy
