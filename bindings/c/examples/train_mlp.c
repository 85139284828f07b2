/* Trains the seed MLP (Linear(10,100) - ReLU - Linear(100,1)) from C with SGD on a small
 * regression problem, printing the loss as it falls. Modules come from layer constructors and
 * ng_sequential_new; parameters are reachable by name. */
#include <stdio.h>
#include "nativegrad.h"

#define CHECK(call) do { if ((call) != NG_OK) { fprintf(stderr, "%s failed: %s\n", #call, ng_last_error()); return 1; } } while (0)

int main(void) {
    ng_module *l1, *act, *l2, *mlp;
    CHECK(ng_manual_seed(0));
    CHECK(ng_linear_new(10, 100, 1, NG_FLOAT32, &l1));
    CHECK(ng_relu_new(&act));
    CHECK(ng_linear_new(100, 1, 1, NG_FLOAT32, &l2));
    ng_module* layers[3] = {l1, act, l2};
    CHECK(ng_sequential_new(layers, 3, &mlp));
    char* repr;
    CHECK(ng_module_to_string(mlp, &repr));
    printf("%s\n", repr);
    ng_string_free(repr);

    int32_t n_params;
    CHECK(ng_module_num_parameters(mlp, &n_params));
    ng_tensor* params[8];
    for (int i = 0; i < n_params && i < 8; i++) {
        char* name;
        CHECK(ng_module_parameter(mlp, i, &name, &params[i]));
        int64_t shape[2] = {0, 0};
        int32_t nd;
        CHECK(ng_tensor_ndim(params[i], &nd));
        CHECK(ng_tensor_shape(params[i], shape, 2));
        if (nd == 2) printf("%-10s shape [%lld, %lld]\n", name, (long long)shape[0], (long long)shape[1]);
        else printf("%-10s shape [%lld]\n", name, (long long)shape[0]);
        ng_string_free(name);
    }

    /* Data: y = sum of the first three features, 64 samples. */
    const int64_t xs_shape[2] = {64, 10};
    ng_tensor *x, *idx, *y, *y2;
    CHECK(ng_randn(xs_shape, 2, NG_FLOAT32, &x));
    /* y = x @ w_true: the sum of the first three features. */
    const float w_true[10] = {1, 1, 1, 0, 0, 0, 0, 0, 0, 0};
    const int64_t wshape[2] = {10, 1};
    CHECK(ng_tensor_from_buffer(w_true, sizeof w_true, NG_FLOAT32, wshape, 2, &idx));
    CHECK(ng_mm(x, idx, &y));
    CHECK(ng_tensor_detach(y, &y2));

    ng_optimizer* opt;
    CHECK(ng_sgd_new(params, n_params, 0.05, 0.9, 0.0, 0.0, 0, &opt));
    for (int step = 0; step <= 300; step++) {
        ng_tensor *pred, *loss;
        CHECK(ng_optimizer_zero_grad(opt, 0));
        CHECK(ng_module_forward(mlp, x, &pred));
        CHECK(ng_mse_loss(pred, y2, 1, &loss));
        CHECK(ng_backward(loss, NULL, -1, 0));
        CHECK(ng_optimizer_step(opt));
        if (step % 50 == 0) {
            double l;
            CHECK(ng_tensor_item(loss, &l));
            printf("step %3d: loss %.6f\n", step, l);
        }
        ng_tensor_free(loss);
        ng_tensor_free(pred);
    }
    ng_tensor* w0;
    CHECK(ng_module_get_parameter(mlp, "0.weight", &w0));
    ng_tensor_free(w0);
    for (int i = 0; i < n_params; i++) ng_tensor_free(params[i]);
    ng_optimizer_free(opt);
    ng_tensor_free(x); ng_tensor_free(idx); ng_tensor_free(y); ng_tensor_free(y2);
    ng_module_free(mlp); ng_module_free(l1); ng_module_free(act); ng_module_free(l2);
    return 0;
}
