// The kilopy tokenizer, following Python 3.11's lexical rules for the subset kilopy accepts.
// re2c turns this file into build/generated/lexer.cpp. One re2c block per lexical mode
// (tokens within a line; the body of a string literal); indentation at the start of each
// logical line is measured by plain code. The source is NUL-terminated (std::string::c_str())
// and validated to contain no other NUL, so a NUL byte always means end of input.
// Nothing here recurses: open brackets and indentation levels are explicit stacks.

#include "frontend/lexer.h"

#include <algorithm>
#include <cmath>
#include <cstdint>
#include <cstdlib>
#include <cstdio>
#include <string>
#include <vector>

#include "frontend/diagnostic.h"
#include "frontend/identifier_tables.h"
#include "llvm/ADT/StringRef.h"
#include "llvm/ADT/StringSwitch.h"

namespace kilopy {

namespace {

// The refusal of float literal `text`, with its fixed-point rewrite where Q8 (value * 256 in a
// 16-bit int) holds it: `0.1` -> 26, multiplied with stdlib_micro/fixed.py's mul_shift.
std::string float_refusal(std::string text) {
  text.erase(std::remove(text.begin(), text.end(), '_'), text.end());
  std::string message = "floats are not supported: kilopy has only ints";
  if (std::strtod(text.c_str(), nullptr) == 0.5) message += " (for the square root x ** 0.5, write math.isqrt(x))";
  double q8 = std::strtod(text.c_str(), nullptr) * 256;
  if (q8 >= 0.5 && q8 < 32767.5) {
    long n = std::lround(q8);
    return message + "; write " + text + " as the fixed-point int " + std::to_string(n) + " (" + text +
           " * 256, Q8) and multiply with fixed.mul_shift(a, b, 8) (docs/language.md, Integers and overflow)";
  }
  return message + " (use scaled integers, e.g. 15 for 1.5 with scale 10)";
}

}  // namespace

const char* token_name(Tok kind) {
  switch (kind) {
#define KILOPY_SPECIAL_NAME(id, text) case Tok::id: return text;
#define KILOPY_QUOTED_NAME(id, text) case Tok::id: return "'" text "'";
    KILOPY_SPECIAL_TOKENS(KILOPY_SPECIAL_NAME)
    KILOPY_OPERATOR_TOKENS(KILOPY_QUOTED_NAME)
    KILOPY_KEYWORD_TOKENS(KILOPY_QUOTED_NAME)
#undef KILOPY_SPECIAL_NAME
#undef KILOPY_QUOTED_NAME
  }
  return "token";
}

/*!re2c
  // Settings and sub-patterns shared by both blocks below.
  re2c:yyfill:enable = 0;
  re2c:define:YYCTYPE = "unsigned char";
  re2c:define:YYCURSOR = p_;

  nl = "\r\n" | "\n" | "\r";
  hex = [0-9a-fA-F];
*/

namespace {

using Cursor = const unsigned char*;

void append_utf8(std::string& out, uint32_t cp) {
  if (cp < 0x80) {
    out += char(cp);
  } else if (cp < 0x800) {
    out += char(0xC0 | (cp >> 6));
    out += char(0x80 | (cp & 0x3F));
  } else if (cp < 0x10000) {
    out += char(0xE0 | (cp >> 12));
    out += char(0x80 | ((cp >> 6) & 0x3F));
    out += char(0x80 | (cp & 0x3F));
  } else {
    out += char(0xF0 | (cp >> 18));
    out += char(0x80 | ((cp >> 12) & 0x3F));
    out += char(0x80 | ((cp >> 6) & 0x3F));
    out += char(0x80 | (cp & 0x3F));
  }
}

// Length of the valid UTF-8 sequence at p (1..4), or 0 if it is invalid or truncated.
size_t utf8_length(const unsigned char* p, const unsigned char* end) {
  unsigned char c = p[0];
  size_t n;
  unsigned char lo = 0x80, hi = 0xBF;  // allowed range of the second byte
  if (c < 0x80) return 1;
  if (c >= 0xC2 && c <= 0xDF) {
    n = 2;
  } else if (c >= 0xE0 && c <= 0xEF) {
    n = 3;
    if (c == 0xE0) lo = 0xA0;
    if (c == 0xED) hi = 0x9F;  // no UTF-16 surrogates
  } else if (c >= 0xF0 && c <= 0xF4) {
    n = 4;
    if (c == 0xF0) lo = 0x90;
    if (c == 0xF4) hi = 0x8F;
  } else {
    return 0;
  }
  if (size_t(end - p) < n) return 0;
  if (p[1] < lo || p[1] > hi) return 0;
  for (size_t i = 2; i < n; ++i)
    if (p[i] < 0x80 || p[i] > 0xBF) return 0;
  return n;
}

// Decodes the (already validated) UTF-8 sequence at p.
uint32_t decode_utf8(Cursor p) {
  size_t n = utf8_length(p, p + 4);
  if (n <= 1) return p[0];
  uint32_t cp = p[0] & (0xFF >> (n + 1));
  for (size_t i = 1; i < n; ++i) cp = (cp << 6) | (p[i] & 0x3F);
  return cp;
}

int hex_value(unsigned char c) {
  if (c >= '0' && c <= '9') return c - '0';
  if (c >= 'a' && c <= 'f') return c - 'a' + 10;
  if (c >= 'A' && c <= 'F') return c - 'A' + 10;
  return -1;
}

template <size_t N>
bool in_table(const CodeRange (&table)[N], uint32_t cp) {
  size_t lo = 0, hi = N;  // binary search: the first range ending at or after cp
  while (lo < hi) {
    size_t mid = (lo + hi) / 2;
    if (table[mid].last < cp) lo = mid + 1;
    else hi = mid;
  }
  return lo < N && table[lo].first <= cp;
}

bool ascii_name_char(unsigned char c) {
  return c == '_' || (c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
}

Tok keyword_or_name(llvm::StringRef word) {
#define KILOPY_KEYWORD_CASE(id, text) .Case(text, Tok::id)
  return llvm::StringSwitch<Tok>(word) KILOPY_KEYWORD_TOKENS(KILOPY_KEYWORD_CASE)
      .Default(Tok::Name);
#undef KILOPY_KEYWORD_CASE
}

class Lexer {
 public:
  explicit Lexer(const std::string& source, std::vector<Diagnostic>* errors = nullptr)
      : source_(source), errors_(errors) {}
  std::vector<Token> run();

 private:
  // An indentation level as CPython's tokenizer measures it: col with tabs to the next
  // multiple of 8, alt_col with a tab as 1 column.
  struct Level {
    uint32_t col;
    uint32_t alt_col;
  };
  struct OpenBracket {
    char ch;
    SourceLoc loc;
  };

  void validate();
  bool start_logical_line();
  void end_of_input(SourceLoc loc);
  void scan_string(Cursor start, SourceLoc loc, bool raw, bool fstring = false);
  void scan_field(FStringField& field, unsigned char quote, bool triple, bool nested = false);
  void scan_int(Cursor start, SourceLoc loc, int base);
  [[noreturn]] void invalid_character(Cursor at, SourceLoc loc);
  void scan_name(Cursor start, SourceLoc loc);

  SourceLoc loc_at(Cursor q) const { return SourceLoc{line_, uint32_t(q - line_start_ + 1)}; }
  void newline_at(Cursor after) {
    ++line_;
    line_start_ = after;
  }
  Token& emit(Tok kind, SourceLoc loc) {
    out_.emplace_back();
    out_.back().kind = kind;
    out_.back().loc = loc;
    if (kind != Tok::Indent && kind != Tok::Dedent && kind != Tok::Newline) line_has_tokens_ = true;
    return out_.back();
  }
  void open_bracket(char ch, SourceLoc loc, Tok kind) {
    brackets_.push_back(OpenBracket{ch, loc});
    emit(kind, loc);
  }
  void close_bracket(char ch, SourceLoc loc, Tok kind);
  void refuse_literal(SourceLoc loc, const std::string& message);
  std::vector<Token> scan();
  void end_before_line(const CompileError& e);

  const std::string& source_;
  std::vector<Diagnostic>* errors_;  // reporting every error (tokenize_reporting), or null
  Cursor p_ = nullptr;
  Cursor line_start_ = nullptr;
  uint32_t line_ = 1;
  bool line_has_tokens_ = false;
  std::vector<Level> levels_;
  std::vector<OpenBracket> brackets_;
  std::vector<Token> out_;
};

void Lexer::validate() {
  Cursor begin = reinterpret_cast<Cursor>(source_.data());
  Cursor end = begin + source_.size();
  Cursor bol = begin;
  if (source_.size() >= 3 && begin[0] == 0xEF && begin[1] == 0xBB && begin[2] == 0xBF) bol += 3;
  uint32_t line = 1;
  for (Cursor q = bol; q < end;) {
    SourceLoc here{line, uint32_t(q - bol + 1)};
    if (*q == 0) throw CompileError(here, "source contains a NUL byte");
    size_t n = utf8_length(q, end);
    if (n == 0) throw CompileError(here, "source is not valid UTF-8");
    if (*q == '\n' || (*q == '\r' && (q + 1 == end || q[1] != '\n'))) {
      ++line;
      bol = q + 1;
    }
    q += n;
  }
}

// A name (PEP 3131): [start, p_) is its first character; takes every identifier character
// after it. CPython compares names NFKC-normalized, so a name NFKC would change is refused
// (two spellings CPython reads as one name would otherwise be two).
void Lexer::scan_name(Cursor start, SourceLoc loc) {
  Cursor unstable = nullptr;
  for (Cursor q = start; q < p_;) {  // the first character
    if (*q >= 0x80 && in_table(kNfkcUnstable, decode_utf8(q))) unstable = q;
    q += utf8_length(q, p_);
  }
  for (;;) {
    if (*p_ < 0x80) {
      if (!ascii_name_char(*p_)) break;
      ++p_;
      continue;
    }
    uint32_t cp = decode_utf8(p_);
    if (!in_table(kIdContinue, cp)) break;
    if (!unstable && in_table(kNfkcUnstable, cp)) unstable = p_;
    p_ += utf8_length(p_, p_ + 4);
  }
  llvm::StringRef word(reinterpret_cast<const char*>(start), size_t(p_ - start));
  if (unstable) {
    uint32_t cp = decode_utf8(unstable);
    char hex[16];
    std::snprintf(hex, sizeof hex, "U+%04X", unsigned(cp));
    std::string ch;
    append_utf8(ch, cp);
    throw CompileError(loc, "identifier '" + word.str() + "' is not in NFKC form: '" + ch + "' (" + hex +
                                ") may change under NFKC normalization, which Python applies to names; write the name in NFKC form");
  }
  Tok kind = keyword_or_name(word);
  Token& t = emit(kind, loc);
  if (kind == Tok::Name) t.text = word.str();
}

void Lexer::invalid_character(Cursor at, SourceLoc loc) {
  uint32_t cp = decode_utf8(at);
  char hex[16];
  std::snprintf(hex, sizeof hex, "U+%04X", unsigned(cp));
  if (cp < 0x20 || cp == 0x7F) throw CompileError(loc, std::string("invalid non-printable character ") + hex);
  std::string ch;
  append_utf8(ch, cp);
  throw CompileError(loc, "invalid character '" + ch + "' (" + hex + ")");
}

void Lexer::close_bracket(char ch, SourceLoc loc, Tok kind) {
  if (brackets_.empty()) throw CompileError(loc, std::string("unmatched '") + ch + "'");
  char open = brackets_.back().ch;
  char want = open == '(' ? ')' : open == '[' ? ']' : '}';
  if (ch != want) {
    throw CompileError(loc, std::string("closing parenthesis '") + ch +
                                "' does not match opening parenthesis '" + open + "'" +
                                (brackets_.back().loc.line != loc.line
                                     ? " on line " + std::to_string(brackets_.back().loc.line)
                                     : std::string()));
  }
  brackets_.pop_back();
  emit(kind, loc);
}

// At the start of a logical line (outside brackets): skips blank and comment-only lines,
// measures the indentation of the next line with tokens and emits INDENT/DEDENTs.
// Returns false at end of input.
bool Lexer::start_logical_line() {
  for (;;) {
    uint32_t col = 0, alt_col = 0;
    while (*p_ == ' ' || *p_ == '\t' || *p_ == '\f') {
      if (*p_ == ' ') {
        ++col;
        ++alt_col;
      } else if (*p_ == '\t') {
        col = (col / 8 + 1) * 8;
        ++alt_col;
      } else {  // a form feed resets the count, as in CPython
        col = alt_col = 0;
      }
      ++p_;
    }
    if (*p_ == '#')
      while (*p_ != 0 && *p_ != '\n' && *p_ != '\r') ++p_;
    if (*p_ == '\n' || *p_ == '\r') {
      p_ += (p_[0] == '\r' && p_[1] == '\n') ? 2 : 1;
      newline_at(p_);
      continue;
    }
    if (*p_ == 0) return false;

    // CPython's rule: the indentation must compare with each open level the same way whether
    // a tab is 8 columns or 1; where the two disagree, the meaning depends on the tab size.
    SourceLoc loc = loc_at(p_);
    const char* inconsistent = "inconsistent use of tabs and spaces in indentation";
    if (col > levels_.back().col) {
      if (alt_col <= levels_.back().alt_col) throw CompileError(loc, inconsistent);
      levels_.push_back(Level{col, alt_col});
      emit(Tok::Indent, loc);
    } else {
      while (col < levels_.back().col) {
        levels_.pop_back();
        emit(Tok::Dedent, loc);
      }
      if (col != levels_.back().col)
        throw CompileError(loc, "unindent does not match any outer indentation level");
      if (alt_col != levels_.back().alt_col) throw CompileError(loc, inconsistent);
    }
    return true;
  }
}

void Lexer::end_of_input(SourceLoc loc) {
  if (!brackets_.empty())
    throw CompileError(brackets_.back().loc,
                       std::string("'") + brackets_.back().ch + "' was never closed");
  if (line_has_tokens_) emit(Tok::Newline, loc);
  while (levels_.size() > 1) {
    levels_.pop_back();
    emit(Tok::Dedent, loc);
  }
  emit(Tok::EndMarker, loc);
}

// An integer literal [start, p_) that matched a valid form; rejects what follows it directly.
void Lexer::scan_int(Cursor start, SourceLoc loc, int base) {
  unsigned char next = *p_;
  bool ident = next == '_' || (next >= '0' && next <= '9') || (next >= 'a' && next <= 'z') ||
               (next >= 'A' && next <= 'Z') || next >= 0x80;
  if (ident) {
    if ((base == 2 || base == 8) && next >= '0' && next <= '9')
      throw CompileError(loc_at(p_), std::string("invalid digit '") + char(next) + "' in " +
                                         (base == 2 ? "binary" : "octal") + " literal");
    const char* what = base == 16 ? "hexadecimal" : base == 8 ? "octal" : base == 2 ? "binary" : "decimal";
    throw CompileError(loc, std::string("invalid ") + what + " literal");
  }
  Token& t = emit(Tok::Int, loc);
  t.text.assign(reinterpret_cast<const char*>(start), size_t(p_ - start));
  uint64_t value = 0;
  bool too_big = false;
  for (Cursor q = start + (base == 10 ? 0 : 2); q < p_; ++q) {
    if (*q == '_') continue;
    uint64_t digit = uint64_t(hex_value(*q));
    if (value > (uint64_t(INT64_MAX) - digit) / uint64_t(base)) {
      too_big = true;
      break;
    }
    value = value * uint64_t(base) + digit;
  }
  t.int_too_big = too_big;
  t.int_value = too_big ? 0 : int64_t(value);
}

// The body of a string literal; p_ is just after its opening quote(s). `start` is the first
// byte of the literal (its prefix, if any); the quote character is p_[-1].
void Lexer::scan_string(Cursor start, SourceLoc loc, bool raw, bool fstring) {
  unsigned char quote = p_[-1];
  bool triple = false;
  if (p_[0] == quote && p_[1] == quote) {
    triple = true;
    p_ += 2;
  }
  std::string text;
  std::vector<FStringField> fields;
  for (;;) {
    Cursor s = p_;
    Cursor YYMARKER = nullptr;
    (void)YYMARKER;
    /*!re2c
      "\x00" {
        throw CompileError(loc, std::string(triple ? "unterminated triple-quoted string literal"
                                                   : "unterminated string literal") +
                                    " (detected at line " + std::to_string(line_) + ")");
      }
      nl {
        if (!triple) {
          throw CompileError(loc, "unterminated string literal (detected at line " +
                                      std::to_string(line_) + ")");
        }
        text += '\n';
        newline_at(p_);
        continue;
      }
      "{{" | "}}" {
        text += char(*s);
        if (!fstring) text += char(*s);
        continue;
      }
      "{" {
        if (!fstring) { text += '{'; continue; }
        fields.emplace_back();
        fields.back().before = std::move(text);
        text.clear();
        fields.back().loc = loc_at(s);
        scan_field(fields.back(), quote, triple);
        continue;
      }
      "}" {
        if (!fstring) { text += '}'; continue; }
        throw CompileError(loc_at(s), "f-string: single '}' is not allowed");
      }
      ['"] {
        if (*s == quote) {
          if (!triple) break;
          if (p_[0] == quote && p_[1] == quote) {
            p_ += 2;
            break;
          }
        }
        text += char(*s);
        continue;
      }
      "\\" nl {
        if (raw) text += "\\\n";
        newline_at(p_);
        continue;
      }
      "\\" [0-7]{1,3} {
        if (raw) { text.append(reinterpret_cast<const char*>(s), size_t(p_ - s)); continue; }
        uint32_t cp = 0;
        for (Cursor q = s + 1; q < p_; ++q) cp = cp * 8 + uint32_t(*q - '0');
        append_utf8(text, cp);
        continue;
      }
      "\\x" hex{2} | "\\u" hex{4} | "\\U" hex{8} {
        if (raw) { text.append(reinterpret_cast<const char*>(s), size_t(p_ - s)); continue; }
        uint32_t cp = 0;
        for (Cursor q = s + 2; q < p_; ++q) cp = cp * 16 + uint32_t(hex_value(*q));
        if (cp > 0x10FFFF)
          throw CompileError(loc_at(s), "invalid \\U escape: code point out of range (max \\U0010ffff)");
        if (cp >= 0xD800 && cp <= 0xDFFF)
          throw CompileError(loc_at(s), "invalid escape: surrogate code points cannot be encoded in UTF-8");
        append_utf8(text, cp);
        continue;
      }
      "\\" [xuU] {
        if (raw) { text.append(reinterpret_cast<const char*>(s), size_t(p_ - s)); continue; }
        const char* msg = s[1] == 'x'   ? "truncated \\xXX escape: expected 2 hex digits"
                          : s[1] == 'u' ? "truncated \\uXXXX escape: expected 4 hex digits"
                                        : "truncated \\UXXXXXXXX escape: expected 8 hex digits";
        throw CompileError(loc_at(s), msg);
      }
      "\\N" {
        if (raw) { text.append(reinterpret_cast<const char*>(s), size_t(p_ - s)); continue; }
        throw CompileError(loc_at(s), "\\N{...} escapes are not supported; use \\u or \\U with the code point");
      }
      "\\" [\\'"abfnrtv] {
        if (raw) { text.append(reinterpret_cast<const char*>(s), size_t(p_ - s)); continue; }
        switch (s[1]) {
          case 'a': text += '\a'; break;
          case 'b': text += '\b'; break;
          case 'f': text += '\f'; break;
          case 'n': text += '\n'; break;
          case 'r': text += '\r'; break;
          case 't': text += '\t'; break;
          case 'v': text += '\v'; break;
          default: text += char(s[1]); break;
        }
        continue;
      }
      "\\" [^\x00\r\n] {
        // An unknown escape keeps its backslash, as in Python.
        text.append(reinterpret_cast<const char*>(s), size_t(p_ - s));
        continue;
      }
      * {
        if (*s == '\\') {  // a backslash right before the end of input
          p_ = s + 1;
          continue;
        }
        text += char(*s);
        continue;
      }
    */
  }
  (void)start;
  Token& t = emit(fstring ? Tok::FString : Tok::String, loc);
  t.text = std::move(text);
  t.fields = std::move(fields);
}

// An f-string's replacement field; p_ is just after its '{'. Python 3.11's rules: the
// expression holds no backslash, no '#' and not the string's own quote; it ends at a top-level
// '=' (self-documenting), '!' (a conversion), ':' (the spec) or '}'. The spec may hold one
// field of its own (nested: the width), which holds none.
void Lexer::scan_field(FStringField& field, unsigned char quote, bool triple, bool nested) {
  int depth = 0;
  unsigned char inner = 0;  // the quote of a string literal inside the expression
  Cursor expr_start = p_;
  field.expr_loc = loc_at(p_);
  auto unterminated = [&]() { throw CompileError(field.loc, "f-string: expecting '}'"); };
  for (;; ++p_) {
    unsigned char c = *p_;
    if (c == 0 || (c == quote && !inner && (!triple || (p_[1] == quote && p_[2] == quote)))) unterminated();
    if (c == quote && !triple)  // Python 3.11 ends the f-string there, inside the literal too
      throw CompileError(loc_at(p_), std::string("SyntaxError: unterminated string literal: an f-string field cannot hold "
                                                 "the f-string's own quote (") + char(quote) + ") in Python 3.11: use the "
                                                 "other quote inside the field");
    if (c == '\\') throw CompileError(loc_at(p_), "f-string expression part cannot include a backslash");
    if (c == '\n' || c == '\r') {
      if (!triple) unterminated();
      if (c == '\r' && p_[1] == '\n') ++p_;
      newline_at(p_ + 1);
      continue;
    }
    if (inner) {
      if (c == inner) inner = 0;
      continue;
    }
    if (c == '\'' || c == '"') { inner = c; continue; }
    if (c == '#') throw CompileError(loc_at(p_), "f-string expression part cannot include '#'");
    if (c == '(' || c == '[' || c == '{') { ++depth; continue; }
    if ((c == ')' || c == ']' || c == '}') && depth > 0) { --depth; continue; }
    if (depth > 0) continue;
    if (c == '!' && p_[1] == '=') { ++p_; continue; }
    if ((c == '=' || c == '<' || c == '>') && p_[1] == '=') { ++p_; continue; }
    if (c == '=') {
      Cursor q = p_ + 1;
      while (*q == ' ' || *q == '\t') ++q;
      if (*q == '}' || *q == '!' || *q == ':') {
        field.self_doc = true;
        field.expr.assign(reinterpret_cast<const char*>(expr_start), size_t(q - expr_start));
        p_ = q;
        break;
      }
      continue;
    }
    if (c == '!' || c == ':' || c == '}') {
      field.expr.assign(reinterpret_cast<const char*>(expr_start), size_t(p_ - expr_start));
      break;
    }
  }
  bool blank = true;
  for (char c : field.expr)
    if (c != ' ' && c != '\t' && c != '\n' && c != '\r' && c != '=') blank = false;
  if (blank) throw CompileError(field.loc, "f-string: empty expression not allowed");
  if (*p_ == '!') {
    ++p_;
    if (*p_ != 'r' && *p_ != 's' && *p_ != 'a')
      throw CompileError(loc_at(p_), "f-string: invalid conversion character: expected 's', 'r', or 'a'");
    field.conversion = char(*p_++);
    if (*p_ != ':' && *p_ != '}') throw CompileError(loc_at(p_), "f-string: expecting '}'");
  }
  if (*p_ == ':') {
    field.colon = true;
    for (++p_; *p_ != '}';) {
      if (*p_ == 0 || *p_ == quote || *p_ == '\n') unterminated();
      if (*p_ != '{') {
        field.spec += char(*p_++);
        continue;
      }
      // A nested field: the width, `{x:>{w}}` (format.h nested_width checks where it stands).
      if (nested || field.width_at != std::string::npos)
        throw CompileError(loc_at(p_), nested ? "f-string: expressions nested too deeply: compute the inner value "
                                                "first, into a variable"
                                              : "a format spec with more than one replacement field (f'{x:{fill}>{w}}') "
                                                "is not supported in kilopy: only the width may be a field, f'{x:>{w}}'");
      FStringField width;
      width.loc = loc_at(p_);
      ++p_;
      scan_field(width, quote, triple, true);
      if (width.self_doc || width.conversion || !width.spec.empty())
        throw CompileError(width.loc, "a conversion or format spec inside a nested field (f'{x:{w!r}}') is not "
                                      "supported in kilopy: write the width as an int, f'{x:{w}}'");
      field.width_expr = width.expr;
      field.width_loc = width.expr_loc;
      field.width_at = field.spec.size();
    }
  }
  ++p_;  // the closing '}'
}

// A literal kilopy refuses: the error, or (reporting every error) a note of it and the int 0.
void Lexer::refuse_literal(SourceLoc loc, const std::string& message) {
  if (!errors_) throw CompileError(loc, message);
  errors_->push_back(Diagnostic{loc, message});
  Token& t = emit(Tok::Int, loc);
  t.text = "0";
  t.int_value = 0;
}

std::vector<Token> Lexer::run() {
  if (!errors_) return scan();
  try {
    return scan();
  } catch (const CompileError& e) {
    end_before_line(e);
    return std::move(out_);
  }
}

// Notes error e and drops the tokens of the logical line it is in; the levels still open get
// their DEDENTs.
void Lexer::end_before_line(const CompileError& e) {
  errors_->push_back(Diagnostic{e.loc, e.what()});
  while (!out_.empty() && out_.back().kind != Tok::Newline) out_.pop_back();
  int open = 0;
  for (const Token& t : out_) open += t.kind == Tok::Indent ? 1 : t.kind == Tok::Dedent ? -1 : 0;
  for (; open > 0; --open) emit(Tok::Dedent, e.loc);
  emit(Tok::EndMarker, e.loc);
}

std::vector<Token> Lexer::scan() {
  validate();
  p_ = reinterpret_cast<Cursor>(source_.c_str());
  if (source_.size() >= 3 && p_[0] == 0xEF && p_[1] == 0xBB && p_[2] == 0xBF) p_ += 3;
  line_start_ = p_;
  levels_.push_back(Level{0, 0});
  bool at_line_start = true;
  for (;;) {
    if (at_line_start) {
      at_line_start = false;
      if (!start_logical_line()) {
        end_of_input(loc_at(p_));
        break;
      }
    }
    Cursor s = p_;
    SourceLoc loc = loc_at(s);
    Cursor YYMARKER = nullptr;
    /*!re2c
      ws = [ \t\f]+;
      comment = "#" [^\x00\r\n]*;
      name = [a-zA-Z_] [a-zA-Z0-9_]*;

      dig = [0-9];
      digitpart = dig ("_"? dig)*;
      zero = "0" ("_"? "0")*;
      decimal = [1-9] ("_"? dig)*;
      leading_zeros = "0" ("_"? dig)+;
      hexint = "0" [xX] ("_"? [0-9a-fA-F])+;
      octint = "0" [oO] ("_"? [0-7])+;
      binint = "0" [bB] ("_"? [01])+;
      exponent = [eE] [+-]? digitpart;
      pointfloat = digitpart? "." digitpart | digitpart ".";
      floatnum = pointfloat exponent? | digitpart exponent;
      imagnum = (floatnum | digitpart) [jJ];

      quote = ['"];

      "\x00"          { end_of_input(loc); break; }
      ws              { continue; }
      comment         { continue; }
      "\\" nl         {
        if (*p_ == 0) throw CompileError(loc, "unexpected end of file after line continuation character");
        newline_at(p_);
        continue;
      }
      "\\"            {
        if (*p_ == 0) throw CompileError(loc, "unexpected end of file after line continuation character");
        throw CompileError(loc, "unexpected character after line continuation character");
      }
      nl              {
        if (brackets_.empty()) {
          if (line_has_tokens_) emit(Tok::Newline, loc);
          line_has_tokens_ = false;
          at_line_start = true;
        }
        newline_at(p_);
        continue;
      }

      name            { scan_name(s, loc); continue; }

      imagnum         { refuse_literal(loc, "complex numbers are not supported: kilopy has only ints"); continue; }
      floatnum        { refuse_literal(loc, float_refusal(std::string(s, p_))); continue; }
      zero | decimal  { scan_int(s, loc, 10); continue; }
      leading_zeros   {
        throw CompileError(loc, "leading zeros in decimal integer literals are not permitted; "
                                "use an 0o prefix for octal integers");
      }
      hexint          { scan_int(s, loc, 16); continue; }
      octint          { scan_int(s, loc, 8); continue; }
      binint          { scan_int(s, loc, 2); continue; }
      "0" [xX]        { throw CompileError(loc, "invalid hexadecimal literal"); }
      "0" [oO]        {
        if (*p_ >= '0' && *p_ <= '9')
          throw CompileError(loc_at(p_), std::string("invalid digit '") + char(*p_) + "' in octal literal");
        throw CompileError(loc, "invalid octal literal");
      }
      "0" [bB]        {
        if (*p_ >= '0' && *p_ <= '9')
          throw CompileError(loc_at(p_), std::string("invalid digit '") + char(*p_) + "' in binary literal");
        throw CompileError(loc, "invalid binary literal");
      }

      [uU]? quote     { scan_string(s, loc, false); continue; }
      [rR] quote      { scan_string(s, loc, true); continue; }
      [fF] quote      { scan_string(s, loc, false, true); continue; }
      ([fF] [rR] | [rR] [fF]) quote { scan_string(s, loc, true, true); continue; }
      ([bB] [rR]? | [rR] [bB]) quote {
        throw CompileError(loc, "bytes literals are not supported");
      }

      "("   { open_bracket('(', loc, Tok::LParen); continue; }
      "["   { open_bracket('[', loc, Tok::LBracket); continue; }
      "{"   { open_bracket('{', loc, Tok::LBrace); continue; }
      ")"   { close_bracket(')', loc, Tok::RParen); continue; }
      "]"   { close_bracket(']', loc, Tok::RBracket); continue; }
      "}"   { close_bracket('}', loc, Tok::RBrace); continue; }
      ","   { emit(Tok::Comma, loc); continue; }
      ":"   { emit(Tok::Colon, loc); continue; }
      ";"   { emit(Tok::Semi, loc); continue; }
      "."   { emit(Tok::Dot, loc); continue; }
      "..." { emit(Tok::Ellipsis, loc); continue; }
      "->"  { emit(Tok::Arrow, loc); continue; }
      ":="  { emit(Tok::ColonEqual, loc); continue; }
      "="   { emit(Tok::Assign, loc); continue; }
      "+"   { emit(Tok::Plus, loc); continue; }
      "-"   { emit(Tok::Minus, loc); continue; }
      "*"   { emit(Tok::Star, loc); continue; }
      "**"  { emit(Tok::DoubleStar, loc); continue; }
      "/"   { emit(Tok::Slash, loc); continue; }
      "//"  { emit(Tok::DoubleSlash, loc); continue; }
      "%"   { emit(Tok::Percent, loc); continue; }
      "@"   { emit(Tok::At, loc); continue; }
      "<<"  { emit(Tok::LShift, loc); continue; }
      ">>"  { emit(Tok::RShift, loc); continue; }
      "&"   { emit(Tok::Amper, loc); continue; }
      "|"   { emit(Tok::VBar, loc); continue; }
      "^"   { emit(Tok::Caret, loc); continue; }
      "~"   { emit(Tok::Tilde, loc); continue; }
      "<"   { emit(Tok::Less, loc); continue; }
      ">"   { emit(Tok::Greater, loc); continue; }
      "<="  { emit(Tok::LessEqual, loc); continue; }
      ">="  { emit(Tok::GreaterEqual, loc); continue; }
      "=="  { emit(Tok::EqEqual, loc); continue; }
      "!="  { emit(Tok::NotEqual, loc); continue; }
      "+="  { emit(Tok::PlusEqual, loc); continue; }
      "-="  { emit(Tok::MinusEqual, loc); continue; }
      "*="  { emit(Tok::StarEqual, loc); continue; }
      "**=" { emit(Tok::DoubleStarEqual, loc); continue; }
      "/="  { emit(Tok::SlashEqual, loc); continue; }
      "//=" { emit(Tok::DoubleSlashEqual, loc); continue; }
      "%="  { emit(Tok::PercentEqual, loc); continue; }
      "@="  { emit(Tok::AtEqual, loc); continue; }
      "<<=" { emit(Tok::LShiftEqual, loc); continue; }
      ">>=" { emit(Tok::RShiftEqual, loc); continue; }
      "&="  { emit(Tok::AmperEqual, loc); continue; }
      "|="  { emit(Tok::VBarEqual, loc); continue; }
      "^="  { emit(Tok::CaretEqual, loc); continue; }

      *     {
        if (*s >= 0x80 && in_table(kIdStart, decode_utf8(s))) {  // a name's first character
          p_ = s + utf8_length(s, s + 4);
          scan_name(s, loc);
          continue;
        }
        invalid_character(s, loc);
      }
    */
  }
  return std::move(out_);
}

}  // namespace

std::vector<Token> tokenize(const std::string& source) {
  return Lexer(source).run();
}

std::vector<Token> tokenize_reporting(const std::string& source, std::vector<Diagnostic>& errors) {
  return Lexer(source, &errors).run();
}

}  // namespace kilopy
