// disassemble(): the `kilopy dis` listing of a compiled program.
#include <stdint.h>

#include <boost/test/unit_test.hpp>
#include <map>
#include <set>
#include <sstream>
#include <string>
#include <vector>

#include "bytecode/disasm.h"
#include "bytecode/image.h"
#include "bytecode/image_format.h"
#include "bytecode/opcode_info.h"
#include "bytecode/opcodes.h"
#include "bytecode/verify.h"
#include "frontend/compile.h"

using namespace kilopy;

namespace {

const char* const kSource =
    "def scale(x, k=300):\n"
    "    return x * k\n"
    "\n"
    "def show():\n"
    "    print(\"big is\", big)\n"
    "\n"
    "big = 100000\n"
    "total = 0\n"
    "for i in range(4):\n"
    "    total += scale(i)\n"
    "print(\"total:\", total, big)\n"
    "show()\n"
    "assert total == 1800, \"sum\"\n"
    "big = 7\n"  // a second assignment: big stays a global (one assignment would make it a constant)
    "show()\n";  // a second call: show stays a function (the inliner copies one called once)

bool contains(const std::string& hay, const std::string& needle) { return hay.find(needle) != std::string::npos; }

// The instruction lines of a listing: code offset -> opcode name.
std::map<unsigned, std::string> instruction_lines(const std::string& listing) {
  std::map<unsigned, std::string> found;
  std::istringstream in(listing);
  for (std::string line; std::getline(in, line);) {
    size_t p = line.find_first_not_of(' ');
    if (p == std::string::npos || !(line[p] >= '0' && line[p] <= '9')) continue;
    size_t q = line.find_first_not_of("0123456789", p);
    if (q == std::string::npos || line.compare(q, 2, "  ") != 0) continue;
    unsigned pc = unsigned(std::stoul(line.substr(p, q - p)));
    size_t n = line.find_first_not_of(' ', q);
    size_t e = line.find(' ', n);
    found[pc] = line.substr(n, e == std::string::npos ? std::string::npos : e - n);
  }
  return found;
}

struct Compiled {
  Image img;
  std::vector<uint8_t> bytes;
};

Compiled compile(unsigned bits, bool debug, const char* source = kSource) {
  CompileOptions o;
  o.int_bits = bits;
  Compiled c;
  Image generated = compile_source("prog.py", source, o);
  c.bytes = encode_image(generated, debug);
  BOOST_REQUIRE(verify_image(c.bytes, c.img) == "");  // the listing tool reads decoded images
  return c;
}

}  // namespace

BOOST_AUTO_TEST_SUITE(disasm)

BOOST_AUTO_TEST_CASE(header_and_function_headers) {
  Compiled c = compile(32, true);
  std::string l = disassemble(c.img, c.bytes.size(), kSource);
  BOOST_TEST(contains(l, "kilopy image v" + std::to_string(kFormatVersion) + ": 32-bit ints, " + std::to_string(c.bytes.size()) + " bytes"), l);
  BOOST_TEST(contains(l, "3 functions"), l);
  BOOST_TEST(contains(l, "source: prog.py"), l);
  BOOST_TEST(!contains(l, "no debug section"), l);
  BOOST_TEST(contains(l, "function 0 <module>: 0 params"), l);
  BOOST_TEST(contains(l, "function 1 scale: 2 params"), l);
  BOOST_TEST(contains(l, "function 2 show: 0 params"), l);
  for (size_t f = 0; f < c.img.functions.size(); ++f) {
    std::string range = "code " + std::to_string(c.img.functions[f].code_offset) + ".." +
                        std::to_string(c.img.code_end(f));
    BOOST_TEST(contains(l, range), range);
  }
  Compiled c16 = compile(16, true, "print(1)\n");
  std::string l16 = disassemble(c16.img, c16.bytes.size(), "");
  BOOST_TEST(contains(l16, "16-bit ints"), l16);
  BOOST_TEST(contains(l16, "1 functions"), l16);
}

BOOST_AUTO_TEST_CASE(every_instruction_listed_with_its_table_name) {
  {
    Compiled c = compile(32, true);
    std::string l = disassemble(c.img, c.bytes.size(), kSource);
    std::map<unsigned, std::string> listed = instruction_lines(l);
    // Walk the code with the table's sizes: each instruction appears at its offset by name.
    std::set<std::string> used;
    size_t count = 0;
    for (size_t pc = 0; pc < c.img.code.size(); pc += op_info(c.img.code[pc]).size, ++count) {
      const char* name = op_info(c.img.code[pc]).name;
      used.insert(name);
      BOOST_TEST_INFO("offset " << pc);
      BOOST_TEST(listed[unsigned(pc)] == name);
    }
    BOOST_TEST(listed.size() == count);
    for (const char* op : {"LOADI", "CALL", "FORPREP0", "FORLOOP1", "PUTS", "PUTI", "HALT", "RET", "RETN", "MUL",
                           "GETG", "RAISE"})
      BOOST_TEST(used.count(op) == 1u, op << " not in the compiled program");
    BOOST_TEST(used.count("LOADK") == 1u);
  }
}

