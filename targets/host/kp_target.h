// Host port configuration for vm/: the image is in ordinary memory, output goes through
// kp_port_put (targets/host/host_port.cpp), and computed-goto dispatch is used.
#pragma once

#include <stdint.h>

#define KP_IMAGE_BYTE(p) (*(const uint8_t*)(p))
#define KP_COMPUTED_GOTO 1
#define KP_STEP_BUDGET 1
#define KP_ITEM_FAST_PATH 1
#define KP_OPERAND_SELECT 1  // list and record items inline (vm/vm.cpp int_slot; speed-bound)
#define KP_TRACE 1  // micro.trace rows go to kp_port_trace
#define KP_TRUSTED_IMAGE 0  // start() checks the image's header and the arena size

void kp_port_put(uint8_t byte);

// The input stream of micro.read() and micro.available(): integers separated by whitespace
// and/or commas. kp_port_read stores the next one in *value and returns KP_OK, or
// KP_ERR_EOF_INPUT (none left), KP_ERR_BAD_INPUT (a malformed token) or KP_ERR_OVERFLOW
// (beyond 32 bits; the VM checks its own width). kp_port_available is 1 while a token remains.
uint8_t kp_port_read(int32_t* value);
uint8_t kp_port_available();
// One byte of the trace stream (micro.trace rows); kp_port_tracing is 0 while no one reads the
// stream, and the VM then skips the rows (formatting them was a tenth of the seed bench's time).
void kp_port_trace(uint8_t byte);
uint8_t kp_port_tracing();
