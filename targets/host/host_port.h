// Host port: where the VM's output and trace bytes go, and where micro.read() reads from
// (see kp_target.h).
#pragma once

#include <cstdio>
#include <string>

#include "kp_target.h"

namespace kilopy {

std::string& port_output();  // bytes printed since it was last cleared
std::string& port_trace();   // trace bytes (micro.trace rows) since it was last cleared
bool& port_tracing();        // whether they are read (initially true; false: the VM skips the rows)

// micro.read()'s input: integers separated by whitespace and/or commas, read lazily (a pipe
// or a FIFO streams, of any length). The last token read, and its line, name a bad or too wide
// integer in messages. A token keeps its first kMaxToken bytes for them; its value counts every
// digit (leading zeros of any number), and past those bytes it is read on only while it is
// digits, so an endless one (/dev/zero) is a bad integer.
constexpr size_t kMaxToken = 64;
struct PortInput {
  std::FILE* file = nullptr;  // null: no input (micro.read() raises EOFError)
  unsigned line = 1;          // of the next byte
  std::string token;          // the last token kp_port_read took
  unsigned token_line = 0;
  int error = 0;              // errno of a failed read (the stream then ends there), else 0
};
PortInput& port_input();

}  // namespace kilopy
