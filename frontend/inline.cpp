#include "frontend/inline.h"

#include <map>
#include <set>

#include "bytecode/encoder.h"
#include "bytecode/image_format.h"
#include "bytecode/opcode_info.h"

// Why an inlined call keeps CPython's semantics: the callee's instructions run on the very
// registers its frame would have occupied (R[A+k].. of the caller, k = the call record's
// registers), in the same order, and none of them may stop (no M_ERR row, no M_ERR_C row
// without an immediate > 0 proving it safe), so no error and no traceback can ever show the
// missing frame; codegen allocates registers as a stack, so nothing of the caller's lives at
// or above R[A] across a call. A caller that a recursion can reach keeps its calls: its depth
// must stay what CPython counts for RecursionError, and a recursive frame must not grow.

namespace kilopy {

namespace {

// One decoded instruction. A jump names its target by id, which survives insertion and removal.
struct Insn {
  uint8_t op = 0;
  std::vector<int32_t> operands;  // in kind order; the jump operand is unused (see target)
  int id = 0;
  int target = -1;  // the id a jump goes to
  uint16_t line = 0;
  uint8_t file = 0;
};

struct Body {
  std::vector<Insn> code;
  unsigned nregs = 0;
};

int operand_of(const Insn& in, char kind) {
  const char* k = op_info(in.op).kinds;
  for (int i = 0; k[i]; ++i)
    if (k[i] == kind) return i;
  return -1;
}

// Whether operand i (of kind `kind`) names a register.
bool names_register(char kind, int32_t v) {
  return kind == 'r' || ((kind == 'x' || kind == 'o') && v < int32_t(kRegisterLimit));
}

// How many registers operand i names (register_span() reads the encoded instruction).
unsigned span(const Insn& in, unsigned i) {
  std::vector<uint8_t> bytes{in.op};
  const char* k = op_info(in.op).kinds;
  for (unsigned j = 0; k[j]; ++j) {
    bytes.push_back(uint8_t(in.operands[j]));
    if (operand_size(k[j]) == 2) bytes.push_back(0);
  }
  return register_span(in.op, i, bytes.data());
}

// Whether the instruction may stop with a run-time error (or ends the program): not inlinable.
bool may_stop(const Insn& in) {
  const OpInfo& info = op_info(in.op);
  if (info.has(M_ERR | M_CALL | M_TUPLE)) return true;
  if (info.has(M_END) && !info.has(M_RET) && operand_of(in, 'j') < 0) return true;  // HALT
  if (info.has(M_ERR_C)) {
    int last = -1;
    for (int i = 0; info.kinds[i]; ++i)
      if (info.kinds[i] == 'x') last = i;
    return last < 0 || !is_immediate(uint8_t(in.operands[last])) || immediate_value(uint8_t(in.operands[last])) <= 0;
  }
  return false;
}

class Inliner {
 public:
  explicit Inliner(Image& image) : img_(image), record_(call_record_regs(image.int_bits)) {}

  void run() {
    size_t n = img_.functions.size();
    for (size_t f = 0; f < n; ++f) bodies_.push_back(decode(f));
    std::vector<bool> catches(n, false);  // the function has handler entries
    for (const Handler& h : img_.handlers) {
      size_t f = img_.function_at(h.start);
      catches[f] = true;
      handlers_.push_back(HandlerIds{f, id_of_pc_.at(h.start), h.end < img_.code_end(f) ? id_of_pc_.at(h.end) : -1,
                                     id_of_pc_.at(h.handler), h.first, h.last, h.reg});
    }
    std::vector<std::vector<bool>> reach(n, std::vector<bool>(n, false));
    for (size_t f = 0; f < n; ++f) reach_from(f, f, reach);
    std::vector<bool> reached_by_cycle(n, false);
    for (size_t c = 0; c < n; ++c)
      if (reach[c][c])
        for (size_t g = 0; g < n; ++g) reached_by_cycle[g] = reached_by_cycle[g] || g == c || reach[c][g];
    std::vector<bool> seen(n, false), inlinable(n, false);
    std::vector<size_t> order;
    for (size_t f = 0; f < n; ++f) postorder(f, seen, order);
    for (size_t g : order) {
      if (!reached_by_cycle[g]) {
        std::vector<Insn>& code = bodies_[g].code;
        for (size_t i = 0; i < code.size(); ++i) {
          if (!op_info(code[i].op).has(M_CALL)) continue;
          size_t f = size_t(code[i].operands[size_t(operand_of(code[i], 'f'))]);
          if (inlinable[f] && code[i].operands[0] + record_ + bodies_[f].nregs <= kRegisterLimit)
            i = inline_at(g, i, f) - 1;
        }
      }
      inlinable[g] = g != 0 && !catches[g] && leaf_without_errors(bodies_[g]) &&
                     (bodies_[g].code.size() <= kInlineLimit || call_sites(g) == 1);
    }
    // Their flow passes know no handler edges; with a handler anywhere, an error need not end
    // the program, which may then read a global a callee kept in a register.
    for (size_t g = 1; g < n && img_.handlers.empty(); ++g)
      for (unsigned global = 0; global < img_.nglobals; ++global) promote_global(g, global);
    for (size_t g = 0; g < n; ++g)
      if (!catches[g]) reuse_constants(g);
    encode();
  }

