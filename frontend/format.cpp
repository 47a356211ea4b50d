// Formatted strings (format.h): building Format nodes, and CPython 3.11's format-spec parsing
// (Python/formatter_unicode.c, parse_internal_render_format_spec) for ints and texts.
#include "frontend/format.h"

#include <cctype>
#include <cstring>
#include <cstdio>

#include "bytecode/runtime.h"
#include "frontend/builtins.h"
#include "frontend/diagnostic.h"

namespace kilopy {

namespace {

// Bytes in the UTF-8 sequence that starts with byte c (1 for a stray continuation byte).
size_t utf8_length(unsigned char c) { return c < 0xC0 ? 1 : c < 0xE0 ? 2 : c < 0xF0 ? 3 : 4; }

size_t code_points(const std::string& s) {
  size_t n = 0;
  for (size_t i = 0; i < s.size(); i += utf8_length(static_cast<unsigned char>(s[i]))) ++n;
  return n;
}

bool is_align(char c) { return c == '<' || c == '>' || c == '=' || c == '^'; }
bool is_digit(char c) { return c >= '0' && c <= '9'; }

// A format spec as CPython parses it, before the value's type checks it.
struct Spec {
  std::string fill = " ";  // one code point
  char align = 0;          // 0: the type's default
  char sign = 0;
  bool no_neg_zero = false;  // 'z'
  bool alt = false;          // '#'
  long width = -1;
  char grouping = 0;  // ',' or '_'
  long precision = -1;
  size_t precision_at = 0, precision_end = 0;  // where ".precision" is in the spec text
  std::string type;  // one code point, or the type's default
};

[[noreturn]] void value_error(SourceLoc loc, const std::string& msg) { throw CompileError(loc, "ValueError: " + msg); }

// "Cannot specify ',' with 'x'." and "Unknown format code 'x' for ..." name the type character so.
std::string type_char(const std::string& type) {
  unsigned char c = type.empty() ? 0 : static_cast<unsigned char>(type[0]);
  if (type.size() == 1 && c > 32 && c < 128) return type;
  uint32_t cp = c;  // the code point, for CPython's '\x..' spelling
  size_t n = type.size();
  if (n > 1) {
    cp = c & (0xFF >> (n + 1));
    for (size_t i = 1; i < n; ++i) cp = (cp << 6) | (static_cast<unsigned char>(type[i]) & 0x3F);
  }
  char buf[16];
  std::snprintf(buf, sizeof buf, "\\x%x", cp);
  return buf;
}

// Reads digits at spec[pos]; false if none. Too many is CPython's overflow error.
bool read_number(const std::string& spec, size_t& pos, long& out, SourceLoc loc) {
  size_t start = pos;
  long v = 0;
  for (; pos < spec.size() && is_digit(spec[pos]); ++pos) {
    if (pos - start >= 18) value_error(loc, "Too many decimal digits in format string");
    v = v * 10 + (spec[pos] - '0');
  }
  if (pos == start) return false;
  out = v;
  return true;
}

Spec parse_spec(const std::string& spec, char default_align, const char* default_type, const char* type_name,
                SourceLoc loc) {
  Spec s;
  size_t pos = 0, end = spec.size();
  bool fill_given = false, align_given = false;
  size_t first = end ? utf8_length(static_cast<unsigned char>(spec[0])) : 0;
  if (end > first && is_align(spec[first])) {
    s.fill = spec.substr(0, first);
    s.align = spec[first];
    fill_given = align_given = true;
    pos = first + 1;
  } else if (end && is_align(spec[0])) {
    s.align = spec[0];
    align_given = true;
    pos = 1;
  }
  if (pos < end && (spec[pos] == '+' || spec[pos] == '-' || spec[pos] == ' ')) s.sign = spec[pos++];
  if (pos < end && spec[pos] == 'z') { s.no_neg_zero = true; ++pos; }
  if (pos < end && spec[pos] == '#') { s.alt = true; ++pos; }
  if (!fill_given && pos < end && spec[pos] == '0') {
    s.fill = "0";
    if (!align_given && default_align == '>') s.align = '=';
    ++pos;
  }
  read_number(spec, pos, s.width, loc);
  if (pos < end && spec[pos] == ',') { s.grouping = ','; ++pos; }
  if (pos < end && spec[pos] == '_') {
    if (s.grouping) value_error(loc, "Cannot specify both ',' and '_'.");
    s.grouping = '_';
    ++pos;
  }
  if (pos < end && spec[pos] == ',' && s.grouping == '_') value_error(loc, "Cannot specify both ',' and '_'.");
  if (pos < end && spec[pos] == '.') {
    s.precision_at = pos++;
    if (!read_number(spec, pos, s.precision, loc)) value_error(loc, "Format specifier missing precision");
    s.precision_end = pos;
  }
  std::string rest = spec.substr(pos);
  if (code_points(rest) > 1)
    value_error(loc, "Invalid format specifier '" + spec + "' for object of type '" + type_name + "'");
  s.type = rest.empty() ? default_type : rest;
  if (s.grouping) {
    const std::string& t = s.type;
    bool ok = t == "d" || t == "e" || t == "f" || t == "g" || t == "E" || t == "G" || t == "%" || t == "F" ||
              (s.grouping == '_' && (t == "b" || t == "o" || t == "x" || t == "X"));
    if (!ok) value_error(loc, std::string("Cannot specify '") + s.grouping + "' with '" + type_char(t) + "'.");
  }
  if (!s.align) s.align = default_align;
  return s;
}

// CPython's format_string_internal checks, for a spec applied to a text.
Spec text_spec(const std::string& spec, SourceLoc loc) {
  Spec s = parse_spec(spec, '<', "s", "str", loc);
  if (s.type != "s") value_error(loc, "Unknown format code '" + type_char(s.type) + "' for object of type 'str'");
  if (s.sign == ' ') value_error(loc, "Space not allowed in string format specifier");
  if (s.sign) value_error(loc, "Sign not allowed in string format specifier");
  if (s.no_neg_zero) value_error(loc, "Negative zero coercion (z) not allowed in string format specifier");
  if (s.alt) value_error(loc, "Alternate form (#) not allowed in string format specifier");
  if (s.align == '=') value_error(loc, "'=' alignment not allowed in string format specifier");
  return s;
}

uint8_t align_flag(char align) {
  return align == '<' ? FMT_ALIGN_LEFT : align == '>' ? FMT_ALIGN_RIGHT : align == '^' ? FMT_ALIGN_CENTER
                                                                                      : FMT_ALIGN_AFTER_SIGN;
}

// An int's format: the fill must be one byte and the width fit PUTFMT's operand.
IntFormat int_format_of(const Spec& s, SourceLoc loc) {
  if (s.fill.size() != 1 || static_cast<unsigned char>(s.fill[0]) >= 0x80)
    throw CompileError(loc, "kilopy fills an int's field only with an ASCII character, not '" + s.fill + "'");
  if (s.width > 255)
    throw CompileError(loc, "a field width over 255 is not supported in kilopy (" + std::to_string(s.width) + ")");
  if (s.width > kMaxZeroGroupedWidth && s.fill == "0" && s.align == '=' && s.grouping)
    throw CompileError(loc, "zero padding with group separators is supported up to a width of " +
                                std::to_string(kMaxZeroGroupedWidth) + " in kilopy");
  IntFormat f;
  f.fill = s.fill[0];
  f.width = s.width < 0 ? 0 : unsigned(s.width);
  f.flags = align_flag(s.align);
  if (s.sign == '+') f.flags |= FMT_SIGN_PLUS;
  if (s.sign == ' ') f.flags |= FMT_SIGN_SPACE;
  if (s.alt) f.flags |= FMT_PREFIX;
  if (s.grouping == ',') f.flags |= FMT_GROUP_COMMA;
  if (s.grouping == '_') f.flags |= FMT_GROUP_UNDERSCORE;
  f.type = s.type == "n" || s.type == "s" ? 'd' : s.type[0];  // "s": an int's digits as a text
  return f;
}

ExprPtr make_format(SourceLoc loc) { return std::make_unique<Expr>(ExprKind::Format, loc); }

void add_text(Expr& e, const std::string& text) {
  if (text.empty()) return;
  if (!e.format.empty() && e.format.back().field < 0) {
    e.format.back().text += text;
    return;
  }
  FormatPiece p;
  p.text = text;
  p.loc = e.loc;
  e.format.push_back(p);
}

void add_field(Expr& e, int field, char conversion, const std::string& spec, SourceLoc loc) {
  FormatPiece p;
  p.field = field;
  p.conversion = conversion;
  p.text = spec;
  p.loc = loc;
  e.format.push_back(p);
}

}  // namespace

IntFormat str_format(const std::string& spec, SourceLoc loc) {
  Spec s = text_spec(spec, loc);
  if (s.precision >= 0) throw CompileError(loc, "internal error: a str field's precision left in its spec");
  if (s.fill.size() != 1 || static_cast<unsigned char>(s.fill[0]) >= 0x80)
    throw CompileError(loc, "kilopy fills a str's field only with an ASCII character, not '" + s.fill + "'");
  return int_format_of(s, loc);
}

long take_precision(std::string& spec, SourceLoc loc) {
  Spec s = text_spec(spec, loc);
  if (s.precision >= 0) spec.erase(s.precision_at, s.precision_end - s.precision_at);
  return s.precision;
}

IntFormat int_format(const std::string& spec, char conversion, const char* type_name, SourceLoc loc) {
  if (conversion) {  // format(str(v), spec): the digits as a text
    Spec s = text_spec(spec, loc);
    if (s.precision >= 0)
      throw CompileError(loc, "a precision that cuts the text of a number is not supported in kilopy: cut its str, "
                              "f\"{str(n)[:2]}\"");
    return int_format_of(s, loc);
  }
  Spec s = parse_spec(spec, '>', "d", type_name, loc);
  const std::string& t = s.type;
  if (t == "e" || t == "E" || t == "f" || t == "F" || t == "g" || t == "G" || t == "%")
    throw CompileError(loc, "internal error: a float format code of an int left to int_format (types.cpp float_field)");
  if (!(t == "b" || t == "c" || t == "d" || t == "o" || t == "x" || t == "X" || t == "n"))
    value_error(loc, "Unknown format code '" + type_char(t) + "' for object of type '" + type_name + "'");
  if (s.precision >= 0) value_error(loc, "Precision not allowed in integer format specifier");
  if (s.no_neg_zero) value_error(loc, "Negative zero coercion (z) not allowed in integer format specifier");
  if (t == "c") {
    if (s.sign) value_error(loc, "Sign not allowed with integer format specifier 'c'");
    if (s.alt) value_error(loc, "Alternate form (#) not allowed with integer format specifier 'c'");
    throw CompileError(loc, "the format code 'c' (a character) is not supported in kilopy");
  }
  return int_format_of(s, loc);
}

bool float_of_int(const std::string& spec, const char* type_name, SourceLoc loc, FloatOfInt& out) {
  Spec s = parse_spec(spec, '>', "d", type_name, loc);
  const std::string& t = s.type;
  if (t == "e" || t == "E" || t == "g" || t == "G")
    throw CompileError(loc, "the format code '" + t + "' of an int is not supported in kilopy (it rounds the digits as "
                            "CPython's floats do): use 'd', or 'f' ({x:.2f}), which formats an int exactly");
  if (t != "f" && t != "F" && t != "%") return false;
  long precision = s.precision < 0 ? 6 : s.precision;
  if (precision > 255)
    throw CompileError(loc, "a precision over 255 is not supported in kilopy (" + std::to_string(precision) + ")");
  out = FloatOfInt();
  out.percent = t == "%";
  if (precision > 0 || s.alt) out.suffix = ".";
  out.suffix.append(size_t(precision), '0');
  if (out.percent) out.suffix += "%";
  std::string digits;  // sign, grouping, 'd'
  if (s.sign) digits += s.sign;
  long width = s.width - long(out.suffix.size());  // the int's part of the field
  std::string grouping = s.grouping ? std::string(1, s.grouping) : "";
  out.digit_text = out.percent && !s.grouping && s.align != '=';
  out.sign_spec = digits + "d";
  if (s.width >= 0) out.text_spec = s.fill + (s.align ? s.align : '>') + std::to_string(s.width);
  if (s.width < 0 || (s.align != '<' && s.align != '^')) {  // the padding goes before the digits, or is none
    out.int_spec = width > 0 ? s.fill + s.align + digits + std::to_string(width) + grouping + "d" : digits + grouping + "d";
  } else {
    out.int_spec = digits + grouping + "d";
    out.outer_spec = s.fill + s.align + std::to_string(s.width);
  }
  return true;
}

std::string format_text(const std::string& text, const std::string& spec, SourceLoc loc) {
  Spec s = text_spec(spec, loc);
  std::string body = text;
  if (s.precision >= 0) {  // keep the first `precision` code points
    size_t at = 0;
    for (long n = 0; n < s.precision && at < body.size(); ++n) at += utf8_length(static_cast<unsigned char>(body[at]));
    body.resize(at < body.size() ? at : body.size());
  }
  size_t len = code_points(body);
  size_t pad = s.width > long(len) ? size_t(s.width) - len : 0;
  size_t left = s.align == '>' ? pad : s.align == '^' ? pad / 2 : 0;
  std::string out;
  for (size_t i = 0; i < left; ++i) out += s.fill;
  out += body;
  for (size_t i = left; i < pad; ++i) out += s.fill;
  return out;
}

void append_format_token(Expr& e, const Token& t, const ParseFieldExpr& parse) {
  for (const FStringField& f : t.fields) {
    add_text(e, f.before);
    std::string expr = f.expr;
    char conversion = f.conversion;
    if (f.self_doc) {  // `{x = }` prints "x = " then the value, repr() unless a ':' is written (`{x=:}` too)
      add_text(e, f.expr);
      expr = expr.substr(0, expr.rfind('='));
      if (!conversion && !f.colon) conversion = 'r';
    }
    e.operands.push_back(parse(expr, f.expr_loc));
    if (f.width_at == std::string::npos) {
      add_field(e, int(e.operands.size() - 1), conversion, f.spec, f.loc);
      continue;
    }
    // f"{x:>{w}}": the field pads f"{x:inner}" to w; x is evaluated before w, as in CPython.
    NestedWidth n = nested_width(f.spec, f.width_at, f.loc);
    ExprPtr text = make_format(f.loc);
    text->operands.push_back(std::move(e.operands.back()));
    add_field(*text, 0, conversion, n.inner, f.loc);
    text->format.back().padded = true;
    e.operands.back() = std::move(text);
    add_field(e, int(e.operands.size() - 1), 0, f.spec, f.loc);
    e.format.back().width = int(e.operands.size());
    e.format.back().width_at = f.width_at;
    e.operands.push_back(parse(f.width_expr, f.width_loc));
  }
  add_text(e, t.text);
}

NestedWidth nested_width(const std::string& spec, size_t at, SourceLoc loc) {
  NestedWidth n;
  n.before = spec.substr(0, at);
  n.after = spec.substr(at);
  auto is_align = [](char c) { return c == '<' || c == '>' || c == '^' || c == '='; };
  std::string rest = n.before;
  unsigned char lead = rest.empty() ? 0 : static_cast<unsigned char>(rest[0]);
  size_t fill = lead < 0x80 ? 1 : lead >= 0xF0 ? 4 : lead >= 0xE0 ? 3 : 2;  // one UTF-8 character
  if (rest.size() > fill && is_align(rest[fill])) {
    n.fill = rest.substr(0, fill);
    n.align = rest[fill];
    rest.erase(0, fill + 1);
  } else if (!rest.empty() && is_align(rest[0])) {
    n.align = rest[0];
    rest.erase(0, 1);
  }
  if (n.align == '=')
    throw CompileError(loc, "'=' alignment to a nested width (f'{x:=={w}}') is not supported in kilopy: write the "
                            "width as a number, or use '<', '>' or '^'");
  size_t i = 0;
  char sign = 0;
  bool alternate = false;
  if (i < rest.size() && (rest[i] == '+' || rest[i] == '-' || rest[i] == ' ')) sign = rest[i++];
  if (i < rest.size() && rest[i] == '#') alternate = true, ++i;
  if (i < rest.size() && rest[i] == '0') n.zero = true, ++i;
  if (i != rest.size())
    throw CompileError(loc, "a nested width must follow the fill, alignment, sign, '#' and '0' (f'{x:*>+{w}}'): "
                            "kilopy cannot pad '" + spec.substr(0, at) + "{...}" + n.after + "'; write the width as a number");
  if (n.zero && (n.align || sign == ' ' || alternate || n.after.find_first_of(",_") != std::string::npos))
    throw CompileError(loc, "zero padding to a nested width (f'{x:0{w}}') with an alignment, ' ', '#' or a grouping "
                            "is not supported in kilopy: write the width as a number");
  size_t j = 0;
  if (j < n.after.size() && (n.after[j] == ',' || n.after[j] == '_')) ++j;
  if (j < n.after.size() && std::isalpha(static_cast<unsigned char>(n.after[j]))) ++j;
  if (j != n.after.size())
    throw CompileError(loc, "after a nested width kilopy takes only a grouping and the type (f'{x:>{w},d}'), not '" +
                                n.after + "': write the width as a number");
  n.negative_invalid = sign || alternate || n.zero;
  if (sign) n.inner += sign;
  if (alternate) n.inner += '#';
  n.inner += n.after;
  return n;
}

ExprPtr args_text(std::vector<ExprPtr> args, SourceLoc loc) {
  ExprPtr e = make_format(loc);
  add_text(*e, "(");
  for (size_t i = 0; i < args.size(); ++i) {
    if (i) add_text(*e, ", ");
    SourceLoc at = args[i]->loc;
    e->operands.push_back(std::move(args[i]));
    add_field(*e, int(i), 'r', "", at);
  }
  add_text(*e, args.size() == 1 ? ",)" : ")");
  return e;
}

// Whether CPython 3.11 compiles `fmt % (a, b, ...)` as an f-string (formatting each value right
// after evaluating it; ast_opt.c's simple_format_arg_parse): every field %s, %r or %a, with any
// of the flags - + space # 0, a width and a precision of at most two digits each.
static bool formats_like_fstring(const std::string& fmt) {
  auto digits = [&](size_t& pos) {
    size_t start = pos;
    while (pos < fmt.size() && std::isdigit(static_cast<unsigned char>(fmt[pos]))) ++pos;
    return pos - start <= 2;
  };
  for (size_t pos = 0; pos < fmt.size(); ++pos) {
    if (fmt[pos] != '%') continue;
    if (++pos < fmt.size() && fmt[pos] == '%') continue;
    while (pos < fmt.size() && std::strchr("-+ #0", fmt[pos]) && fmt[pos] != 0) ++pos;
    if (!digits(pos)) return false;
    if (pos < fmt.size() && fmt[pos] == '.' && !digits(++pos)) return false;
    if (pos >= fmt.size() || (fmt[pos] != 's' && fmt[pos] != 'r' && fmt[pos] != 'a')) return false;
  }
  return true;
}

// The element t[i] of the tuple named t, read at loc.
static ExprPtr tuple_element(const std::string& t, size_t i, SourceLoc loc) {
  ExprPtr item = std::make_unique<Expr>(ExprKind::Subscript, loc);
  item->operands.push_back(std::make_unique<Expr>(ExprKind::Name, loc));
  item->operands[0]->text = t;
  item->operands.push_back(std::make_unique<Expr>(ExprKind::Int, loc));
  item->operands[1]->int_value = int64_t(i);
  item->operands[1]->int_text = std::to_string(i);
  return item;
}

ExprPtr percent_format(ExprPtr binary) {
  const Expr& str = *binary->operands[0];
  const std::string& fmt = str.text;
  SourceLoc loc = str.loc;
  ExprPtr e = make_format(binary->loc);
  ExprPtr args = std::move(binary->operands[1]);
  e->formats_late = args->kind != ExprKind::Tuple || !formats_like_fstring(fmt);
  const bool one_value = args->kind != ExprKind::Tuple;
  if (args->kind == ExprKind::Tuple) e->operands = std::move(args->operands);
  else e->operands.push_back(std::move(args));
  size_t next = 0;
  for (size_t pos = 0; pos < fmt.size();) {
    if (fmt[pos] != '%') {
      size_t stop = fmt.find('%', pos);
      if (stop == std::string::npos) stop = fmt.size();
      add_text(*e, fmt.substr(pos, stop - pos));
      pos = stop;
      continue;
    }
    size_t start = pos++;
    if (pos < fmt.size() && fmt[pos] == '(')
      throw CompileError(loc, "'%(name)s' formatting (by a dict's keys) is not supported in kilopy: use an f-string, f\"{d['name']}\"");
    bool left = false, zero = false, alt = false;
    char sign = 0;
    for (; pos < fmt.size(); ++pos) {
      char c = fmt[pos];
      if (c == '-') left = true;
      else if (c == '0') zero = true;
      else if (c == '#') alt = true;
      else if (c == '+') sign = '+';
      else if (c == ' ') { if (sign != '+') sign = ' '; }
      else break;
    }
    if (pos < fmt.size() && fmt[pos] == '*')
      throw CompileError(loc, "a '*' width in '%' formatting is not supported in kilopy: write the width as a number");
    long width = -1;
    read_number(fmt, pos, width, loc);
    long precision = -1;
    if (pos < fmt.size() && fmt[pos] == '.') {
      ++pos;
      if (pos < fmt.size() && fmt[pos] == '*')
        throw CompileError(loc, "a '*' precision in '%' formatting is not supported in kilopy");
      precision = 0;
      read_number(fmt, pos, precision, loc);
    }
    while (pos < fmt.size() && (fmt[pos] == 'h' || fmt[pos] == 'l' || fmt[pos] == 'L')) ++pos;
    if (pos >= fmt.size()) value_error(loc, "incomplete format");
    char c = fmt[pos++];
    if (c == '%' && pos - start == 2) {  // only a bare "%%" is a percent sign
      add_text(*e, "%");
      continue;
    }
    if (c == '%') {  // "%5%": CPython takes a value for it, then finds '%' no conversion
      if (next >= e->operands.size()) throw CompileError(loc, "TypeError: not enough arguments for format string");
      char buf[96];
      std::snprintf(buf, sizeof buf, "unsupported format character '%%' (0x25) at index %zu", pos - 1);
      value_error(loc, buf);
    }
    std::string spec;
    char conversion = 0;
    if (c == 'd' || c == 'i' || c == 'u' || c == 'x' || c == 'X' || c == 'o') {
      if (precision >= 0)
        throw CompileError(loc, std::string("a precision on '%") + c + "' (a minimum digit count) is not supported "
                                "in kilopy: use a zero-padded width ('%05d')");
      if (width >= 0) spec = left ? "<" : zero ? "0=" : ">";
      if (sign) spec += sign;
      if (alt) spec += '#';
      if (width >= 0) spec += std::to_string(width);
      if (c == 'x' || c == 'X' || c == 'o') spec += c;
    } else if (c == 's' || c == 'r' || c == 'a') {
      conversion = c;
      if (width >= 0) spec = (left ? "<" : ">") + std::to_string(width);
      if (precision >= 0) spec += "." + std::to_string(precision);  // the first `precision` characters
    } else if (c == 'f' || c == 'F') {  // of an int: its digits then ".000" (types.cpp float_field)
      if (width >= 0) spec = left ? "<" : zero ? "0=" : ">";
      if (sign) spec += sign;
      if (alt) spec += '#';
      if (width >= 0) spec += std::to_string(width);
      spec += "." + std::to_string(precision < 0 ? 6 : precision) + c;
    } else if (c == 'e' || c == 'E' || c == 'g' || c == 'G') {
      throw CompileError(loc, std::string("'%") + c + "' formats a float, and kilopy has no floats (its rounding is a "
                              "float's): use '%d' with scaled integers, or '%f', which formats an int exactly");
    } else if (c == 'c') {  // chr(v) as '%s' (a str value is refused there: kilopy's '%c' takes an int)
      if (precision >= 0) throw CompileError(loc, "a precision on '%c' is not supported in kilopy");
      if (next < e->operands.size()) {
        ExprPtr call = std::make_unique<Expr>(ExprKind::Call, e->operands[next]->loc);
        call->callee = std::make_unique<Expr>(ExprKind::Name, call->loc);
        call->callee->text = "chr";
        call->text = "%c";  // for types.cpp's refusal of a str
        call->operands.push_back(std::move(e->operands[next]));
        e->operands[next] = std::move(call);
      }
      conversion = 's';
      if (width >= 0) spec = (left ? "<" : ">") + std::to_string(width);
    } else {
      char buf[96];
      std::snprintf(buf, sizeof buf, "unsupported format character '%c' (0x%x) at index %zu", c,
                    unsigned(static_cast<unsigned char>(c)), pos - 1);
      value_error(loc, buf);
    }
    (void)start;
    if (next >= e->operands.size() && one_value && (e->text == kSpreadTuple || e->operands[0]->kind == ExprKind::Name)) {
      if (e->text != kSpreadTuple) {  // fmt % t, several fields: t[0], t[1], ...
        std::string t = e->operands[0]->text;
        e->operands[0] = tuple_element(t, 0, e->operands[0]->loc);
        e->text = kSpreadTuple;
      }
      const Expr& t = *e->operands[0]->operands[0];
      e->operands.push_back(tuple_element(t.text, next, t.loc));
    }
    if (next >= e->operands.size() && one_value)
      throw CompileError(loc, "'%' formatting with several fields takes its values as a tuple written out in kilopy: "
                              "write fmt % (a, b), or fmt % (t[0], t[1]) for a tuple t (CPython's TypeError where the "
                              "value is no tuple)");
    if (next >= e->operands.size()) throw CompileError(loc, "TypeError: not enough arguments for format string");
    add_field(*e, int(next++), conversion, spec, loc);
    e->format.back().percent = c;
  }
  if (next < e->operands.size())
    throw CompileError(loc, "TypeError: not all arguments converted during string formatting");
  return e;
}

ExprPtr method_format(ExprPtr call) {
  const std::string& fmt = call->callee->operands[0]->text;
  SourceLoc loc = call->callee->operands[0]->loc;
  if (call->starred_arg) throw CompileError(call->loc, kStarredArgumentsRefused);
  ExprPtr e = make_format(call->loc);
  e->formats_late = true;
  size_t positional = call->operands.size();
  e->operands = std::move(call->operands);
  for (Keyword& k : call->keywords) e->operands.push_back(std::move(k.value));
  int auto_index = 0;  // -1 once a field is numbered by hand
  bool manual = false;
  for (size_t pos = 0; pos < fmt.size();) {
    char c = fmt[pos];
    if (c == '}') {
      if (pos + 1 < fmt.size() && fmt[pos + 1] == '}') { add_text(*e, "}"); pos += 2; continue; }
      value_error(loc, "Single '}' encountered in format string");
    }
    if (c != '{') {
      size_t stop = fmt.find_first_of("{}", pos);
      if (stop == std::string::npos) stop = fmt.size();
      add_text(*e, fmt.substr(pos, stop - pos));
      pos = stop;
      continue;
    }
    if (pos + 1 < fmt.size() && fmt[pos + 1] == '{') { add_text(*e, "{"); pos += 2; continue; }
    size_t close = pos + 1;
    int depth = 1;
    for (; close < fmt.size(); ++close) {
      if (fmt[close] == '{') ++depth;
      if (fmt[close] == '}' && --depth == 0) break;
    }
    if (close >= fmt.size()) {
      if (depth > 1 || fmt.find('}', pos) != std::string::npos) value_error(loc, "expected '}' before end of string");
      value_error(loc, "Single '{' encountered in format string");
    }
    std::string field = fmt.substr(pos + 1, close - pos - 1);
    pos = close + 1;
    size_t name_end = field.find_first_of("!:");
    std::string name = field.substr(0, name_end);
    char conversion = 0;
    std::string spec;
    if (name_end != std::string::npos && field[name_end] == '!') {
      if (name_end + 1 >= field.size()) value_error(loc, "end of string while looking for conversion specifier");
      conversion = field[name_end + 1];
      if (conversion != 'r' && conversion != 's' && conversion != 'a')
        value_error(loc, std::string("Unknown conversion specifier ") + conversion);
      if (name_end + 2 < field.size() && field[name_end + 2] != ':') value_error(loc, "expected ':' after conversion specifier");
      name_end += 2;
    }
    if (name_end != std::string::npos && name_end < field.size()) spec = field.substr(name_end + 1);
    if (spec.find('{') != std::string::npos)
      throw CompileError(loc, "a replacement field inside a str.format spec ('{:{}}') is not supported in kilopy: "
                              "write the width as a number, or use an f-string, whose width may be a field (f'{x:>{w}}')");
    if (name.find_first_of(".[") != std::string::npos)
      throw CompileError(loc, "an attribute or an index in a format field ('{0.x}', '{0[1]}') is not supported in "
                              "kilopy: pass the value itself");
    int index;
    if (name.empty()) {
      if (manual) value_error(loc, "cannot switch from manual field specification to automatic field numbering");
      index = auto_index++;
      if (size_t(index) >= positional)
        throw CompileError(loc, "IndexError: Replacement index " + std::to_string(index) +
                                    " out of range for positional args tuple");
    } else if (is_digit(name[0])) {
      if (auto_index > 0) value_error(loc, "cannot switch from automatic field numbering to manual field specification");
      manual = true;
      long n = 0;
      size_t at = 0;
      read_number(name, at, n, loc);
      if (at != name.size() || size_t(n) >= positional)
        throw CompileError(loc, "IndexError: Replacement index " + name + " out of range for positional args tuple");
      index = int(n);
    } else {
      index = -1;
      for (size_t k = 0; k < call->keywords.size(); ++k)
        if (call->keywords[k].name == name) index = int(positional + k);
      if (index < 0) throw CompileError(loc, "KeyError: '" + name + "'");
    }
    add_field(*e, index, conversion, spec, loc);
  }
  return e;
}

}  // namespace kilopy
