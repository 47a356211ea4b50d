// Copies of a function for the calls that give it other argument types (frontend/call_copies.cpp).
// kilopy gives each parameter one type; a function the program calls with a list of ints at one
// call and a list of tuples at another (a heap helper, a `show(x)`) is refused by the checker at
// the second call, and compile_source then makes that call call a copy of the function instead,
// and builds the program again: each copy is typed on its own, as a generic function's
// instantiation would be.
#pragma once

#include <map>
#include <string>

#include "frontend/ast.h"

namespace kilopy {

// The copies made so far, across the rebuilds of one compile.
struct CallCopies {
  std::map<std::string, unsigned> made;  // a function -> how many copies of it there are
};

// Makes the call at call_at of `callee` inside `caller` (a def of the module, or "" for the
// module's own statements) call the next copy of callee, first making it if needed: the copy
// after the one the call calls now. False, changing nothing, if the call or either function is
// not found (a method, a function made by a later pass) or callee has kMaxCallCopies copies.
bool call_next_copy(Module& module, const std::string& callee, const std::string& caller, SourceLoc call_at,
                    CallCopies& copies);

// Makes the last call of `callee` in the source (of two or more, by name, in the module's
// statements, its defs and its methods) call the next copy of callee, as call_next_copy does:
// for a type error inside callee's body, where its calls together give its parameters types
// that do not go together. False, changing nothing, if callee has fewer than two such calls or
// call_next_copy cannot copy it.
bool copy_last_call(Module& module, const std::string& callee, CallCopies& copies);

// Makes the last call (in source order) in `caller` ("<module>", a def) of a top-level def by
// name that passes `variable` by name, but the call at `except_at`, call the next copy of its
// callee, as call_next_copy does: where a call keeps refusing an argument however its callee is
// copied, another call that passes the same variable gave it its type. False if there is none.
bool copy_call_passing(Module& module, const std::string& caller, const std::string& variable, SourceLoc except_at,
                       CallCopies& copies);

// Makes each call of f by name but the first (in source order) call a copy of its own: for the
// compiler's generic helpers (link.h kGenericHelpers), whose calls give their parameters
// unrelated types. Calls past kMaxCallCopies copies keep calling what they call.
void copy_each_call(Module& module, const std::string& f, CallCopies& copies);

}  // namespace kilopy
