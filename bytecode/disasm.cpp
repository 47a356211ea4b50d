#include "bytecode/disasm.h"

#include <cstdio>
#include <sstream>

#include "bytecode/image_format.h"
#include "bytecode/exceptions.h"
#include "bytecode/opcode_info.h"
#include "bytecode/status.h"

namespace kilopy {

namespace {

const char* const kErrorNames[] = {
#define ERR(name, exception, message) exception,
#include "bytecode/errors.def"
#undef ERR
};

std::string quoted(const std::string& s) {
  std::string out = "\"";
  for (unsigned char c : s) {
    if (c == '\n') out += "\\n";
    else if (c == '\t') out += "\\t";
    else if (c == '"' || c == '\\') { out += '\\'; out += char(c); }
    else if (c < 32 || c == 127) { char buf[8]; std::snprintf(buf, sizeof buf, "\\x%02x", c); out += buf; }
    else out += char(c);
  }
  return out + "\"";
}

std::vector<std::string> split_lines(const std::string& source) {
  std::vector<std::string> lines;
  std::istringstream in(source);
  for (std::string line; std::getline(in, line);) lines.push_back(line);
  return lines;
}

const char* const kSeqKindNames[] = {"list", "list-of-lists", "array-b", "array-B", "array-h"};

// One operand, by kind (bytecode/formats.def).
std::string operand(const Image& img, char kind, const uint8_t* p, size_t next_pc) {
  unsigned v = p[0];
  int s16 = operand_size(kind) == 2 ? int16_t(uint16_t(p[0] | (p[1] << 8))) : 0;
  auto name = [](const std::vector<std::string>& names, unsigned i) {
    return i < names.size() ? " (" + names[i] + ")" : std::string();
  };
  auto global = [&](unsigned g) { return "g" + std::to_string(g) + name(img.global_names, g); };
  switch (kind) {
    case 'r': return "r" + std::to_string(v);
    case 'o': return v < kRegisterLimit ? "r" + std::to_string(v) : global(v - kRegisterLimit);
    case 'x': return is_immediate(uint8_t(v)) ? std::to_string(immediate_value(uint8_t(v))) : "r" + std::to_string(v);
    case 'g': return global(v);
    case 'k': return "k" + std::to_string(v) + (v < img.constants.size() ? " (" + std::to_string(img.constants[v]) + ")" : "");
    case 's': return "s" + std::to_string(v) + (v < img.strings.size() ? " " + quoted(img.strings[v]) : "");
    case 'f': return "f" + std::to_string(v) + (v < img.functions.size() && !img.functions[v].name.empty() ? " (" + img.functions[v].name + ")" : "");
    case 'n': return v < KP_STATUS_COUNT - KP_ERR_ZERO_DIV ? kErrorNames[v] : std::to_string(v);
    case 'i': return std::to_string(s16);
    case 'c': return "#" + std::to_string(v);
    case 'b': return std::to_string(v);
    case 'm': return "m" + std::to_string(v);
    case 'e': return "e" + std::to_string(v) + (v < EXC_USER_FIRST ? std::string(" (") + kExcNames[v] + ")" : std::string());
    case 't': return v < 5 ? std::string(kSeqKindNames[v]) : std::to_string(v);
    case 'j': return "-> " + std::to_string(long(next_pc) + s16);
  }
  return "?";
}

}  // namespace

std::string disassemble(const Image& img, size_t image_bytes, const std::string& source,
                        const std::vector<std::string>& module_sources) {
  std::ostringstream out;
  std::vector<std::vector<std::string>> files{split_lines(source)};
  for (const std::string& s : module_sources) files.push_back(split_lines(s));
  out << "kilopy image v" << int(kFormatVersion) << ": " << int(img.int_bits) << "-bit ints, " << image_bytes << " bytes (code "
      << img.code.size() << "), " << img.functions.size() << " functions, " << int(img.nglobals)
      << " globals, " << img.constants.size() << " constants, " << img.strings.size() << " strings"
      << (img.has_debug ? "" : ", no debug section") << "\n";
  if (!img.source_name.empty()) out << "source: " << img.source_name << "\n";
  for (const std::string& m : img.module_files) out << "module: " << m << "\n";
  for (size_t f = 0; f < img.functions.size(); ++f) {
    const FunctionInfo& fn = img.functions[f];
    out << "\nfunction " << f << " " << (fn.name.empty() ? "?" : fn.name) << ": " << int(fn.nparams)
        << " params, " << int(fn.nregs) << " registers, code " << fn.code_offset << ".."
        << img.code_end(f) << "\n";
    unsigned shown_line = 0, shown_file = 0;
    for (size_t pc = fn.code_offset; pc < img.code_end(f);) {
      unsigned line = img.line_at(f, unsigned(pc)), file = img.file_at(f, unsigned(pc));
      if (line != 0 && (line != shown_line || file != shown_file)) {
        shown_line = line;
        shown_file = file;
        static const std::vector<std::string> kNone;
        const std::vector<std::string>& lines = file < files.size() ? files[file] : kNone;
        out << "      ; " << (file ? img.file_name(file) + ":" : std::string()) << line;
        if (line <= lines.size()) out << ": " << lines[line - 1].substr(lines[line - 1].find_first_not_of(" \t") == std::string::npos ? 0 : lines[line - 1].find_first_not_of(" \t"));
        out << "\n";
      }
      uint8_t op = img.code[pc];
      if (op >= OP_COUNT || pc + op_info(op).size > img.code.size()) {
        out << "  " << pc << "  .byte " << int(op) << "\n";
        ++pc;
        continue;
      }
      const OpInfo& info = op_info(op);
      char head[32];
      std::snprintf(head, sizeof head, "%6zu  %-9s", pc, info.name);
      out << head;
      size_t o = pc + 1;
      for (const char* k = info.kinds; *k; ++k) {
        out << (k == info.kinds ? "" : ", ") << operand(img, *k, &img.code[o], pc + info.size);
        o += operand_size(*k);
      }
      out << "\n";
      pc += info.size;
    }
  }
  if (!img.handlers.empty()) out << "\nhandlers (code range -> handler: exception classes, innermost first)\n";
  for (const Handler& h : img.handlers)
    out << "  " << h.start << ".." << h.end << " -> " << h.handler << ": e" << int(h.first) << "..e" << int(h.last)
        << (h.first < EXC_USER_FIRST ? std::string(" (") + kExcNames[h.first] + ")" : std::string())
        << (h.reg != kNoHandlerRegister ? ", exception in r" + std::to_string(h.reg) + "..r" + std::to_string(h.reg + 2) : std::string()) << "\n";
  return out.str();
}

}  // namespace kilopy
