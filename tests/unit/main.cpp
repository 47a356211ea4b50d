// The Boost.Test runner for every tests/unit/*.cpp suite.
#define BOOST_TEST_MODULE kilopy
#include <boost/test/unit_test.hpp>
