#include "frontend/builtins.h"

#include <cctype>
#include <cstring>

#include "frontend/ast.h"
#include "frontend/python_builtins.h"

namespace kilopy {

namespace {

const Builtin kBuiltins[] = {
    {"print", TypeRule::Print, CodeRule::Print, false},
    {"range", TypeRule::Range, CodeRule::Loop, false},
    {"enumerate", TypeRule::Iterate, CodeRule::Loop, false},
    {"zip", TypeRule::Iterate, CodeRule::Loop, false},
    {"reversed", TypeRule::Iterate, CodeRule::Loop, false},
    {"array", TypeRule::Array, CodeRule::Array, true},
    {"len", TypeRule::Len, CodeRule::Opcode, false},
    {"sum", TypeRule::Sum, CodeRule::Opcode, false},
    {"min", TypeRule::MinMax, CodeRule::Opcode, false},
    {"max", TypeRule::MinMax, CodeRule::Opcode, false},
    {"micro.trace", TypeRule::Trace, CodeRule::Trace, false},
    {"sys.exit", TypeRule::Exit, CodeRule::Exit, false},
    {"exit", TypeRule::Exit, CodeRule::Exit, false},
    {"quit", TypeRule::Exit, CodeRule::Exit, false},
    {"int", TypeRule::Convert, CodeRule::Convert, false},
    {"bool", TypeRule::Convert, CodeRule::Convert, false},
    {"str", TypeRule::Convert, CodeRule::Convert, false},
    {"ord", TypeRule::Convert, CodeRule::Convert, false},
    {"chr", TypeRule::Convert, CodeRule::Convert, false},
    {"repr", TypeRule::Convert, CodeRule::Convert, false},
    {"pow", TypeRule::Pow, CodeRule::Pow, false},
    {"divmod", TypeRule::Divmod, CodeRule::Divmod, false},
    {"round", TypeRule::Round, CodeRule::Round, false},
    {"any", TypeRule::Truth, CodeRule::Opcode, false},
    {"all", TypeRule::Truth, CodeRule::Opcode, false},
    {"list", TypeRule::List, CodeRule::List, false},
    {"tuple", TypeRule::Tuple, CodeRule::Tuple, false},
    {"sorted", TypeRule::Sorted, CodeRule::Sorted, false},
};
const Builtin kOneOpcode = {"", TypeRule::Opcode, CodeRule::Opcode, false};

}  // namespace

Op builtin_opcode(const std::string& name, unsigned arity) {
  for (unsigned op = 0; op < OP_COUNT; ++op) {
    const OpInfo& info = op_info(uint8_t(op));
    if (name == info.python && std::strlen(info.kinds) == arity + 1 && info.kinds[0] == 'r')
      return Op(op);
  }
  return OP_COUNT;
}

const Builtin* find_builtin(const std::string& name) {
  for (const Builtin& b : kBuiltins)
    if (name == b.name) return &b;
  if (name.empty() || !std::isalpha(static_cast<unsigned char>(name[0]))) return nullptr;
  for (unsigned op = 0; op < OP_COUNT; ++op)
    if (name == op_info(uint8_t(op)).python) return &kOneOpcode;
  return nullptr;
}

bool is_builtin(const std::string& name) {
  const Builtin* b = find_builtin(name);
  return b && !b->needs_import;
}

bool is_python_builtin(const std::string& name) {
  for (const char* p : kPythonBuiltins)
    if (name == p) return true;
  return false;
}

SetMethod set_method(const std::string& m) {
  static const struct { const char* name; SetMethodKind kind; uint8_t op; } kMethods[] = {
      {"union", SetMethodKind::Operator, uint8_t(BinOp::BitOr)},
      {"intersection", SetMethodKind::Operator, uint8_t(BinOp::BitAnd)},
      {"difference", SetMethodKind::Operator, uint8_t(BinOp::Sub)},
      {"symmetric_difference", SetMethodKind::Operator, uint8_t(BinOp::BitXor)},
      {"update", SetMethodKind::InPlace, uint8_t(BinOp::BitOr)},
      {"intersection_update", SetMethodKind::InPlace, uint8_t(BinOp::BitAnd)},
      {"difference_update", SetMethodKind::InPlace, uint8_t(BinOp::Sub)},
      {"symmetric_difference_update", SetMethodKind::InPlace, uint8_t(BinOp::BitXor)},
      {"issubset", SetMethodKind::Subset, uint8_t(CmpOp::LtE)},
      {"issuperset", SetMethodKind::Subset, uint8_t(CmpOp::GtE)},
      {"isdisjoint", SetMethodKind::Disjoint, 0},
      {"copy", SetMethodKind::Copy, 0},
  };
  for (const auto& k : kMethods)
    if (m == k.name) return SetMethod{k.kind, k.op};
  return SetMethod{SetMethodKind::None, 0};
}

}  // namespace kilopy
