// Tokens produced by the lexer (frontend/lexer.re) and read by the parser.
// Every token kind is listed once, in the X-macros below; the enum, token_name() and the
// lexer's keyword table all expand them.
#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include "frontend/ast.h"

namespace kilopy {

// X(enumerator, user-facing name)
#define KILOPY_SPECIAL_TOKENS(X) \
  X(Name, "name")                \
  X(Int, "integer")              \
  X(String, "string")            \
  X(FString, "f-string")         \
  X(Newline, "NEWLINE")          \
  X(Indent, "INDENT")            \
  X(Dedent, "DEDENT")            \
  X(EndMarker, "end of file")

// X(enumerator, spelling); token_name() quotes the spelling: "'('".
#define KILOPY_OPERATOR_TOKENS(X) \
  X(LParen, "(")                  \
  X(RParen, ")")                  \
  X(LBracket, "[")                \
  X(RBracket, "]")                \
  X(LBrace, "{")                  \
  X(RBrace, "}")                  \
  X(Comma, ",")                   \
  X(Colon, ":")                   \
  X(Semi, ";")                    \
  X(Dot, ".")                     \
  X(Ellipsis, "...")              \
  X(Arrow, "->")                  \
  X(ColonEqual, ":=")             \
  X(Assign, "=")                  \
  X(Plus, "+")                    \
  X(Minus, "-")                   \
  X(Star, "*")                    \
  X(DoubleStar, "**")             \
  X(Slash, "/")                   \
  X(DoubleSlash, "//")            \
  X(Percent, "%")                 \
  X(At, "@")                      \
  X(LShift, "<<")                 \
  X(RShift, ">>")                 \
  X(Amper, "&")                   \
  X(VBar, "|")                    \
  X(Caret, "^")                   \
  X(Tilde, "~")                   \
  X(Less, "<")                    \
  X(Greater, ">")                 \
  X(LessEqual, "<=")              \
  X(GreaterEqual, ">=")           \
  X(EqEqual, "==")                \
  X(NotEqual, "!=")               \
  X(PlusEqual, "+=")              \
  X(MinusEqual, "-=")             \
  X(StarEqual, "*=")              \
  X(DoubleStarEqual, "**=")       \
  X(SlashEqual, "/=")             \
  X(DoubleSlashEqual, "//=")      \
  X(PercentEqual, "%=")           \
  X(AtEqual, "@=")                \
  X(LShiftEqual, "<<=")           \
  X(RShiftEqual, ">>=")           \
  X(AmperEqual, "&=")             \
  X(VBarEqual, "|=")              \
  X(CaretEqual, "^=")

// X(enumerator, keyword); token_name() quotes it: "'if'".
#define KILOPY_KEYWORD_TOKENS(X) \
  X(KwFalse, "False")            \
  X(KwNone, "None")              \
  X(KwTrue, "True")              \
  X(KwAnd, "and")                \
  X(KwAs, "as")                  \
  X(KwAssert, "assert")          \
  X(KwAsync, "async")            \
  X(KwAwait, "await")            \
  X(KwBreak, "break")            \
  X(KwClass, "class")            \
  X(KwContinue, "continue")      \
  X(KwDef, "def")                \
  X(KwDel, "del")                \
  X(KwElif, "elif")              \
  X(KwElse, "else")              \
  X(KwExcept, "except")          \
  X(KwFinally, "finally")        \
  X(KwFor, "for")                \
  X(KwFrom, "from")              \
  X(KwGlobal, "global")          \
  X(KwIf, "if")                  \
  X(KwImport, "import")          \
  X(KwIn, "in")                  \
  X(KwIs, "is")                  \
  X(KwLambda, "lambda")          \
  X(KwNonlocal, "nonlocal")      \
  X(KwNot, "not")                \
  X(KwOr, "or")                  \
  X(KwPass, "pass")              \
  X(KwRaise, "raise")            \
  X(KwReturn, "return")          \
  X(KwTry, "try")                \
  X(KwWhile, "while")            \
  X(KwWith, "with")              \
  X(KwYield, "yield")

#define KILOPY_TOKEN_ENUMERATOR(id, text) id,
enum class Tok {
  KILOPY_SPECIAL_TOKENS(KILOPY_TOKEN_ENUMERATOR)
  KILOPY_OPERATOR_TOKENS(KILOPY_TOKEN_ENUMERATOR)
  KILOPY_KEYWORD_TOKENS(KILOPY_TOKEN_ENUMERATOR)
};
#undef KILOPY_TOKEN_ENUMERATOR

// A replacement field of an f-string, `{expr=!c:spec}`, with the literal text before it.
struct FStringField {
  std::string before;     // decoded literal text between the previous field and this one
  std::string expr;       // the expression's source text, as written
  SourceLoc expr_loc;     // its first byte
  SourceLoc loc;          // the field's '{'
  bool self_doc = false;  // `{expr=}`: the text `expr=` is printed before the value
  char conversion = 0;    // 'r', 's', 'a', or 0
  bool colon = false;     // a ':' was written, even before an empty spec (`{x=:}` is str(x), `{x=}` repr(x))
  std::string spec;       // the format spec after ':', without a nested field
  // A nested field in the spec, `{x:>{w}}`: its expression, written at width_loc, stands at
  // spec[width_at] (npos: none).
  std::string width_expr;
  SourceLoc width_loc;
  size_t width_at = std::string::npos;
};

struct Token {
  Tok kind = Tok::EndMarker;
  SourceLoc loc;              // first byte of the token
  std::string text;           // Name: identifier; String: decoded UTF-8 bytes; Int: literal text
  int64_t int_value = 0;      // Int: the value when it fits in int64_t
  bool int_too_big = false;   // Int: the value exceeds INT64_MAX
  std::vector<FStringField> fields;  // FString: its fields in order; text is the literal after the last
};

// "'('", "'if'", "name", "NEWLINE", "INDENT", "end of file", ...
const char* token_name(Tok kind);

}  // namespace kilopy
