// The static arena bound (bytecode/memory_bound.h): the opcode facts it reads off the table
// agree with the VM's handlers, proved bounds hold against measured peaks, and what cannot be
// proved is named with its place.
#include <boost/test/unit_test.hpp>
#include <string>
#include <vector>

#include "bytecode/memory_bound.h"
#include "bytecode/opcode_info.h"
#include "bytecode/verify.h"
#include "frontend/compile.h"
#include "targets/host/host_vm.h"

using namespace kilopy;

namespace {

struct Measured {
  MemoryBound bound;
  unsigned peak = 0;
};

Measured measure(const std::string& source, unsigned bits, bool debug = true) {
  CompileOptions options;
  options.int_bits = bits;
  std::vector<uint8_t> bytes = encode_image(compile_source("t.py", source, options), debug);
  Image image;
  BOOST_REQUIRE(verify_image(bytes, image).empty());
  RunOptions run;
  run.arena_size = 4096;
  RunResult r = run_image(bytes, image, run, [](const char*, size_t) {});
  BOOST_REQUIRE_EQUAL(int(r.status), int(KP_HALTED));
  return Measured{memory_bound(image), r.state.total_peak};
}

std::string reasons(const MemoryBound& b) {
  std::string all;
  for (const std::string& r : b.reasons) all += r + "\n";
  return all;
}

// A proved bound, at both widths, at least the peak and at most `slack` times it.
void check_proved(const std::string& source, double slack) {
  for (unsigned bits : {32u, 16u}) {
    Measured m = measure(source, bits);
    BOOST_TEST_INFO("bits " << bits << ", reasons: " << reasons(m.bound));
    BOOST_REQUIRE(m.bound.proved());
    BOOST_TEST(m.bound.total() >= m.peak);
    BOOST_TEST(double(m.bound.total()) <= slack * m.peak);
  }
}

std::string unproved(const std::string& source, bool debug = true) {
  Measured m = measure(source, 32, debug);
  BOOST_TEST(!m.bound.proved());
  return reasons(m.bound);
}

}  // namespace

BOOST_AUTO_TEST_SUITE(memory_bound_suite)

// The bound reads its opcode facts off the mode column: spot checks of the rows it relies on.
BOOST_AUTO_TEST_CASE(opcode_modes_give_the_bound_its_facts) {
  BOOST_TEST(op_info(OP_NEWSEQ).has(M_NEW));
  BOOST_TEST(op_info(OP_FILL).has(M_NEW));
  BOOST_TEST(op_info(OP_REPEAT).has(M_NEW));
  BOOST_TEST(op_info(OP_APPEND).has(M_GROW));
  BOOST_TEST(op_info(OP_INSERT).has(M_GROW));
  BOOST_TEST(op_info(OP_POP).has(M_SHRINK));
  BOOST_TEST(!op_info(OP_POP).has(M_ALLOCATES));
  BOOST_TEST(op_info(OP_CALL).has(M_CALL));
  BOOST_TEST(!op_info(OP_SETITEM).has(M_ALLOCATES));
  BOOST_TEST(op_info(OP_SLICE).has(M_NEW_O));
  BOOST_TEST(op_info(OP_SETSLICE).has(M_RESIZE));
  BOOST_TEST(!op_info(OP_LISTOP).has(M_ALLOCATES));
  typedef std::vector<std::pair<unsigned, unsigned>> Writes;
  BOOST_TEST((written_registers(OP_FORLOOP) == Writes{{0, 0}, {1, 0}}));
  BOOST_TEST((written_registers(OP_NEXTITEM) == Writes{{0, 1}, {1, 0}}));
  BOOST_TEST((written_registers(OP_FORPREP) == Writes{{1, 0}}));
  BOOST_TEST(written_registers(OP_SETITEM).empty());
  BOOST_TEST(written_registers(OP_SETG).empty());
  // Every allocating row is a sequence handler, so a VM without the heap has none of them.
  for (unsigned op = 0; op < OP_COUNT; ++op) {
    BOOST_TEST_INFO(op_info(uint8_t(op)).name);
    if (op_info(uint8_t(op)).has(M_ALLOCATES)) BOOST_TEST(op_info(uint8_t(op)).group == GROUP_SEQ);
  }
}

BOOST_AUTO_TEST_CASE(proved_bounds_hold) {
  check_proved("w = [1, 2, 3]\nprint(w)\n", 1.0);
  check_proved("from array import array\nw = array('h', [0] * 5)\nv = array('b', [1, 2])\nprint(w, v)\n", 1.0);
  check_proved("w = [1, 2] * 3\nv = 2 * [[0] * 2, [1]]\nprint(w, v)\n", 1.2);  // temporaries are collected
  check_proved("w = [1, 2, 3, 4]\nv = w[1:3]\nu = w.copy()\nprint(v[::-1], u)\nw.sort()\n", 2.0);  // a slice: at most its source
  check_proved("w = [1, 2]\nw.append(3)\nw.insert(0, 4)\nw.append(5)\nprint(w, w.pop())\n", 2.5);  // grown in place: the peak is below the sum of blocks the bound counts
  check_proved("def f():\n    return [0] * 4\n\na = f()\nb = f()\nprint(a == b)\n", 1.5);
  check_proved("n = 4\n\ndef f(k):\n    return k + 1\n\nw = [f(1)] * 3\nfor i in range(3):\n    w[i] += 1\nprint(w)\n", 1.0);
  // A function nobody calls may recurse: it never runs.
  check_proved("def r(n):\n    return r(n - 1)\n\nw = [1]\nprint(w)\n", 1.0);
}

BOOST_AUTO_TEST_CASE(unproved_bounds_say_why_and_where) {
  BOOST_TEST(unproved("w = [1]\nw += [2]\nprint(w)\n") ==
             "list resized by extend, += or a slice assignment at line 2 (to a length known only at run time)\n");
  BOOST_TEST(unproved("def f(n):\n    return 1 if n < 1 else f(n - 1)\n\nprint(f(3))\n") ==
             "recursion in f (line 2)\n");
  BOOST_TEST(unproved("w = []\nfor i in range(3):\n    w.append(i)\nprint(w)\n") == "append in a loop at line 3\n");
  BOOST_TEST(unproved("def f(n):\n    return [0] * n\n\nprint(f(3))\n") ==
             "list size depends on a value computed at run time at line 2\n");
  BOOST_TEST(unproved("def f():\n    return [1, 2]\n\nfor i in range(3):\n    print(f())\n") ==
             "list created at line 2 runs unboundedly often: <module> calls f in a loop at line 5\n");
  BOOST_TEST(unproved("w = [1]\nwhile len(w) < 3:\n    w.insert(0, 2)\nprint(w)\n") == "insert in a loop at line 3\n");
  // Without a debug section the place is a code offset.
  BOOST_TEST(unproved("w = []\nfor i in range(3):\n    w.append(i)\nprint(w)\n", false).find("code offset") !=
             std::string::npos);
}

BOOST_AUTO_TEST_SUITE_END()
