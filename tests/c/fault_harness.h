/* The harness of the generated fault suite (tests/c/test_faults.c, written by bindings/gen/Faults.cs).
 *
 * The generated file lists, for every export, one runner (the call with every argument taken from a
 * fx_* helper below) and its cases: the baseline (no argument changed), then one argument changed at a
 * time: NULL for each pointer, a released / forged / wrong-kind handle for each handle (and the first
 * entry of each handle array), negative and huge values for each length, extreme values for each other
 * integer and for every entry of each int64 array (shapes, dims), NaN and infinities for each double. Each case runs in its own child process, forked before
 * the parent ever calls the library (a process that forks after the .NET runtime started its threads
 * could not use it in the child), with an alarm as timeout. A case passes when the child exits normally
 * and:
 *   - EXPECT_FAIL: the call returned an error status (not NG_ERR_INTERNAL) with a non-empty
 *     ng_last_error(), wrote no output (every out buffer keeps its sentinel bytes) and left every
 *     fixture usable (a wrong-kind handle used to free an unrelated object);
 *   - EXPECT_OK_IF_BASELINE_OK (NULL in a parameter documented "May be NULL"): NG_OK whenever the
 *     baseline call returned NG_OK; otherwise as EXPECT_ANY;
 *   - EXPECT_ANY (extreme values that may be valid): NG_OK, or an error as in EXPECT_FAIL.
 * NG_ERR_INTERNAL always fails a case: nothing a caller passes should reach an unexpected exception.
 */
#ifndef NG_FAULT_HARNESS_H
#define NG_FAULT_HARNESS_H
#define _GNU_SOURCE
#include <errno.h>
#include <math.h>
#include <signal.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/wait.h>
#include <unistd.h>
#include "nativegrad.h"

enum { FX_TENSOR = 1, FX_NODE = 2, FX_MODULE = 3, FX_OPTIMIZER = 4, FX_HOOK = 5, FX_GENERATOR = 6, FX_KINDS = 6 };
enum { FK_BASELINE, FK_NULL, FK_RELEASED, FK_FORGED, FK_WRONG_KIND, FK_NULL_ENTRY, FK_LEN_NEGATIVE, FK_LEN_HUGE,
       FK_INT, FK_DOUBLE, FK_VALUES };
enum { EXPECT_FAIL, EXPECT_OK_IF_BASELINE_OK, EXPECT_ANY };

typedef struct fault_case fault_case;
struct fault_case {
    int fn;               /* index into the export table */
    int param;            /* index of the changed parameter, -1 for the baseline */
    int kind;             /* FK_* */
    int expect;           /* EXPECT_* */
    int64_t value;        /* FK_INT / FK_LEN_*: the value; FK_FORGED: which forgery; FK_WRONG_KIND: the kind */
    double dvalue;        /* FK_DOUBLE */
};

typedef ng_status (*fault_runner)(const fault_case* c);
typedef struct { const char* name; const char* params; fault_runner run; } fault_export;

/* ---------------------------------------------------------------------------------- fixtures */

static ng_tensor *fx_t0, *fx_t1, *fx_ti, *fx_tb, *fx_released_tensor;
static ng_node *fx_n0, *fx_released_node;
static ng_module *fx_m0, *fx_m1, *fx_released_module;
static ng_optimizer *fx_o0, *fx_released_optimizer;
static int64_t fx_h0, fx_released_hook;
static ng_generator *fx_g0, *fx_released_generator;
static char fx_dir[64] = "", fx_path[96] = "";
static const fault_case* fx_case;
static int fx_null_inputs;   /* FK_LEN_HUGE: every pointer argument is NULL */

/* Input buffers by role (the generator picks one by type and name; not every suite uses all). */
#define FX_UNUSED __attribute__((unused))
static FX_UNUSED int64_t fx_shape[64] = {2, 3, 1, 1, 1, 1, 1, 1};
static FX_UNUSED int64_t fx_strides[64] = {3, 1};
static FX_UNUSED int64_t fx_dims[64] = {0, 1};
static FX_UNUSED int64_t fx_zeros64[256];
static FX_UNUSED int32_t fx_zeros32[64];
static FX_UNUSED double fx_zerosd[64];
static FX_UNUSED unsigned char fx_bytes[4096];
static FX_UNUSED const char* fx_names[64] = {"a", "b"};

