// Mirrors the traceback of targets/host/host_vm.cpp, with the arena contents it reads replaced
// by what the trailer carries (the call records' return pcs and the operand registers).
#include "targets/avr/sim/traceback.h"

#include <cstdlib>
#include <cstring>
#include <sstream>

#include "bytecode/image_format.h"
#include "bytecode/opcode_info.h"
#include "bytecode/runtime.h"

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


std::vector<unsigned> frame_pcs(const TargetStop& s) {
  std::vector<unsigned> pcs{s.pc};
  for (uint16_t ret : s.returns) pcs.push_back(unsigned(ret) - op_info(OP_CALL).size);
  return pcs;
}

bool recursive_call(const Image& image, const TargetStop& s) {
  unsigned callee = image.code[s.pc + 2];
  for (unsigned pc : frame_pcs(s))
    if (image.function_at(pc) == callee) return true;
  return false;
}

const char* exception_name(const Image& image, const TargetStop& s) {
  if (s.status == KP_ERR_RECURSION && s.depth < kMaxDepth && !recursive_call(image, s)) return "MemoryError";
  return kExceptions[s.status - KP_ERR_ZERO_DIV];
}

std::string detail(const Image& image, const TargetStop& s) {
  const unsigned width = image.int_bits / 8;
  const uint8_t* ins = image.code.data() + s.pc;
  uint8_t op = s.pc < image.code.size() ? ins[0] : uint8_t(OP_HALT);
  switch (s.status) {
    case KP_ERR_OVERFLOW: {
      const OpInfo& info = op_info(op);
      std::string bits = std::to_string(image.int_bits);
      std::string what;
      if (std::strcmp(info.format, "RRR") == 0)
        what = std::to_string(s.rb) + " " + info.python + " " + std::to_string(s.rc);
      else if (op == OP_NEG) what = "-(" + std::to_string(s.rb) + ")";
      else if (op == OP_ABS) what = "abs(" + std::to_string(s.rb) + ")";
      else what = "the result";
      return what + " does not fit in a " + bits + "-bit int (kilopy ints are " + bits +
             "-bit; CPython's would grow)";
    }
    case KP_ERR_ZERO_DIV:
      if (op == OP_POW) return "0.0 cannot be raised to a negative power";
      return kMessages[s.status - KP_ERR_ZERO_DIV];
    case KP_ERR_RECURSION: {
      if (s.depth >= kMaxDepth) return "maximum recursion depth exceeded";
      const FunctionInfo& callee = image.functions[ins[2]];
      unsigned callee_base = s.base + ins[1] * width + kCallRecordSize;
      unsigned needed = callee_base + callee.nregs * width;
      std::string name = image.has_debug ? callee.name + "()" : "function " + std::to_string(ins[2]);
      std::string what = "calling " + name + " at depth " + std::to_string(s.depth) +
                         " needs the arena up to byte " + std::to_string(needed) + ", but it has " +
                         std::to_string(s.arena_size) + " bytes (use --heap to give it more)";
      return recursive_call(image, s) ? "maximum recursion depth exceeded: " + what : what;
    }
    case KP_ERR_MEMORY: {
      unsigned needed = kStateSize + image.functions[0].nregs * width;
      return "the module body needs " + std::to_string(needed) + " bytes of arena (" + std::to_string(kStateSize) +
             " bookkeeping + " + std::to_string(image.functions[0].nregs) + " registers of " +
             std::to_string(width) + " bytes), but it has " + std::to_string(s.arena_size) + " (use --heap)";
    }
    case KP_ERR_ASSERT:
    case KP_ERR_NAME:
    case KP_ERR_UNBOUND: {
      unsigned str = ins[2];
      std::string text = str < image.strings.size() ? image.strings[str] : "";
      if (s.status == KP_ERR_NAME) return "name '" + unqualified(text) + "' is not defined";
      if (s.status == KP_ERR_UNBOUND)
        return "cannot access local variable '" + text + "' where it is not associated with a value";
      return text;
    }
    default:
      return kMessages[s.status - KP_ERR_ZERO_DIV];
  }
}

bool hex_field(std::istringstream& in, unsigned digits, uint32_t& out) {
  std::string word;
  if (!(in >> word) || word.size() != digits) return false;
  char* end = nullptr;
  out = uint32_t(std::strtoul(word.c_str(), &end, 16));
  return *end == 0;
}

}  // namespace

bool parse_trailer(const std::string& fields, TargetStop& out) {
  std::istringstream in(fields);
  uint32_t v[6], rb, rc;
  static const unsigned kDigits[6] = {2, 4, 4, 4, 4, 4};
  for (int i = 0; i < 6; ++i)
    if (!hex_field(in, kDigits[i], v[i])) return false;
  // The registers' digit count tells the int width: 4 at 16 bits, 8 at 32 bits.
  std::streampos at = in.tellg();
  unsigned reg_digits = hex_field(in, 4, rb) ? 4 : 8;
  in.clear();
  in.seekg(at);
  if (!hex_field(in, reg_digits, rb) || !hex_field(in, reg_digits, rc)) return false;
  out.int_bits = uint8_t(reg_digits * 4);
  out.status = uint8_t(v[0]);
  out.pc = uint16_t(v[1]);
  out.base = uint16_t(v[2]);
  out.depth = uint16_t(v[3]);
  out.peak = uint16_t(v[4]);
  out.arena_size = uint16_t(v[5]);
  out.rb = reg_digits == 4 ? int32_t(int16_t(rb)) : int32_t(rb);
  out.rc = reg_digits == 4 ? int32_t(int16_t(rc)) : int32_t(rc);
  out.returns.clear();
  uint32_t ret;
  while (hex_field(in, 4, ret)) out.returns.push_back(uint16_t(ret));
  return in.eof();
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
  if (status >= KP_ERR_ZERO_DIV && status < KP_STATUS_COUNT) return kExceptions[status - KP_ERR_ZERO_DIV];
  return "unknown status";
}

std::string target_traceback(const Image& image, const TargetStop& s) {
  if (s.status == KP_HALTED) return "";
  if (s.status == KP_BAD_IMAGE || s.status == KP_BAD_WIDTH)
    return "kilopy: the VM refused the image (" +
           std::string(s.status == KP_BAD_IMAGE ? "bad header" : "int width mismatch") + ")\n";
  if (!kp_is_error(s.status) || s.status >= KP_STATUS_COUNT)
    return "kilopy: the VM stopped with status " + std::to_string(s.status) + "\n";
  if (s.pc >= image.code.size())
    return std::string(status_name(s.status)) + " at pc " + std::to_string(s.pc) +
           " (outside the image's code: wrong --image?)\n";
  std::vector<unsigned> pcs = frame_pcs(s);
  std::string out = "Traceback (most recent call last):\n";
  for (size_t i = pcs.size(); i-- > 0;) out += frame_line(image, pcs[i]);
  std::string message = detail(image, s);
  out += exception_name(image, s);
  if (!message.empty()) out += ": " + message;
  return out + "\n";
}

}  // namespace kilopy
