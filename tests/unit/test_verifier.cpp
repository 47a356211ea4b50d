// verify_image: accepts valid images, rejects each kind of malformed one with a message that
// says what is wrong, and (property) never lets through an image the VM cannot run safely.
#include <stdint.h>

#include <boost/test/unit_test.hpp>
#include <functional>
#include <initializer_list>
#include <string>
#include <vector>

#include "bytecode/encoder.h"
#include "bytecode/image.h"
#include "bytecode/image_format.h"
#include "bytecode/opcode_info.h"
#include "bytecode/opcodes.h"
#include "bytecode/verify.h"
#include "frontend/compile.h"
#include "targets/host/host_vm.h"
#include "bytecode/status.h"
#include "vm/vm.h"

using namespace kilopy;

namespace {

// A small valid image: the module (4 registers, 1 global) computes, calls f1 and prints; f1
// returns its argument. Tests change one thing and expect the verifier to object.
struct Base {
  Image img;
  CodeBuffer cb;
  size_t call_at = 0, halt_at = 0;

  explicit Base(unsigned bits = 32) {
    img.int_bits = uint8_t(bits);
    img.nglobals = 1;
    img.constants = {1000};
    img.strings = {"hi", "\n"};
    const uint8_t k = uint8_t(call_record_regs(bits));
    FunctionInfo f0;
    f0.nregs = uint8_t(1 + k + 1 + 1);  // g0, record, argument, spare
    img.functions.push_back(f0);
    cb.emit(OP_LOADI, {1, 5});
    cb.emit(OP_LOADK, {2, 0});
    cb.emit(OP_ADD, {3, 1, 2});
    cb.emit(OP_SETG, {0, 3});
    cb.emit(OP_MOVE, {uint8_t(1 + k), 3});
    call_at = cb.emit(OP_CALL, {1, 1});
    cb.emit(OP_PUTI, {1});
    cb.emit(OP_PUTS, {0});
    cb.emit(OP_PUTS, {1});
    halt_at = cb.emit(OP_HALT, {});
    FunctionInfo f1;
    f1.code_offset = uint16_t(cb.size());
    f1.nregs = 2;
    f1.nparams = 1;
    img.functions.push_back(f1);
    cb.emit(OP_RET, {0});
  }
  std::vector<uint8_t> bytes() {
    img.code = cb.bytes();
    return encode_image(img, false);
  }
};

std::string verify(const std::vector<uint8_t>& bytes) {
  Image out;
  return verify_image(bytes, out);
}

// The verifier must reject `bytes` with a message containing every one of `words`.
void expect_reject(const std::vector<uint8_t>& bytes, std::initializer_list<const char*> words) {
  std::string why = verify(bytes);
  BOOST_TEST(!why.empty(), "accepted an image it should have rejected");
  for (const char* w : words) BOOST_TEST(why.find(w) != std::string::npos, "\"" << why << "\" lacks \"" << w << "\"");
}

// A one-function image (nregs registers) made of the given code.
std::vector<uint8_t> module_image(uint8_t nregs, const std::function<void(CodeBuffer&)>& code,
                                  unsigned bits = 32) {
  Image img;
  img.int_bits = uint8_t(bits);
  FunctionInfo f0;
  f0.nregs = nregs;
  img.functions.push_back(f0);
  img.constants = {7};
  img.strings = {"s"};
  CodeBuffer cb;
  code(cb);
  img.code = cb.bytes();
  return encode_image(img, false);
}

// Module with `nregs` registers that calls f1 (nparams parameters) with its record at R[A].
std::vector<uint8_t> call_image(unsigned bits, uint8_t nregs, uint8_t A, uint8_t nparams) {
  Image img;
  img.int_bits = uint8_t(bits);
  FunctionInfo f0;
  f0.nregs = nregs;
  img.functions.push_back(f0);
  CodeBuffer cb;
  cb.emit(OP_CALL, {A, 1});
  cb.emit(OP_HALT, {});
  FunctionInfo f1;
  f1.code_offset = uint16_t(cb.size());
  f1.nregs = nparams;
  f1.nparams = nparams;
  img.functions.push_back(f1);
  cb.emit(OP_RETN, {});
  img.code = cb.bytes();
  return encode_image(img, false);
}

}  // namespace

