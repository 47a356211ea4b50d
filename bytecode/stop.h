// What a stopped VM reports, and its Python text. The host VM fills a Stop from its arena; the
// AVR firmware's exit trailer carries the same arena bytes, and kilopy-sim rebuilds the Stop with
// the same function (stop_from_arena), so both print the same traceback and the same stats.
#pragma once

#include <stdint.h>

#include <string>
#include <vector>

#include "bytecode/image.h"
#include "bytecode/runtime.h"

namespace kilopy {

// One operand of the failing instruction, read as the opcode table's kind letter says.
struct StopOperand {
  char kind = 0;       // formats.def letter: 'x' value, 'o' object, 'r' register, others raw
  unsigned raw = 0;    // the operand's encoding (a byte, or a 2-byte 'i'/'j' operand)
  int64_t value = 0;   // 'x', 'o', 'r': the value (an object's register holds its offset);
                       // other kinds: the operand itself (a 2-byte one sign-extended)
  bool object = false; // value names a well-formed sequence object in the heap
  uint8_t seq_kind = SEQ_LIST;  // when object: its SeqKind, length and the arena offset of
  uint16_t len = 0;             // its first element (0: no element block)
  uint32_t elems = 0;
  uint8_t seq_flags = 0;        // and its header's byte 3 (a dict's kDictTupleKeys and str places)
};

struct Stop {
  uint8_t status = KP_OK;          // the KpStatus run() returned
  VmState state{};                 // the VM's bookkeeping (zero if the arena cannot hold it)
  uint32_t arena_size = 0;         // bytes the VM was given
  std::vector<unsigned> pcs;       // the failing pc, then each caller's CALL, innermost first
  unsigned frames_end = 0;         // the highest end of their frames: the heap's floor (vm.cpp frame_end())
  std::vector<StopOperand> operands;  // the instruction at state.pc, in encoding order
  std::vector<int64_t> items;      // NEWSEQ: the registers R[B]..R[B+c-1] it was storing
  uint64_t request = 0;            // after a MemoryError from an allocation: the bytes asked for
  unsigned heap_live = 0;          // then: the bytes of the heap's blocks in use (headers included)
  unsigned heap_free_run = 0;      // and the largest run of adjacent free blocks inside the heap
  std::string text;                // int()'s or ord()'s failing str (STROP's R[B]), a missing str key, a raise's message: its UTF-8 text
  std::string token;               // micro.read()'s last token, and its input line
  unsigned token_line = 0;
  bool reraised = false;           // state.pc is a RERAISE (a bare raise, a finally's end): the
  unsigned raised_class = 0;       // exception's class, and a run-time error's raising pc
  unsigned raised_pc = 0;          // (a THROW's message is in text), the value the message
  int64_t raised_value = 0;        // names (a KeyError's key; int()'s, ord()'s str: in text)
};

// The Stop of a VM that ran `image` in `arena` (size bytes) and returned `status`; token and
// token_line are the input port's last token.
Stop stop_from_arena(const Image& image, uint8_t status, const uint8_t* arena, uint32_t size,
                     const std::string& token, unsigned token_line);

// The text a stop prints on stderr: "" for a halt, a Python-style traceback for a run-time
// error, a kilopy line for an image the VM refused. (A paused run is the host's to word.)
std::string stop_report(const Image& image, const Stop& stop);

// The arena's peak (the largest simultaneous use) and its parts at that moment.
struct ArenaSplit {
  unsigned peak = 0, bookkeeping = 0, globals = 0, frames = 0, heap = 0;
};
ArenaSplit arena_split(const Image& image, const Stop& stop);

// "arena peak: P of N bytes = B bookkeeping + G globals + F frames + H heap", as `kilopy run
// --stats` prints it.
std::string arena_split_text(const ArenaSplit& split, uint32_t arena_size);

// The Python exception name of an error status, without the image (no MemoryError/RecursionError
// distinction); also names the other statuses.
const char* status_name(uint8_t status);

}  // namespace kilopy