 private:
  Body decode(size_t f) {
    Body body;
    body.nregs = img_.functions[f].nregs;
    std::map<long, int> id_at;
    std::vector<std::pair<size_t, long>> jumps;  // (instruction, target pc)
    for (unsigned pc = img_.functions[f].code_offset, end = img_.code_end(f); pc < end;) {
      Insn in;
      in.op = img_.code[pc];
      const OpInfo& info = op_info(in.op);
      unsigned o = pc + 1;
      for (const char* k = info.kinds; *k; o += operand_size(*k), ++k) {
        int32_t v = operand_size(*k) == 2 ? int16_t(uint16_t(img_.code[o] | (img_.code[o + 1] << 8))) : img_.code[o];
        if (*k == 'j') jumps.emplace_back(body.code.size(), long(pc + info.size) + v);
        in.operands.push_back(*k == 'j' ? 0 : v);
      }
      in.id = next_id_++;
      in.line = uint16_t(img_.line_at(f, pc));
      in.file = uint8_t(img_.file_at(f, pc));
      id_at[pc] = in.id;
      id_of_pc_[pc] = in.id;
      body.code.push_back(in);
      pc += info.size;
    }
    for (auto& j : jumps) body.code[j.first].target = id_at.at(j.second);
    return body;
  }

  void reach_from(size_t from, size_t f, std::vector<std::vector<bool>>& reach) {
    for (const Insn& in : bodies_[f].code) {
      if (!op_info(in.op).has(M_CALL)) continue;
      size_t callee = size_t(in.operands[size_t(operand_of(in, 'f'))]);
      if (!reach[from][callee]) {
        reach[from][callee] = true;
        reach_from(from, callee, reach);
      }
    }
  }

  void postorder(size_t f, std::vector<bool>& seen, std::vector<size_t>& order) {
    if (seen[f]) return;
    seen[f] = true;
    for (const Insn& in : bodies_[f].code)
      if (op_info(in.op).has(M_CALL)) postorder(size_t(in.operands[size_t(operand_of(in, 'f'))]), seen, order);
    order.push_back(f);
  }

  static bool leaf_without_errors(const Body& body) {
    for (const Insn& in : body.code)
      if (may_stop(in)) return false;
    return true;
  }

  size_t call_sites(size_t f) const {
    size_t n = 0;
    for (const Body& b : bodies_)
      for (const Insn& in : b.code)
        n += op_info(in.op).has(M_CALL) && size_t(in.operands[size_t(operand_of(in, 'f'))]) == f;
    return n;
  }

  // Whether callee register r is read only as a single register in an operand that takes
  // `value` (a register byte, or an immediate: only 'x' operands take one) and never written.
  static bool replaceable(const Body& callee, unsigned r, int32_t value) {
    for (const Insn& in : callee.code) {
      const OpInfo& info = op_info(in.op);
      for (auto& w : written_registers(in.op))
        if (unsigned(in.operands[w.first]) + w.second == r) return false;
      for (unsigned i = 0; info.kinds[i]; ++i) {
        if (!names_register(info.kinds[i], in.operands[i])) continue;
        unsigned first = unsigned(in.operands[i]), n = span(in, i);
        if (r < first || r >= first + n) continue;
        if (n > 1 || (is_immediate(uint8_t(value)) && info.kinds[i] != 'x')) return false;
      }
    }
    return true;
  }