static void fx_fail_setup(const char* what) {
    fprintf(stderr, "fault harness: fixture setup failed at %s: %s\n", what, ng_last_error());
    _exit(3);
}
#define FX_SETUP(call) do { if ((call) != NG_OK) fx_fail_setup(#call); } while (0)

static ng_status fx_hook(void* u, ng_tensor* g, ng_tensor** out) { (void)u; (void)g; (void)out; return NG_OK; }

static void fx_setup(void) {
    const int64_t s[] = {2, 3};
    FX_SETUP(ng_ones(s, 2, NG_FLOAT32, &fx_t0));
    FX_SETUP(ng_tensor_set_requires_grad(fx_t0, 1));
    FX_SETUP(ng_full(s, 2, 2.0, NG_FLOAT32, &fx_t1));
    FX_SETUP(ng_tensor_set_requires_grad(fx_t1, 1));
    FX_SETUP(ng_zeros(s, 2, NG_INT64, &fx_ti));
    FX_SETUP(ng_zeros(s, 2, NG_BOOL, &fx_tb));
    ng_tensor* y;
    FX_SETUP(ng_mul_scalar(fx_t0, 2.0, &y));
    FX_SETUP(ng_tensor_grad_fn(y, &fx_n0));
    FX_SETUP(ng_tensor_free(y));
    FX_SETUP(ng_linear_new(3, 3, 1, NG_FLOAT32, &fx_m0));
    FX_SETUP(ng_relu_new(&fx_m1));
    FX_SETUP(ng_sgd_new(&fx_t0, 1, 0.1, 0, 0, 0, 0, &fx_o0));
    FX_SETUP(ng_tensor_register_hook(fx_t1, fx_hook, NULL, NULL, &fx_h0));
    FX_SETUP(ng_generator_new(&fx_g0));
    /* released handles of each kind */
    FX_SETUP(ng_zeros(s, 2, NG_FLOAT32, &fx_released_tensor));
    FX_SETUP(ng_tensor_free(fx_released_tensor));
    FX_SETUP(ng_mul_scalar(fx_t1, 3.0, &y));
    FX_SETUP(ng_tensor_grad_fn(y, &fx_released_node));
    FX_SETUP(ng_node_free(fx_released_node));
    FX_SETUP(ng_tensor_free(y));
    FX_SETUP(ng_relu_new(&fx_released_module));
    FX_SETUP(ng_module_free(fx_released_module));
    FX_SETUP(ng_sgd_new(&fx_t1, 1, 0.1, 0, 0, 0, 0, &fx_released_optimizer));
    FX_SETUP(ng_optimizer_free(fx_released_optimizer));
    FX_SETUP(ng_tensor_register_hook(fx_t1, fx_hook, NULL, NULL, &fx_released_hook));
    FX_SETUP(ng_hook_remove(fx_released_hook));
    FX_SETUP(ng_generator_new(&fx_released_generator));
    FX_SETUP(ng_generator_free(fx_released_generator));
    /* a file to load, in a directory of this child's own */
    snprintf(fx_dir, sizeof fx_dir, "/tmp/ng-faults-XXXXXX");
    if (!mkdtemp(fx_dir)) fx_fail_setup("mkdtemp");
    snprintf(fx_path, sizeof fx_path, "%s/f.safetensors", fx_dir);
    ng_tensor* pair[] = {fx_t0, fx_t1};
    FX_SETUP(ng_save(fx_path, fx_names, pair, 2, NULL));
}

static void fx_cleanup(void) {
    if (fx_path[0]) unlink(fx_path);
    char tmp[128];
    snprintf(tmp, sizeof tmp, "%s.tmp", fx_path);
    unlink(tmp);
    if (fx_dir[0]) rmdir(fx_dir);
}

