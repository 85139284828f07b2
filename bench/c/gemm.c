/* gemm.c - micro-benchmark of the matrix product kernel (engine/Kernels/Gemm.cs) through
 * libnativegrad.so, for tuning it on the NativeAOT build (the JIT compiles it differently).
 *
 * Each argument is one product, m,k,n,LA,LB: A is m x k and B k x n; a layout letter says how
 * the operand is stored: N row-major, T a transposed view of a row-major matrix (as the
 * backward products A^T*G and G*B^T pass them), Z an expanded scalar (strides 0, as the
 * gradient of sum). "sum:N" is the workload (A@B).sum().backward() for n x n float32.
 * Prints the best wall time of several repetitions and GFLOP/s (2mnk per product, 6n^3 for
 * sum:N), and the best process CPU time (all threads; steadier than wall time on a loaded machine).
 * Pin threads with taskset (the library sizes its pool to the CPUs it may run on).
 *
 * build: gcc -O2 -Ibindings/c/include -o /tmp/gemm bench/c/gemm.c -Lartifacts/lib -lnativegrad \
 *            -Wl,-rpath,$PWD/artifacts/lib
 * usage: gemm [-t seconds] [-d] spec...   e.g. gemm 1024,1024,1024,N,N 128,784,256,N,T sum:512
 *        (-d: the specs after it in float64)
 */
#define _GNU_SOURCE
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include "nativegrad.h"

#define CHECK(call) do { if ((call) != NG_OK) { fprintf(stderr, "%s:%d %s failed: %s\n", __FILE__, __LINE__, #call, ng_last_error()); exit(1); } } while (0)

static double clock_s(clockid_t id) {
    struct timespec ts;
    clock_gettime(id, &ts);
    return ts.tv_sec + ts.tv_nsec * 1e-9;
}
static double now(void) { return clock_s(CLOCK_MONOTONIC); }
static double cpu(void) { return clock_s(CLOCK_PROCESS_CPUTIME_ID); }

static int g_dtype = NG_FLOAT32; /* -d: float64 */

/* An r x c operand (g_dtype) stored as the layout letter says. */
static ng_tensor* operand(int64_t r, int64_t c, char layout) {
    ng_tensor *t = NULL, *v = NULL;
    if (layout == 'Z') {
        int64_t one[2] = { 1, 1 }, shape[2] = { r, c };
        CHECK(ng_randn(one, 2, g_dtype, &t));
        CHECK(ng_expand(t, shape, 2, &v));
    } else if (layout == 'T') {
        int64_t shape[2] = { c, r };
        CHECK(ng_randn(shape, 2, g_dtype, &t));
        CHECK(ng_t(t, &v));
    } else {
        int64_t shape[2] = { r, c };
        CHECK(ng_randn(shape, 2, g_dtype, &v));
        return v;
    }
    ng_tensor_free(t); /* the view keeps the storage */
    return v;
}

int main(int argc, char** argv) {
    double budget = 2.0;
    setvbuf(stdout, NULL, _IOLBF, 0);
    CHECK(ng_manual_seed(0));
    for (int i = 1; i < argc; i++) {
        if (!strcmp(argv[i], "-t") && i + 1 < argc) { budget = atof(argv[++i]); continue; }
        if (!strcmp(argv[i], "-d")) { g_dtype = NG_FLOAT64; continue; }
        long m, k, n;
        char la = 'N', lb = 'N';
        int sum = 0;
        ng_tensor *a, *b;
        if (sscanf(argv[i], "sum:%ld", &n) == 1) {
            sum = 1; m = k = n;
            int64_t shape[2] = { n, n };
            CHECK(ng_randn(shape, 2, g_dtype, &a));
            CHECK(ng_randn(shape, 2, g_dtype, &b));
            CHECK(ng_tensor_set_requires_grad(a, 1));
            CHECK(ng_tensor_set_requires_grad(b, 1));
        } else if (sscanf(argv[i], "%ld,%ld,%ld,%c,%c", &m, &k, &n, &la, &lb) >= 3) {
            a = operand(m, k, la);
            b = operand(k, n, lb);
        } else { fprintf(stderr, "gemm: bad spec %s\n", argv[i]); return 2; }

        double best = 1e30, best_cpu = 1e30, start = now();
        for (int r = 0; ; r++) {
            double t0 = now(), c0 = cpu();
            ng_tensor *y = NULL, *s = NULL;
            CHECK(ng_mm(a, b, &y));
            if (sum) {
                CHECK(ng_sum(y, &s));
                CHECK(ng_backward(s, NULL, -1, 0));
            }
            ng_tensor_free(s);
            ng_tensor_free(y);
            if (sum) { CHECK(ng_tensor_set_grad(a, NULL)); CHECK(ng_tensor_set_grad(b, NULL)); }
            double dt = now() - t0, dc = cpu() - c0;
            if (r > 0 && dt < best) best = dt;
            if (r > 0 && dc < best_cpu) best_cpu = dc;
            if (now() - start > budget && r >= 3) break;
        }
        double flops = sum ? 6.0 * n * n * n : 2.0 * m * n * k;
        printf("%-22s %10.3f ms %7.1f GFLOP/s   cpu %10.3f ms %7.1f GFLOP/cpu-s\n", argv[i], best * 1e3, flops / best / 1e9,
               best_cpu * 1e3, flops / best_cpu / 1e9);
        ng_tensor_free(a);
        ng_tensor_free(b);
    }
    return 0;
}
