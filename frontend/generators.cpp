#include "frontend/generators.h"

#include <algorithm>
#include <cstring>
#include <functional>
#include <map>
#include <set>
#include <string>
#include <vector>

#include "frontend/desugar.h"
#include "frontend/diagnostic.h"
#include "frontend/link.h"

namespace kilopy {

namespace {

const char* const kInlinedMark = "0000";  // an inlined variable's name: base kDefSep kInlinedMark number

using Block = std::vector<StmtPtr>;

// The statement that stands for "leave the generator" until lower_exits replaces it.
constexpr const char* kExitMarker = "generator exit";

constexpr const char* kYieldOutside =
    "'yield' outside function: a yield belongs in a def at the top level, a generator that a for loop consumes";

StmtPtr make(StmtKind kind, SourceLoc loc) { return std::make_unique<Stmt>(kind, loc); }

ExprPtr name_expr(const std::string& text, SourceLoc loc) {
  ExprPtr e = std::make_unique<Expr>(ExprKind::Name, loc);
  e->text = text;
  return e;
}

ExprPtr bool_expr(bool value, SourceLoc loc) {
  ExprPtr e = std::make_unique<Expr>(ExprKind::Bool, loc);
  e->bool_value = value;
  return e;
}

ExprPtr not_expr(ExprPtr operand) {
  ExprPtr e = std::make_unique<Expr>(ExprKind::Unary, operand->loc);
  e->unary_op = UnaryOp::Not;
  e->op_loc = operand->loc;
  e->operands.push_back(std::move(operand));
  return e;
}

StmtPtr assign(ExprPtr target, ExprPtr value, SourceLoc loc) {
  StmtPtr s = make(StmtKind::Assign, loc);
  s->targets.push_back(std::move(target));
  s->value = std::move(value);
  return s;
}

StmtPtr set_flag(const std::string& flag, bool value, SourceLoc loc) {
  return assign(name_expr(flag, loc), bool_expr(value, loc), loc);
}

StmtPtr if_stmt(ExprPtr test, Block body, SourceLoc loc) {
  StmtPtr s = make(StmtKind::If, loc);
  s->value = std::move(test);
  s->body = std::move(body);
  return s;
}

StmtPtr exit_marker(SourceLoc loc) {
  StmtPtr s = make(StmtKind::Pass, loc);
  s->name = kExitMarker;
  return s;
}

bool is_exit_marker(const Stmt& s) { return s.kind == StmtKind::Pass && s.name == kExitMarker; }

bool is_loop(const Stmt& s) { return s.kind == StmtKind::For || s.kind == StmtKind::While; }

// What is left of a generator's def: `def g(): pass`, called where g was, so that a loop over
// g(...) before its def has run is refused as a call of any function is (flow.cpp).
StmtPtr stub(const Stmt& def) {
  StmtPtr s = make(StmtKind::Def, def.loc);
  s->name = def.name;
  s->body.push_back(make(StmtKind::Pass, def.loc));
  return s;
}

StmtPtr stub_call(const Expr& call) {
  StmtPtr s = make(StmtKind::Expr, call.loc);
  s->value = std::make_unique<Expr>(ExprKind::Call, call.loc);
  s->value->callee = copy_expr(*call.callee);
  return s;
}

Block copy_block(const Block& b) {
  Block out;
  for (const StmtPtr& s : b) out.push_back(copy_stmt(*s));
  return out;
}

void append(Block& to, Block from) {
  for (StmtPtr& s : from) to.push_back(std::move(s));
}

// The first statement of b (at any depth, nested defs skipped) that pred accepts, or null.
template <class F>
const Stmt* find_stmt(const Block& b, F&& pred) {
  for (const StmtPtr& s : b) {
    if (pred(*s)) return s.get();
    if (s->kind == StmtKind::Def) continue;
    const Stmt* found = nullptr;
    for_each_block(*s, [&](const Block& inner) { found = found ? found : find_stmt(inner, pred); });
    if (found) return found;
  }
  return nullptr;
}

const Stmt* find_yield(const Block& b) {
  return find_stmt(b, [](const Stmt& s) { return s.kind == StmtKind::Yield; });
}

bool has_exit_marker(const Stmt& s) {
  return is_exit_marker(s) || (s.kind != StmtKind::Def && find_stmt(s.body, is_exit_marker)) ||
         find_stmt(s.orelse, is_exit_marker) || find_stmt(s.handlers, is_exit_marker);
}

void names_in(const Expr& e, std::set<std::string>& out) {
  if (e.kind == ExprKind::Name) out.insert(e.text);
  for_each_operand(e, [&](const Expr& o) { names_in(o, out); });
}

void names_in(const Block& b, std::set<std::string>& out) {
  for (const StmtPtr& s : b)
    for_each_child(*s, [&](const Expr& e, Use) { names_in(e, out); }, [&](const Block& inner) { names_in(inner, out); });
}

// How often b reads the name, and how often as the iterable of a for loop (`for x in name:`).
void count_reads(const Block& b, const std::string& name, size_t& reads, size_t& iterated) {
  std::function<void(const Expr&)> count = [&](const Expr& e) {
    if (e.kind == ExprKind::Name && e.text == name) ++reads;
    for_each_operand(e, count);
  };
  for (const StmtPtr& s : b) {
    if (s->kind == StmtKind::For && s->value->kind == ExprKind::Name && s->value->text == name) ++iterated;
    for_each_child(*s, [&](const Expr& e, Use) { count(e); }, [&](const Block& inner) { count_reads(inner, name, reads, iterated); });
  }
}

// True if b iterates the name once at most: its only `for x in name:` is in no loop of b.
bool iterated_once(const Block& b, const std::string& name) {
  for (const StmtPtr& s : b) {
    if (s->kind == StmtKind::For && s->value->kind == ExprKind::Name && s->value->text == name) return true;
    if (s->kind == StmtKind::For || s->kind == StmtKind::While || s->kind == StmtKind::Def) continue;
    bool found = false;
    for_each_block(*s, [&](const Block& inner) { found = found || iterated_once(inner, name); });
    if (found) return true;
  }
  return false;
}

// A call range(...) (range cannot be rebound).
bool is_range_call(const Expr& e) {
  return e.kind == ExprKind::Call && e.callee->kind == ExprKind::Name && e.callee->text == "range" && e.keywords.empty() &&
         !e.starred_arg && e.starred.empty();
}

// Each `for x in name:` of b iterates a copy of `range` instead.
void iterate_range(Block& b, const std::string& name, const Expr& range) {
  for (StmtPtr& s : b) {
    if (s->kind == StmtKind::For && s->value->kind == ExprKind::Name && s->value->text == name) s->value = copy_expr(range);
    for_each_block(*s, [&](Block& inner) { iterate_range(inner, name, range); });
  }
}

void rename_block(Block& b, const std::map<std::string, std::string>& to) {
  for (StmtPtr& s : b) {
    auto unbound = to.find(s->unbinds);  // a handler's (exception_names.h)
    if (unbound != to.end()) s->unbinds = unbound->second;
    for_each_child(*s, [&](Expr& e, Use) { rename_names(e, to); }, [&](Block& inner) { rename_block(inner, to); });
  }
}

bool literal_default(const Expr& e) {
  if (e.kind == ExprKind::Unary && e.unary_op == UnaryOp::Neg) return e.operands[0]->kind == ExprKind::Int;
  return e.kind == ExprKind::Int || e.kind == ExprKind::Bool || e.kind == ExprKind::None || e.kind == ExprKind::Str;
}

std::string shown(const std::string& name) { return display_names(name); }

// The first yield or return in a try statement of b (in_try: b is in one), or null.
const Stmt* yield_or_return_in_try(const Block& b, bool in_try) {
  for (const StmtPtr& s : b) {
    if (in_try && (s->kind == StmtKind::Yield || s->kind == StmtKind::Return)) return s.get();
    const Stmt* found = nullptr;
    bool inner_try = in_try || s->kind == StmtKind::Try;
    for_each_block(*s, [&](const Block& inner) { found = found ? found : yield_or_return_in_try(inner, inner_try); });
    if (found) return found;
  }
  return nullptr;
}

// A generator's body must be one kilopy can inline: checked where it is defined.
void check_generator(const Stmt& def) {
  const std::string g = shown(def.name);
  if (def.name.find('.') != std::string::npos)
    throw CompileError(def.loc, "generator methods are not supported in kilopy (" + g + " yields): make it a "
                                "function of the module that takes the object, def f(obj): ... yield ...");
  for (const Param& p : def.params)
    if (p.default_value && !literal_default(*p.default_value))
      throw CompileError(p.default_value->loc, "a default of a generator's parameter must be a literal in kilopy "
                                               "(an int, a bool, a str or None): pass the value at the call");
  if (const Stmt* s = find_stmt(def.body, [](const Stmt& s) { return s.kind == StmtKind::Def; }))
    throw CompileError(s->loc, "a def inside generator " + g + " is not supported in kilopy: define " +
                                   shown(s->name) + " at the top level");
  if (const Stmt* s = find_stmt(def.body, [](const Stmt& s) { return s.kind == StmtKind::Global; }))
    throw CompileError(s->loc, "`global` in generator " + g + " is not supported in kilopy: assign the global in "
                               "the loop that consumes the generator, or in a function the generator calls");
  if (const Stmt* s = find_stmt(def.body, [](const Stmt& s) { return s.kind == StmtKind::Return && s.value; }))
    throw CompileError(s->loc, "`return value` in generator " + g + " is not supported in kilopy (a for loop "
                               "drops the value): write `return`, or yield the value");
  if (const Stmt* s = yield_or_return_in_try(def.body, false))
    throw CompileError(s->loc, std::string("`") + (s->kind == StmtKind::Yield ? "yield" : "return") +
                                   "` inside a try statement of generator " + g + " is not supported in kilopy (it "
                                   "is inlined into the consuming loop, whose body would run inside the try): move "
                                   "the try into a function the generator calls");
}

struct Generator {
  const Stmt* def;
  std::set<std::string> locals;
  std::set<std::string> reads;  // the names it reads that are not its own: globals, functions, builtins
};

class Inliner {
 public:
  explicit Inliner(Module& m) : module_(m) {}

