// `kilopy check`: CPython's run of a program against kilopy's, compared as the project's
// differential tests compare them (tests/check_program.py): the same stdout, the same exit
// status, and when both stop with an error, the same exception.
#pragma once

#include <stddef.h>

#include <string>

namespace kilopy {

// One run: its exit status, standard output and standard error (a traceback after an error).
struct Outcome {
  int status = 0;
  std::string out, err;
};

// The exception a traceback ends with ("OverflowError: ..."), "" when err has none.
std::string exception_line(const std::string& err);

// Where kilopy's run first differs from CPython's: nothing (same), or the output line (from 1)
// and the offset in kilopy's output of its first byte that differs or is missing.
struct Divergence {
  bool same = true;
  size_t line = 0;            // 0: the outputs are equal and the exits or exceptions differ
  size_t offset = 0;
  std::string python, kilopy; // that line of each output, or what ended the run there
};

Divergence compare_outcomes(const Outcome& python, const Outcome& kilopy);

// Lines in an output (a last line without its newline counts).
size_t count_lines(const std::string& out);

}  // namespace kilopy
