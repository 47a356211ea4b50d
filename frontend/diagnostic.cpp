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
  out += "    " + text + "\n    ";
  for (uint32_t c = 1; c < loc.col && c - 1 < text.size(); ++c) out += text[c - 1] == '\t' ? '\t' : ' ';
  out += "^\n";
  return out;
}

}  // namespace kilopy