  void run() {
    for (const StmtPtr& s : module_.body) find_generators(*s);
    if (generators_.empty()) return;
    for (const StmtPtr& s : module_.body)
      user_enumerate_ = user_enumerate_ || (s->kind == StmtKind::Def && s->name == "enumerate") ||
                        std::any_of(s->targets.begin(), s->targets.end(), [](const ExprPtr& t) {
                          return t->kind == ExprKind::Name && t->text == "enumerate";
                        });
    for (const StmtPtr& s : module_.body) refuse_other_uses(*s);
    std::set<std::string> none;
    Block out;  // the generators' defs stay in module_.body (generators_ points to them) until replaced
    for (StmtPtr& s : module_.body) {
      if (s->kind == StmtKind::Def && generators_.count(s->name)) {
        out.push_back(stub(*s));
      } else if (s->kind == StmtKind::Def) {
        function(*s, none);
        out.push_back(std::move(s));
      } else {
        locals_ = &none;
        Block one;
        one.push_back(std::move(s));
        block(one);
        append(out, std::move(one));
      }
    }
    module_.body = std::move(out);
  }

 private:
  Module& module_;
  std::map<std::string, Generator> generators_;
  std::vector<std::string> expanding_;    // the generators being inlined, outermost first
  const std::set<std::string>* locals_ = nullptr;  // the locals of the function inlined into
  unsigned fresh_ = 0;
  bool user_enumerate_ = false;  // the module binds `enumerate`: not the builtin

