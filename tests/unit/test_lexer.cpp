// Lexer tests: token streams (with INDENT/DEDENT), literals, and every lexical error with its
// full message and position.
#include <algorithm>
#include <boost/test/unit_test.hpp>

#include <cstdint>
#include <string>
#include <vector>

#include "frontend/diagnostic.h"
#include "frontend/lexer.h"

using kilopy::CompileError;
using kilopy::Tok;
using kilopy::Token;
using kilopy::tokenize;

namespace {

// "x '=' 1 NEWLINE ENDMARKER": names and ints by their text, strings quoted, others by name.
std::string describe(const std::vector<Token>& tokens) {
  std::string out;
  for (const Token& t : tokens) {
    if (!out.empty()) out += ' ';
    switch (t.kind) {
      case Tok::Name: case Tok::Int: out += t.text; break;
      case Tok::String: out += "\"" + t.text + "\""; break;
      case Tok::EndMarker: out += "ENDMARKER"; break;
      default: out += kilopy::token_name(t.kind); break;
    }
  }
  return out;
}

std::string lex(const std::string& source) { return describe(tokenize(source)); }

// "line:col: message" of the error tokenize() throws, or "no error".
std::string lex_error(const std::string& source) {
  try {
    tokenize(source);
  } catch (const CompileError& e) {
    return std::to_string(e.loc.line) + ":" + std::to_string(e.loc.col) + ": " + e.what();
  }
  return "no error";
}

Token single(const std::string& source) {
  std::vector<Token> tokens = tokenize(source);
  BOOST_REQUIRE_EQUAL(tokens.size(), 3u);  // the token, NEWLINE, ENDMARKER
  return tokens[0];
}

const std::string kFloat =
    "floats are not supported: kilopy has only ints (use scaled integers, e.g. 15 for 1.5 with scale 10)";

}  // namespace

BOOST_AUTO_TEST_SUITE(lexer)

BOOST_AUTO_TEST_CASE(simple_line_and_locations) {
  std::vector<Token> t = tokenize("x = foo(1)\n");
  BOOST_CHECK_EQUAL(describe(t), "x '=' foo '(' 1 ')' NEWLINE ENDMARKER");
  BOOST_CHECK_EQUAL(t[0].loc.line, 1u);
  BOOST_CHECK_EQUAL(t[0].loc.col, 1u);
  BOOST_CHECK_EQUAL(t[2].loc.col, 5u);
  BOOST_CHECK_EQUAL(t[4].loc.col, 9u);
  BOOST_CHECK_EQUAL(t[6].loc.col, 11u);  // NEWLINE at the '\n'
  BOOST_CHECK_EQUAL(t[7].loc.line, 2u);
  BOOST_CHECK_EQUAL(t[7].loc.col, 1u);
}

BOOST_AUTO_TEST_CASE(empty_and_blank_sources) {
  BOOST_CHECK_EQUAL(lex(""), "ENDMARKER");
  BOOST_CHECK_EQUAL(lex("\n\n  \n# comment\n   # indented comment\n"), "ENDMARKER");
  BOOST_CHECK_EQUAL(lex("x"), "x NEWLINE ENDMARKER");  // no final newline
  BOOST_CHECK_EQUAL(lex("x  # comment"), "x NEWLINE ENDMARKER");
}

