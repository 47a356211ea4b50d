// The static worst-case bound on the arena peak (memory_bound.h). Why it is sound, part by part
// (the VM's rules are in vm/vm.cpp and docs/memory.md):
//
// 1. The measured peak is the largest (end of the frames in use + heap footprint) at one moment,
//    so the largest frame end plus the largest footprint bounds it.
// 2. Frames. A CALL at R[A] in a frame based at b puts the callee's frame at b + A*W + 4 (the
//    call record) and ends it nregs*W later; nothing else moves the frame end. Without recursion
//    the call graph is a DAG and the highest frame end over every path of calls from the module
//    body is kStateSize + depth(module), depth(f) = max(nregs(f)*W, max over f's CALLs of
//    A*W + 4 + depth(callee)). With recursion no bound is claimed.
// 3. Heap. The footprint (arena_size - lowest block) only grows when an allocation finds no
//    free block, and then by exactly that block's size, or when an element block grows where it
//    lies (Heap::resize) into the frames' free space, and then by less than its new size. So it
//    never exceeds the sum of the
//    sizes of every block allocated in the whole run, whatever the collector frees or keeps
//    (its roots are conservative: no liveness argument is used). The sum is bounded by
//    counting how often each allocating instruction can run and what each run can allocate:
//    - An instruction that lies on no cycle of its function's control-flow graph runs at most
//      once per call of the function (a path that reached it twice would contain a cycle).
//      The module body runs once; a function runs at most the sum, over its CALL sites, of the
//      caller's count (unbounded for a site on a cycle). Counts follow the call DAG.
//    - A new sequence of n elements of size e takes an 8-byte object block plus, if n > 0, an
//      element block of 2 + n*e bytes rounded up to even; a record (kind SEQ_RECORD) is one
//      block of 2 + n*W bytes. n comes from the instruction: NEWSEQ's
//      count operand, FILL's count register, REPEAT's source length times its count register,
//      SLICE's source length (a slice is no longer).
//      Registers are followed by a constant propagation over each function's control-flow
//      graph (sound: a register is known only if every path gives it the same value; a
//      CALL forgets the registers its callee can write, and in the module body the globals).
//      A source length is known only for a sequence just built with a known length and not
//      resized since (any append, insert, pop or call forgets every known length: aliases).
//    - An append or insert allocates at most one element block, of 2 + e*c' bytes with
//      c' = c + c/2 + 2 when the length reached the capacity c, or c' = c + 1 when that does not
//      fit (no larger, so the bounds below hold for it too). With N such runs in the
//      program, L the longest sequence any counted site creates and E its largest element
//      size, the i-th growth of any sequence has c' <= g^i(L) (capacities grow by g) and
//      c' <= g(L + N - 1) (c is a length, at most L + N - 1 before the last append), so the
//      growths allocate at most sum_{i=1..N} (2 + E * min(g^i(L), g(L + N - 1))): any way of
//      sharing the N runs between sequences gives no larger sum, since the terms grow with i.
//    - A resize to a length known only at run time (M_RESIZE: extend, +=, +, slice assignment;
//      a tuple built by tuple() or +, TUPLE and TUPCAT) gets no bound: the heap is then not proved. Nor does a dict (M_DICT): its table grows
//      with its keys. Nor does a str built at run time (M_STR).
// Facts about opcodes (which allocate, which write which registers, which call) are the mode
// column of bytecode/opcodes.def (op_info(op).mode); the VM's heap handlers are the rows the
// column marks, so a new allocating opcode cannot slip past the bound.
#include "bytecode/memory_bound.h"

#include <algorithm>
#include <cstring>
#include <functional>

#include "bytecode/arith.h"
#include "bytecode/image_format.h"
#include "bytecode/opcode_info.h"
#include "bytecode/runtime.h"

