#include "frontend/diagnostic.h"

namespace kilopy {

std::string format_diagnostic(const std::string& filename, const std::string& source,
                              SourceLoc loc, const std::string& message) {
  std::string out = filename + ":" + std::to_string(loc.line) + ":" + std::to_string(loc.col) +
                    ": error: " + message + "\n";
  // Find the source line (1-based) and show it with a caret under the column.
  size_t start = 0;
  for (uint32_t line = 1; line < loc.line && start < source.size(); ++line) {
    size_t nl = source.find('\n', start);
    if (nl == std::string::npos) return out;
    start = nl + 1;
  }
  if (loc.line == 0 || start > source.size()) return out;
  size_t end = source.find('\n', start);
  std::string text = source.substr(start, end == std::string::npos ? std::string::npos : end - start);
  if (!text.empty() && text.back() == '\r') text.pop_back();
  for (char& c : text)  // keep the line printable (a NUL would cut it short) and the caret aligned
    if ((c >= 0 && c < 32 && c != '\t') || c == 127) c = '?';
  // Long lines are shown as a window around the column.
  constexpr size_t kWindow = 120;
  size_t col = loc.col > 0 ? loc.col - 1 : 0;
  std::string prefix;
  if (text.size() > kWindow) {
    size_t from = col > kWindow / 2 ? col - kWindow / 2 : 0;
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
