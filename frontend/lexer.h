// The tokenizer: Python 3.11 lexical rules for kilopy's subset (frontend/lexer.re).
#pragma once

#include <string>
#include <vector>

#include "frontend/diagnostic.h"
#include "frontend/token.h"

namespace kilopy {

// Splits `source` into tokens, ending with NEWLINE (if the last line had tokens), the DEDENTs
// back to column 1 and ENDMARKER. Throws CompileError on the first lexical error.
std::vector<Token> tokenize(const std::string& source);

// The same for a compile that reports every error it can: a refused literal (a float or a
// complex number) is appended to `errors` and read as the int 0; the first other error is
// appended too, and the tokens end before its logical line (closed with DEDENTs and ENDMARKER),
// so that the parser can still report the errors before it.
std::vector<Token> tokenize_reporting(const std::string& source, std::vector<Diagnostic>& errors);

}  // namespace kilopy
