/* Custom functions through C callbacks (ng_custom_function_apply) and their errors. */
#include "nativegrad.h"
#include "check.h"

static ng_tensor* scalar(double v, int requires_grad) {
    ng_tensor* t = NULL;
    ng_full(NULL, 0, v, NG_FLOAT32, &t);
    if (requires_grad) ng_tensor_set_requires_grad(t, 1);
    return t;
}

typedef struct { int released; int fail_backward; int backward_calls; } state;

/* MyPow: y = a ** b, saving both inputs. */
static ng_status pow_forward(void* user, ng_node* ctx, ng_tensor** in, int32_t n_in, ng_tensor** out,
                             int32_t max_out, int32_t* n_out) {
    (void)user; (void)max_out;
    if (n_in != 2) return NG_ERR_INVALID_ARGUMENT;
    ng_status st = ng_ctx_save_for_backward(ctx, in, 2);
    if (st) return st;
    st = ng_pow(in[0], in[1], &out[0]);
    if (st) return st;
    *n_out = 1;
    return NG_OK;
}

static ng_status pow_backward(void* user, ng_node* ctx, ng_tensor** g, int32_t n_g, ng_tensor** gi, int32_t n_in) {
    state* s = (state*)user;
    s->backward_calls++;
    if (s->fail_backward) {
        ng_tensor* bad = NULL;
        /* a failing nested call: its message is kept in the callback error */
        return ng_mm(g[0], g[0], &bad);
    }
    if (n_g != 1 || n_in != 2) return NG_ERR_INVALID_ARGUMENT;
    ng_tensor *a, *b, *bm1, *p, *t1, *t2, *logs, *y;
    ng_ctx_saved_tensor(ctx, 0, &a);
    ng_ctx_saved_tensor(ctx, 1, &b);
    int32_t need0 = 0, need1 = 0;
    ng_ctx_needs_input_grad(ctx, 0, &need0);
    ng_ctx_needs_input_grad(ctx, 1, &need1);
    ng_sub_scalar(b, 1, &bm1);
    ng_pow(a, bm1, &p);
    ng_mul(b, p, &t1);
    if (need0) ng_mul(g[0], t1, &gi[0]);
    ng_pow(a, b, &y);
    ng_log(a, &logs);
    ng_mul(y, logs, &t2);
    if (need1) ng_mul(g[0], t2, &gi[1]);
    ng_tensor_free(a); ng_tensor_free(b); ng_tensor_free(bm1); ng_tensor_free(p); ng_tensor_free(t1);
    ng_tensor_free(t2); ng_tensor_free(logs); ng_tensor_free(y);
    return NG_OK;
}

static void release(void* user) { ((state*)user)->released++; }

static void test_my_pow(void) {
    state s = {0, 0, 0};
    ng_tensor *x = scalar(5, 1), *q = scalar(3, 1), *z, *g;
    ng_tensor* in[2] = {x, q};
    ng_tensor* out[1] = {NULL};
    int32_t n_out = 0;
    EXPECT_OK(ng_custom_function_apply("MyPow", pow_forward, pow_backward, release, &s, in, 2, out, 1, &n_out));
    EXPECT(n_out == 1);
    EXPECT_STR(repr(out[0]), "tensor(125., grad_fn=<MyPowBackward>)");
    EXPECT_OK(ng_log(out[0], &z));
    EXPECT_OK(ng_backward(z, NULL, -1, 0));
    EXPECT(s.backward_calls == 1);
    double v;
    EXPECT_OK(ng_tensor_grad(x, &g));
    EXPECT_OK(ng_tensor_item(g, &v));
    EXPECT_NEAR(v, 0.6, 1e-6);
    ng_tensor_free(g);
    EXPECT_OK(ng_tensor_grad(q, &g));
    EXPECT_OK(ng_tensor_item(g, &v));
    EXPECT_NEAR(v, 1.6094379, 1e-5);
    ng_tensor_free(g);
    EXPECT(s.released == 0);           /* the node is alive while out[0] is */
    ng_tensor_free(z);
    ng_tensor_free(out[0]);
    EXPECT(s.released == 1);           /* ... and user_ctx is released with it */
    ng_tensor_free(x); ng_tensor_free(q);
}

