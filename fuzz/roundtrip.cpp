// fuzz/roundtrip: the fuzz bytes drive a small generator of *valid* kilopy programs (globals,
// functions calling earlier functions, one bounded recursion, if/elif/else, for-range and
// while loops with bounded trip counts, break/continue, every int operator with // and %
// guarded, prints). Each program is compiled at both widths and must pass:
//   1. it compiles; the only CompileErrors allowed are a folded constant out of range and a
//      frame over the register limit (a call record takes two registers at 16 bits and one at
//      32, so nested calls can pass it at 16 bits only);
//   2. encode(decode(x)) == x, with and without the debug section;
//   3. the verifier accepts both encodings, and the disassembler lists them;
//   4. the run ends with a defined status: halted or a Python error, never paused (the
//      program is bounded by construction), refused, or out of memory (an 8192-byte arena);
//   5. the stripped image runs exactly like the full one;
//   6. the widths agree: unless the 16-bit run stops with OverflowError, both runs print the
//      same bytes and stop the same way; if it does, it printed a prefix of the 32-bit output;
//      an OverflowError at 32 bits implies one at 16 bits.
#include <fuzzer/FuzzedDataProvider.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>

#include <algorithm>
#include <string>
#include <vector>

#include "bytecode/disasm.h"
#include "bytecode/verify.h"
#include "frontend/compile.h"
#include "frontend/diagnostic.h"
#include "frontend/registers.h"
#include "targets/host/host_vm.h"

namespace {

using namespace kilopy;

class Generator {
 public:
  explicit Generator(FuzzedDataProvider& in) : in_(in) {}

  std::string program() {
    int nglobals = pick(1, 4);
    for (int i = 0; i < nglobals; ++i) {
      globals_.push_back("g" + std::to_string(i));
      line(globals_.back() + " = " + literal());
    }
    names_ = globals_;
    int nfuncs = pick(0, 3);
    for (int i = 0; i < nfuncs; ++i) function(i);
    has_rec_ = flip();
    if (has_rec_) recursive();
    in_function_ = false;
    names_ = globals_;
    int n = pick(2, 10);
    for (int i = 0; i < n && budget_ > 0; ++i) statement(0);
    line("print(" + join_names() + ")");
    return out_;
  }

 private:
  FuzzedDataProvider& in_;
  std::string out_;
  std::string indent_;
  std::vector<std::string> globals_, names_;
  std::vector<int> arity_;  // of f0, f1, ...
  int callable_ = 0;        // functions f0..f(callable_-1) may be called here
  int calls_left_ = 0;      // calls still allowed in the current function body
  bool has_rec_ = false, in_function_ = false;
  int loops_ = 0, fresh_ = 0, budget_ = 40;

  int pick(int lo, int hi) { return in_.ConsumeIntegralInRange<int>(lo, hi); }
  bool flip() { return in_.ConsumeBool(); }
  void line(const std::string& s) { out_ += indent_ + s + "\n"; }
  void push() { indent_ += "    "; }
  void pop() { indent_.resize(indent_.size() - 4); }

  std::string join_names() {
    std::string s;
    for (const std::string& n : names_) s += (s.empty() ? "" : ", ") + n;
    return s;
  }

  std::string literal() {
    switch (pick(0, 9)) {
      case 0: return std::to_string(pick(-32768, 32767));
      case 1: return std::to_string(in_.ConsumeIntegral<int32_t>());  // may not fit at 16 bits
      case 2: return "-" + std::to_string(pick(0, 300));
      default: return std::to_string(pick(0, 300));
    }
  }

  std::string name() { return names_[size_t(pick(0, int(names_.size()) - 1))]; }

  std::string call(int depth) {
    int f = pick(0, callable_ - 1);
    --calls_left_;
    std::string s = "f" + std::to_string(f) + "(";
    for (int i = 0; i < arity_[size_t(f)]; ++i) s += (i ? ", " : "") + expr(depth + 1);
    return s + ")";
  }

