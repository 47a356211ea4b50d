// UART0 polled output at KP_BAUD, 8N1. See port.h.
#include "port.h"

#include <avr/io.h>

#ifndef F_CPU
#error "build the AVR port with -DF_CPU=<clock in Hz>"
#endif
#ifndef KP_BAUD
#define KP_BAUD 38400UL
#endif

// Round to the nearest divisor (normal speed: 16 clocks per bit).
static const uint16_t kUbrr = uint16_t((F_CPU + 8UL * KP_BAUD) / (16UL * KP_BAUD) - 1);

void kp_port_init() {
  UBRR0H = uint8_t(kUbrr >> 8);
  UBRR0L = uint8_t(kUbrr);
  UCSR0A = 0;                              // normal speed
  UCSR0C = _BV(UCSZ01) | _BV(UCSZ00);      // 8 data bits, no parity, 1 stop bit
  UCSR0B = _BV(TXEN0);
}

void kp_port_put(uint8_t byte) {
  while (!(UCSR0A & _BV(UDRE0))) {
  }
  UCSR0A = _BV(TXC0);  // clear "transmit complete" (writing 1 clears it; U2X0 stays 0)
  UDR0 = byte;
}

void kp_port_hex(uint32_t n, uint8_t digits) {
  while (digits-- != 0) {
    uint8_t d = uint8_t(n >> (4 * digits)) & 0xF;
    kp_port_put(uint8_t(d < 10 ? '0' + d : 'a' - 10 + d));
  }
}

void kp_port_flush() {  // call only after at least one kp_port_put
  while (!(UCSR0A & _BV(TXC0))) {
  }
}