BOOST_AUTO_TEST_SUITE(verifier)

BOOST_AUTO_TEST_CASE(accepts_valid_image) {
  for (unsigned bits : {16u, 32u}) {
    for (bool debug : {false, true}) {
      Base b(bits);
      b.img.code = b.cb.bytes();
      b.img.source_name = "t.py";
      b.img.global_names = {"g"};
      b.img.functions[0].name = "<module>";
      b.img.functions[0].lines = {{0, 1}, {8, 2}};
      b.img.functions[1].name = "f";
      std::vector<uint8_t> bytes = encode_image(b.img, debug);
      Image out;
      BOOST_TEST(verify_image(bytes, out) == "");
      BOOST_TEST(out.int_bits == bits);
      BOOST_TEST(out.functions.size() == 2u);
      BOOST_TEST(out.functions[1].code_offset == b.img.functions[1].code_offset);
      BOOST_TEST(out.functions[1].nparams == 1u);
      BOOST_TEST(out.constants == std::vector<int32_t>{1000});
      BOOST_TEST(out.strings == b.img.strings, boost::test_tools::per_element());
      BOOST_TEST(out.code == b.img.code, boost::test_tools::per_element());
      BOOST_TEST(out.has_debug == debug);
      if (debug) {
        BOOST_TEST(out.source_name == "t.py");
        BOOST_TEST(out.functions[1].name == "f");
        BOOST_TEST(out.line_at(0, 9) == 2u);
      }
    }
  }
}

BOOST_AUTO_TEST_CASE(debug_section_names_module_files) {
  Base b(32);
  b.img.code = b.cb.bytes();
  b.img.source_name = "main.py";
  b.img.module_files = {"lib/m.py"};
  b.img.global_names = {"m.g"};
  b.img.functions[0].name = "<module>";
  b.img.functions[0].lines = {{0, 1, 0}, {4, 3, 1}, {8, 2, 0}};  // m's body runs at the import
  b.img.functions[1].name = "m.f";
  b.img.functions[1].lines = {{b.img.functions[1].code_offset, 7, 1}};
  std::vector<uint8_t> bytes = encode_image(b.img, true);
  Image out;
  BOOST_TEST(verify_image(bytes, out) == "");
  BOOST_TEST(out.module_files == b.img.module_files, boost::test_tools::per_element());
  BOOST_TEST(out.file_at(0, 2) == 0u);
  BOOST_TEST(out.file_at(0, 5) == 1u);
  BOOST_TEST(out.line_at(0, 5) == 3u);
  BOOST_TEST(out.file_at(0, 9) == 0u);
  BOOST_TEST(out.file_at(1, b.img.functions[1].code_offset) == 1u);
  BOOST_TEST(out.file_name(1) == "lib/m.py");
  // The module costs its name and one 3-byte mark per change of file.
  Image single = b.img;
  single.module_files.clear();
  for (FunctionInfo& f : single.functions)
    for (LineEntry& e : f.lines) e.file = 0;
  BOOST_TEST(encode_image(b.img, true).size() == encode_image(single, true).size() + 9 + 3 * 3);
  // A file mark naming a file the section does not list is refused.
  std::vector<uint8_t> bad = encode_image(b.img, true);
  bad[bad.size() - 1] = 7;
  BOOST_TEST(verify_image(bad, out).find("file mark") != std::string::npos);
}

BOOST_AUTO_TEST_CASE(rejects_truncated_header) {
  std::vector<uint8_t> bytes = Base().bytes();
  for (size_t n : {size_t(0), size_t(1), size_t(3), size_t(kHeaderSize - 1)}) {
    std::vector<uint8_t> t(bytes.begin(), bytes.begin() + long(n));
    expect_reject(t, {"truncated"});
  }
}

