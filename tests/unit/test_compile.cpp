// compile_source + run_image end to end, with CPython as the oracle: each snippet runs under
// python3 from the test itself, and kilopy must print the same bytes and stop the same way.
#include <stdint.h>
#include <stdlib.h>
#include <sys/wait.h>
#include <unistd.h>

#include <boost/test/unit_test.hpp>
#include <cstdio>
#include <ctime>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

#include "bytecode/image.h"
#include "bytecode/verify.h"
#include "child_limits.h"
#include "frontend/compile.h"
#include "frontend/diagnostic.h"
#include "targets/host/host_vm.h"
#include "bytecode/status.h"

using namespace kilopy;

namespace {

struct PyResult {
  std::string out, err;
  int exit_code = -1;
};

std::string slurp(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  std::ostringstream s;
  s << in.rdbuf();
  return s.str();
}

// Runs `source` under CPython (python3 on PATH) from a temporary file.
PyResult run_cpython(const std::string& source) {
  char src[] = "/tmp/kilopy_unit_XXXXXX";
  int fd = mkstemp(src);
  BOOST_REQUIRE_MESSAGE(fd >= 0, "mkstemp failed");
  BOOST_REQUIRE(write(fd, source.data(), source.size()) == ssize_t(source.size()));
  close(fd);
  std::string err_path = std::string(src) + ".err";
  std::string cmd = "python3 -I -S " + std::string(src) + " 2>" + err_path;
  PyResult r;
  FILE* p = popen(cmd.c_str(), "r");
  BOOST_REQUIRE_MESSAGE(p != nullptr, "cannot start python3");
  char buf[4096];
  size_t n;
  while ((n = fread(buf, 1, sizeof buf, p)) > 0) r.out.append(buf, n);
  int status = pclose(p);
  r.exit_code = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
  r.err = slurp(err_path);
  unlink(src);
  unlink(err_path.c_str());
  BOOST_REQUIRE_MESSAGE(r.exit_code == 0 || r.exit_code == 1,
                        "python3 did not run the snippet (exit " << r.exit_code << "): " << r.err);
  return r;
}

struct KpResult {
  std::string out, error;
  KpStatus status = KP_OK;
};

KpResult run_kilopy(const std::string& source, unsigned bits, uint32_t arena = kDefaultArena) {
  CompileOptions options;
  options.int_bits = bits;
  Image img;
  try {
    img = compile_source("snippet.py", source, options);
  } catch (const CompileError& e) {
    BOOST_FAIL("kilopy rejected the snippet at " << bits << " bits: "
                                                 << format_diagnostic("snippet.py", source, e.loc, e.what()));
  }
  std::vector<uint8_t> bytes = encode_image(img, true);
  Image decoded;
  std::string why = verify_image(bytes, decoded);
  BOOST_REQUIRE_MESSAGE(why.empty(), "the compiler's image fails verification: " << why);
  RunOptions run;
  run.arena_size = arena;
  run.max_steps = 50000000;
  KpResult r;
  RunResult rr = run_image(bytes, decoded, run, [&](const char* p, size_t n) { r.out.append(p, n); });
  r.status = rr.status;
  r.error = rr.error;
  return r;
}

// The last line of a traceback names the exception: "ZeroDivisionError: ...".
std::string exception_name(const std::string& traceback) {
  std::string t = traceback;
  while (!t.empty() && t.back() == '\n') t.pop_back();
  std::string last = t.substr(t.rfind('\n') == std::string::npos ? 0 : t.rfind('\n') + 1);
  return last.substr(0, last.find(':'));
}

void check_against_cpython(const std::string& source, std::initializer_list<unsigned> widths = {32, 16},
                           uint32_t arena = kDefaultArena) {
  PyResult py = run_cpython(source);
  BOOST_TEST(!py.out.empty(), "the snippet should print something");
  for (unsigned bits : widths) {
    BOOST_TEST_CONTEXT(bits << "-bit ints") {
      KpResult kp = run_kilopy(source, bits, arena);
      BOOST_TEST(kp.out == py.out);
      if (py.exit_code == 0) {
        BOOST_TEST(kp.status == KP_HALTED, kp.error);
      } else {
        BOOST_TEST(kp_is_error(kp.status), "CPython raised " << exception_name(py.err) << " but kilopy stopped with "
                                                             << int(kp.status));
        BOOST_TEST(exception_name(kp.error) == exception_name(py.err));
      }
    }
  }
}

}  // namespace

