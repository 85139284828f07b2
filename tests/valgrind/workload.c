/* A mixed workload of the C ABI for valgrind (tests/valgrind/run.sh): tensor ops and views, backward and
 * autograd.grad with create_graph, a custom function and hooks (C callbacks), modules and an optimizer,
 * save/load, failing calls of every kind (released, forged and wrong-kind handles, NULL pointers, bad
 * shapes, sizes past the limits), printing, and threads that fail once and exit. It checks its own
 * results (exit 1 on a wrong one); valgrind checks the memory accesses and leaks. */
#define _GNU_SOURCE
#include <pthread.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
#include "nativegrad.h"

static int g_bad;
#define OK(call) do { ng_status st_ = (call); if (st_ != NG_OK) { g_bad++; fprintf(stderr, "%s:%d: %s -> %d (%s)\n", __FILE__, __LINE__, #call, st_, ng_last_error()); } } while (0)
#define FAILS(call) do { ng_status st_ = (call); if (st_ == NG_OK || st_ == NG_ERR_INTERNAL || !*ng_last_error()) { g_bad++; fprintf(stderr, "%s:%d: %s -> %d, expected an error\n", __FILE__, __LINE__, #call, st_); } } while (0)

static ng_status scale_hook(void* u, ng_tensor* g, ng_tensor** out) { (void)u; return ng_mul_scalar(g, 2.0, out); }
static int g_released;
static void release_cb(void* u) { (void)u; g_released++; }

static ng_status cube_fwd(void* u, ng_node* ctx, ng_tensor** in, int32_t n, ng_tensor** out, int32_t max, int32_t* n_out) {
    (void)u; (void)n; (void)max;
    ng_status st = ng_ctx_save_for_backward(ctx, in, 1);
    if (st != NG_OK) return st;
    *n_out = 1;
    return ng_pow_scalar(in[0], 3.0, &out[0]);
}

static ng_status cube_bwd(void* u, ng_node* ctx, ng_tensor** g, int32_t n, ng_tensor** gi, int32_t ni) {
    (void)u; (void)n; (void)ni;
    ng_tensor *x = NULL, *x2 = NULL, *t = NULL;
    ng_status st = ng_ctx_saved_tensor(ctx, 0, &x);
    if (st == NG_OK) st = ng_mul(x, x, &x2);
    if (st == NG_OK) st = ng_mul_scalar(x2, 3.0, &t);
    if (st == NG_OK) st = ng_mul(t, g[0], &gi[0]);
    ng_tensor_free(t); ng_tensor_free(x2); ng_tensor_free(x);
    return st;
}

static double item(ng_tensor* t) { double v = 0; OK(ng_tensor_item(t, &v)); return v; }

static void ops_and_autograd(void) {
    const int64_t s23[] = {2, 3}, s32[] = {3, 2};
    ng_tensor *a, *b, *c, *d, *e, *f, *s, *g, *n;
    OK(ng_randn(s23, 2, NG_FLOAT64, &a));
    OK(ng_tensor_set_requires_grad(a, 1));
    OK(ng_randn(s32, 2, NG_FLOAT64, &b));
    OK(ng_mm(a, b, &c));                       /* [2, 2] */
    OK(ng_tanh(c, &d));
    OK(ng_t(d, &e));
    OK(ng_add(d, e, &f));
    OK(ng_sum(f, &s));
    OK(ng_autograd_grad(&s, 1, NULL, &a, 1, -1, 1, 0, &g));   /* create_graph */
    OK(ng_norm(g, 2.0, NULL, 0, 0, &n));
    OK(ng_backward(n, NULL, -1, 0));
    ng_tensor* ag = NULL;
    OK(ng_tensor_grad(a, &ag));
    if (!ag) g_bad++;
    char* str = NULL;
    OK(ng_tensor_to_string(f, &str));
    if (!str || strncmp(str, "tensor([[", 9) != 0) g_bad++;
    ng_string_free(str);
    /* views and in-place writes */
    ng_tensor *v, *w;
    const int64_t spec[] = {NG_INDEX_SLICE, 0, 1, 1, NG_INDEX_INT, 2, 0, 0};
    OK(ng_tensor_detach(a, &v));
    OK(ng_index(v, spec, 2, &w));
    OK(ng_mul_scalar_(w, 0.0));
    ng_tensor* all[] = {a, b, c, d, e, f, s, g, n, ag, v, w};
    for (size_t i = 0; i < sizeof all / sizeof *all; i++) OK(ng_tensor_free(all[i]));
}

