// The AVR firmware's exit trailer (targets/avr/main.cpp): the arena bytes the host VM's report
// is read from, parsed back for bytecode/stop.h's stop_from_arena. kilopy-sim reads it from the
// simulated UART, `kilopy monitor` from a board's.
#pragma once

#include <stdint.h>

#include <string>
#include <vector>

#include "bytecode/image.h"
#include "bytecode/stop.h"

namespace kilopy {

constexpr char kTrailerStart[] = "\x01KP2 ";  // the trailer line's first bytes (TrailerScanner)

struct Trailer {
  uint8_t status = 0;
  uint8_t int_bits = 0;        // the firmware's int width
  uint32_t tokens = 0;         // tokens micro.read() took
  std::vector<uint8_t> arena;  // the arena from offset 0 (the VmState alone after a halt)
};

// Parses the trailer line after "\x01KP2 "; returns false if it is malformed.
bool parse_trailer(const std::string& fields, Trailer& out);

// Splits a UART stream into the program's output and its exit trailer: the byte 0x01 starts the
// trailer only where "KP2 " follows it and the line parses as one, else the bytes held back are
// output after all (a program may print "\x01", even "\x01KP2 x").
struct TrailerScanner {
  std::string trailer;  // the trailer from kTrailerStart on, or the bytes that may start it

  template <class Out>
  void feed(char byte, Out&& out) {
    const size_t head = sizeof kTrailerStart - 1;
    if (trailer.empty() && byte != kTrailerStart[0]) return out(byte);
    trailer += byte;
    Trailer parsed;
    if (trailer.size() <= head ? trailer.compare(0, trailer.size(), kTrailerStart, trailer.size()) == 0
                               : !ended() || parse_trailer(trailer.substr(head, trailer.size() - head - 1), parsed))
      return;
    std::string held;
    held.swap(trailer);
    out(held[0]);
    for (size_t i = 1; i < held.size(); ++i) feed(held[i], out);
  }
  // True once the trailer's line has ended.
  bool ended() const { return trailer.size() > sizeof kTrailerStart - 1 && trailer.back() == '\n'; }
};

// The Stop a parsed trailer carries: its arena (zeros past the bytes it holds) read as the host
// reads its own, against `image` (its int width the trailer's); `input` is what micro.read()
// was fed ("" when unknown), for the token it took last.
Stop trailer_stop(Trailer& trailer, const Image& image, const std::string& input);

// The n-th token (from 1) of micro.read()'s input and its line, split as both ports split it
// (whitespace and commas); false if the input has fewer tokens.
bool nth_token(const std::string& input, uint32_t n, std::string& token, unsigned& line);

}  // namespace kilopy
