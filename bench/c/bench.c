/* bench.c - the native runner of NativeGrad's benchmarks (issue 5).
 *
 * Measures this machine's limits (a STREAM-style triad in GB/s and the FMA peak in GFLOP/s, on
 * one thread and on every core) and drives libnativegrad.so through nativegrad.h on the
 * workloads of bench/compare.py: the seed graph log(x**3) forward+backward on a scalar, an
 * elementwise graph on 1K/1M/16M float32, (A@B).sum().backward() for n = 64..1024, and the
 * seed Hessian-vector product on float64. Every figure is the best of several repetitions
 * (the machine is shared; the best is the least disturbed run).
 *
 * usage: bench [out.json] [--quick]   (writes the results as JSON when a path is given)
 */
#define _GNU_SOURCE
#include <immintrin.h>
#include <pthread.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>
#include "nativegrad.h"

#define CHECK(call) do { if ((call) != NG_OK) { fprintf(stderr, "%s:%d %s failed: %s\n", __FILE__, __LINE__, #call, ng_last_error()); exit(1); } } while (0)

static double now(void) {
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return ts.tv_sec + ts.tv_nsec * 1e-9;
}

static int g_quick = 0;
static FILE* g_json = NULL;
static int g_first = 1;

static void json_num(const char* key, double v) {
    if (!g_json) return;
    fprintf(g_json, "%s\n  \"%s\": %.6g", g_first ? "" : ",", key, v);
    g_first = 0;
}

/* ------------------------------------------------------------------ machine limits */

static int g_threads;

typedef struct { double* a; double* b; double* c; long lo, hi; int reps; double secs; } triad_arg;

static pthread_barrier_t g_bar;

static void* triad_worker(void* p) {
    triad_arg* t = p;
    const double s = 3.0;
    for (long i = t->lo; i < t->hi; i++) { t->a[i] = 1.0; t->b[i] = 2.0; t->c[i] = 0.5; } /* first touch */
    double best = 1e30;
    for (int r = 0; r < t->reps; r++) {
        pthread_barrier_wait(&g_bar);
        double t0 = now();
        for (long i = t->lo; i < t->hi; i++) t->a[i] = t->b[i] + s * t->c[i];
        pthread_barrier_wait(&g_bar);
        double dt = now() - t0;
        if (dt < best) best = dt;
    }
    t->secs = best;
    return NULL;
}

/* STREAM triad a = b + s*c over n doubles on `threads` threads; GB/s counts 24 bytes per element. */
static double triad(long n, int threads) {
    double* a = aligned_alloc(64, n * sizeof(double));
    double* b = aligned_alloc(64, n * sizeof(double));
    double* c = aligned_alloc(64, n * sizeof(double));
    pthread_t th[64];
    triad_arg args[64];
    pthread_barrier_init(&g_bar, NULL, threads);
    for (int t = 0; t < threads; t++) {
        args[t] = (triad_arg){ a, b, c, n * t / threads, n * (t + 1) / threads, g_quick ? 4 : 10, 0 };
        pthread_create(&th[t], NULL, triad_worker, &args[t]);
    }
    double secs = 0;
    for (int t = 0; t < threads; t++) { pthread_join(th[t], NULL); if (args[t].secs > secs) secs = args[t].secs; }
    pthread_barrier_destroy(&g_bar);
    free(a); free(b); free(c);
    return 24.0 * n / secs / 1e9;
}

typedef struct { long iters; int dbl; double secs; float sink; } fma_arg;