BOOST_AUTO_TEST_CASE(indent_dedent_sequences) {
  BOOST_CHECK_EQUAL(lex("if x:\n    y\n    if z:\n        w\nv\n"),
                    "'if' x ':' NEWLINE INDENT y NEWLINE 'if' z ':' NEWLINE INDENT w NEWLINE "
                    "DEDENT DEDENT v NEWLINE ENDMARKER");
  // Dedent to an intermediate level, then to zero at end of file.
  BOOST_CHECK_EQUAL(lex("a:\n  b:\n    c\n  d\n"),
                    "a ':' NEWLINE INDENT b ':' NEWLINE INDENT c NEWLINE DEDENT d NEWLINE DEDENT ENDMARKER");
  // Blank lines and comments at any indentation do not count.
  BOOST_CHECK_EQUAL(lex("a:\n\n        # c\n  b\n\n# x\nc\n"),
                    "a ':' NEWLINE INDENT b NEWLINE DEDENT c NEWLINE ENDMARKER");
  // Tabs are fine when used consistently.
  BOOST_CHECK_EQUAL(lex("a:\n\tb:\n\t\tc\n"),
                    "a ':' NEWLINE INDENT b ':' NEWLINE INDENT c NEWLINE DEDENT DEDENT ENDMARKER");
  std::vector<Token> t = tokenize("a:\n    b\nc\n");
  BOOST_CHECK(t[3].kind == Tok::Indent);
  BOOST_CHECK_EQUAL(t[3].loc.line, 2u);
  BOOST_CHECK_EQUAL(t[3].loc.col, 5u);
  BOOST_CHECK(t[6].kind == Tok::Dedent);
  BOOST_CHECK_EQUAL(t[6].loc.line, 3u);
  BOOST_CHECK_EQUAL(t[6].loc.col, 1u);
}

BOOST_AUTO_TEST_CASE(bad_indentation) {
  BOOST_CHECK_EQUAL(lex_error("if x:\n    y\n  z\n"),
                    "3:3: unindent does not match any outer indentation level");
  // CPython's rule: a line must compare with the open levels the same way whether a tab is 8
  // columns or 1. The same space-tab prefix twice is consistent; a tab then 8 spaces is not.
  BOOST_CHECK_EQUAL(lex_error("if x:\n \ty\n \tz\n"), "no error");
  BOOST_CHECK_EQUAL(lex_error("if x:\n\tif y:\n\t  z\n"), "no error");
  BOOST_CHECK_EQUAL(lex_error("if x:\n\ty\n        z\n"),
                    "3:9: inconsistent use of tabs and spaces in indentation");
  BOOST_CHECK_EQUAL(lex_error("if x:\n  \ty\n\tz\n"),
                    "3:2: inconsistent use of tabs and spaces in indentation");
  BOOST_CHECK_EQUAL(lex_error("if x:\n    if y:\n\t\t\t\tz\n"),
                    "3:5: inconsistent use of tabs and spaces in indentation");
  // Separate blocks may each choose tabs or spaces, as in CPython.
  BOOST_CHECK_EQUAL(lex_error("if x:\n\ty\nif z:\n    w\n"), "no error");
}

BOOST_AUTO_TEST_CASE(brackets_and_continuation_lines) {
  BOOST_CHECK_EQUAL(lex("x = (1,\n        2\n)\ny\n"),
                    "x '=' '(' 1 ',' 2 ')' NEWLINE y NEWLINE ENDMARKER");
  BOOST_CHECK_EQUAL(lex("f([1,  # comment\n\n  2], {\n})\n"),
                    "f '(' '[' 1 ',' 2 ']' ',' '{' '}' ')' NEWLINE ENDMARKER");
  BOOST_CHECK_EQUAL(lex("x = 1 + \\\n    2\ny\n"), "x '=' 1 '+' 2 NEWLINE y NEWLINE ENDMARKER");
  std::vector<Token> t = tokenize("x = \\\n  2\n");
  BOOST_CHECK_EQUAL(t[2].loc.line, 2u);
  BOOST_CHECK_EQUAL(t[2].loc.col, 3u);
  BOOST_CHECK_EQUAL(lex_error("x = 1 \\ 2\n"),
                    "1:7: unexpected character after line continuation character");
  BOOST_CHECK_EQUAL(lex_error("x = 1 \\\n"),
                    "1:7: unexpected end of file after line continuation character");
  BOOST_CHECK_EQUAL(lex_error("x = 1 \\"),
                    "1:7: unexpected end of file after line continuation character");
}

