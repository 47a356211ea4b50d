// Formatted strings: the Format node (frontend/ast.h) built from an f-string, from
// "..." % args and from "...".format(args), and Python's format-spec mini-language for the
// values kilopy has. A Format is printed piece by piece by print() (no string is built); the
// specs are decided here, at compile time, and an int's is carried by PUTFMT's operands.
#pragma once

#include <functional>
#include <string>

#include "frontend/ast.h"
#include "frontend/token.h"

namespace kilopy {

// Parses the source text of an f-string field's expression written at `at`.
using ParseFieldExpr = std::function<ExprPtr(const std::string& text, SourceLoc at)>;

// Appends a String or FString token's literal text and fields to the Format node e.
void append_format_token(Expr& e, const Token& t, const ParseFieldExpr& parse);

// `fmt % args` with fmt a string literal: a Format whose operands are the tuple literal's
// elements, or args itself; or, for args a name and several fields, the elements args[0],
// args[1], ... (its text kSpreadTuple: types.cpp checks that args is a tuple of that many).
// Throws CompileError for what CPython would reject.
ExprPtr percent_format(ExprPtr binary);
constexpr const char* kSpreadTuple = "\x03% t";

// The text of the tuple of args, "(repr(a), repr(b), ...)": str(E(a, b, ...)) of an exception
// raised with several arguments.
ExprPtr args_text(std::vector<ExprPtr> args, SourceLoc loc);

// `"...".format(args, name=value)`: a Format whose operands are the call's arguments.
ExprPtr method_format(ExprPtr call);

// NAME.format(args) and NAME % args, NAME a module constant bound once in the module, to a
// string literal: as the literal's (format_constants.cpp).
void inline_format_constants(Module& module);

// How PUTFMT prints an int: Python's format(v, spec) decoded (bytecode/runtime.h FmtFlags).
struct IntFormat {
  char fill = ' ';
  uint8_t flags = 0;  // FmtFlags: alignment, sign, '#', grouping
  unsigned width = 0;
  char type = 'd';    // 'd', 'x', 'X', 'o', 'b'
};

// The format a field gives an int-valued operand (an int, or a bool with a non-empty spec):
// format(v, spec), or with a 's'/'r'/'a' conversion format(str(v), spec). type_name names the
// value's type in CPython's messages ("int", "bool"). Throws CompileError at loc with the error
// CPython raises, or where kilopy cannot print the result.
IntFormat int_format(const std::string& spec, char conversion, const char* type_name, SourceLoc loc);

// A field of an int or a bool with a float presentation type ('f', 'F', '%'): CPython formats
// float(v), whose digits are v's (v * 100's for '%') then ".000": no rounding. The field becomes
// format(v, int_spec) (of v * 100 when percent) followed by the text suffix, padded as a str by
// outer_spec when that is not empty (a '<' or '^' alignment with a width).
struct FloatOfInt {
  std::string int_spec;    // ends in 'd'
  std::string suffix;      // ".00", "%", ...
  std::string outer_spec;  // fill, alignment and width of int + suffix, or ""
  bool percent = false;
  // '%' without grouping or '=' alignment: the field may be the text of v's digits (sign_spec,
  // "+d" say), then "00" unless v is 0, then suffix, padded as a str by text_spec (fill,
  // alignment and width, "" for none): no v * 100 to overflow.
  bool digit_text = false;
  std::string sign_spec, text_spec;
};

// True with out filled when spec's type is 'f', 'F' or '%'; false for the other types. Throws
// CompileError for 'e', 'E', 'g' and 'G' (their rounding is a float's) and where kilopy cannot
// print the result.
bool float_of_int(const std::string& spec, const char* type_name, SourceLoc loc, FloatOfInt& out);

// The format a field gives a str value (no conversion, or 's'): format(s, spec), printed by
// PUTSFMT (its fill, alignment flags and width; the type is 's'). Throws CompileError as
// int_format does.
IntFormat str_format(const std::string& spec, SourceLoc loc);

// True for the '%' conversions that print a number ('d', 'i', 'u', 'x', 'X', 'o'): they
// format a bool as 1 or 0 and refuse other types.
inline bool is_number_conversion(char percent) {
  return percent == 'd' || percent == 'i' || percent == 'u' || percent == 'x' || percent == 'X' || percent == 'o';
}

// A str field's spec without its precision, which it returns (-1 if none): format(s, spec) is
// format(s[:precision], the rest). Throws CompileError as str_format does.
long take_precision(std::string& spec, SourceLoc loc);

// A field whose spec holds a nested width, f"{x:*>{w},}" (the spec "*>,", the width at 2):
// format(x, spec) is x's text formatted by `inner` (sign, '#', grouping, type), then padded with
// fill to w characters as align says. A negative w is written into the spec: "-3" is the sign
// '-' and the width 3, which an int takes unless the spec has a sign, '#' or '0' already
// (negative_invalid: ValueError "Invalid format specifier"), and a str never takes ("Sign not
// allowed in string format specifier").
struct NestedWidth {
  std::string fill = " ";  // one character (UTF-8)
  char align = 0;     // '<', '>', '^', or 0: the value's own ('>' for an int, '<' for a str)
  bool zero = false;  // the '0' flag: zeros after the sign, as str.zfill (no alignment given)
  bool negative_invalid = false;
  std::string inner;
  std::string before, after;  // the spec around the width, for the ValueError's text
};

// Splits spec around the width at spec[at]. Throws CompileError at loc where the field is not
// one kilopy pads (a second field, '=' alignment, a precision, digits after the width, ...).
NestedWidth nested_width(const std::string& spec, size_t at, SourceLoc loc);

// Python's format(text, spec) for a text known at compile time ("True", "None", a literal).
std::string format_text(const std::string& text, const std::string& spec, SourceLoc loc);

}  // namespace kilopy
