// The kilopy command: build, run, mem and dis. Exit codes: 0 success, 1 a run-time error in the
// program (printed Python-style) or a failed write of kilopy's output (an OSError), 2 a
// compile, image or usage error (docs/errors.md).
#include <CLI/CLI.hpp>

#include <fcntl.h>
#include <sys/stat.h>
#include <termios.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <chrono>
#include <cstdio>
#include <cstring>
#include <fstream>
#include <iostream>
#include <memory>
#include <optional>
#include <sstream>

#include "bytecode/disasm.h"
#include "bytecode/image_format.h"
#include "bytecode/memory_bound.h"
#include "bytecode/opcode_info.h"
#include "bytecode/verify.h"
#include "bytecode/vm_config.h"
#include "frontend/compile.h"
#include "frontend/diagnostic.h"
#include "frontend/link.h"
#include "targets/host/avr_firmware.h"
#include "targets/avr/sim/trailer.h"
#include "targets/host/check.h"
#include "targets/host/data_dir.h"
#include "targets/host/defaults.h"
#include "targets/host/host_port.h"
#include "targets/host/host_vm.h"
#include "targets/host/mem_map.h"
#include "targets/host/output_file.h"

extern char** environ;

namespace {

using namespace kilopy;

constexpr int kExitRuntimeError = 1;
constexpr int kExitUsage = 2;

struct UsageError : std::runtime_error {
  using std::runtime_error::runtime_error;
};

// A read or write of kilopy's own streams that failed (a full disk, a closed stdout): exit 1.
struct OsError : std::runtime_error {
  using std::runtime_error::runtime_error;
};

// Standard output, with its first failed write kept: the command then ends with exit 1.
int stdout_error = 0;

void put_stdout(const char* data, size_t n) {
  if (std::fwrite(data, 1, n, stdout) != n && !stdout_error) stdout_error = errno ? errno : EIO;
}

void put_stdout(const std::string& text) { put_stdout(text.data(), text.size()); }

void flush_stdout() {
  if (std::fflush(stdout) != 0 && !stdout_error) stdout_error = errno ? errno : EIO;
}

// A closed standard stream (`kilopy run p.py >&-`) is reopened on /dev/null the wrong way
// round (stdin for writing, stdout and stderr for reading), so that it fails as closed (EBADF)
// instead of letting the next file opened take its descriptor (stdout's bytes would go into
// the trace file). open() takes the lowest free descriptor: the closed one, in this order.
void guard_standard_streams() {
  for (int fd = 0; fd <= 2; ++fd)
    if (fcntl(fd, F_GETFD) < 0 && errno == EBADF) open("/dev/null", fd == 0 ? O_WRONLY : O_RDONLY);
}

bool ends_with(const std::string& s, const std::string& suffix) {
  return s.size() >= suffix.size() && s.compare(s.size() - suffix.size(), suffix.size(), suffix) == 0;
}

// A program to run or list: compiled from source, or read from an image and verified.
struct Loaded {
  std::vector<uint8_t> bytes;
  Image image;
  std::string source;  // for listings, when available
};

// Where `import` looks: the program's folder, stdlib_micro/ (data_dir.h), then each --path in order.
std::vector<std::string> search_path(const std::string& program, const std::vector<std::string>& extra) {
  size_t slash = program.find_last_of('/');
  std::vector<std::string> dirs{slash == std::string::npos ? "" : program.substr(0, slash)};
  dirs.push_back(data_dir() + "/stdlib_micro");
  dirs.insert(dirs.end(), extra.begin(), extra.end());
  return dirs;
}

std::string read_or_throw(const std::string& path) {
  std::string text, problem = read_file(path, text);
  if (!problem.empty()) throw UsageError("cannot read '" + path + "': " + problem);
  return text;
}

// A .kbc file is an image even when its magic is wrong (the verifier then says so); a .py file
// is a source; any other is an image when it starts with the magic.
bool is_image(const std::string& path, const std::string& text) {
  return ends_with(path, ".kbc") || (!ends_with(path, ".py") && text.compare(0, 3, "KPY") == 0);
}

Loaded load(const std::string& path, unsigned int_bits, bool int_bits_given, const std::vector<std::string>& paths) {
  std::string text = read_or_throw(path);
  Loaded l;
  bool image = is_image(path, text);
  if (!image) {
    l.source = text;
    CompileOptions options;
    options.int_bits = int_bits;
    options.search_path = search_path(path, paths);
    Image image = compile_source(path, text, options);
    l.bytes = encode_image(image, true);
  } else {
    l.bytes.assign(text.begin(), text.end());
  }
  std::string problem = verify_image(l.bytes, l.image);
  if (!problem.empty()) throw UsageError(path + ": invalid image: " + problem);
  if (image && int_bits_given && l.image.int_bits != int_bits)
    throw UsageError(path + " was built for " + std::to_string(l.image.int_bits) + "-bit ints, but --int-bits " +
                     std::to_string(int_bits) + " was given: rebuild it with `kilopy build --int-bits " +
                     std::to_string(int_bits) + "`");
  if (image && l.image.has_debug) read_file(l.image.source_name, l.source);  // "" when gone
  return l;
}

// A compile error as kilopy prints it: file:line:col: error: ..., the source line, a caret.
std::string compile_error_report(const CompileError& e, const std::string& input) {
  std::string source_text;
  if (e.filename.empty()) read_file(input, source_text);
  const std::string& file = e.filename.empty() ? input : e.filename;
  const std::string& text = e.filename.empty() ? source_text : e.source;
  std::string report = format_diagnostic(file, text, e.loc, e.what());
  for (const Diagnostic& d : e.more) report += format_diagnostic(file, text, d.loc, d.message);
  return report;
}

Image compile_program(const std::string& input, unsigned bits, const std::vector<std::string>& paths) {
  std::string text = read_or_throw(input);
  if (is_image(input, text))
    throw UsageError(input + " is already a kilopy image, not a source to build: run it with `kilopy run " + input +
                     "`, list it with `kilopy dis " + input + "`, or build firmware from it with `kilopy build --target`");
  CompileOptions options;
  options.int_bits = bits;
  options.search_path = search_path(input, paths);
  return compile_source(input, text, options);
}

int cmd_build(const std::string& input, const std::string& output, unsigned bits, bool strip,
              const std::string& vm_config, const std::vector<std::string>& paths) {
  Image image = compile_program(input, bits, paths);
  std::vector<uint8_t> bytes = encode_image(image, !strip);
  Image check;
  std::string problem = verify_image(bytes, check);
  if (!problem.empty()) throw std::logic_error("the compiler produced an invalid image: " + problem);
  write_output(output, bytes);
  if (!vm_config.empty()) {
    std::string header = vm_config_header(check);
    write_output(vm_config, std::vector<uint8_t>(header.begin(), header.end()));
  }
  return 0;
}

// Progress on stderr while a long run goes on (only when stderr is a terminal): instructions
// executed, their rate and the trace rows written, at most every kProgressEvery.
class Progress {
 public:
  explicit Progress(bool on) : on_(on), start_(Clock::now()), last_(start_) {}
  void trace_bytes(const char* data, size_t n) {
    for (size_t i = 0; i < n; ++i) rows_ += data[i] == '\n';
  }
  void report(uint64_t steps) {
    Clock::time_point now = Clock::now();
    if (!on_ || now - last_ < kProgressEvery) return;
    last_ = now;
    double seconds = std::chrono::duration<double>(now - start_).count();
    std::fprintf(stderr, "\rkilopy: %.1fM steps, %.1fM steps/s, %llu trace rows\033[K", double(steps) / 1e6,
                 double(steps) / 1e6 / seconds, static_cast<unsigned long long>(rows_));
    shown_ = true;
  }
  void finish() {  // leaves no progress line behind
    if (shown_) std::fputs("\r\033[K", stderr);
    shown_ = false;
  }

