// Host port: where the VM's output and trace bytes go, and where micro.read() reads from
// (see kp_target.h).
#pragma once

#include <cstdio>
#include <string>

#include "kp_target.h"

namespace kilopy {

std::string& port_output();  // bytes printed since it was last cleared
std::string& port_trace();   // trace bytes (micro.trace rows) since it was last cleared

// micro.read()'s input: integers separated by whitespace and/or commas, read lazily (a pipe
// streams). The last token read, and its line, name a bad or too wide integer in messages.
struct PortInput {
  std::FILE* file = nullptr;  // null: no input (micro.read() raises EOFError)
  unsigned line = 1;          // of the next byte
  std::string token;          // the last token kp_port_read took
  unsigned token_line = 0;
};
PortInput& port_input();

}  // namespace kilopy