  // A name no program has, shown as `name` (is_inlined_variable).
  std::string fresh(const std::string& name) {
    return name.substr(0, name.find(kHiddenSep)) + kDefSep + kInlinedMark + std::to_string(++fresh_);
  }

  void find_generators(const Stmt& s) {
    if (s.kind != StmtKind::Def) {
      if (const Stmt* y = s.kind == StmtKind::Yield ? &s : nullptr) throw CompileError(y->loc, kYieldOutside);
      for_each_block(s, [&](const Block& b) {
        if (const Stmt* y = find_yield(b)) throw CompileError(y->loc, kYieldOutside);
      });
      return;
    }
    if (const Stmt* inner = find_stmt(s.body, [](const Stmt& d) { return d.kind == StmtKind::Def && find_yield(d.body); }))
      throw CompileError(inner->loc, "generator " + shown(inner->name) + " is defined inside " + shown(s.name) +
                                         ": kilopy supports generators defined at the top level only");
    if (!find_yield(s.body)) return;
    check_generator(s);
    Generator g{&s, def_locals(s), {}};
    std::set<std::string> read;
    names_in(s.body, read);
    for (const std::string& n : read)
      if (!g.locals.count(n)) g.reads.insert(n);
    generators_[s.name] = g;
  }

  void function(Stmt& def, const std::set<std::string>& outer) {
    std::set<std::string> locals = def_locals(def);
    locals.insert(outer.begin(), outer.end());
    locals_ = &locals;
    block(def.body);
    for (StmtPtr& s : def.body)
      if (s->kind == StmtKind::Def) function(*s, locals);
  }