  std::string expr(int depth = 0) {
    if (depth >= 3 || in_.remaining_bytes() == 0) return flip() ? name() : literal();
    switch (pick(0, 15)) {
      case 0: return literal();
      case 1: case 2: return name();
      case 3: {
        static const char* const ops[] = {"+", "-", "*", "&", "|", "^"};
        return "(" + expr(depth + 1) + " " + ops[pick(0, 5)] + " " + expr(depth + 1) + ")";
      }
      case 4: {  // // and %, guarded the way programs do it (now and then not at all)
        const char* op = flip() ? "//" : "%";
        std::string d = expr(depth + 1);
        switch (pick(0, 5)) {
          case 0: return "(" + expr(depth + 1) + " " + op + " " + d + ")";
          case 1: return "(" + expr(depth + 1) + " " + op + " (" + d + " if " + d + " != 0 else 7))";
          default: return "(" + expr(depth + 1) + " " + op + " (" + d + " or 1))";
        }
      }
      case 5: return "(" + expr(depth + 1) + " ** " + std::to_string(pick(0, 5)) + ")";
      case 6: return "(" + expr(depth + 1) + " << (" + expr(depth + 1) + " & " + std::to_string(pick(0, 40)) + "))";
      case 7: return "(" + expr(depth + 1) + " >> (" + expr(depth + 1) + " & " + std::to_string(pick(0, 40)) + "))";
      case 8: {
        static const char* const ops[] = {"-", "~", "+", "-(-"};
        int k = pick(0, 3);
        return std::string("(") + ops[k] + expr(depth + 1) + (k == 3 ? "))" : ")");
      }
      case 9: {
        static const char* const fns[] = {"abs", "min", "max"};
        int k = pick(0, 2);
        std::string s = std::string(fns[k]) + "(" + expr(depth + 1);
        if (k) for (int i = pick(1, 3); i > 0; --i) s += ", " + expr(depth + 1);
        return s + ")";
      }
      case 10: return "(" + expr(depth + 1) + " if " + cond(depth + 1) + " else " + expr(depth + 1) + ")";
      case 11: return "(" + expr(depth + 1) + (flip() ? " and " : " or ") + expr(depth + 1) + ")";
      case 12: return "((" + cond(depth + 1) + ") + " + expr(depth + 1) + ")";
      case 13:
        if (callable_ > 0 && calls_left_ > 0) return call(depth);
        return name();
      case 14:
        if (has_rec_ && !in_function_) return "rec(" + std::to_string(pick(0, 12)) + ", " + expr(depth + 1) + ")";
        return literal();
      default: return "(" + name() + " + " + literal() + ")";
    }
  }

  std::string cond(int depth = 0) {
    static const char* const cmps[] = {"<", "<=", ">", ">=", "==", "!="};
    if (depth >= 3) return name() + " " + cmps[pick(0, 5)] + " " + literal();
    switch (pick(0, 6)) {
      case 0: return "not " + cond(depth + 1);
      case 1: return "(" + cond(depth + 1) + (flip() ? " and " : " or ") + cond(depth + 1) + ")";
      case 2: return expr(depth + 1) + " " + cmps[pick(0, 5)] + " " + expr(depth + 1) + " " + cmps[pick(0, 5)] + " " + expr(depth + 1);
      case 3: return flip() ? "True" : "False";
      default: return expr(depth + 1) + " " + cmps[pick(0, 5)] + " " + expr(depth + 1);
    }
  }

  void function(int index) {
    int arity = pick(0, 3);
    std::vector<std::string> params;
    for (int i = 0; i < arity; ++i) params.push_back("p" + std::to_string(i));
    std::string head = "def f" + std::to_string(index) + "(";
    for (int i = 0; i < arity; ++i) head += (i ? ", " : "") + params[size_t(i)];
    line(head + "):");
    push();
    in_function_ = true;
    callable_ = index;
    calls_left_ = 2;
    names_ = globals_;
    std::string written;
    if (flip()) {
      written = globals_[size_t(pick(0, int(globals_.size()) - 1))];
      line("global " + written);
    }
    names_.insert(names_.end(), params.begin(), params.end());
    line("t = " + expr());
    names_.push_back("t");
    if (flip()) {
      line("if " + cond() + ":");
      push(); line("t = " + expr()); pop();
      if (flip()) { line("else:"); push(); line("t = " + expr()); pop(); }
    }
    if (!written.empty()) line(written + " = " + expr());
    if (flip()) { line("if " + cond() + ":"); push(); line("return " + expr()); pop(); }
    line("return " + expr());
    pop();
    arity_.push_back(arity);
    callable_ = index + 1;
  }