namespace kilopy {

namespace {

constexpr uint64_t kMany = UINT64_MAX;  // an unbounded count or size
uint64_t add(uint64_t a, uint64_t b) { return a > kMany - b ? kMany : a + b; }
uint64_t mul(uint64_t a, uint64_t b) { return a != 0 && b > kMany / a ? kMany : a * b; }

uint64_t even(uint64_t n) { return n == kMany ? kMany : (n + 1) & ~uint64_t(1); }

// What a sequence of `kind` is called in the bound's reasons.
const char* seq_noun(uint8_t kind) { return is_array_kind(kind) ? "array" : kind == SEQ_RECORD ? "object" : "list"; }

// Bytes a new sequence of n elements of `kind` takes: a record's one block, else its object
// block and element block.
uint64_t seq_bytes(uint64_t n, uint8_t kind, unsigned width) {
  if (kind == SEQ_RECORD) return even(add(2, mul(n, width)));
  return add(kObjectSize, n == 0 ? 0 : even(add(2, mul(n, elem_size(kind, width)))));
}

// One instruction, decoded: its operand values in order ('i' and 'j' signed).
struct Ins {
  unsigned pc;
  uint8_t op;
  std::vector<long> operands;
  long operand_of(char kind) const {
    const char* k = op_info(op).kinds;
    for (size_t i = 0; k[i]; ++i)
      if (k[i] == kind) return operands[i];
    return 0;
  }
};

std::vector<Ins> decode(const Image& img, size_t f) {
  std::vector<Ins> out;
  for (unsigned pc = img.functions[f].code_offset, end = img.code_end(f); pc < end;) {
    Ins ins{pc, img.code[pc], {}};
    const OpInfo& info = op_info(ins.op);
    unsigned o = pc + 1;
    for (const char* k = info.kinds; *k; o += operand_size(*k++)) {
      if (operand_size(*k) == 2) ins.operands.push_back(int16_t(uint16_t(img.code[o] | (img.code[o + 1] << 8))));
      else ins.operands.push_back(img.code[o]);
    }
    out.push_back(ins);
    pc += info.size;
  }
  return out;
}

// What a register is known to hold: nothing, an int, or a sequence of known length and kind.
struct Val {
  enum Tag : uint8_t { UNKNOWN, INT, SEQ } tag = UNKNOWN;
  int64_t v = 0;     // the int, or the sequence's length
  uint8_t kind = 0;  // the sequence's kind
  bool operator==(const Val& o) const { return tag == o.tag && (tag == UNKNOWN || (v == o.v && kind == o.kind)); }
};
typedef std::vector<Val> Regs;

// A function's control flow, its registers' known values and its allocating instructions.
struct FunctionFacts {
  std::vector<Ins> code;
  std::vector<std::vector<size_t>> succ;  // instruction index -> successors
  std::vector<Regs> in;                   // known values on entry to each instruction
  std::vector<bool> reached;

  bool on_cycle(size_t i) const {
    std::vector<bool> seen(code.size(), false);
    std::vector<size_t> todo(succ[i]);
    while (!todo.empty()) {
      size_t j = todo.back();
      todo.pop_back();
      if (j == i) return true;
      if (seen[j]) continue;
      seen[j] = true;
      todo.insert(todo.end(), succ[j].begin(), succ[j].end());
    }
    return false;
  }
};

class Analysis {
 public:
  explicit Analysis(const Image& img) : img_(img), width_(img.int_bits / 8), n_(img.functions.size()) {}

  MemoryBound run() {
    MemoryBound b;
    b.bookkeeping = kStateSize;
    b.globals = img_.nglobals * width_;
    facts_.resize(n_);
    for (size_t f = 0; f < n_; ++f) analyse_function(f);
    call_graph();
    b.frames_proved = true;
    for (size_t f = 0; f < n_; ++f) {
      if (!reachable_[f] || !recursive(f)) continue;
      b.frames_proved = false;
      bool reported = false;  // once per group of mutually recursive functions
      for (size_t g = 0; g < f; ++g) reported = reported || (reachable_[g] && reach_[f][g] && reach_[g][f]);
      if (!reported) b.reasons.push_back(recursion_reason(f));
    }
    if (b.frames_proved) {
      b.frames = depth(0) - b.globals;
      for (size_t f = 0;;) {
        b.deepest.push_back(name(f));
        if (deepest_callee_[f] == kNone) break;
        f = deepest_callee_[f];
      }
    }
    heap(b);
    return b;
  }

