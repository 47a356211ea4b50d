#include "targets/avr/sim/trailer.h"

#include <algorithm>
#include <cstdlib>
#include <sstream>

namespace kilopy {

namespace {

bool hex_field(std::istringstream& in, size_t digits, std::string& word) {
  if (!(in >> word) || (digits && word.size() != digits) || word.size() % 2) return false;
  for (char c : word)
    if (!((c >= '0' && c <= '9') || (c >= 'a' && c <= 'f'))) return false;
  return true;
}

uint32_t hex_value(const std::string& word) { return uint32_t(std::strtoul(word.c_str(), nullptr, 16)); }

bool separator(char c) { return c == ' ' || c == '\t' || c == '\r' || c == '\n' || c == ','; }

}  // namespace

bool parse_trailer(const std::string& fields, Trailer& out) {
  std::istringstream in(fields);
  std::string status, bits, tokens, bytes;
  if (!hex_field(in, 2, status) || !hex_field(in, 2, bits) || !hex_field(in, 8, tokens) || !hex_field(in, 0, bytes))
    return false;
  out.status = uint8_t(hex_value(status));
  out.int_bits = uint8_t(hex_value(bits));
  out.tokens = hex_value(tokens);
  out.arena.clear();
  for (size_t i = 0; i < bytes.size(); i += 2) out.arena.push_back(uint8_t(hex_value(bytes.substr(i, 2))));
  std::string rest;
  return !(in >> rest);
}

Stop trailer_stop(Trailer& trailer, const Image& image, const std::string& input) {
  std::vector<uint8_t>& arena = trailer.arena;
  if (arena.size() >= kStateSize) arena.resize(std::max<size_t>(arena.size(), arena[4] | arena[5] << 8));
  std::string token;
  unsigned token_line = 0;
  nth_token(input, trailer.tokens, token, token_line);
  return stop_from_arena(image, trailer.status, arena.data(), uint32_t(arena.size()), token, token_line);
}

bool nth_token(const std::string& input, uint32_t n, std::string& token, unsigned& line) {
  unsigned at_line = 1;
  size_t i = 0;
  for (uint32_t k = 1;; ++k) {
    for (; i < input.size() && separator(input[i]); ++i)
      if (input[i] == '\n') ++at_line;
    if (i == input.size()) return false;
    size_t start = i;
    while (i < input.size() && !separator(input[i])) ++i;
    if (k == n) {
      token = input.substr(start, i - start);
      line = at_line;
      return true;
    }
  }
}

}  // namespace kilopy