/* 12 independent FMA chains: enough to keep two FMA pipes busy through a 4-5 cycle latency. */
static void* fma_worker(void* p) {
    fma_arg* t = p;
    double t0 = now();
    if (!t->dbl) {
        __m256 x = _mm256_set1_ps(0.999999f), y = _mm256_set1_ps(1e-7f);
        /* Distinct starting values: with equal ones the compiler merges the 12 chains into one. */
        __m256 c0 = _mm256_set1_ps(0.50f), c1 = _mm256_set1_ps(0.51f), c2 = _mm256_set1_ps(0.52f), c3 = _mm256_set1_ps(0.53f);
        __m256 c4 = _mm256_set1_ps(0.54f), c5 = _mm256_set1_ps(0.55f), c6 = _mm256_set1_ps(0.56f), c7 = _mm256_set1_ps(0.57f);
        __m256 c8 = _mm256_set1_ps(0.58f), c9 = _mm256_set1_ps(0.59f), c10 = _mm256_set1_ps(0.60f), c11 = _mm256_set1_ps(0.61f);
        for (long i = 0; i < t->iters; i++) {
            c0 = _mm256_fmadd_ps(c0, x, y); c1 = _mm256_fmadd_ps(c1, x, y); c2 = _mm256_fmadd_ps(c2, x, y);
            c3 = _mm256_fmadd_ps(c3, x, y); c4 = _mm256_fmadd_ps(c4, x, y); c5 = _mm256_fmadd_ps(c5, x, y);
            c6 = _mm256_fmadd_ps(c6, x, y); c7 = _mm256_fmadd_ps(c7, x, y); c8 = _mm256_fmadd_ps(c8, x, y);
            c9 = _mm256_fmadd_ps(c9, x, y); c10 = _mm256_fmadd_ps(c10, x, y); c11 = _mm256_fmadd_ps(c11, x, y);
        }
        __m256 s = _mm256_add_ps(_mm256_add_ps(_mm256_add_ps(c0, c1), _mm256_add_ps(c2, c3)),
                                 _mm256_add_ps(_mm256_add_ps(c4, c5), _mm256_add_ps(c6, c7)));
        s = _mm256_add_ps(s, _mm256_add_ps(_mm256_add_ps(c8, c9), _mm256_add_ps(c10, c11)));
        t->sink = _mm256_cvtss_f32(s);
    } else {
        __m256d x = _mm256_set1_pd(0.999999), y = _mm256_set1_pd(1e-7);
        __m256d c0 = _mm256_set1_pd(0.50), c1 = _mm256_set1_pd(0.51), c2 = _mm256_set1_pd(0.52), c3 = _mm256_set1_pd(0.53);
        __m256d c4 = _mm256_set1_pd(0.54), c5 = _mm256_set1_pd(0.55), c6 = _mm256_set1_pd(0.56), c7 = _mm256_set1_pd(0.57);
        __m256d c8 = _mm256_set1_pd(0.58), c9 = _mm256_set1_pd(0.59), c10 = _mm256_set1_pd(0.60), c11 = _mm256_set1_pd(0.61);
        for (long i = 0; i < t->iters; i++) {
            c0 = _mm256_fmadd_pd(c0, x, y); c1 = _mm256_fmadd_pd(c1, x, y); c2 = _mm256_fmadd_pd(c2, x, y);
            c3 = _mm256_fmadd_pd(c3, x, y); c4 = _mm256_fmadd_pd(c4, x, y); c5 = _mm256_fmadd_pd(c5, x, y);
            c6 = _mm256_fmadd_pd(c6, x, y); c7 = _mm256_fmadd_pd(c7, x, y); c8 = _mm256_fmadd_pd(c8, x, y);
            c9 = _mm256_fmadd_pd(c9, x, y); c10 = _mm256_fmadd_pd(c10, x, y); c11 = _mm256_fmadd_pd(c11, x, y);
        }
        __m256d s = _mm256_add_pd(_mm256_add_pd(_mm256_add_pd(c0, c1), _mm256_add_pd(c2, c3)),
                                  _mm256_add_pd(_mm256_add_pd(c4, c5), _mm256_add_pd(c6, c7)));
        s = _mm256_add_pd(s, _mm256_add_pd(_mm256_add_pd(c8, c9), _mm256_add_pd(c10, c11)));
        t->sink = (float)_mm256_cvtsd_f64(s);
    }
    t->secs = now() - t0;
    return NULL;
}