BOOST_AUTO_TEST_SUITE(compile)

BOOST_AUTO_TEST_CASE(print_formats) {
  check_against_cpython(
      "print(1, -2, 0, True, False, None, \"text\")\n"
      "print(1, 2, 3, sep=\"\")\n"
      "print(\"a\", \"b\", sep=\", \", end=\"!\\n\")\n"
      "print()\n"
      "print(-32767 - 1, 32767, sep=\"|\")\n"
      "print(\"x\", end=\"\")\n"
      "print(\"y\", end=\"\")\n"
      "print(sep=\"-\")\n"
      "print(-0, 7 - 10, end=\"\\n\")\n"
      "print(\"tab\", \"sep\", sep=\"\\t\")\n"
      "print(\"q \\\"quoted\\\" and back\\\\slash\")\n");
}

BOOST_AUTO_TEST_CASE(print_32_bit_extremes) {
  check_against_cpython(
      "print(-2147483647 - 1, 2147483647, 100000 * 3, -65536)\n"
      "x = 2147483647\n"
      "print(x, -x, x // 2, x % 1000)\n",
      {32});
}

BOOST_AUTO_TEST_CASE(floor_division_and_modulo_signs) {
  check_against_cpython(
      "for a in range(-9, 10, 3):\n"
      "    for b in range(-4, 5):\n"
      "        if b != 0:\n"
      "            print(a // b, a % b, end=\" \")\n"
      "    print()\n"
      "print(7 // 2, -7 // 2, 7 // -2, -7 // -2)\n"
      "print(7 % 3, -7 % 3, 7 % -3, -7 % -3)\n"
      "x = -32767\n"
      "print(x // -1, x % -1, -1 % 5, 1 % -5, x // 2, x % 2)\n");
}

BOOST_AUTO_TEST_CASE(chained_comparisons_with_side_effects) {
  check_against_cpython(
      "def f(x):\n"
      "    print(\"f\", x)\n"
      "    return x\n"
      "\n"
      "print(f(1) < f(2) < f(3))\n"
      "print(f(3) < f(2) < f(1))\n"
      "print(f(1) < f(1) <= f(1))\n"
      "print(f(1) == f(1) != f(2) > f(0))\n"
      "if 0 <= f(5) < 10:\n"
      "    print(\"in range\")\n"
      "while f(0) > f(1) > f(2):\n"
      "    print(\"never\")\n");
}

BOOST_AUTO_TEST_CASE(and_or_return_operands) {
  check_against_cpython(
      "def f(x):\n"
      "    print(\"f\", x)\n"
      "    return x\n"
      "\n"
      "print(0 or 5, 3 and 0, 2 and 7, 0 and f(1), 1 or f(2))\n"
      "print(f(0) or f(0) or f(9))\n"
      "print(f(4) and f(0) and f(8))\n"
      "x = f(3) and f(6) or f(7)\n"
      "print(x)\n"
      "print(not 0, not 5, not (1 and 0))\n"
      "print(False or True, True and False)\n");
}

BOOST_AUTO_TEST_CASE(while_else) {
  check_against_cpython(
      "n = 0\n"
      "while n < 3:\n"
      "    print(\"loop\", n)\n"
      "    n += 1\n"
      "else:\n"
      "    print(\"else ran\", n)\n"
      "while n < 10:\n"
      "    if n == 5:\n"
      "        break\n"
      "    n += 1\n"
      "else:\n"
      "    print(\"not printed\")\n"
      "print(\"after\", n)\n"
      "i = 0\n"
      "while True:\n"
      "    i += 1\n"
      "    if i % 2 == 0:\n"
      "        continue\n"
      "    if i > 7:\n"
      "        break\n"
      "    print(i, end=\",\")\n"
      "print()\n");
}