  // The register every return of `callee` returns, if each returns the same one (or None) and
  // it is no parameter and in no multi-register span: it can live in the caller's R[A].
  static int returned_register(const Body& callee, unsigned nparams) {
    int v = -1;
    for (const Insn& in : callee.code) {
      if (!op_info(in.op).has(M_RET) || in.operands.empty()) continue;
      int32_t x = in.operands[0];
      if (is_immediate(uint8_t(x)) || (v >= 0 && x != v)) return -1;
      v = x;
    }
    if (v < int(nparams)) return -1;
    for (const Insn& in : callee.code) {
      const OpInfo& info = op_info(in.op);
      for (unsigned i = 0; info.kinds[i]; ++i) {
        if (!names_register(info.kinds[i], in.operands[i])) continue;
        unsigned first = unsigned(in.operands[i]), n = span(in, i);
        if (n > 1 && unsigned(v) >= first && unsigned(v) < first + n) return -1;
      }
    }
    return v;
  }

  // Before the CALL at code[i] of g is replaced by a copy of f: for each parameter f never
  // names (an inlined method's unused `self`), the argument's load or copy into its register
  // goes, when it is the last instruction before the call to name that register and none in
  // between calls, jumps or is a jump's target (the register lies above the caller's stack
  // top: nothing after the call reads it). Returns the call's new index.
  size_t drop_unused_arguments(size_t g, size_t i, size_t f) {
    std::vector<Insn>& code = bodies_[g].code;
    const Body& callee = bodies_[f];
    const int32_t base = code[i].operands[0] + int32_t(record_);
    std::set<int> targets;
    for (const Insn& in : code)
      if (in.target >= 0) targets.insert(resolve(in.target));
    auto names = [](const Insn& in, int32_t r) {
      const OpInfo& info = op_info(in.op);
      for (unsigned k = 0; info.kinds[k]; ++k)
        if (names_register(info.kinds[k], in.operands[k]) && r >= in.operands[k] &&
            r < in.operands[k] + int32_t(span(in, k)))
          return true;
      return false;
    };
    for (unsigned p = 0; p < img_.functions[f].nparams; ++p) {
      bool used = false;
      for (const Insn& in : callee.code) used = used || names(in, int32_t(p));
      if (used || targets.count(code[i].id)) continue;
      const int32_t r = base + int32_t(p);
      for (size_t k = i; k-- > 0;) {
        const Insn& in = code[k];
        const OpInfo& info = op_info(in.op);
        if (info.has(M_CALL) || operand_of(in, 'j') >= 0 || targets.count(in.id)) break;
        if (!names(in, r)) continue;
        if (info.has(M_COPY | M_LOAD_I | M_LOAD_K) && in.operands[0] == r && !(info.has(M_COPY) && in.operands[1] == r)) {
          alias_[in.id] = code[k + 1].id;
          code.erase(code.begin() + long(k));
          --i;
        }
        break;
      }
    }
    return i;
  }

