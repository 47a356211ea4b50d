#include "targets/host/output_file.h"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <cstdio>
#include <cstring>

namespace kilopy {

namespace {

// The file a chain of symbolic links from `path` ends at (which need not exist yet).
std::string follow_links(const std::string& given) {
  std::string path = given;
  for (int hops = 0; hops < 40; ++hops) {
    char target[4096];
    ssize_t n = readlink(path.c_str(), target, sizeof target);
    if (n < 0 || size_t(n) == sizeof target) return path;
    std::string next(target, size_t(n));
    size_t slash = path.rfind('/');
    path = next[0] == '/' || slash == std::string::npos ? next : path.substr(0, slash + 1) + next;
  }
  throw OutputError(true, "cannot write '" + given + "': " + os_error(ELOOP));
}

// Writes all of bytes to fd and closes it; false (errno set) if any of it failed.
bool write_and_close(int fd, const std::vector<uint8_t>& bytes) {
  for (size_t done = 0; done < bytes.size();) {
    ssize_t n = write(fd, bytes.data() + done, bytes.size() - done);
    if (n < 0 && errno == EINTR) continue;
    if (n <= 0) {
      int e = n < 0 ? errno : EIO;
      close(fd);
      errno = e;
      return false;
    }
    done += size_t(n);
  }
  return close(fd) == 0;
}

}  // namespace

std::string os_error(int e) { return "[Errno " + std::to_string(e) + "] " + std::strerror(e); }

void write_output(const std::string& path, const std::vector<uint8_t>& bytes) {
  struct stat st;  // through the links as the kernel follows them (/dev/stdout: a pipe's, too)
  if (stat(path.c_str(), &st) == 0 && !S_ISREG(st.st_mode)) {
    if (S_ISDIR(st.st_mode)) throw OutputError(true, "cannot write '" + path + "': " + os_error(EISDIR));
    int fd = open(path.c_str(), O_WRONLY | O_CLOEXEC);
    if (fd < 0) throw OutputError(true, "cannot write '" + path + "': " + os_error(errno));
    if (!write_and_close(fd, bytes)) throw OutputError(false, "cannot write '" + path + "': " + os_error(errno));
    return;
  }
  const std::string target = follow_links(path), tmp = target + ".tmp";
  int fd = open(tmp.c_str(), O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0666);
  if (fd < 0) throw OutputError(true, "cannot write '" + path + "': " + os_error(errno));
  if (!write_and_close(fd, bytes) || std::rename(tmp.c_str(), target.c_str()) != 0) {
    int e = errno;
    std::remove(tmp.c_str());
    throw OutputError(false, "cannot write '" + path + "': " + os_error(e));
  }
}

}  // namespace kilopy
