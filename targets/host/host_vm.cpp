#include "targets/host/host_vm.h"

#include <cstring>

#include "bytecode/image_format.h"
#include "bytecode/opcode_info.h"
#include "targets/host/host_port.h"

KP_DECLARE_VM_API(kp16)
KP_DECLARE_VM_API(kp32)

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

constexpr uint64_t kSlice = 1u << 22;  // instructions per run() call between progress reports

int64_t read_int(const uint8_t* arena, unsigned offset, unsigned width) {
  if (width == 2) { int16_t v; std::memcpy(&v, arena + offset, 2); return v; }
  int32_t v;
  std::memcpy(&v, arena + offset, 4);
  return v;
}

uint16_t read16(const uint8_t* p) { uint16_t v; std::memcpy(&v, p, 2); return v; }


// The pcs of the active frames, innermost first: the failing instruction, then each caller's
// CALL instruction, found through the call records.
std::vector<unsigned> frame_pcs(const RunResult& r, const uint8_t* arena) {
  std::vector<unsigned> pcs{r.state.pc};
  unsigned base = r.state.base;
  for (unsigned d = r.state.depth; d > 1 && base >= kCallRecordSize; --d) {
    const uint8_t* record = arena + base - kCallRecordSize;
    pcs.push_back(unsigned(read16(record)) - op_info(OP_CALL).size);
    base = read16(record + 2);
  }
  return pcs;
}

// True if the CALL that failed at r.state.pc calls a function already active (recursion).
bool recursive_call(const Image& image, const RunResult& r, const uint8_t* arena) {
  unsigned callee = image.code[r.state.pc + 2];
  for (unsigned pc : frame_pcs(r, arena))
    if (image.function_at(pc) == callee) return true;
  return false;
}

// The exception a stop is reported as: a call that runs out of arena is a RecursionError
// when it recurses, else a MemoryError.
const char* exception_name(const Image& image, const RunResult& r, const uint8_t* arena) {
  if (r.status == KP_ERR_RECURSION && r.state.depth < kMaxDepth && r.state.pc < image.code.size() &&
      image.code[r.state.pc] == OP_CALL &&
      !recursive_call(image, r, arena))
    return "MemoryError";
  return kExceptions[r.status - KP_ERR_ZERO_DIV];
}

// The kind byte of the object a register refers to (SEQ_LIST if it cannot be read).
uint8_t object_kind(const uint8_t* arena, uint32_t arena_size, int64_t ref) {
  if (ref < 0 || ref + kObjectSize > arena_size) return SEQ_LIST;
  return arena[ref + 2] < SEQ_KIND_COUNT ? arena[ref + 2] : uint8_t(SEQ_LIST);
}

uint16_t object_len(const uint8_t* arena, uint32_t arena_size, int64_t ref) {
  if (ref < 0 || ref + kObjectSize > arena_size) return 0;
  return read16(arena + ref + 4);
}

// CPython's words for a value that does not fit an array element.
std::string array_overflow(uint8_t kind, int64_t v) {
  const char* what = kind == SEQ_ARRAY_b ? "signed char" : kind == SEQ_ARRAY_B ? "unsigned byte integer" : "signed short integer";
  int64_t lo = kind == SEQ_ARRAY_b ? -128 : kind == SEQ_ARRAY_B ? 0 : -32768;
  return std::string(what) + (v < lo ? " is less than minimum" : " is greater than maximum");
}

bool array_fits(uint8_t kind, int64_t v) {
  if (kind == SEQ_ARRAY_b) return v >= -128 && v <= 127;
  if (kind == SEQ_ARRAY_B) return v >= 0 && v <= 255;
  if (kind == SEQ_ARRAY_h) return v >= -32768 && v <= 32767;
  return true;
}