 private:
  static constexpr size_t kNone = SIZE_MAX;
  const Image& img_;
  const unsigned width_;
  const size_t n_;
  std::vector<FunctionFacts> facts_;
  std::vector<std::vector<bool>> reach_;  // reach_[f][g]: f calls g, directly or not
  std::vector<bool> reachable_;           // from the module body
  std::vector<uint64_t> depth_memo_, count_memo_;
  std::vector<size_t> deepest_callee_;

  std::string name(size_t f) const {
    return img_.has_debug && !img_.functions[f].name.empty() ? img_.functions[f].name : "function " + std::to_string(f);
  }
  std::string place(size_t f, unsigned pc) const {
    unsigned line = img_.line_at(f, pc);
    return line ? "line " + std::to_string(line) : "code offset " + std::to_string(pc);
  }

  // ---- per function: control flow and constant propagation ----

  void analyse_function(size_t f) {
    FunctionFacts& ff = facts_[f];
    ff.code = decode(img_, f);
    std::vector<long> index_of(img_.code.size() + 1, -1);
    for (size_t i = 0; i < ff.code.size(); ++i) index_of[ff.code[i].pc] = long(i);
    ff.succ.resize(ff.code.size());
    for (size_t i = 0; i < ff.code.size(); ++i) {
      const Ins& ins = ff.code[i];
      const OpInfo& info = op_info(ins.op);
      if (!ends_flow(ins.op) && i + 1 < ff.code.size()) ff.succ[i].push_back(i + 1);
      for (size_t k = 0; info.kinds[k]; ++k)
        if (info.kinds[k] == 'j') ff.succ[i].push_back(size_t(index_of[size_t(long(ins.pc + info.size) + ins.operands[k])]));
    }
    // A handler is reached from wherever its range's code may stop: with the state after any
    // instruction of the range or before it (its predecessors, inside or outside the range).
    for (const Handler& h : img_.handlers) {
      if (img_.function_at(h.start) != f) continue;
      auto in_range = [&](size_t i) { return ff.code[i].pc >= h.start && ff.code[i].pc < h.end; };
      std::vector<size_t> from;
      for (size_t i = 0; i < ff.code.size(); ++i) {
        bool edge = in_range(i);
        for (size_t t : ff.succ[i]) edge = edge || in_range(t);
        if (edge) from.push_back(i);
      }
      for (size_t i : from) ff.succ[i].push_back(size_t(index_of[h.handler]));
    }
    unsigned nregs = img_.functions[f].nregs;
    ff.in.assign(ff.code.size(), Regs(nregs));
    ff.reached.assign(ff.code.size(), false);
    if (ff.code.empty()) return;
    ff.reached[0] = true;
    std::vector<size_t> work{0};
    while (!work.empty()) {
      size_t i = work.back();
      work.pop_back();
      Regs out = ff.in[i];
      transfer(f, ff.code[i], out);
      for (size_t s : ff.succ[i]) {
        bool changed = !ff.reached[s];
        if (!ff.reached[s]) {
          ff.reached[s] = true;
          ff.in[s] = out;
        } else {
          for (size_t r = 0; r < nregs; ++r)
            if (!(ff.in[s][r] == out[r]) && ff.in[s][r].tag != Val::UNKNOWN) {
              ff.in[s][r] = Val();
              changed = true;
            }
        }
        if (changed) work.push_back(s);
      }
    }
  }

  // What operand `i` of ins reads, by its kind: a register, a small int (kind x) or a global
  // (kind o; in the module body the globals are its first registers, elsewhere unknown).
  Val operand_value(size_t f, const Ins& ins, size_t i, const Regs& regs) const {
    char kind = op_info(ins.op).kinds[i];
    size_t r = size_t(ins.operands[i]);
    Val v;
    if (kind == 'x' && is_immediate(uint8_t(r))) {
      v.tag = Val::INT;
      v.v = immediate_value(uint8_t(r));
      return v;
    }
    if (kind == 'o' && r >= kRegisterLimit) {
      if (f != 0) return v;
      r -= kRegisterLimit;
    }
    return r < regs.size() ? regs[r] : v;
  }

