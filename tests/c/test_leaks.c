/* Leak loops through the C ABI: create/free loops of ops, backward, modules, optimizers, hooks, custom
 * functions, saves/loads and failing calls keep ng_live_bytes at its starting value and the resident
 * set flat; threads that exit after a failing call leave nothing behind (each thread's last-error
 * buffer used to leak at thread exit). RSS bounds are generous (the runtime's heap grows in steps);
 * a real leak of these loops would be hundreds of MB. */
#if defined(__unix__) || defined(__APPLE__)
#define _GNU_SOURCE
#include <pthread.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
#include "nativegrad.h"
#include "check.h"

static long rss_kb(void) {
    long pages = 0, resident = 0;
    FILE* f = fopen("/proc/self/statm", "r");
    if (!f) return 0;
    if (fscanf(f, "%ld %ld", &pages, &resident) != 2) resident = 0;
    fclose(f);
    return resident * (sysconf(_SC_PAGESIZE) / 1024);
}

static int64_t live(void) {
    int64_t b = -1;
    ng_live_bytes(&b);
    return b;
}

static int g_released;
static void release_cb(void* ctx) { (void)ctx; g_released++; }
static ng_status keep_hook(void* u, ng_tensor* g, ng_tensor** out) { (void)u; (void)g; (void)out; return NG_OK; }

static ng_status square_fwd(void* u, ng_node* ctx, ng_tensor** in, int32_t n, ng_tensor** out, int32_t max, int32_t* n_out) {
    (void)u; (void)n; (void)max;
    if (ng_ctx_save_for_backward(ctx, in, 1) != NG_OK) return NG_ERR_CALLBACK;
    *n_out = 1;
    return ng_mul(in[0], in[0], &out[0]);
}

static ng_status square_bwd(void* u, ng_node* ctx, ng_tensor** g, int32_t n, ng_tensor** gi, int32_t ni) {
    (void)u; (void)n; (void)ni;
    ng_tensor *x = NULL, *t = NULL;
    if (ng_ctx_saved_tensor(ctx, 0, &x) != NG_OK) return NG_ERR_CALLBACK;
    ng_status st = ng_mul_scalar(x, 2.0, &t);
    if (st == NG_OK) st = ng_mul(t, g[0], &gi[0]);
    ng_tensor_free(t);
    ng_tensor_free(x);
    return st;
}

/* One iteration of a mixed workload; every handle made is freed. */
static void workload(ng_module* model, ng_optimizer* opt, const char* path) {
    const int64_t xs[] = {4, 3}, ys[] = {4, 2};
    ng_tensor *x = NULL, *y = NULL, *target = NULL, *loss = NULL, *s = NULL, *e = NULL, *c = NULL;
    EXPECT_OK(ng_randn(xs, 2, NG_FLOAT32, &x));
    EXPECT_OK(ng_zeros(ys, 2, NG_FLOAT32, &target));
    EXPECT_OK(ng_optimizer_zero_grad(opt, 1));
    EXPECT_OK(ng_module_forward(model, x, &y));
    EXPECT_OK(ng_mse_loss(y, target, 1, &loss));
    EXPECT_OK(ng_backward(loss, NULL, -1, 0));
    EXPECT_OK(ng_optimizer_step(opt));
    /* a hook, a custom function, create_graph */
    ng_tensor* leaf = NULL;
    EXPECT_OK(ng_full(NULL, 0, 1.5, NG_FLOAT64, &leaf));
    EXPECT_OK(ng_tensor_set_requires_grad(leaf, 1));
    int64_t hook = 0;
    EXPECT_OK(ng_tensor_register_hook(leaf, keep_hook, release_cb, NULL, &hook));
    ng_tensor* outs[1] = {NULL};
    int32_t n_out = 0;
    EXPECT_OK(ng_custom_function_apply("Square", square_fwd, square_bwd, release_cb, NULL, &leaf, 1, outs, 1, &n_out));
    EXPECT_OK(ng_exp(outs[0], &e));
    ng_tensor* g = NULL;
    EXPECT_OK(ng_autograd_grad(&e, 1, NULL, &leaf, 1, -1, 1, 0, &g));
    EXPECT_OK(ng_sum(g, &s));
    EXPECT_OK(ng_backward(s, NULL, -1, 0));
    EXPECT_OK(ng_hook_remove(hook));
    /* strings and files */
    char* str = NULL;
    EXPECT_OK(ng_tensor_to_string(y, &str));
    ng_string_free(str);
    const char* names[] = {"x"};
    EXPECT_OK(ng_save(path, names, &x, 1, "{\"k\": \"v\"}"));
    char* lnames[1] = {NULL};
    ng_tensor* lts[1] = {NULL};
    int32_t count = 0;
    char* meta = NULL;
    EXPECT_OK(ng_load(path, lnames, lts, 1, &count, &meta));
    ng_string_free(lnames[0]);
    ng_string_free(meta);
    EXPECT_OK(ng_tensor_clone(lts[0], &c));
    ng_tensor* all[] = {x, y, target, loss, s, e, c, leaf, outs[0], g, lts[0]};
    for (size_t i = 0; i < sizeof all / sizeof *all; i++) EXPECT_OK(ng_tensor_free(all[i]));
}