BOOST_AUTO_TEST_CASE(rejects_bad_magic) {
  for (size_t i = 0; i < 3; ++i) {
    std::vector<uint8_t> bytes = Base().bytes();
    bytes[i] = 'x';
    expect_reject(bytes, {"magic"});
  }
}

BOOST_AUTO_TEST_CASE(rejects_other_format_versions) {
  for (uint8_t v : {uint8_t(0), uint8_t(kFormatVersion + 1), uint8_t(255)}) {
    std::vector<uint8_t> bytes = Base().bytes();
    bytes[HDR_VERSION] = v;
    expect_reject(bytes, {"version", std::to_string(v).c_str()});
  }
}

BOOST_AUTO_TEST_CASE(rejects_int_width_8) {
  for (uint8_t w : {uint8_t(8), uint8_t(0), uint8_t(64)}) {
    std::vector<uint8_t> bytes = Base().bytes();
    bytes[HDR_INT_BITS] = w;
    expect_reject(bytes, {"width", std::to_string(w).c_str()});
  }
}

BOOST_AUTO_TEST_CASE(rejects_size_mismatch) {
  std::vector<uint8_t> bytes = Base().bytes();
  std::vector<uint8_t> longer = bytes;
  longer.push_back(0);
  expect_reject(longer, {"size", std::to_string(longer.size()).c_str()});
  std::vector<uint8_t> shorter(bytes.begin(), bytes.end() - 1);
  expect_reject(shorter, {"size"});
  std::vector<uint8_t> code_size = bytes;
  code_size[HDR_CODE_SIZE] += 1;
  expect_reject(code_size, {"size"});
  std::vector<uint8_t> nconsts = bytes;
  nconsts[HDR_NCONSTS] += 1;
  expect_reject(nconsts, {"size"});
}

BOOST_AUTO_TEST_CASE(rejects_bad_container_fields) {
  std::vector<uint8_t> bytes = Base().bytes();
  std::vector<uint8_t> flags = bytes;
  flags[HDR_FLAGS] = 0x80;
  expect_reject(flags, {"flags"});
  std::vector<uint8_t> debug = bytes;
  debug[HDR_FLAGS] = kFlagDebug;  // a debug flag without a debug section
  expect_reject(debug, {"debug"});
  Base nofuncs;
  nofuncs.img.functions.clear();
  expect_reject(nofuncs.bytes(), {"module function"});
}

BOOST_AUTO_TEST_CASE(rejects_function_table_problems) {
  {
    Base b;  // f1 at the module's start
    b.img.functions[1].code_offset = 0;
    expect_reject(b.bytes(), {"function 1", "out of order"});
  }
  {
    Base b;  // the module not at offset 0
    b.img.functions[0].code_offset = 2;
    expect_reject(b.bytes(), {"function 0", "out of order"});
  }
  {
    Base b;  // f1 starts past the code
    b.bytes();
    b.img.functions[1].code_offset = uint16_t(b.cb.size());
    expect_reject(b.bytes(), {"function 1", "past the code"});
  }
  {
    Base b;  // more parameters than registers
    b.img.functions[1].nregs = 0;
    expect_reject(b.bytes(), {"function 1", "parameters"});
  }
  {
    Base b;  // the module's frame must hold its globals
    b.img.nglobals = 4;
    b.img.functions[0].nregs = 3;
    expect_reject(b.bytes(), {"globals"});
  }
  {
    Base b;
    b.img.functions[0].nparams = 1;
    expect_reject(b.bytes(), {"module"});
  }
}

BOOST_AUTO_TEST_CASE(rejects_unknown_opcode) {
  for (uint8_t op : {uint8_t(OP_COUNT), uint8_t(OP_COUNT + 1), uint8_t(0xFF)}) {
    Base b;
    std::vector<uint8_t> bytes = b.bytes();
    size_t halt = bytes.size() - b.cb.size() + b.halt_at;
    BOOST_REQUIRE(bytes[halt] == OP_HALT);
    bytes[halt] = op;
    expect_reject(bytes, {"unknown opcode", std::to_string(op).c_str(), "function 0",
                          std::to_string(b.halt_at).c_str()});
  }
}

