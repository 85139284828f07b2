/* Modules, optimizers, losses and clipping through the C ABI. */
#include <math.h>
#include "nativegrad.h"
#include "check.h"

int main(void) {
    ng_module *lin, *relu, *seq;
    EXPECT_OK(ng_manual_seed(1));
    EXPECT_OK(ng_linear_new(3, 2, 1, NG_FLOAT64, &lin));
    EXPECT_OK(ng_relu_new(&relu));
    ng_module* mods[2] = {lin, relu};
    EXPECT_OK(ng_sequential_new(mods, 2, &seq));

    /* Parameters by index and by name. */
    int32_t n;
    EXPECT_OK(ng_module_num_parameters(seq, &n));
    EXPECT(n == 2);
    char* name;
    ng_tensor *w, *w2, *b;
    EXPECT_OK(ng_module_parameter(seq, 0, &name, &w));
    EXPECT_STR(name, "0.weight");
    ng_string_free(name);
    EXPECT_OK(ng_module_get_parameter(seq, "0.bias", &b));
    EXPECT_OK(ng_module_get_parameter(lin, "weight", &w2));
    int32_t same, flag;
    EXPECT_OK(ng_tensor_equal_handles(w, w2, &same));
    EXPECT(same == 1);
    EXPECT_OK(ng_tensor_requires_grad(w, &flag));
    EXPECT(flag == 1);
    ng_tensor* none = (ng_tensor*)0x1;
    EXPECT_STATUS(ng_module_get_parameter(seq, "nope", &none), NG_ERR_INVALID_ARGUMENT);
    EXPECT(none == (ng_tensor*)0x1);
    EXPECT_STATUS(ng_module_parameter(seq, 5, NULL, &none), NG_ERR_INDEX);

    /* Initialisation inside +-1/sqrt(3). */
    double wv[6];
    EXPECT_OK(ng_tensor_copy_to(w, wv, sizeof wv));
    for (int i = 0; i < 6; i++) EXPECT(wv[i] >= -0.5774 && wv[i] <= 0.5774);

    /* Forward shape check names the layer. */
    const int64_t bad_shape[2] = {4, 5}, good_shape[2] = {4, 3};
    ng_tensor *bad, *x, *y, *target, *loss;
    EXPECT_OK(ng_ones(bad_shape, 2, NG_FLOAT64, &bad));
    EXPECT_ERR_CONTAINS(ng_module_forward(seq, bad, &y), NG_ERR_SHAPE, "Linear(in_features=3, out_features=2)");
    EXPECT_OK(ng_randn(good_shape, 2, NG_FLOAT64, &x));
    EXPECT_OK(ng_module_forward(seq, x, &y));
    const int64_t out_shape[2] = {4, 2};
    EXPECT_OK(ng_zeros(out_shape, 2, NG_FLOAT64, &target));

    /* Training with Adam lowers the loss; zero_grad keeps gradients finite. */
    ng_tensor* params[2] = {w, b};
    ng_optimizer* opt;
    EXPECT_OK(ng_adam_new(params, 2, 0.05, 0.9, 0.999, 1e-8, 0.0, 0, 0, &opt));
    double first = 0, last = 0;
    for (int i = 0; i < 50; i++) {
        ng_tensor *pred, *l;
        EXPECT_OK(ng_optimizer_zero_grad(opt, 0));
        EXPECT_OK(ng_module_forward(seq, x, &pred));
        EXPECT_OK(ng_mse_loss(pred, target, 1, &l));
        EXPECT_OK(ng_backward(l, NULL, -1, 0));
        EXPECT_OK(ng_optimizer_step(opt));
        EXPECT_OK(ng_tensor_item(l, i == 0 ? &first : &last));
        ng_tensor_free(l); ng_tensor_free(pred);
    }
    EXPECT(last < first);

    /* Clipping returns the total norm and bounds the gradients. */
    ng_tensor *grads[2], *total;
    EXPECT_OK(ng_tensor_grad(w, &grads[0]));
    EXPECT_OK(ng_tensor_grad(b, &grads[1]));
    EXPECT_OK(ng_clip_grad_norm_(grads, 2, 1e-3, 2.0, 0, &total));
    double tv;
    EXPECT_OK(ng_tensor_item(total, &tv));
    EXPECT(tv >= 0);
    EXPECT_OK(ng_clip_grad_value_(grads, 2, 1e-4));
    double gv[6];
    EXPECT_OK(ng_tensor_copy_to(grads[0], gv, sizeof gv));
    for (int i = 0; i < 6; i++) EXPECT(gv[i] >= -1e-4 && gv[i] <= 1e-4);

    /* Losses: PyTorch's grad_fn names and the dtype/shape checks. */
    EXPECT_OK(ng_mse_loss(y, target, 1, &loss));
    ng_node* fn;
    EXPECT_OK(ng_tensor_grad_fn(loss, &fn));
    EXPECT_OK(ng_node_name(fn, &name));
    EXPECT_STR(name, "MseLossBackward0");
    ng_string_free(name); ng_node_free(fn);
    EXPECT_ERR_CONTAINS(ng_mse_loss(y, bad, 1, &none), NG_ERR_SHAPE, "must be the same as input size");
    EXPECT_STATUS(ng_mse_loss(y, target, 7, &none), NG_ERR_INVALID_ARGUMENT);

    /* Released handles are errors. */
    EXPECT_OK(ng_optimizer_free(opt));
    EXPECT_STATUS(ng_optimizer_step(opt), NG_ERR_RELEASED_HANDLE);
    EXPECT_STATUS(ng_optimizer_free(opt), NG_ERR_RELEASED_HANDLE);
    EXPECT_OK(ng_module_free(seq));
    EXPECT_STATUS(ng_module_forward(seq, x, &none), NG_ERR_RELEASED_HANDLE);
    EXPECT_OK(ng_module_free(lin));
    EXPECT_OK(ng_module_free(relu));
    EXPECT_OK(ng_module_free(NULL));

    /* Batched SGD with momentum: the first step makes the buffers (= grad), the second uses them;
       a parameter without a grad is skipped and reported. p <- p - lr * buf. */
    {
        const int64_t s2[1] = {2};
        const double pv[2] = {1.0, 2.0}, qv[2] = {5.0, 6.0};
        ng_tensor *p, *q, *l2, *pg, *dummy;
        EXPECT_OK(ng_tensor_from_buffer(pv, sizeof pv, NG_FLOAT64, s2, 1, &p));
        EXPECT_OK(ng_tensor_from_buffer(qv, sizeof qv, NG_FLOAT64, s2, 1, &q));
        EXPECT_OK(ng_tensor_set_requires_grad(p, 1));
        EXPECT_OK(ng_tensor_set_requires_grad(q, 1));
        EXPECT_OK(ng_mul(p, p, &dummy));
        EXPECT_OK(ng_sum(dummy, &l2));                         /* grad p = 2p = {2, 4} */
        EXPECT_OK(ng_backward(l2, NULL, -1, 0));
        ng_tensor* ps[2] = {p, q};
        ng_tensor* bufs[2] = {NULL, NULL};
        int32_t had[2] = {-1, -1};
        EXPECT_OK(ng_sgd_step_(ps, bufs, 2, 0.1, 0.9, 0.0, 0.0, 0, 0, had));
        EXPECT(had[0] == 1 && had[1] == 0);
        EXPECT(bufs[0] != NULL && bufs[1] == NULL);
        double out[2];
        EXPECT_OK(ng_tensor_copy_to(p, out, sizeof out));
        EXPECT(fabs(out[0] - 0.8) < 1e-15 && fabs(out[1] - 1.6) < 1e-15);
        EXPECT_OK(ng_sgd_step_(ps, bufs, 2, 0.1, 0.9, 0.0, 0.0, 0, 0, had));   /* buf = 0.9 buf + g = {3.8, 7.6} */
        EXPECT_OK(ng_tensor_copy_to(p, out, sizeof out));
        EXPECT(fabs(out[0] - 0.42) < 1e-14 && fabs(out[1] - 0.84) < 1e-14);
        EXPECT_STATUS(ng_sgd_step_(ps, NULL, 2, 0.1, 0.9, 0.0, 0.0, 0, 0, had), NG_ERR_NULL_POINTER);
        /* zero_grad in place keeps the tensor; set_to_none drops it. */
        EXPECT_OK(ng_zero_grad(ps, 2, 0));
        EXPECT_OK(ng_tensor_grad(p, &pg));
        EXPECT_OK(ng_tensor_copy_to(pg, out, sizeof out));
        EXPECT(out[0] == 0.0 && out[1] == 0.0);
        EXPECT_OK(ng_tensor_free(pg));
        EXPECT_OK(ng_zero_grad(ps, 2, 1));
        EXPECT_OK(ng_tensor_grad(p, &pg));
        EXPECT(pg == NULL);
        ng_tensor* tmp[] = {p, q, l2, dummy, bufs[0]};
        for (int i = 0; i < 5; i++) EXPECT_OK(ng_tensor_free(tmp[i]));
    }

    ng_tensor* objs[] = {w, w2, b, bad, x, y, target, loss, grads[0], grads[1], total};
    for (int i = 0; i < 11; i++) EXPECT_OK(ng_tensor_free(objs[i]));
    return finish("test_nn");
}
