/* Threads x the handle tables: 8 threads create, share, look up and free handles of every kind while
 * others free them underneath. A lookup must give the right object or NG_ERR_RELEASED_HANDLE, never
 * another object, never a crash; handle values are never reused while live; nothing leaks.
 * (Threads x shared leaves and modules in backward are tests/c/test_threads.c, the engine's side.) */
#if defined(__unix__) || defined(__APPLE__)
#define _GNU_SOURCE
#include <pthread.h>
#include <stdatomic.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "nativegrad.h"
#include "check.h"

#define THREADS 8
#define SLOTS 64
#define ROUNDS 4000

/* Slot k always holds a tensor of shape [k + 1] filled with k (or is being replaced): a lookup through a
 * stale handle that returned another slot's tensor would see another shape. (A read of the values through a
 * handle that another thread frees meanwhile is a race of the program, outside the contract: the memory may
 * be reused by a new tensor. Through a handle of its own, from ng_tensor_share, the reader holds a reference
 * and must read k.) */
static _Atomic uintptr_t g_slots[SLOTS];
static atomic_int g_wrong, g_other_status, g_ok_reads, g_released_reads, g_failed_calls;

static void* churn(void* arg) {
    int id = (int)(intptr_t)arg;
    unsigned seed = 12345u + (unsigned)id;
    for (int r = 0; r < ROUNDS; r++) {
        int k = (int)(rand_r(&seed) % SLOTS);
        if (id % 2 == 0) {
            /* writer: replace slot k by a new tensor of value k, free the old one */
            ng_tensor* t = NULL;
            const int64_t shape[] = {k + 1};
            if (ng_full(shape, 1, (double)k, NG_FLOAT64, &t) != NG_OK) { atomic_fetch_add(&g_failed_calls, 1); continue; }
            uintptr_t old = atomic_exchange(&g_slots[k], (uintptr_t)t);
            if (old && ng_tensor_free((ng_tensor*)old) != NG_OK) atomic_fetch_add(&g_failed_calls, 1);
        } else {
            /* reader: the handle may be freed at any moment */
            ng_tensor* h = (ng_tensor*)atomic_load(&g_slots[k]);
            for (int again = 0; again < 32; again++) {   /* keep using it while writers replace it */
                int64_t numel = -1;
                ng_status st = ng_tensor_numel(h, &numel);
                if (st == NG_OK) {
                    atomic_fetch_add(&g_ok_reads, 1);
                    if (numel != k + 1) atomic_fetch_add(&g_wrong, 1);
                } else if (st == NG_ERR_RELEASED_HANDLE || (h == NULL && st == NG_ERR_NULL_POINTER)) {
                    atomic_fetch_add(&g_released_reads, 1);
                    if (strstr(ng_last_error(), "handle") == NULL) atomic_fetch_add(&g_other_status, 1);
                } else {
                    atomic_fetch_add(&g_other_status, 1);
                }
            }
            /* a share of a handle that may die: a new live handle or an error, never a half-made one */
            ng_tensor* s = NULL;
            if (ng_tensor_share(h, &s) == NG_OK) {
                int64_t numel = -1;
                double w = -1;
                ng_tensor* first = NULL;
                const int64_t at0[] = {NG_INDEX_INT, 0, 0, 0};
                if (ng_tensor_numel(s, &numel) != NG_OK || numel != k + 1 || ng_index(s, at0, 1, &first) != NG_OK ||
                    ng_tensor_item(first, &w) != NG_OK || w != (double)k)
                    atomic_fetch_add(&g_wrong, 1);
                ng_tensor_free(first);
                ng_tensor_free(s);
            }
        }
    }
    return NULL;
}