  // Replaces the CALL at code[i] of g by a copy of f; returns the index after the copy.
  size_t inline_at(size_t g, size_t i, size_t f) {
    i = drop_unused_arguments(g, i, f);
    std::vector<Insn>& code = bodies_[g].code;
    const Body& callee = bodies_[f];
    const Insn call = code[i];
    const int32_t a = call.operands[0], base = a + int32_t(record_);
    const unsigned nparams = img_.functions[f].nparams;
    std::vector<int32_t> map(kRegisterLimit);
    for (unsigned r = 0; r < kRegisterLimit; ++r) map[r] = base + int32_t(r);
    // Arguments moved into place right before the call (no jump lands between): the callee
    // reads the MOVE's source instead, when nothing can change it meanwhile (below R[A], not a
    // global of the module frame, which the callee's SETG writes).
    std::set<int> targets;
    for (const Insn& in : code)
      if (in.target >= 0) targets.insert(resolve(in.target));  // where it lands now
    std::vector<bool> set(nparams, false);
    size_t first = i;
    while (first > 0 && !targets.count(code[first].id)) {
      const Insn& m = code[first - 1];
      if (!op_info(m.op).has(M_COPY)) break;
      int32_t p = m.operands[0] - base, x = m.operands[1];
      if (p < 0 || p >= int32_t(nparams) || set[size_t(p)]) break;
      bool stable = is_immediate(uint8_t(x)) || (x < a && !(g == 0 && x < int32_t(img_.nglobals)));
      if (!stable || !replaceable(callee, unsigned(p), x)) break;
      set[size_t(p)] = true;
      map[size_t(p)] = x;
      --first;
    }
    int v = returned_register(callee, nparams);
    if (v >= 0) map[size_t(v)] = a;
    // The copy: relocated registers, returns as MOVE R[A] + a jump past the copy.
    const int end_id = code[i + 1].id;
    std::vector<Insn> copy;
    std::map<int, int> ids;  // callee id -> copy id
    for (const Insn& in : callee.code) ids[in.id] = next_id_++;
    for (size_t j = 0; j < callee.code.size(); ++j) {
      const Insn& in = callee.code[j];
      const OpInfo& info = op_info(in.op);
      Insn out = in;
      out.id = ids[in.id];
      out.line = call.line;
      out.file = call.file;
      if (in.target >= 0) out.target = ids.at(resolve(in.target));  // where it lands now: a removed target is aliased
      for (unsigned k = 0; info.kinds[k]; ++k)
        if (names_register(info.kinds[k], in.operands[k])) out.operands[k] = map[size_t(in.operands[k])];
      if (info.has(M_RET)) {
        int32_t x = in.operands.empty() ? immediate_operand(0) : out.operands[0];
        bool last = j + 1 == callee.code.size();
        if (x != a) {
          out.op = OP_MOVE;
          out.operands = {a, x};
          copy.push_back(out);
          if (last) continue;
          out.id = next_id_++;
        } else if (last) {  // the value is already in R[A]: nothing to do, fall through
          alias_[out.id] = end_id;
          continue;
        }
        out.op = OP_JMP;
        out.operands = {0};
        out.target = end_id;
      }
      copy.push_back(out);
    }
    if (copy.empty()) alias_[call.id] = end_id;
    else alias_[call.id] = copy.front().id;  // a jump to the call enters the copy
    for (size_t j = first; j < i; ++j) alias_[code[j].id] = j + 1 < i ? code[j + 1].id : call.id;
    code.erase(code.begin() + long(first), code.begin() + long(i) + 1);
    code.insert(code.begin() + long(first), copy.begin(), copy.end());
    bodies_[g].nregs = std::max(bodies_[g].nregs, unsigned(base) + callee.nregs);
    return first + copy.size();
  }