  const Generator* generator_of(const Expr& e) const {
    if (e.kind != ExprKind::Call || e.callee->kind != ExprKind::Name) return nullptr;
    auto it = generators_.find(e.callee->text);
    return it == generators_.end() ? nullptr : &it->second;
  }

  // A generator's parameter that its body reads only as the iterable of one for loop (or
  // `yield from`), in no loop of its own: a generator call passed for it (evens(numbers(10)))
  // is iterated where that loop stands, its arguments evaluated at the call, as CPython runs
  // a generator's body only once iterated.
  static bool streams(const Stmt& def, const std::string& param) {
    size_t reads = 0, iterated = 0;
    count_reads(def.body, param, reads, iterated);
    return reads == 1 && iterated == 1 && iterated_once(def.body, param);
  }

  // True if argument, passed for the parameter p (null: none) of def, is a generator's call
  // that def streams.
  bool streamed(const Stmt& def, const Expr& argument, const Param* p) const {
    return p && generator_of(argument) && streams(def, p->name);
  }

  // The arguments of the generator call `call` (streamed: streams()) into hidden names, in
  // order, onto out; a generator call among them that streams too keeps its place, its own
  // arguments held the same way.
  void hold_arguments(Expr& call, Block& out, SourceLoc loc) {
    const Stmt& def = *generator_of(call)->def;
    auto hold = [&](ExprPtr& argument, const Param* p) {
      if (streamed(def, *argument, p)) {
        hold_arguments(*argument, out, loc);
        return;
      }
      std::string held = fresh("argument");
      out.push_back(assign(name_expr(held, loc), std::move(argument), loc));
      argument = name_expr(held, loc);
    };
    for (size_t i = 0; i < call.operands.size(); ++i) hold(call.operands[i], param_of(def, i, ""));
    for (Keyword& k : call.keywords) hold(k.value, param_of(def, 0, k.name));
  }

  // The parameter of def that argument i (keyword: name) of a call binds, or null.
  static const Param* param_of(const Stmt& def, size_t i, const std::string& keyword) {
    if (keyword.empty()) return i < def.params.size() && !def.params[i].keyword_only ? &def.params[i] : nullptr;
    for (const Param& p : def.params)
      if (p.name == keyword) return &p;
    return nullptr;
  }

