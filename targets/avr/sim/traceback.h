// Rebuilding the host's Python-style traceback from an AVR firmware's exit trailer (see
// targets/avr/main.cpp) and the program's image with its debug section.
#pragma once

#include <stdint.h>

#include <string>
#include <vector>

#include "bytecode/image.h"

namespace kilopy {

// What the firmware reported when the VM stopped.
struct TargetStop {
  uint8_t status = 0;
  uint8_t int_bits = 0;             // the firmware's int width
  uint16_t pc = 0, base = 0, depth = 0, peak = 0, arena_size = 0;
  int32_t rb = 0, rc = 0;          // the failing instruction's R[B] and R[C]
  std::vector<uint16_t> returns;   // return pcs of the active call records, innermost first
};

// Parses the trailer line after "\x01KP1 "; returns false if it is malformed.
bool parse_trailer(const std::string& fields, TargetStop& out);

// The message `kilopy run` prints for the same stop ("" for a normal halt).
std::string target_traceback(const Image& image, const TargetStop& stop);

// The Python exception name of an error status (without the image: no MemoryError/
// RecursionError distinction).
const char* status_name(uint8_t status);

}  // namespace kilopy