BOOST_AUTO_TEST_CASE(rejects_instruction_past_its_function) {
  {
    // The module's LOADI straddles the start of f1.
    Image img;
    FunctionInfo f0, f1;
    f0.nregs = 1;
    f1.code_offset = 2;
    f1.nregs = 1;
    img.functions = {f0, f1};
    CodeBuffer cb;
    cb.emit(OP_LOADI, {0, 0x0100});  // bytes: LOADI 00 00 01
    cb.emit(OP_HALT, {});
    img.code = cb.bytes();
    expect_reject(encode_image(img, false), {"LOADI", "runs past", "function 0"});
  }
  {
    // The last function's code ends in the middle of an instruction.
    Image img;
    FunctionInfo f0;
    f0.nregs = 1;
    img.functions = {f0};
    img.code = {OP_HALT, OP_LOADI, 0, 1};
    expect_reject(encode_image(img, false), {"LOADI", "runs past"});
    img.code = {OP_HALT, OP_JMP, 0};
    expect_reject(encode_image(img, false), {"JMP", "runs past"});
  }
}

BOOST_AUTO_TEST_CASE(rejects_register_outside_frame) {
  // ADD's three operands, each in turn.
  for (int which = 0; which < 3; ++which) {
    uint8_t r[3] = {0, 1, 2};
    r[which] = 4;
    expect_reject(module_image(4, [&](CodeBuffer& cb) {
                    cb.emit(OP_ADD, {r[0], r[1], r[2]});
                    cb.emit(OP_HALT, {});
                  }),
                  {"register 4", "ADD", "function 0"});
  }
  BOOST_TEST(verify(module_image(4, [](CodeBuffer& cb) {
               cb.emit(OP_ADD, {3, 3, 3});
               cb.emit(OP_HALT, {});
             })) == "");
  expect_reject(module_image(0, [](CodeBuffer& cb) {
                  cb.emit(OP_PUTI, {0});
                  cb.emit(OP_HALT, {});
                }),
                {"register 0"});
  expect_reject(module_image(2, [](CodeBuffer& cb) {
                  cb.emit(OP_RET, {2});
                }),
                {"register 2", "RET"});
  expect_reject(module_image(2, [](CodeBuffer& cb) {
                  cb.emit(OP_JT, {5, 0});
                  cb.emit(OP_HALT, {});
                }),
                {"register 5", "JT"});
}

BOOST_AUTO_TEST_CASE(rejects_for_registers_outside_frame) {
  // FORPREP/FORLOOP use R[A], R[A+1], R[A+2].
  for (Op op : {OP_FORPREP, OP_FORPREP0, OP_FORLOOP}) {
    auto image = [&](uint8_t A, uint8_t B) {
      return module_image(4, [&](CodeBuffer& cb) {
        size_t at = cb.emit(op, {A, B, 0});
        cb.patch_jump(at, cb.size());
        cb.emit(OP_HALT, {});
      });
    };
    BOOST_TEST(verify(image(1, 0)) == "");
    expect_reject(image(2, 0), {"register 4", op_info(op).name});
    expect_reject(image(3, 0), {"register 5"});
    expect_reject(image(1, 4), {"register 4"});
  }
}

BOOST_AUTO_TEST_CASE(rejects_call_arguments_outside_frame) {
  // The record (k registers) and nparams arguments must fit in the caller's frame.
  for (unsigned bits : {16u, 32u}) {
    BOOST_TEST_CONTEXT("bits " << bits) {
      const uint8_t k = uint8_t(call_record_regs(bits));
      for (uint8_t nparams : {uint8_t(0), uint8_t(1), uint8_t(3)}) {
        const uint8_t N = 10, fit = uint8_t(N - k - nparams);  // the highest A that fits
        BOOST_TEST(verify(call_image(bits, N, fit, nparams)) == "");
        expect_reject(call_image(bits, N, uint8_t(fit + 1), nparams), {"register", "CALL", "outside"});
      }
      // At 16 bits, a call to a function without parameters still needs both record registers.
      expect_reject(call_image(bits, 3, uint8_t(3 - k + 1), 0), {"register 3"});
    }
  }
}

