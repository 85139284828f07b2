/* The ng_dist_* calls without mpirun (errors, the sampler, a group of one), post-accumulate-grad
 * hooks and final callbacks through C callbacks. The multi-process runs are in
 * tests/python/test_distributed.py (mpirun on bindings/c/examples/ddp_mlp.c among others). */
#include "nativegrad.h"
#include "check.h"

typedef struct { int hooks, finals, released; double grad_seen; } log_t;

static ng_status final_cb(void* user) {
    ((log_t*)user)->finals++;
    return NG_OK;
}

static void release_cb(void* user) { ((log_t*)user)->released++; }

static ng_status post_hook(void* user, ng_tensor* leaf) {
    log_t* l = (log_t*)user;
    l->hooks++;
    ng_tensor* g = NULL;
    ng_status st = ng_tensor_grad(leaf, &g);
    if (st) return st;
    st = ng_tensor_item(g, &l->grad_seen);
    ng_tensor_free(g);
    if (st) return st;
    return ng_autograd_queue_callback(final_cb, release_cb, user);
}

static ng_status failing_final(void* user) {
    (void)user;
    ng_tensor* bad = NULL;
    return ng_mm(NULL, NULL, &bad);   /* a failing nested call: its message is kept */
}

static ng_status post_hook_failing_final(void* user, ng_tensor* leaf) {
    (void)leaf;
    return ng_autograd_queue_callback(failing_final, release_cb, user);
}

static void hooks_and_callbacks(void) {
    log_t l = {0, 0, 0, 0};
    ng_tensor *x, *y, *z;
    int64_t id;
    EXPECT_OK(ng_full(NULL, 0, 2.0, NG_FLOAT32, &x));
    EXPECT_OK(ng_tensor_set_requires_grad(x, 1));
    EXPECT_OK(ng_tensor_register_post_accumulate_grad_hook(x, post_hook, release_cb, &l, &id));
    EXPECT_OK(ng_pow_scalar(x, 2.0, &y));
    EXPECT_OK(ng_backward(y, NULL, -1, 0));
    EXPECT(l.hooks == 1 && l.finals == 1 && l.released == 1);
    EXPECT_NEAR(l.grad_seen, 4.0, 0);
    EXPECT_ERR_STARTS(ng_tensor_register_post_accumulate_grad_hook(y, post_hook, NULL, &l, &id), NG_ERR_AUTOGRAD,
                      "post accumulate grad hooks cannot be registered on non-leaf tensors");
    EXPECT_ERR_STARTS(ng_autograd_queue_callback(final_cb, release_cb, &l), NG_ERR_AUTOGRAD,
                      "Final callbacks can only be installed during backward pass.");
    EXPECT(l.released == 1);
    EXPECT_OK(ng_hook_remove(id));
    EXPECT(l.released == 2);                       /* the hook's release */
    ng_tensor_free(y);
    EXPECT_OK(ng_pow_scalar(x, 2.0, &y));
    EXPECT_OK(ng_backward(y, NULL, -1, 0));
    EXPECT(l.hooks == 1);                          /* removed */
    ng_tensor_free(y);

    log_t f = {0, 0, 0, 0};
    EXPECT_OK(ng_tensor_register_post_accumulate_grad_hook(x, post_hook_failing_final, NULL, &f, &id));
    EXPECT_OK(ng_pow_scalar(x, 2.0, &y));
    EXPECT_ERR_CONTAINS(ng_backward(y, NULL, -1, 0), NG_ERR_CALLBACK, "final callback failed with status 2");
    EXPECT(f.released == 1);
    EXPECT_OK(ng_mul_scalar(x, 1.0, &z));
    ng_tensor_free(z);
    ng_tensor_free(y);
    ng_tensor_free(x);
}

static void errors_without_a_group(void) {
    int32_t v = -1;
    int64_t w = 7;
    ng_tensor* t;
    EXPECT_OK(ng_dist_is_initialized(&v));
    EXPECT(v == 0);
    EXPECT_ERR_STARTS(ng_dist_rank(&v), NG_ERR_DISTRIBUTED, "Default process group has not been initialized");
    EXPECT_ERR_STARTS(ng_dist_world_size(&v), NG_ERR_DISTRIBUTED, "Default process group has not been initialized");
    EXPECT_ERR_STARTS(ng_dist_barrier(), NG_ERR_DISTRIBUTED, "Default process group has not been initialized");
    EXPECT_ERR_STARTS(ng_dist_destroy(), NG_ERR_DISTRIBUTED, "Default process group has not been initialized");
    EXPECT_OK(ng_zeros((const int64_t[]){3}, 1, NG_FLOAT32, &t));
    EXPECT_ERR_STARTS(ng_dist_all_reduce(t, NG_REDUCE_SUM, 0, NULL), NG_ERR_DISTRIBUTED, "Default process group");
    EXPECT_ERR_STARTS(ng_dist_all_reduce(t, NG_REDUCE_SUM, 1, NULL), NG_ERR_NULL_POINTER, "output pointer is NULL");
    EXPECT_ERR_STARTS(ng_dist_work_wait(12345, 0), NG_ERR_RELEASED_HANDLE, "no outstanding collective with id 12345");
    EXPECT_ERR_STARTS(ng_dist_work_free(12345), NG_ERR_RELEASED_HANDLE, "no outstanding collective");
    EXPECT_OK(ng_dist_work_free(0));
    EXPECT_OK(ng_dist_reducer_free(0));
    EXPECT_ERR_STARTS(ng_dist_reducer_prepare_for_backward(99), NG_ERR_RELEASED_HANDLE, "no reducer with id 99");
    EXPECT_ERR_STARTS(ng_dist_init(-1, -1, -1), NG_ERR_INVALID_ARGUMENT, "timeout_seconds must be >= 0");
    EXPECT_ERR_STARTS(ng_dist_init(0, -1, -1), NG_ERR_DISTRIBUTED,
                      "init_process_group: this process was not started by mpirun");
    EXPECT(w == 7);
    ng_tensor_free(t);
}

