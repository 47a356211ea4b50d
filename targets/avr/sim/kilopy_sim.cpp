// kilopy-sim: runs an AVR firmware ELF in simavr (through libsimavr) and reports what it did.
//
//   kilopy-sim fw.elf [--mcu atmega168] [--freq 16000000] [--max-cycles N] [--stats]
//                     [--image prog.debug.kbc] [--input FILE] [--profile FILE] [--uart FILE]
//
// The part and clock come from the ELF's .mmcu section (targets/avr/mmcu.c); --mcu must agree
// with it, --freq overrides it. An ELF without the section needs --mcu (the clock is 16 MHz).
//
// UART0 output goes to stdout, except kilopy's exit trailer (a line starting with "\x01KP2",
// see targets/avr/main.cpp), which carries the arena: with --image (the program's image with its
// debug section) the stop is read from it as the host reads its own arena (bytecode/stop.h) and
// printed as the same Python traceback `kilopy run` prints, else as a status name and pc. Exit codes follow `kilopy run`: 0 halted, 1 a run-time error, 2 a usage
// error or an image the VM refused; and 3 when the simulation itself failed (crash, cycle limit,
// no trailer).
//
// --input FILE is fed to UART0's receiver (micro.read()'s integers), followed by the byte EOT
// (4) that ends the stream for targets/avr/port.cpp; without it the stream is empty (EOT only).
// Bytes go in as the UART's receive FIFO has room (simavr's XON/XOFF), at the line's speed.
//
// --stats prints to stderr, one "sim <key>: <value>" line each: the exact cycle count; the
// GPIOR0 markers (the firmware writes 1 before the VM runs and 2 after; every write is recorded
// with its cycle) and the cycles inside 1..2 pairs; the cycle of the first UART byte after the
// first marker; and SRAM use: statics (.data + .bss), the stack's high-water mark (SRAM is
// painted before the run and scanned after it) and the arena peak from the trailer; with --image,
// split as `kilopy run --stats` splits it ("sim arena peak: P of N bytes = B bookkeeping + ...").
//
// --uart FILE writes every byte UART0 sent, the trailer included: what a board sends to
// `kilopy monitor` (tests/check_flash.py feeds it to a pseudo-terminal).
//
// --profile FILE writes where the cycles between GPIOR0 markers 1 and 2 went, one line per
// flash byte address: "pc <addr> <executions> <cycles>"; and per dispatch target, the code
// entered by an ijmp (a switch's jump table, computed goto) up to the next ijmp, which folds
// the VM's time onto its handlers: "ijmp <target addr> <entries> <cycles>". Addresses are in
// hex; bench/avr/profile.py maps them to symbols and source lines.
#include <simavr/avr_uart.h>
#include <simavr/sim_avr.h>
#include <simavr/sim_elf.h>
#include <simavr/sim_io.h>
#include <simavr/sim_irq.h>

#include <algorithm>
#include <cerrno>
#include <cstdarg>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <fstream>
#include <iterator>
#include <map>
#include <string>
#include <vector>

#include "bytecode/image.h"
#include "bytecode/stop.h"
#include "targets/avr/sim/trailer.h"

namespace {

constexpr int kExitRuntimeError = 1, kExitUsage = 2, kExitSimFailed = 3;

// The first failed write to stdout (an errno), 0 while none failed.
int stdout_error = 0;
constexpr uint16_t kGpior0 = 0x3E;  // data address of GPIOR0 on the ATmega48/88/168/328 family
constexpr uint8_t kPaint = 0xA5;

struct Marker {
  uint8_t value;
  uint64_t cycle;
};

struct Capture {
  avr_t* avr = nullptr;
  kilopy::TrailerScanner trailer;  // the bytes from the trailer's first byte on
  std::string uart;         // every byte sent (--uart)
  std::vector<Marker> markers;
  uint64_t first_output_after_marker = 0;  // 0: none
  uint64_t output_bytes = 0;
  avr_irq_t* uart_in = nullptr;
  std::string input;        // the --input bytes, then EOT
  size_t input_sent = 0;
  bool input_full = false;  // XOFF seen: the receive FIFO is full until the next XON
  bool marked() const { return !markers.empty() && markers.back().value == 1; }
};

// --profile: executions and cycles per flash address, and per ijmp target (see the top).
struct Profile {
  struct Count {
    uint64_t hits = 0, cycles = 0;
  };
  std::map<uint32_t, Count> pcs, targets;
  uint32_t target = 0;  // the latest ijmp's target, 0 before the first
  bool after_ijmp = false;