BOOST_AUTO_TEST_CASE(for_else_with_break) {
  check_against_cpython(
      "for i in range(2, 30):\n"
      "    for j in range(2, i):\n"
      "        if i % j == 0:\n"
      "            break\n"
      "    else:\n"
      "        print(i, \"is prime\")\n"
      "for k in range(3):\n"
      "    pass\n"
      "else:\n"
      "    print(\"done\", k)\n"
      "for k in range(10, 0, -3):\n"
      "    if k == 4:\n"
      "        break\n"
      "    print(k, end=\" \")\n"
      "else:\n"
      "    print(\"no break\")\n"
      "print(\"k is\", k)\n");
}

BOOST_AUTO_TEST_CASE(loop_variable_semantics) {
  // Assigning the loop variable does not change the iteration; range() is evaluated once.
  check_against_cpython(
      "for i in range(3):\n"
      "    print(i)\n"
      "    i = 10\n"
      "print(i)\n"
      "n = 4\n"
      "for j in range(n):\n"
      "    n = 1\n"
      "    print(j, n, end=\" \")\n"
      "print()\n"
      "k = 7\n"
      "for k in range(0):\n"
      "    pass\n"
      "print(k)\n"
      "s = 0\n"
      "for a in range(32760, 32767):\n"
      "    s += 1\n"
      "print(s, a)\n"
      "for b in range(-32767, -32768, -1):\n"
      "    print(b)\n");
}

BOOST_AUTO_TEST_CASE(recursion) {
  check_against_cpython(
      "def fib(n):\n"
      "    if n < 2:\n"
      "        return n\n"
      "    return fib(n - 1) + fib(n - 2)\n"
      "\n"
      "def ack(m, n):\n"
      "    if m == 0:\n"
      "        return n + 1\n"
      "    if n == 0:\n"
      "        return ack(m - 1, 1)\n"
      "    return ack(m - 1, ack(m, n - 1))\n"
      "\n"
      "def gcd(a, b):\n"
      "    if b == 0:\n"
      "        return a\n"
      "    return gcd(b, a % b)\n"
      "\n"
      "print(fib(15), ack(2, 3), gcd(1071, 462))\n");
}

BOOST_AUTO_TEST_CASE(recursion_limit_matches_cpython) {
  // CPython 3.11's default limit: f(998) just fits, f(999) is a RecursionError.
  const char* body =
      "def f(n):\n"
      "    if n == 0:\n"
      "        return 0\n"
      "    return f(n - 1) + 1\n"
      "print(\"start\")\n";
  check_against_cpython(std::string(body) + "print(f(998))\n", {32, 16}, 65535);
  check_against_cpython(std::string(body) + "print(f(999))\n", {32, 16}, 65535);
}

BOOST_AUTO_TEST_CASE(globals_from_functions) {
  check_against_cpython(
      "count = 0\n"
      "limit = 5\n"
      "\n"
      "def bump(by):\n"
      "    global count\n"
      "    count += by\n"
      "    return count\n"
      "\n"
      "def peek():\n"
      "    return count * limit\n"
      "\n"
      "def twice(v):\n"
      "    return bump(v) + bump(v)\n"
      "\n"
      "bump(2)\n"
      "bump(3)\n"
      "print(count, peek())\n"
      "limit = 7\n"
      "print(peek(), bump(-10), count)\n"
      "print(twice(3), count)\n");
}

BOOST_AUTO_TEST_CASE(tuple_swap) {
  check_against_cpython(
      "a = 1\n"
      "b = 2\n"
      "a, b = b, a\n"
      "print(a, b)\n"
      "x, y, z = 3, 4, 5\n"
      "x, y, z = z, x, y\n"
      "print(x, y, z)\n"
      "p, q = 0, 1\n"
      "for i in range(10):\n"
      "    p, q = q, p + q\n"
      "print(p, q)\n"
      "a, b = a + b, a - b\n"
      "print(a, b)\n"
      "def swap_args(x, y):\n"
      "    x, y = y, x\n"
      "    return x - y\n"
      "print(swap_args(10, 3))\n");
}