static void sampler(void) {
    ng_tensor* idx;
    int64_t got[4] = {0, 0, 0, 0};
    /* PyTorch: DistributedSampler(range(10), 3, rank=1, shuffle=False) -> 1 4 7 0 */
    EXPECT_OK(ng_dist_sampler_indices(10, 3, 1, 0, 0, 0, 0, &idx));
    EXPECT_OK(ng_tensor_copy_to(idx, got, sizeof got));
    EXPECT(got[0] == 1 && got[1] == 4 && got[2] == 7 && got[3] == 0);
    ng_tensor_free(idx);
    EXPECT_ERR_STARTS(ng_dist_sampler_indices(10, 3, 3, 0, 0, 0, 0, &idx), NG_ERR_INVALID_ARGUMENT,
                      "Invalid rank 3, rank should be in the interval [0, 2]");
}

/* A group of one (no mpirun): collectives are identities, and DDP's gradients are the local ones. */
static void group_of_one(void) {
    int32_t v = -1;
    EXPECT_OK(ng_dist_is_mpi_available(&v));
    EXPECT(v == 1);
    if (v != 1) return;
    EXPECT_OK(ng_dist_init(30, 1, -1));
    EXPECT_OK(ng_dist_rank(&v));
    EXPECT(v == 0);
    EXPECT_OK(ng_dist_world_size(&v));
    EXPECT(v == 1);
    ng_tensor* t;
    int64_t work = 0;
    int32_t done = 0;
    const double vals[3] = {1.5, -2, 4};
    EXPECT_OK(ng_tensor_from_buffer(vals, sizeof vals, NG_FLOAT64, (const int64_t[]){3}, 1, &t));
    EXPECT_OK(ng_dist_all_reduce(t, NG_REDUCE_AVG, 1, &work));
    EXPECT(work != 0);
    EXPECT_OK(ng_dist_work_wait(work, 10));
    EXPECT_OK(ng_dist_work_is_completed(work, &done));
    EXPECT(done == 1);
    EXPECT_OK(ng_dist_work_free(work));
    EXPECT_OK(ng_dist_broadcast(t, 0, 0, NULL));
    EXPECT_ERR_STARTS(ng_dist_broadcast(t, 1, 0, NULL), NG_ERR_INVALID_ARGUMENT, "broadcast: invalid src rank 1");
    EXPECT_ERR_STARTS(ng_dist_all_reduce(t, 9, 0, NULL), NG_ERR_INVALID_ARGUMENT, "all_reduce: unknown reduce op 9");
    double back[3];
    EXPECT_OK(ng_tensor_copy_to(t, back, sizeof back));
    EXPECT(back[0] == 1.5 && back[1] == -2 && back[2] == 4);
    EXPECT_OK(ng_dist_barrier());

    ng_module *lin, *ddp;
    ng_tensor *x, *y, *w, *g;
    EXPECT_OK(ng_linear_new(3, 1, 1, NG_FLOAT32, &lin));
    EXPECT_OK(ng_dist_ddp_new(lin, 0, 1, &ddp));
    EXPECT_OK(ng_full((const int64_t[]){2, 3}, 2, 1.0, NG_FLOAT32, &x));
    EXPECT_OK(ng_module_forward(ddp, x, &y));
    ng_tensor* s;
    EXPECT_OK(ng_sum(y, &s));
    EXPECT_OK(ng_backward(s, NULL, -1, 0));
    EXPECT_OK(ng_module_get_parameter(ddp, "module.weight", &w));
    EXPECT_OK(ng_tensor_grad(w, &g));
    EXPECT_STR(repr(g), "tensor([[2., 2., 2.]])");
    EXPECT_OK(ng_dist_ddp_set_require_grad_sync(ddp, 0));
    EXPECT_ERR_STARTS(ng_dist_ddp_set_require_grad_sync(lin, 0), NG_ERR_INVALID_ARGUMENT, "module is not a DistributedDataParallel");
    ng_tensor_free(g); ng_tensor_free(w); ng_tensor_free(s); ng_tensor_free(y); ng_tensor_free(x); ng_tensor_free(t);
    ng_module_free(ddp);
    ng_module_free(lin);
    EXPECT_ERR_STARTS(ng_dist_init(30, 1, -1), NG_ERR_DISTRIBUTED, "trying to initialize the default process group twice!");
    EXPECT_OK(ng_dist_destroy());
    EXPECT_OK(ng_dist_is_initialized(&v));
    EXPECT(v == 0);
    EXPECT_ERR_CONTAINS(ng_dist_init(30, 1, -1), NG_ERR_DISTRIBUTED, "cannot be initialized again");
}

int main(void) {
    hooks_and_callbacks();
    errors_without_a_group();
    sampler();
    group_of_one();
    return finish("test_dist");
}
