// vm_config_header() and renumber_opcodes(): the per-image VM of the AVR firmware.
#include <stdint.h>

#include <boost/test/unit_test.hpp>
#include <string>
#include <vector>

#include "bytecode/image.h"
#include "bytecode/opcode_info.h"
#include "bytecode/opcodes.h"
#include "bytecode/vm_config.h"
#include "frontend/compile.h"

using namespace kilopy;

namespace {

const char* const kSource =
    "def f(n):\n"
    "    s = 0\n"
    "    for i in range(n):\n"
    "        s += i * i\n"
    "    return s\n"
    "print(f(5), f(6) > 50)\n";

Image compiled() {
  CompileOptions o;
  return compile_source("prog.py", kSource, o);
}

// The opcode of each instruction, in code order.
std::vector<uint8_t> opcodes(const Image& image) {
  std::vector<uint8_t> ops;
  for (size_t pc = 0; pc < image.code.size(); pc += op_info(image.code[pc]).size) ops.push_back(image.code[pc]);
  return ops;
}

}  // namespace

BOOST_AUTO_TEST_CASE(vm_config_lists_exactly_the_opcodes_used) {
  Image image = compiled();
  std::vector<uint8_t> ops = opcodes(image);
  std::string header = vm_config_header(image);
  for (unsigned op = 0; op < OP_COUNT; ++op) {
    bool used = false;
    for (uint8_t o : ops) used = used || o == op;
    std::string line = std::string("#define KP_USES_") + op_info(uint8_t(op)).name + (used ? " 1\n" : " 0\n");
    BOOST_TEST(header.find(line) != std::string::npos, line);
  }
  BOOST_TEST(header.find("#define KP_HEAP 0\n") != std::string::npos);  // nothing allocates
}

BOOST_AUTO_TEST_CASE(renumbering_gives_each_opcode_its_scaled_rank_among_those_used) {
  Image image = compiled();
  std::vector<bool> used(OP_COUNT, false);
  for (uint8_t op : opcodes(image)) used[op] = true;

  Image local = image;
  renumber_opcodes(local);
  BOOST_TEST(local.code.size() == image.code.size());
  // Walk both with the standard sizes: every other byte is unchanged, each opcode byte is its
  // rank (opcodes.def order) among the opcodes used, times kLocalOpcodeScale.
  for (size_t pc = 0; pc < image.code.size();) {
    uint8_t op = image.code[pc];
    uint8_t rank = 0;
    for (unsigned o = 0; o < op; ++o) rank = uint8_t(rank + used[o]);
    BOOST_TEST(local.code[pc] == rank * kLocalOpcodeScale);
    size_t size = op_info(op).size;
    for (size_t k = 1; k < size; ++k) BOOST_TEST(local.code[pc + k] == image.code[pc + k]);
    pc += size;
  }
}
