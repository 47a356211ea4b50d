// The Boost.Test runner for every tests/unit/*.cpp suite.
#define BOOST_TEST_MODULE kilopy
#include <boost/test/unit_test.hpp>

#include "child_limits.h"

#ifdef KILOPY_ASAN
// limit_child()'s memory cap under ASan (see child_limits.h): no single allocation above it.
extern "C" const char* __asan_default_options() { return "max_allocation_size_mb=512"; }
#endif