static void test_callback_errors(void) {
    state s = {0, 1, 0};
    ng_tensor *x = scalar(2, 1), *q = scalar(3, 0);
    ng_tensor* in[2] = {x, q};
    ng_tensor* out[1] = {NULL};
    int32_t n_out = 0;
    EXPECT_OK(ng_custom_function_apply("MyPow", pow_forward, pow_backward, release, &s, in, 2, out, 1, &n_out));
    EXPECT_ERR_STARTS(ng_backward(out[0], NULL, -1, 0), NG_ERR_CALLBACK, "MyPow: the backward callback failed with status 4: ");
    EXPECT(strstr(ng_last_error(), "self must be a matrix") != NULL);
    ng_tensor_free(out[0]);
    EXPECT(s.released == 1);
    /* a forward that fails: the status is NG_ERR_CALLBACK, and user_ctx is released */
    state s2 = {0, 0, 0};
    ng_tensor* one[1] = {x};
    EXPECT_ERR_STARTS(ng_custom_function_apply("MyPow", pow_forward, pow_backward, release, &s2, one, 1, out, 1, &n_out),
                      NG_ERR_CALLBACK, "MyPow: the forward callback failed with status 1");
    EXPECT(s2.released == 1);
    EXPECT_STATUS(ng_custom_function_apply("MyPow", NULL, pow_backward, NULL, NULL, in, 2, out, 1, &n_out), NG_ERR_NULL_POINTER);
    ng_tensor_free(x); ng_tensor_free(q);
}

/* A hook that multiplies the gradient by 10, or fails. */
static ng_status hook10(void* user, ng_tensor* grad, ng_tensor** out) {
    state* s = (state*)user;
    s->backward_calls++;
    if (s->fail_backward) return NG_ERR_INVALID_ARGUMENT;
    return ng_mul_scalar(grad, 10, out);
}

static void test_hooks(void) {
    state s = {0, 0, 0};
    ng_tensor *x = scalar(2, 1), *y, *g;
    int64_t id = 0;
    EXPECT_OK(ng_tensor_register_hook(x, hook10, release, &s, &id));
    EXPECT_OK(ng_mul_scalar(x, 3, &y));
    EXPECT_OK(ng_backward(y, NULL, -1, 0));
    double v;
    EXPECT_OK(ng_tensor_grad(x, &g));
    EXPECT_OK(ng_tensor_item(g, &v));
    EXPECT_NEAR(v, 30, 1e-6);
    ng_tensor_free(g); ng_tensor_free(y);
    s.fail_backward = 1;
    EXPECT_OK(ng_mul_scalar(x, 3, &y));
    EXPECT_ERR_STARTS(ng_backward(y, NULL, -1, 0), NG_ERR_CALLBACK, "tensor hook failed with status 1");
    ng_tensor_free(y);
    EXPECT(s.released == 0);
    EXPECT_OK(ng_hook_remove(id));
    EXPECT(s.released == 1);
    EXPECT_OK(ng_hook_remove(id));            /* removing twice is fine */
    EXPECT(s.backward_calls == 2);
    /* backward(inputs=[x]) over two roots */
    ng_tensor *y2, *roots[2], *ins[1] = {x};
    EXPECT_OK(ng_mul_scalar(x, 3, &y)); EXPECT_OK(ng_mul_scalar(x, 4, &y2));
    roots[0] = y; roots[1] = y2;
    EXPECT_OK(ng_tensor_set_grad(x, NULL));
    EXPECT_OK(ng_autograd_backward(roots, 2, NULL, -1, 0, ins, 1));
    EXPECT_OK(ng_tensor_grad(x, &g));
    EXPECT_OK(ng_tensor_item(g, &v));
    EXPECT_NEAR(v, 7, 1e-6);
    ng_tensor_free(g); ng_tensor_free(y); ng_tensor_free(y2); ng_tensor_free(x);
}

/* f(x) = exp(x) * x for gradcheck */
static ng_status f_exp_x(void* user, ng_tensor** in, int32_t n, ng_tensor** out) {
    (void)user; (void)n;
    ng_tensor* e;
    ng_status st = ng_exp(in[0], &e);
    if (st) return st;
    st = ng_mul(e, in[0], out);
    ng_tensor_free(e);
    return st;
}

