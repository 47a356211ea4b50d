// Linking: the program and the modules it imports, merged into one Module the checks and the
// code generator see as a single program.
//
// Each module is parsed once. Its top-level names become `module\x01name` (kModuleSep: no
// Python identifier holds it), so modules cannot collide; the program's own names stay as they
// are. Its body, with `if __name__ == "__main__":` blocks removed, is spliced into the
// importer's body where the first `import` of it stands, so it runs once, at import, as in
// CPython. `m.f` becomes the name of f in m; `from m import f` binds f to that name (a
// function) or assigns a copy at the import (a variable, as CPython does). `micro` is built in:
// its functions are the opcode table's rows whose python column starts with "micro.".
#pragma once

#include <string>
#include <vector>

#include "frontend/ast.h"
#include "frontend/diagnostic.h"

namespace kilopy {

constexpr char kModuleSep = '\x01';
// stdlib_micro/_kilopy_text.py: the linker lowers int(s, base) to its int_base, s.strip(chars)
// (lstrip, rstrip) to its strip_chars and the kBoundedMethods given a start.
constexpr const char* kTextModule = "_kilopy_text";
// stdlib_micro/_kilopy_dict.py: d.get(k) and d.pop(k, None) with a computed d or k.
constexpr const char* kDictModule = "_kilopy_dict";
// The functions of those two modules whose calls pass unrelated types (a dict[str, int] here, a
// dict[int, list[int]] there): each call calls a copy of its own (call_copies.h copy_each_call).
struct GenericHelper {
  const char* module;
  const char* function;
};
inline constexpr GenericHelper kGenericHelpers[] = {
    {kDictModule, "get_or_none"}, {kDictModule, "pop_or_none"}, {kTextModule, "index_from"}};

// The methods that take a start and an end (x.find(sub, start[, end]) ...) and the function of
// _kilopy_text each becomes with them: function(x, sub, start[, end]).
// x is a str, but for index(), whose x may also be a list, a tuple or an array.
struct BoundedMethod {
  const char* method;
  const char* function;
};
inline constexpr BoundedMethod kBoundedMethods[] = {
    {"find", "find_from"},     {"rfind", "rfind_from"},       {"count", "count_from"},   {"index", "index_from"},
    {"rindex", "rindex_from"}, {"startswith", "starts_from"}, {"endswith", "ends_from"},
};
// A def that a later def of the same name replaces is named `name\x02N` (N: 1 for the first),
// and so are the reads of the name while it is bound to that def (at module level and in its
// own body); the last def keeps the name, which calls inside other functions use (flow.cpp
// refuses one that could run before it).
constexpr char kDefSep = '\x02';
// A variable or parameter named like a builtin (sum = 0, def f(list): ...) is `name` kDefSep
// `0000000` (shown as name): the builtin stays what other scopes call, and a call of the
// name where the variable hides it is refused as a variable's call (CPython's TypeError).
inline std::string shadowed_builtin(const std::string& name) { return name + kDefSep + "0000000"; }
inline bool is_shadowed_builtin(const std::string& name) {
  return name.size() > 8 && name.compare(name.size() - 8, 8, std::string(1, kDefSep) + "0000000") == 0;
}

// What kilopy takes from collections: each a builtin of the same name (`import collections`
// makes collections.Counter the builtin Counter).
inline constexpr const char* kCollectionsNames[] = {"defaultdict", "Counter", "deque"};
inline bool is_collections_name(const std::string& name) {
  for (const char* n : kCollectionsNames)
    if (name == n) return true;
  return false;
}

struct SourceFile {
  std::string path;    // as found: the search directory joined with `module.py`
  std::string source;
};

struct LinkedProgram {
  Module module;                  // the merged program (filename and source: the program's)
  std::vector<SourceFile> files;  // [0] the program, then each module in load order (SourceLoc::file)
};

// Loads `filename`'s imports from each folder of `search_path` in order ("" is the current
// folder); nothing else is read, so an empty search path links only the built-in modules.
// Throws CompileError with loc.file set (an index into out.files, which is filled as far as
// loading got).
// `keys`: the calls that sort objects by a key (diagnostic.h ObjectKey), each file's given to
// its parse.
void link_program(const std::string& filename, const std::string& source,
                  const std::vector<std::string>& search_path, const std::vector<ObjectKey>& keys, LinkedProgram& out);

// The largest source file kilopy reads (docs/language.md, Limits): 65535 lines, the line
// table's limit, of 128 bytes. A longer input (e.g. /dev/zero) is refused after limit + 1 bytes.
constexpr size_t kMaxSourceBytes = size_t(65535) * 128;

// Reads the whole file at `path` (at most kMaxSourceBytes) into out. Returns "" or what is
// wrong, as CPython's OSError says it ("[Errno 21] Is a directory") or that it is too large.
std::string read_file(const std::string& path, std::string& out);

// A message with every `module\x01` qualifier and `\x02N` def number removed (what the user
// wrote in that file).
std::string display_names(const std::string& message);

// Removes the def statements of functions that no call can reach from the module body
// (frontend/reach.cpp).
void drop_uncalled_functions(Module& module);

}  // namespace kilopy
