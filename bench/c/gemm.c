/* gemm.c - micro-benchmark of the matrix product kernel (engine/Kernels/Gemm.cs) through
 * libnativegrad.so, for tuning it on the NativeAOT build (the JIT compiles it differently).
 *
 * Each argument is one product, m,k,n,LA,LB: A is m x k and B k x n; a layout letter says how
 * the operand is stored: N row-major, T a transposed view of a row-major matrix (as the
 * backward products A^T*G and G*B^T pass them), Z an expanded scalar (strides 0, as the
 * gradient of sum). "sum:N" is the workload (A@B).sum().backward() for n x n matrices, "dense:N"
 * (A@B).backward(G) with a dense G (all three products in full), and "mlp:B" one SGD step
 * (zero_grad, forward, MSE, backward, step) of Linear 784-256-256-10 with ReLUs at batch B, as
 * bench/compare.py's "MLP 784" row times it from Python (this one has no Python in the loop).
 * Prints the best wall time of several repetitions and GFLOP/s (2mnk per product, 6n^3 for
 * sum:N and dense:N, the products of forward and backward for mlp:B), and the best process CPU
 * time (all threads; steadier than wall time on a loaded machine).
 * Pin threads with taskset (the library sizes its pool to the CPUs it may run on).
 *
 * build: gcc -O2 -Ibindings/c/include -o /tmp/gemm bench/c/gemm.c -Lartifacts/lib -lnativegrad \
 *            -Wl,-rpath,$PWD/artifacts/lib
 * usage: gemm [-t seconds] [-d] spec...   e.g. gemm 1024,1024,1024,N,N 128,784,256,N,T sum:512 dense:1024 mlp:128
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

/* The MLP of mlp:B: Linear(784,256)-ReLU-Linear(256,256)-ReLU-Linear(256,10), SGD lr 0.01. */
typedef struct { ng_module *layers[5], *seq; ng_optimizer* opt; ng_tensor *x, *y, *params[6]; int np; } mlp;

static void mlp_new(mlp* m, long batch) {
    CHECK(ng_linear_new(784, 256, 1, g_dtype, &m->layers[0]));
    CHECK(ng_relu_new(&m->layers[1]));
    CHECK(ng_linear_new(256, 256, 1, g_dtype, &m->layers[2]));
    CHECK(ng_relu_new(&m->layers[3]));
    CHECK(ng_linear_new(256, 10, 1, g_dtype, &m->layers[4]));
    CHECK(ng_sequential_new(m->layers, 5, &m->seq));
    int32_t np;
    CHECK(ng_module_num_parameters(m->seq, &np));
    m->np = np;
    for (int i = 0; i < np; i++) {
        char* name;
        CHECK(ng_module_parameter(m->seq, i, &name, &m->params[i]));
        ng_string_free(name);
    }
    CHECK(ng_sgd_new(m->params, np, 0.01, 0, 0, 0, 0, &m->opt));
    int64_t xs[2] = { batch, 784 }, ys[2] = { batch, 10 };
    CHECK(ng_randn(xs, 2, g_dtype, &m->x));
    CHECK(ng_randn(ys, 2, g_dtype, &m->y));
}

static void mlp_step(mlp* m) {
    ng_tensor *pred, *loss;
    CHECK(ng_optimizer_zero_grad(m->opt, 0));
    CHECK(ng_module_forward(m->seq, m->x, &pred));
    CHECK(ng_mse_loss(pred, m->y, 1, &loss));
    CHECK(ng_backward(loss, NULL, -1, 0));
    CHECK(ng_optimizer_step(m->opt));
    ng_tensor_free(loss);
    ng_tensor_free(pred);
}

static void mlp_free(mlp* m) {
    for (int i = 0; i < m->np; i++) ng_tensor_free(m->params[i]);
    ng_optimizer_free(m->opt);
    ng_module_free(m->seq);
    for (int i = 0; i < 5; i++) ng_module_free(m->layers[i]);
    ng_tensor_free(m->x);
    ng_tensor_free(m->y);
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
        int sum = 0, net = 0;
        ng_tensor *a = NULL, *b = NULL, *g = NULL;
        mlp model;
        if (sscanf(argv[i], "mlp:%ld", &m) == 1) {
            net = 1;
            mlp_new(&model, m);
        } else if (sscanf(argv[i], "sum:%ld", &n) == 1 || sscanf(argv[i], "dense:%ld", &n) == 1) {
            sum = 1; m = k = n;
            if (argv[i][0] == 'd') {
                int64_t shape[2] = { n, n };
                CHECK(ng_randn(shape, 2, g_dtype, &g));
            }
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
            if (net) mlp_step(&model);
            else CHECK(ng_mm(a, b, &y));
            if (sum && g) CHECK(ng_backward(y, g, -1, 0));
            else if (sum) {
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
        /* mlp: forward 784*256 + 256*256 + 256*10 multiply-adds per row; backward twice that
         * less the input gradient of the first layer (x needs none). */
        double flops = net ? 2.0 * m * (3.0 * (784 * 256 + 256 * 256 + 256 * 10) - 784 * 256)
                     : sum ? 6.0 * n * n * n : 2.0 * m * n * k;
        printf("%-22s %10.3f ms %7.1f GFLOP/s   cpu %10.3f ms %7.1f GFLOP/cpu-s\n", argv[i], best * 1e3, flops / best / 1e9,
               best_cpu * 1e3, flops / best_cpu / 1e9);
        if (net) mlp_free(&model);
        ng_tensor_free(a);
        ng_tensor_free(b);
        ng_tensor_free(g);
    }
    return 0;
}
