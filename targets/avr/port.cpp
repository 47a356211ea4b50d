// UART0 polled output and input at KP_BAUD, 8N1. See port.h.
#include "port.h"

#include <avr/io.h>

#include "bytecode/status.h"

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
  UCSR0B = _BV(TXEN0) | _BV(RXEN0);
}

void kp_port_put(uint8_t byte) {
  while (!(UCSR0A & _BV(UDRE0))) {
  }
  UCSR0A = _BV(TXC0);  // clear "transmit complete" (writing 1 clears it; U2X0 stays 0)
  UDR0 = byte;
}

void kp_port_hex(uint8_t byte) {
  for (uint8_t i = 0; i < 2; ++i, byte = uint8_t(byte << 4)) {
    uint8_t d = byte >> 4;
    kp_port_put(uint8_t(d < 10 ? '0' + d : 'a' - 10 + d));
  }
}

void kp_port_flush() {  // call only after at least one kp_port_put
  while (!(UCSR0A & _BV(TXC0))) {
  }
}

// ---- input: integers from the UART (micro.read); the byte EOT (4, Ctrl-D) ends the stream ----

namespace {

constexpr uint8_t kEndOfInput = 4;
uint8_t pending;   // a received byte not consumed yet, valid when have_pending
bool have_pending;

uint8_t peek_byte() {
  if (!have_pending) {
    while (!(UCSR0A & _BV(RXC0))) {
    }
    pending = UDR0;
    have_pending = true;
  }
  return pending;
}

bool separator(uint8_t c) { return c == ' ' || c == ',' || (c >= '\t' && c <= '\r'); }  // \t \n \v \f \r

}  // namespace

uint8_t kp_port_available() {
  while (separator(peek_byte())) have_pending = false;
  return peek_byte() != kEndOfInput;
}

uint32_t kp_port_tokens;

uint8_t kp_port_read(int32_t* value) {
  if (!kp_port_available()) return kilopy::KP_ERR_EOF_INPUT;
  ++kp_port_tokens;
  bool negative = false, bad = false, big = false;
  uint8_t c = peek_byte(), digits = 0;
  if (c == '-' || c == '+') {
    negative = c == '-';
    have_pending = false;
  }
  uint32_t v = 0;
  for (c = peek_byte(); !separator(c) && c != kEndOfInput; c = peek_byte()) {
    have_pending = false;
    if (c < '0' || c > '9') {
      bad = true;
      continue;
    }
    ++digits;
    if (v > (0x80000000UL - (c - '0')) / 10) big = true;
    else v = v * 10 + (c - '0');
  }
  if (bad || digits == 0) return kilopy::KP_ERR_BAD_INPUT;
  if (big || (!negative && v > 0x7FFFFFFFUL)) return kilopy::KP_ERR_OVERFLOW;
  *value = negative ? int32_t(0 - v) : int32_t(v);
  return kilopy::KP_OK;
}
