#include "bytecode/stop.h"

#include <algorithm>
#include <cctype>
#include <cstring>

#include "bytecode/arith.h"
#include "bytecode/exceptions.h"
#include "bytecode/image_format.h"
#include "bytecode/opcode_info.h"

namespace kilopy {

namespace {

const char* const kExceptions[] = {
#define ERR(name, exception, message) exception,
#include "bytecode/errors.def"
#undef ERR
};
const char* const kMessages[] = {
#define ERR(name, exception, message) message,
#include "bytecode/errors.def"
#undef ERR
};

// errors.def's message and exception of an error status (status >= KP_ERR_ZERO_DIV).
const char* message(uint8_t status) { return kMessages[status - KP_ERR_ZERO_DIV]; }
const char* exception(uint8_t status) { return kExceptions[status - KP_ERR_ZERO_DIV]; }

uint16_t read16(const uint8_t* p) { uint16_t v; std::memcpy(&v, p, 2); return v; }

// The int (width bytes, little-endian, signed) at offset, or 0 if it lies outside the arena.
int64_t read_int(const uint8_t* arena, uint32_t size, uint32_t offset, unsigned width) {
  if (uint64_t(offset) + width > size) return 0;
  if (width == 2) { int16_t v; std::memcpy(&v, arena + offset, 2); return v; }
  int32_t v;
  std::memcpy(&v, arena + offset, 4);
  return v;
}

// Fills the object fields of o if its value names a well-formed object, as the VM's load_seq
// reads it: the register holds the 16-bit offset as an int (negative at 16 bits above 32767).
void read_object(StopOperand& o, const Image& image, const uint8_t* arena, uint32_t size, const VmState& st, unsigned width) {
  int64_t v = o.value;
  if (width == 2 ? (v < -32768 || v > 32767) : (v < 0 || v > 65535)) return;
  uint16_t ref = uint16_t(v);
  if (ref & 1) {  // a constant table in the image (bytecode/runtime.h): a tuple
    size_t off = ref >> 1;
    if (off + kTableHeaderSize > image.tables.size()) return;
    o.object = true;
    o.seq_kind = SEQ_RECORD;
    o.len = read16(image.tables.data() + off);
    return;
  }
  if (ref < st.heap || uint32_t(ref) + 2 > size) return;
  uint16_t h = read16(arena + ref), bytes = uint16_t((h >> 3) << 1);
  if ((h & 3) == BLOCK_RECORD) {  // a record: its slots follow the header
    if (bytes < 2 || uint32_t(ref) + bytes > size) return;
    o.object = true;
    o.seq_kind = SEQ_RECORD;
    o.len = uint16_t((bytes - 2) / width);
    o.elems = ref + 2u;
    return;
  }
  if (uint32_t(ref) + kObjectSize > size || h != uint16_t(((kObjectSize >> 1) << 3) | BLOCK_OBJECT) ||
      arena[ref + 2] >= SEQ_KIND_COUNT)
    return;
  o.object = true;
  o.seq_kind = arena[ref + 2];
  o.seq_flags = arena[ref + 3];
  o.len = read16(arena + ref + 4);
  o.elems = read16(arena + ref + 6) ? read16(arena + ref + 6) + 2u : 0u;
}

// The text of str value v (bytecode/runtime.h str_literal): a literal of the image or a str
// block of the arena; "" if it is neither.
std::string read_str(const Image& image, const uint8_t* arena, uint32_t size, const VmState& st, int64_t v) {
  uint16_t ref = uint16_t(v);
  if (v == 0 || (int64_t(int16_t(ref)) != v && int64_t(ref) != v)) return "";
  if (ref & 1) return ref / 2u < image.strings.size() ? image.strings[ref / 2u] : "";
  if (ref < st.heap || uint32_t(ref) + kStrHeader > size || !is_str_header(read16(arena + ref))) return "";
  uint16_t n = read16(arena + ref + 2);
  return uint32_t(ref) + kStrHeader + n <= size ? std::string(reinterpret_cast<const char*>(arena) + ref + kStrHeader, n) : "";
}

// Python's repr() of a text as the VM's PUTREPR writes it.
std::string py_repr(const std::string& t) {
  bool single = t.find('\'') != std::string::npos, twice = t.find('"') != std::string::npos;
  char quote = single && !twice ? '"' : '\'';
  std::string out(1, quote);
  for (unsigned char c : t) {
    if (c == quote || c == '\\') out += '\\', out += char(c);
    else if (c == '\n') out += "\\n";
    else if (c == '\r') out += "\\r";
    else if (c == '\t') out += "\\t";
    else if (c < 0x20 || c == 0x7F) out += "\\x", out += "0123456789abcdef"[c >> 4], out += "0123456789abcdef"[c & 15];
    else out += char(c);
  }
  return out + quote;
}

// The text of the tuple v of ints, and of strs at the places (0-6) whose bits str_places sets (a
// record or a constant table), as Python prints it: (1, 2), (1,), ('a', 3).
std::string read_tuple(const Image& image, const uint8_t* arena, uint32_t size, const VmState& st, unsigned width, int64_t v,
                       uint8_t str_places = 0) {
  StopOperand o;
  o.value = v;
  read_object(o, image, arena, size, st, width);
  if (!o.object || o.seq_kind != SEQ_RECORD) return "";
  const uint8_t* at = arena + o.elems;
  uint8_t kind = SEQ_RECORD;
  if (v & 1) {  // a constant table: its kind tells its elements' size
    const uint8_t* t = image.tables.data() + (uint16_t(v) >> 1);
    kind = t[2];
    at = t + kTableHeaderSize;
    if ((uint16_t(v) >> 1) + kTableHeaderSize + size_t(o.len) * elem_size(kind, width) > image.tables.size()) return "";
  }
  unsigned e = elem_size(kind, width);
  std::string text = "(";
  for (unsigned i = 0; i < o.len; ++i) {
    const uint8_t* p = at + i * e;
    int64_t x = e == 1 ? (kind == SEQ_ARRAY_b ? int8_t(p[0]) : p[0]) : e == 2 ? int16_t(read16(p)) : int32_t(read16(p) | uint32_t(read16(p + 2)) << 16);
    bool str = i < kDictKeyStrPlaces && (str_places >> i & 1);
    text += (i ? ", " : "") + (str ? py_repr(read_str(image, arena, size, st, x)) : std::to_string(x));
  }
  return text + (o.len == 1 ? ",)" : ")");
}

// The first operand of `kind` (a formats.def letter), the last one with `last`; null if none.
const StopOperand* operand(const Stop& s, char kind, bool last = false) {
  const StopOperand* found = nullptr;
  for (const StopOperand& o : s.operands)
    if (o.kind == kind && (!found || last)) found = &o;
  return found;
}

// The request of a failed allocation: the VM's u16 saturates at 65535 (sizes are even), so a
// larger one is computed from the size rule of the mode column (M_NEW_X: the last value
// operand's count of elements of the t operand's kind; M_NEW_OX: the object's length times it;
// M_NEW_R: the length of the range).
uint64_t full_request(const Image& image, const Stop& s, const OpInfo& info) {
  const unsigned width = image.int_bits / 8;
  uint64_t bytes = s.state.request;
  const StopOperand *count = operand(s, 'x', true), *kind = operand(s, 't'), *object = operand(s, 'o');
  if (bytes != 65535) return bytes;
  if (info.has(M_NEW_R) && count) {  // the operands are start, stop and step
    int64_t v[3], i = 0;
    for (const StopOperand& o : s.operands)
      if (o.kind == 'x' && i < 3) v[i++] = o.value;
    return i == 3 && v[2] != 0 ? 2 + range_length<int64_t>(v[0], v[1], v[2]) * uint64_t(width) : bytes;
  }
  uint64_t n = !count || count->value < 0 ? 0 : uint64_t(count->value);
  if (info.has(M_NEW_X) && kind) bytes = 2 + n * elem_size(uint8_t(kind->value), width);
  else if (info.has(M_NEW_OX) && object && object->object) bytes = 2 + n * object->len * elem_size(object->seq_kind, width);
  return (bytes + 1) & ~uint64_t(1);
}

// The opcode at pc; HALT past the code or at a byte that is no opcode (a raising pc kept in the
// arena may point inside an instruction of a made-up image).
uint8_t op_at(const Image& image, unsigned pc) {
  return pc < image.code.size() && image.code[pc] < OP_COUNT ? image.code[pc] : uint8_t(OP_HALT);
}

// True if the CALL that failed calls a function already active (recursion).
bool recursive_call(const Image& image, const Stop& s) {
  unsigned callee = unsigned(operand(s, 'f')->raw);
  for (unsigned pc : s.pcs)
    if (image.function_at(pc) == callee) return true;
  return false;
}

// The exception a stop is reported as: a call that runs out of arena is a RecursionError when
// it recurses, else a MemoryError.
const char* exception_name(const Image& image, const Stop& s) {
  if (s.status == KP_ERR_RECURSION && s.state.depth < kMaxDepth && op_info(op_at(image, s.state.pc)).has(M_CALL) &&
      !recursive_call(image, s))
    return "MemoryError";
  return exception(s.status);
}

// CPython's words for a value that does not fit an array element. Its arraymodule converts 'b'
// through a C short first ("h"), so a value outside the short range is named as a short.
std::string array_overflow(uint8_t kind, int64_t v) {
  if (kind == SEQ_ARRAY_B) return std::string("unsigned byte integer is ") + (v < 0 ? "less than minimum" : "greater than maximum");
  if (kind == SEQ_ARRAY_b && v >= -32768 && v <= 32767)
    return std::string("signed char is ") + (v < -128 ? "less than minimum" : "greater than maximum");
  return std::string("signed short integer is ") + (v < -32768 ? "less than minimum" : "greater than maximum");
}

bool array_fits(uint8_t kind, int64_t v) {
  if (kind == SEQ_ARRAY_b) return v >= -128 && v <= 127;
  if (kind == SEQ_ARRAY_B) return v >= 0 && v <= 255;
  if (kind == SEQ_ARRAY_h) return v >= -32768 && v <= 32767;
  return true;
}

// An input token as a message shows it, in quotes or not: a long one is cut.
// Control bytes (a NUL from --input /dev/zero) are written as \xNN, as Python's repr does;
// a cut never splits a UTF-8 character.
std::string shown_token(const std::string& token, const char* quote) {
  constexpr size_t kShown = 32;
  size_t end = token.size();
  if (end > kShown + 8) {
    end = kShown;
    while (end > 0 && (static_cast<unsigned char>(token[end]) & 0xC0) == 0x80) --end;
  }
  std::string out = quote;
  for (size_t i = 0; i < end; ++i) {
    unsigned char c = static_cast<unsigned char>(token[i]);
    if (c < 0x20 || c == 0x7F) {
      static const char kHex[] = "0123456789abcdef";
      out += std::string("\\x") + kHex[c >> 4] + kHex[c & 15];
    } else {
      out += char(c);
    }
  }
  // (The port keeps at most the first bytes of a long token, so its length is not shown.)
  return out + (end < token.size() ? "..." : "") + quote;
}

std::string too_wide(const std::string& what, unsigned bits) {
  std::string b = std::to_string(bits);
  return what + " does not fit in a " + b + "-bit int (kilopy ints are " + b + "-bit; CPython's would grow)";
}

// The int an M_STORE row failed to store, and in which sequence: CPython's words for it. The
// element is the counted registers' first misfit, else the last value operand that is no
// M_NEW_X count; the kind is the object operand's, else the t operand.
std::string store_overflow(const Stop& s, const OpInfo& info) {
  const StopOperand *object = operand(s, 'o'), *t = operand(s, 't');
  uint8_t kind = object ? object->seq_kind : t ? uint8_t(t->value) : uint8_t(SEQ_LIST);
  for (int64_t v : s.items)
    if (!array_fits(kind, v)) return array_overflow(kind, v);
  std::vector<int64_t> values;
  for (const StopOperand& o : s.operands)
    if (o.kind == 'x') values.push_back(o.value);
  size_t skip = info.has(M_NEW_X) ? 1 : 0;  // the count after the element
  return array_overflow(kind, values.size() > skip ? values[values.size() - 1 - skip] : 0);
}

// The failing operation as Python would write it back, from the python column and the value
// operands (kinds x and i): "a op b" for an operator, "-(a)" for a unary one, "abs(a)" or
// "sum()" (an object operand) for a builtin; "the result" for an opcode with no Python name.
std::string python_expression(const OpInfo& info, const Stop& s) {
  std::vector<int64_t> values;
  for (const StopOperand& o : s.operands)
    if (o.kind == 'x' || o.kind == 'i') values.push_back(o.value);
  std::string py = info.python;
  if (py.empty()) return "the result";
  if (std::isalpha(static_cast<unsigned char>(py[0]))) {
    std::string args;
    for (int64_t v : values) args += (args.empty() ? "" : ", ") + std::to_string(v);
    return py + "(" + args + ")";
  }
  if (values.size() == 1) return py + "(" + std::to_string(values[0]) + ")";
  if (values.size() != 2) return "the result";
  // -3 ** 2 is -(3 ** 2): ** binds tighter than a unary minus on its left, so parenthesise it.
  std::string left = std::to_string(values[0]);
  if (py == "**" && values[0] < 0) left = "(" + left + ")";
  return left + " " + py + " " + std::to_string(values[1]);
}

// CPython's ZeroDivisionError text, by the Python operator that raised it.
std::string zero_division(const OpInfo& info) {
  std::string py = info.python;
  if (py == "%") return KP_TEXT_MOD_ZERO;
  if (py == "**") return KP_TEXT_POW_ZERO;
  return message(KP_ERR_ZERO_DIV);
}

// The message after "ExceptionName: ".
std::string detail(const Image& image, const Stop& s) {
  const unsigned width = image.int_bits / 8;
  const VmState& st = s.state;
  const OpInfo& info = op_info(op_at(image, st.pc));
  const std::string arena = std::to_string(s.arena_size);
  switch (s.status) {
    case KP_ERR_OVERFLOW:
      if (info.has(M_STORE)) return store_overflow(s, info);
      if (info.has(M_INPUT))
        return too_wide(std::string(info.python) + "(): " + shown_token(s.token, "") + " at input line " +
                            std::to_string(s.token_line),
                        image.int_bits);
      return too_wide(python_expression(info, s), image.int_bits);
    case KP_ERR_ZERO_DIV:
      return zero_division(info);
    case KP_ERR_RECURSION: {
      if (st.depth >= kMaxDepth || !info.has(M_CALL)) return "maximum recursion depth exceeded";
      unsigned f = unsigned(operand(s, 'f')->raw);
      const FunctionInfo& callee = image.functions[f];
      unsigned needed = st.base + unsigned(operand(s, 'r')->raw) * width + kCallRecordSize + callee.nregs * width;
      std::string name = image.has_debug ? callee.name + "()" : "function " + std::to_string(f);
      std::string what = "calling " + name + " at depth " + std::to_string(st.depth) + " needs the arena up to byte " +
                         std::to_string(needed) + ", but it has " + arena + " bytes" +
                         (st.heap < st.arena_size ? " and live objects hold the " + std::to_string(st.arena_size - st.heap) +
                                                       " bytes from byte " + std::to_string(st.heap)
                                                 : std::string()) +
                         " (use --arena to give it more)";
      return recursive_call(image, s) ? "maximum recursion depth exceeded: " + what : what;
    }
    case KP_ERR_MEMORY: {
      if (s.arena_size < kStateSize)
        return "an arena of " + arena + " bytes cannot hold the VM's " + std::to_string(kStateSize) +
               "-byte bookkeeping";
      if (s.request > kMaxBlock)
        return "cannot allocate " + std::to_string(s.request) + " bytes for one object: a block holds at most " +
               std::to_string(kMaxBlock) + " bytes in kilopy, whatever the arena: keep each list, array, str and dict "
               "smaller";
      if (st.request != 0) {  // an allocation failed (start() leaves request 0)
        // The VM collected before failing: every block in use is reachable (conservatively).
        unsigned frames = s.frames_end;
        unsigned gap = st.heap > frames ? st.heap - frames : 0, free = s.arena_size - frames - s.heap_live;
        return "cannot allocate " + std::to_string(s.request) + " bytes for a list or an array: the arena of " + arena +
               " bytes holds " + std::to_string(s.heap_live) + " bytes of live objects and " + std::to_string(frames) +
               " bytes of bookkeeping, globals and frames; the other " + std::to_string(free) + " bytes are free, at most " +
               std::to_string(std::max(gap, s.heap_free_run)) + " of them in one piece (use --arena to give it more)";
      }
      unsigned needed = kStateSize + image.functions[0].nregs * width;
      return "the module body needs " + std::to_string(needed) + " bytes of arena (" + std::to_string(kStateSize) +
             " bookkeeping + " + std::to_string(image.functions[0].nregs) + " registers of " + std::to_string(width) +
             " bytes), but it has " + arena + " (use --arena to give it more)";
    }
    case KP_ERR_INDEX: {
      const StopOperand* object = operand(s, 'o');
      if (info.has(M_SHRINK)) return object && object->len == 0 ? "pop from empty list" : "pop index out of range";
      if (object && object->seq_kind == SEQ_RECORD) return "tuple index out of range";  // a field's index is always in range
      bool array = object && is_array_kind(object->seq_kind);
      return std::string(array ? "array" : "list") + (info.has(M_STORE) ? " assignment" : "") + " index out of range";
    }
    case KP_ERR_SLICE_SIZE: {  // SETSLICE's operands: the list, start, stop, step, the source, m
      std::vector<int64_t> v;
      for (const StopOperand& o : s.operands) v.push_back(o.value);
      const StopOperand *target = operand(s, 'o'), *source = operand(s, 'o', true);
      if (v.size() != 6 || !target->object || !source->object || v[3] == 0) return message(s.status);  // RAISE's
      uint16_t n = py_slice<int64_t>(v[1], !(v[5] & SLICE_NO_START), v[2], !(v[5] & SLICE_NO_STOP), v[3], target->len);
      return "attempt to assign sequence of size " + std::to_string(source->len) + " to extended slice of size " +
             std::to_string(n);
    }
    case KP_ERR_DEL_INDEX:
    case KP_ERR_NOT_FOUND:
    case KP_ERR_NO_REMOVE: {  // LISTOP's: the list and the value
      const StopOperand *object = operand(s, 'o'), *value = operand(s, 'x'), *m = operand(s, 'm');
      if (object && object->seq_kind == SEQ_RECORD) return "tuple.index(x): x not in tuple";
      std::string kind = object && is_array_kind(object->seq_kind) ? "array" : "list";
      if (s.status == KP_ERR_DEL_INDEX) return kind + " assignment index out of range";
      if (s.status == KP_ERR_NO_REMOVE) return kind + ".remove(x): x not in " + kind;
      if (kind == "array") return "array.index(x): x not in array";
      if (!value) return message(s.status);  // RAISE's
      if (object && object->seq_kind == SEQ_LIST_STR) return py_repr(s.text) + " is not in list";
      std::string shown = m && (m->value & LIST_STRS) == LIST_BOOLS ? (value->value ? "True" : "False") : std::to_string(value->value);
      return shown + " is not in list";
    }
    case KP_ERR_KEY: {  // DICTOP's: the key, shown as Python's repr
      const StopOperand *key = operand(s, 'x'), *m = operand(s, 'm');
      if (!key) return message(s.status);
      if (m && (m->value & DICT_TUPLES) == DICT_TUPLES) return s.text;
      if (m && (m->value & DICT_STRS)) return py_repr(s.text);
      return m && (m->value & DICT_BOOLS) ? (key->value ? "True" : "False") : std::to_string(key->value);
    }
    case KP_ERR_INT_PARSE: {  // the repr's first kIntParseReprLimit characters (UTF-8 sequences)
      std::string shown = py_repr(s.text);
      size_t end = 0;
      for (unsigned chars = 0; end < shown.size(); ++end)
        if ((shown[end] & 0xC0) != 0x80 && ++chars > kIntParseReprLimit) break;
      return std::string(message(s.status)) + ": " + shown.substr(0, end);
    }
    case KP_ERR_ORD: {
      unsigned chars = 0;
      for (unsigned char c : s.text) chars += (c & 0xC0) != 0x80;
      return "ord() expected a character, but string of length " + std::to_string(chars) + " found";
    }
    case KP_ERR_BAD_INPUT:
      return std::string(message(s.status)) + " " + shown_token(s.token, "'") + " at input line " +
             std::to_string(s.token_line);
    case KP_ERR_EMPTY:
      return std::string(info.python) + "() " + message(s.status);
    case KP_ERR_ASSERT:
    case KP_ERR_ATTRIBUTE:
    case KP_ERR_UNPACK:
    case KP_ERR_NAME:
    case KP_ERR_UNBOUND: {  // RAISE's string: the assert, attribute or unpack message, or the variable's name
      const StopOperand* string = operand(s, 's');
      unsigned str = string ? unsigned(string->raw) : ~0u;
      std::string text = str < image.strings.size() ? image.strings[str] : "";
      if (s.status == KP_ERR_NAME) return "name '" + unqualified(text) + "' is not defined";
      if (s.status == KP_ERR_UNBOUND)
        return "cannot access local variable '" + text + "' where it is not associated with a value";
      return text;
    }
    default:
      return message(s.status);
  }
}

}  // namespace

Stop stop_from_arena(const Image& image, uint8_t status, const uint8_t* arena, uint32_t size,
                     const std::string& token, unsigned token_line) {
  Stop s;
  s.status = status;
  s.arena_size = size;
  s.token = token;
  s.token_line = token_line;
  if (size < kStateSize) return s;
  std::memcpy(&s.state, arena, kStateSize);
  const VmState& st = s.state;
  const unsigned width = image.int_bits / 8;
  // The call stack through the call records {return pc, caller base} below each frame.
  s.pcs.push_back(st.pc);
  unsigned base = st.base;
  auto frame_end = [&](unsigned pc) {  // 0 for an image without its function table (kilopy-sim's)
    return image.functions.empty() ? 0u : base + image.functions[image.function_at(pc)].nregs * width;
  };
  s.frames_end = frame_end(st.pc);
  for (unsigned d = st.depth; d > 1 && base >= kCallRecordSize && base <= size; --d) {
    const uint8_t* record = arena + base - kCallRecordSize;
    s.pcs.push_back(unsigned(read16(record)) - op_info(OP_CALL).size);
    base = read16(record + 2);
    s.frames_end = std::max(s.frames_end, frame_end(s.pcs.back()));
  }
  if (st.pc >= image.code.size()) return s;
  const uint8_t* ins = image.code.data() + st.pc;
  const OpInfo& info = op_info(ins[0] < OP_COUNT ? ins[0] : uint8_t(OP_HALT));
  if (st.pc + info.size > image.code.size()) return s;
  auto reg = [&](unsigned x) { return read_int(arena, size, st.base + x * width, width); };
  unsigned at = 1;
  for (const char* k = info.kinds; *k; at += operand_size(*k), ++k) {
    StopOperand o;
    o.kind = *k;
    o.raw = operand_size(*k) == 2 ? unsigned(read16(ins + at)) : ins[at];
    o.value = operand_size(*k) == 2 ? int64_t(int16_t(o.raw)) : int64_t(o.raw);
    if (*k == 'r') o.value = reg(o.raw);
    if (*k == 'x') o.value = is_immediate(uint8_t(o.raw)) ? int64_t(immediate_value(uint8_t(o.raw))) : reg(o.raw);
    if (*k == 'o') {
      o.value = o.raw < kRegisterLimit ? reg(o.raw)
                                       : read_int(arena, size, kStateSize + (o.raw - kRegisterLimit) * width, width);
      read_object(o, image, arena, size, st, width);
    }
    s.operands.push_back(o);
  }
  if (info.has(M_RANGE) && info.has(M_END)) {  // RERAISE: what a handler entry stored (vm/vm.cpp find_handler())
    int64_t message = reg(ins[1]);
    unsigned word = unsigned(uint16_t(reg(ins[1] + 1u)));
    s.reraised = true;
    s.raised_class = word >> 8;
    s.raised_value = reg(ins[1] + 2u);
    if (status == KP_ERR_RAISED) s.text = read_str(image, arena, size, st, message);
    else s.raised_pc = unsigned(uint16_t(message));
    if (status == KP_ERR_KEY || status == KP_ERR_INT_PARSE || status == KP_ERR_ORD)
      s.text = read_str(image, arena, size, st, s.raised_value);
    return s;
  }
  // int()'s or ord()'s str (STROP's R[B]), a dict's missing key (DICTOP's R[C]): the text, if a str
  if (status == KP_ERR_INT_PARSE || status == KP_ERR_ORD || status == KP_ERR_KEY || status == KP_ERR_RAISED)
    if (const StopOperand* x = operand(s, 'x')) s.text = read_str(image, arena, size, st, x->value);
  // index()'s missing str in a list of strs (LISTOP's value): its text.
  if (status == KP_ERR_NOT_FOUND)
    if (const StopOperand *list = operand(s, 'o'), *x = operand(s, 'x'); list && x && list->seq_kind == SEQ_LIST_STR)
      s.text = read_str(image, arena, size, st, x->value);
  // A dict's missing tuple key (DICTOP's m has DICT_TUPLES): the tuple as Python prints it.
  const StopOperand* m = operand(s, 'm');
  if (status == KP_ERR_KEY && m && (m->value & DICT_TUPLES) == DICT_TUPLES)
    if (const StopOperand *x = operand(s, 'x'), *d = operand(s, 'o'); x && d)
      s.text = read_tuple(image, arena, size, st, width, x->value, uint8_t(d->seq_flags >> kDictKeyStrs));
  // An element store from counted registers (M_STORE, a register operand with a count): the ints.
  for (size_t i = 0; info.has(M_STORE) && i + 1 < s.operands.size(); ++i)
    if (s.operands[i].kind == 'r' && s.operands[i + 1].kind == 'c')
      for (unsigned k = 0; k < s.operands[i + 1].raw; ++k) s.items.push_back(reg(s.operands[i].raw + k));
  // An element store from a sequence (M_STORE, a second object operand: SETSLICE's source): its
  // elements.
  const StopOperand* source = operand(s, 'o', true);
  if (info.has(M_STORE) && source && source != operand(s, 'o') && source->object && !(source->value & 1)) {
    unsigned e = elem_size(source->seq_kind, width);
    for (unsigned i = 0; source->elems != 0 && i < source->len; ++i) {
      uint32_t at = source->elems + i * e;
      s.items.push_back(e == 1 ? int64_t(source->seq_kind == SEQ_ARRAY_b ? int8_t(arena[at]) : arena[at])
                               : e == 2 ? read_int(arena, size, at, 2) : read_int(arena, size, at, width));
    }
  }
  if (status == KP_ERR_MEMORY && st.request != 0) {
    s.request = full_request(image, s, info);
    unsigned run = 0;
    for (uint32_t b = st.heap; b + 2 <= size && b + 2 <= st.arena_size;) {  // as the VM walks its blocks
      unsigned h = read16(arena + b), bytes = (h >> 3) << 1;
      if (bytes < 2 || b + bytes > size) break;
      if ((h & 3) == BLOCK_FREE) {
        run += bytes;
        s.heap_free_run = std::max(s.heap_free_run, run);
      } else {
        run = 0;
        s.heap_live += bytes;
      }
      b += bytes;
    }
  }
  return s;
}

// The class name and message of a re-raised exception. A THROW's class is named by a THROW of
// it (every exception of the program's own classes comes from one); a run-time error's message
// is rebuilt from its raising instruction and the value a handler entry kept (a KeyError's key,
// int()'s and ord()'s str, an IndexError's IndexKind); another value it named is gone with the
// frame.
std::string reraised(const Image& image, const Stop& s) {
  if (s.status == KP_ERR_RAISED) {
    std::string name = s.raised_class < EXC_USER_FIRST ? kExcNames[s.raised_class] : "Exception";
    for (unsigned pc = 0; s.raised_class >= EXC_USER_FIRST && pc < image.code.size(); pc += op_info(op_at(image, pc)).size)
      if (op_info(op_at(image, pc)).kinds[0] == 'e' && pc + 2 < image.code.size() && image.code[pc + 1] == s.raised_class)  // THROW
        name = image.code[pc + 2] < image.strings.size() ? image.strings[image.code[pc + 2]] : name;
    return s.text.empty() ? name : name + ": " + s.text;
  }
  std::string name = exception(s.status);
  if (s.status == KP_ERR_INDEX && (s.raised_value & 3) <= INDEX_TUPLE) {  // the kept value: the sequence's IndexKind
    const char* const kinds[] = {"list", "array", "tuple"};
    const std::string kind = kinds[s.raised_value & 3];
    const OpInfo& info = op_info(op_at(image, s.raised_pc));
    if (info.has(M_SHRINK)) return name + ": " + (s.raised_value & INDEX_EMPTY ? "pop from empty " + kind : "pop index out of range");
    return name + ": " + kind + (info.has(M_STORE) ? " assignment" : "") + " index out of range";
  }
  if ((s.status == KP_ERR_DEL_INDEX || s.status == KP_ERR_NO_REMOVE) && (s.raised_value & 3) <= INDEX_ARRAY) {
    const std::string kind = s.raised_value & 3 ? "array" : "list";  // the kept value: the sequence's IndexKind
    return name + ": " + kind + (s.status == KP_ERR_DEL_INDEX ? " assignment index out of range" : ".remove(x): x not in " + kind);
  }
  switch (s.status) {
    case KP_ERR_ZERO_DIV: case KP_ERR_EMPTY: case KP_ERR_ASSERT: case KP_ERR_ATTRIBUTE: case KP_ERR_UNPACK:
    case KP_ERR_NAME: case KP_ERR_UNBOUND: case KP_ERR_KEY: case KP_ERR_INT_PARSE: case KP_ERR_ORD:
      break;  // the instruction's operator or string, the kept value
    case KP_ERR_NEG_SHIFT: case KP_ERR_RANGE_STEP: case KP_ERR_EOF_INPUT: case KP_ERR_SLICE_STEP: case KP_ERR_POW_MOD_ZERO:
    case KP_ERR_NOT_INVERTIBLE: case KP_ERR_DICT_SIZE: case KP_ERR_DICT_KEYS: case KP_ERR_STR_INDEX: case KP_ERR_CHR_RANGE:
    case KP_ERR_CHR_UNPRINTABLE: case KP_ERR_STR_CASE: case KP_ERR_EMPTY_SEP:
      return name + ": " + message(s.status);  // fixed
    default:
      return name + ": (kilopy keeps no message of a " + name +
             " raised again by a bare raise or a finally block: it named a value of the frame the error left)";
  }
  Stop at = s;  // the raising instruction's own operands (ZeroDivisionError's operator, RAISE's string)
  at.state.pc = s.raised_pc;
  at.operands.clear();
  const OpInfo& info = op_info(op_at(image, s.raised_pc));
  unsigned i = 1;
  for (const char* k = info.kinds; *k && s.raised_pc + i < image.code.size(); i += operand_size(*k), ++k) {
    StopOperand o;
    o.kind = *k;
    o.raw = image.code[s.raised_pc + i];
    o.value = *k == 'x' && !operand(at, 'x') ? s.raised_value : int64_t(o.raw);  // the first: the kept value
    at.operands.push_back(o);
  }
  std::string message = detail(image, at);
  return message.empty() ? name : name + ": " + message;
}

// The note before the traceback of a run-time error that an `except ... as e` clause matched
// but could not catch, as kilopy cannot write its str(e) (vm/vm.cpp find_handler(): the first
// entry that matches decides); "" when none did.
std::string unbound_handler_note(const Image& image, const Stop& s) {
  static const uint8_t kClasses[] = {
#define ERR(name, exception, message) error_class(KP_ERR_##name, exception),
#include "bytecode/errors.def"
#undef ERR
  };
  if (s.reraised || s.status < KP_ERR_ZERO_DIV || s.status == KP_ERR_RAISED || s.status - KP_ERR_ZERO_DIV >= int(sizeof kClasses))
    return "";
  uint8_t cls = kClasses[s.status - KP_ERR_ZERO_DIV];
  if (cls == EXC_NONE) return "";
  for (unsigned pc : s.pcs)
    for (const Handler& h : image.handlers)
      if (h.start <= pc && pc < h.end && h.first <= cls && cls <= h.last) {
        const OpInfo& first = op_info(op_at(image, h.handler));
        if (!first.has(M_RANGE) || !first.has(M_STR)) return "";  // not EXCSTR: no `as e` binding
        const bool array = s.status >= KP_ERR_CHAR_HIGH && s.status <= KP_ERR_SHORT_LOW;  // KP_TRIMMED_TEXTS (vm/vm.cpp)
        return "kilopy: the except clause at line " + std::to_string(image.line_at(image.function_at(h.handler), h.handler)) +
               " matches this error but binds it with `as`, and kilopy cannot write its str() (" +
               (array ? "firmware built with --full-vm leaves out the texts of arrays' ranges: build it without --full-vm"
                      : "its text names a value kilopy does not keep") +
               "), so nothing caught it: drop `as e` there if the handler can do without it\n";
      }
  return "";
}

std::string stop_report(const Image& image, const Stop& s) {
  if (s.status == KP_HALTED || s.status == KP_OK || s.status == KP_PAUSED) return "";
  if (s.status == KP_BAD_IMAGE || s.status == KP_BAD_WIDTH)
    return "kilopy: the VM refused the image (" +
           std::string(s.status == KP_BAD_IMAGE ? "bad header" : "int width mismatch") + ")\n";
  if (!kp_is_error(s.status) || s.status >= KP_STATUS_COUNT)
    return "kilopy: the VM stopped with status " + std::to_string(s.status) + "\n";
  if (s.status == KP_ERR_MEMORY && s.arena_size < kStateSize) return "MemoryError: " + detail(image, s) + "\n";
  if (s.state.pc >= image.code.size())
    return std::string(status_name(s.status)) + " at pc " + std::to_string(s.state.pc) +
           " (outside the image's code: wrong --image?)\n";
  std::string out = unbound_handler_note(image, s) + "Traceback (most recent call last):\n";
  for (size_t i = s.pcs.size(); i-- > 0;)
    if (!is_builtin_frame(image, s.pcs[i])) out += frame_line(image, s.pcs[i]);
  if (s.reraised) return out + reraised(image, s) + "\n";
  std::string message = detail(image, s);
  if (s.status == KP_ERR_RAISED) {  // THROW: the class's name, the message
    const StopOperand* name = operand(s, 's');
    out += name && name->raw < image.strings.size() ? image.strings[name->raw] : "Exception";
    message = s.text;
  } else {
    out += exception_name(image, s);
  }
  if (!message.empty()) out += ": " + message;
  return out + "\n";
}

ArenaSplit arena_split(const Image& image, const Stop& s) {
  ArenaSplit a;
  a.peak = s.state.total_peak;
  a.bookkeeping = s.arena_size >= kStateSize ? kStateSize : 0;
  a.globals = image.nglobals * (image.int_bits / 8);
  a.heap = s.state.total_heap;
  if (a.peak >= a.bookkeeping + a.globals + a.heap) a.frames = a.peak - a.bookkeeping - a.globals - a.heap;
  return a;
}

std::string arena_split_text(const ArenaSplit& a, uint32_t arena_size) {
  return "arena peak: " + std::to_string(a.peak) + " of " + std::to_string(arena_size) + " bytes = " +
         std::to_string(a.bookkeeping) + " bookkeeping + " + std::to_string(a.globals) + " globals + " +
         std::to_string(a.frames) + " frames + " + std::to_string(a.heap) + " heap";
}

const char* status_name(uint8_t status) {
  switch (status) {
    case KP_OK: return "ok";
    case KP_HALTED: return "halted";
    case KP_PAUSED: return "paused";
    case KP_BAD_IMAGE: return "bad image";
    case KP_BAD_WIDTH: return "int width mismatch";
    default: break;
  }
  if (status >= KP_ERR_ZERO_DIV && status < KP_STATUS_COUNT) return exception(status);
  return "unknown status";
}

}  // namespace kilopy
