// `*args` parameters of the module's functions (frontend/star_args.cpp): the rest of the
// positional arguments, passed as one tuple[T, ...] (ints, bools or strs, as tuple() builds).
#pragma once

#include "frontend/ast.h"

namespace kilopy {

// The text of the tuple() call that packs a call's rest arguments (types.cpp names it so).
constexpr const char* kRestTuple = "*args";

// Each top-level function's `*name` parameter becomes a plain one, and each call of it by name
// in the module passes the rest of its positional arguments (or a `*xs` after the others) as
// `name=tuple([...])`. Refused: *args in a method or a nested function, a name= keyword.
void pack_rest_arguments(Module& module);

}  // namespace kilopy
