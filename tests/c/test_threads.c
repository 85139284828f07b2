/* Backward from 8 threads at once (docs/THREADS.md): graphs of their own sharing a leaf, a shared module,
 * one shared graph with retain_graph. Accumulation into .grad is serialised per tensor, so the sums of
 * these small-integer gradients are exact. */
#define _POSIX_C_SOURCE 200809L
#include <pthread.h>
#include <stdlib.h>
#include "nativegrad.h"
#include "check.h"

#define THREADS 8

typedef struct { int id; void* shared; int reps; int errors; } job;

static pthread_barrier_t g_start;

static void run_threads(void* (*body)(void*), void* shared, int reps, int* errors) {
    pthread_t th[THREADS];
    job jobs[THREADS];
    pthread_barrier_init(&g_start, NULL, THREADS);
    for (int i = 0; i < THREADS; i++) {
        jobs[i] = (job){i, shared, reps, 0};
        pthread_create(&th[i], NULL, body, &jobs[i]);
    }
    *errors = 0;
    for (int i = 0; i < THREADS; i++) {
        pthread_join(th[i], NULL);
        *errors += jobs[i].errors;
    }
    pthread_barrier_destroy(&g_start);
}

/* Every element of t's grad equals expect (float32 or float64 read through float64). */
static int grad_all_equal(ng_tensor* t, int64_t n, double expect, int float64) {
    ng_tensor* g = NULL;
    if (ng_tensor_grad(t, &g) != NG_OK || g == NULL) return 0;
    int ok = 1;
    if (float64) {
        double* v = malloc(sizeof(double) * n);
        ng_tensor_copy_to(g, v, (int64_t)sizeof(double) * n);
        for (int64_t i = 0; i < n; i++) if (v[i] != expect) ok = 0;
        free(v);
    } else {
        float* v = malloc(sizeof(float) * n);
        ng_tensor_copy_to(g, v, (int64_t)sizeof(float) * n);
        for (int64_t i = 0; i < n; i++) if (v[i] != (float)expect) ok = 0;
        free(v);
    }
    ng_tensor_free(g);
    return ok;
}

/* ---- 8 threads x own graphs over one leaf ---------------------------------------------------- */

static void* leaf_body(void* p) {
    job* j = p;
    ng_tensor* w = j->shared;
    pthread_barrier_wait(&g_start);
    for (int r = 0; r < j->reps; r++) {
        ng_tensor *y = NULL, *s = NULL;
        if (ng_mul_scalar(w, j->id + 1, &y) || ng_sum(y, &s) || ng_backward(s, NULL, -1, 0)) j->errors++;
        ng_tensor_free(s);
        ng_tensor_free(y);
    }
    return NULL;
}

static void test_shared_leaf(void) {
    const int64_t n = 4096;
    const int reps = 300;
    ng_tensor* w = NULL;
    EXPECT_OK(ng_ones(&n, 1, NG_FLOAT32, &w));
    EXPECT_OK(ng_tensor_set_requires_grad(w, 1));
    int errors = 0;
    run_threads(leaf_body, w, reps, &errors);
    EXPECT(errors == 0);
    EXPECT(grad_all_equal(w, n, reps * (THREADS * (THREADS + 1) / 2), 0));   /* 300 * 36 */
    ng_tensor_free(w);
}

/* ---- a shared module: Linear(64, 32) - ReLU - Linear(32, 1), weights of ones ------------------ */

static void* module_body(void* p) {
    job* j = p;
    ng_module* model = j->shared;
    double xs[64];
    for (int i = 0; i < 64; i++) xs[i] = 1;
    xs[0] = j->id;
    const int64_t shape[2] = {1, 64};
    pthread_barrier_wait(&g_start);
    for (int r = 0; r < j->reps; r++) {
        ng_tensor *x = NULL, *y = NULL, *s = NULL;
        if (ng_tensor_from_buffer(xs, sizeof xs, NG_FLOAT64, shape, 2, &x) || ng_module_forward(model, x, &y) ||
            ng_sum(y, &s) || ng_backward(s, NULL, -1, 0))
            j->errors++;
        ng_tensor_free(s);
        ng_tensor_free(y);
        ng_tensor_free(x);
    }
    return NULL;
}

