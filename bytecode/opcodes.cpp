#include "bytecode/opcode_info.h"

namespace kilopy {

namespace {
const OpInfo kOps[OP_COUNT] = {
#define OP(name, fmt, py, result, doc) \
  {#name, #fmt, kFmtKinds_##fmt, fmt_size(kFmtKinds_##fmt), py, (#result)[0], doc},
#include "bytecode/opcodes.def"
#undef OP
};
}  // namespace

const OpInfo& op_info(uint8_t op) { return kOps[op]; }

bool ends_flow(uint8_t op) {
  return op == OP_HALT || op == OP_JMP || op == OP_RET || op == OP_RETN || op == OP_RAISE;
}

}  // namespace kilopy