  // A global that a leaf function reads and writes in a loop, always through the same
  // register X (as an inlined callee's promoted global is), lives in X for the whole call: one
  // GETG at the entry and a SETG before each return replace every GETG X / SETG X of it. Sound
  // when nothing else can see the global meanwhile (no call; no allocation, so no collection;
  // no object operand naming it; a stop ends the program, which reads no global after it) and
  // when X holds the global's value wherever the code read it or returns: a forward pass
  // marks X dirty after any other write to X, clean after GETG X or SETG X, and refuses a
  // GETG X or a return while X is dirty. The instruction count only drops inside a loop.
  void promote_global(size_t g, unsigned global) {
    std::vector<Insn>& code = bodies_[g].code;
    const int32_t gbyte = int32_t(global + kRegisterLimit);  // the global as an object operand
    int x = -1;
    std::vector<bool> access(code.size(), false);
    for (size_t i = 0; i < code.size(); ++i) {
      const Insn& in = code[i];
      const OpInfo& info = op_info(in.op);
      if (info.has(M_CALL | M_ALLOCATES)) return;
      int gi = operand_of(in, 'g');
      for (unsigned k = 0; info.kinds[k]; ++k)
        if (info.kinds[k] == 'o' && in.operands[k] == gbyte) return;
      if (gi < 0 || in.operands[size_t(gi)] != int32_t(global)) continue;
      int other = gi == 0 ? 1 : 0;  // GETG rX, g (writes X) or SETG g, x (reads x)
      int32_t reg = in.operands[size_t(other)];
      if (!info.has(M_WA) && is_immediate(uint8_t(reg))) return;
      if (x >= 0 && reg != x) return;
      x = reg;
      access[i] = true;
    }
    if (x < int(img_.functions[g].nparams)) return;  // none, or a parameter: its value is live at entry
    if (access.back()) return;  // (never: a function ends with a return or a jump)
    std::map<int, size_t> index_of;
    for (size_t i = 0; i < code.size(); ++i) index_of[code[i].id] = i;
    std::vector<bool> loop = in_loop(code);
    bool accessed_in_loop = false;
    for (size_t i = 0; i < code.size(); ++i) accessed_in_loop = accessed_in_loop || (access[i] && loop[i]);
    if (!accessed_in_loop) return;
    // The forward pass: dirty[i] is whether X may differ from the global before instruction i.
    std::vector<int> dirty(code.size(), -1);  // -1: not reached yet
    std::vector<size_t> work{0};
    dirty[0] = 0;
    while (!work.empty()) {
      size_t i = work.back();
      work.pop_back();
      const Insn& in = code[i];
      const OpInfo& info = op_info(in.op);
      bool d = dirty[i] != 0;
      if (access[i]) {
        if (info.has(M_WA) && d) return;  // GETG X while X holds something else
        d = false;
      } else {
        if (info.has(M_RET) && d) return;
        for (auto& w : written_registers(in.op))
          if (in.operands[w.first] + int32_t(w.second) == x) d = true;
      }
      std::vector<size_t> next;
      if (!info.has(M_END) && i + 1 < code.size()) next.push_back(i + 1);
      if (in.target >= 0) next.push_back(index_of.at(resolve(in.target)));
      for (size_t s : next)
        if (dirty[s] < 0 || (d && dirty[s] == 0)) {
          dirty[s] = d;
          work.push_back(s);
        }
    }
    bool stored = false;
    for (size_t i = 0; i < code.size(); ++i) stored = stored || (access[i] && !op_info(code[i].op).has(M_WA));
    std::vector<Insn> out;
    Insn load = code[0];
    load.op = OP_GETG;
    load.operands = {x, int32_t(global)};
    load.id = next_id_++;
    load.target = -1;
    out.push_back(load);
    for (size_t i = 0; i < code.size(); ++i) {
      const Insn& in = code[i];
      if (access[i]) {
        alias_[in.id] = i + 1 < code.size() ? code[i + 1].id : in.id;
        continue;
      }
      if (stored && op_info(in.op).has(M_RET)) {
        Insn store = in;
        store.op = OP_SETG;
        store.operands = {int32_t(global), x};
        store.id = next_id_++;
        store.target = -1;
        for (Insn& j : code)  // a jump to the return runs the store first
          if (j.target >= 0 && resolve(j.target) == in.id) j.target = store.id;
        for (Insn& j : out)
          if (j.target >= 0 && resolve(j.target) == in.id) j.target = store.id;
        out.push_back(store);
      }
      out.push_back(in);
    }
    code = out;
  }

  // Which instructions lie in a loop: between a backward jump's target and the jump.
  std::vector<bool> in_loop(const std::vector<Insn>& code) const {
    std::map<int, size_t> index_of;
    for (size_t i = 0; i < code.size(); ++i) index_of[code[i].id] = i;
    std::vector<bool> loop(code.size(), false);
    for (size_t j = 0; j < code.size(); ++j) {
      if (code[j].target < 0) continue;
      for (size_t i = index_of.at(resolve(code[j].target)); i <= j; ++i) loop[i] = true;
    }
    return loop;
  }

  // Whether `in` loads a constant into a register: LOADI, LOADK, or MOVE of an immediate.
  static bool loads_constant(const Insn& in) {
    const OpInfo& info = op_info(in.op);
    return info.has(M_LOAD_I | M_LOAD_K) || (info.has(M_COPY) && is_immediate(uint8_t(in.operands[1])));
  }