BOOST_AUTO_TEST_CASE(rejects_indices_out_of_range) {
  auto with = [](const std::function<void(CodeBuffer&)>& code, uint8_t nglobals = 1) {
    Image img;
    img.nglobals = nglobals;
    FunctionInfo f0;
    f0.nregs = 3;
    img.functions.push_back(f0);
    FunctionInfo f1;
    img.constants = {1, 2};
    img.strings = {"a", "b"};
    CodeBuffer cb;
    code(cb);
    f1.code_offset = uint16_t(cb.size());
    cb.emit(OP_RETN, {});
    img.functions.push_back(f1);
    img.code = cb.bytes();
    return encode_image(img, false);
  };
  auto one = [&](Op op, std::initializer_list<int32_t> operands) {
    return with([&](CodeBuffer& cb) {
      cb.emit(op, operands);
      cb.emit(OP_HALT, {});
    });
  };
  BOOST_TEST(verify(one(OP_GETG, {0, 0})) == "");
  expect_reject(one(OP_GETG, {0, 1}), {"global 1", "GETG"});
  expect_reject(one(OP_SETG, {1, 0}), {"global 1", "SETG"});
  expect_reject(one(OP_SETG, {255, 0}), {"global 255"});
  BOOST_TEST(verify(one(OP_LOADK, {0, 1})) == "");
  expect_reject(one(OP_LOADK, {0, 2}), {"constant 2", "LOADK"});
  BOOST_TEST(verify(one(OP_PUTS, {1})) == "");
  expect_reject(one(OP_PUTS, {2}), {"string 2", "PUTS"});
  expect_reject(one(OP_RAISE, {0, 2}), {"string 2", "RAISE"});
  BOOST_TEST(verify(one(OP_CALL, {1, 1})) == "");
  expect_reject(one(OP_CALL, {1, 2}), {"function 2", "CALL"});
  expect_reject(one(OP_CALL, {1, 255}), {"function 255"});
  expect_reject(one(OP_CALL, {1, 0}), {"function 0", "cannot be called"});
  // The module's call record may not sit on a global: the callee could rewrite it (SETG).
  expect_reject(one(OP_CALL, {0, 1}), {"call record in register 0", "overlap", "globals"});
  const int kinds = KP_ERR_RAISED - KP_ERR_ZERO_DIV;  // THROW's stop is no kind of RAISE
  BOOST_TEST(verify(one(OP_RAISE, {kinds - 1, 0})) == "");
  expect_reject(one(OP_RAISE, {kinds, 0}), {"error kind", std::to_string(kinds).c_str()});
  expect_reject(one(OP_RAISE, {255, 0}), {"error kind 255"});
}

BOOST_AUTO_TEST_CASE(rejects_bad_jumps) {
  // Into the middle of an instruction: each byte of a following LOADI but its first.
  for (int into = 1; into < 4; ++into) {
    expect_reject(module_image(1, [&](CodeBuffer& cb) {
                    size_t j = cb.emit(OP_JMP, {0});
                    size_t l = cb.emit(OP_LOADI, {0, 1});
                    cb.emit(OP_HALT, {});
                    cb.patch_jump(j, l + size_t(into));
                  }),
                  {"jump to", std::to_string(3 + into).c_str(), "function 0"});
  }
  // The same jump onto the instruction is fine.
  BOOST_TEST(verify(module_image(1, [](CodeBuffer& cb) {
               size_t j = cb.emit(OP_JMP, {0});
               size_t l = cb.emit(OP_LOADI, {0, 1});
               cb.emit(OP_HALT, {});
               cb.patch_jump(j, l);
             })) == "");
  // Before the code, onto its end, far past it.
  for (int32_t off : {-4, -100, -32768, 1, 2, 32767}) {
    expect_reject(module_image(1, [&](CodeBuffer& cb) {
                    cb.emit(OP_JMP, {off});
                    cb.emit(OP_HALT, {});
                  }),
                  {"jump"});
  }
  // Every jumping opcode with a bad target: into an operand byte of itself.
  for (Op op : {OP_JT, OP_JF, OP_JEQ, OP_JNE, OP_JLT, OP_JLE, OP_FORPREP, OP_FORPREP0, OP_FORLOOP}) {
    expect_reject(module_image(4, [&](CodeBuffer& cb) {
                    size_t j = op == OP_JT || op == OP_JF ? cb.emit(op, {0, 0}) : cb.emit(op, {0, 1, 0});
                    cb.emit(OP_HALT, {});
                    cb.patch_jump(j, j + 1);
                  }),
                  {"jump to 1", "function 0", "code offset 0"});
  }
}