BOOST_AUTO_TEST_CASE(crlf_line_endings) {
  std::vector<Token> t = tokenize("if x:\r\n    y\r\nz\r\n");
  BOOST_CHECK_EQUAL(describe(t), "'if' x ':' NEWLINE INDENT y NEWLINE DEDENT z NEWLINE ENDMARKER");
  BOOST_CHECK_EQUAL(t[8].loc.line, 3u);
  BOOST_CHECK_EQUAL(t[8].loc.col, 1u);
}

BOOST_AUTO_TEST_CASE(all_operators) {
  BOOST_CHECK_EQUAL(
      lex("+ - * ** / // % @ << >> & | ^ ~ < > <= >= == != -> := = . ... , : ; ( ) [ ] { }\n"),
      "'+' '-' '*' '**' '/' '//' '%' '@' '<<' '>>' '&' '|' '^' '~' '<' '>' '<=' '>=' '==' "
      "'!=' '->' ':=' '=' '.' '...' ',' ':' ';' '(' ')' '[' ']' '{' '}' NEWLINE ENDMARKER");
  BOOST_CHECK_EQUAL(lex("+= -= *= **= /= //= %= @= <<= >>= &= |= ^=\n"),
                    "'+=' '-=' '*=' '**=' '/=' '//=' '%=' '@=' '<<=' '>>=' '&=' '|=' '^=' "
                    "NEWLINE ENDMARKER");
  BOOST_CHECK_EQUAL(lex("a**-b\n"), "a '**' '-' b NEWLINE ENDMARKER");
  BOOST_CHECK_EQUAL(lex("x.y\n"), "x '.' y NEWLINE ENDMARKER");
}

BOOST_AUTO_TEST_CASE(keywords_and_names) {
  BOOST_CHECK_EQUAL(
      lex("False None True and as assert async await break class continue def del elif else "
          "except finally for from global if import in is lambda nonlocal not or pass raise "
          "return try while with yield\n"),
      "'False' 'None' 'True' 'and' 'as' 'assert' 'async' 'await' 'break' 'class' 'continue' "
      "'def' 'del' 'elif' 'else' 'except' 'finally' 'for' 'from' 'global' 'if' 'import' 'in' "
      "'is' 'lambda' 'nonlocal' 'not' 'or' 'pass' 'raise' 'return' 'try' 'while' 'with' "
      "'yield' NEWLINE ENDMARKER");
  BOOST_CHECK_EQUAL(lex("_x x1 If none match iff\n"), "_x x1 If none match iff NEWLINE ENDMARKER");
  BOOST_CHECK(single("if").kind == Tok::KwIf);
  BOOST_CHECK(single("ifx").kind == Tok::Name);
}

BOOST_AUTO_TEST_CASE(token_names) {
  BOOST_CHECK_EQUAL(kilopy::token_name(Tok::LParen), "'('");
  BOOST_CHECK_EQUAL(kilopy::token_name(Tok::KwDef), "'def'");
  BOOST_CHECK_EQUAL(kilopy::token_name(Tok::Name), "name");
  BOOST_CHECK_EQUAL(kilopy::token_name(Tok::Newline), "NEWLINE");
  BOOST_CHECK_EQUAL(kilopy::token_name(Tok::Indent), "INDENT");
  BOOST_CHECK_EQUAL(kilopy::token_name(Tok::EndMarker), "end of file");
}

BOOST_AUTO_TEST_CASE(integer_forms) {
  struct Case {
    const char* text;
    int64_t value;
  };
  const Case cases[] = {
      {"0", 0},           {"00", 0},         {"0_0", 0},          {"7", 7},
      {"1234567890", 1234567890},            {"1_000_000", 1000000},
      {"0x1F", 31},       {"0XfF", 255},     {"0x_ff", 255},      {"0o17", 15},
      {"0O7_7", 63},      {"0b101", 5},      {"0B_1_0", 2},
      {"9223372036854775807", INT64_MAX},    {"0x7fffffffffffffff", INT64_MAX},
  };
  for (const Case& c : cases) {
    Token t = single(c.text);
    BOOST_TEST_CONTEXT(c.text) {
      BOOST_CHECK(t.kind == Tok::Int);
      BOOST_CHECK_EQUAL(t.int_value, c.value);
      BOOST_CHECK(!t.int_too_big);
      BOOST_CHECK_EQUAL(t.text, c.text);
    }
  }
  for (const char* big : {"9223372036854775808", "18446744073709551616", "0x8000000000000000",
                          "99999999999999999999999999999999999999999", "0b" "1111111111111111111111111111111111111111111111111111111111111111"}) {
    Token t = single(big);
    BOOST_TEST_CONTEXT(big) {
      BOOST_CHECK(t.int_too_big);
      BOOST_CHECK_EQUAL(t.text, big);
    }
  }
}

