/* Data-parallel training of the seed MLP (Linear(10,100) - ReLU - Linear(100,1)) from C over MPI:
 *
 *     mpirun --allow-run-as-root --oversubscribe -np 2 artifacts/bin/ddp_mlp
 *
 * Every rank builds the model from its own seed; ng_dist_ddp_new broadcasts rank 0's parameters, so
 * all ranks start equal. Each rank trains on its share of one global batch of 64 samples; the DDP
 * module averages the gradients during every backward, so the ranks take identical SGD steps and end
 * with bitwise equal parameters (printed as a hash), the same (within float rounding) as one process
 * training on the whole batch. Started without mpirun it runs alone, as a group of one. */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "nativegrad.h"

static int rank = 0;
#define CHECK(call) do { if ((call) != NG_OK) { fprintf(stderr, "rank %d: %s failed: %s\n", rank, #call, ng_last_error()); exit(1); } } while (0)

enum { BATCH = 64, STEPS = 100 };

int main(void) {
    /* Under mpirun the group has every started process; alone, ask for a group of one. */
    int32_t world = getenv("OMPI_COMM_WORLD_SIZE") ? -1 : 1;
    CHECK(ng_dist_init(60.0, world, -1));
    int32_t size;
    CHECK(ng_dist_rank(&rank));
    CHECK(ng_dist_world_size(&size));
    if (BATCH % size != 0) {
        fprintf(stderr, "rank %d: the batch of %d does not split over %d ranks\n", rank, BATCH, size);
        return 1;
    }

    /* The same global batch on every rank (seed 0): y = sum of the first three features. */
    ng_tensor *x, *w_true, *y;
    const int64_t xshape[2] = {BATCH, 10}, wshape[2] = {10, 1};
    const float w[10] = {1, 1, 1, 0, 0, 0, 0, 0, 0, 0};
    CHECK(ng_manual_seed(0));
    CHECK(ng_randn(xshape, 2, NG_FLOAT32, &x));
    CHECK(ng_tensor_from_buffer(w, sizeof w, NG_FLOAT32, wshape, 2, &w_true));
    CHECK(ng_mm(x, w_true, &y));
    /* This rank's rows. */
    ng_tensor *xs, *ys;
    const int64_t share = BATCH / size;
    CHECK(ng_narrow(x, 0, rank * share, share, &xs));
    CHECK(ng_narrow(y, 0, rank * share, share, &ys));

    /* A different initialisation per rank: DDP's broadcast makes them rank 0's. */
    ng_module *l1, *act, *l2, *mlp, *ddp;
    CHECK(ng_manual_seed(1 + rank));
    CHECK(ng_linear_new(10, 100, 1, NG_FLOAT32, &l1));
    CHECK(ng_relu_new(&act));
    CHECK(ng_linear_new(100, 1, 1, NG_FLOAT32, &l2));
    ng_module* layers[3] = {l1, act, l2};
    CHECK(ng_sequential_new(layers, 3, &mlp));
    CHECK(ng_dist_ddp_new(mlp, 0, 1, &ddp));

    int32_t n_params;
    CHECK(ng_module_num_parameters(ddp, &n_params));
    ng_tensor* params[4];
    for (int i = 0; i < n_params; i++) CHECK(ng_module_parameter(ddp, i, NULL, &params[i]));
    ng_optimizer* opt;
    CHECK(ng_sgd_new(params, n_params, 0.05, 0.0, 0.0, 0.0, 0, &opt));

    double last = 0;
    for (int step = 0; step < STEPS; step++) {
        ng_tensor *pred, *loss;
        CHECK(ng_optimizer_zero_grad(opt, 1));
        CHECK(ng_module_forward(ddp, xs, &pred));
        CHECK(ng_mse_loss(pred, ys, 1, &loss));
        CHECK(ng_backward(loss, NULL, -1, 0));   /* gradients averaged over the ranks here */
        CHECK(ng_optimizer_step(opt));
        CHECK(ng_tensor_item(loss, &last));
        if (step % 25 == 0) printf("rank %d: step %3d local loss %.6f\n", rank, step, last);
        ng_tensor_free(loss);
        ng_tensor_free(pred);
    }

    /* The mean of the ranks' last losses, with an asynchronous all-reduce. */
    ng_tensor* mean_loss;
    int64_t work;
    CHECK(ng_full(NULL, 0, last, NG_FLOAT64, &mean_loss));
    CHECK(ng_dist_all_reduce(mean_loss, NG_REDUCE_AVG, 1, &work));
    CHECK(ng_dist_work_wait(work, 0));
    CHECK(ng_dist_work_free(work));
    double mean;
    CHECK(ng_tensor_item(mean_loss, &mean));

    /* A hash of every parameter byte (equal on all ranks) and their sum (compared with a single process). */
    uint64_t hash = 14695981039346656037ULL;
    double total = 0;
    for (int i = 0; i < n_params; i++) {
        int64_t numel;
        CHECK(ng_tensor_numel(params[i], &numel));
        float* buf = malloc((size_t)numel * sizeof(float));
        CHECK(ng_tensor_copy_to(params[i], buf, numel * (int64_t)sizeof(float)));
        const unsigned char* bytes = (const unsigned char*)buf;
        for (int64_t k = 0; k < numel * (int64_t)sizeof(float); k++) hash = (hash ^ bytes[k]) * 1099511628211ULL;
        for (int64_t k = 0; k < numel; k++) total += buf[k];
        free(buf);
    }
    printf("rank %d of %d: mean loss %.6f, parameter sum %.9f, parameter hash %016llx\n",
           rank, size, mean, total, (unsigned long long)hash);

    for (int i = 0; i < n_params; i++) ng_tensor_free(params[i]);
    ng_optimizer_free(opt);
    ng_tensor_free(mean_loss);
    ng_tensor_free(xs); ng_tensor_free(ys); ng_tensor_free(x); ng_tensor_free(w_true); ng_tensor_free(y);
    ng_module_free(ddp); ng_module_free(mlp); ng_module_free(l1); ng_module_free(act); ng_module_free(l2);
    CHECK(ng_dist_destroy());   /* finalises MPI: mpirun fails a job whose processes skip it */
    return 0;
}
