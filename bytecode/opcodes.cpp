#include "bytecode/opcode_info.h"
#include "bytecode/runtime.h"

namespace kilopy {

namespace {
const OpInfo kOps[OP_COUNT] = {
#define OP(name, fmt, py, result, group, mode, doc)                                          \
  {#name, #fmt, kFmtKinds_##fmt, fmt_size(kFmtKinds_##fmt), py, (#result)[0], GROUP_##group, \
   (#group)[0] == '_' ? "" : #group, mode, doc},
#include "bytecode/opcodes.def"
#undef OP
};
}  // namespace

const OpInfo& op_info(uint8_t op) { return kOps[op]; }

std::vector<std::pair<unsigned, unsigned>> written_registers(uint8_t op) {
  const OpInfo& i = kOps[op];
  std::vector<std::pair<unsigned, unsigned>> out;
  if (i.has(M_WA)) out.push_back({0, 0});
  if (i.has(M_WA1)) out.push_back({0, 1});
  if (i.has(M_WA2)) out.push_back({0, 2});
  if (i.has(M_WA3)) out.push_back({0, 3});
  if (i.has(M_WB)) out.push_back({1, 0});
  if (i.has(M_WB1)) out.push_back({1, 1});
  return out;
}

unsigned register_span(uint8_t op, unsigned index, const uint8_t* code) {
  const OpInfo& i = kOps[op];
  if (index == 0 && i.has(M_RANGE)) return 3;
  if (index == 0 && i.has(M_PAIR)) return 2;
  if (index == 0 && i.has(M_ITER4)) return kDictIterRegs;
  if (index == 1 && i.has(M_WB1)) return 2;
  if (i.kinds[index] != 0 && i.kinds[index + 1] == 'c') {
    unsigned at = 1;
    for (unsigned k = 0; k <= index; ++k) at += operand_size(i.kinds[k]);
    return code[at] > 0 ? code[at] : 1;
  }
  return 1;
}

std::string mode_words(uint32_t mode) {
  static const struct { uint32_t flag; const char* words; } kWords[] = {
      {M_WA, "writes R[A]"}, {M_WA1, "writes R[A+1]"}, {M_WA2, "writes R[A+2]"}, {M_WB, "writes R[B]"},
      {M_RANGE, "A: R[A..A+2]"}, {M_PAIR, "A: R[A..A+1]"}, {M_COPY, "copies"},
      {M_LOAD_I, "loads sI"}, {M_LOAD_K, "loads K[B]"}, {M_CALL, "calls"}, {M_TUPLE, "returns a tuple"},
      {M_END, "ends the flow"}, {M_NEW_C, "allocates c elements"}, {M_NEW_X, "allocates R[C] elements"},
      {M_NEW_OX, "allocates len(R[B]) * R[C] elements"}, {M_NEW_L, "allocates a list of len(R[B]) elements"}, {M_NEW_R, "allocates a list of len(range(R[B], R[C], R[D])) elements"}, {M_GROW, "may grow by one"}, {M_SHRINK, "shrinks"},
      {M_STORE, "stores elements"}, {M_INPUT, "reads input"}, {M_ERR, "may raise"},
      {M_ERR_C, "raises only if R[C] <= 0"}, {M_RET, "returns"},
      {M_NEW_O, "allocates at most len(R[B]) elements"},
      {M_RESIZE, "may resize to a run-time length"},
      {M_DICT, "may grow a dict"}, {M_WA3, "writes R[A+3]"}, {M_WB1, "writes R[B+1]"},
      {M_ITER4, "A: a dict iterator R[A..A+3]"}, {M_STR, "may build a str"}, {M_STROP, "m: a StrOp"},
  };
  std::string out;
  for (const auto& w : kWords)
    if (mode & w.flag) out += (out.empty() ? "" : "; ") + std::string(w.words);
  return out;
}

std::string opcode_table_markdown() {
  std::string out =
      "| # | opcode | format | bytes | Python | group | mode | semantics |\n|---|---|---|---|---|---|---|---|\n";
  for (unsigned op = 0; op < OP_COUNT; ++op) {
    const OpInfo& i = kOps[op];
    std::string python = *i.python ? std::string("`") + i.python + "`" : "";
    std::string doc;
    for (const char* c = i.doc; *c; ++c) doc += *c == '|' ? "\\|" : std::string(1, *c);
    if (python == "`|`") python = "`\\|`";
    out += "| " + std::to_string(op) + " | " + i.name + " | " + i.format + " | " + std::to_string(i.size) + " | " +
           python + " | " + i.group_name + " | " + mode_words(i.mode) + " | `" + doc + "` |\n";
  }
  return out;
}

}  // namespace kilopy
