// The AVR port: UART0 output and input for the VM (kp_port_put, kp_port_read, declared in
// kp_target.h; micro.trace rows are skipped: KP_TRACE 0) and the exit
// trailer. 8N1 at KP_BAUD (default 38400, a standard rate: UBRR 25 at 16 MHz, 0.2 % error).
#pragma once

#include <stdint.h>

#include "kp_target.h"

void kp_port_init();
// Writes a byte as two lowercase hex digits.
void kp_port_hex(uint8_t byte);
// Tokens kp_port_read has taken (the exit trailer reports it: the sim names the last one).
extern uint32_t kp_port_tokens;
// Waits until the last byte has left the transmitter.
void kp_port_flush();
