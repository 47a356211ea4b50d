// Private names: inside a class, an identifier `__x` (two leading underscores, not two trailing)
// is `_C__x` for class C, as CPython mangles it, wherever it stands in the class's body: fields
// and methods (`self.__x`, `def __check`), parameters, variables and names read (not a call's
// keywords: CPython leaves `f(__b=1)` as written).
// So a subclass's `self.__x` is another field than its base's, and `obj.__x` outside the class
// names no field of it.
#pragma once

#include <string>
#include <vector>

#include "frontend/ast.h"

namespace kilopy {

// Mangles the private names of class `cls`'s body (parse_class, before its methods leave it).
void mangle_private_names(const std::string& cls, std::vector<StmtPtr>& body);

}  // namespace kilopy