 private:
  using Clock = std::chrono::steady_clock;
  static constexpr std::chrono::milliseconds kProgressEvery{250};
  bool on_, shown_ = false;
  Clock::time_point start_, last_;
  uint64_t rows_ = 0;
};

struct RunFiles {
  std::string input;  // "" or "-": stdin
  std::string trace;  // "": no trace file
};

typedef std::unique_ptr<std::FILE, int (*)(std::FILE*)> File;

// micro.read()'s stream: the --input file (kept open by `holder`), or stdin for "" and "-". Any
// file but a folder streams (read as the program asks, so a FIFO or a device may be endless).
std::FILE* open_input(const std::string& name, File& holder) {
  if (name.empty() || name == "-") return stdin;
  holder.reset(std::fopen(name.c_str(), "rb"));
  struct stat st;
  int e = !holder ? errno : fstat(fileno(holder.get()), &st) != 0 ? errno : S_ISDIR(st.st_mode) ? EISDIR : 0;
  if (e) throw UsageError("cannot read the input file '" + name + "': " + os_error(e));
  return holder.get();
}

// After a run: a failed read of micro.read()'s stream ended it early, an error (exit 1).
void check_input(const std::string& name) {
  if (int e = port_input().error)
    throw OsError("cannot read the input " + (name.empty() || name == "-" ? std::string("(stdin)") : "file '" + name + "'") +
                     ": " + os_error(e) + " (micro.read() saw the end of the input there)");
}

// The --trace file, with its first failed write kept; close() says whether all of it was written.
class TraceFile {
 public:
  explicit TraceFile(const std::string& name) : name_(name) {
    if (name.empty()) return;
    file_ = std::fopen(name.c_str(), "wb");
    if (!file_) throw UsageError("cannot write the trace file '" + name + "': " + os_error(errno));
  }
  ~TraceFile() {
    if (file_) std::fclose(file_);
  }
  void write(const char* data, size_t n) {
    if (file_ && std::fwrite(data, 1, n, file_) != n && !error_) error_ = errno ? errno : EIO;
  }
  void close() {
    if (!file_) return;
    if (std::fclose(file_) != 0 && !error_) error_ = errno ? errno : EIO;
    file_ = nullptr;
    if (error_) throw OsError("cannot write the trace file '" + name_ + "': " + os_error(error_));
  }