  // Whether `in` may change register r of function g: writes it, or is a call whose callee
  // frame covers it (R[A] and up) or, in the module body, a SETG of r (the module's registers
  // are the globals) or a call whose callee may SETG it.
  bool clobbers(size_t g, const Insn& in, int32_t r) const {
    bool global = g == 0 && r < int32_t(img_.nglobals);
    if (op_info(in.op).has(M_CALL)) return in.operands[0] <= r || global;
    int gi = operand_of(in, 'g');  // a global operand: GETG reads it (writes R[A]), SETG writes it
    if (global && gi >= 0 && !op_info(in.op).has(M_WA) && in.operands[size_t(gi)] == r) return true;
    for (auto& w : written_registers(in.op))
      if (in.operands[w.first] + int32_t(w.second) == r) return true;
    return false;
  }

  // Loads of constants that need not run (the constant twice in train_step from clamp8's
  // copies, or inside random_bits' loop from next_bit's copy): a load of constant v into R
  // where R holds v on every path to it (a forward pass, like promote_global's, with R
  // "clean" after a load of v and "dirty" after anything else that may change R) is dropped;
  // when a load in a loop stays, one load at the function's entry is tried instead, kept if
  // it makes every other load of v into R unneeded. R is no parameter then (its value is live
  // at the entry), and g no module body (its prologue reads registers the cleared arena set to
  // 0, placement.h). Every read of R sees the value it saw before: a function reads a register
  // only where every path to it wrote it (codegen never reads an unwritten one).
  void reuse_constants(size_t g) {
    std::vector<Insn>& code = bodies_[g].code;
    std::set<std::vector<int32_t>> loads;  // {op, R, constant operand}
    for (const Insn& in : code)
      if (loads_constant(in)) loads.insert({in.op, in.operands[0], in.operands[1]});
    for (const std::vector<int32_t>& load : loads) {
      auto is_load = [&](const Insn& in) {
        return in.op == load[0] && in.operands[0] == load[1] && in.operands[1] == load[2];
      };
      std::vector<bool> needless = needless_loads(g, is_load, false), loop = in_loop(code);
      bool hoist = false;
      for (size_t i = 0; i < code.size(); ++i) hoist = hoist || (is_load(code[i]) && !needless[i] && loop[i]);
      if (hoist && g != 0 && load[1] >= int32_t(img_.functions[g].nparams)) {
        std::vector<bool> with_entry = needless_loads(g, is_load, true);
        for (size_t i = 0; i < code.size(); ++i) hoist = hoist && (!is_load(code[i]) || with_entry[i]);
        if (hoist) needless = with_entry;
      } else {
        hoist = false;
      }
      std::vector<Insn> out;
      if (hoist) {
        Insn entry = code[0];
        entry.op = uint8_t(load[0]);
        entry.operands = {load[1], load[2]};
        entry.id = next_id_++;
        entry.target = -1;
        out.push_back(entry);
      }
      for (size_t i = 0; i < code.size(); ++i) {
        if (needless[i]) alias_[code[i].id] = code[i + 1].id;  // (a load never ends a function)
        else out.push_back(code[i]);
      }
      code = out;
    }
  }

  // needless[i]: code[i] is a load (is_load) reached only with R already holding its constant;
  // `entry` says whether R holds it at the function's entry.
  template <class IsLoad>
  std::vector<bool> needless_loads(size_t g, IsLoad is_load, bool entry) const {
    const std::vector<Insn>& code = bodies_[g].code;
    int32_t r = -1;
    for (const Insn& in : code)
      if (is_load(in)) r = in.operands[0];
    std::map<int, size_t> index_of;
    for (size_t i = 0; i < code.size(); ++i) index_of[code[i].id] = i;
    std::vector<int> holds(code.size(), -1);  // -1: not reached yet
    std::vector<size_t> work{0};
    holds[0] = entry;
    while (!work.empty()) {
      size_t i = work.back();
      work.pop_back();
      const Insn& in = code[i];
      bool h = is_load(in) || (holds[i] == 1 && !clobbers(g, in, r));
      std::vector<size_t> next;
      if (!op_info(in.op).has(M_END) && i + 1 < code.size()) next.push_back(i + 1);
      if (in.target >= 0) next.push_back(index_of.at(resolve(in.target)));
      for (size_t s : next)
        if (holds[s] < 0 || (!h && holds[s] == 1)) {
          holds[s] = h;
          work.push_back(s);
        }
    }
    std::vector<bool> needless(code.size(), false);
    for (size_t i = 0; i < code.size(); ++i) needless[i] = is_load(code[i]) && holds[i] == 1;
    return needless;
  }