static void test_gradcheck_and_anomaly(void) {
    const double xs[] = {0.5, 1.0, 2.0};
    const int64_t shape[] = {3};
    ng_tensor* x;
    EXPECT_OK(ng_tensor_from_buffer(xs, sizeof xs, NG_FLOAT64, shape, 1, &x));
    EXPECT_OK(ng_tensor_set_requires_grad(x, 1));
    int32_t ok = 0; char* msg = (char*)1;
    EXPECT_OK(ng_gradcheck(f_exp_x, NULL, &x, 1, 1e-6, 1e-5, 1e-3, 0, &ok, &msg));
    EXPECT(ok == 1 && msg == NULL);
    EXPECT_OK(ng_gradcheck(f_exp_x, NULL, &x, 1, 1e-6, 1e-5, 1e-3, 1, &ok, &msg));
    EXPECT(ok == 1);
    int32_t prev = -1;
    EXPECT_OK(ng_set_detect_anomaly(1, &prev));
    EXPECT(prev == 0);
    ng_tensor *z, *r;
    const double zs[] = {0.0, 1.0, 4.0};
    EXPECT_OK(ng_tensor_from_buffer(zs, sizeof zs, NG_FLOAT64, shape, 1, &z));
    EXPECT_OK(ng_tensor_set_requires_grad(z, 1));
    ng_tensor *sq, *m;
    EXPECT_OK(ng_sqrt(z, &sq));
    EXPECT_OK(ng_mul_scalar(sq, 0, &m));
    EXPECT_OK(ng_sum(m, &r));
    EXPECT_ERR_STARTS(ng_backward(r, NULL, -1, 0), NG_ERR_AUTOGRAD, "Function 'SqrtBackward0' returned nan values in its 0th output.");
    EXPECT_OK(ng_set_detect_anomaly(0, NULL));
    ng_tensor_free(r); ng_tensor_free(m); ng_tensor_free(sq); ng_tensor_free(z); ng_tensor_free(x);
}

static void release_blob(void* user) { (*(int*)user)++; }

static void test_from_blob(void) {
    float mem[6] = {0, 1, 2, 3, 4, 5};
    const int64_t shape[] = {2, 3};
    int released = 0;
    ng_tensor *t, *t2;
    EXPECT_OK(ng_tensor_from_blob(mem, NG_FLOAT32, shape, 2, NULL, release_blob, &released, &t));
    mem[0] = 9;
    EXPECT_STR(repr(t), "tensor([[9., 1., 2.],\n        [3., 4., 5.]])");
    void* p = NULL;
    EXPECT_OK(ng_tensor_data_ptr(t, &p));
    EXPECT(p == (void*)mem);
    EXPECT_OK(ng_tensor_fill_(t, 2));
    EXPECT(mem[5] == 2);
    EXPECT_OK(ng_t(t, &t2));
    int64_t strides[2];
    EXPECT_OK(ng_tensor_strides(t2, strides, 2));
    EXPECT(strides[0] == 1 && strides[1] == 3);
    ng_tensor_free(t);
    EXPECT(released == 0);
    ng_tensor_free(t2);
    EXPECT(released == 1);
    const int64_t neg[] = {-1, 1};
    EXPECT_STATUS(ng_tensor_from_blob(mem, NG_FLOAT32, shape, 2, neg, release_blob, &released, &t), NG_ERR_INVALID_ARGUMENT);
    EXPECT(released == 1);
    ng_tensor* r;
    EXPECT_OK(ng_randint(3, 10, shape, 2, NG_INT64, &r));
    int64_t vals[6];
    EXPECT_OK(ng_tensor_copy_to(r, vals, sizeof vals));
    for (int i = 0; i < 6; i++) EXPECT(vals[i] >= 3 && vals[i] < 10);
    ng_tensor_free(r);
}

int main(void) {
    test_from_blob();
    test_gradcheck_and_anomaly();
    test_hooks();
    test_my_pow();
    test_callback_errors();
    return finish("test_custom");
}
