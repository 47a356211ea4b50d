// Compile errors: one exception type carrying a location, and the formatter that
// turns it into `file:line:col: error: message`, the source line and a caret.
#pragma once

#include <memory>
#include <stdexcept>
#include <string>
#include <vector>

#include "frontend/ast.h"

namespace kilopy {

// A message with every long word (a run of letters, digits, '_' or non-ASCII bytes: echoed
// names and literals) cut to its first kMaxShownWord bytes, at a character boundary, and "...".
constexpr size_t kMaxShownWord = 40;
std::string shorten_words(const std::string& message);

// The key by which a class's __lt__ (or __gt__) orders its objects, where it is written
// `return key(self) < key(other)`: `body` reads the object as `param` (null: none), and the
// sort, min() or max() call at `call` (its line and column) sorts by it.
struct ObjectKey {
  SourceLoc call;
  std::shared_ptr<const Expr> body;
  std::string param;
};

// One error of a compile that reports several (the parser's, see parse_module).
struct Diagnostic {
  SourceLoc loc;
  std::string message;
};
constexpr size_t kMaxErrors = 20;  // a compile reports at most this many

struct CompileError : std::runtime_error {
  SourceLoc loc;
  // The file loc.file names, with its text, once compile_source knows them (empty before).
  std::string filename, source;
  // The errors after this one in the same file, in file order (at most kMaxErrors - 1).
  std::vector<Diagnostic> more;
  // A variable refused for holding two types (types.cpp), which compile_source then tries to
  // split into its webs (frontend/webs.h): its name and where its scope assigns it (a Name there
  // or, for a parameter, the def statement). Empty for any other error.
  std::string variable;
  SourceLoc variable_at;
  // A call that would give a parameter of callee a second type (types.cpp): the function
  // called, the function the call is in ("<module>" for the module's statements) and where the
  // call is, for compile_source to make that call call a copy (frontend/call_copies.h).
  std::string callee, caller;
  SourceLoc call_at;
  // The variable the call passes there, by name (else empty): another call that passes it may
  // have typed it (`pq = []; push(pq, (1, "a")); ... pop(pq)`), whose copy compile_source tries next.
  std::string argument;
  // Any other type error inside a def's body (types.cpp): that function, whose calls
  // compile_source then tries on copies, one call at a time (they may give it mixed types).
  std::string in_body;
  // sorted(), list.sort(), min() or max() of objects whose class orders them by a key (types.cpp
  // object_key): the call, for compile_source to compile again with key= that key there.
  ObjectKey object_key;
  // A dict display whose keys are str constants and whose values differ in type (types.cpp):
  // its keys, for compile_source to make such displays records (frontend/records.h).
  std::vector<std::string> record_keys;
  // `x in xs`, `xs.count(x)`, `xs.remove(x)` or `xs.index(x)` of objects whose class defines
  // __eq__ (types.cpp): where its operator (receiver) is, for compile_source to make it a loop
  // calling __eq__ (frontend/object_membership.h).
  SourceLoc membership_at{};
  // Counter.update(xs) or .subtract(xs) (types.cpp): where the call is, and whether xs is a dict
  // (its items are added), for compile_source to make it a loop (frontend/counter_updates.h).
  SourceLoc counter_update_at{};
  bool counter_update_pairs = false;
  CompileError(SourceLoc l, const std::string& message) : std::runtime_error(shorten_words(message)), loc(l) {}
};

// "prog.py:3:7: error: floats are not supported\n    x = 1.5\n        ^\n"
std::string format_diagnostic(const std::string& filename, const std::string& source,
                              SourceLoc loc, const std::string& message);

}  // namespace kilopy
