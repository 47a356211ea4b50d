/* UART0 output for the hand-written AVR benchmark programs (native_perceptron.c, ideal_move.c):
 * 38400 baud 8N1 at F_CPU, polled, as targets/avr/port.cpp; and the end of a run: wait until
 * the last byte has left, then sleep with interrupts off (simavr stops there). */
#include <avr/interrupt.h>
#include <avr/io.h>
#include <avr/sleep.h>
#include <stdint.h>

static void uart_init(void) {
  UBRR0H = 0;
  UBRR0L = (uint8_t)((F_CPU + 8UL * 38400UL) / (16UL * 38400UL) - 1);
  UCSR0A = 0;
  UCSR0C = _BV(UCSZ01) | _BV(UCSZ00);
  UCSR0B = _BV(TXEN0);
}

static void put(char c) {
  while (!(UCSR0A & _BV(UDRE0))) {
  }
  UCSR0A = _BV(TXC0);
  UDR0 = (uint8_t)c;
}

static void halt(void) {
  while (!(UCSR0A & _BV(TXC0))) {
  }
  cli();
  sleep_enable();
  for (;;) sleep_cpu();
}