// The message after "ExceptionName: " for a stop at pc, with the details the arena still holds.
std::string detail(const Image& image, const RunResult& r, const uint8_t* arena, uint32_t arena_size) {
  const unsigned width = image.int_bits / 8;
  const VmState& st = r.state;
  const uint8_t* ins = image.code.data() + st.pc;
  uint8_t op = st.pc < image.code.size() ? ins[0] : uint8_t(OP_HALT);
  auto reg = [&](unsigned i) { return read_int(arena, st.base + i * width, width); };
  // Operands as the opcode table's kinds read them: a value (x) or an object (o).
  auto val = [&](uint8_t x) { return is_immediate(x) ? int64_t(immediate_value(x)) : reg(x); };
  auto obj = [&](uint8_t x) {
    return x < kRegisterLimit ? reg(x) : read_int(arena, kStateSize + (x - kRegisterLimit) * width, width);
  };
  switch (r.status) {
    case KP_ERR_OVERFLOW: {
      const OpInfo& info = op_info(op);
      // An array element that does not fit: which value, in which array.
      if (op == OP_SETITEM) return array_overflow(object_kind(arena, arena_size, obj(ins[1])), val(ins[3]));
      if (op == OP_APPEND) return array_overflow(object_kind(arena, arena_size, obj(ins[1])), val(ins[2]));
      if (op == OP_INSERT) return array_overflow(object_kind(arena, arena_size, obj(ins[1])), val(ins[3]));
      if (op == OP_FILL) return array_overflow(ins[4], val(ins[2]));
      if (op == OP_NEWSEQ) {
        for (unsigned i = 0; i < ins[3]; ++i)
          if (!array_fits(ins[4], reg(ins[2] + i))) return array_overflow(ins[4], reg(ins[2] + i));
      }
      if (op == OP_READ)
        return "micro.read(): " + port_input().token + " at input line " + std::to_string(port_input().token_line) +
               " does not fit in a " + std::to_string(image.int_bits) + "-bit int (kilopy ints are " +
               std::to_string(image.int_bits) + "-bit; CPython's would grow)";
      if (op == OP_SUM)
        return "sum() does not fit in a " + std::to_string(image.int_bits) + "-bit int (kilopy ints are " +
               std::to_string(image.int_bits) + "-bit; CPython's would grow)";
      std::string bits = std::to_string(image.int_bits);
      std::string what;
      if (std::strcmp(info.format, "RXX") == 0)
        what = std::to_string(val(ins[2])) + " " + info.python + " " + std::to_string(val(ins[3]));
      else if (op == OP_NEG) what = "-(" + std::to_string(val(ins[2])) + ")";
      else if (op == OP_ABS) what = "abs(" + std::to_string(val(ins[2])) + ")";
      else what = "the result";
      return what + " does not fit in a " + bits + "-bit int (kilopy ints are " + bits +
             "-bit; CPython's would grow)";
    }
    case KP_ERR_ZERO_DIV:
      if (op == OP_POW) return "0.0 cannot be raised to a negative power";
      if (op == OP_MOD) return "integer modulo by zero";
      return kMessages[r.status - KP_ERR_ZERO_DIV];
    case KP_ERR_RECURSION: {
      if (st.depth >= kMaxDepth || op != OP_CALL) return "maximum recursion depth exceeded";
      const FunctionInfo& callee = image.functions[ins[2]];
      unsigned callee_base = st.base + ins[1] * width + kCallRecordSize;
      unsigned needed = callee_base + callee.nregs * width;
      std::string name = image.has_debug ? callee.name + "()" : "function " + std::to_string(ins[2]);
      std::string what = "calling " + name + " at depth " + std::to_string(st.depth) + " needs the arena up to byte " +
                         std::to_string(needed) + ", but it has " + std::to_string(arena_size) + " bytes" +
                         (st.heap < arena_size ? " and live objects hold the " + std::to_string(arena_size - st.heap) +
                                                     " bytes from byte " + std::to_string(st.heap)
                                               : std::string()) +
                         " (use --heap to give it more)";
      return recursive_call(image, r, arena) ? "maximum recursion depth exceeded: " + what : what;
    }
    case KP_ERR_MEMORY: {
      if (op != OP_CALL && st.pc != 0 && op >= OP_NEWSEQ && op < OP_COUNT) {
        unsigned frames = unsigned(st.base) + image.functions[image.function_at(st.pc)].nregs * width;
        return "cannot allocate " + std::to_string(st.request) + " bytes for a list or an array: the arena of " +
               std::to_string(arena_size) + " bytes holds " + std::to_string(arena_size - st.heap) +
               " bytes of live objects (collected) and " + std::to_string(frames) +
               " bytes of bookkeeping, globals and frames (use --heap to give it more)";
      }
      unsigned needed = kStateSize + image.functions[0].nregs * width;
      return "the module body needs " + std::to_string(needed) + " bytes of arena (" + std::to_string(kStateSize) +
             " bookkeeping + " + std::to_string(image.functions[0].nregs) + " registers of " +
             std::to_string(width) + " bytes), but it has " + std::to_string(arena_size) + " (use --heap)";
    }
    case KP_ERR_INDEX: {
      if (op == OP_POP)
        return object_len(arena, arena_size, obj(ins[2])) == 0 ? "pop from empty list" : "pop index out of range";
      bool set = op == OP_SETITEM;
      bool array = object_kind(arena, arena_size, obj(ins[set ? 1 : 2])) >= SEQ_ARRAY_b;
      return std::string(array ? "array" : "list") + (set ? " assignment" : "") + " index out of range";
    }
    case KP_ERR_BAD_INPUT:
      return std::string(kMessages[r.status - KP_ERR_ZERO_DIV]) + " '" + port_input().token + "' at input line " +
             std::to_string(port_input().token_line);
    case KP_ERR_EMPTY:
      return std::string(op == OP_MAXSEQ ? "max" : "min") + "() arg is an empty sequence";
    case KP_ERR_ASSERT:
    case KP_ERR_NAME:
    case KP_ERR_UNBOUND: {  // RAISE's string: the assert message, or the variable's name
      unsigned s = ins[2];
      std::string text = s < image.strings.size() ? image.strings[s] : "";
      if (r.status == KP_ERR_NAME) return "name '" + unqualified(text) + "' is not defined";
      if (r.status == KP_ERR_UNBOUND)
        return "cannot access local variable '" + text + "' where it is not associated with a value";
      return text;
    }
    default:
      return kMessages[r.status - KP_ERR_ZERO_DIV];
  }
}