/* FMA peak in GFLOP/s (2 flops per lane per FMA) on `threads` threads; best of a few runs. */
static double fma_peak(int threads, int dbl) {
    long iters = g_quick ? 20000000L : 50000000L;
    double best = 0;
    for (int r = 0; r < 3; r++) {
        pthread_t th[64];
        fma_arg args[64];
        for (int t = 0; t < threads; t++) { args[t] = (fma_arg){ iters, dbl, 0, 0 }; pthread_create(&th[t], NULL, fma_worker, &args[t]); }
        double secs = 0;
        for (int t = 0; t < threads; t++) { pthread_join(th[t], NULL); if (args[t].secs > secs) secs = args[t].secs; }
        double gf = threads * (double)iters * 12 * (dbl ? 4 : 8) * 2 / secs / 1e9;
        if (gf > best) best = gf;
    }
    return best;
}

/* ------------------------------------------------------------------ nativegrad workloads */

/* Runs fn `reps` times after one warm-up; returns the best time in seconds. */
typedef void (*workload_fn)(void* ctx);
static double best_of(workload_fn fn, void* ctx, int reps, double budget) {
    fn(ctx);
    double best = 1e30, start = now();
    for (int r = 0; r < reps; r++) {
        double t0 = now();
        fn(ctx);
        double dt = now() - t0;
        if (dt < best) best = dt;
        if (now() - start > budget && r >= 2) break;
    }
    return best;
}

typedef struct { ng_tensor* x; } seed_ctx;

/* The seed graph: y = log(x**3); y.backward(); x.grad cleared so every run does the same work. */
static void seed_once(void* p) {
    seed_ctx* c = p;
    ng_tensor *y = NULL, *z = NULL;
    CHECK(ng_pow_scalar(c->x, 3.0, &y));
    CHECK(ng_log(y, &z));
    CHECK(ng_backward(z, NULL, -1, 0));
    ng_tensor_free(z);
    ng_tensor_free(y);
    CHECK(ng_tensor_set_grad(c->x, NULL));
}

/* Mean time per call over a batch (too short for one clock reading each). */
static double seed_scalar(void) {
    seed_ctx c;
    CHECK(ng_full(NULL, 0, 1.5, NG_FLOAT32, &c.x));
    CHECK(ng_tensor_set_requires_grad(c.x, 1));
    for (int i = 0; i < 20000; i++) seed_once(&c);
    /* Many short batches rather than a few long ones: the best one is then likely to have missed
     * the disturbances of a shared machine (a batch is ~25 ms, far above the clock's resolution). */
    int batch = 20000, reps = g_quick ? 5 : 30;
    double best = 1e30;
    for (int r = 0; r < reps; r++) {
        double t0 = now();
        for (int i = 0; i < batch; i++) seed_once(&c);
        double dt = (now() - t0) / batch;
        if (dt < best) best = dt;
    }
    ng_tensor_free(c.x);
    return best;
}

typedef struct { ng_tensor *a, *b; } ew_ctx;

/* ((a*b + a.exp()).sum()).backward(), grads cleared each run. */
static void ew_once(void* p) {
    ew_ctx* c = p;
    ng_tensor *ab = NULL, *ea = NULL, *s = NULL, *t = NULL;
    CHECK(ng_mul(c->a, c->b, &ab));
    CHECK(ng_exp(c->a, &ea));
    CHECK(ng_add(ab, ea, &s));
    CHECK(ng_sum(s, &t));
    CHECK(ng_backward(t, NULL, -1, 0));
    ng_tensor_free(t); ng_tensor_free(s); ng_tensor_free(ea); ng_tensor_free(ab);
    CHECK(ng_tensor_set_grad(c->a, NULL));
    CHECK(ng_tensor_set_grad(c->b, NULL));
}

static ng_tensor* randn_grad(int64_t* shape, int nd, int dtype) {
    ng_tensor* t = NULL;
    CHECK(ng_randn(shape, nd, dtype, &t));
    CHECK(ng_tensor_set_requires_grad(t, 1));
    return t;
}

typedef struct { ng_tensor *a, *b; } mm_ctx;