  void recursive() {
    // Bounded by construction: n counts down to 0 and is called with 0..12.
    line("def rec(n, a):");
    push();
    in_function_ = true;
    calls_left_ = 0;
    names_ = globals_;
    names_.push_back("n");
    names_.push_back("a");
    line("if n <= 0:");
    push(); line("return " + expr()); pop();
    line("return rec(n - 1, " + expr() + ")" + (flip() ? " + " + expr() : ""));
    pop();
  }

  void block(int depth) {
    // Names first assigned in a block are not used after it (they may be unassigned there:
    // kilopy rejects a read it can prove unassigned, CPython would raise NameError).
    std::vector<std::string> saved = names_;
    push();
    int n = pick(1, 3);
    for (int i = 0; i < n; ++i) statement(depth);
    pop();
    names_ = saved;
  }

  void statement(int depth) {
    --budget_;
    calls_left_ = 3;
    int kind = pick(0, depth >= 2 || budget_ <= 0 ? 5 : 9);
    switch (kind) {
      case 0: case 1: {
        std::string target = flip() || names_.size() > 8 ? name() : "v" + std::to_string(fresh_++);
        line(target + " = " + expr());
        if (std::find(names_.begin(), names_.end(), target) == names_.end()) names_.push_back(target);
        return;
      }
      case 2: {
        static const char* const ops[] = {"+=", "-=", "*=", "&=", "|=", "^=", ">>="};
        int k = pick(0, 7);
        if (k == 7) { line(name() + " //= (" + expr() + " or 3)"); return; }
        line(name() + " " + ops[k] + " " + (k == 6 ? "(" + expr() + " & 15)" : expr()));
        return;
      }
      case 3: {
        std::string end = flip() ? "" : flip() ? ", sep=\"-\"" : ", end=\";\\n\"";
        line("print(\"v\", " + expr() + (flip() ? ", " + cond() : "") + end + ")");
        return;
      }
      case 4:
        if (loops_ > 0 && flip()) {
          line("if " + cond() + ":");
          push(); line(flip() ? "break" : "continue"); pop();
          return;
        }
        line("assert " + cond() + (flip() ? ", \"assertion\"" : ""));
        return;
      case 5: {
        std::string a = name(), b = name();
        if (a == b) { line("pass"); return; }
        line(a + ", " + b + " = " + b + ", " + expr());
        return;
      }
      case 6: case 7:
        line("if " + cond() + ":");
        block(depth + 1);
        if (flip()) { line("elif " + cond() + ":"); block(depth + 1); }
        if (flip()) { line("else:"); block(depth + 1); }
        return;
      case 8: {
        std::string var = "i" + std::to_string(fresh_++);
        std::string range;
        switch (pick(0, 2)) {
          case 0: range = std::to_string(pick(0, 6)); break;
          case 1: range = "(" + expr() + ") % 7"; break;
          default: {
            int step = pick(-3, 3);
            if (step == 0) step = 1;
            range = std::to_string(pick(-6, 6)) + ", " + std::to_string(pick(-6, 6)) + ", " + std::to_string(step);
          }
        }
        line("for " + var + " in range(" + range + "):");
        names_.push_back(var);
        ++loops_;
        block(depth + 1);
        --loops_;
        names_.pop_back();
        if (flip()) { line("else:"); block(depth + 1); }
        return;
      }
      default: {
        std::string counter = "c" + std::to_string(fresh_++);
        line(counter + " = 0");
        line("while " + counter + " < " + std::to_string(pick(0, 6)) + ":");
        push(); line(counter + " += 1"); pop();
        ++loops_;
        block(depth + 1);
        --loops_;
        if (flip()) { line("else:"); block(depth + 1); }
        return;
      }
    }
  }
};

[[noreturn]] void bug(const std::string& what, const std::string& source) {
  fprintf(stderr, "fuzz/roundtrip: BUG: %s\n--- program\n%s---\n", what.c_str(), source.c_str());
  abort();
}

struct Outcome {
  bool compiled = false;
  KpStatus status = KP_OK;
  std::string out;
};

Outcome check_width(const std::string& source, unsigned bits) {
  Outcome o;
  CompileOptions options;
  options.int_bits = bits;
  Image image;
  try {
    image = compile_source("gen.py", source, options);
  } catch (const CompileError& e) {
    const std::string what = e.what();
    if (what.compare(0, 28, "OverflowError: the constant ") == 0) return o;
    if (what.find(" needs more than " + std::to_string(kMaxRegisters) + " registers ") != std::string::npos) return o;
    bug(std::to_string(bits) + "-bit compile error " + std::to_string(e.loc.line) + ":" +
            std::to_string(e.loc.col) + ": " + e.what(), source);
  }
  o.compiled = true;
  const std::string w = " (" + std::to_string(bits) + " bits)";
  std::vector<uint8_t> full = encode_image(image, true), stripped = encode_image(image, false);
  Image d_full, d_stripped;
  std::string problem = decode_image(full, d_full);
  if (!problem.empty()) bug("decode rejects the encoder's image: " + problem + w, source);
  if (encode_image(d_full, true) != full) bug("encode(decode(x)) != x with the debug section" + w, source);
  if (encode_image(d_full, false) != stripped) bug("stripping a decoded image differs from --strip" + w, source);
  problem = decode_image(stripped, d_stripped);
  if (!problem.empty()) bug("decode rejects the stripped image: " + problem + w, source);
  if (encode_image(d_stripped, false) != stripped) bug("encode(decode(x)) != x without the debug section" + w, source);
  Image v_full, v_stripped;
  problem = verify_image(full, v_full);
  if (!problem.empty()) bug("the verifier rejects the compiler's image: " + problem + w, source);
  problem = verify_image(stripped, v_stripped);
  if (!problem.empty()) bug("the verifier rejects the stripped image: " + problem + w, source);
  if (disassemble(v_full, full.size(), source).empty()) bug("empty disassembly" + w, source);
  (void)disassemble(v_stripped, stripped.size(), "");

  RunOptions run;
  run.arena_size = 8192;
  run.max_steps = 3000000;
  std::string out_stripped;
  RunResult r = run_image(full, v_full, run, [&](const char* p, size_t n) { o.out.append(p, n); });
  RunResult s = run_image(stripped, v_stripped, run, [&](const char* p, size_t n) { out_stripped.append(p, n); });
  o.status = r.status;
  if (r.status != KP_HALTED && !kp_is_error(r.status))
    bug("the run ended with status " + std::to_string(r.status) + " after " + std::to_string(r.steps) + " steps" + w,
        source);
  if (r.status == KP_ERR_MEMORY || r.status == KP_ERR_RECURSION)
    bug("a bounded program ran out of its 8192-byte arena" + w, source);
  if (s.status != r.status || out_stripped != o.out || s.steps != r.steps)
    bug("the stripped image runs differently from the full one" + w, source);
  return o;
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  FuzzedDataProvider in(data, size);
  const std::string source = Generator(in).program();
  Outcome o32 = check_width(source, 32);
  Outcome o16 = check_width(source, 16);
  if (!o32.compiled && o16.compiled) bug("compiles at 16 bits but not at 32", source);
  if (!o32.compiled || !o16.compiled) return 0;
  if (o16.status == KP_ERR_OVERFLOW) {
    if (o32.out.compare(0, o16.out.size(), o16.out) != 0)
      bug("the 16-bit output before its OverflowError is not a prefix of the 32-bit output", source);
  } else {
    if (o32.status == KP_ERR_OVERFLOW) bug("OverflowError at 32 bits but not at 16", source);
    if (o16.status != o32.status || o16.out != o32.out)
      bug("the widths disagree (status " + std::to_string(o16.status) + " vs " + std::to_string(o32.status) +
              ")\n--- 16\n" + o16.out + "--- 32\n" + o32.out, source);
  }
  return 0;
}