BOOST_AUTO_TEST_CASE(integer_errors) {
  const std::string zeros =
      "leading zeros in decimal integer literals are not permitted; use an 0o prefix for octal integers";
  BOOST_CHECK_EQUAL(lex_error("x = 007\n"), "1:5: " + zeros);
  BOOST_CHECK_EQUAL(lex_error("x = 0_1\n"), "1:5: " + zeros);
  BOOST_CHECK_EQUAL(lex_error("x = 1_\n"), "1:5: invalid decimal literal");
  BOOST_CHECK_EQUAL(lex_error("x = 1__0\n"), "1:5: invalid decimal literal");
  BOOST_CHECK_EQUAL(lex_error("x = 12abc\n"), "1:5: invalid decimal literal");
  BOOST_CHECK_EQUAL(lex_error("x = 1e\n"), "1:5: invalid decimal literal");
  BOOST_CHECK_EQUAL(lex_error("x = 0x\n"), "1:5: invalid hexadecimal literal");
  BOOST_CHECK_EQUAL(lex_error("x = 0x1g\n"), "1:5: invalid hexadecimal literal");
  BOOST_CHECK_EQUAL(lex_error("x = 0x_\n"), "1:5: invalid hexadecimal literal");
  BOOST_CHECK_EQUAL(lex_error("x = 0b2\n"), "1:7: invalid digit '2' in binary literal");
  BOOST_CHECK_EQUAL(lex_error("x = 0b12\n"), "1:8: invalid digit '2' in binary literal");
  BOOST_CHECK_EQUAL(lex_error("x = 0b\n"), "1:5: invalid binary literal");
  BOOST_CHECK_EQUAL(lex_error("x = 0o8\n"), "1:7: invalid digit '8' in octal literal");
  BOOST_CHECK_EQUAL(lex_error("x = 0o\n"), "1:5: invalid octal literal");
  BOOST_CHECK_EQUAL(lex_error("x = 0o1_\n"), "1:5: invalid octal literal");
}

BOOST_AUTO_TEST_CASE(floats_are_rejected) {
  // Where Q8 holds the value (1/512 <= x < 128), the message gives its fixed-point int; for 0.5,
  // first the square root's.
  auto q8 = [](const std::string& text, int n) {
    return "floats are not supported: kilopy has only ints" +
           std::string(n == 128 ? " (for the square root x ** 0.5, write math.isqrt(x))" : "") + "; write " + text +
           " as the fixed-point int " +
           std::to_string(n) + " (" + text + " * 256, Q8) and multiply with fixed.mul_shift(a, b, 8) "
           "(docs/language.md, Integers and overflow)";
  };
  for (auto c : std::vector<std::pair<const char*, int>>{{"1.5", 384}, {".5", 128}, {"1E-3", 0}, {"1.", 256},
                                                          {"1_0.0_1", 2563}, {"007.5", 1920}, {"0e0", 0},
                                                          {"0.1", 26}, {"127.99", 32765}, {"1e3", 0}}) {
    std::string f = c.first, shown = f;
    shown.erase(std::remove(shown.begin(), shown.end(), '_'), shown.end());
    std::string expected = c.second ? q8(shown, c.second) : kFloat;
    BOOST_TEST_CONTEXT(f) { BOOST_CHECK_EQUAL(lex_error("y = " + f + "\n"), "1:5: " + expected); }
  }
  for (const char* f : {"1j", "2.5J"})
    BOOST_TEST_CONTEXT(f) {
      BOOST_CHECK_EQUAL(lex_error(std::string("y = ") + f + "\n"), "1:5: complex numbers are not supported: kilopy has only ints");
    }
  BOOST_CHECK_EQUAL(lex_error("x = (1,\n  2.5)\n"), "2:3: " + q8("2.5", 640));
}

