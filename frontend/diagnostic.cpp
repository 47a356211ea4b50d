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

std::string format_diagnostic(const std::string& filename, const std::string& source,
                              SourceLoc loc, const std::string& message) {
  std::string out = filename + ":" + std::to_string(loc.line) + ":" + std::to_string(loc.col) +
                    ": error: " + message + "\n";
  // Find the source line (1-based), counting line breaks as the lexer does ("\n", "\r\n" or a
  // lone "\r"), and show it with a caret under the column.
  auto line_end = [&](size_t from) {
    size_t at = source.find_first_of("\r\n", from);
    return at == std::string::npos ? source.size() : at;
  };
  size_t start = 0;
  for (uint32_t line = 1; line < loc.line; ++line) {
    size_t end = line_end(start);
    if (end >= source.size()) return out;
    start = end + (source.compare(end, 2, "\r\n") == 0 ? 2 : 1);
  }
  if (loc.line == 0 || start > source.size()) return out;
  std::string text = source.substr(start, line_end(start) - start);
  for (char& c : text)  // keep the line printable (a NUL would cut it short) and the caret aligned
    if ((c >= 0 && c < 32 && c != '\t') || c == 127) c = '?';
  // Long lines are shown as a window around the column.
  constexpr size_t kWindow = 120;
  size_t col = loc.col > 0 ? loc.col - 1 : 0;
  std::string prefix;
  auto continuation = [&](size_t at) { return at < text.size() && (static_cast<unsigned char>(text[at]) & 0xC0) == 0x80; };
  if (text.size() > kWindow) {
    size_t from = col > kWindow / 2 ? col - kWindow / 2 : 0;
    if (from > text.size() - kWindow) from = text.size() - kWindow;  // keep a full window
    size_t to = from + kWindow;
    while (from > 0 && continuation(from)) --from;  // whole characters only
    while (to > from && continuation(to)) --to;
    text = text.substr(from, to - from);
    if (from > 0) { prefix = "..."; col -= from; }
    text += "...";
  }
  out += "    " + prefix + text + "\n    " + std::string(prefix.size(), ' ');
  for (size_t c = 0; c < col && c < text.size(); ++c)  // one column per character
    if (!continuation(c)) out += text[c] == '\t' ? '\t' : ' ';
  out += "^\n";
  return out;
}

}  // namespace kilopy