  int resolve(int id) const {
    for (auto it = alias_.find(id); it != alias_.end(); it = alias_.find(id)) id = it->second;
    return id;
  }

  // Keeps the functions the module body still reaches, renumbered in order, and re-encodes.
  void encode() {
    size_t n = bodies_.size();
    std::vector<bool> kept(n, false);
    kept[0] = true;
    for (bool grew = true; grew;) {
      grew = false;
      for (size_t f = 0; f < n; ++f)
        if (kept[f])
          for (const Insn& in : bodies_[f].code)
            if (op_info(in.op).has(M_CALL)) {
              size_t c = size_t(in.operands[size_t(operand_of(in, 'f'))]);
              grew = grew || !kept[c];
              kept[c] = true;
            }
    }
    std::vector<int32_t> index(n, -1);
    std::vector<FunctionInfo> functions;
    for (size_t f = 0; f < n; ++f)
      if (kept[f]) {
        index[f] = int32_t(functions.size());
        functions.push_back(img_.functions[f]);
      }
    CodeBuffer buf;
    std::map<int, size_t> at;
    std::vector<std::pair<size_t, int>> jumps;
    for (size_t f = 0; f < n; ++f) {
      if (!kept[f]) continue;
      FunctionInfo& fn = functions[size_t(index[f])];
      fn.code_offset = uint16_t(buf.size());
      fn.nregs = uint8_t(bodies_[f].nregs);
      fn.lines.clear();
      unsigned line = 0, file = 0;
      for (Insn in : bodies_[f].code) {
        if (op_info(in.op).has(M_CALL)) {
          int k = operand_of(in, 'f');
          in.operands[size_t(k)] = index[size_t(in.operands[size_t(k)])];
        }
        if (in.line != line || in.file != file) {
          fn.lines.push_back(LineEntry{uint16_t(buf.size()), in.line, in.file});
          line = in.line;
          file = in.file;
        }
        size_t pc = buf.emit(Op(in.op), in.operands.data(), in.operands.size());
        at[in.id] = pc;
        if (in.target >= 0) jumps.emplace_back(pc, in.target);
      }
    }
    for (auto& j : jumps) buf.patch_jump(j.first, at.at(resolve(j.second)));
    img_.code = buf.bytes();
    img_.functions = functions;
    // The handler table at the new pcs (a function with entries is never inlined: it is kept
    // while the module reaches it, and an inlined copy inside a range lies between its ends).
    img_.handlers.clear();
    for (const HandlerIds& h : handlers_) {
      if (!kept[h.function]) continue;
      size_t f = size_t(index[h.function]);
      uint16_t end = uint16_t(h.end >= 0 ? at.at(resolve(h.end)) : img_.code_end(f));
      img_.handlers.push_back(Handler{uint16_t(at.at(resolve(h.start))), end, uint16_t(at.at(resolve(h.handler))), h.first, h.last, h.reg});
    }
  }

  // A handler entry by the ids of its instructions (end -1: the function's end).
  struct HandlerIds {
    size_t function;
    int start, end, handler;
    uint8_t first, last, reg;
  };

  Image& img_;
  const unsigned record_;
  std::map<long, int> id_of_pc_;  // every instruction's id by its pc before inlining
  std::vector<HandlerIds> handlers_;
  std::vector<Body> bodies_;
  std::map<int, int> alias_;  // a removed instruction's id -> the id that takes its place
  int next_id_ = 0;
};

}  // namespace

void inline_functions(Image& image) { Inliner(image).run(); }

}  // namespace kilopy
