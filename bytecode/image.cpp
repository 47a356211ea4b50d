#include "bytecode/image.h"

#include <stdexcept>

#include "bytecode/image_format.h"
#include "bytecode/runtime.h"

namespace kilopy {

unsigned Image::code_end(size_t f) const {
  return f + 1 < functions.size() ? functions[f + 1].code_offset : unsigned(code.size());
}

size_t Image::function_at(unsigned pc) const {
  size_t found = 0;
  for (size_t f = 0; f < functions.size(); ++f)
    if (functions[f].code_offset <= pc) found = f;
  return found;
}

unsigned Image::line_at(size_t f, unsigned pc) const {
  unsigned line = 0;
  if (f >= functions.size()) return 0;
  for (const LineEntry& e : functions[f].lines) {
    if (e.pc > pc) break;
    line = e.line;
  }
  return line;
}

unsigned Image::file_at(size_t f, unsigned pc) const {
  unsigned file = 0;
  if (f >= functions.size()) return 0;
  for (const LineEntry& e : functions[f].lines) {
    if (e.pc > pc) break;
    file = e.file;
  }
  return file;
}

const std::string& Image::file_name(unsigned file) const {
  return file >= 1 && file <= module_files.size() ? module_files[file - 1] : source_name;
}

namespace {

class Writer {
 public:
  std::vector<uint8_t> bytes;
  void u8(size_t v, const char* what) {
    if (v > 255) throw std::length_error(std::string(what) + " exceeds 255");
    bytes.push_back(uint8_t(v));
  }
  void u16(size_t v, const char* what) {
    if (v > 65535) throw std::length_error(std::string(what) + " exceeds 65535");
    bytes.push_back(uint8_t(v & 0xff));
    bytes.push_back(uint8_t(v >> 8));
  }
  void int_le(int32_t v, unsigned width_bytes) {
    for (unsigned i = 0; i < width_bytes; ++i) bytes.push_back(uint8_t(uint32_t(v) >> (8 * i)));
  }
  void str(const std::string& s, const char* what) {
    u8(s.size(), what);
    bytes.insert(bytes.end(), s.begin(), s.end());
  }
};

class Reader {
 public:
  explicit Reader(llvm::ArrayRef<uint8_t> b) : bytes_(b) {}
  bool ok() const { return ok_; }
  size_t pos() const { return pos_; }
  uint8_t u8() {
    if (pos_ + 1 > bytes_.size()) { ok_ = false; return 0; }
    return bytes_[pos_++];
  }
  uint16_t u16() {
    uint16_t lo = u8();
    return uint16_t(lo | (u8() << 8));
  }
  std::string str() {
    size_t n = u8();
    if (pos_ + n > bytes_.size()) { ok_ = false; return ""; }
    std::string s(bytes_.begin() + pos_, bytes_.begin() + pos_ + n);
    pos_ += n;
    return s;
  }