BOOST_AUTO_TEST_CASE(string_literals) {
  BOOST_CHECK_EQUAL(single("'abc'").text, "abc");
  BOOST_CHECK_EQUAL(single("\"a'b\"").text, "a'b");
  BOOST_CHECK_EQUAL(single("''").text, "");
  BOOST_CHECK_EQUAL(single("u'x'").text, "x");
  BOOST_CHECK_EQUAL(single(R"('\n\t\r\\\'\"\0\a\b\f\v')").text, "\n\t\r\\'\"" + std::string(1, '\0') + "\a\b\f\v");
  BOOST_CHECK_EQUAL(single(R"('\x41\101\7\q\u00e9\U0001F600')").text,
                    "AA\x07\\q\xC3\xA9\xF0\x9F\x98\x80");
  BOOST_CHECK_EQUAL(single(R"('\xff\777')").text, "\xC3\xBF\xC7\xBF");  // code points, in UTF-8
  BOOST_CHECK_EQUAL(single("'caf\xC3\xA9'").text, "caf\xC3\xA9");
  BOOST_CHECK_EQUAL(single(R"(r'\n\'\x')").text, R"(\n\'\x)");
  BOOST_CHECK_EQUAL(single(R"(R"\\")").text, R"(\\)");
  BOOST_CHECK_EQUAL(single("'a\\\nb'").text, "ab");  // backslash-newline inside a string
  std::vector<Token> t = tokenize("'''doc\nstring''' \"\"\"x\"\"y\"\"\"\nz\n");
  BOOST_CHECK_EQUAL(describe(t), "\"doc\nstring\" \"x\"\"y\" NEWLINE z NEWLINE ENDMARKER");
  BOOST_CHECK_EQUAL(t[3].loc.line, 3u);  // z: the triple-quoted string spanned two lines
  BOOST_CHECK_EQUAL(lex("'a' 'b'\n"), "\"a\" \"b\" NEWLINE ENDMARKER");
  BOOST_CHECK_EQUAL(lex("''''''\n"), "\"\" NEWLINE ENDMARKER");
}

BOOST_AUTO_TEST_CASE(fstring_fields) {
  Token t = single("f'a{{{x + 1!r:>5}}}b{ y = }{s[\"k\"]:}\\n'\n");
  BOOST_CHECK(t.kind == Tok::FString);
  BOOST_REQUIRE_EQUAL(t.fields.size(), 3u);
  BOOST_CHECK_EQUAL(t.fields[0].before, "a{");
  BOOST_CHECK_EQUAL(t.fields[0].expr, "x + 1");
  BOOST_CHECK_EQUAL(t.fields[0].expr_loc.col, 7u);
  BOOST_CHECK_EQUAL(t.fields[0].conversion, 'r');
  BOOST_CHECK_EQUAL(t.fields[0].spec, ">5");
  BOOST_CHECK_EQUAL(t.fields[1].before, "}b");
  BOOST_CHECK_EQUAL(t.fields[1].expr, " y = ");
  BOOST_CHECK(t.fields[1].self_doc);
  BOOST_CHECK_EQUAL(t.fields[2].expr, "s[\"k\"]");
  BOOST_CHECK_EQUAL(t.fields[2].spec, "");
  BOOST_CHECK_EQUAL(t.text, "\n");  // escapes decoded in the literal parts
  BOOST_CHECK_EQUAL(single("rf'{x}\\n'\n").text, "\\n");
  BOOST_CHECK(single("'{x}'\n").kind == Tok::String);  // braces in a plain string are text
  BOOST_CHECK_EQUAL(single("'{x}}'\n").text, "{x}}");
}