  // Inlines the for loops over generators in b (nested defs left to `function`).
  void block(Block& b) {
    Block out;
    for (StmtPtr& s : b) {
      if (s->kind == StmtKind::For) {
        if (const Generator* g = generator_of(*s->value)) {
          append(out, inline_loop(*s, *g));
          continue;
        }
        if (const Generator* g = enumerated_generator(*s->value)) {
          append(out, inline_enumerated(*s, *g));
          continue;
        }
      }
      if (s->kind != StmtKind::Def) for_each_block(*s, [&](Block& inner) { block(inner); });
      out.push_back(std::move(s));
    }
    b = std::move(out);
  }

  // enumerate(g(...)) or enumerate(g(...), start) of a generator g, the builtin: g, else null.
  const Generator* enumerated_generator(const Expr& e) const {
    if (e.kind != ExprKind::Call || e.callee->kind != ExprKind::Name || e.callee->text != "enumerate" ||
        user_enumerate_ || e.starred_arg || !e.keywords.empty() || e.operands.empty() || e.operands.size() > 2)
      return nullptr;
    return generator_of(*e.operands[0]);
  }

  // `for T in enumerate(g(...), start)` as `for item in g(...)` whose body binds T = (count,
  // item) first; count is start (evaluated after g's arguments, as CPython does) for the first
  // item and one more for each after, so an OverflowError comes at the first count that does
  // not fit, never one item early.
  Block inline_enumerated(Stmt& loop, const Generator& g) {
    Expr& call = *loop.value;
    SourceLoc at = loop.loc;
    std::string count = fresh("count"), first = fresh("first"), item = fresh("item");
    Block start;
    start.push_back(assign(name_expr(count, at), call.operands.size() == 2 ? std::move(call.operands[1]) : int_literal(0, at), at));
    start.push_back(set_flag(first, true, at));
    Block head;
    Block later;
    StmtPtr step = make(StmtKind::AugAssign, at);
    step->target = name_expr(count, at);
    step->aug_op = BinOp::Add;
    step->value = int_literal(1, at);
    later.push_back(std::move(step));
    Block once;
    once.push_back(set_flag(first, false, at));
    head.push_back(if_stmt(name_expr(first, at), std::move(once), at));
    head.back()->orelse = std::move(later);
    ExprPtr pair = std::make_unique<Expr>(ExprKind::Tuple, at);
    pair->operands.push_back(name_expr(count, at));
    pair->operands.push_back(name_expr(item, at));
    head.push_back(assign(std::move(loop.target), std::move(pair), at));
    append(head, std::move(loop.body));
    loop.body = std::move(head);
    loop.target = name_expr(item, at);
    loop.value = std::move(call.operands[0]);
    return inline_loop(loop, g, std::move(start));
  }

  // `after_arguments` runs after g's arguments are bound, before its body.
  Block inline_loop(Stmt& loop, const Generator& g, Block after_arguments = {}) {
    const Expr& call = *loop.value;
    const std::string name = shown(g.def->name);
    if (std::find(expanding_.begin(), expanding_.end(), g.def->name) != expanding_.end())
      throw CompileError(call.loc, "generator " + name + " consumes itself: kilopy inlines a generator into the loop "
                                   "that consumes it, so a generator cannot be recursive; build a list instead");
    for (const std::string& n : g.reads)
      if (locals_->count(n))
        throw CompileError(call.loc, "generator " + name + " reads the global '" + shown(n) + "', which is a local "
                                     "variable where it is consumed here: kilopy inlines the generator into this "
                                     "loop, so rename one of them");
    std::map<std::string, std::string> renames;
    for (const std::string& n : g.locals) renames[n] = fresh(n);
    Block out;
    out.push_back(stub_call(*loop.value));
    std::map<std::string, ExprPtr> ranges;
    append(out, bind_arguments(*loop.value, *g.def, renames, ranges));
    append(out, std::move(after_arguments));
    block(loop.body);
    block(loop.orelse);
    Block body = copy_block(g.def->body);
    rename_block(body, renames);
    for (const auto& r : ranges) iterate_range(body, r.first, *r.second);  // or a generator's call
    expanding_.push_back(g.def->name);
    block(body);
    expanding_.pop_back();
    returns_to_exits(body);
    bool broke_flag = !loop.orelse.empty() && find_own_jump(loop.body, StmtKind::Break);
    std::string broke = broke_flag ? fresh("broke") : "";
    Block each = consumer_body(loop, broke);
    replace_yields(body, *loop.target, each);
    if (broke_flag) out.push_back(set_flag(broke, false, loop.loc));
    if (find_stmt(body, is_exit_marker)) {
      std::string stop = fresh("stop");
      out.push_back(set_flag(stop, false, loop.loc));
      body = lower_exits(std::move(body), false, stop);
    }
    append(out, std::move(body));
    if (broke_flag) out.push_back(if_stmt(not_expr(name_expr(broke, loop.loc)), std::move(loop.orelse), loop.loc));
    else append(out, std::move(loop.orelse));
    return out;
  }

