// Dicts as records (records.h). The class of keys k0, k1, ... is parsed from this text, then
// renamed: fields f<i> become repr(k<i>), the texts P<i> and K<i> the pieces of the dict's
// repr and the keys; every location is the first display's (pin_locations).
//
//     class R:
//         def __init__(self, v0, v1):
//             self.f0 = v0
//             self.f1 = v1
//         def __repr__(self):
//             return "P0" + repr(self.f0) + "P1" + repr(self.f1) + "}"
//         def __eq__(self, other):
//             return self.f0 == other.f0 and self.f1 == other.f1
//         def __len__(self):
//             return 2
//         def __contains__(self, key):
//             return key == "K0" or key == "K1"
#include "frontend/records.h"

#include <set>

#include "frontend/codegen.h"
#include "frontend/desugar.h"
#include "frontend/parser.h"

namespace kilopy {

namespace {

std::string class_text(size_t n) {
  std::string params, inits, shown, equal, keys;
  for (size_t i = 0; i < n; ++i) {
    std::string f = "self.f" + std::to_string(i);
    params += ", v" + std::to_string(i);
    inits += "        " + f + " = v" + std::to_string(i) + "\n";
    shown += "\"P" + std::to_string(i) + "\" + repr(" + f + ") + ";
    equal += (i ? " and " : "") + f + " == other.f" + std::to_string(i);
    keys += (i ? " or " : "") + std::string("key == \"K") + std::to_string(i) + "\"";
  }
  return "class R:\n"
         "    def __init__(self" + params + "):\n" + inits +
         "    def __repr__(self):\n"
         "        return " + shown + "\"}\"\n"
         "    def __eq__(self, other):\n"
         "        return " + equal + "\n"
         "    def __len__(self):\n"
         "        return " + std::to_string(n) + "\n"
         "    def __contains__(self, key):\n"
         "        return " + keys + "\n";
}

struct Renaming {
  const std::vector<std::string>& keys;
  std::vector<std::string> pieces;  // P<i>: "{'k0': ", ", 'k1': ", ...
  SourceLoc at;

  // The index after `prefix` in text (f3 -> 3), or -1.
  static long index_after(const std::string& text, char prefix) {
    if (text.size() < 2 || text[0] != prefix || text.find_first_not_of("0123456789", 1) != std::string::npos) return -1;
    return std::stol(text.substr(1));
  }

  void expr(Expr& e) {
    if (e.kind == ExprKind::Attribute && index_after(e.text, 'f') >= 0) e.text = record_field(keys[size_t(index_after(e.text, 'f'))]);
    if (e.kind == ExprKind::Str && index_after(e.text, 'P') >= 0) e.text = pieces[size_t(index_after(e.text, 'P'))];
    else if (e.kind == ExprKind::Str && index_after(e.text, 'K') >= 0) e.text = keys[size_t(index_after(e.text, 'K'))];
    for_each_operand(e, [&](Expr& o) { expr(o); });
  }

  void stmt(Stmt& s) {
    pin_locations(s, at);
    for_each_child(s, [&](Expr& e, Use) { expr(e); }, [&](std::vector<StmtPtr>& b) {
      for (StmtPtr& t : b) stmt(*t);
    });
  }
};

// True if e is a dict display of exactly `keys`, in order.
bool is_display(const Expr& e, const std::vector<std::string>& keys) {
  if (e.kind != ExprKind::Dict || e.operands.size() != 2 * keys.size()) return false;
  for (size_t i = 0; i < keys.size(); ++i)
    if (e.operands[2 * i]->kind != ExprKind::Str || e.operands[2 * i]->text != keys[i]) return false;
  return true;
}

// The first such display in e (at any depth), or null.
const Expr* first_in(const Expr& e, const std::vector<std::string>& keys) {
  if (is_display(e, keys)) return &e;
  const Expr* found = nullptr;
  for_each_operand(e, [&](const Expr& o) { found = found ? found : first_in(o, keys); });
  return found;
}

// The first such display in body, or null.
const Expr* first_display(const std::vector<StmtPtr>& body, const std::vector<std::string>& keys) {
  const Expr* found = nullptr;
  for (const StmtPtr& s : body)
    for_each_child(*s, [&](const Expr& e, Use) { found = found ? found : first_in(e, keys); },
                   [&](const std::vector<StmtPtr>& b) { found = found ? found : first_display(b, keys); });
  return found;
}

// Every display with `keys` in the slot (at any depth) becomes the call cls(v0, v1, ...).
void make_calls(ExprPtr& slot, const std::vector<std::string>& keys, const std::string& cls) {
  for_each_operand_slot(*slot, [&](ExprPtr& o) { make_calls(o, keys, cls); });
  if (!is_display(*slot, keys)) return;
  ExprPtr call(new Expr(ExprKind::Call, slot->loc));
  call->callee.reset(new Expr(ExprKind::Name, slot->loc));
  call->callee->text = cls;
  for (size_t i = 0; i < keys.size(); ++i) call->operands.push_back(std::move(slot->operands[2 * i + 1]));
  slot = std::move(call);
}

void make_calls(std::vector<StmtPtr>& body, const std::vector<std::string>& keys, const std::string& cls) {
  for (StmtPtr& s : body)
    for_each_child_slot(*s, [&](ExprPtr& e, Use) { make_calls(e, keys, cls); },
                        [&](std::vector<StmtPtr>& b) { make_calls(b, keys, cls); });
}

}  // namespace

std::string record_field(const std::string& key) { return py_repr(key, false, SourceLoc{}); }

bool is_record_class(const std::string& cls) {
  return cls.size() > 5 && cls.compare(0, 5, std::string("dict") + kHiddenSep) == 0;
}

bool make_record(Module& module, const std::vector<std::string>& keys) {
  if (keys.empty() || std::set<std::string>(keys.begin(), keys.end()).size() != keys.size()) return false;
  const Expr* display = first_display(module.body, keys);
  if (!display) return false;
  Renaming renaming{keys, {}, display->loc};
  for (size_t i = 0; i < keys.size(); ++i) renaming.pieces.push_back((i ? ", " : "{") + py_repr(keys[i], false, display->loc) + ": ");
  Module parsed = parse_module(module.filename, class_text(keys.size()));
  size_t made = 0;  // the record classes before this one
  for (const StmtPtr& s : module.body) made += s->kind == StmtKind::Class && is_record_class(s->name);
  std::string cls = std::string("dict") + kHiddenSep + std::to_string(made + 1);
  for (StmtPtr& s : parsed.body) {
    renaming.stmt(*s);
    s->name = s->kind == StmtKind::Class ? cls : cls + s->name.substr(1);  // R.__init__ -> cls.__init__
  }
  make_calls(module.body, keys, cls);
  module.body.insert(module.body.begin(), std::make_move_iterator(parsed.body.begin()),
                     std::make_move_iterator(parsed.body.end()));
  return true;
}

}  // namespace kilopy
