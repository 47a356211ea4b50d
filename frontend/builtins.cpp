#include "frontend/builtins.h"

#include <cctype>
#include <cstring>

namespace kilopy {

Op builtin_opcode(const std::string& name, unsigned arity) {
  for (unsigned op = 0; op < OP_COUNT; ++op) {
    const OpInfo& info = op_info(uint8_t(op));
    if (name == info.python && std::strlen(info.kinds) == arity + 1 && info.kinds[0] == 'r')
      return Op(op);
  }
  return OP_COUNT;
}

bool is_builtin(const std::string& name) {
  if (name == "print" || name == "range") return true;
  if (name.empty() || !std::isalpha(static_cast<unsigned char>(name[0]))) return false;
  for (unsigned op = 0; op < OP_COUNT; ++op)
    if (name == op_info(uint8_t(op)).python) return true;
  return false;
}

}  // namespace kilopy