BOOST_AUTO_TEST_CASE(default_arguments) {
  check_against_cpython(
      "def area(w, h=2, scale=1):\n"
      "    return w * h * scale\n"
      "\n"
      "def greet(times=2):\n"
      "    for i in range(times):\n"
      "        print(\"hi\", end=\" \")\n"
      "    print()\n"
      "\n"
      "def neg(x=-5, flag=True, nothing=None):\n"
      "    print(x, flag, nothing)\n"
      "\n"
      "print(area(3), area(3, 4), area(3, 4, 5))\n"
      "greet()\n"
      "greet(3)\n"
      "neg()\n"
      "neg(1, False)\n");
}

BOOST_AUTO_TEST_CASE(bool_printing) {
  check_against_cpython(
      "t = True\n"
      "f = False\n"
      "print(t, f, not t, t and f, t or f)\n"
      "print(1 < 2, 2 < 1, 3 == 3, 3 != 3, 2 >= 3, 2 <= 3)\n"
      "print(t == 1, f == 0)\n"
      "print(True + True, True * 5, -True)\n"
      "b = 5 > 3\n"
      "print(b, not b)\n"
      "print(abs(-3) == 3 and max(1, 2) == 2)\n"
      "if b:\n"
      "    print(\"yes\")\n");
}

BOOST_AUTO_TEST_CASE(operators_and_precedence) {
  check_against_cpython(
      "x = 1234\n"
      "print(x & 255, x | 7, x ^ 1000, ~x, x << 3, x >> 2, -x >> 3)\n"
      "print(2 ** 10, (-3) ** 3, abs(-12), min(4, -2), max(4, -2), min(3, 3))\n"
      "print(2 ** 3 ** 2, -2 ** 2, (-2) ** 2)\n"
      "print(1 + 2 * 3 - 4 // 2 % 3 << 1 | 1 & 3 ^ 2)\n"
      "y = 10\n"
      "y += 5\n"
      "y -= 3\n"
      "y *= 2\n"
      "y //= 5\n"
      "y %= 3\n"
      "y **= 3\n"
      "print(y)\n"
      "def g(a, b, c):\n"
      "    return a * 100 + b * 10 + c\n"
      "def h(x):\n"
      "    return g(x, x + 1, g(1, 2, 3) // 100)\n"
      "print(g(1, 2, 3), h(2), g(h(0), g(0, 0, 1), 2))\n");
}

BOOST_AUTO_TEST_CASE(runtime_errors_stop_like_cpython) {
  check_against_cpython(
      "def half(n):\n"
      "    return 10 // n\n"
      "\n"
      "print(\"start\")\n"
      "for d in range(3, -1, -1):\n"
      "    print(half(d))\n"
      "print(\"never\")\n");
  check_against_cpython(
      "x = 3\n"
      "print(x)\n"
      "assert x < 3, \"x too big\"\n"
      "print(\"never\")\n");
  check_against_cpython(
      "def step(n):\n"
      "    return n - n\n"
      "print(1)\n"
      "for i in range(0, 5, step(4)):\n"
      "    print(i)\n");
}

// print() of a 254-character literal: the compiler merges the "\n" into one 255-byte
// string, the longest PUTS can print. Run in a child process with limits so that a regression
// fails, not hangs.
BOOST_AUTO_TEST_CASE(print_254_character_literal) {
  std::string source = "print(\"" + std::string(254, 'z') + "\")\n";
  PyResult py = run_cpython(source);
  std::fflush(nullptr);
  pid_t pid = fork();
  BOOST_REQUIRE(pid >= 0);
  if (pid == 0) {
    int code = 1;
    try {
      limit_child();
      CompileOptions options;
      Image img = compile_source("snippet.py", source, options);
      std::vector<uint8_t> bytes = encode_image(img, true);
      Image decoded;
      if (verify_image(bytes, decoded).empty()) {
        std::string out;
        RunOptions run;
        run.max_steps = 1000;
        RunResult r = run_image(bytes, decoded, run, [&](const char* p, size_t n) { out.append(p, n); });
        code = r.status == KP_HALTED && out == py.out ? 0 : 1;
      }
    } catch (...) {
      code = 2;
    }
    _exit(code);
  }
  int wstatus = 0;
  BOOST_REQUIRE(waitpid(pid, &wstatus, 0) == pid);
  BOOST_TEST(!WIFSIGNALED(wstatus), "kilopy did not finish in 5 s (signal " << WTERMSIG(wstatus) << ")");
  BOOST_TEST(!(WIFEXITED(wstatus) && WEXITSTATUS(wstatus) == 2), "kilopy printed without end (out of memory)");
  BOOST_TEST((WIFEXITED(wstatus) && WEXITSTATUS(wstatus) == 0), "kilopy's output differs from CPython's");
}

