// The inliner: a pass over a generated image that copies small leaf functions into their
// callers' frames, so their CALL and RET disappear, then keeps a global that a leaf updates in
// a loop through one register in that register for the call, then drops the constant loads
// the copies left that need not run (docs/bytecode.md, "Inlining").
#pragma once

#include "bytecode/image.h"

namespace kilopy {

// Largest callee, in instructions, inlined at more than one call site. A call costs 3 bytes of
// code and a function 4 of table; an inlined copy costs the callee's code again at each site.
// At 4, samples/perceptron.py's image does not grow (docs/bytecode.md gives the numbers).
constexpr unsigned kInlineLimit = 4;

// Inlines, bottom-up over the call graph, every CALL of a function that may inline (a leaf
// with no instruction that may stop, no tuple return, at most kInlineLimit instructions or
// called once) from a caller that no recursion can reach; promotes such globals; drops
// needless constant loads (moving one out of a loop where it can); drops the functions no
// longer called and re-encodes the code, function table and line table.
void inline_functions(Image& image);

}  // namespace kilopy
