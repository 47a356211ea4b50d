// AVR port configuration for vm/: the image is in flash (read with lpm), output goes to the
// UART through kp_port_put (targets/avr/port.cpp), no step budget.
//
// Dispatch: a plain switch by default (one shared dispatch; its jump table stays in flash).
// -DKP_COMPUTED_GOTO=1 selects computed goto, which is larger and keeps its label table in
// SRAM (2 bytes per opcode); build_firmware.py --dispatch picks.
#pragma once

#include <stdint.h>
#include <avr/pgmspace.h>

#define KP_IMAGE_BYTE(p) pgm_read_byte(p)
#ifndef KP_COMPUTED_GOTO
#define KP_COMPUTED_GOTO 0
#endif
#define KP_STEP_BUDGET 0

void kp_port_put(uint8_t byte);
