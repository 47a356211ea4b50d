// The tokenizer: Python 3.11 lexical rules for kilopy's subset (frontend/lexer.re).
#pragma once

#include <string>
#include <vector>

#include "frontend/token.h"

namespace kilopy {

// Splits `source` into tokens, ending with NEWLINE (if the last line had tokens), the DEDENTs
// back to column 1 and ENDMARKER. Throws CompileError on the first lexical error.
std::vector<Token> tokenize(const std::string& source);

}  // namespace kilopy