  // Each parameter (renamed) bound to its argument, in the order the arguments are written,
  // then the defaults of those not passed. A range(...) argument of a parameter the body reads
  // only as a for loop's iterable (not a value in kilopy) has its bounds bound to hidden names
  // instead, and `ranges` gets the range(...) of them that those loops iterate; so does a
  // generator's call passed for a parameter it streams (streams()), its arguments bound.
  Block bind_arguments(Expr& call, const Stmt& def, const std::map<std::string, std::string>& renames,
                       std::map<std::string, ExprPtr>& ranges) {
    const std::string name = shown(def.name);
    if (call.starred_arg || !call.starred.empty())
      throw CompileError(call.loc, "*args in a call of generator " + name + " is not supported in kilopy: pass each argument");
    Block out;
    std::set<std::string> given;
    auto bind = [&](const Param& p, ExprPtr value, SourceLoc loc) {
      given.insert(p.name);
      if (streamed(def, *value, &p)) {  // its arguments now, the call where it is iterated
        hold_arguments(*value, out, loc);
        ranges[renames.at(p.name)] = std::move(value);
        return;
      }
      size_t reads = 0, iterated = 0;
      if (is_range_call(*value)) count_reads(def.body, p.name, reads, iterated);
      if (iterated > 0 && reads == iterated) {
        for (ExprPtr& bound : value->operands) {
          std::string held = fresh("range");
          out.push_back(assign(name_expr(held, loc), std::move(bound), loc));
          bound = name_expr(held, loc);
        }
        ranges[renames.at(p.name)] = std::move(value);
        return;
      }
      out.push_back(assign(name_expr(renames.at(p.name), loc), std::move(value), loc));
      if (p.annotation) out.back()->annotation = copy_expr(*p.annotation);
    };
    size_t positional = 0;
    while (positional < def.params.size() && !def.params[positional].keyword_only) ++positional;
    if (call.operands.size() > positional)
      throw CompileError(call.operands[positional]->loc, "TypeError: " + name + "() takes " + std::to_string(positional) + " positional argument" +
                                                            (positional == 1 ? "" : "s") + " but " + std::to_string(call.operands.size()) +
                                                            (call.operands.size() == 1 ? " was" : " were") + " given");
    for (size_t i = 0; i < call.operands.size(); ++i) bind(def.params[i], std::move(call.operands[i]), call.loc);
    for (Keyword& k : call.keywords) {
      auto p = std::find_if(def.params.begin(), def.params.end(), [&](const Param& q) { return q.name == k.name; });
      if (p == def.params.end())
        throw CompileError(k.loc, "TypeError: " + name + "() got an unexpected keyword argument '" + k.name + "'");
      if (given.count(p->name))
        throw CompileError(k.loc, "TypeError: " + name + "() got multiple values for argument '" + k.name + "'");
      bind(*p, std::move(k.value), call.loc);
    }
    for (const Param& p : def.params) {
      if (given.count(p.name)) continue;
      if (!p.default_value)
        throw CompileError(call.loc, "TypeError: " + name + "() missing required argument: '" + p.name + "'");
      bind(p, copy_expr(*p.default_value), call.loc);
    }
    return out;
  }

