// Host port: where the VM's output bytes go (see kp_target.h).
#pragma once

#include <string>

#include "kp_target.h"

namespace kilopy {
std::string& port_output();  // bytes printed since it was last cleared
}  // namespace kilopy