  void transfer(size_t f, const Ins& ins, Regs& regs) const {
    const OpInfo& info = op_info(ins.op);
    auto reg = [&](size_t operand) { return operand_value(f, ins, operand, regs); };
    Val result;
    bool known_result = false;
    if (info.has(M_LOAD_I)) {
      result.tag = Val::INT, result.v = ins.operand_of('i'), known_result = true;
    } else if (info.has(M_LOAD_K) && size_t(ins.operand_of('k')) < img_.constants.size()) {
      result.tag = Val::INT, result.v = img_.constants[size_t(ins.operand_of('k'))], known_result = true;
    } else if (info.has(M_COPY)) {
      result = reg(1), known_result = true;
    } else if (info.has(M_NEW)) {
      uint64_t n;
      uint8_t kind;
      if (new_length(f, ins, regs, n, kind) && n <= uint64_t(INT64_MAX))
        result.tag = Val::SEQ, result.v = int64_t(n), result.kind = kind, known_result = true;
    }
    if (info.has(M_GROW | M_RESIZE | M_SHRINK | M_CALL))
      for (Val& v : regs)
        if (v.tag == Val::SEQ) v = Val();
    if (info.has(M_CALL)) {
      // The callee's frame overlaps R[A+k].., its RETM writes R[A].., and its SETGs write the
      // module body's first registers.
      size_t from = f == 0 ? 0 : size_t(ins.operands[0]);
      for (size_t r = from; r < regs.size(); ++r) regs[r] = Val();
    }
    for (const auto& w : written_registers(ins.op)) {
      size_t r = size_t(ins.operands[w.first]) + w.second;
      if (r < regs.size()) regs[r] = Val();
    }
    if (known_result && size_t(ins.operands[0]) < regs.size()) regs[size_t(ins.operands[0])] = result;
  }

  // The length and kind of the sequence a creating instruction builds, if the registers tell.
  bool new_length(size_t f, const Ins& ins, const Regs& regs, uint64_t& n, uint8_t& kind) const {
    auto val = [&](size_t operand) { return operand_value(f, ins, operand, regs); };
    auto count = [](const Val& v) { return uint64_t(v.v < 0 ? 0 : v.v); };
    const OpInfo& info = op_info(ins.op);
    const char* kinds = info.kinds;
    size_t last_x = std::strrchr(kinds, 'x') ? size_t(std::strrchr(kinds, 'x') - kinds) : 0;
    if (info.has(M_NEW_C)) {
      n = uint64_t(ins.operand_of('c'));
      kind = uint8_t(ins.operand_of('t'));
      return true;
    }
    if (info.has(M_NEW_X)) {
      Val c = val(last_x);
      n = count(c);
      kind = uint8_t(ins.operand_of('t'));
      return c.tag == Val::INT;
    }
    if (info.has(M_NEW_R)) {  // a list of len(range(the three value operands))
      Val start = val(1), stop = val(2), step = val(3);
      n = step.v == 0 ? 0 : range_length<int64_t>(start.v, stop.v, step.v);
      kind = SEQ_LIST;
      return start.tag == Val::INT && stop.tag == Val::INT && step.tag == Val::INT;
    }
    Val src = val(size_t(std::strchr(kinds, 'o') - kinds));
    size_t table = size_t(src.v >> 1);  // a constant table's value: 2 * its offset + 1
    if (src.tag == Val::INT && src.v > 0 && (src.v & 1) && table + kTableHeaderSize <= img_.tables.size()) {
      src.tag = Val::SEQ;  // a tuple in the image: its length is there
      src.v = img_.tables[table] | img_.tables[table + 1] << 8;
      src.kind = SEQ_RECORD;
    }
    if (info.has(M_NEW_O)) {  // at most len(the object operand)
      n = uint64_t(src.v);
      kind = src.kind;
      return src.tag == Val::SEQ;
    }
    if (info.has(M_NEW_L)) {  // a list of len(the object operand) elements
      n = uint64_t(src.v);
      kind = src.kind == SEQ_LIST_REF || src.kind == SEQ_LIST_STR ? src.kind : uint8_t(SEQ_LIST);
      return src.tag == Val::SEQ;
    }
    // M_NEW_OX: len(the object operand) times the value operand
    Val c = val(last_x);
    n = mul(uint64_t(src.v), count(c));
    kind = src.kind;
    return src.tag == Val::SEQ && c.tag == Val::INT;
  }