/* Every kind at once on every thread: create, check, free; values must never collide between live handles. */
static void* kinds(void* arg) {
    (void)arg;
    for (int r = 0; r < ROUNDS / 4; r++) {
        ng_tensor *x = NULL, *y = NULL;
        ng_node* n = NULL;
        ng_module* m = NULL;
        ng_optimizer* o = NULL;
        int64_t hook = 0;
        const int64_t shape[] = {2, 3};
        if (ng_ones(shape, 2, NG_FLOAT32, &x) != NG_OK || ng_tensor_set_requires_grad(x, 1) != NG_OK ||
            ng_mul(x, x, &y) != NG_OK || ng_tensor_grad_fn(y, &n) != NG_OK || ng_relu_new(&m) != NG_OK ||
            ng_sgd_new(&x, 1, 0.1, 0, 0, 0, 0, &o) != NG_OK) {
            atomic_fetch_add(&g_failed_calls, 1);
            continue;
        }
        uintptr_t vals[] = {(uintptr_t)x, (uintptr_t)y, (uintptr_t)n, (uintptr_t)m, (uintptr_t)o};
        for (int i = 0; i < 5; i++)
            for (int j = i + 1; j < 5; j++)
                if (vals[i] == vals[j]) atomic_fetch_add(&g_wrong, 1);
        /* each handle works only as its own kind */
        if (ng_tensor_free((ng_tensor*)n) != NG_ERR_INVALID_ARGUMENT) atomic_fetch_add(&g_wrong, 1);
        if (ng_node_free((ng_node*)m) != NG_ERR_INVALID_ARGUMENT) atomic_fetch_add(&g_wrong, 1);
        if (ng_module_free((ng_module*)o) != NG_ERR_INVALID_ARGUMENT) atomic_fetch_add(&g_wrong, 1);
        if (ng_optimizer_free((ng_optimizer*)x) != NG_ERR_INVALID_ARGUMENT) atomic_fetch_add(&g_wrong, 1);
        char* name = NULL;
        if (ng_node_name(n, &name) != NG_OK || strcmp(name, "MulBackward0") != 0) atomic_fetch_add(&g_wrong, 1);
        ng_string_free(name);
        ng_tensor* out = NULL;
        if (ng_module_forward(m, y, &out) != NG_OK) atomic_fetch_add(&g_failed_calls, 1);
        if (ng_tensor_register_hook(y, NULL, NULL, NULL, &hook) != NG_ERR_NULL_POINTER) atomic_fetch_add(&g_wrong, 1);
        if (ng_hook_remove((int64_t)(intptr_t)x) != NG_ERR_INVALID_ARGUMENT) atomic_fetch_add(&g_wrong, 1);
        if (ng_tensor_free(out) != NG_OK || ng_optimizer_free(o) != NG_OK || ng_module_free(m) != NG_OK ||
            ng_node_free(n) != NG_OK || ng_tensor_free(y) != NG_OK || ng_tensor_free(x) != NG_OK)
            atomic_fetch_add(&g_failed_calls, 1);
        /* released now: each is refused as released, not as another kind */
        if (ng_node_free(n) != NG_ERR_RELEASED_HANDLE || ng_tensor_free(x) != NG_ERR_RELEASED_HANDLE)
            atomic_fetch_add(&g_wrong, 1);
    }
    return NULL;
}

int main(void) {
    int64_t live0 = 0, live1 = 0;
    EXPECT_OK(ng_live_bytes(&live0));
    pthread_t th[THREADS];
    for (int i = 0; i < THREADS; i++) pthread_create(&th[i], NULL, churn, (void*)(intptr_t)i);
    for (int i = 0; i < THREADS; i++) pthread_join(th[i], NULL);
    EXPECT(atomic_load(&g_wrong) == 0);
    EXPECT(atomic_load(&g_other_status) == 0);
    EXPECT(atomic_load(&g_failed_calls) == 0);
    EXPECT(atomic_load(&g_ok_reads) > 0);
    printf("churn: %d reads of a live handle, %d of a released one, %d wrong\n", atomic_load(&g_ok_reads),
           atomic_load(&g_released_reads), atomic_load(&g_wrong));
    for (int k = 0; k < SLOTS; k++) {
        uintptr_t h = atomic_exchange(&g_slots[k], 0);
        if (h) EXPECT_OK(ng_tensor_free((ng_tensor*)h));
    }

    for (int i = 0; i < THREADS; i++) pthread_create(&th[i], NULL, kinds, NULL);
    for (int i = 0; i < THREADS; i++) pthread_join(th[i], NULL);
    EXPECT(atomic_load(&g_wrong) == 0);
    EXPECT(atomic_load(&g_failed_calls) == 0);

    EXPECT_OK(ng_live_bytes(&live1));
    EXPECT(live1 == live0);
    return finish("test_handle_threads");
}
#else
#include <stdio.h>
int main(void) {
    puts("test_handle_threads: skipped: needs pthreads (POSIX only)");
    return 0;
}
#endif
