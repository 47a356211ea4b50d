// Limits for a forked child that runs code a regression could make print without end: a time
// limit, and a memory limit so that the output cannot eat the machine. A normal build caps the
// address space (RLIMIT_AS). AddressSanitizer reserves terabytes of address space for its
// shadow memory, so under it that cap would kill the child at its first allocation; there
// main.cpp caps each allocation instead (__asan_default_options), and an endless output dies
// in ASan's allocator, which the test reports as a failure like any other.
#pragma once
#include <sys/resource.h>
#include <unistd.h>

#if defined(__SANITIZE_ADDRESS__)
#define KILOPY_ASAN 1
#elif defined(__has_feature)
#if __has_feature(address_sanitizer)
#define KILOPY_ASAN 1
#endif
#endif

constexpr unsigned kChildSeconds = 5;
constexpr unsigned kChildMegabytes = 512;

inline void limit_child() {
#ifndef KILOPY_ASAN
  struct rlimit mem = {rlim_t(kChildMegabytes) << 20, rlim_t(kChildMegabytes) << 20};
  setrlimit(RLIMIT_AS, &mem);
#endif
  alarm(kChildSeconds);
}
