// The case labels of one shared handler: CASE(name) for every row of bytecode/opcodes.def whose
// group column is KP_GROUP (ALU, CMPJ, TESTJ or SEQ). vm.cpp includes it where the handler
// starts, after `#define KP_GROUP ALU`; it undefines KP_GROUP. No include guard: it is meant
// to be included once per group.
#ifndef KP_GROUP
#error "define KP_GROUP before including vm/group_cases.h"
#endif
#define OP(name, fmt, py, result, group, mode, doc) KP_CAT(KP_IF_, KP_SAME_GROUP(group, KP_GROUP))(CASE(name))
#include "bytecode/opcodes.def"
#undef OP
#undef KP_GROUP