BOOST_AUTO_TEST_CASE(rejects_jump_into_another_function) {
  Image img;
  FunctionInfo f0, f1;
  f0.nregs = 1;
  f1.nregs = 1;
  CodeBuffer cb;
  size_t j = cb.emit(OP_JMP, {0});
  cb.emit(OP_HALT, {});
  f1.code_offset = uint16_t(cb.size());
  size_t back = cb.emit(OP_JMP, {0});
  cb.emit(OP_RETN, {});
  cb.patch_jump(j, f1.code_offset);  // a real instruction, but of f1
  cb.patch_jump(back, f1.code_offset + 3);
  img.functions = {f0, f1};
  img.code = cb.bytes();
  expect_reject(encode_image(img, false), {"jump to 4", "function 0"});
  // And from f1 back into the module.
  CodeBuffer cb2;
  size_t j2 = cb2.emit(OP_JMP, {0});
  cb2.emit(OP_HALT, {});
  size_t k2 = cb2.emit(OP_JMP, {0});
  cb2.emit(OP_RETN, {});
  cb2.patch_jump(j2, 3);
  cb2.patch_jump(k2, 0);
  img.code = cb2.bytes();
  expect_reject(encode_image(img, false), {"jump to 0", "function 1"});
}

BOOST_AUTO_TEST_CASE(rejects_falling_off_the_end) {
  expect_reject(module_image(1, [](CodeBuffer& cb) { cb.emit(OP_PUTI, {0}); }),
                {"function 0", "ends without"});
  for (Op op : {OP_JT, OP_JF}) {
    expect_reject(module_image(1, [&](CodeBuffer& cb) {
                    size_t j = cb.emit(op, {0, 0});
                    cb.patch_jump(j, 0);
                  }),
                  {"ends without"});
  }
  // A function other than the last one too.
  Base b;
  b.cb.emit(OP_PUTI, {0});
  std::vector<uint8_t> bytes = b.bytes();
  expect_reject(bytes, {"function 1", "ends without"});
  // Every flow-ending opcode is accepted as the last one.
  for (Op op : {OP_HALT, OP_RETN, OP_JMP}) {
    BOOST_TEST(verify(module_image(1, [&](CodeBuffer& cb) {
                 if (op == OP_JMP) cb.patch_jump(cb.emit(op, {0}), 0);
                 else cb.emit(op, {});
               })) == "");
  }
  BOOST_TEST(verify(module_image(1, [](CodeBuffer& cb) { cb.emit(OP_RET, {0}); })) == "");
  BOOST_TEST(verify(module_image(1, [](CodeBuffer& cb) { cb.emit(OP_RAISE, {0, 0}); })) == "");
}

BOOST_AUTO_TEST_CASE(rejects_bad_string_table) {
  Base b;
  std::vector<uint8_t> bytes = b.bytes();
  // The string data follows the function table and the constants: {u8 length, bytes} each.
  const size_t strings = kHeaderSize + kFuncEntrySize * 2 + 4 * 1;
  std::vector<uint8_t> len = bytes;
  len[strings] = 0xF0;  // string 0's length byte
  expect_reject(len, {"string 0 runs past the string data"});
  std::vector<uint8_t> short_len = bytes;
  short_len[strings + 3] = 0;  // string 1 ("\n") made empty: its byte is left over
  expect_reject(short_len, {"1 bytes after its 2 strings"});
}

