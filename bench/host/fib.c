/* fib.py's twin (bench/host_speed.py builds it with gcc -O2 -DN=...). */
#include <stdio.h>
#ifndef N
#define N 32
#endif

static int fib(int n) { return n < 2 ? n : fib(n - 1) + fib(n - 2); }

int main(void) {
  printf("%d\n", fib(N));
  return 0;
}
