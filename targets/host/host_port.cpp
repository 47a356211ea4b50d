// The host's port for vm/: output and trace bytes are collected in buffers that host_vm.cpp
// hands to its caller whenever the VM stops or pauses; input comes from a FILE.
#include "targets/host/host_port.h"

#include <cerrno>
#include <cstdlib>

#include "bytecode/status.h"

namespace kilopy {

std::string& port_output() {
  static std::string buffer;
  return buffer;
}

std::string& port_trace() {
  static std::string buffer;
  return buffer;
}

bool& port_tracing() {
  static bool on = true;
  return on;
}

PortInput& port_input() {
  static PortInput input;
  return input;
}

namespace {

bool separator(int c) { return c == ' ' || c == '\t' || c == '\r' || c == '\n' || c == ',' || c == '\f' || c == '\v'; }

// The next byte, or EOF at the end or on a read error (kept in in.error).
int next_byte(PortInput& in) {
  int c = std::getc(in.file);
  if (c == EOF && std::ferror(in.file) && !in.error) in.error = errno ? errno : EIO;
  return c;
}

// Skips separators (counting lines); returns the next byte without taking it, or EOF.
int skip_separators(PortInput& in) {
  if (!in.file) return EOF;
  for (;;) {
    int c = next_byte(in);
    if (c == EOF) return EOF;
    if (!separator(c)) {
      std::ungetc(c, in.file);
      return c;
    }
    if (c == '\n') ++in.line;
  }
}

}  // namespace

}  // namespace kilopy

void kp_port_put(uint8_t byte) { kilopy::port_output().push_back(char(byte)); }

void kp_port_trace(uint8_t byte) { kilopy::port_trace().push_back(char(byte)); }

uint8_t kp_port_tracing() { return kilopy::port_tracing(); }

uint8_t kp_port_available() { return kilopy::skip_separators(kilopy::port_input()) != EOF; }

uint8_t kp_port_read(int32_t* value) {
  using namespace kilopy;
  PortInput& in = port_input();
  if (skip_separators(in) == EOF) return KP_ERR_EOF_INPUT;
  in.token.clear();
  in.token_line = in.line;
  // An optional sign and decimal digits, as CPython's int() of the token without '_' or spaces:
  // its value from all of them (leading zeros past kMaxToken too), saturated past int32's range.
  bool bad = false, negative = false;
  size_t taken = 0, digits = 0;
  long long v = 0;
  for (int c = next_byte(in); c != EOF; c = next_byte(in), ++taken) {
    if (separator(c)) {
      std::ungetc(c, in.file);
      break;
    }
    if (in.token.size() < kMaxToken) in.token.push_back(char(c));
    if (taken == 0 && (c == '-' || c == '+')) {
      negative = c == '-';
    } else if (c >= '0' && c <= '9') {
      ++digits;
      v = v > INT32_MAX ? v : v * 10 + (c - '0');
    } else {
      bad = true;
      if (in.token.size() == kMaxToken) break;  // past them: the rest is not read
    }
  }
  if (bad || digits == 0) return KP_ERR_BAD_INPUT;
  if (negative) v = -v;
  if (v < INT32_MIN || v > INT32_MAX) return KP_ERR_OVERFLOW;
  *value = int32_t(v);
  return KP_OK;
}
