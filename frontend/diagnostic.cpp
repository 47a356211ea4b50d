#include "frontend/diagnostic.h"

namespace kilopy {

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
  if (text.size() > kWindow) {
    size_t from = col > kWindow / 2 ? col - kWindow / 2 : 0;
    if (from > text.size() - kWindow) from = text.size() - kWindow;  // keep a full window
    text = text.substr(from, kWindow);
    if (from > 0) { prefix = "..."; col -= from; }
    text += "...";
  }
  out += "    " + prefix + text + "\n    " + std::string(prefix.size(), ' ');
  for (size_t c = 0; c < col && c < text.size(); ++c) out += text[c] == '\t' ? '\t' : ' ';
  out += "^\n";
  return out;
}

}  // namespace kilopy