  // The generator's returns (those left after its inner generator loops were inlined are its own).
  static void returns_to_exits(Block& b) {
    for (StmtPtr& s : b) {
      if (s->kind == StmtKind::Return) s = exit_marker(s->loc);
      else for_each_block(*s, [](Block& inner) { returns_to_exits(inner); });
    }
  }

  // The statements of b that a break or continue there would leave: not inside its loops
  // (their `else:` is), nor its nested defs.
  template <class F>
  static void for_each_own(Block& b, F&& f) {
    for (StmtPtr& s : b) {
      f(s);
      if (s->kind == StmtKind::Def) continue;
      if (!is_loop(*s)) for_each_block(*s, [&](Block& inner) { for_each_own(inner, f); });
      else for_each_own(s->orelse, f);
    }
  }

  static bool find_own_jump(Block& b, StmtKind kind) {
    bool found = false;
    for_each_own(b, [&](StmtPtr& s) { found = found || s->kind == kind; });
    return found;
  }

  // What each yield runs after binding the target: a copy of the loop's body where a break
  // leaves the generator (setting `broke`, if named) and a continue goes on after the yield
  // (the body inside `while True: ...; break`, its continues breaks).
  Block consumer_body(const Stmt& loop, const std::string& broke) {
    Block body = copy_block(loop.body);
    refuse_jumps_in_try(body);
    bool continues = false;
    lower_own_jumps(body, broke, continues);
    if (!continues) return body;
    StmtPtr wrap = make(StmtKind::While, loop.loc);
    wrap->value = bool_expr(true, loop.loc);
    wrap->body = std::move(body);
    wrap->body.push_back(make(StmtKind::Break, loop.loc));
    Block out;
    out.push_back(std::move(wrap));
    return out;
  }

  static void refuse_jumps_in_try(Block& b) {
    for_each_own(b, [](StmtPtr& s) {
      if (s->kind == StmtKind::Try &&
          (find_own_jump(s->body, StmtKind::Break) || find_own_jump(s->handlers, StmtKind::Break) ||
           find_own_jump(s->orelse, StmtKind::Break)))
        throw CompileError(s->loc, "`break` inside a try statement in a loop over a generator is not supported in "
                                   "kilopy: set a flag in the try statement and break after it");
    });
  }

  static void lower_own_jumps(Block& b, const std::string& broke, bool& continues) {
    Block out;
    for (StmtPtr& s : b) {
      if (s->kind == StmtKind::Break) {
        if (!broke.empty()) out.push_back(set_flag(broke, true, s->loc));
        out.push_back(exit_marker(s->loc));
        continue;
      }
      if (s->kind == StmtKind::Continue) {
        continues = true;
        out.push_back(make(StmtKind::Break, s->loc));
        continue;
      }
      if (s->kind == StmtKind::Def) {
      } else if (is_loop(*s)) {
        lower_own_jumps(s->orelse, broke, continues);
      } else {
        for_each_block(*s, [&](Block& inner) { lower_own_jumps(inner, broke, continues); });
      }
      out.push_back(std::move(s));
    }
    b = std::move(out);
  }

  // Each `yield v` becomes `target = v` and a copy of each.
  static void replace_yields(Block& b, const Expr& target, const Block& each) {
    Block out;
    for (StmtPtr& s : b) {
      if (s->kind != StmtKind::Yield) {
        for_each_block(*s, [&](Block& inner) { replace_yields(inner, target, each); });
        out.push_back(std::move(s));
        continue;
      }
      ExprPtr value = s->value ? std::move(s->value) : std::make_unique<Expr>(ExprKind::None, s->loc);
      out.push_back(assign(copy_expr(target), std::move(value), s->loc));
      append(out, copy_block(each));
    }
    b = std::move(out);
  }