 private:
  std::string name_;
  std::FILE* file_ = nullptr;
  int error_ = 0;
};

int cmd_run(const std::string& input, unsigned bits, bool bits_given, uint32_t arena, uint64_t max_steps, bool stats,
            const std::vector<std::string>& paths, const RunFiles& files) {
  Loaded l = load(input, bits, bits_given, paths);
  RunOptions options;
  options.arena_size = arena;
  options.max_steps = max_steps;
  File in(nullptr, std::fclose);
  options.input = open_input(files.input, in);
  TraceFile trace(files.trace);
  bool tty = isatty(STDERR_FILENO) != 0;
  Progress progress(tty);
  options.progress = [&](uint64_t steps) { progress.report(steps); };
  if (!files.trace.empty() || tty)  // else no one reads the rows, and the VM skips them
    options.trace = [&](const char* data, size_t n) {
      progress.trace_bytes(data, n);  // the progress line (a tty) counts them
      trace.write(data, n);
    };
  RunResult r = run_image(l.bytes, l.image, options, [](const char* data, size_t n) { put_stdout(data, n); });
  progress.finish();
  if (stats) {
    size_t code = l.image.code.size();
    std::fprintf(stderr,
                 "kilopy stats: image %zu bytes (code %zu; %zu without the debug section); %u-bit ints\n"
                 "arena peak: %u of %u bytes = %u bookkeeping + %u globals + %u frames + %u heap\n"
                 "parts' own peaks: frames end at byte %u at most; heap objects %u bytes at most (headers and holes included)\n"
                 "steps: %llu instructions\n",
                 l.bytes.size(), code, encode_image(l.image, false).size(), unsigned(l.image.int_bits),
                 unsigned(r.state.total_peak), unsigned(arena), unsigned(kStateSize), r.globals_bytes, r.frames_bytes,
                 r.heap_bytes, unsigned(r.state.peak), unsigned(r.state.heap_peak),
                 static_cast<unsigned long long>(r.steps));
  }
  flush_stdout();  // the output before the traceback, as CPython flushes it (2>&1 keeps the order)
  if (r.status != KP_HALTED) std::fputs(r.error.c_str(), stderr);
  trace.close();
  check_input(files.input);
  if (r.status == KP_HALTED) return r.state.exit_status;  // sys.exit(n)'s status, else 0
  return r.status == KP_BAD_IMAGE || r.status == KP_BAD_WIDTH ? kExitUsage : kExitRuntimeError;
}

// Runs the program (its output suppressed unless show_output) and prints the arena map at the
// measured peak with the static bound; a run-time error is reported as `run` does (exit 1).
int cmd_mem(const std::string& input, unsigned bits, bool bits_given, uint32_t arena, uint64_t max_steps,
            bool show_output, const std::vector<std::string>& paths, const RunFiles& files) {
  Loaded l = load(input, bits, bits_given, paths);
  RunOptions options;
  options.arena_size = arena;
  options.max_steps = max_steps;
  File in(nullptr, std::fclose);
  options.input = open_input(files.input, in);
  RunResult r = run_image(l.bytes, l.image, options, [&](const char* data, size_t n) {
    if (show_output) put_stdout(data, n);
  });
  put_stdout(memory_map(input, l.image, encode_image(l.image, false).size(), arena, r, memory_bound(l.image)));
  flush_stdout();
  if (r.status != KP_HALTED) std::fputs(r.error.c_str(), stderr);
  check_input(files.input);
  if (r.status == KP_HALTED) return 0;
  return r.status == KP_BAD_IMAGE || r.status == KP_BAD_WIDTH ? kExitUsage : kExitRuntimeError;
}

// The AVR target: a firmware build, a run in simavr, and the two together.
struct Firmware {
  FirmwareOptions options;
  std::string part_name = "atmega168";
};

const AvrPart* part_or_throw(const std::string& name) {
  const AvrPart* part = avr_part(name);
  if (!part) throw UsageError("unknown target '" + name + "': the targets are " + avr_part_names());
  return part;
}

// From a .py source or a verified .kbc image (whose int width it keeps).
int cmd_build_firmware(const std::string& input, const std::string& output, unsigned bits, bool bits_given, Firmware fw,
                       const std::vector<std::string>& paths) {
  fw.options.part = part_or_throw(fw.part_name);
  Loaded l = load(input, bits, bits_given, paths);
  try {
    build_avr_firmware(l.image, output, fw.options);
  } catch (const OutputError&) {
    throw;  // already names the file
  } catch (const std::runtime_error& e) {
    throw UsageError(input + ": " + e.what());
  }
  return 0;
}

// kilopy-sim, which links libsimavr, sits beside kilopy.
std::string simulator_path() { return executable_dir() + "kilopy-sim"; }

struct SimOptions {
  std::string part;  // empty: the one the ELF records
  bool stats = false;
  std::string input;
  uint64_t max_cycles = 0;
};

// kilopy-sim's command line for `elf`, with its .debug.kbc beside it for tracebacks.
std::vector<std::string> sim_argv(const std::string& elf, const SimOptions& o) {
  std::vector<std::string> argv = {simulator_path(), elf};
  if (!o.part.empty()) argv.insert(argv.end(), {"--mcu", part_or_throw(o.part)->name});
  std::string debug = firmware_stem(elf) + ".debug.kbc";
  if (std::ifstream(debug)) argv.insert(argv.end(), {"--image", debug});
  if (o.stats) argv.push_back("--stats");
  if (!o.input.empty()) argv.insert(argv.end(), {"--input", o.input});
  if (o.max_cycles) argv.insert(argv.end(), {"--max-cycles", std::to_string(o.max_cycles)});
  return argv;
}

int cmd_sim(const std::string& elf, const SimOptions& o) {
  std::vector<std::string> argv = sim_argv(elf, o);
  flush_stdout();  // before the simulator writes to it
  int status = run_program(argv);
  if (status == -1)
    throw UsageError("cannot run " + argv[0] + ": build it (it needs libsimavr-dev, see tools/install-deps)");
  return status;
}

// A scratch folder for a firmware build, removed with `dir`.
void make_firmware_folder(std::optional<ScratchFolder>& dir) {
  try {
    dir.emplace("/tmp/kilopy-XXXXXX");
  } catch (const std::runtime_error& e) {
    throw UsageError(std::string(e.what()) + " for the firmware");
  }
}

// Builds the firmware in a temporary folder, runs it in simavr, and removes the folder.
int cmd_run_target(const std::string& input, unsigned bits, bool bits_given, Firmware fw, const SimOptions& sim,
                   const std::vector<std::string>& paths) {
  std::optional<ScratchFolder> dir;
  make_firmware_folder(dir);
  std::string elf = dir->path + "/prog.elf";
  cmd_build_firmware(input, elf, bits, bits_given, fw, paths);
  return cmd_sim(elf, sim);
}

// Our own environment, as capture_program takes one.
std::vector<std::string> own_environment() {
  std::vector<std::string> env;
  for (char** e = environ; *e; ++e) env.push_back(*e);
  return env;
}

// python3's environment for `check`: ours, with PYTHONPATH set to `modules` (stdlib_micro/ and
// the --path folders: its micro.py stands in for kilopy's built-in micro), no micro.trace()
// file and no __pycache__ written beside the modules.
std::vector<std::string> python_environment(const std::vector<std::string>& modules) {
  std::vector<std::string> env;
  for (const std::string& v : own_environment())
    if (v.rfind("PYTHONPATH=", 0) != 0 && v.rfind("KILOPY_TRACE=", 0) != 0 && v.rfind("PYTHONDONTWRITEBYTECODE=", 0) != 0)
      env.push_back(v);
  std::string joined;
  for (const std::string& m : modules) joined += (joined.empty() ? "" : ":") + m;
  env.push_back("PYTHONPATH=" + joined);
  env.push_back("PYTHONDONTWRITEBYTECODE=1");
  return env;
}

// The source line at pc, indented as CPython's traceback shows it ("" when the file is gone).
std::string source_line(const Image& image, unsigned pc) {
  size_t f = image.function_at(pc);
  unsigned line = image.line_at(f, pc);
  std::string text;
  if (!image.has_debug || line == 0 || !read_file(image.file_name(image.file_at(f, pc)), text).empty()) return "";
  std::istringstream in(text);
  std::string s;
  for (unsigned i = 0; i < line && std::getline(in, s); ++i) {
  }
  size_t first = s.find_first_not_of(" \t");
  return first == std::string::npos ? "" : "    " + s.substr(first) + "\n";
}

// A run of an image on the host VM for `check`: its outcome as a process's, and the VM's stop.
struct HostRun {
  Outcome outcome;
  RunResult result;
};

HostRun run_captured(const Loaded& l, uint32_t arena, const std::string& input, uint64_t max_steps) {
  RunOptions options;
  options.arena_size = arena;
  options.max_steps = max_steps;
  File in(nullptr, std::fclose);
  options.input = input.empty() ? nullptr : open_input(input, in);
  HostRun h;
  h.result = run_image(l.bytes, l.image, options, [&](const char* data, size_t n) { h.outcome.out.append(data, n); });
  h.outcome.err = h.result.error;
  h.outcome.status = h.result.status == KP_HALTED ? h.result.state.exit_status
                     : h.result.status == KP_BAD_IMAGE || h.result.status == KP_BAD_WIDTH ? kExitUsage
                                                                                          : kExitRuntimeError;
  return h;
}

// The pc of the instruction that wrote output byte `offset`: the fewest steps whose output
// passes it (a bisection over --max-steps), less one.
unsigned writer_pc(const Loaded& l, uint32_t arena, const std::string& input, uint64_t steps, size_t offset) {
  uint64_t lo = 1, hi = steps;  // the output passes offset after hi steps
  while (lo < hi) {
    uint64_t mid = lo + (hi - lo) / 2;
    if (run_captured(l, arena, input, mid).outcome.out.size() > offset) hi = mid;
    else lo = mid + 1;
  }
  return lo > 1 ? run_captured(l, arena, input, lo - 1).result.state.pc : 0;
}

// capture_program, its failures (no scratch folder, an unreadable input) as OsErrors.
Captured capture_or_throw(const std::vector<std::string>& argv, const std::string& input, const std::vector<std::string>& env) {
  try {
    return capture_program(argv, input, env);
  } catch (const std::runtime_error& e) {
    throw OsError(std::string(e.what()) + " (running " + argv[0] + ")");
  }
}

struct CheckOptions {
  std::string widths = "both";  // 16, 32 or both
  uint32_t arena = 0;           // 0: kDefaultArena, or the part's with a target
  std::string input;            // micro.read()'s input file ("": none)
  std::string part;             // "": the host VM
};

// Runs `input` under python3 and kilopy at each width and prints the verdict of each: exit 0
// when every width matches CPython, 1 when one does not, 2 when kilopy refuses the program at a
// width (its diagnostic printed), or cannot build its firmware there, and none differs.

// True if `line` is an array element's OverflowError (errors.def's OverflowErrors but the int
// width's), which CPython raises too.
static bool array_range_error(const std::string& line) {
  bool found = false;
#define ERR(name, exception, message) \
  found = found || (KP_ERR_##name != KP_ERR_OVERFLOW && std::string(exception) == "OverflowError" && \
                    line.find(message) != std::string::npos);
#include "bytecode/errors.def"
#undef ERR
  return found;
}

int cmd_check(const std::string& input, const CheckOptions& o, const std::vector<std::string>& paths) {
  std::string python = find_on_path("python3");
  if (python.empty())
    throw UsageError("python3 is not on PATH: kilopy check runs the program under CPython as its oracle "
                     "(install the Debian package python3)");
  if (is_image(input, read_or_throw(input)))
    throw UsageError(input + " is a kilopy image: kilopy check needs the .py source, which CPython runs too");
  if (!o.input.empty()) read_or_throw(o.input);
  std::vector<std::string> modules = search_path(input, paths);
  modules.erase(modules.begin());  // python3 puts the program's folder first itself
  const Captured py_run = capture_or_throw({python, input}, o.input, python_environment(modules));
  if (py_run.status == -1) throw UsageError("cannot run " + python);
  const Outcome py{py_run.status, py_run.out, py_run.err};
  const AvrPart* part = o.part.empty() ? nullptr : part_or_throw(o.part);
  const uint32_t arena = o.arena ? o.arena : part ? part->arena : kDefaultArena;

  bool all_same = true, refused = false;
  for (unsigned bits : {16u, 32u}) {
    if (o.widths != "both" && o.widths != std::to_string(bits)) continue;
    Loaded l;
    try {
      l = load(input, bits, true, paths);
    } catch (const CompileError& e) {
      put_stdout(input + ": kilopy refuses it at " + std::to_string(bits) + "-bit ints:\n" + compile_error_report(e, input));
      refused = true;
      continue;
    }
    HostRun host = run_captured(l, arena, o.input, 0);
    Outcome kp = host.outcome;
    std::string where = std::to_string(bits) + "-bit ints" + (part ? std::string(" on the ") + part->name : "");
    if (part) {
      std::optional<ScratchFolder> dir;
      make_firmware_folder(dir);
      Firmware fw;
      fw.part_name = part->name;
      fw.options.arena = arena;
      try {
        cmd_build_firmware(input, dir->path + "/prog.elf", bits, true, fw, paths);
      } catch (const UsageError& e) {  // e.g. a 32-bit VM and a large image beyond the part's flash
        flush_stdout();
        std::fprintf(stderr, "kilopy: error: %s\n", e.what());
        put_stdout(input + ": kilopy cannot build its firmware at " + where + " (the error above)\n");
        refused = true;
        continue;
      }
      SimOptions sim;
      sim.input = o.input;
      Captured c = capture_or_throw(sim_argv(dir->path + "/prog.elf", sim), "", own_environment());
      if (c.status == -1) throw UsageError("cannot run " + simulator_path() + ": build it (it needs libsimavr-dev)");
      // 3 is also the status of a program's sys.exit(3): kilopy-sim's own failures say so on stderr.
      if (c.status == 3 && c.err.find("kilopy-sim: ") != std::string::npos) throw OsError("the simulation failed at " + where + ": " + c.err);
      kp = Outcome{c.status, c.out, c.err};
    }
    Divergence d = compare_outcomes(py, kp);
    if (d.same) {
      put_stdout(input + ": same as CPython at " + where + ": " + std::to_string(count_lines(py.out)) + " lines, exit " +
                 std::to_string(py.status) + "\n");
      continue;
    }
    all_same = false;
    std::string report = input + ": differs from CPython at " + where +
                         (d.line ? ", output line " + std::to_string(d.line) : ", after the same output") + ":\n" +
                         "  python3: " + d.python + "\n  kilopy:  " + d.kilopy + "\n";
    // Where kilopy was: the instruction that wrote the differing byte, else the one that stopped it.
    bool wrote = d.line && d.offset < host.outcome.out.size() && host.outcome.out == kp.out;
    bool stopped = host.result.status != KP_HALTED && host.outcome.out == kp.out;
    if (wrote || stopped) {
      unsigned pc = wrote ? writer_pc(l, arena, o.input, host.result.steps, d.offset) : host.result.state.pc;
      report += "kilopy was running:\n" + frame_line(l.image, pc) + source_line(l.image, pc);
    }
    std::string kp_exception = exception_line(kp.err);
    if (!array_range_error(kp_exception) && kp_exception.rfind("OverflowError", 0) == 0 && exception_line(py.err).rfind("OverflowError", 0) != 0)
      report += bits == 16 ? "hint: CPython's ints grow without bound, kilopy's stop at 16 bits here: use 32-bit ints "
                             "(--int-bits 32) or keep the values smaller\n"
                           : "hint: CPython's ints grow without bound, kilopy's stop at 32 bits: keep the values smaller\n";
    put_stdout(report);
  }
  return !all_same ? kExitRuntimeError : refused ? kExitUsage : 0;
}

// The termios speed for a baud rate; B0 for one the tty layer has no constant for.
speed_t tty_speed(unsigned baud) {
  static const struct { unsigned baud; speed_t speed; } kSpeeds[] = {
      {1200, B1200}, {2400, B2400}, {4800, B4800}, {9600, B9600}, {19200, B19200}, {38400, B38400},
      {57600, B57600}, {115200, B115200}, {230400, B230400}, {460800, B460800}, {500000, B500000}, {1000000, B1000000}};
  for (const auto& s : kSpeeds)
    if (s.baud == baud) return s.speed;
  return B0;
}

// The program's image with its debug section, for the traceback: a firmware's .elf or .hex
// (its .debug.kbc beside it), a .kbc image, or the .py source compiled again (the same image).
Loaded monitor_image(const std::string& program, unsigned bits, bool bits_given, const std::vector<std::string>& paths) {
  bool firmware = ends_with(program, ".elf") || ends_with(program, ".hex");
  Loaded l = load(firmware ? firmware_stem(program) + ".debug.kbc" : program, bits, bits_given, paths);
  if (!l.image.has_debug)
    throw UsageError(program + " has no debug section (built with --strip): the traceback needs it");
  return l;
}

// Reads the board's UART on `port` at `baud`: prints the program's output until the exit
// trailer, then what the trailer says, as `kilopy sim` does (exit status too).
int cmd_monitor(const std::string& port, unsigned baud, const Loaded& l) {
  speed_t speed = tty_speed(baud);
  if (speed == B0) throw UsageError("--baud " + std::to_string(baud) + " is not a rate the serial port takes (the firmware's is " +
                                    std::to_string(kFirmwareBaud) + ")");
  int fd = open(port.c_str(), O_RDWR | O_NOCTTY);
  if (fd < 0) throw UsageError("cannot open the port '" + port + "': " + os_error(errno));
  std::unique_ptr<int, void (*)(int*)> closer(&fd, [](int* f) { close(*f); });
  termios tty;
  if (tcgetattr(fd, &tty) != 0) throw UsageError("'" + port + "' is not a serial port: " + os_error(errno));
  cfmakeraw(&tty);
  tty.c_cflag |= CLOCAL | CREAD;
  tty.c_cc[VMIN] = 1;
  tty.c_cc[VTIME] = 0;
  cfsetispeed(&tty, speed);
  cfsetospeed(&tty, speed);
  if (tcsetattr(fd, TCSANOW, &tty) != 0) throw UsageError("cannot set up the port '" + port + "': " + os_error(errno));
  tcflush(fd, TCIFLUSH);
  std::fprintf(stderr, "kilopy monitor: reading %s at %u baud until the program ends (Ctrl-C stops)\n", port.c_str(), baud);

  TrailerScanner scanner;
  char buf[256];
  while (!scanner.ended()) {
    ssize_t n = read(fd, buf, sizeof buf);
    if (n < 0 && errno == EINTR) continue;
    if (n <= 0)
      throw OsError("the port '" + port + "' closed before the program's exit trailer" + (n < 0 ? ": " + os_error(errno) : ""));
    for (ssize_t i = 0; i < n && !scanner.ended(); ++i) scanner.feed(buf[i], [](char out) { put_stdout(&out, 1); });
    flush_stdout();
  }
  const std::string& trailer = scanner.trailer;
  const size_t head = sizeof kTrailerStart - 1;
  Trailer t;
  if (trailer.compare(0, head, kTrailerStart) != 0 || !parse_trailer(trailer.substr(head, trailer.size() - head - 1), t))
    throw OsError("the board sent a malformed exit trailer (a wrong --baud, or noise on the line)");
  if (t.int_bits != l.image.int_bits)
    throw UsageError("the board runs " + std::to_string(t.int_bits) + "-bit ints but the program's image has " +
                     std::to_string(l.image.int_bits) + "-bit ints: give the firmware it runs, or its --int-bits");
  Stop stop = trailer_stop(t, l.image, "");
  if (stop.status == KP_HALTED) return stop.state.exit_status;
  std::fputs(stop_report(l.image, stop).c_str(), stderr);
  return stop.status == KP_BAD_IMAGE || stop.status == KP_BAD_WIDTH ? kExitUsage : kExitRuntimeError;
}

struct FlashOptions {
  std::string part = "atmega328p";  // an Arduino Uno or Nano
  std::string port;
  std::string programmer = "arduino";
  unsigned baud = 0;                // 0: avrdude's default for the programmer
  bool monitor = false;
};

// Builds the firmware in a scratch folder and writes its .hex to the board with avrdude; with
// monitor, then reads the board's output.
int cmd_flash(const std::string& input, unsigned bits, bool bits_given, Firmware fw, const FlashOptions& o,
              const std::vector<std::string>& paths) {
  fw.part_name = o.part;
  const AvrPart* part = part_or_throw(o.part);
  std::string avrdude = find_on_path("avrdude");
  if (avrdude.empty())
    throw UsageError("avrdude is not on PATH: kilopy flash runs it to write the firmware to the board "
                     "(install the Debian package avrdude)");
  std::optional<ScratchFolder> dir;
  make_firmware_folder(dir);
  std::string elf = dir->path + "/prog.elf";
  cmd_build_firmware(input, elf, bits, bits_given, fw, paths);
  std::vector<std::string> argv = {avrdude, "-p", part->avrdude, "-c", o.programmer, "-P", o.port};
  if (o.baud) argv.insert(argv.end(), {"-b", std::to_string(o.baud)});
  if (o.programmer == "arduino") argv.push_back("-D");  // a bootloader cannot erase the chip; it erases each page it writes
  argv.insert(argv.end(), {"-U", "flash:w:" + dir->path + "/prog.hex:i"});
  flush_stdout();
  int status = run_program(argv);
  if (status != 0)
    throw OsError("avrdude could not write the firmware to " + o.port + " (it exited with " + std::to_string(status) +
                  "; its messages are above)");
  if (!o.monitor) return 0;
  return cmd_monitor(o.port, kFirmwareBaud, load(dir->path + "/prog.debug.kbc", bits, false, paths));
}

int cmd_dis(const std::string& input, unsigned bits, bool bits_given, const std::vector<std::string>& paths) {
  Loaded l = load(input, bits, bits_given, paths);
  std::vector<std::string> modules(l.image.module_files.size());
  for (size_t i = 0; i < modules.size(); ++i) read_file(l.image.module_files[i], modules[i]);  // "" when gone
  put_stdout(disassemble(l.image, l.bytes.size(), l.source, modules));
  return 0;
}

// CLI11 would take "-1" for an unsigned option as 2^64 - 1 and "" as 0: a count is decimal
// digits only, from lo to hi.
CLI::Validator whole_number(uint64_t lo, uint64_t hi) {
  std::string range = std::to_string(lo) + " to " + std::to_string(hi);
  return CLI::Validator(
      [lo, hi, range](std::string& text) -> std::string {
        bool digits = !text.empty() && std::all_of(text.begin(), text.end(), [](char c) { return c >= '0' && c <= '9'; });
        errno = 0;
        unsigned long long v = digits ? std::strtoull(text.c_str(), nullptr, 10) : 0;
        if (digits && errno != ERANGE && v >= lo && v <= hi) return "";
        return "'" + text + "' is not a whole number from " + range;
      },
      "N in " + range);
}

CLI::Validator int_width() {
  return CLI::Validator(
      [](std::string& text) -> std::string {
        return text == "16" || text == "32" ? "" : "'" + text + "' is not an int width: use 16 or 32";
      },
      "16|32");
}

// The command line's command, run; its exit status.
int run_command(int argc, char** argv) {
  CLI::App app{"kilopy: compile a strict subset of Python to compact bytecode and run it in a 1 KB arena"};
  app.set_version_flag("--version", std::string("kilopy ") + KILOPY_VERSION + " (image format " +
                                        std::to_string(kFormatVersion) + ")");
  app.require_subcommand(1);

  std::string input, output, vm_config;
  unsigned bits = 0;    // 0: not given (kHostIntBits, or kFirmwareIntBits for a --target)
  uint32_t arena = 0;   // 0: not given (kDefaultArena, or the part's)
  uint64_t max_steps = 0;
  bool stats = false, strip = false;
  std::vector<std::string> paths;
  RunFiles files;
  const char* path_help = "also look for imported modules in DIR (after the program's folder and stdlib_micro/; repeatable; default: none)";
  const std::string bits_help = "int width for a .py source: 16 or 32 (default " + std::to_string(kHostIntBits) +
                                "; " + std::to_string(kFirmwareIntBits) + " with --target)";
  const std::string firmware_bits_help = "int width for a .py source: 16 or 32 (default " + std::to_string(kFirmwareIntBits) +
                                         ", the firmware's)";

  CLI::App* build = app.add_subcommand("build", "compile a .py file to a bytecode image");
  build->add_option("file", input, "the .py source (with --target, also a .kbc image)")->required();
  build->add_option("-o,--output", output, "the image to write (default: the source with .kbc; with --target, .elf)");
  build->add_option("--int-bits", bits, bits_help)->check(int_width());
  build->add_flag("--strip", strip, "leave out the debug section (line table, names)");
  build->add_option("--path", paths, path_help)->type_name("DIR");
  build->add_option("--vm-config", vm_config, "also write the C header that compiles only this image's opcodes into vm/ (targets/avr; default: none)")
      ->type_name("FILE");
  // The AVR target: firmware instead of an image.
  Firmware fw;
  CLI::Option* build_target =
      build->add_option("--target", fw.part_name, "build AVR firmware for this part: atmega168 or atmega328p (writes "
                                                  "-o's .elf and .hex, the images and the map beside them; default: none, an image)");
  build->add_option("--arena,--heap", arena, "with --target: the arena in bytes (default " + std::to_string(kAtmega168Arena) +
                                                 " on atmega168, " + std::to_string(kAtmega328pArena) +
                                                 " on atmega328p; --heap is an alias)")
      ->check(whole_number(kStateSize, 4096));
  build->add_flag("--full-vm", fw.options.full_vm, "with --target: compile every opcode handler, not only the program's (and write no .vm.h)");

  // What `run` and `mem` both take: the program, its int width, the arena, a step limit, the
  // module search path and micro.read()'s input.
  auto add_run_options = [&](CLI::App* c) {
    c->add_option("file", input, "a .py source or a .kbc image")->required();
    c->add_option("--int-bits", bits, bits_help)->check(int_width());
    c->add_option("--arena,--heap", arena, "the arena in bytes (default " + std::to_string(kDefaultArena) +
                                               "; with --target, the part's; --heap is an alias)")
        ->check(whole_number(1, kMaxArena));
    c->add_option("--max-steps", max_steps, "stop after this many instructions (default 0: no limit)")
        ->check(whole_number(0, UINT64_MAX));
    c->add_option("--path", paths, path_help)->type_name("DIR");
    c->add_option("--input", files.input, "micro.read()'s integers: a file, or - for stdin (the default)")->type_name("FILE");
  };

  CLI::App* run = app.add_subcommand("run", "run a .py file or an image on the host VM (or with --target, in simavr)");
  add_run_options(run);
  run->add_flag("--stats", stats, "print image size, arena peak and steps to stderr");
  CLI::Option* run_target = run->add_option("--target", fw.part_name, "build AVR firmware for this part and run it in simavr (default: none, the host VM)");
  run->add_option("--trace", files.trace, "write micro.trace() rows to FILE as CSV (default: none)")->type_name("FILE");

  bool show_output = false;
  CLI::App* mem = app.add_subcommand("mem", "run a program and draw its arena at the peak, with a static worst-case bound");
  add_run_options(mem);
  mem->add_flag("--show-output", show_output, "print the program's own output first (default: suppressed)");

  CLI::App* dis = app.add_subcommand("dis", "list an image's instructions with source lines");
  dis->add_option("file", input, "a .py source or a .kbc image")->required();
  dis->add_option("--int-bits", bits, bits_help)->check(int_width());
  dis->add_option("--path", paths, path_help)->type_name("DIR");

  SimOptions sim_options;
  CLI::App* sim = app.add_subcommand("sim", "run AVR firmware (from kilopy build --target) in simavr");
  sim->add_option("file", input, "the firmware's .elf (its .debug.kbc beside it gives tracebacks)")->required();
  sim->add_option("--target", sim_options.part, "the part it was built for (default: the one its ELF records)");
  sim->add_flag("--stats", sim_options.stats, "print cycles, SRAM high-water and arena peak to stderr");
  sim->add_option("--input", sim_options.input, "feed FILE to the UART: micro.read()'s integers (default: none, an empty stream)")->type_name("FILE");
  sim->add_option("--max-cycles", sim_options.max_cycles, "stop the simulation after N cycles (default 0: no limit)")
      ->check(whole_number(0, UINT64_MAX));

  CheckOptions check_options;
  CLI::App* check = app.add_subcommand("check", "run a .py file under python3 and kilopy and compare them: the output, "
                                                "the exit status and the exception (exit 0 the same, 1 not)");
  check->add_option("file", input, "the .py source")->required();
  check->add_option("--int-bits", check_options.widths, "the int widths to check: 16, 32 or both")
      ->check(CLI::IsMember({"16", "32", "both"}))
      ->capture_default_str();
  check->add_option("--input", check_options.input, "micro.read()'s integers (python3 reads the file on stdin; default: none, an empty stream)")
      ->type_name("FILE");
  check->add_option("--arena,--heap", arena, "the arena in bytes (default " + std::to_string(kDefaultArena) +
                                                 "; with --target, the part's)")
      ->check(whole_number(1, kMaxArena));
  check->add_option("--target", check_options.part, "run kilopy's side as AVR firmware for this part in simavr "
                                                     "(atmega168 or atmega328p; default: none, the host VM)");
  check->add_option("--path", paths, path_help)->type_name("DIR");

  FlashOptions flash_options;
  CLI::App* flash = app.add_subcommand("flash", "build AVR firmware for a .py file or an image and write it to a board with avrdude");
  flash->add_option("file", input, "the .py source or a .kbc image")->required();
  flash->add_option("--port", flash_options.port, "the board's serial port (e.g. /dev/ttyUSB0, /dev/ttyACM0; no default)")->required();
  flash->add_option("--target", flash_options.part, "the board's part: atmega328p (Arduino Uno, Nano) or atmega168")
      ->capture_default_str();
  flash->add_option("--programmer", flash_options.programmer, "avrdude's programmer (-c): arduino for a bootloader over USB serial")
      ->capture_default_str();
  flash->add_option("--baud", flash_options.baud, "the upload's baud rate (default: avrdude's, 115200 for arduino: an Uno; "
                                                  "57600 for a Nano with the old bootloader)")
      ->check(whole_number(1, 4000000));
  flash->add_option("--int-bits", bits, firmware_bits_help)->check(int_width());
  flash->add_option("--arena,--heap", arena, "the arena in bytes (default: the part's)")->check(whole_number(kStateSize, 4096));
  flash->add_option("--path", paths, path_help)->type_name("DIR");
  flash->add_flag("--monitor", flash_options.monitor, "then read the board's output as kilopy monitor does (default: off)");

  std::string monitor_port;
  unsigned monitor_baud = kFirmwareBaud;
  CLI::App* monitor = app.add_subcommand("monitor", "print a board's output until its program ends, and its traceback as kilopy sim does");
  monitor->add_option("file", input, "the program it runs: the firmware's .elf or .hex (its .debug.kbc beside it), "
                                     "a .kbc image or the .py source")->required();
  monitor->add_option("--port", monitor_port, "the board's serial port (no default)")->required();
  monitor->add_option("--baud", monitor_baud, "the port's baud rate (the firmware's)")->capture_default_str();
  monitor->add_option("--int-bits", bits, firmware_bits_help + " (of the .py source given)")->check(int_width());
  monitor->add_option("--path", paths, path_help)->type_name("DIR");

  CLI::App* opcodes = app.add_subcommand("opcodes", "print the instruction set table (Markdown)");

  app.failure_message([](const CLI::App*, const CLI::Error& e) {
    return "kilopy: error: " + std::string(e.what()) + " (kilopy --help lists the commands and options)\n";
  });
  // CLI11 reports an unknown command as "A subcommand is required"; name it instead.
  const std::vector<CLI::App*> commands = app.get_subcommands([](CLI::App*) { return true; });
  if (argc > 1 && argv[1][0] != '-' &&
      std::none_of(commands.begin(), commands.end(), [&](const CLI::App* c) { return c->check_name(argv[1]); })) {
    std::string names;
    for (size_t i = 0; i < commands.size(); ++i)
      names += (i == 0 ? "" : i + 1 == commands.size() ? " and " : ", ") + commands[i]->get_name();
    std::fprintf(stderr, "kilopy: error: unknown command '%s': the commands are %s\n", argv[1], names.c_str());
    return kExitUsage;
  }
  try {
    app.parse(argc, argv);
  } catch (const CLI::ParseError& e) {
    int code = app.exit(e);
    return code == 0 ? 0 : kExitUsage;
  }

  const bool bits_given = bits != 0,
             firmware = build_target->count() > 0 || run_target->count() > 0 || *flash || *monitor;
  if (!bits_given) bits = firmware ? kFirmwareIntBits : kHostIntBits;
  fw.options.arena = arena;
  try {
    if (*build) {
      if (output.empty()) output = (ends_with(input, ".py") ? input.substr(0, input.size() - 3) : input) + (firmware ? ".elf" : ".kbc");
      if (firmware) return cmd_build_firmware(input, output, bits, bits_given, fw, paths);
      return cmd_build(input, output, bits, strip, vm_config, paths);
    }
    if (*run && firmware) {
      if (max_steps) throw UsageError("--max-steps counts host VM instructions; on a --target, the simulator has no step limit");
      sim_options.stats = stats;
      sim_options.input = files.input.empty() || files.input == "-" ? "" : files.input;
      return cmd_run_target(input, bits, bits_given, fw, sim_options, paths);
    }
    if (*sim) return cmd_sim(input, sim_options);
    if (*flash) return cmd_flash(input, bits, bits_given, fw, flash_options, paths);
    if (*monitor) return cmd_monitor(monitor_port, monitor_baud, monitor_image(input, bits, bits_given, paths));
    if (*check) {
      check_options.arena = arena;
      return cmd_check(input, check_options, paths);
    }
    if (!arena) arena = kDefaultArena;
    if (*run) return cmd_run(input, bits, bits_given, arena, max_steps, stats, paths, files);
    if (*mem) return cmd_mem(input, bits, bits_given, arena, max_steps, show_output, paths, files);
    if (*dis) return cmd_dis(input, bits, bits_given, paths);
    if (*opcodes) {
      put_stdout(opcode_table_markdown());
      return 0;
    }
  } catch (const CompileError& e) {
    std::fputs(compile_error_report(e, input).c_str(), stderr);
    return kExitUsage;
  } catch (const UsageError& e) {
    std::fprintf(stderr, "kilopy: error: %s\n", e.what());
    return kExitUsage;
  } catch (const OutputError& e) {
    std::fprintf(stderr, "kilopy: error: %s\n", e.what());
    return e.opening ? kExitUsage : kExitRuntimeError;
  } catch (const OsError& e) {
    std::fprintf(stderr, "kilopy: error: %s\n", e.what());
    return kExitRuntimeError;
  } catch (const std::length_error& e) {
    std::fprintf(stderr, "kilopy: error: %s: the program is too large for the image format: %s\n", input.c_str(), e.what());
    return kExitUsage;
  }
  return 0;
}

}  // namespace

// A failed write to stdout, by the command or by CLI11 (--help), makes the status 1 at least.
int main(int argc, char** argv) {
  guard_standard_streams();
  int status = run_command(argc, argv);
  flush_stdout();
  if (!stdout_error && std::ferror(stdout)) stdout_error = EIO;
  if (!stdout_error) return status;
  std::fprintf(stderr, "kilopy: error: cannot write the output to stdout: %s\n", os_error(stdout_error).c_str());
  return std::max(status, kExitRuntimeError);
}