 private:
  llvm::ArrayRef<uint8_t> bytes_;
  size_t pos_ = 0;
  bool ok_ = true;
};

}  // namespace

std::vector<uint8_t> encode_image(const Image& image, bool with_debug) {
  const unsigned width = image.int_bits / 8;
  Writer strings;
  for (const std::string& s : image.strings) strings.str(s, "string length");
  Writer debug;
  if (with_debug) {
    debug.u8(1 + image.module_files.size(), "source file count");
    debug.str(image.source_name, "source file name length");
    for (const std::string& name : image.module_files) debug.str(name, "source file name length");
    for (const std::string& name : image.global_names) debug.str(name, "global name length");
    std::vector<LineEntry> marks;  // where the file changes, over the whole code
    uint8_t file = 0;
    for (const FunctionInfo& f : image.functions) {
      debug.str(f.name, "function name length");
      debug.u16(f.lines.size(), "line table size");
      for (const LineEntry& e : f.lines) {
        debug.u16(e.pc, "pc");
        debug.u16(e.line, "line number");
        if (e.file != file) marks.push_back(e);
        file = e.file;
      }
    }
    debug.u16(marks.size(), "file mark count");
    for (const LineEntry& m : marks) {
      debug.u16(m.pc, "pc");
      debug.u8(m.file, "file index");
    }
  }

  Writer w;
  w.bytes = {'K', 'P', 'Y', kFormatVersion};
  w.u8(image.int_bits, "int width");
  w.u8(image.functions.size(), "function count");
  w.u8(image.constants.size(), "constant count");
  w.u8(image.strings.size(), "string count");
  w.u8(image.nglobals, "global count");
  w.u8((with_debug ? kFlagDebug : 0) | (image.tables.empty() ? 0 : kFlagTables) | (image.handlers.empty() ? 0 : kFlagHandlers), "flags");
  w.u16(image.code.size(), "code size");
  w.u16(strings.bytes.size(), "string data size");
  w.u16(debug.bytes.size(), "debug section size");
  for (const FunctionInfo& f : image.functions) {
    w.u16(f.code_offset, "code offset");
    w.u8(f.nregs, "register count");
    w.u8(f.nparams, "parameter count");
  }
  for (int32_t k : image.constants) w.int_le(k, width);
  w.bytes.insert(w.bytes.end(), strings.bytes.begin(), strings.bytes.end());
  w.bytes.insert(w.bytes.end(), image.code.begin(), image.code.end());
  if (!image.tables.empty()) {
    w.u16(image.tables.size(), "table section size");
    w.bytes.insert(w.bytes.end(), image.tables.begin(), image.tables.end());
  }
  if (!image.handlers.empty()) {
    w.u8(image.handlers.size(), "handler count");
    for (const Handler& h : image.handlers) {
      w.u16(h.start, "handler range start");
      w.u16(h.end, "handler range end");
      w.u16(h.handler, "handler pc");
      w.u8(h.first, "exception class");
      w.u8(h.last, "exception class");
      w.u8(h.reg, "handler register");
    }
  }
  w.bytes.insert(w.bytes.end(), debug.bytes.begin(), debug.bytes.end());
  if (w.bytes.size() > kMaxImageSize)
    throw std::length_error("image of " + std::to_string(w.bytes.size()) + " bytes exceeds the format's " +
                            std::to_string(kMaxImageSize));
  return w.bytes;
}

std::string decode_image(llvm::ArrayRef<uint8_t> bytes, Image& out) {
  out = Image();
  if (bytes.size() < kHeaderSize)
    return "image is truncated: " + std::to_string(bytes.size()) + " bytes, shorter than the " +
           std::to_string(kHeaderSize) + "-byte header";
  if (bytes[0] != 'K' || bytes[1] != 'P' || bytes[2] != 'Y') return "not a kilopy image (bad magic)";
  if (bytes[HDR_VERSION] != kFormatVersion)
    return "image format version " + std::to_string(bytes[HDR_VERSION]) +
           " is not supported (this kilopy reads version " + std::to_string(kFormatVersion) + ")";
  Reader r(bytes);
  for (int i = 0; i < 4; ++i) r.u8();
  out.int_bits = r.u8();
  if (out.int_bits != 16 && out.int_bits != 32)
    return "image int width " + std::to_string(out.int_bits) + " is neither 16 nor 32";
  size_t nfuncs = r.u8(), nconsts = r.u8(), nstrings = r.u8();
  out.nglobals = r.u8();
  uint8_t flags = r.u8();
  size_t code_size = r.u16(), strings_size = r.u16(), debug_size = r.u16();
  if (flags & ~(kFlagDebug | kFlagTables | kFlagHandlers)) return "image has unknown flags";
  out.has_debug = (flags & kFlagDebug) != 0;
  if (out.has_debug != (debug_size != 0)) return "image debug flag and debug size disagree";
  if (nfuncs == 0) return "image has no module function";
  const unsigned width = out.int_bits / 8;
  size_t expected = kHeaderSize + kFuncEntrySize * nfuncs + width * nconsts + strings_size + code_size + debug_size;
  size_t tables_at = expected - debug_size, tables_size = 0;
  if (flags & kFlagTables) {
    if (tables_at + 2 > bytes.size()) return "image is truncated: its table section has no size";
    tables_size = bytes[tables_at] | bytes[tables_at + 1] << 8;
    if (tables_size == 0 || tables_size > kMaxTableSection) return "image table section size " + std::to_string(tables_size) + " is out of range";
    expected += 2 + tables_size;
  }
  size_t handlers_at = tables_at + (tables_size ? 2 + tables_size : 0), handlers_size = 0;
  if (flags & kFlagHandlers) {
    if (handlers_at >= bytes.size()) return "image is truncated: its handler table is missing";
    handlers_size = 1 + kHandlerSize * bytes[handlers_at];
    expected += handlers_size;
  }
  if (expected != bytes.size())
    return "image size is " + std::to_string(bytes.size()) + " bytes but its header describes " +
           std::to_string(expected) + " (truncated or corrupt)";
  for (size_t f = 0; f < nfuncs; ++f) {
    FunctionInfo fi;
    fi.code_offset = r.u16();
    fi.nregs = r.u8();
    fi.nparams = r.u8();
    out.functions.push_back(fi);
  }
  for (size_t k = 0; k < nconsts; ++k) {
    uint32_t v = 0;
    for (unsigned i = 0; i < width; ++i) v |= uint32_t(r.u8()) << (8 * i);
    out.constants.push_back(width == 2 ? int32_t(int16_t(uint16_t(v))) : int32_t(v));
  }
  size_t strings_at = r.pos(), off = 0;
  for (size_t s = 0; s < nstrings; ++s) {
    if (off >= strings_size) return "string " + std::to_string(s) + " starts past the string data";
    size_t len = bytes[strings_at + off];
    if (off + 1 + len > strings_size) return "string " + std::to_string(s) + " runs past the string data";
    out.strings.emplace_back(bytes.begin() + strings_at + off + 1, bytes.begin() + strings_at + off + 1 + len);
    off += 1 + len;
  }
  if (off != strings_size)
    return "the string data holds " + std::to_string(strings_size - off) + " bytes after its " +
           std::to_string(nstrings) + " strings";
  size_t code_at = strings_at + strings_size;
  out.code.assign(bytes.begin() + code_at, bytes.begin() + code_at + code_size);
  if (tables_size) out.tables.assign(bytes.begin() + tables_at + 2, bytes.begin() + tables_at + 2 + tables_size);
  if (handlers_size) {
    Reader h(bytes.slice(handlers_at));
    for (size_t n = h.u8(); n > 0; --n) {
      Handler e;
      e.start = h.u16();
      e.end = h.u16();
      e.handler = h.u16();
      e.first = h.u8();
      e.last = h.u8();
      e.reg = h.u8();
      out.handlers.push_back(e);
    }
  }
  if (out.has_debug) {
    Reader d(bytes.slice(handlers_at + handlers_size));
    size_t nfiles = d.u8();
    if (nfiles == 0) return "image debug section names no source file";
    out.source_name = d.str();
    for (size_t i = 1; i < nfiles && d.ok(); ++i) out.module_files.push_back(d.str());
    for (size_t g = 0; g < out.nglobals; ++g) out.global_names.push_back(d.str());
    for (FunctionInfo& f : out.functions) {
      f.name = d.str();
      size_t n = d.u16();
      for (size_t i = 0; i < n && d.ok(); ++i) {
        LineEntry e;
        e.pc = d.u16();
        e.line = d.u16();
        f.lines.push_back(e);
      }
    }
    size_t nmarks = d.u16();
    std::vector<LineEntry> marks;
    for (size_t i = 0; i < nmarks && d.ok(); ++i) {
      LineEntry m;
      m.pc = d.u16();
      m.file = d.u8();
      if (m.file >= nfiles) return "image debug section has a file mark for file " + std::to_string(m.file) +
                                   " of " + std::to_string(nfiles);
      marks.push_back(m);
    }
    if (!d.ok() || d.pos() != debug_size) return "image debug section is malformed";
    size_t next = 0;
    uint8_t file = 0;
    for (FunctionInfo& f : out.functions)
      for (LineEntry& e : f.lines) {
        while (next < marks.size() && marks[next].pc <= e.pc) file = marks[next++].file;
        e.file = file;
      }
  }
  return "";
}

std::string unqualified(const std::string& name) {
  size_t cut = name.find_last_of(".\x01");
  return cut == std::string::npos ? name : name.substr(cut + 1);
}

bool is_builtin_frame(const Image& image, unsigned pc) {
  return image.has_debug && image.functions[image.function_at(pc)].name.rfind(kBuiltinFunction, 0) == 0;
}

std::string frame_line(const Image& image, unsigned pc) {
  size_t f = image.function_at(pc);
  std::string name = image.has_debug ? unqualified(image.functions[f].name) : "function " + std::to_string(f);
  unsigned line = image.line_at(f, pc);
  std::string file = image.has_debug ? image.file_name(image.file_at(f, pc)) : "<image without debug section>";
  return "  File \"" + file + "\", line " + (line ? std::to_string(line) : "?") + ", in " + name + "\n";
}

}  // namespace kilopy