static void callbacks(void) {
    ng_tensor *x, *y, *z;
    OK(ng_full(NULL, 0, 2.0, NG_FLOAT64, &x));
    OK(ng_tensor_set_requires_grad(x, 1));
    int64_t hook;
    OK(ng_tensor_register_hook(x, scale_hook, release_cb, NULL, &hook));
    ng_tensor* outs[1];
    int32_t n_out = 0;
    OK(ng_custom_function_apply("Cube", cube_fwd, cube_bwd, release_cb, NULL, &x, 1, outs, 1, &n_out));
    y = outs[0];
    OK(ng_sum(y, &z));
    OK(ng_backward(z, NULL, -1, 0));
    ng_tensor* g = NULL;
    OK(ng_tensor_grad(x, &g));
    if (item(g) != 24.0) { g_bad++; fprintf(stderr, "d(x^3)/dx * 2 at 2: %g\n", item(g)); }
    OK(ng_hook_remove(hook));
    OK(ng_hook_remove(hook));   /* twice is fine */
    ng_tensor* all[] = {x, y, z, g};
    for (size_t i = 0; i < 4; i++) OK(ng_tensor_free(all[i]));
}

static void training(const char* path) {
    ng_module *l1, *act, *l2, *model;
    OK(ng_linear_new(4, 8, 1, NG_FLOAT32, &l1));
    OK(ng_relu_new(&act));
    OK(ng_linear_new(8, 1, 1, NG_FLOAT32, &l2));
    ng_module* layers[] = {l1, act, l2};
    OK(ng_sequential_new(layers, 3, &model));
    ng_tensor* ps[4];
    for (int i = 0; i < 4; i++) OK(ng_module_parameter(model, i, NULL, &ps[i]));
    ng_optimizer* opt;
    OK(ng_adam_new(ps, 4, 1e-2, 0.9, 0.999, 1e-8, 0, 0, 0, &opt));
    const int64_t xs[] = {16, 4}, ys[] = {16, 1};
    ng_tensor *x, *y;
    OK(ng_randn(xs, 2, NG_FLOAT32, &x));
    OK(ng_ones(ys, 2, NG_FLOAT32, &y));
    double first = 0, last = 0;
    for (int step = 0; step < 30; step++) {
        ng_tensor *p, *loss;
        OK(ng_optimizer_zero_grad(opt, 1));
        OK(ng_module_forward(model, x, &p));
        OK(ng_mse_loss(p, y, 1, &loss));
        OK(ng_backward(loss, NULL, -1, 0));
        OK(ng_optimizer_step(opt));
        if (step == 0) first = item(loss);
        last = item(loss);
        OK(ng_tensor_free(loss)); OK(ng_tensor_free(p));
    }
    if (!(last < first)) { g_bad++; fprintf(stderr, "loss did not go down: %g -> %g\n", first, last); }
    /* save and load the parameters */
    const char* names[] = {"0.weight", "0.bias", "2.weight", "2.bias"};
    OK(ng_save(path, names, ps, 4, "{\"epoch\": \"30\"}"));
    int32_t count = 0;
    OK(ng_load_count(path, &count));
    char* lnames[4];
    ng_tensor* lts[4];
    char* meta = NULL;
    OK(ng_load(path, lnames, lts, 4, &count, &meta));
    if (count != 4 || !meta || !strstr(meta, "epoch")) g_bad++;
    for (int i = 0; i < count; i++) { ng_string_free(lnames[i]); OK(ng_tensor_free(lts[i])); }
    ng_string_free(meta);
    for (int i = 0; i < 4; i++) OK(ng_tensor_free(ps[i]));
    OK(ng_tensor_free(x)); OK(ng_tensor_free(y));
    OK(ng_optimizer_free(opt));
    ng_module* ms[] = {model, l1, act, l2};
    for (int i = 0; i < 4; i++) OK(ng_module_free(ms[i]));
}