// ---- property: no accepted mutation of a real program misbehaves -----------------------------

namespace {

const char* const kProgram =
    "def fib(n):\n"
    "    if n < 2:\n"
    "        return n\n"
    "    return fib(n - 1) + fib(n - 2)\n"
    "\n"
    "total = 0\n"
    "i = 0\n"
    "while i < 10:\n"
    "    total = total + fib(i) % 7\n"
    "    i += 1\n"
    "for j in range(3, -3, -2):\n"
    "    print(j, total // (j + 4), end=\" \")\n"
    "print(total, fib(8) > 20, \"done\")\n"
    "assert total > 0, \"positive\"\n"
    "print(-total, abs(-7), min(3, i), max(3, i), 2 ** 10, 1 << 4, -9 >> 1, ~5)\n";

struct MutationStats {
  unsigned tried = 0, accepted = 0, halted = 0, paused = 0, errors = 0;
};

// Runs an accepted mutation; every stop must be a defined one.
void run_mutation(const std::vector<uint8_t>& bytes, const Image& decoded, const std::string& what,
                  MutationStats& stats) {
  RunOptions options;
  options.arena_size = 1024;
  options.max_steps = 100000;
  size_t out_bytes = 0;
  RunResult r = run_image(bytes, decoded, options, [&](const char*, size_t n) { out_bytes += n; });
  // Any stop the VM can report (not KP_OK, which means "still running"), within bounds.
  bool defined = r.status != KP_OK && r.status < KP_STATUS_COUNT;
  if (!defined || r.state.peak > options.arena_size || r.state.pc >= decoded.code.size() ||
      r.state.depth < 1 || r.state.depth > kMaxDepth || r.steps > options.max_steps) {
    BOOST_ERROR(what << ": accepted, then stopped with status " << int(r.status) << " pc " << r.state.pc
                     << " peak " << r.state.peak << " depth " << r.state.depth << " steps " << r.steps);
  }
  if (r.status == KP_HALTED) ++stats.halted;
  else if (r.status == KP_PAUSED) ++stats.paused;
  else ++stats.errors;
}

void mutate_everywhere(const std::vector<uint8_t>& bytes, MutationStats& stats) {
  for (size_t pos = 0; pos < bytes.size(); ++pos) {
    std::vector<std::pair<std::vector<uint8_t>, std::string>> variants;
    variants.emplace_back(std::vector<uint8_t>(bytes.begin(), bytes.begin() + long(pos)),
                          "truncated to " + std::to_string(pos));
    for (uint8_t x : {uint8_t(0x01), uint8_t(0x80), uint8_t(0xFF)}) {
      std::vector<uint8_t> m = bytes;
      m[pos] ^= x;
      variants.emplace_back(m, "byte " + std::to_string(pos) + " ^ " + std::to_string(x));
    }
    for (auto& v : variants) {
      ++stats.tried;
      Image decoded;
      std::string why = verify_image(v.first, decoded);
      if (!why.empty()) continue;
      ++stats.accepted;
      run_mutation(v.first, decoded, v.second, stats);
    }
  }
}

}  // namespace