/* The live fixture of a kind, as the value C passes. */
static uintptr_t fx_live(int kind) {
    switch (kind) {
    case FX_TENSOR: return (uintptr_t)fx_t0;
    case FX_NODE: return (uintptr_t)fx_n0;
    case FX_MODULE: return (uintptr_t)fx_m0;
    case FX_OPTIMIZER: return (uintptr_t)fx_o0;
    case FX_GENERATOR: return (uintptr_t)fx_g0;
    default: return (uintptr_t)fx_h0;
    }
}

static uintptr_t fx_released(int kind) {
    switch (kind) {
    case FX_TENSOR: return (uintptr_t)fx_released_tensor;
    case FX_NODE: return (uintptr_t)fx_released_node;
    case FX_MODULE: return (uintptr_t)fx_released_module;
    case FX_OPTIMIZER: return (uintptr_t)fx_released_optimizer;
    case FX_GENERATOR: return (uintptr_t)fx_released_generator;
    default: return (uintptr_t)fx_released_hook;
    }
}

/* Values that are no handle: a small integer, a neighbour of a live handle, all ones. */
static uintptr_t fx_forged(int kind, int64_t which) {
    switch (which) {
    case 0: return 0x2;
    case 1: return fx_live(kind) + 1;
    default: return ~(uintptr_t)0;
    }
}

static int fx_changed(int param) { return fx_case->param == param; }

/* A handle argument of `kind`: the live fixture (or `base` when given), or the case's replacement. */
static uintptr_t fx_handle_value(int param, int kind, uintptr_t base) {
    if (!fx_changed(param)) return base ? base : fx_live(kind);
    switch (fx_case->kind) {
    case FK_NULL: return 0;
    case FK_RELEASED: return fx_released(kind);
    case FK_FORGED: return fx_forged(kind, fx_case->value);
    case FK_WRONG_KIND: return fx_live((int)fx_case->value);
    default: return base ? base : fx_live(kind);
    }
}

static void* fx_handle(int param, int kind, uintptr_t base) { return (void*)fx_handle_value(param, kind, base); }
static int64_t fx_hook_id(int param) { return (int64_t)fx_handle_value(param, FX_HOOK, 0); }

/* An array of handles (64 entries, all the live fixture `base`); the case may change entry 0 or the pointer. */
static void* fx_handles(int param, int kind, uintptr_t base) {
    static uintptr_t arrays[16][64];
    uintptr_t* a = arrays[param % 16];
    if (fx_null_inputs || (fx_changed(param) && fx_case->kind == FK_NULL)) return NULL;
    for (int i = 0; i < 64; i++) a[i] = base ? base : fx_live(kind);
    if (kind == FX_TENSOR && !base) a[1] = (uintptr_t)fx_t1;
    if (fx_changed(param)) {
        switch (fx_case->kind) {
        case FK_RELEASED: a[0] = fx_released(kind); break;
        case FK_FORGED: a[0] = fx_forged(kind, fx_case->value); break;
        case FK_WRONG_KIND: a[0] = fx_live((int)fx_case->value); break;
        case FK_NULL_ENTRY: a[0] = 0; break;
        default: break;
        }
    }
    return a;
}

/* An input buffer (`base`), or NULL; for FK_VALUES an int64 array whose every entry is the case's value. */
static int64_t fx_values[256];
static void* fx_ptr(int param, const void* base) {
    if (fx_null_inputs || (fx_changed(param) && fx_case->kind == FK_NULL)) return NULL;
    if (fx_changed(param) && fx_case->kind == FK_VALUES) {
        for (int i = 0; i < 256; i++) fx_values[i] = fx_case->value;
        return fx_values;
    }
    return (void*)base;
}

/* An output buffer filled with sentinel bytes (checked after a failed call), or NULL. */
#define FX_OUT_BYTES 1024
static unsigned char fx_out_buffers[16][FX_OUT_BYTES] __attribute__((aligned(64)));
static int fx_out_used[16];
static void* fx_out(int param) {
    if (fx_null_inputs || (fx_changed(param) && fx_case->kind == FK_NULL)) return NULL;
    unsigned char* b = fx_out_buffers[param % 16];
    memset(b, 0xA5, FX_OUT_BYTES);
    fx_out_used[param % 16] = 1;
    return b;
}

