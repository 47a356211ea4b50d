// `kilopy build --target <part>`: AVR firmware that runs one program. The firmware is vm/
// (compiled with only the handlers the image uses, see bytecode/vm_config.h), the port in
// targets/avr/ and the image in flash, built with avr-g++ from the source tree kilopy was
// configured in. docs/targets.md describes the result.
#pragma once

#include <stdint.h>

#include <string>
#include <vector>

#include "bytecode/image.h"

namespace kilopy {

struct AvrPart {
  const char* name;    // as avr-g++ -mmcu and simavr spell it
  unsigned arena;      // the default arena: what fits beside the statics and the stack
  const char* avrdude; // as avrdude -p spells it
};

// The part called `name`, or null; avr_part_names() lists them for messages.
const AvrPart* avr_part(const std::string& name);
std::string avr_part_names();

struct FirmwareOptions {
  const AvrPart* part = nullptr;
  unsigned arena = 0;          // 0: the part's default
  uint32_t freq = 16000000;    // F_CPU (sets the UART divisor)
  bool full_vm = false;        // every opcode handler, not only the image's
};

// Writes <stem>.elf (recording the part for simavr), .hex (for avrdude), .map, .kbc (the
// stripped image in flash), .debug.kbc (for tracebacks: kilopy sim finds it beside the ELF) and
// .vm.h (the opcodes compiled in; none with full_vm), where stem is `output` without its .elf or .hex; the sources
// it generates and the objects stay in a scratch folder it removes. Throws std::runtime_error
// saying what failed (a missing avr-g++, a compiler or linker error, a firmware too large for
// the part), and then has written nothing.
void build_avr_firmware(const Image& image, const std::string& output, const FirmwareOptions& options);

// `output` without a trailing .elf or .hex.
std::string firmware_stem(const std::string& output);

// A new folder named after `pattern` (its trailing XXXXXX made unique, as mkdtemp does),
// removed with whatever is left in it when this goes out of scope, normally or by a throw.
// Throws std::runtime_error if it cannot be made.
struct ScratchFolder {
  std::string path;
  explicit ScratchFolder(std::string pattern);
  ~ScratchFolder();
  ScratchFolder(const ScratchFolder&) = delete;
  ScratchFolder& operator=(const ScratchFolder&) = delete;
};

// A program on PATH, as a shell finds it; "" when there is none.
std::string find_on_path(const std::string& name);

// Runs argv[0] with the arguments (searching PATH) and returns its exit status; -1 if it could
// not be started.
int run_program(const std::vector<std::string>& argv);

// What a program run by capture_program did: its exit status (-1: it could not be started;
// 128 + N: killed by signal N) and its standard output and error.
struct Captured {
  int status = -1;
  std::string out, err;
};

// Runs argv[0] (searching PATH) with standard input read from `input` ("" : /dev/null) and
// `env` as its whole environment; collects its output. Throws std::runtime_error if the
// scratch files for the output cannot be made or `input` cannot be opened.
Captured capture_program(const std::vector<std::string>& argv, const std::string& input,
                         const std::vector<std::string>& env);

}  // namespace kilopy
