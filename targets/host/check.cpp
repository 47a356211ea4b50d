#include "targets/host/check.h"

#include <algorithm>
#include <cctype>

namespace kilopy {

namespace {

std::string exception_name(const std::string& line) { return line.substr(0, line.find(':')); }

// The same Python exception with CPython's message. kilopy's MemoryError and OverflowError
// explain its own limits instead, and its RecursionError adds the depth and the arena after
// CPython's text (the rule of tests/check_program.py).
bool same_exception(const std::string& py, const std::string& kp) {
  std::string name = exception_name(py);
  if (name != exception_name(kp)) return false;
  if (name == "MemoryError" || name == "OverflowError") return true;
  if (name == "RecursionError") return kp.compare(0, py.size(), py) == 0;
  return py == kp;
}

// How a run ended, for the line where the other run printed more: "(exit 0)" or the exception.
std::string ending(const Outcome& o) {
  std::string e = exception_line(o.err);
  return e.empty() ? "(end of output, exit " + std::to_string(o.status) + ")" : "(stopped: " + e + ")";
}

std::string line_at(const std::string& out, size_t start) {
  size_t end = out.find('\n', start);
  return out.substr(start, end == std::string::npos ? std::string::npos : end - start);
}

}  // namespace

std::string exception_line(const std::string& err) {
  size_t end = err.find_last_not_of('\n');
  if (end == std::string::npos) return "";
  size_t start = err.rfind('\n', end);
  std::string last = err.substr(start == std::string::npos ? 0 : start + 1, end + 1 - (start == std::string::npos ? 0 : start + 1));
  size_t colon = last.find(':');
  std::string name = last.substr(0, colon);  // an exception's name: a capitalised identifier
  bool is_name = !name.empty() && name[0] >= 'A' && name[0] <= 'Z' &&
                 std::all_of(name.begin(), name.end(), [](char c) { return std::isalnum(static_cast<unsigned char>(c)) || c == '_'; });
  return is_name ? last : "";
}

size_t count_lines(const std::string& out) {
  return size_t(std::count(out.begin(), out.end(), '\n')) + (!out.empty() && out.back() != '\n');
}

Divergence compare_outcomes(const Outcome& py, const Outcome& kp) {
  Divergence d;
  const std::string &a = py.out, &b = kp.out;
  size_t at = std::mismatch(a.begin(), a.begin() + std::min(a.size(), b.size()), b.begin()).first - a.begin();
  if (at == a.size() && at == b.size()) {
    std::string pe = exception_line(py.err), ke = exception_line(kp.err);
    if (py.status == kp.status && same_exception(pe, ke)) return d;
    d.same = false;
    d.python = pe.empty() ? "exit " + std::to_string(py.status) : pe;
    d.kilopy = ke.empty() ? "exit " + std::to_string(kp.status) : ke;
    return d;
  }
  d.same = false;
  size_t start = at == 0 ? 0 : a.rfind('\n', at - 1) == std::string::npos ? 0 : a.rfind('\n', at - 1) + 1;
  d.line = size_t(std::count(a.begin(), a.begin() + start, '\n')) + 1;
  d.offset = at;
  d.python = start < a.size() ? line_at(a, start) : ending(py);
  d.kilopy = start < b.size() ? line_at(b, start) : ending(kp);
  if (start < a.size() && at == a.size()) d.python += "   (end of output)";
  if (start < b.size() && at == b.size()) d.kilopy += "   " + ending(kp);
  return d;
}

}  // namespace kilopy
