// The firmware cache: objects of `kilopy build --target` that do not depend on the program (the
// port, main.cpp, the .mmcu record) are the same for every build of one part, int width, clock
// and arena. With KILOPY_CACHE_DIR set, the build copies them from that folder instead of
// compiling them again (0.2 s of samples/perceptron.py's 0.45 s), and stores the ones it
// compiles there.
//
// An object's name there is a hash of its compile command (output left out), the compiler
// binary's path, size and time, and the bytes of every file of vm/, bytecode/ and targets/avr/
// in the source tree: a changed source, flag or compiler finds no entry (an upgraded avr-libc
// or simavr header alone does not: delete the folder then). The folder may be deleted at any
// time; a cache that cannot be read or written only costs the compile.
#pragma once

#include <string>
#include <vector>

namespace kilopy {

// The cache entry for the object `command` compiles (its -o left out) from sources under
// `source_root`, whose first word is the compiler; "" when KILOPY_CACHE_DIR is unset or empty.
std::string cached_object(const std::vector<std::string>& command, const std::string& source_root);

// Copies the entry `cached` to `object`; false if there is none.
bool fetch_cached_object(const std::string& cached, const std::string& object);

// Stores `object` as the entry `cached` (written beside it, then renamed: builds running at once
// never see half an object).
void store_cached_object(const std::string& object, const std::string& cached);

}  // namespace kilopy
