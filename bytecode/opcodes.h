// The opcode enum, operand formats and instruction sizes, expanded from opcodes.def and
// formats.def. C++14 and freestanding: the VM includes this too.
#pragma once

#include <stdint.h>

namespace kilopy {

// The mode column's flags (opcodes.def explains each).
constexpr uint32_t M_WA = 1ul << 0, M_WA1 = 1ul << 1, M_WA2 = 1ul << 2, M_WB = 1ul << 3;
constexpr uint32_t M_RANGE = 1ul << 4, M_PAIR = 1ul << 5;
constexpr uint32_t M_COPY = 1ul << 6, M_LOAD_I = 1ul << 7, M_LOAD_K = 1ul << 8;
constexpr uint32_t M_CALL = 1ul << 9, M_TUPLE = 1ul << 10, M_END = 1ul << 11;
constexpr uint32_t M_NEW_C = 1ul << 12, M_NEW_X = 1ul << 13, M_NEW_OX = 1ul << 14;
constexpr uint32_t M_GROW = 1ul << 15, M_SHRINK = 1ul << 16, M_STORE = 1ul << 17, M_INPUT = 1ul << 18;
constexpr uint32_t M_ERR = 1ul << 19, M_ERR_C = 1ul << 20, M_RET = 1ul << 21;
constexpr uint32_t M_NEW_O = 1ul << 22, M_RESIZE = 1ul << 23, M_NEW_L = 1ul << 24, M_NEW_R = 1ul << 25;
constexpr uint32_t M_DICT = 1ul << 26, M_WA3 = 1ul << 27, M_WB1 = 1ul << 28, M_ITER4 = 1ul << 29, M_STR = 1ul << 30;
constexpr uint32_t M_STROP = 1ul << 31;
constexpr uint32_t M_NEW = M_NEW_C | M_NEW_X | M_NEW_OX | M_NEW_O | M_NEW_L | M_NEW_R;  // allocates a new sequence
constexpr uint32_t M_ALLOCATES = M_NEW | M_GROW | M_RESIZE | M_DICT | M_STR;                         // may take a heap block

// The group column's handlers (opcodes.def).
enum OpGroup : uint8_t { GROUP__, GROUP_ALU, GROUP_CMPJ, GROUP_TESTJ, GROUP_SEQ };

enum Op : uint8_t {
#define OP(name, fmt, py, result, group, mode, doc) OP_##name,
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

// The AVR firmware's opcode numbers (vm/vm.cpp built with KP_LOCAL_OPCODES; bytecode/vm_config.h
// renumber_opcodes): an opcode's rank among those the build has, times kLocalOpcodeScale, the
// size of an entry of the dispatch's label table in flash, so the dispatch adds the opcode
// byte to the table's address as it is.
constexpr unsigned kLocalOpcodeScale = 2;
static_assert(OP_COUNT * kLocalOpcodeScale <= 256, "a scaled opcode must fit its byte");

// Bytes taken by an instruction whose operand kinds are `kinds` (opcode byte included).
constexpr unsigned fmt_size(const char* kinds) {
  return *kinds == 0 ? 1u : ((*kinds == 'i' || *kinds == 'j') ? 2u : 1u) + fmt_size(kinds + 1);
}

#define FMT(name, kinds) constexpr const char* kFmtKinds_##name = kinds;
#include "bytecode/formats.def"
#undef FMT

// kSize_ADD etc.: each opcode's instruction size, a compile-time constant for the VM.
enum : uint8_t {
#define OP(name, fmt, py, result, group, mode, doc) kSize_##name = fmt_size(kFmtKinds_##fmt),
#include "bytecode/opcodes.def"
#undef OP
};

}  // namespace kilopy