std::string traceback(const Image& image, const RunResult& r, const uint8_t* arena, uint32_t arena_size) {
  std::vector<unsigned> pcs = frame_pcs(r, arena);
  std::string out = "Traceback (most recent call last):\n";
  for (size_t i = pcs.size(); i-- > 0;) out += frame_line(image, pcs[i]);
  std::string message = detail(image, r, arena, arena_size);
  out += exception_name(image, r, arena);
  if (!message.empty()) out += ": " + message;
  return out + "\n";
}

}  // namespace

RunResult run_image(const std::vector<uint8_t>& bytes, const Image& image, const RunOptions& options,
                    const std::function<void(const char*, size_t)>& out) {
  RunResult result;
  auto start = image.int_bits == 16 ? kp16::start : kp32::start;
  auto run = image.int_bits == 16 ? kp16::run : kp32::run;
  std::vector<uint8_t> arena(options.arena_size);
  port_output().clear();
  port_trace().clear();
  port_input() = PortInput();
  port_input().file = options.input;
  result.status = start(bytes.data(), arena.data(), uint16_t(options.arena_size));
  while (result.status == KP_OK || result.status == KP_PAUSED) {
    uint64_t slice = kSlice;
    if (options.max_steps) {
      uint64_t left = options.max_steps - result.steps;
      if (left == 0) break;
      if (left < slice) slice = left;
    }
    uint32_t budget = uint32_t(slice);
    result.status = run(bytes.data(), arena.data(), &budget);
    result.steps += slice - budget;
    if (!port_output().empty()) {
      out(port_output().data(), port_output().size());
      port_output().clear();
    }
    if (!port_trace().empty() && options.trace) options.trace(port_trace().data(), port_trace().size());
    port_trace().clear();
    if (result.status == KP_PAUSED && options.progress) options.progress(result.steps);
  }
  if (options.arena_size >= kStateSize) std::memcpy(&result.state, arena.data(), kStateSize);
  const unsigned width = image.int_bits / 8;
  result.globals_bytes = image.nglobals * width;
  // The arena's peak is the largest simultaneous use (frames in use + heap footprint); its parts
  // are those of that moment.
  result.heap_bytes = result.state.total_heap;
  if (result.state.total_peak >= kStateSize + result.globals_bytes + result.heap_bytes)
    result.frames_bytes = result.state.total_peak - kStateSize - result.globals_bytes - result.heap_bytes;
  if (result.status == KP_PAUSED) {
    result.error = "Traceback (most recent call last):\n" + frame_line(image, result.state.pc) +
                   "kilopy: stopped after " + std::to_string(result.steps) +
                   " steps (--max-steps): the program may be in an endless loop\n";
  } else if (kp_is_error(result.status)) {
    if (result.status == KP_ERR_MEMORY && options.arena_size < kStateSize) {
      result.error = "MemoryError: an arena of " + std::to_string(options.arena_size) +
                     " bytes cannot hold the VM's " + std::to_string(kStateSize) + "-byte bookkeeping\n";
    } else {
      result.error = traceback(image, result, arena.data(), options.arena_size);
    }
  } else if (result.status == KP_BAD_IMAGE || result.status == KP_BAD_WIDTH) {
    result.error = "kilopy: the VM refused the image (" +
                   std::string(result.status == KP_BAD_IMAGE ? "bad header" : "int width mismatch") + ")\n";
  }
  return result;
}

