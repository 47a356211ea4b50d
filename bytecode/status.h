// What the VM reports when it stops. The VM never formats text: the host turns a status and
// the pc into a Python-style message using the image's debug section.
#pragma once

#include <stdint.h>

namespace kilopy {

enum KpStatus : uint8_t {
  KP_OK = 0,      // internal: keep going (also: start() succeeded)
  KP_HALTED,      // the program ended normally
  KP_PAUSED,      // the step budget ran out; run() again continues where it stopped
  KP_BAD_IMAGE,   // not a kilopy image of this format version
  KP_BAD_WIDTH,   // the image was built for another int width than this VM's
#define ERR(name, exception, message) KP_ERR_##name,
#include "bytecode/errors.def"
#undef ERR
  KP_STATUS_COUNT
};

// CPython's ZeroDivisionError texts but errors.def's (that of // and divmod()): % and ** by zero.
// The host's traceback and the VM's EXCSTR write them.
#define KP_TEXT_MOD_ZERO "integer modulo by zero"
#define KP_TEXT_POW_ZERO "0.0 cannot be raised to a negative power"

constexpr bool kp_is_error(uint8_t status) { return status >= KP_ERR_ZERO_DIV; }

}  // namespace kilopy
