/* The seed graph (x = 5 requiring grad; y = x**3; z = log(y); z.backward()) run N times, for counting the
 * instructions of one iteration with callgrind: run it with N and 2N and divide the difference by N
 * (library load and runtime start-up cancel out). Used to check that the profiler costs ~nothing when off.
 *
 *   gcc -O2 -Ibindings/c/include bench/c/seed_loop.c -Lartifacts/lib -lnativegrad -o seed_loop
 *   DOTNET_GCRegionRange=40000000 valgrind --tool=callgrind --callgrind-out-file=/dev/null ./seed_loop 2000
 */
#include <stdio.h>
#include <stdlib.h>
#include "nativegrad.h"

#define CHECK(call) do { if ((call) != NG_OK) { fprintf(stderr, "%s failed: %s\n", #call, ng_last_error()); return 1; } } while (0)

int main(int argc, char** argv) {
    long n = argc > 1 ? atol(argv[1]) : 1000;
    for (long i = 0; i < n; i++) {
        ng_tensor *x = NULL, *y = NULL, *z = NULL, *grad = NULL;
        CHECK(ng_full(NULL, 0, 5.0, NG_FLOAT32, &x));
        CHECK(ng_tensor_set_requires_grad(x, 1));
        CHECK(ng_pow_scalar(x, 3.0, &y));
        CHECK(ng_log(y, &z));
        CHECK(ng_backward(z, NULL, -1, 0));
        CHECK(ng_tensor_grad(x, &grad));
        ng_tensor_free(grad); ng_tensor_free(z); ng_tensor_free(y); ng_tensor_free(x);
    }
    return 0;
}