  void count(const avr_t* avr, uint32_t pc, uint64_t cycles) {
    if (after_ijmp) {
      target = pc;
      ++targets[target].hits;
    }
    Count& c = pcs[pc];
    ++c.hits;
    c.cycles += cycles;
    targets[target].cycles += cycles;
    after_ijmp = pc + 1 <= avr->flashend && (avr->flash[pc] | avr->flash[pc + 1] << 8) == 0x9409;  // ijmp
  }
  bool write(const std::string& path) const {
    std::FILE* f = std::fopen(path.c_str(), "w");
    if (!f) return false;
    for (const auto& p : pcs)
      std::fprintf(f, "pc %x %llu %llu\n", unsigned(p.first), (unsigned long long)p.second.hits,
                   (unsigned long long)p.second.cycles);
    for (const auto& t : targets)
      std::fprintf(f, "ijmp %x %llu %llu\n", unsigned(t.first), (unsigned long long)t.second.hits,
                   (unsigned long long)t.second.cycles);
    return std::fclose(f) == 0;
  }
};

constexpr char kEndOfInput = 4;  // ends micro.read()'s stream (targets/avr/port.cpp)

void on_xon(struct avr_irq_t*, uint32_t, void* param) {
  Capture& c = *static_cast<Capture*>(param);
  c.input_full = false;
  while (!c.input_full && c.input_sent < c.input.size())
    avr_raise_irq(c.uart_in, uint8_t(c.input[c.input_sent++]));
}

void on_xoff(struct avr_irq_t*, uint32_t, void* param) { static_cast<Capture*>(param)->input_full = true; }

void on_uart(struct avr_irq_t*, uint32_t value, void* param) {
  Capture& c = *static_cast<Capture*>(param);
  char byte = char(value);
  c.uart += byte;
  c.trailer.feed(byte, [&](char out) {
    ++c.output_bytes;
    if (!c.markers.empty() && c.first_output_after_marker == 0) c.first_output_after_marker = c.avr->cycle;
    if (std::fputc(out, stdout) == EOF && !stdout_error) stdout_error = errno ? errno : EIO;
  });
}

void on_gpior0(avr_t* avr, avr_io_addr_t addr, uint8_t value, void* param) {
  Capture& c = *static_cast<Capture*>(param);
  avr->data[addr] = value;
  c.markers.push_back(Marker{value, avr->cycle});
}

// simavr's messages (e.g. "Loaded 5338 .text" from the ELF loader) must not mix with the
// program's output: warnings and errors go to stderr, the rest is dropped.
void quiet_logger(avr_t*, const int level, const char* format, va_list ap) {
  if (level <= LOG_WARNING) std::vfprintf(stderr, format, ap);
}

const char* const kUsage =
    "usage: kilopy-sim fw.elf [--mcu atmega168] [--freq 16000000] [--max-cycles N] [--stats] "
    "[--image prog.debug.kbc] [--input FILE] [--profile FILE] [--uart FILE]\n";

// A problem with a file or the firmware: the message alone (kilopy sim runs us, and its
// options are not ours).
int fail(const std::string& message) {
  std::fprintf(stderr, "kilopy-sim: error: %s\n", message.c_str());
  return kExitUsage;
}

// A malformed command line: the message and how to call us.
int usage(const std::string& message) {
  fail(message);
  std::fputs(kUsage, stderr);
  return kExitUsage;
}

bool parse_u64(const char* text, uint64_t& out) {
  char* end = nullptr;
  out = std::strtoull(text, &end, 10);
  return *text && *end == 0;
}

}  // namespace

