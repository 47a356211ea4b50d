// Where kilopy finds its own files: stdlib_micro/, and the vm/, bytecode/ and targets/avr/
// sources that `kilopy build --target` compiles.
#pragma once

#include <string>

namespace kilopy {

// The folder holding them: ../share/kilopy beside the running executable when kilopy is
// installed (cmake --install, the .deb), else the source tree kilopy was configured in.
const std::string& data_dir();

// The folder the running executable is in, with a trailing '/' ("" if /proc/self/exe is unreadable).
std::string executable_dir();

}  // namespace kilopy
