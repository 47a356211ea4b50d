// Exception classes as numbers (bytecode/exceptions.def): what RAISE and THROW stop with and
// what a handler entry catches (docs/bytecode.md, "Handler table"). C++14, freestanding.
#pragma once

#include <stdint.h>

#include "bytecode/status.h"

namespace kilopy {

enum ExcClass : uint8_t {
  EXC_NONE = 0,  // no class: an error no handler catches (a kilopy limit, a malformed image)
#define EXC(name, descendants) EXC_##name,
#include "bytecode/exceptions.def"
#undef EXC
  EXC_USER_FIRST  // the program's own classes are numbered from here
};
constexpr uint8_t kExcLast = 255;  // the last class number: Exception's range ends here

constexpr const char* kExcNames[] = {
    "",
#define EXC(name, descendants) #name,
#include "bytecode/exceptions.def"
#undef EXC
};
constexpr uint8_t kExcDescendants[] = {
    0,
#define EXC(name, descendants) descendants,
#include "bytecode/exceptions.def"
#undef EXC
};

constexpr bool exc_same(const char* a, const char* b) { return *a == *b && (*a == 0 || exc_same(a + 1, b + 1)); }

// The built-in class named `name`, or EXC_NONE.
constexpr uint8_t exc_class(const char* name, uint8_t i = 1) {
  return i == EXC_USER_FIRST ? uint8_t(EXC_NONE) : exc_same(kExcNames[i], name) ? i : exc_class(name, uint8_t(i + 1));
}

// The class an except clause sees for a run-time error of `status` (an errors.def row):
// EXC_NONE for kilopy's limits, where CPython would go on (an int that needs more bits, a full
// arena, its frame limit, a negative exponent's float, text beyond kilopy's Unicode tables)
// and for a malformed image: they end
// the program whatever handlers there are (docs/language.md, "Exceptions").
constexpr uint8_t error_class(uint8_t status, const char* exception) {
  return status == KP_ERR_OVERFLOW || status == KP_ERR_MEMORY || status == KP_ERR_RECURSION || status == KP_ERR_NEG_POW ||
                 status == KP_ERR_STR_CASE || status == KP_ERR_CHR_UNPRINTABLE || status == KP_ERR_BAD_REF
             ? uint8_t(EXC_NONE)
             : exc_class(exception);
}

}  // namespace kilopy