static ng_tensor* param(ng_module* m, const char* name) {
    ng_tensor* p = NULL;
    EXPECT_OK(ng_module_get_parameter(m, name, &p));
    return p;
}

static void test_shared_module(void) {
    const int reps = 100;
    ng_module *l1 = NULL, *relu = NULL, *l2 = NULL, *model = NULL;
    EXPECT_OK(ng_linear_new(64, 32, 1, NG_FLOAT64, &l1));
    EXPECT_OK(ng_relu_new(&relu));
    EXPECT_OK(ng_linear_new(32, 1, 1, NG_FLOAT64, &l2));
    ng_module* parts[3] = {l1, relu, l2};
    EXPECT_OK(ng_sequential_new(parts, 3, &model));
    ng_tensor *w1 = param(model, "0.weight"), *b1 = param(model, "0.bias"), *w2 = param(model, "2.weight"),
              *b2 = param(model, "2.bias");
    int32_t prev = 0;
    EXPECT_OK(ng_set_grad_enabled(0, &prev));
    EXPECT_OK(ng_tensor_fill_(w1, 1)); EXPECT_OK(ng_tensor_fill_(b1, 0));
    EXPECT_OK(ng_tensor_fill_(w2, 1)); EXPECT_OK(ng_tensor_fill_(b2, 0));
    EXPECT_OK(ng_set_grad_enabled(prev, &prev));
    int errors = 0;
    run_threads(module_body, model, reps, &errors);
    EXPECT(errors == 0);
    /* h = (id + 63) in every unit: dW1[i, j] = x_j, db1 = 1, dW2 = h, db2 = 1, summed over the runs. */
    double n = reps * THREADS, sum_id = reps * (THREADS * (THREADS - 1) / 2);
    ng_tensor* g = NULL;
    EXPECT_OK(ng_tensor_grad(w1, &g));
    double gw1[32 * 64];
    EXPECT_OK(ng_tensor_copy_to(g, gw1, sizeof gw1));
    int ok = 1;
    for (int i = 0; i < 32; i++)
        for (int k = 0; k < 64; k++) if (gw1[i * 64 + k] != (k == 0 ? sum_id : n)) ok = 0;
    EXPECT(ok);
    ng_tensor_free(g);
    EXPECT(grad_all_equal(b1, 32, n, 1));
    EXPECT(grad_all_equal(w2, 32, sum_id + 63 * n, 1));
    EXPECT(grad_all_equal(b2, 1, n, 1));
    ng_tensor_free(w1); ng_tensor_free(b1); ng_tensor_free(w2); ng_tensor_free(b2);
    ng_module_free(model); ng_module_free(l1); ng_module_free(relu); ng_module_free(l2);
}

/* ---- one graph shared by all threads, retain_graph ------------------------------------------- */

static void* graph_body(void* p) {
    job* j = p;
    ng_tensor* z = j->shared;
    pthread_barrier_wait(&g_start);
    for (int r = 0; r < j->reps; r++)
        if (ng_backward(z, NULL, 1, 0)) j->errors++;
    return NULL;
}

static void test_shared_graph(void) {
    const int64_t n = 512;
    const int reps = 100;
    ng_tensor *w = NULL, *w3 = NULL, *sq = NULL, *z = NULL;
    EXPECT_OK(ng_ones(&n, 1, NG_FLOAT64, &w));
    EXPECT_OK(ng_tensor_set_requires_grad(w, 1));
    EXPECT_OK(ng_mul_scalar(w, 3, &w3));
    EXPECT_OK(ng_mul(w3, w, &sq));                /* 3 w^2: saves both inputs */
    EXPECT_OK(ng_sum(sq, &z));
    int errors = 0;
    run_threads(graph_body, z, reps, &errors);
    EXPECT(errors == 0);
    EXPECT(grad_all_equal(w, n, 6.0 * reps * THREADS, 1));   /* d/dw = 6 w */
    ng_tensor_free(z); ng_tensor_free(sq); ng_tensor_free(w3); ng_tensor_free(w);
}

int main(void) {
    test_shared_leaf();
    test_shared_module();
    test_shared_graph();
    return finish("test_threads");
}
