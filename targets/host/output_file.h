// Writing kilopy's output files (images, firmware, VM configurations): whole or not at all, and
// never over something that is not a regular file (docs/errors.md: output-full, output-directory).
#pragma once

#include <stdint.h>

#include <stdexcept>
#include <string>
#include <vector>

namespace kilopy {

// An output that could not be written. `opening`: it could not even be opened or made (a
// usage error, exit 2); otherwise writing it failed (a full disk: exit 1).
struct OutputError : std::runtime_error {
  bool opening;
  OutputError(bool opening_failed, const std::string& message) : std::runtime_error(message), opening(opening_failed) {}
};

// "[Errno 28] No space left on device", as CPython's OSError words errno e.
std::string os_error(int e);

// Writes `bytes` to `path`: into OUT.tmp, renamed over OUT once complete, OUT being where
// `path`'s symbolic links lead (so a link stays a link). A device or a FIFO is written in place,
// never renamed over (that would put a plain file where it was); a folder is refused.
void write_output(const std::string& path, const std::vector<uint8_t>& bytes);

}  // namespace kilopy
