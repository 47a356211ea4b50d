// Copies of a function for the calls that give it other argument types (call_copies.h). A copy
// of `f` is a def named `f` kDefSep `00000n` (shown as f, in messages and tracebacks: link.h), a
// copy of f's def statement placed right after it, so it runs where f is defined and sees what f
// sees. A copy is exactly f: the same body, parameters and defaults (kilopy refuses mutable
// defaults, the one thing two defs of the same text would not share), so a call of the copy does
// what the call of f did.
#include "frontend/call_copies.h"

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

// The top-level defs e calls by name (not methods, not through values), into out.
void callees(const Module& module, const Expr& e, std::vector<std::string>& out) {
  if (e.kind == ExprKind::Call && e.callee->kind == ExprKind::Name) {
    for (const StmtPtr& s : module.body)
      if (s->kind == StmtKind::Def && s->name == e.callee->text) out.push_back(s->name);
  }
  for_each_operand(e, [&](const Expr& o) { callees(module, o, out); });
}

void callees(const Module& module, const std::vector<StmtPtr>& body, std::vector<std::string>& out) {
  for (const StmtPtr& s : body)
    for_each_child(*s, [&](const Expr& e, Use) { callees(module, e, out); },
                   [&](const std::vector<StmtPtr>& b) { callees(module, b, out); });
}

// Renames the callees of the calls in e that `to` names.
void rename_callees(Expr& e, const std::map<std::string, std::string>& to) {
  if (e.kind == ExprKind::Call && e.callee->kind == ExprKind::Name) {
    auto it = to.find(e.callee->text);
    if (it != to.end()) e.callee->text = it->second;
  }
  for_each_operand(e, [&](Expr& o) { rename_callees(o, to); });
}

void rename_callees(std::vector<StmtPtr>& body, const std::map<std::string, std::string>& to) {
  for (StmtPtr& s : body)
    for_each_child(*s, [&](Expr& e, Use) { rename_callees(e, to); },
                   [&](std::vector<StmtPtr>& b) { rename_callees(b, to); });
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
    callees(module, module.body[at]->body, work);
  }
  for (const auto& entry : to) {
    size_t at = 0;
    StmtPtr copy = copy_stmt(**find_def(module, entry.first, at));
    copy->name = entry.second;
    rename_callees(copy->body, to);
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

}  // namespace kilopy