  // The exit markers of b lowered: each sets `stop` and breaks out of the loop it is in; after
  // a statement that holds one, a loop breaks too if `stop` is set, and a block outside the
  // generator's loops runs its rest only if it is not.
  static Block lower_exits(Block b, bool in_loop, const std::string& stop) {
    Block out;
    for (size_t i = 0; i < b.size(); ++i) {
      StmtPtr& s = b[i];
      if (is_exit_marker(*s)) {
        out.push_back(set_flag(stop, true, s->loc));
        if (in_loop) out.push_back(make(StmtKind::Break, s->loc));
        return out;  // the rest never runs
      }
      if (!has_exit_marker(*s)) {
        out.push_back(std::move(s));
        continue;
      }
      SourceLoc loc = s->loc;
      s->body = lower_exits(std::move(s->body), in_loop || is_loop(*s), stop);
      s->orelse = lower_exits(std::move(s->orelse), in_loop, stop);
      out.push_back(std::move(s));
      Block rest;
      for (size_t j = i + 1; j < b.size(); ++j) rest.push_back(std::move(b[j]));
      rest = lower_exits(std::move(rest), in_loop, stop);
      if (in_loop) {
        Block leave;
        leave.push_back(make(StmtKind::Break, loc));
        out.push_back(if_stmt(name_expr(stop, loc), std::move(leave), loc));
        append(out, std::move(rest));
      } else if (!rest.empty()) {
        out.push_back(if_stmt(not_expr(name_expr(stop, loc)), std::move(rest), loc));
      }
      return out;
    }
    return out;
  }

  // A generator's name anywhere but as the callee of a for loop's iterable.
  void refuse_other_uses(const Stmt& s) {
    std::function<void(const Expr&)> arguments = [&](const Expr& call) {
      const Stmt& def = *generator_of(call)->def;
      auto argument = [&](const Expr& a, const Param* p) {
        if (streamed(def, a, p)) arguments(a);
        else refuse_other_uses(a);
      };
      for (size_t i = 0; i < call.operands.size(); ++i) argument(*call.operands[i], param_of(def, i, ""));
      for (const Keyword& k : call.keywords) argument(*k.value, param_of(def, 0, k.name));
    };
    for_each_child(s, [&](const Expr& e, Use) {
      bool iterable = s.kind == StmtKind::For && &e == s.value.get();
      if (iterable && generator_of(e)) {
        arguments(e);
      } else if (iterable && enumerated_generator(e)) {
        arguments(*e.operands[0]);
        if (e.operands.size() == 2) refuse_other_uses(*e.operands[1]);
      } else {
        refuse_other_uses(e);
      }
    }, [&](const Block& b) { for (const StmtPtr& x : b) refuse_other_uses(*x); });
  }

  void refuse_other_uses(const Expr& e) {
    if (e.kind == ExprKind::Name && generators_.count(e.text))
      throw CompileError(e.loc, "generator " + shown(e.text) + " is used here other than as the iterable of a for "
                                "loop or a comprehension: kilopy inlines a generator into the loop that consumes "
                                "it; write `for v in " + shown(e.text) + "(...):`, `[v for v in " + shown(e.text) +
                                "(...)]` or `sum(v for v in " + shown(e.text) + "(...))`, or pass it to a generator "
                                "that iterates it in one for loop");
    for_each_operand(e, [&](const Expr& o) { refuse_other_uses(o); });
  }
};

}  // namespace

void inline_generators(Module& module) { Inliner(module).run(); }

bool is_inlined_variable(const std::string& name) {
  size_t sep = name.find(kDefSep), number = sep + 1 + std::strlen(kInlinedMark);
  return sep != std::string::npos && name.compare(sep + 1, std::strlen(kInlinedMark), kInlinedMark) == 0 &&
         number < name.size() && name[number] != '0' &&  // (a shadowed builtin's zeros: link.h)
         name.find_first_not_of("0123456789", number) == std::string::npos;
}

}  // namespace kilopy