std::string check_heap(const uint8_t* arena, uint32_t arena_size, unsigned int_bits) {
  if (arena_size < kStateSize) return "";
  VmState st;
  std::memcpy(&st, arena, kStateSize);
  if (st.heap > arena_size) return "heap start " + std::to_string(st.heap) + " is past the arena";
  if (st.pin != 0) return "an object is still pinned";
  struct Block { unsigned at, size, tag; };
  std::vector<Block> blocks;
  for (unsigned at = st.heap; at < arena_size;) {
    if (at + 2 > arena_size) return "a block header at " + std::to_string(at) + " runs past the arena";
    uint16_t h = read16(arena + at);
    unsigned size = (h >> 3) << 1, tag = h & 3;
    if (h & kBlockMark) return "block " + std::to_string(at) + " is still marked";
    if (tag > BLOCK_DATA) return "block " + std::to_string(at) + " has tag " + std::to_string(tag);
    if (size < 2 || at + size > arena_size) return "block " + std::to_string(at) + " has size " + std::to_string(size);
    blocks.push_back(Block{at, size, tag});
    at += size;
  }
  std::vector<unsigned> owners(arena_size, 0);
  for (const Block& b : blocks) {
    if (b.tag != BLOCK_OBJECT) continue;
    if (b.size != kObjectSize) return "object " + std::to_string(b.at) + " has size " + std::to_string(b.size);
    uint8_t kind = arena[b.at + 2];
    if (kind >= SEQ_KIND_COUNT) return "object " + std::to_string(b.at) + " has kind " + std::to_string(kind);
    unsigned len = read16(arena + b.at + 4), data = read16(arena + b.at + 6), cap = 0;
    if (data != 0) {
      const Block* d = nullptr;
      for (const Block& c : blocks)
        if (c.at == data) d = &c;
      if (!d || d->tag != BLOCK_DATA) return "object " + std::to_string(b.at) + " points to no element block";
      if (owners[data]++) return "element block " + std::to_string(data) + " has two owners";
      cap = d->size - 2;  // in bytes
    }
    // Bytes per element (docs/memory.md): the int width for ints, an offset for a list of lists.
    unsigned es = kind == SEQ_LIST ? int_bits / 8 : kind == SEQ_LIST_REF || kind == SEQ_ARRAY_h ? 2 : 1;
    if (len * es > cap) return "object " + std::to_string(b.at) + " is longer than its storage";
  }
  return "";
}

}  // namespace kilopy