// Long and deep input: each compiles, or stops with the nesting limit, in time linear in its
// size (these took 48 s, or overflowed the stack, before).
namespace {

double seconds_since(const struct timespec& t0) {
  struct timespec t1;
  clock_gettime(CLOCK_MONOTONIC, &t1);
  return double(t1.tv_sec - t0.tv_sec) + double(t1.tv_nsec - t0.tv_nsec) / 1e9;
}

// The compile error for `source` ("" if it compiles), and how long compiling took.
std::string compile_message(const std::string& source, double& seconds, SourceLoc* loc = nullptr) {
  struct timespec t0;
  clock_gettime(CLOCK_MONOTONIC, &t0);
  std::string what;
  try {
    compile_source("long.py", source, CompileOptions());
  } catch (const CompileError& e) {
    what = e.what();
    if (loc) *loc = e.loc;
  }
  seconds = seconds_since(t0);
  return what;
}

constexpr double kLinearBound = 20;  // seconds: each of these takes well under 1

std::string joined(const std::string& item, const std::string& sep, int n) {
  std::string s;
  for (int i = 0; i < n; ++i) s += (i ? sep : "") + item;
  return s;
}

// if x == 0: y = 0 / elif x == i % 100: y = i ... / else: y = -1, at indentation `ind` (small
// constants: a function's wide ones would each take a register).
std::string elif_chain(int elifs, const std::string& ind) {
  std::string s = ind + "if x == 0:\n" + ind + "    y = 0\n";
  for (int i = 1; i <= elifs; ++i)
    s += ind + "elif x == " + std::to_string(i % 100) + ":\n" + ind + "    y = " + std::to_string(i % 100 + i / 100) + "\n";
  return s + ind + "else:\n" + ind + "    y = -1\n";
}

}  // namespace

BOOST_AUTO_TEST_CASE(print_of_100000_arguments_is_linear) {
  double t;
  std::string source = "a = 7\nprint(" + joined("1, a", ", ", 50000) + ")\n";
  BOOST_TEST(compile_message(source, t) == "");
  BOOST_TEST(t < kLinearBound);
  check_against_cpython(source, {32});
}

BOOST_AUTO_TEST_CASE(elif_chains_within_the_limit_compile) {
  check_against_cpython("x = 70\n" + elif_chain(950, "") + "print(y)\n", {32});
  check_against_cpython("def f(x):\n" + elif_chain(940, "    ") + "    return y\nprint(f(3), f(40), f(99), f(100))\n", {32});
}

BOOST_AUTO_TEST_CASE(elif_chain_of_9000_is_the_nesting_limit) {
  // CPython 3.11 itself gives up at about 3000 (MemoryError); kilopy at 10 elifs per level.
  for (const std::string& ind : {std::string(""), std::string("    ")}) {
    std::string source = (ind.empty() ? "x = 5\n" : "def f(x):\n") + elif_chain(9000, ind);
    double t;
    SourceLoc loc;
    std::string what = compile_message(source, t, &loc);
    BOOST_TEST(what.find("too deeply nested (kilopy's limit is 100 levels; an elif chain counts one level per 10 branches)") == 0,
               "got: " << what);
    BOOST_TEST(loc.line > 1900u);
    BOOST_TEST(loc.line < 2000u);
    BOOST_TEST(t < kLinearBound);
  }
}