int simulate(int argc, char** argv) {
  std::string elf, mcu, image_path, input_path, profile_path, uart_path;
  uint64_t freq = 0, max_cycles = 0;  // 0: the ELF's clock
  bool stats = false;
  for (int i = 1; i < argc; ++i) {
    std::string arg = argv[i];
    auto value = [&](const char* what) -> const char* {
      if (i + 1 >= argc) return nullptr;
      (void)what;
      return argv[++i];
    };
    const char* v = nullptr;
    if (arg == "--stats") stats = true;
    else if (arg == "--mcu") { if (!(v = value("--mcu"))) return usage("--mcu needs a part name"); mcu = v; }
    else if (arg == "--freq") { if (!(v = value("")) || !parse_u64(v, freq) || freq == 0) return usage("--freq needs Hz"); }
    else if (arg == "--max-cycles") { if (!(v = value("")) || !parse_u64(v, max_cycles)) return usage("--max-cycles needs a number"); }
    else if (arg == "--image") { if (!(v = value(""))) return usage("--image needs a .kbc file"); image_path = v; }
    else if (arg == "--input") { if (!(v = value(""))) return usage("--input needs a file"); input_path = v; }
    else if (arg == "--uart") { if (!(v = value(""))) return usage("--uart needs an output file"); uart_path = v; }
    else if (arg == "--profile") { if (!(v = value(""))) return usage("--profile needs an output file"); profile_path = v; }
    else if (arg == "-h" || arg == "--help") { std::fputs(kUsage, stdout); return 0; }
    else if (!arg.empty() && arg[0] == '-') return usage("unknown option " + arg);
    else if (elf.empty()) elf = arg;
    else return usage("more than one firmware given");
  }
  if (elf.empty()) return usage("no firmware given");

  kilopy::Image image;
  bool have_image = false;
  if (!image_path.empty()) {
    std::ifstream in(image_path, std::ios::binary);
    std::vector<uint8_t> bytes((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
    if (!in.good() && !in.eof()) return fail("cannot read " + image_path);
    std::string problem = kilopy::decode_image(bytes, image);
    if (!problem.empty()) return fail(image_path + ": " + problem);
    have_image = true;
  }

  avr_global_logger_set(quiet_logger);
  elf_firmware_t fw;
  std::memset(&fw, 0, sizeof fw);
  if (elf_read_firmware(elf.c_str(), &fw) != 0) return fail("cannot read the ELF " + elf);
  const std::string built_for = fw.mmcu;
  if (mcu.empty() && built_for.empty())
    return fail(elf + " does not record its part (no .mmcu section): pass --mcu");
  if (!mcu.empty() && !built_for.empty() && mcu != built_for)
    return fail(elf + " was built for the " + built_for + ", not the " + mcu + ": leave the part out, or rebuild for the " + mcu);
  if (mcu.empty()) mcu = built_for;
  if (freq == 0) freq = fw.frequency ? fw.frequency : 16000000;
  avr_t* avr = avr_make_mcu_by_name(mcu.c_str());
  if (!avr) return fail("simavr does not know the part " + mcu);
  avr_init(avr);
  avr->log = LOG_ERROR;
  avr->frequency = uint32_t(freq);
  avr_load_firmware(avr, &fw);
  avr->frequency = uint32_t(freq);  // loading set the ELF's; --freq wins

  Capture capture;
  capture.avr = avr;
  if (!input_path.empty()) {
    std::ifstream in(input_path, std::ios::binary);
    if (!in) return fail("cannot read the input file " + input_path);
    capture.input.assign((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
  }
  capture.input += kEndOfInput;
  uint32_t flags = 0;
  avr_ioctl(avr, AVR_IOCTL_UART_GET_FLAGS('0'), &flags);
  flags &= ~uint32_t(AVR_UART_FLAG_STDIO | AVR_UART_FLAG_POLL_SLEEP);  // no console, no real-time sleeps
  avr_ioctl(avr, AVR_IOCTL_UART_SET_FLAGS('0'), &flags);
  avr_irq_t* uart_out = avr_io_getirq(avr, AVR_IOCTL_UART_GETIRQ('0'), UART_IRQ_OUTPUT);
  if (!uart_out) return fail("this part has no UART0");
  avr_irq_register_notify(uart_out, on_uart, &capture);
  capture.uart_in = avr_io_getirq(avr, AVR_IOCTL_UART_GETIRQ('0'), UART_IRQ_INPUT);
  avr_irq_register_notify(avr_io_getirq(avr, AVR_IOCTL_UART_GETIRQ('0'), UART_IRQ_OUT_XON), on_xon, &capture);
  avr_irq_register_notify(avr_io_getirq(avr, AVR_IOCTL_UART_GETIRQ('0'), UART_IRQ_OUT_XOFF), on_xoff, &capture);
  avr_register_io_write(avr, kGpior0, on_gpior0, &capture);

  const unsigned ram_start = unsigned(avr->ioend) + 1, ram_end = avr->ramend;
  for (unsigned a = ram_start; a <= ram_end; ++a) avr->data[a] = kPaint;

  int state = cpu_Running;
  bool out_of_cycles = false;
  Profile profile;
  const bool profiling = !profile_path.empty();
  for (;;) {
    const uint32_t pc = avr->pc;
    const uint64_t before = avr->cycle;
    const bool marked = capture.marked();
    state = avr_run(avr);  // one instruction
    if (profiling && marked) profile.count(avr, pc, avr->cycle - before);
    if (state == cpu_Done || state == cpu_Crashed) break;
    if (max_cycles && avr->cycle >= max_cycles) { out_of_cycles = true; break; }
  }
  if (std::fflush(stdout) != 0 && !stdout_error) stdout_error = errno ? errno : EIO;
  if (profiling && !profile.write(profile_path)) return fail("cannot write " + profile_path);
  if (!uart_path.empty()) {
    std::ofstream uart(uart_path, std::ios::binary);
    if (!uart.write(capture.uart.data(), std::streamsize(capture.uart.size())) || !uart.flush())
      return fail("cannot write " + uart_path);
  }

  // SRAM: statics from the ELF; the stack reaches down to the lowest byte above them that
  // lost its paint.
  const unsigned statics = fw.datasize + fw.bsssize;
  unsigned lowest = ram_end + 1;
  for (unsigned a = ram_start + statics; a <= ram_end; ++a)
    if (avr->data[a] != kPaint) { lowest = a; break; }
  const unsigned stack = ram_end + 1 - lowest;
  const unsigned sram = ram_end + 1 - ram_start;

  kilopy::Trailer trailer;
  const std::string& t = capture.trailer.trailer;
  const size_t head = sizeof kilopy::kTrailerStart - 1;
  bool have_stop = t.size() > head && t.compare(0, head, kilopy::kTrailerStart) == 0 && t.back() == '\n' &&
                   kilopy::parse_trailer(t.substr(head, t.size() - head - 1), trailer);
  if (have_stop && have_image && trailer.int_bits != image.int_bits)
    return fail("the firmware runs " + std::to_string(trailer.int_bits) + "-bit ints but " + image_path + " is a " +
                std::to_string(image.int_bits) + "-bit image");
  kilopy::Stop stop;
  if (have_stop) {
    if (!have_image) image.int_bits = trailer.int_bits;
    stop = kilopy::trailer_stop(trailer, image, capture.input.substr(0, capture.input.size() - 1));
  }

  if (stats) {
    std::fprintf(stderr, "sim part: %s at %llu Hz\n", mcu.c_str(), static_cast<unsigned long long>(freq));
    std::fprintf(stderr, "sim cycles: %llu\n", static_cast<unsigned long long>(avr->cycle));
    uint64_t inside = 0, open = 0;
    unsigned pairs = 0;
    bool is_open = false;
    std::string list;
    for (size_t i = 0; i < capture.markers.size(); ++i) {
      const Marker& m = capture.markers[i];
      if (i < 16) list += " " + std::to_string(m.value) + "@" + std::to_string(m.cycle);
      if (m.value == 1) { is_open = true; open = m.cycle; }
      else if (m.value == 2 && is_open) { inside += m.cycle - open; ++pairs; is_open = false; }
    }
    if (capture.markers.size() > 16) list += " ...";
    std::fprintf(stderr, "sim markers: %zu%s\n", capture.markers.size(), list.c_str());
    std::fprintf(stderr, "sim marked cycles: %llu in %u pairs\n", static_cast<unsigned long long>(inside), pairs);
    if (capture.first_output_after_marker)
      std::fprintf(stderr, "sim first output after marker: %llu\n",
                   static_cast<unsigned long long>(capture.first_output_after_marker - capture.markers[0].cycle));
    std::fprintf(stderr, "sim output bytes: %llu\n", static_cast<unsigned long long>(capture.output_bytes));
    std::fprintf(stderr, "sim sram statics: %u (data %u + bss %u)\n", statics, unsigned(fw.datasize),
                 unsigned(fw.bsssize));
    std::fprintf(stderr, "sim sram stack: %u\n", stack);
    std::fprintf(stderr, "sim sram high-water: %u of %u\n", statics + stack, sram);
    if (have_stop && have_image)
      std::fprintf(stderr, "sim %s\n", kilopy::arena_split_text(kilopy::arena_split(image, stop), stop.arena_size).c_str());
    else if (have_stop)
      std::fprintf(stderr, "sim arena peak: %u of %u bytes\n", unsigned(stop.state.total_peak), unsigned(stop.arena_size));
    std::fprintf(stderr, "sim status: %s\n", have_stop ? kilopy::status_name(stop.status) : "none");
    std::string shown = t.size() > 1 ? t.substr(1, t.size() - (t.back() == '\n' ? 2 : 1)) : "";
    std::fprintf(stderr, "sim trailer: %s\n", shown.c_str());
  }

  if (lowest == ram_start + statics) {  // no paint left above the statics: the stack may have overwritten them
    std::fprintf(stderr, "kilopy-sim: the firmware's stack grew down to its statics (the %u bytes of SRAM above them "
                         "were all used), so it may have overwritten the arena and the run's results are not to be "
                         "trusted: build it with a smaller --arena\n", stack);
    return kExitSimFailed;
  }
  if (state == cpu_Crashed) {
    std::fprintf(stderr, "kilopy-sim: the simulated CPU crashed at cycle %llu\n",
                 static_cast<unsigned long long>(avr->cycle));
    return kExitSimFailed;
  }
  if (out_of_cycles) {
    std::fprintf(stderr, "kilopy-sim: stopped after %llu cycles (--max-cycles)\n",
                 static_cast<unsigned long long>(avr->cycle));
    return kExitSimFailed;
  }
  if (!have_stop) {
    std::fprintf(stderr, "kilopy-sim: the firmware ended without a kilopy trailer%s\n",
                 capture.trailer.trailer.empty() ? "" : " it could parse");
    return kExitSimFailed;
  }
  if (stop.status == kilopy::KP_HALTED) return stop.state.exit_status;  // sys.exit(n)'s status, else 0
  if (have_image) {
    std::fputs(kilopy::stop_report(image, stop).c_str(), stderr);
  } else {
    std::fprintf(stderr, "%s at pc %u (depth %u; pass --image prog.debug.kbc for the traceback)\n",
                 kilopy::status_name(stop.status), unsigned(stop.state.pc), unsigned(stop.state.depth));
  }
  return stop.status == kilopy::KP_BAD_IMAGE || stop.status == kilopy::KP_BAD_WIDTH ? kExitUsage
                                                                                    : kExitRuntimeError;
}

// A failed write of the program's output (a full disk, a closed pipe) makes the status 1 at
// least, as for `kilopy run`.
int main(int argc, char** argv) {
  int status = simulate(argc, argv);
  if (std::fflush(stdout) != 0 && !stdout_error) stdout_error = errno ? errno : EIO;
  if (!stdout_error && std::ferror(stdout)) stdout_error = EIO;
  if (!stdout_error) return status;
  std::fprintf(stderr, "kilopy-sim: error: cannot write the output to stdout: [Errno %d] %s\n", stdout_error,
               std::strerror(stdout_error));
  return status > kExitRuntimeError ? status : kExitRuntimeError;
}