static void mm_once(void* p) {
    mm_ctx* c = p;
    ng_tensor *y = NULL, *s = NULL;
    CHECK(ng_mm(c->a, c->b, &y));
    CHECK(ng_sum(y, &s));
    CHECK(ng_backward(s, NULL, -1, 0));
    ng_tensor_free(s); ng_tensor_free(y);
    CHECK(ng_tensor_set_grad(c->a, NULL));
    CHECK(ng_tensor_set_grad(c->b, NULL));
}

typedef struct { ng_tensor* a; } hvp_ctx;

/* The seed Hessian-vector product: g = grad(mean(a*a), a, create_graph); g.norm().backward(). */
static void hvp_once(void* p) {
    hvp_ctx* c = p;
    ng_tensor *sq = NULL, *m = NULL, *g = NULL, *nrm = NULL;
    CHECK(ng_mul(c->a, c->a, &sq));
    CHECK(ng_mean(sq, &m));
    CHECK(ng_autograd_grad(&m, 1, NULL, &c->a, 1, -1, 1, 0, &g));
    CHECK(ng_norm(g, 2.0, NULL, 0, 0, &nrm));
    CHECK(ng_backward(nrm, NULL, -1, 0));
    ng_tensor_free(nrm); ng_tensor_free(g); ng_tensor_free(m); ng_tensor_free(sq);
    CHECK(ng_tensor_set_grad(c->a, NULL));
}