static int32_t fx_i32(int param, int32_t base) {
    if (fx_changed(param) && (fx_case->kind == FK_INT || fx_case->kind == FK_LEN_NEGATIVE || fx_case->kind == FK_LEN_HUGE))
        return (int32_t)fx_case->value;
    return base;
}

static int64_t fx_i64(int param, int64_t base) {
    if (fx_changed(param) && (fx_case->kind == FK_INT || fx_case->kind == FK_LEN_NEGATIVE || fx_case->kind == FK_LEN_HUGE))
        return fx_case->value;
    return base;
}

static double fx_f64(int param, double base) { return fx_changed(param) && fx_case->kind == FK_DOUBLE ? fx_case->dvalue : base; }

/* ------------------------------------------------------------------------------- verdicts */

/* Every fixture is still usable and unchanged in kind and shape. Returns a description of the damage or NULL. */
static const char* fx_damage(void) {
    int64_t n = 0;
    int32_t k = 0;
    ng_tensor* ts[] = {fx_t0, fx_t1, fx_ti, fx_tb};
    for (int i = 0; i < 4; i++)
        if (ng_tensor_numel(ts[i], &n) != NG_OK || n != 6) return "a fixture tensor was freed or changed";
    if (ng_node_num_next(fx_n0, &k) != NG_OK) return "the fixture node was freed";
    if (ng_module_num_parameters(fx_m0, &k) != NG_OK || k != 2) return "the fixture Linear module was freed";
    if (ng_module_num_parameters(fx_m1, &k) != NG_OK) return "the fixture ReLU module was freed";
    if (ng_optimizer_set_lr(fx_o0, 0.1) != NG_OK) return "the fixture optimizer was freed";
    if (ng_tensor_free(fx_released_tensor) != NG_ERR_RELEASED_HANDLE) return "a released tensor handle came back to life";
    return NULL;
}

static const char* fx_outputs_written(void) {
    for (int i = 0; i < 16; i++) {
        if (!fx_out_used[i]) continue;
        for (int j = 0; j < FX_OUT_BYTES; j++)
            if (fx_out_buffers[i][j] != 0xA5) return "an output was written by a failing call";
    }
    return NULL;
}

static const char* const fx_kind_names[] = {"baseline", "NULL", "released handle", "forged handle", "wrong-kind handle",
                                           "NULL entry", "negative length", "huge length (NULL pointers)", "integer",
                                           "double", "array of"};

/* Runs one case in this (child) process; returns 0 when it passes, else prints why and returns 1.
 * For the baseline the exit code carries the status (100 + status). */
static int fx_run_case(const fault_export* ex, const fault_case* c, int baseline_status) {
    fx_setup();
    fx_case = c;
    fx_null_inputs = c->kind == FK_LEN_HUGE;
    memset(fx_out_used, 0, sizeof fx_out_used);
    ng_status st = ex->run(c);
    /* a copy: the checks below make failing calls, which replace the thread's message */
    char msg[512];
    snprintf(msg, sizeof msg, "%s", ng_last_error() ? ng_last_error() : "");
    const char* why = NULL;
    if (st == NG_ERR_INTERNAL) why = "NG_ERR_INTERNAL";
    else if (c->kind == FK_BASELINE) {
        if (st != NG_OK && !*msg) why = "an error without a message";
    } else if (st == NG_OK) {
        if (c->expect == EXPECT_FAIL) why = "NG_OK (expected an error)";
    } else {
        if (c->expect == EXPECT_OK_IF_BASELINE_OK && baseline_status == NG_OK) why = "an error, though the parameter may be NULL";
        else if (!*msg) why = "an error without a message";
        else if (!(why = fx_outputs_written())) why = fx_damage();
    }
    fx_cleanup();
    if (c->kind == FK_BASELINE) {
        if (why) fprintf(stderr, "FAIL %s baseline: %s (status %d: %s)\n", ex->name, why, (int)st, msg);
        return why ? 1 : 100 + (int)st;
    }
    if (why) {
        fprintf(stderr, "FAIL %s(%s) param %d %s", ex->name, ex->params, c->param, fx_kind_names[c->kind]);
        if (c->kind == FK_DOUBLE) fprintf(stderr, " %g", c->dvalue);
        else if (c->kind != FK_NULL && c->kind != FK_RELEASED && c->kind != FK_NULL_ENTRY) fprintf(stderr, " %lld", (long long)c->value);
        fprintf(stderr, ": %s (status %d: %s)\n", why, (int)st, msg);
        return 1;
    }
    return 0;
}

