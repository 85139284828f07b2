/* Graphs deeper than any thread stack (issue 11): a 200,000-node chain of sin/tanh (each node saves a
 * tensor) back-propagates and frees; another is dropped without backward. Freeing used to recurse
 * once per node and overflow the stack. */
#include <math.h>
#include "nativegrad.h"
#include "check.h"

#define DEPTH 200000

/* y = tanh(sin(tanh(sin(... x)))) built by handles; *derivative is dy/dx carried forward in double. */
static ng_tensor* chain(ng_tensor* x, double* derivative) {
    ng_tensor* y = x;
    double v = 0.3, d = 1;
    for (int i = 0; i < DEPTH; i++) {
        ng_tensor* next = NULL;
        ng_status st = (i % 2 == 0) ? ng_sin(y, &next) : ng_tanh(y, &next);
        if (st != NG_OK) { EXPECT_OK(st); return y; }
        if (i % 2 == 0) { d *= cos(v); v = sin(v); } else { v = tanh(v); d *= 1 - v * v; }
        if (y != x) ng_tensor_free(y);   /* the graph keeps what it needs */
        y = next;
    }
    *derivative = d;
    return y;
}

static void test_backward_and_free(void) {
    ng_tensor *x = NULL, *g = NULL;
    EXPECT_OK(ng_full(NULL, 0, 0.3, NG_FLOAT64, &x));
    EXPECT_OK(ng_tensor_set_requires_grad(x, 1));
    double expect = 0, got = 0;
    ng_tensor* y = chain(x, &expect);
    EXPECT_OK(ng_backward(y, NULL, -1, 0));
    EXPECT_OK(ng_tensor_grad(x, &g));
    EXPECT_OK(ng_tensor_item(g, &got));
    EXPECT_NEAR(got, expect, 1e-9 * fabs(expect));
    EXPECT(expect != 0);
    /* the graph was freed by backward: a second one fails cleanly */
    EXPECT_ERR_STARTS(ng_backward(y, NULL, -1, 0), NG_ERR_AUTOGRAD, "Trying to backward through the graph a second time");
    EXPECT_OK(ng_tensor_free(y));
    EXPECT_OK(ng_tensor_free(g));
    EXPECT_OK(ng_tensor_free(x));
}

static void test_dropped_without_backward(void) {
    ng_tensor* x = NULL;
    EXPECT_OK(ng_full(NULL, 0, 0.3, NG_FLOAT64, &x));
    EXPECT_OK(ng_tensor_set_requires_grad(x, 1));
    double d = 0;
    ng_tensor* y = chain(x, &d);
    EXPECT_OK(ng_tensor_free(y));   /* the whole chain goes here */
    EXPECT_OK(ng_tensor_free(x));
}

static void test_grad_through_the_chain(void) {
    ng_tensor *x = NULL, *g = NULL;
    EXPECT_OK(ng_full(NULL, 0, 0.3, NG_FLOAT64, &x));
    EXPECT_OK(ng_tensor_set_requires_grad(x, 1));
    double expect = 0, got = 0;
    ng_tensor* y = chain(x, &expect);
    EXPECT_OK(ng_autograd_grad(&y, 1, NULL, &x, 1, 0, 0, 0, &g));
    EXPECT_OK(ng_tensor_item(g, &got));
    EXPECT_NEAR(got, expect, 1e-9 * fabs(expect));
    ng_tensor_free(g);
    ng_tensor_free(y);
    ng_tensor_free(x);
}

int main(void) {
    test_backward_and_free();
    test_dropped_without_backward();
    test_grad_through_the_chain();
    return finish("test_deep");
}
