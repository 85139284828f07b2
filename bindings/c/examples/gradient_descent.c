/* Fits y = w*x + b to data from y = 2x + 1 by gradient descent, from C. */
#include <stdio.h>
#include "nativegrad.h"

#define CHECK(call) do { if ((call) != NG_OK) { fprintf(stderr, "%s failed: %s\n", #call, ng_last_error()); return 1; } } while (0)

int main(void) {
    const float xs[] = {0, 1, 2, 3, 4}, ys[] = {1, 3, 5, 7, 9};
    const int64_t n = 5;
    ng_tensor *x, *y, *w, *b;
    CHECK(ng_tensor_from_buffer(xs, sizeof xs, NG_FLOAT32, &n, 1, &x));
    CHECK(ng_tensor_from_buffer(ys, sizeof ys, NG_FLOAT32, &n, 1, &y));
    CHECK(ng_zeros(NULL, 0, NG_FLOAT32, &w));
    CHECK(ng_zeros(NULL, 0, NG_FLOAT32, &b));
    CHECK(ng_tensor_set_requires_grad(w, 1));
    CHECK(ng_tensor_set_requires_grad(b, 1));
    const double lr = 0.05;
    for (int step = 0; step <= 200; step++) {
        ng_tensor *wx, *pred, *err, *sq, *loss;
        CHECK(ng_mul(w, x, &wx));
        CHECK(ng_add(wx, b, &pred));
        CHECK(ng_sub(pred, y, &err));
        CHECK(ng_pow_scalar(err, 2.0, &sq));
        CHECK(ng_mean(sq, &loss));
        CHECK(ng_backward(loss, NULL, -1, 0));
        /* Update under no_grad: p.data = p - lr * p.grad; then p.grad.zero_(). */
        int prev;
        CHECK(ng_set_grad_enabled(0, &prev));
        ng_tensor* params[2] = {w, b};
        for (int i = 0; i < 2; i++) {
            ng_tensor *g, *step_t, *updated;
            CHECK(ng_tensor_grad(params[i], &g));
            CHECK(ng_mul_scalar(g, lr, &step_t));
            CHECK(ng_sub(params[i], step_t, &updated));
            CHECK(ng_tensor_set_data(params[i], updated));
            CHECK(ng_tensor_zero_(g));
            ng_tensor_free(updated); ng_tensor_free(step_t); ng_tensor_free(g);
        }
        CHECK(ng_set_grad_enabled(prev, NULL));
        double l;
        CHECK(ng_tensor_item(loss, &l));
        if (step % 50 == 0) printf("step %3d: loss %.6f\n", step, l);
        ng_tensor_free(loss); ng_tensor_free(sq); ng_tensor_free(err); ng_tensor_free(pred); ng_tensor_free(wx);
    }
    double wv, bv;
    CHECK(ng_tensor_item(w, &wv));
    CHECK(ng_tensor_item(b, &bv));
    printf("w = %.4f, b = %.4f\n", wv, bv);
    ng_tensor_free(x); ng_tensor_free(y); ng_tensor_free(w); ng_tensor_free(b);
    return 0;
}