  // ---- the call graph ----

  void call_graph() {
    reach_.assign(n_, std::vector<bool>(n_, false));
    for (size_t f = 0; f < n_; ++f)
      for (size_t i = 0; i < facts_[f].code.size(); ++i)
        if (op_info(facts_[f].code[i].op).has(M_CALL) && facts_[f].reached[i]) reach_[f][callee(facts_[f].code[i])] = true;
    for (size_t k = 0; k < n_; ++k)
      for (size_t f = 0; f < n_; ++f)
        if (reach_[f][k])
          for (size_t g = 0; g < n_; ++g)
            if (reach_[k][g]) reach_[f][g] = true;
    reachable_.assign(n_, false);
    for (size_t g = 0; g < n_; ++g) reachable_[g] = g == 0 || reach_[0][g];
    depth_memo_.assign(n_, kMany);
    count_memo_.assign(n_, kMany - 1);  // kMany - 1: not computed yet
    deepest_callee_.assign(n_, kNone);
  }

  size_t callee(const Ins& ins) const { return size_t(ins.operand_of('f')); }
  bool recursive(size_t f) const { return reach_[f][f]; }

  std::string recursion_reason(size_t f) const {
    const FunctionFacts& ff = facts_[f];
    for (size_t i = 0; i < ff.code.size(); ++i) {
      if (!op_info(ff.code[i].op).has(M_CALL) || !ff.reached[i]) continue;
      size_t g = callee(ff.code[i]);
      if (g == f) return "recursion in " + name(f) + " (" + place(f, ff.code[i].pc) + ")";
      if (reach_[g][f]) return "recursion in " + name(f) + " (" + place(f, ff.code[i].pc) + ": calls " + name(g) + ", which calls " + name(f) + " back)";
    }
    return "recursion in " + name(f);
  }

  // Bytes from the start of f's frame to the highest frame end below it (no recursion).
  uint64_t depth(size_t f) {
    if (depth_memo_[f] != kMany) return depth_memo_[f];
    uint64_t d = uint64_t(img_.functions[f].nregs) * width_;
    for (size_t i = 0; i < facts_[f].code.size(); ++i) {
      const Ins& ins = facts_[f].code[i];
      if (!op_info(ins.op).has(M_CALL) || !facts_[f].reached[i]) continue;
      uint64_t end = uint64_t(ins.operands[0]) * width_ + kCallRecordSize + depth(callee(ins));
      if (end > d) d = end, deepest_callee_[f] = callee(ins);
    }
    return depth_memo_[f] = d;
  }

  // How often f can run in the whole program (kMany: unboundedly often).
  uint64_t count(size_t f) {
    if (f == 0) return 1;
    if (!reachable_[f]) return 0;
    if (recursive(f)) return kMany;
    if (count_memo_[f] != kMany - 1) return count_memo_[f];
    uint64_t c = 0;
    for (size_t g = 0; g < n_; ++g)
      for (size_t i = 0; i < facts_[g].code.size(); ++i) {
        const Ins& ins = facts_[g].code[i];
        if (reachable_[g] && op_info(ins.op).has(M_CALL) && facts_[g].reached[i] && callee(ins) == f)
          c = add(c, facts_[g].on_cycle(i) ? kMany : count(g));
      }
    return count_memo_[f] = c;
  }

  // Why f can run unboundedly often (count(f) == kMany).
  std::string many_reason(size_t f) {
    if (recursive(f)) return name(f) + " is recursive";
    for (size_t g = 0; g < n_; ++g)
      for (size_t i = 0; i < facts_[g].code.size(); ++i) {
        const Ins& ins = facts_[g].code[i];
        if (!op_info(ins.op).has(M_CALL) || !facts_[g].reached[i] || callee(ins) != f || !reachable_[g]) continue;
        if (facts_[g].on_cycle(i)) return name(g) + " calls " + name(f) + " in a loop at " + place(g, ins.pc);
        if (count(g) == kMany) return name(g) + " calls " + name(f) + " at " + place(g, ins.pc) + ", and " + many_reason(g);
      }
    return name(f) + " runs many times";
  }

  // ---- the heap ----

