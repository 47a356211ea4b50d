#include "targets/host/data_dir.h"

#include <unistd.h>

#include <fstream>

namespace kilopy {

std::string executable_dir() {
  char self[4096];
  ssize_t n = readlink("/proc/self/exe", self, sizeof self - 1);
  std::string path = n > 0 ? std::string(self, size_t(n)) : "";
  return path.substr(0, path.rfind('/') + 1);
}

const std::string& data_dir() {
  static const std::string dir = [] {
    std::string installed = executable_dir() + "../share/kilopy";
    return std::ifstream(installed + "/vm/vm.h") ? installed : std::string(KILOPY_SOURCE_DIR);
  }();
  return dir;
}

}  // namespace kilopy
