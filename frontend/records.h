// Dicts as records: a dict display whose keys are str constants and whose values differ in type
// (`{"name": "Al", "age": 30}`), which a dict of one value type cannot hold, becomes an object of
// a class of its own (frontend/records.cpp). types.cpp reads `p["age"]` as its field, and the
// class shows, compares, measures and tests keys as CPython's dict does.
#pragma once

#include <string>
#include <vector>

#include "frontend/ast.h"

namespace kilopy {

// Makes every dict display of module with exactly these keys, in this order, a call of a new
// record class, defined first in the module; false if there is no such display or these keys
// cannot be a record's (one repeats). A field is named as the repr of its key (`'age'`), which
// no attribute written in a program can name.
bool make_record(Module& module, const std::vector<std::string>& keys);

// True if cls is a record class (its name is `dict` kHiddenSep number: shown as dict).
bool is_record_class(const std::string& cls);

// The field of a record class that holds the value of `key`.
std::string record_field(const std::string& key);

}  // namespace kilopy
