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
  return op == OP_HALT || op == OP_JMP || op == OP_RET || op == OP_RETN || op == OP_RETM || op == OP_RAISE;
}

std::string opcode_table_markdown() {
  std::string out = "| # | opcode | format | bytes | Python | semantics |\n|---|---|---|---|---|---|\n";
  for (unsigned op = 0; op < OP_COUNT; ++op) {
    const OpInfo& i = kOps[op];
    std::string python = *i.python ? std::string("`") + i.python + "`" : "";
    std::string doc;
    for (const char* c = i.doc; *c; ++c) doc += *c == '|' ? "\\|" : std::string(1, *c);
    if (python == "`|`") python = "`\\|`";
    out += "| " + std::to_string(op) + " | " + i.name + " | " + i.format + " | " + std::to_string(i.size) + " | " +
           python + " | `" + doc + "` |\n";
  }
  return out;
}

}  // namespace kilopy
