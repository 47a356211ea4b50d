// Host port configuration for vm/: the image is in ordinary memory, output goes through
// kp_port_put (targets/host/host_port.cpp), and computed-goto dispatch is used.
#pragma once

#include <stdint.h>

#define KP_IMAGE_BYTE(p) (*(const uint8_t*)(p))
#define KP_COMPUTED_GOTO 1
#define KP_STEP_BUDGET 1

void kp_port_put(uint8_t byte);