BOOST_AUTO_TEST_CASE(every_single_byte_mutation_is_safe) {
  for (unsigned bits : {16u, 32u}) {
    for (bool debug : {true, false}) {
      BOOST_TEST_CONTEXT("bits " << bits << (debug ? " with" : " without") << " debug section") {
        CompileOptions copts;
        copts.int_bits = bits;
        Image img = compile_source("prop.py", kProgram, copts);
        std::vector<uint8_t> bytes = encode_image(img, debug);
        // The unmutated program verifies and runs to the end.
        Image decoded;
        BOOST_REQUIRE(verify_image(bytes, decoded) == "");
        std::string out;
        RunOptions options;
        RunResult r = run_image(bytes, decoded, options, [&](const char* p, size_t n) { out.append(p, n); });
        BOOST_TEST(r.status == KP_HALTED, r.error);
        BOOST_TEST(out == "3 3 1 5 -1 8 25 True done\n-25 7 3 10 1024 16 -5 -6\n");
        MutationStats stats;
        mutate_everywhere(bytes, stats);
        BOOST_TEST(stats.tried == 4 * bytes.size());
        // Plenty of mutations (immediates, jump offsets, registers inside the frame) are valid.
        BOOST_TEST(stats.accepted > 0u);
        BOOST_TEST_MESSAGE("bits " << bits << (debug ? " debug" : "") << ": " << stats.tried << " mutations, "
                                   << stats.accepted << " accepted: " << stats.halted << " halted, " << stats.paused
                                   << " paused, " << stats.errors << " errors");
      }
    }
  }
}

BOOST_AUTO_TEST_CASE(every_value_of_every_code_byte_is_safe) {
  // Wider than the xor masks: each code byte takes all 256 values (shorter step budget).
  for (unsigned bits : {16u, 32u}) {
    CompileOptions copts;
    copts.int_bits = bits;
    Image img = compile_source("prop.py", kProgram, copts);
    std::vector<uint8_t> bytes = encode_image(img, false);
    const size_t code_at = bytes.size() - img.code.size();
    unsigned accepted = 0;
    for (size_t pos = code_at; pos < bytes.size(); ++pos) {
      for (unsigned v = 0; v < 256; ++v) {
        if (v == bytes[pos]) continue;
        std::vector<uint8_t> m = bytes;
        m[pos] = uint8_t(v);
        Image decoded;
        if (!verify_image(m, decoded).empty()) continue;
        ++accepted;
        RunOptions options;
        options.arena_size = 1024;
        options.max_steps = 10000;
        RunResult r = run_image(m, decoded, options, [](const char*, size_t) {});
        bool defined = r.status != KP_OK && r.status < KP_STATUS_COUNT;
        if (!defined || r.state.peak > options.arena_size || r.state.pc >= decoded.code.size())
          BOOST_ERROR("code byte " << pos - code_at << " := " << v << ": status " << int(r.status) << " pc "
                                   << r.state.pc << " peak " << r.state.peak);
      }
    }
    BOOST_TEST(accepted > 0u);
    BOOST_TEST_MESSAGE("bits " << bits << ": " << accepted << " accepted single-byte code changes");
  }
}

BOOST_AUTO_TEST_CASE(checks_the_handler_table) {
  // Base with one handler entry; the range ends at the CALL, the handler is the HALT.
  auto with = [](uint16_t start, uint16_t end, int handler, uint8_t first, uint8_t reg) {
    Base b;
    uint16_t to = uint16_t(handler >= 0 ? unsigned(handler) : b.halt_at);
    b.img.handlers.push_back(Handler{start, end, to, first, 255, reg});
    return b.bytes();
  };
  Base b;
  const uint16_t call = uint16_t(b.call_at), f1 = uint16_t(b.halt_at + 1);
  BOOST_TEST(verify(with(0, call, -1, 1, kNoHandlerRegister)) == "");
  BOOST_TEST(verify(with(0, call, -1, 1, 1)) == "");  // R[1]..R[3]: the frame's last registers
  expect_reject(with(0, uint16_t(call + 1), -1, 1, kNoHandlerRegister), {"handler entry 0", "instruction"});
  expect_reject(with(0, call, 1, 1, kNoHandlerRegister), {"handler entry 0", "instruction"});
  expect_reject(with(call, call, -1, 1, kNoHandlerRegister), {"handler entry 0", "empty"});
  expect_reject(with(0, call, f1, 1, kNoHandlerRegister), {"more than one function"});
  expect_reject(with(0, call, -1, 0, kNoHandlerRegister), {"class range"});
  expect_reject(with(0, call, -1, 1, 2), {"register"});  // R[4] is outside
}

BOOST_AUTO_TEST_SUITE_END()
