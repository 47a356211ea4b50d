// The host's port for vm/: output bytes are collected in a buffer that host_vm.cpp hands to
// its caller whenever the VM stops or pauses.
#include "targets/host/host_port.h"

namespace kilopy {
std::string& port_output() {
  static std::string buffer;
  return buffer;
}
}  // namespace kilopy

void kp_port_put(uint8_t byte) { kilopy::port_output().push_back(char(byte)); }
