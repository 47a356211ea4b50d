#include "frontend/diagnostic.h"

namespace kilopy {

std::string shorten_words(const std::string& message) {
  auto word = [](unsigned char c) {
    return c == '_' || c >= 0x80 || (c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
  };
  std::string out;
  for (size_t i = 0; i < message.size();) {
    size_t end = i;
    while (end < message.size() && word(static_cast<unsigned char>(message[end]))) ++end;
    if (end == i) {
      out += message[i++];
      continue;
    }
    if (end - i <= kMaxShownWord) {
      out.append(message, i, end - i);
    } else {
      size_t cut = i + kMaxShownWord;
      while (cut > i && (static_cast<unsigned char>(message[cut]) & 0xC0) == 0x80) --cut;  // not inside a character
      out.append(message, i, cut - i);
      out += "...";
    }
    i = end;
  }
  return out;
}

namespace {

bool continuation(unsigned char c) { return (c & 0xC0) == 0x80; }

// The code point of the UTF-8 character at text[at] (U+FFFD for a malformed one).
uint32_t code_point(const std::string& text, size_t at) {
  unsigned char c = static_cast<unsigned char>(text[at]);
  int more = c >= 0xF0 ? 3 : c >= 0xE0 ? 2 : c >= 0xC0 ? 1 : 0;
  uint32_t cp = more == 0 ? c : c & (0x3F >> more);
  for (int k = 1; k <= more; ++k) {
    if (at + k >= text.size() || !continuation(static_cast<unsigned char>(text[at + k]))) return 0xFFFD;
    cp = (cp << 6) | (static_cast<unsigned char>(text[at + k]) & 0x3F);
  }
  return cp;
}

// East Asian wide and fullwidth characters take two columns in a terminal (Unicode's
// EastAsianWidth W and F ranges, the blocks source comments use).
bool wide(uint32_t cp) {
  return (cp >= 0x1100 && cp <= 0x115F) || (cp >= 0x2E80 && cp <= 0x303E) || (cp >= 0x3041 && cp <= 0x33FF) ||
         (cp >= 0x3400 && cp <= 0x4DBF) || (cp >= 0x4E00 && cp <= 0x9FFF) || (cp >= 0xA000 && cp <= 0xA4CF) ||
         (cp >= 0xAC00 && cp <= 0xD7A3) || (cp >= 0xF900 && cp <= 0xFAFF) || (cp >= 0xFE30 && cp <= 0xFE4F) ||
         (cp >= 0xFF00 && cp <= 0xFF60) || (cp >= 0xFFE0 && cp <= 0xFFE6) || (cp >= 0x1F300 && cp <= 0x1F64F) ||
         (cp >= 0x20000 && cp <= 0x3FFFD);
}

}  // namespace

std::string format_diagnostic(const std::string& filename, const std::string& source,
                              SourceLoc loc, const std::string& message) {
  std::string out = filename + ":" + std::to_string(loc.line) + ":";
  std::string tail = ": error: " + message + "\n";
  // Find the source line (1-based), counting line breaks as the lexer does ("\n", "\r\n" or a
  // lone "\r"), and show it with a caret under the column.
  auto line_end = [&](size_t from) {
    size_t at = source.find_first_of("\r\n", from);
    return at == std::string::npos ? source.size() : at;
  };
  size_t start = 0;
  for (uint32_t line = 1; line < loc.line; ++line) {
    size_t end = line_end(start);
    if (end >= source.size()) return out + std::to_string(loc.col) + tail;
    start = end + (source.compare(end, 2, "\r\n") == 0 ? 2 : 1);
  }
  if (loc.line == 0 || start > source.size()) return out + std::to_string(loc.col) + tail;
  std::string text = source.substr(start, line_end(start) - start);
  // loc.col counts bytes; the user counts characters, as CPython's SyntaxError does.
  size_t chars = 0;
  for (size_t b = 0; b + 1 < loc.col && b < text.size(); ++b) chars += !continuation(static_cast<unsigned char>(text[b]));
  out += std::to_string(loc.col > 0 ? chars + 1 : 0) + tail;
  for (char& c : text)  // keep the line printable (a NUL would cut it short) and the caret aligned
    if ((c >= 0 && c < 32 && c != '\t') || c == 127) c = '?';
  // Long lines are shown as a window around the column.
  constexpr size_t kWindow = 120;
  size_t col = loc.col > 0 ? loc.col - 1 : 0;
  std::string prefix;
  auto inside = [&](size_t at) { return at < text.size() && continuation(static_cast<unsigned char>(text[at])); };
  if (text.size() > kWindow) {
    size_t from = col > kWindow / 2 ? col - kWindow / 2 : 0;
    if (from > text.size() - kWindow) from = text.size() - kWindow;  // keep a full window
    size_t to = from + kWindow;
    while (from > 0 && inside(from)) --from;  // whole characters only
    while (to > from && inside(to)) --to;
    text = text.substr(from, to - from);
    if (from > 0) { prefix = "..."; col -= from; }
    text += "...";
  }
  out += "    " + prefix + text + "\n    " + std::string(prefix.size(), ' ');
  for (size_t c = 0; c < col && c < text.size(); ++c)  // the width each character takes on screen
    if (!inside(c)) out += text[c] == '\t' ? "\t" : wide(code_point(text, c)) ? "  " : " ";
  out += "^\n";
  return out;
}

}  // namespace kilopy