  void heap(MemoryBound& b) {
    b.heap_proved = true;
    uint64_t total = 0, growths = 0, longest = 0;
    uint8_t widest = 0;
    for (size_t f = 0; f < n_; ++f) {
      if (!reachable_[f]) continue;
      const FunctionFacts& ff = facts_[f];
      for (size_t i = 0; i < ff.code.size(); ++i) {
        const Ins& ins = ff.code[i];
        const OpInfo& info = op_info(ins.op);
        const bool creates = info.has(M_NEW), grows = info.has(M_GROW);
        if (info.has(M_RESIZE) && ff.reached[i]) {
          b.heap_proved = false;
          b.reasons.push_back(info.has(M_WA)  // a new record (TUPLE, TUPCAT), not a list resized in place
                                  ? "tuple built by tuple() or + at " + place(f, ins.pc) + " (its length is known only at run time)"
                                  : "list resized by extend, += or a slice assignment at " + place(f, ins.pc) +
                                        " (to a length known only at run time)");
          continue;
        }
        if (info.has(M_STR) && ff.reached[i] && (!info.has(M_STROP) || str_op_allocates(uint8_t(ins.operand_of('m'))))) {
          b.heap_proved = false;
          std::string why = "str built at " + place(f, ins.pc) + " (its length is known only at run time)";
          if (b.reasons.empty() || b.reasons.back() != why) b.reasons.push_back(why);
          continue;
        }
        if (info.has(M_DICT) && ff.reached[i]) {  // a row with a DictOp mode grows a dict only for setdefault
          if (std::strchr(info.kinds, 'm') && (ins.operand_of('m') & ~(DICT_BOOLS | DICT_STRS)) != DICT_SETDEFAULT) continue;
          b.heap_proved = false;
          std::string why = "dict created or grown at " + place(f, ins.pc) + " (its table grows with its keys, known only at run time)";
          if (b.reasons.empty() || b.reasons.back() != why) b.reasons.push_back(why);
          continue;
        }
        if (!(creates || grows) || !ff.reached[i]) continue;
        std::string what = grows ? op_lower(ins.op) : "list or array created";
        uint64_t n = 0;
        uint8_t kind = SEQ_LIST;
        bool sized = !creates || new_length(f, ins, ff.in[i], n, kind);
        if (creates && !sized) {
          b.heap_proved = false;
          b.reasons.push_back(std::string(seq_noun(kind)) + " size depends on a value computed at run time at " + place(f, ins.pc));
          continue;
        }
        if (creates) what = std::string(seq_noun(kind)) + " created";
        uint64_t runs = ff.on_cycle(i) ? kMany : count(f);
        if (runs == kMany) {
          b.heap_proved = false;
          if (ff.on_cycle(i)) b.reasons.push_back(what + " in a loop at " + place(f, ins.pc));
          else b.reasons.push_back(what + " at " + place(f, ins.pc) + " runs unboundedly often: " + many_reason(f));
          continue;
        }
        if (runs == 0) continue;
        ++b.sites;
        if (grows) {
          growths = add(growths, runs);
          continue;
        }
        total = add(total, mul(runs, seq_bytes(n, kind, width_)));
        longest = std::max(longest, n);
        widest = std::max(widest, elem_size(kind, width_));
      }
    }
    if (!b.heap_proved) return;
    // Growths (append, insert): see the header comment.
    auto g = [](uint64_t c) { return add(add(c, c / 2), 2); };
    if (widest == 0) widest = uint8_t(width_);
    uint64_t cap = longest, limit = growths ? g(add(longest, growths) - 1) : 0;
    for (uint64_t i = 1; i <= growths; ++i) {
      cap = g(cap);
      if (cap >= limit) {  // every later growth is bounded by the same limit
        total = add(total, mul(growths - i + 1, even(add(2, mul(widest, limit)))));
        break;
      }
      total = add(total, even(add(2, mul(widest, cap))));
    }
    b.heap = total;
  }

  static std::string op_lower(uint8_t op) {
    std::string s = op_info(op).name;
    for (char& c : s) c = char(c >= 'A' && c <= 'Z' ? c - 'A' + 'a' : c);
    return s;
  }
};

}  // namespace

MemoryBound memory_bound(const Image& image) { return Analysis(image).run(); }


}  // namespace kilopy