static void errors(void) {
    const int64_t s3[] = {3}, s4[] = {4}, bad[] = {-1}, huge[] = {INT64_MAX}, wrap[] = {4611686018427387905LL, 4};
    ng_tensor *a, *b, *out = NULL, *dead;
    ng_node* node;
    ng_module* m;
    OK(ng_ones(s3, 1, NG_FLOAT32, &a));
    OK(ng_tensor_set_requires_grad(a, 1));
    OK(ng_ones(s4, 1, NG_FLOAT32, &b));
    OK(ng_mul(a, a, &dead));
    OK(ng_tensor_grad_fn(dead, &node));
    OK(ng_tensor_free(dead));
    OK(ng_relu_new(&m));
    FAILS(ng_add(a, b, &out));                         /* shapes */
    FAILS(ng_add(NULL, b, &out));                      /* NULL handle */
    FAILS(ng_add(a, b, NULL));                         /* NULL output */
    FAILS(ng_tensor_free(dead));                       /* released */
    FAILS(ng_tensor_free((ng_tensor*)(intptr_t)0x2));  /* forged */
    FAILS(ng_tensor_free((ng_tensor*)node));           /* wrong kind */
    FAILS(ng_module_forward((ng_module*)a, b, &out));
    FAILS(ng_zeros(bad, 1, NG_FLOAT32, &out));
    FAILS(ng_zeros(huge, 1, NG_FLOAT32, &out));
    FAILS(ng_view(b, wrap, 2, &out));
    FAILS(ng_narrow(b, 0, 3, INT32_MAX, &out));
    FAILS(ng_backward(a, NULL, -1, 0));                /* not a scalar */
    FAILS(ng_load_count("/nonexistent/file.safetensors", NULL));
    if (out != NULL) g_bad++;
    OK(ng_node_free(node));
    OK(ng_module_free(m));
    OK(ng_tensor_free(a)); OK(ng_tensor_free(b));
}

static void* thread_body(void* arg) {
    (void)arg;
    ops_and_autograd();
    ng_tensor_free((ng_tensor*)(intptr_t)0x2);   /* leaves a message on this thread, freed at its exit */
    return NULL;
}

int main(void) {
    char dir[] = "/tmp/ng-valgrind-XXXXXX";
    if (!mkdtemp(dir)) return 2;
    char path[128];
    snprintf(path, sizeof path, "%s/model.safetensors", dir);
    OK(ng_manual_seed(7));
    for (int i = 0; i < 3; i++) {
        ops_and_autograd();
        callbacks();
        training(path);
        errors();
    }
    pthread_t th[4];
    for (int i = 0; i < 4; i++) pthread_create(&th[i], NULL, thread_body, NULL);
    for (int i = 0; i < 4; i++) pthread_join(th[i], NULL);
    if (g_released != 6) { g_bad++; fprintf(stderr, "%d callback releases, expected 6\n", g_released); }
    int64_t live = -1;
    OK(ng_live_bytes(&live));
    unlink(path);
    rmdir(dir);
    printf("valgrind workload: %s (live bytes at exit: %lld)\n", g_bad ? "WRONG RESULTS" : "ok", (long long)live);
    return g_bad ? 1 : 0;
}
