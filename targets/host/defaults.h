// The defaults of the kilopy command and its firmware builds, each defined only here: the
// arena on the host and on each AVR part, and the int width without --int-bits. main.cpp,
// avr_firmware.cpp and targets/avr/CMakeLists.txt (which reads this file) use them.
#pragma once

#include <stdint.h>

namespace kilopy {

constexpr uint32_t kDefaultArena = 1024;     // kilopy run and mem on the host VM
constexpr unsigned kAtmega168Arena = 512;    // what fits beside the statics and the stack (docs/targets.md)
constexpr unsigned kAtmega328pArena = 1024;
constexpr unsigned kHostIntBits = 32;        // a .py source on the host VM
constexpr unsigned kFirmwareIntBits = 16;    // kilopy build --target and run --target
constexpr unsigned kFirmwareBaud = 38400;    // the firmware's UART (KP_BAUD), which kilopy monitor reads

}  // namespace kilopy