BOOST_AUTO_TEST_CASE(string_errors) {
  BOOST_CHECK_EQUAL(lex_error("x = 'abc\n"), "1:5: unterminated string literal (detected at line 1)");
  BOOST_CHECK_EQUAL(lex_error("\n\nx = \"abc"), "3:5: unterminated string literal (detected at line 3)");
  BOOST_CHECK_EQUAL(lex_error("x = 'abc\\'\n"), "1:5: unterminated string literal (detected at line 1)");
  BOOST_CHECK_EQUAL(lex_error("x = 'abc\\"), "1:5: unterminated string literal (detected at line 1)");
  BOOST_CHECK_EQUAL(lex_error("x = '''abc\n\ndef\n"),
                    "1:5: unterminated triple-quoted string literal (detected at line 4)");
  BOOST_CHECK_EQUAL(lex_error("x = f'{y}}'\n"), "1:10: f-string: single '}' is not allowed");
  BOOST_CHECK_EQUAL(lex_error("x = Rf'{y'\n"), "1:8: f-string: expecting '}'");
  BOOST_CHECK_EQUAL(lex_error("x = f'{}'\n"), "1:7: f-string: empty expression not allowed");
  BOOST_CHECK_EQUAL(lex_error("x = f'{a\\n}'\n"), "1:9: f-string expression part cannot include a backslash");
  BOOST_CHECK_EQUAL(lex_error("x = f'{a#}'\n"), "1:9: f-string expression part cannot include '#'");
  BOOST_CHECK_EQUAL(lex_error("x = f'{a!x}'\n"), "1:10: f-string: invalid conversion character: expected 's', 'r', or 'a'");
  BOOST_CHECK_EQUAL(lex_error("x = b'ab'\n"), "1:5: bytes literals are not supported");
  BOOST_CHECK_EQUAL(lex_error("x = rb'ab'\n"), "1:5: bytes literals are not supported");
  BOOST_CHECK_EQUAL(lex_error("x = 'a\\N{DASH}'\n"),
                    "1:7: \\N{...} escapes are not supported; use \\u or \\U with the code point");
  BOOST_CHECK_EQUAL(lex_error("x = 'a\\x4'\n"), "1:7: truncated \\xXX escape: expected 2 hex digits");
  BOOST_CHECK_EQUAL(lex_error("x = '\\u12'\n"), "1:6: truncated \\uXXXX escape: expected 4 hex digits");
  BOOST_CHECK_EQUAL(lex_error("x = '\\U1234567'\n"),
                    "1:6: truncated \\UXXXXXXXX escape: expected 8 hex digits");
  BOOST_CHECK_EQUAL(lex_error("x = '\\U00110000'\n"),
                    "1:6: invalid \\U escape: code point out of range (max \\U0010ffff)");
  BOOST_CHECK_EQUAL(lex_error("x = '\\ud800'\n"),
                    "1:6: invalid escape: surrogate code points cannot be encoded in UTF-8");
}

BOOST_AUTO_TEST_CASE(nul_and_utf8) {
  BOOST_CHECK_EQUAL(lex_error(std::string("x = 1\ny = \0\n", 11)), "2:5: source contains a NUL byte");
  BOOST_CHECK_EQUAL(lex_error(std::string("# c\0mment\n", 10)), "1:4: source contains a NUL byte");
  BOOST_CHECK_EQUAL(lex_error("x = 1\n# caf\xE9\n"), "2:6: source is not valid UTF-8");
  BOOST_CHECK_EQUAL(lex_error("s = '\xC3'"), "1:6: source is not valid UTF-8");        // truncated
  BOOST_CHECK_EQUAL(lex_error("s = '\xC0\x80'"), "1:6: source is not valid UTF-8");    // overlong
  BOOST_CHECK_EQUAL(lex_error("s = '\xED\xA0\x80'"), "1:6: source is not valid UTF-8"); // surrogate
  BOOST_CHECK_EQUAL(lex_error("s = '\xF4\x90\x80\x80'"), "1:6: source is not valid UTF-8");
  // A BOM is skipped and does not count in columns.
  std::vector<Token> t = tokenize("\xEF\xBB\xBFx = 1\n");
  BOOST_CHECK_EQUAL(describe(t), "x '=' 1 NEWLINE ENDMARKER");
  BOOST_CHECK_EQUAL(t[0].loc.col, 1u);
}

