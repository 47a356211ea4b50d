// Placement: where a function's values live, decided before its code is generated (what to
// compute is codegen.cpp's). Each variable gets a frame register, except a loop-only local;
// variables that live in different stretches of top-level statements share registers;
// a scalar global used often by a function that calls no program function is kept in a
// register for the call (promoted); a wide constant used twice is loaded once on entry
// (hoisted). And the module prologue: constant loads of 0 the cleared arena makes needless.
#pragma once

#include <cstdint>
#include <initializer_list>
#include <map>
#include <set>
#include <string>
#include <vector>

#include "bytecode/opcodes.h"
#include "frontend/program.h"

namespace kilopy {

struct Placement {
  std::map<std::string, unsigned> var_reg;  // variable (promoted globals too) -> its frame register
  std::set<std::string> loop_only;          // locals bound only by `for`, never read: no register
  std::vector<std::string> promoted;        // globals loaded on entry, stored back before each return
  std::set<std::string> written;            // names the function assigns
  std::map<int64_t, unsigned> hoisted;      // wide constant -> the register loaded with it on entry
  unsigned variables = 0;                   // registers var_reg uses (some are shared)

  // Registers fixed for the whole body: the variables' and the hoisted constants'.
  unsigned fixed() const { return unsigned(variables + hoisted.size()); }
};

// The placement of function f's values.
Placement place(const Program& program, const Function& f);

// The module's globals, in order (a global's index is its register in the module frame): its
// variables but kilopy's own that live in a stretch of top-level statements, which no function
// reads.
std::vector<std::string> module_globals(const Program& program);

// start() clears the arena, so the module's registers start at 0: while the module has run
// nothing but constant loads (no jump target bound yet), `x = 0` into a register not yet
// loaded needs no instruction.
class Prologue {
 public:
  void start(bool module) {
    open_ = module;
    loaded_.clear();
  }
  void close() { open_ = false; }  // a jump target is bound: registers may hold anything
  // False if instruction `op operands` can be left out; notes the registers it loads.
  bool needed(Op op, std::initializer_list<int32_t> operands);

 private:
  bool open_ = false;
  std::set<int32_t> loaded_;
};

}  // namespace kilopy
