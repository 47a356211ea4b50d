// Copies of a function for the calls that give it other argument types (call_copies.h). A copy
// of `f` is a def named `f` kDefSep `00000n` (shown as f, in messages and tracebacks: link.h), a
// copy of f's def statement placed right after it, so it runs where f is defined and sees what f
// sees. A copy is exactly f: the same body, parameters and defaults (kilopy refuses mutable
// defaults, the one thing two defs of the same text would not share), so a call of the copy does
// what the call of f did.
#include "frontend/call_copies.h"

#include <algorithm>
#include <functional>
#include <set>

#include "frontend/link.h"

namespace kilopy {

namespace {

constexpr unsigned kMaxCallCopies = 8;  // per function: more argument types than that are refused

// The def of the module's top level named `name`, and where it is in the body.
StmtPtr* find_def(Module& module, const std::string& name, size_t& at) {
  for (at = 0; at < module.body.size(); ++at)
    if (module.body[at]->kind == StmtKind::Def && module.body[at]->name == name) return &module.body[at];
  return nullptr;
}

// The def of method "C.m" in class C's body, or null.
const Stmt* find_method(const Module& module, const std::string& name) {
  size_t dot = name.find('.');
  if (dot == std::string::npos) return nullptr;
  for (const StmtPtr& s : module.body) {
    if (s->kind != StmtKind::Class || s->name != name.substr(0, dot)) continue;
    for (const StmtPtr& m : s->body)
      if (m->kind == StmtKind::Def && m->name == name.substr(dot + 1)) return m.get();
  }
  return nullptr;
}

// The call of `callee` at `loc` in e, or null.
Expr* find_call(Expr& e, const std::string& callee, SourceLoc loc) {
  if (e.kind == ExprKind::Call && e.callee->kind == ExprKind::Name && e.callee->text == callee &&
      e.loc.line == loc.line && e.loc.col == loc.col && e.loc.file == loc.file)
    return &e;
  Expr* found = nullptr;
  for_each_operand(e, [&](Expr& o) {
    if (!found) found = find_call(o, callee, loc);
  });
  return found;
}

// The call in body (nested defs are functions of their own: `skip_defs`, but for a def's body).
Expr* find_call(std::vector<StmtPtr>& body, const std::string& callee, SourceLoc loc, bool skip_defs) {
  Expr* found = nullptr;
  for (StmtPtr& s : body) {
    if (found) break;
    if (skip_defs && (s->kind == StmtKind::Def || s->kind == StmtKind::Class)) continue;
    for_each_child(*s, [&](Expr& e, Use) {
      if (!found) found = find_call(e, callee, loc);
    }, [&](std::vector<StmtPtr>& b) {
      if (!found) found = find_call(b, callee, loc, true);
    });
  }
  return found;
}

// f without a copy's suffix.
std::string original(const std::string& f) {
  size_t sep = f.find(kDefSep + std::string("00000"));
  return sep == std::string::npos ? f : f.substr(0, sep);
}

std::string copy_name(const std::string& f, unsigned n) { return f + kDefSep + "00000" + std::to_string(n); }

// Calls f applies to the calls of top-level defs by name in body (not methods, not calls through
// values, not a name the def binds itself; nested defs are not walked).
template <class F>
void each_call(std::vector<StmtPtr>& body, const std::set<std::string>& locals, F&& f) {
  std::function<void(Expr&)> expr = [&](Expr& e) {
    if (e.kind == ExprKind::Call && e.callee->kind == ExprKind::Name && !locals.count(e.callee->text)) f(*e.callee);
    for_each_operand(e, expr);
  };
  for (StmtPtr& s : body) {
    if (s->kind == StmtKind::Def) continue;
    for_each_child(*s, [&](Expr& e, Use) { expr(e); },
                   [&](std::vector<StmtPtr>& b) { each_call(b, locals, f); });
  }
}

// Copies f and every function it calls, at any depth (so no function it shares with the other
// calls gives a copy's parameters their types back), each copy calling the others; the name of
// f's copy, or "" if some function has kMaxCallCopies copies already.
std::string copy_with_callees(Module& module, const std::string& f, CallCopies& copies) {
  std::map<std::string, std::string> to;
  std::vector<std::string> work = {f};
  while (!work.empty()) {
    std::string g = work.back();
    work.pop_back();
    size_t at = 0;
    if (to.count(g) || !find_def(module, g, at)) continue;
    if (copies.made[g] == kMaxCallCopies) return "";
    to[g] = copy_name(g, copies.made[g] + 1);
    Stmt& def = *module.body[at];
    each_call(def.body, def_locals(def), [&](Expr& callee) {
      size_t c = 0;
      if (find_def(module, callee.text, c)) work.push_back(callee.text);
    });
  }
  for (const auto& entry : to) {
    size_t at = 0;
    StmtPtr copy = copy_stmt(**find_def(module, entry.first, at));
    copy->name = entry.second;
    each_call(copy->body, def_locals(*copy), [&](Expr& callee) {
      auto it = to.find(callee.text);
      if (it != to.end()) callee.text = it->second;
    });
    size_t after = at + 1;  // after g and the copies made before this one
    while (after < module.body.size() && module.body[after]->kind == StmtKind::Def &&
           original(module.body[after]->name) == entry.first && module.body[after]->name != entry.first)
      ++after;
    module.body.insert(module.body.begin() + long(after), std::move(copy));
    ++copies.made[entry.first];
  }
  return to.at(f);
}

}  // namespace

bool call_next_copy(Module& module, const std::string& callee, const std::string& caller, SourceLoc call_at,
                    CallCopies& copies) {
  size_t at = 0;
  if (callee.find('.') != std::string::npos || !find_def(module, callee, at)) return false;  // a method: dispatched
  Expr* call = nullptr;
  if (caller == "<module>") {
    call = find_call(module.body, callee, call_at, true);
  } else if (StmtPtr* def = find_def(module, caller, at)) {
    call = find_call((*def)->body, callee, call_at, true);
  } else if (const Stmt* method = find_method(module, caller)) {
    call = find_call(const_cast<Stmt*>(method)->body, callee, call_at, true);
  }
  if (!call) return false;
  const std::string f = original(callee);
  unsigned next = callee == f ? 1 : unsigned(std::stoul(callee.substr(f.size() + 6))) + 1;
  std::string target = next <= copies.made[f] ? copy_name(f, next) : copy_with_callees(module, f, copies);
  if (target.empty()) return false;
  call->callee->text = target;
  return true;
}

namespace {

// A call of a top-level def by name: its callee Name and the function it is in.
struct CallSite {
  Expr* name;
  std::string caller;  // "<module>", a def or "C.m"
};

// The calls of `callee` by name in the module's statements, its defs and its methods, in
// source order.
std::vector<CallSite> calls_of(Module& module, const std::string& callee) {
  std::vector<CallSite> sites;
  auto scan = [&](std::vector<StmtPtr>& body, const std::set<std::string>& locals, const std::string& caller) {
    each_call(body, locals, [&](Expr& name) {
      if (name.text == callee) sites.push_back(CallSite{&name, caller});
    });
  };
  scan(module.body, {}, "<module>");
  for (StmtPtr& s : module.body) {
    if (s->kind == StmtKind::Def) scan(s->body, def_locals(*s), s->name);
    if (s->kind != StmtKind::Class) continue;
    for (StmtPtr& m : s->body)
      if (m->kind == StmtKind::Def) scan(m->body, def_locals(*m), s->name + "." + m->name);
  }
  std::stable_sort(sites.begin(), sites.end(), [](const CallSite& a, const CallSite& b) {
    SourceLoc x = a.name->loc, y = b.name->loc;
    return x.file != y.file ? x.file < y.file : x.line != y.line ? x.line < y.line : x.col < y.col;
  });
  return sites;
}

}  // namespace

bool copy_last_call(Module& module, const std::string& callee, CallCopies& copies) {
  std::vector<CallSite> sites = calls_of(module, callee);
  return sites.size() >= 2 && call_next_copy(module, callee, sites.back().caller, sites.back().name->loc, copies);
}

bool copy_call_passing(Module& module, const std::string& caller, const std::string& variable, SourceLoc except_at,
                       CallCopies& copies) {
  std::vector<StmtPtr>* body = nullptr;
  std::set<std::string> locals;
  size_t at = 0;
  if (caller == "<module>") {
    body = &module.body;
  } else if (StmtPtr* def = find_def(module, caller, at)) {
    body = &(*def)->body;
    locals = def_locals(**def);
  }
  if (!body) return false;
  const Expr* last = nullptr;
  std::function<void(const Expr&)> visit = [&](const Expr& e) {
    bool passes = e.kind == ExprKind::Call && e.callee->kind == ExprKind::Name && !locals.count(e.callee->text) &&
                  find_def(module, e.callee->text, at) &&
                  std::any_of(e.operands.begin(), e.operands.end(),
                              [&](const ExprPtr& o) { return o->kind == ExprKind::Name && o->text == variable; });
    bool elsewhere = e.loc.line != except_at.line || e.loc.col != except_at.col || e.loc.file != except_at.file;
    if (passes && elsewhere && (!last || std::make_pair(last->loc.line, last->loc.col) < std::make_pair(e.loc.line, e.loc.col)))
      last = &e;
    for_each_operand(e, visit);
  };
  std::function<void(std::vector<StmtPtr>&)> block = [&](std::vector<StmtPtr>& b) {
    for (StmtPtr& s : b) {
      if (s->kind == StmtKind::Def || s->kind == StmtKind::Class) continue;
      for_each_child(*s, [&](Expr& e, Use) { visit(e); }, block);
    }
  };
  block(*body);
  return last && call_next_copy(module, last->callee->text, caller, last->loc, copies);
}

void copy_each_call(Module& module, const std::string& f, CallCopies& copies) {
  std::vector<CallSite> sites = calls_of(module, f);
  for (size_t i = 1; i < sites.size(); ++i) {
    std::string copy = copy_with_callees(module, f, copies);
    if (copy.empty()) return;
    sites[i].name->text = copy;
  }
}

}  // namespace kilopy