BOOST_AUTO_TEST_CASE(source_line_comments) {
  Compiled c = compile(32, true);
  std::string with = disassemble(c.img, c.bytes.size(), kSource);
  BOOST_TEST(contains(with, "; 2: return x * k"), with);
  BOOST_TEST(contains(with, "; 5: print(\"big is\", big)"), with);  // indentation stripped
  BOOST_TEST(contains(with, "; 7: big = 100000"), with);
  BOOST_TEST(contains(with, "; 9: for i in range(4):"), with);
  BOOST_TEST(contains(with, "; 13: assert total == 1800, \"sum\""), with);
  BOOST_TEST(!contains(with, "; 1:"), with);  // a def line runs no code of its own here
  // Without the source text: line numbers only.
  std::string bare = disassemble(c.img, c.bytes.size(), "");
  BOOST_TEST(contains(bare, "      ; 7\n"), bare);
  BOOST_TEST(!contains(bare, "big = 100000"), bare);
  // Without a debug section: no line comments, no names.
  Compiled s = compile(32, false);
  std::string stripped = disassemble(s.img, s.bytes.size(), kSource);
  BOOST_TEST(contains(stripped, "no debug section"), stripped);
  BOOST_TEST(!contains(stripped, "; 7"), stripped);
  BOOST_TEST(contains(stripped, "function 1 ?:"), stripped);
  BOOST_TEST(!contains(stripped, "(scale)"), stripped);
}

BOOST_AUTO_TEST_CASE(operands_are_resolved) {
  Compiled c = compile(32, true);
  std::string l = disassemble(c.img, c.bytes.size(), kSource);
  BOOST_TEST(contains(l, "(100000)"), l);            // a constant's value
  BOOST_TEST(contains(l, "\"total: \""), l);          // a string's text (print's separator folded in)
  BOOST_TEST(contains(l, "\"big is \""), l);
  BOOST_TEST(contains(l, "\"\\n\""), l);              // escaped
  BOOST_TEST(contains(l, "f1 (scale)"), l);           // a function's name
  BOOST_TEST(contains(l, "f2 (show)"), l);
  BOOST_TEST(contains(l, "g0 (big)"), l);             // a global's name
  BOOST_TEST(contains(l, "RAISE    AssertionError, s"), l);  // the error kind by exception name
  BOOST_TEST(contains(l, "\"sum\""), l);
  // Jump targets are absolute offsets of listed instructions.
  std::map<unsigned, std::string> listed = instruction_lines(l);
  std::istringstream in(l);
  unsigned jumps = 0;
  for (std::string line; std::getline(in, line);) {
    size_t arrow = line.find("-> ");
    if (arrow == std::string::npos) continue;
    unsigned target = unsigned(std::stoul(line.substr(arrow + 3)));
    BOOST_TEST(listed.count(target) == 1u, line);
    ++jumps;
  }
  BOOST_TEST(jumps >= 3u);
}

BOOST_AUTO_TEST_CASE(hand_made_image_without_debug) {
  Image img;
  FunctionInfo f0;
  f0.nregs = 2;
  img.functions.push_back(f0);
  img.constants = {-70000};
  img.strings = {"tab\there"};
  img.code = {OP_LOADK, 1, 0, OP_LOADI, 0, 0x00, 0x80, OP_PUTS, 0, OP_RAISE, 1, 0, 0xEE, OP_HALT};
  std::string l = disassemble(img, 99, "");
  BOOST_TEST(contains(l, "99 bytes (code 14)"), l);
  BOOST_TEST(contains(l, "function 0 ?:"), l);
  BOOST_TEST(contains(l, "LOADK    r1, k0 (-70000)"), l);
  BOOST_TEST(contains(l, "LOADI    r0, -32768"), l);
  BOOST_TEST(contains(l, "PUTS     s0 \"tab\\there\""), l);
  BOOST_TEST(contains(l, "RAISE    OverflowError, s0"), l);
  BOOST_TEST(contains(l, ".byte 238"), l);  // not an opcode: shown as data, listing goes on
  BOOST_TEST(contains(l, "13  HALT"), l);
}

BOOST_AUTO_TEST_CASE(last_instruction_with_one_byte_operand) {
  // The code ends right after RET's register byte (run under ASan, a read past it shows up).
  Image img;
  FunctionInfo f0;
  f0.nregs = 2;
  img.functions.push_back(f0);
  img.code = {OP_LOADI, 1, 9, 0, OP_RET, 1};
  img.code.shrink_to_fit();
  std::string l = disassemble(img, 30, "");
  BOOST_TEST(contains(l, "LOADI    r1, 9"), l);
  BOOST_TEST(contains(l, "4  RET      r1"), l);
}

BOOST_AUTO_TEST_SUITE_END()
