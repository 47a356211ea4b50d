// The opcode enum, operand formats and instruction sizes, expanded from opcodes.def and
// formats.def. C++14 and freestanding: the VM includes this too.
#pragma once

#include <stdint.h>

namespace kilopy {

enum Op : uint8_t {
#define OP(name, fmt, py, result, doc) OP_##name,
#include "bytecode/opcodes.def"
#undef OP
  OP_COUNT
};

enum Format : uint8_t {
#define FMT(name, kinds) FMT_##name,
#include "bytecode/formats.def"
#undef FMT
  FMT_COUNT
};

// Value operands (kind 'x'): a byte below kRegisterLimit names a register, any other byte b is
// the small int b - kImmBias. Register operands (kind 'r') are below kRegisterLimit too.
constexpr unsigned kRegisterLimit = 64;
constexpr int kImmBias = 128;
constexpr int kImmMin = int(kRegisterLimit) - kImmBias, kImmMax = 255 - kImmBias;  // -64..127
constexpr bool is_immediate(uint8_t operand) { return operand >= kRegisterLimit; }
constexpr int immediate_value(uint8_t operand) { return int(operand) - kImmBias; }
constexpr uint8_t immediate_operand(int value) { return uint8_t(value + kImmBias); }

// Bytes taken by an instruction whose operand kinds are `kinds` (opcode byte included).
constexpr unsigned fmt_size(const char* kinds) {
  return *kinds == 0 ? 1u : ((*kinds == 'i' || *kinds == 'j') ? 2u : 1u) + fmt_size(kinds + 1);
}

#define FMT(name, kinds) constexpr const char* kFmtKinds_##name = kinds;
#include "bytecode/formats.def"
#undef FMT

// kSize_ADD etc.: each opcode's instruction size, a compile-time constant for the VM.
enum : uint8_t {
#define OP(name, fmt, py, result, doc) kSize_##name = fmt_size(kFmtKinds_##fmt),
#include "bytecode/opcodes.def"
#undef OP
};

}  // namespace kilopy
