/* Time from dlopen of libnativegrad.so to the end of its first op (issue 5: under 10 ms).
 * usage: load <path to libnativegrad.so>; prints milliseconds. Run it several times and take the best. */
#define _POSIX_C_SOURCE 200809L
#include <dlfcn.h>
#include <stdint.h>
#include <stdio.h>
#include <time.h>

typedef int32_t (*full_fn)(const int64_t*, int32_t, double, int32_t, void**);
typedef int32_t (*unary_fn)(void*, void**);
typedef int32_t (*free_fn)(void*);

static double now_ms(void) {
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return ts.tv_sec * 1e3 + ts.tv_nsec / 1e6;
}

int main(int argc, char** argv) {
    if (argc < 2) { fprintf(stderr, "usage: load <libnativegrad.so>\n"); return 2; }
    double t0 = now_ms();
    void* lib = dlopen(argv[1], RTLD_NOW | RTLD_LOCAL);
    if (!lib) { fprintf(stderr, "dlopen failed: %s\n", dlerror()); return 1; }
    full_fn full = (full_fn)dlsym(lib, "ng_full");
    unary_fn exp_ = (unary_fn)dlsym(lib, "ng_exp");
    free_fn tfree = (free_fn)dlsym(lib, "ng_tensor_free");
    if (!full || !exp_ || !tfree) { fprintf(stderr, "missing exports\n"); return 1; }
    const int64_t shape[1] = {16};
    void *x, *y;
    if (full(shape, 1, 1.0, 0, &x) != 0 || exp_(x, &y) != 0) { fprintf(stderr, "first op failed\n"); return 1; }
    double t1 = now_ms();
    tfree(y); tfree(x);
    printf("%.3f\n", t1 - t0);
    return 0;
}
