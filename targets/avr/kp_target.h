// AVR port configuration for vm/: the image is in flash (read with lpm), output goes to the
// UART through kp_port_put (targets/avr/), dispatch is a plain switch, no step budget.
#pragma once

#include <stdint.h>
#include <avr/pgmspace.h>

#define KP_IMAGE_BYTE(p) pgm_read_byte(p)
#define KP_COMPUTED_GOTO 0
#define KP_STEP_BUDGET 0

void kp_port_put(uint8_t byte);
