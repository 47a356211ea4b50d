// A VM configuration for one image: the C header that compiles into vm/vm.cpp only the
// handlers the image uses (targets/avr builds one per program; see docs/targets.md).
#pragma once

#include <string>

#include "bytecode/image.h"
#include "bytecode/opcodes.h"

namespace kilopy {

// `#define KP_USES_<OP> 0|1` for every row of bytecode/opcodes.def (1: the image's code holds
// that opcode), KP_HEAP (1: some instruction allocates a sequence, or the image has constant
// tables, which the sequence handlers read), KP_TABLES (1: the image has constant tables) and
// KP_FRAMES_END (where the frames end at most, memory_bound.h, for a program without recursion
// and without the heap; else 0: vm/vm.cpp's KP_STATIC_CALLS). vm/vm.cpp includes it
// when built with -DKP_VM_CONFIG='"file"'. The image must be verified.
std::string vm_config_header(const Image& image);

// True if the image's code holds opcode `op`.
bool image_uses(const Image& image, Op op);

// Rewrites each opcode byte of the image's code to the opcode's rank among those the code uses,
// in opcodes.def order, times kLocalOpcodeScale (bytecode/opcodes.h): the numbering of vm/vm.cpp built with KP_LOCAL_OPCODES and this image's
// vm_config_header (taken before renumbering). Instruction sizes and pcs stay; the result is
// for that VM only (the AVR firmware's flash), not a valid image.
void renumber_opcodes(Image& image);

}  // namespace kilopy