/* Failing calls of several kinds (each sets the thread's message). */
static void failures(ng_tensor* a) {
    const int64_t bad[] = {-1}, dim[] = {5};
    ng_tensor* out = NULL;
    ng_tensor_free((ng_tensor*)(intptr_t)0x2);
    ng_zeros(bad, 1, NG_FLOAT32, &out);
    ng_sum_dim(a, dim, 1, 0, &out);
    ng_load_count("/nonexistent/leak-test.safetensors", NULL);
    ng_backward(a, NULL, -1, 0);
}

static void* thread_fails(void* arg) {
    const char* path = arg;
    int32_t n = 0;
    /* a message of several KB: the path is in it */
    ng_load_count(path, &n);
    if (strlen(ng_last_error()) < 4000) return (void*)1;
    return NULL;
}

int main(void) {
    char dir[] = "/tmp/ng-leaks-XXXXXX";
    if (!mkdtemp(dir)) return 2;
    char path[128];
    snprintf(path, sizeof path, "%s/w.safetensors", dir);

    ng_module *l1 = NULL, *act = NULL, *l2 = NULL, *model = NULL;
    EXPECT_OK(ng_linear_new(3, 8, 1, NG_FLOAT32, &l1));
    EXPECT_OK(ng_tanh_new(&act));
    EXPECT_OK(ng_linear_new(8, 2, 1, NG_FLOAT32, &l2));
    ng_module* layers[] = {l1, act, l2};
    EXPECT_OK(ng_sequential_new(layers, 3, &model));
    ng_tensor* params[4];
    for (int i = 0; i < 4; i++) EXPECT_OK(ng_module_parameter(model, i, NULL, &params[i]));
    ng_optimizer* opt = NULL;
    EXPECT_OK(ng_adam_new(params, 4, 1e-3, 0.9, 0.999, 1e-8, 0, 0, 0, &opt));

    /* warm up (caches, the GC's heap), then measure */
    for (int i = 0; i < 2000; i++) workload(model, opt, path);
    int64_t live0 = live();
    long rss0 = rss_kb();
    int released0 = g_released;
    for (int i = 0; i < 10000; i++) workload(model, opt, path);
    int64_t live1 = live();
    long rss1 = rss_kb();
    printf("workload: live bytes %lld -> %lld, RSS %ld -> %ld KB, %d callbacks released\n", (long long)live0,
           (long long)live1, rss0, rss1, g_released - released0);
    EXPECT(live1 == live0);
    EXPECT(rss1 - rss0 < 32 * 1024);
    EXPECT(g_released - released0 == 2 * 10000);   /* each hook and each custom function released once */

    /* modules and optimizers made and freed from C: their parameters and state are freed with them (they
     * used to wait for the GC's finalizer: 400 x Linear(1000, 1000) held 1.6 GB) */
    live0 = live();
    for (int i = 0; i < 200; i++) {
        ng_module *lin = NULL, *relu = NULL, *seq = NULL;
        EXPECT_OK(ng_linear_new(256, 256, 1, NG_FLOAT32, &lin));
        EXPECT_OK(ng_relu_new(&relu));
        ng_module* kids[] = {lin, relu};
        EXPECT_OK(ng_sequential_new(kids, 2, &seq));
        EXPECT_OK(ng_module_free(lin));    /* the Sequential keeps it alive ... */
        EXPECT_OK(ng_module_free(relu));
        ng_tensor *w = NULL, *b = NULL, *in = NULL, *o = NULL, *l = NULL;
        EXPECT_OK(ng_module_get_parameter(seq, "0.weight", &w));
        EXPECT_OK(ng_module_get_parameter(seq, "0.bias", &b));
        ng_tensor* wb[] = {w, b};
        ng_optimizer* adam = NULL;
        EXPECT_OK(ng_adam_new(wb, 2, 1e-3, 0.9, 0.999, 1e-8, 0, 0, 0, &adam));
        const int64_t xs[] = {2, 256};
        EXPECT_OK(ng_ones(xs, 2, NG_FLOAT32, &in));
        EXPECT_OK(ng_module_forward(seq, in, &o));   /* ... and usable */
        EXPECT_OK(ng_sum(o, &l));
        EXPECT_OK(ng_backward(l, NULL, -1, 0));
        EXPECT_OK(ng_module_free(seq));
        EXPECT_OK(ng_tensor_free(w));
        EXPECT_OK(ng_tensor_free(b));
        EXPECT_OK(ng_optimizer_step(adam));      /* the optimizer keeps its parameters alive */
        EXPECT_OK(ng_optimizer_free(adam));
        ng_tensor* tmp[] = {in, o, l};
        for (int k = 0; k < 3; k++) EXPECT_OK(ng_tensor_free(tmp[k]));
    }
    printf("modules: live bytes %lld -> %lld\n", (long long)live0, (long long)live());
    EXPECT(live() == live0);

    /* failing calls: messages are replaced, not accumulated */
    ng_tensor* a = NULL;
    const int64_t s3[] = {3};
    EXPECT_OK(ng_ones(s3, 1, NG_FLOAT32, &a));
    for (int i = 0; i < 10000; i++) failures(a);
    rss0 = rss_kb();
    live0 = live();
    for (int i = 0; i < 50000; i++) failures(a);
    rss1 = rss_kb();
    printf("failures: RSS %ld -> %ld KB\n", rss0, rss1);
    EXPECT(rss1 - rss0 < 16 * 1024);
    EXPECT(live() == live0);

    /* the pointer from ng_last_error stays valid (and unchanged) across successful calls */
    ng_tensor_free((ng_tensor*)(intptr_t)0x2);
    const char* msg = ng_last_error();
    char copy[256];
    snprintf(copy, sizeof copy, "%s", msg);
    for (int i = 0; i < 1000; i++) workload(model, opt, path);
    EXPECT_STR(msg, copy);

    /* threads that fail once and exit: their messages (here 4 KB each) are freed with them */
    static char long_path[4200];
    memset(long_path, 'p', sizeof long_path - 1);
    long_path[0] = '/';
    for (int round = 0; round < 2; round++) {
        if (round == 1) rss0 = rss_kb();
        for (int i = 0; i < 1000; i++) {
            pthread_t th[4];
            void* r[4];
            for (int k = 0; k < 4; k++) pthread_create(&th[k], NULL, thread_fails, long_path);
            for (int k = 0; k < 4; k++) { pthread_join(th[k], &r[k]); EXPECT(r[k] == NULL); }
            workload(model, opt, path);   /* keeps the GC running, as a program would */
        }
    }
    rss1 = rss_kb();
    printf("threads: RSS %ld -> %ld KB over 4000 threads\n", rss0, rss1);
    EXPECT(rss1 - rss0 < 8 * 1024);   /* a leak of the messages alone would be 16 MB */

    EXPECT_OK(ng_tensor_free(a));
    for (int i = 0; i < 4; i++) EXPECT_OK(ng_tensor_free(params[i]));
    EXPECT_OK(ng_optimizer_free(opt));
    ng_module* ms[] = {model, l1, act, l2};
    for (int i = 0; i < 4; i++) EXPECT_OK(ng_module_free(ms[i]));
    unlink(path);
    rmdir(dir);
    return finish("test_leaks");
}
#else
#include <stdio.h>
int main(void) {
    puts("test_leaks: skipped: needs pthreads, /proc and mkdtemp (POSIX only)");
    return 0;
}
#endif