BOOST_AUTO_TEST_CASE(bracket_errors) {
  BOOST_CHECK_EQUAL(lex_error("x = (1,\n  [2\n"), "2:3: '[' was never closed");
  BOOST_CHECK_EQUAL(lex_error("f(\n"), "1:2: '(' was never closed");
  BOOST_CHECK_EQUAL(lex_error("x = [1)\n"),
                    "1:7: closing parenthesis ')' does not match opening parenthesis '['");
  BOOST_CHECK_EQUAL(lex_error("x = {\n1]\n"),
                    "2:2: closing parenthesis ']' does not match opening parenthesis '{' on line 1");
  BOOST_CHECK_EQUAL(lex_error("x = 1)\n"), "1:6: unmatched ')'");
  BOOST_CHECK_EQUAL(lex_error("}\n"), "1:1: unmatched '}'");
}

BOOST_AUTO_TEST_CASE(invalid_characters) {
  BOOST_CHECK_EQUAL(lex_error("x = $y\n"), "1:5: invalid character '$' (U+0024)");
  BOOST_CHECK_EQUAL(lex_error("x?\n"), "1:2: invalid character '?' (U+003F)");
  BOOST_CHECK_EQUAL(lex_error("x = !y\n"), "1:5: invalid character '!' (U+0021)");
  BOOST_CHECK_EQUAL(lex_error("x = `y`\n"), "1:5: invalid character '`' (U+0060)");
  BOOST_CHECK_EQUAL(lex_error("x = 1 \xE2\x82\xAC\n"), "1:7: invalid character '\xE2\x82\xAC' (U+20AC)");
  BOOST_CHECK_EQUAL(lex_error("x\xE2\x82\xAC = 1\n"), "1:2: invalid character '\xE2\x82\xAC' (U+20AC)");
  BOOST_CHECK_EQUAL(lex_error("\xE2\x91\xA0 = 1\n"), "1:1: invalid character '\xE2\x91\xA0' (U+2460)");
  BOOST_CHECK_EQUAL(lex_error("x = \x01\n"), "1:5: invalid non-printable character U+0001");
}

// PEP 3131 names: XID_Start XID_Continue*, UTF-8 kept as written; a name NFKC would change
// (CPython would read it as another spelling) is refused.
BOOST_AUTO_TEST_CASE(unicode_names) {
  std::vector<Token> t = tokenize("caf\xC3\xA9 = \xCF\x80x1\xE6\x95\xB0\n");
  BOOST_REQUIRE(t.size() >= 3u);
  BOOST_CHECK(t[0].kind == Tok::Name);
  BOOST_CHECK_EQUAL(t[0].text, "caf\xC3\xA9");
  BOOST_CHECK(t[2].kind == Tok::Name);
  BOOST_CHECK_EQUAL(t[2].text, "\xCF\x80x1\xE6\x95\xB0");
  BOOST_CHECK_EQUAL(lex_error("x\xC2\xB5 = 1\n"),
                    "1:1: identifier 'x\xC2\xB5' is not in NFKC form: '\xC2\xB5' (U+00B5) may change under NFKC "
                    "normalization, which Python applies to names; write the name in NFKC form");
  BOOST_CHECK_EQUAL(lex_error("e\xCC\x81 = 1\n").substr(0, 41), "1:1: identifier 'e\xCC\x81' is not in NFKC form");
}

BOOST_AUTO_TEST_CASE(deep_brackets_do_not_recurse) {
  std::string source = "x = " + std::string(100000, '(') + "1" + std::string(100000, ')') + "\n";
  std::vector<Token> t = tokenize(source);
  BOOST_CHECK_EQUAL(t.size(), 200005u);
}

BOOST_AUTO_TEST_SUITE_END()
