#include "targets/host/firmware_cache.h"

#include <sys/stat.h>
#include <unistd.h>

#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <iterator>

#include "targets/host/avr_firmware.h"

namespace kilopy {

namespace {

namespace fs = std::filesystem;

// FNV-1a, 64 bits: the entry names need no cryptographic strength, only few collisions.
struct Hash {
  uint64_t h = 14695981039346656037ull;
  void add(const std::string& bytes) {
    for (unsigned char c : bytes) h = (h ^ c) * 1099511628211ull;
    h = (h ^ 0xff) * 1099511628211ull;  // a separator: ("ab", "c") differs from ("a", "bc")
  }
};

std::string read_all(const fs::path& path) {
  std::ifstream in(path, std::ios::binary);
  return std::string(std::istreambuf_iterator<char>(in), {});
}

}  // namespace

std::string cached_object(const std::vector<std::string>& command, const std::string& source_root) {
  const char* dir = std::getenv("KILOPY_CACHE_DIR");
  if (!dir || !*dir || command.empty()) return "";
  Hash key;
  for (const std::string& arg : command) key.add(arg);
  struct stat compiler;
  const std::string gxx = command[0].find('/') == std::string::npos ? find_on_path(command[0]) : command[0];
  key.add(gxx);
  if (stat(gxx.c_str(), &compiler) == 0) key.add(std::to_string(compiler.st_size) + " " + std::to_string(compiler.st_mtime));
  std::vector<fs::path> sources;
  std::error_code error;
  for (const char* folder : {"vm", "bytecode", "targets/avr"})
    for (fs::recursive_directory_iterator it(fs::path(source_root) / folder, error), end; !error && it != end; it.increment(error))
      if (it->is_regular_file(error)) sources.push_back(it->path());
  std::sort(sources.begin(), sources.end());
  for (const fs::path& p : sources) {
    key.add(p.string());
    key.add(read_all(p));
  }
  char name[32];
  std::snprintf(name, sizeof name, "%016llx.o", static_cast<unsigned long long>(key.h));
  return std::string(dir) + "/" + name;
}

bool fetch_cached_object(const std::string& cached, const std::string& object) {
  std::error_code error;
  return fs::copy_file(cached, object, fs::copy_options::overwrite_existing, error) && !error;
}

void store_cached_object(const std::string& object, const std::string& cached) {
  std::error_code error;
  fs::create_directories(fs::path(cached).parent_path(), error);
  const std::string partial = cached + "." + std::to_string(getpid());
  if (fs::copy_file(object, partial, fs::copy_options::overwrite_existing, error) && !error) fs::rename(partial, cached, error);
  if (error) fs::remove(partial, error);
}

}  // namespace kilopy