BOOST_AUTO_TEST_CASE(deep_and_long_expressions) {
  struct Case {
    std::string source, error;  // error "" : compiles
  } cases[] = {
      {"a = 1\nprint(" + joined("a", " + ", 100000) + ")\n", "too deeply nested (kilopy's limit is 100 levels)"},
      {"a = 1\nprint(" + joined("a", " + ", 900) + ")\n", ""},
      {"a = 1\nprint(" + std::string(100000, '(') + "a" + std::string(100000, ')') + ")\n", "too deeply nested (kilopy's limit is 100 levels)"},
      {"a = 1\nprint(" + std::string(100000, '-') + "a)\n", "too deeply nested (kilopy's limit is 100 levels)"},
      {"a = 1\nprint(" + joined("a", " and ", 100000) + ")\n", ""},
      {"a = 1\nprint(" + joined("a", " or ", 100000) + ")\n", ""},
      {"a = 1\nprint(" + joined("a", " <= ", 100000) + ")\n", ""},
      {"a = 1\nprint(" + joined("a if a else", " ", 100000) + " a)\n", "too deeply nested (kilopy's limit is 100 levels)"},
      {"a = [0]\nprint(a" + joined("[0]", "", 100000) + ")\n", "too deeply nested (kilopy's limit is 100 levels)"},
  };
  for (const Case& c : cases) {
    double t;
    BOOST_TEST_CONTEXT(c.source.substr(0, 40)) {
      BOOST_TEST(compile_message(c.source, t) == c.error);
      BOOST_TEST(t < kLinearBound);
    }
  }
  std::string blocks;  // 10,000 nested if blocks
  for (int i = 0; i < 10000; ++i) blocks += std::string(size_t(i), ' ') + "if True:\n";
  blocks += std::string(10000, ' ') + "pass\n";
  double t;
  BOOST_TEST(compile_message(blocks, t) == "too deeply nested (kilopy's limit is 100 levels)");
  BOOST_TEST(t < kLinearBound);
}

// An assert message up to the 255-byte string limit is printed whole, as python3 prints it
// (longer is a compile error: tests/errors/limit_assert_message_long.py).
BOOST_AUTO_TEST_CASE(assert_message_up_to_the_limit_is_whole) {
  std::string two_byte;
  for (int i = 0; i < 127; ++i) two_byte += "\xc3\xa9";  // e-acute
  for (const std::string& msg : {two_byte + "a", std::string(255, 'm'), two_byte}) {
    std::string source = "x = 0\nprint(1)\nassert x, \"" + msg + "\"\n";
    PyResult py = run_cpython(source);
    KpResult kp = run_kilopy(source, 32);
    std::string last_py = py.err.substr(py.err.rfind('\n', py.err.size() - 2) + 1);
    std::string last_kp = kp.error.substr(kp.error.rfind('\n', kp.error.size() - 2) + 1);
    while (!last_kp.empty() && last_kp.back() == '\n') last_kp.pop_back();
    while (!last_py.empty() && last_py.back() == '\n') last_py.pop_back();
    BOOST_TEST(last_kp == last_py);
    BOOST_TEST(last_py == "AssertionError: " + msg);
  }
}

// The compiler reads only the folders of its search path: with none, an import of a module
// that exists in the current folder is still not found (fuzz/compile relies on this).
BOOST_AUTO_TEST_CASE(empty_search_path_reads_no_files) {
  char dir[] = "/tmp/kilopy_unit_XXXXXX";
  BOOST_REQUIRE(mkdtemp(dir) != nullptr);
  std::string module = std::string(dir) + "/near.py";
  std::ofstream(module) << "x = 1\n";
  char* saved = getcwd(nullptr, 0);
  BOOST_REQUIRE(chdir(dir) == 0);
  std::string what;
  try {
    compile_source("prog.py", "import near\nprint(near.x)\n", CompileOptions());
  } catch (const CompileError& e) {
    what = e.what();
  }
  BOOST_REQUIRE(chdir(saved) == 0);
  free(saved);
  unlink(module.c_str());
  rmdir(dir);
  BOOST_TEST(what.find("No module named 'near'") != std::string::npos, "got: " << what);
}

BOOST_AUTO_TEST_SUITE_END()
