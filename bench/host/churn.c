/* churn.py's twin (bench/host_speed.py builds it with gcc -O2 -DN=...): the list is an array
   with a length. */
#include <stdio.h>
#ifndef N
#define N 200000
#endif

int main(void) {
  static int xs[64] = {1, 2, 3};
  int len = 3, total = 0;
  for (int i = 0; i < N; ++i) {
    for (int j = 0; j < 8; ++j) xs[len++] = i + j;
    for (int j = 0; j < 8; ++j) total = (total + xs[--len]) % 1000003;
  }
  printf("%d %d [", total, len);
  for (int i = 0; i < len; ++i) printf(i ? ", %d" : "%d", xs[i]);
  printf("]\n");
  return 0;
}