int main(int argc, char** argv) {
    const char* out = NULL;
    for (int i = 1; i < argc; i++) {
        if (!strcmp(argv[i], "--quick")) g_quick = 1;
        else if (argv[i][0] == '-' || out) { /* an option we do not know, or a second path: never a file name */
            fprintf(stderr, "usage: %s [out.json] [--quick]\n", argv[0]);
            return strcmp(argv[i], "--help") && strcmp(argv[i], "-h") ? 2 : 0;
        } else out = argv[i];
    }
    if (out && !(g_json = fopen(out, "w"))) { perror(out); return 1; }
    if (g_json) fprintf(g_json, "{");
    g_threads = (int)sysconf(_SC_NPROCESSORS_ONLN);
    if (g_threads < 1) g_threads = 1;
    if (g_threads > 64) g_threads = 64;
    setvbuf(stdout, NULL, _IOLBF, 0);
    CHECK(ng_manual_seed(0));

    double load[1] = { 0 };
    if (getloadavg(load, 1) != 1) load[0] = -1;
    printf("machine: %d cores, load average %.1f%s\n", g_threads, load[0],
           load[0] >= g_threads ? " (at or above the core count: every figure is disturbed)" : "");
    json_num("load_average", load[0]);
    long tn = g_quick ? 8L << 20 : 32L << 20; /* 3 arrays of 256 MB: far past the caches */
    double tr1 = triad(tn, 1), trn = triad(tn, g_threads);
    printf("  STREAM triad       1 thread %7.1f GB/s   %d threads %7.1f GB/s\n", tr1, g_threads, trn);
    double f1 = fma_peak(1, 0), fn = fma_peak(g_threads, 0), d1 = fma_peak(1, 1), dn = fma_peak(g_threads, 1);
    /* FMA units are per core: all cores give about cores x one core unless another process (or
     * the hypervisor) holds a core. Measure again a few times before reporting a disturbed peak,
     * which would flatter every "% of peak" figure. */
    for (int r = 0; r < 4 && (fn < 0.9 * g_threads * f1 || dn < 0.9 * g_threads * d1); r++) {
        sleep(1);
        double f = fma_peak(g_threads, 0), d = fma_peak(g_threads, 1);
        if (f > fn) fn = f;
        if (d > dn) dn = d;
    }
    if (fn < 0.9 * g_threads * f1 || dn < 0.9 * g_threads * d1)
        printf("  warning: the %d-thread FMA peak stayed below %d x the 1-thread one: a core is busy elsewhere\n", g_threads, g_threads);
    printf("  FMA peak float32   1 thread %7.1f GFLOP/s   %d threads %7.1f GFLOP/s\n", f1, g_threads, fn);
    printf("  FMA peak float64   1 thread %7.1f GFLOP/s   %d threads %7.1f GFLOP/s\n", d1, g_threads, dn);
    json_num("threads", g_threads);
    json_num("triad_gbs_1", tr1); json_num("triad_gbs_all", trn);
    json_num("fma_f32_gflops_1", f1); json_num("fma_f32_gflops_all", fn);
    json_num("fma_f64_gflops_1", d1); json_num("fma_f64_gflops_all", dn);

    printf("nativegrad from C (libnativegrad.so, ABI %u, %d-bit vectors)\n", ng_abi_version(), ng_vector_width_bits());
    double seed = seed_scalar();
    printf("  seed log(x**3) fwd+bwd, scalar       %9.3f us   (target < 2 us)\n", seed * 1e6);
    json_num("seed_scalar_s", seed);

    long ew_sizes[] = { 1L << 10, 1L << 20, 1L << 24 };
    for (int i = 0; i < 3; i++) {
        int64_t shape[1] = { ew_sizes[i] };
        ew_ctx c = { randn_grad(shape, 1, NG_FLOAT32), randn_grad(shape, 1, NG_FLOAT32) };
        double t = best_of(ew_once, &c, ew_sizes[i] > (1 << 20) ? (g_quick ? 3 : 8) : 200, g_quick ? 1.0 : 3.0);
        double gbs = 16.0 * ew_sizes[i] / t / 1e9; /* must move: read a, b; write a.grad, b.grad */
        printf("  (a*b+exp(a)).sum() fwd+bwd n=%-9ld %9.3f ms   %6.1f GB/s of the 16 B/elem it must move (%.0f%% of triad)\n",
               ew_sizes[i], t * 1e3, gbs, 100 * gbs / trn);
        char key[64];
        snprintf(key, sizeof key, "ew_exp_%ld_s", ew_sizes[i]);
        json_num(key, t);
        ng_tensor_free(c.a); ng_tensor_free(c.b);
    }

    int mm_sizes[] = { 64, 256, 512, 1024 };
    for (int i = 0; i < 4; i++) {
        int64_t n = mm_sizes[i], shape[2] = { n, n };
        mm_ctx c = { randn_grad(shape, 2, NG_FLOAT32), randn_grad(shape, 2, NG_FLOAT32) };
        double t = best_of(mm_once, &c, n <= 256 ? 100 : 10, g_quick ? 1.0 : 4.0);
        double gf = 6.0 * n * n * n / t / 1e9; /* nominal: forward A@B and the two backward products (those two, with the expanded gradient of sum, cost only O(n^2)) */
        printf("  (A@B).sum() fwd+bwd n=%-4ld float32   %9.3f ms   %6.1f GFLOP/s (%.0f%% of the %d-core FMA peak)\n",
               (long)n, t * 1e3, gf, 100 * gf / fn, g_threads);
        char key[64];
        snprintf(key, sizeof key, "mm_%ld_s", (long)n);
        json_num(key, t);
        ng_tensor_free(c.a); ng_tensor_free(c.b);
    }

    long hv_sizes[] = { 5, 1L << 20 };
    for (int i = 0; i < 2; i++) {
        int64_t shape[1] = { hv_sizes[i] };
        hvp_ctx c = { randn_grad(shape, 1, NG_FLOAT64) };
        double t = best_of(hvp_once, &c, hv_sizes[i] < 100 ? 20000 : 30, g_quick ? 1.0 : 3.0);
        printf("  HVP grad(mean(a*a), create_graph).norm().backward() n=%-8ld float64 %9.3f us\n", hv_sizes[i], t * 1e6);
        char key[64];
        snprintf(key, sizeof key, "hvp_%ld_s", hv_sizes[i]);
        json_num(key, t);
        ng_tensor_free(c.a);
    }

    if (g_json) { fprintf(g_json, "\n}\n"); fclose(g_json); }
    return 0;
}
