#include "bytecode/verify.h"

#include "bytecode/exceptions.h"

#include "bytecode/image_format.h"
#include "bytecode/opcode_info.h"
#include "bytecode/status.h"
#include "bytecode/runtime.h"

namespace kilopy {

namespace {

constexpr unsigned kErrorKinds = KP_ERR_RAISED - KP_ERR_ZERO_DIV;  // RAISE's kinds: THROW's stop is no kind of RAISE

std::string at(size_t f, size_t pc) {
  return "function " + std::to_string(f) + " at code offset " + std::to_string(pc);
}

// Checks one function's instructions; fills `starts` with its instruction boundaries and
// `jumps` with (instruction, target) pairs to check once all boundaries are known.
// A CALL to check once every function's tuple size is known: (caller, pc, A, callee).
struct CallSite {
  size_t caller, pc;
  unsigned a, callee;
};

std::string check_function(const Image& img, size_t f, std::vector<bool>& starts,
                           std::vector<std::pair<size_t, long>>& jumps, std::vector<unsigned>& tuple_size,
                           std::vector<CallSite>& calls) {
  const FunctionInfo& fn = img.functions[f];
  const size_t end = img.code_end(f);
  size_t pc = fn.code_offset;
  uint8_t last = OP_HALT;
  while (pc < end) {
    uint8_t op = img.code[pc];
    if (op >= OP_COUNT) return "unknown opcode " + std::to_string(op) + " in " + at(f, pc);
    const OpInfo& info = op_info(op);
    if (pc + info.size > end) return info.name + std::string(" runs past the end of ") + at(f, pc);
    starts[pc] = true;
    size_t o = pc + 1;
    for (const char* k = info.kinds; *k; ++k) {
      unsigned v = img.code[o];
      long s16 = operand_size(*k) == 2 ? int16_t(uint16_t(img.code[o] | (img.code[o + 1] << 8))) : 0;
      std::string bad;
      if (*k == 'x' && is_immediate(uint8_t(v))) {
        o += 1;
        continue;  // a small int: always valid
      }
      char kind = *k;
      if (kind == 'o' && v >= kRegisterLimit) {  // a global
        kind = 'g';
        v -= kRegisterLimit;
      }
      switch (kind) {
        case 'x':
        case 'o':
        case 'r': {
          // The highest register the operand names (a range, a pair, a counted span).
          unsigned top = v + register_span(op, unsigned(k - info.kinds), &img.code[pc]) - 1;
          if (info.has(M_TUPLE) && img.code[o + 1] > tuple_size[f]) tuple_size[f] = img.code[o + 1];
          if (info.has(M_CALL) && o == pc + 1) {
            unsigned callee = img.code[o + 1];  // the 'f' operand after A
            calls.push_back(CallSite{f, pc, v, callee});
            // The call record, then the arguments, must lie inside the caller's frame.
            if (callee < img.functions.size()) top = v + call_record_regs(img.int_bits) + img.functions[callee].nparams - 1;
          }
          if (top >= fn.nregs) bad = "register " + std::to_string(top) + " outside a frame of " +
                                     std::to_string(fn.nregs);
          // In the module body the first registers are the globals, which the callee can
          // write (SETG): a call record there could be overwritten with any return address.
          if (info.has(M_CALL) && o == pc + 1 && f == 0 && v < img.nglobals)
            bad = "call record in register " + std::to_string(v) + " would overlap the " +
                  std::to_string(int(img.nglobals)) + " globals";
          break;
        }
        case 'g': if (v >= img.nglobals) bad = "global " + std::to_string(v) + " out of range"; break;
        case 'k': if (v >= img.constants.size()) bad = "constant " + std::to_string(v) + " out of range"; break;
        case 's': if (v >= img.strings.size()) bad = "string " + std::to_string(v) + " out of range"; break;
        case 'f': if (v == 0 || v >= img.functions.size()) bad = "function " + std::to_string(v) + " cannot be called"; break;
        case 'n': if (v >= kErrorKinds) bad = "error kind " + std::to_string(v) + " out of range"; break;
        case 't': if (v >= SEQ_KIND_COUNT) bad = "sequence kind " + std::to_string(v) + " out of range"; break;
        case 'm': if (v >= kModeLimit) bad = "mode " + std::to_string(v) + " out of range"; break;
        case 'c': break;  // a count: checked with the register it goes with
        case 'b': break;  // data: any byte
        case 'e': if (v < EXC_Exception) bad = "exception class " + std::to_string(v) + " out of range"; break;
        case 'i': break;
        case 'j': jumps.emplace_back(pc, long(pc + info.size) + s16); break;
      }
      if (!bad.empty()) return bad + " in " + info.name + " at " + at(f, pc);
      o += operand_size(*k);
    }
    last = op;
    pc += info.size;
  }
  if (!ends_flow(last)) return "function " + std::to_string(f) + " ends without a return, jump or halt";
  return "";
}

}  // namespace

std::string verify_image(llvm::ArrayRef<uint8_t> bytes, Image& img) {
  std::string error = decode_image(bytes, img);
  if (!error.empty()) return error;
  const size_t code_size = img.code.size();
  for (size_t f = 0; f < img.functions.size(); ++f) {
    const FunctionInfo& fn = img.functions[f];
    size_t expected_start = f == 0 ? 0 : img.functions[f - 1].code_offset + 1;
    if (f == 0 ? fn.code_offset != 0 : fn.code_offset < expected_start)
      return "function " + std::to_string(f) + " code offset " + std::to_string(fn.code_offset) +
             " is out of order";
    if (fn.code_offset >= code_size) return "function " + std::to_string(f) + " starts past the code";
    if (fn.nregs > kRegisterLimit)
      return "function " + std::to_string(f) + " has " + std::to_string(fn.nregs) + " registers (at most " +
             std::to_string(kRegisterLimit) + ")";
    if (fn.nregs < fn.nparams)
      return "function " + std::to_string(f) + " has " + std::to_string(fn.nregs) +
             " registers for " + std::to_string(fn.nparams) + " parameters";
  }
  if (img.functions[0].nparams != 0 || img.functions[0].nregs < img.nglobals)
    return "the module function's frame does not hold its globals";
  // The table section: constant tables one after another (the VM checks a ref's table again).
  for (size_t off = 0; off < img.tables.size();) {
    const uint8_t* t = img.tables.data() + off;
    if (off + kTableHeaderSize > img.tables.size() || (t[2] != SEQ_RECORD && !is_array_kind(t[2])))
      return "the constant table at " + std::to_string(off) + " of the table section is malformed";
    off += kTableHeaderSize + size_t(t[0] | t[1] << 8) * elem_size(t[2], img.int_bits / 8);
    if (off > img.tables.size())
      return "a constant table runs past the end of the table section";
  }
  std::vector<bool> starts(code_size, false);
  std::vector<std::pair<size_t, long>> jumps;
  std::vector<unsigned> tuple_size(img.functions.size(), 0);
  std::vector<CallSite> calls;
  for (size_t f = 0; f < img.functions.size(); ++f) {
    jumps.clear();
    error = check_function(img, f, starts, jumps, tuple_size, calls);
    if (!error.empty()) return error;
    for (auto& j : jumps) {
      long lo = img.functions[f].code_offset, hi = long(img.code_end(f));
      if (j.second < lo || j.second >= hi || !starts[size_t(j.second)])
        return "jump to " + std::to_string(j.second) + " is not an instruction of its function, in " +
               at(f, j.first);
    }
  }
  // Handler entries: a range of whole instructions of one function, a handler that starts an
  // instruction of the same function, a class range inside Exception's (bytecode/exceptions.h).
  for (size_t i = 0; i < img.handlers.size(); ++i) {
    const Handler& h = img.handlers[i];
    std::string which = "handler entry " + std::to_string(i);
    if (h.start >= h.end || h.end > code_size || h.handler >= code_size)
      return which + " is outside the code or its range is empty";
    size_t f = img.function_at(h.start);
    if (!starts[h.start] || (h.end < code_size && !starts[h.end]) || !starts[h.handler])
      return which + " does not begin or end at an instruction, or its handler does not start one";
    if (img.function_at(h.end - 1u) != f || img.function_at(h.handler) != f)
      return which + " spans more than one function";
    if (h.first < EXC_Exception || h.first > h.last) return which + " catches no valid class range";
    if (h.reg != kNoHandlerRegister && h.reg + 2u >= img.functions[f].nregs) return which + "'s registers are outside its frame";
  }
  // A function returning a tuple writes it into its caller's R[A]..: they must be in the frame.
  for (const CallSite& c : calls) {
    if (c.callee < tuple_size.size() && tuple_size[c.callee] > 0 &&
        c.a + tuple_size[c.callee] > img.functions[c.caller].nregs)
      return "a tuple of " + std::to_string(tuple_size[c.callee]) + " returned by function " + std::to_string(c.callee) +
             " does not fit the frame, in CALL at " + at(c.caller, c.pc);
  }
  return "";
}

}  // namespace kilopy