/* Forks one child per case (never calling the library in this process), NG_FAULT_JOBS at a time
 * (default 2), with NG_FAULT_TIMEOUT seconds each (default 60). */
static int fault_main(const char* name, const fault_export* exports, int n_exports, const fault_case* cases, int n_cases) {
    int jobs = getenv("NG_FAULT_JOBS") ? atoi(getenv("NG_FAULT_JOBS")) : 2;
    int timeout = getenv("NG_FAULT_TIMEOUT") ? atoi(getenv("NG_FAULT_TIMEOUT")) : 60;
    const char* only = getenv("NG_FAULT_ONLY");   /* run the cases of one export */
    if (jobs < 1) jobs = 1;
    if (jobs > 64) jobs = 64;
    int* baseline = malloc(sizeof(int) * (size_t)n_exports);
    for (int i = 0; i < n_exports; i++) baseline[i] = -1;
    int passed = 0, failed = 0, skipped = 0;
    pid_t running[64];
    int running_case[64], n_running = 0;
    /* The baselines first (the OK-if-baseline-OK cases need them), then the others. */
    for (int pass = 0; pass < 2; pass++) {
        for (int i = 0; i <= n_cases; i++) {
            while (n_running > 0 && (n_running == jobs || i == n_cases)) {
                int st;
                pid_t p = wait(&st);
                if (p < 0) { perror("wait"); exit(2); }
                int k = 0;
                while (k < n_running && running[k] != p) k++;
                if (k == n_running) continue;
                const fault_case* c = &cases[running_case[k]];
                const fault_export* ex = &exports[c->fn];
                running[k] = running[n_running - 1];
                running_case[k] = running_case[n_running - 1];
                n_running--;
                if (WIFEXITED(st) && c->kind == FK_BASELINE && WEXITSTATUS(st) >= 100) {
                    baseline[c->fn] = WEXITSTATUS(st) - 100;
                    passed++;
                } else if (WIFEXITED(st) && WEXITSTATUS(st) == 0) passed++;
                else {
                    failed++;
                    if (WIFSIGNALED(st))
                        fprintf(stderr, "FAIL %s(%s) param %d %s: %s (signal %d)\n", ex->name, ex->params, c->param,
                                fx_kind_names[c->kind], WTERMSIG(st) == SIGALRM ? "timed out" : "crashed", WTERMSIG(st));
                    else if (WEXITSTATUS(st) != 1)
                        fprintf(stderr, "FAIL %s param %d %s: child exited with %d\n", ex->name, c->param, fx_kind_names[c->kind], WEXITSTATUS(st));
                }
            }
            if (i == n_cases) break;
            const fault_case* c = &cases[i];
            if ((pass == 0) != (c->kind == FK_BASELINE)) continue;
            if (only && strcmp(only, exports[c->fn].name) != 0) { skipped++; continue; }
            fflush(stdout);
            fflush(stderr);
            pid_t p = fork();
            if (p < 0) { perror("fork"); exit(2); }
            if (p == 0) {
                alarm((unsigned)timeout);
                _exit(fx_run_case(&exports[c->fn], c, baseline[c->fn]));
            }
            running[n_running] = p;
            running_case[n_running++] = i;
        }
    }
    free(baseline);
    if (only) printf("%s: %d cases of %s (%d skipped)\n", name, passed + failed, only, skipped);
    printf("%s: %d passed, %d failed\n", name, passed, failed);
    return failed == 0 ? 0 : 1;
}
#endif
