/* Recurrent modules (ng_rnn_new, ng_lstm_new, ng_gru_new), the functional recurrence (ng_rnn_forward,
 * ng_rnn_cell), simple modules (ng_identity_new, ng_softmax_new) and the pool size (ng_*_num_threads). */
#include <math.h>
#include "nativegrad.h"
#include "check.h"

static int shape_is(ng_tensor* t, int32_t nd, const int64_t* expect) {
    int32_t n = -1;
    int64_t s[8];
    if (ng_tensor_ndim(t, &n) != NG_OK || n != nd) return 0;
    if (ng_tensor_shape(t, s, 8) != NG_OK) return 0;
    for (int i = 0; i < nd; i++) if (s[i] != expect[i]) return 0;
    return 1;
}

static double max_abs_diff(ng_tensor* a, ng_tensor* b, int n) {
    double x[256], y[256], m = 0;
    if (n > 256 || ng_tensor_copy_to(a, x, n * 8) != NG_OK || ng_tensor_copy_to(b, y, n * 8) != NG_OK) return 1e9;
    for (int i = 0; i < n; i++) m = fmax(m, fabs(x[i] - y[i]));
    return m;
}

int main(void) {
    EXPECT_OK(ng_manual_seed(3));
    ng_module* lstm;
    EXPECT_OK(ng_lstm_new(3, 4, 2, 1, 0, 0.0, 0, NG_FLOAT64, &lstm));
    char* s;
    EXPECT_OK(ng_module_to_string(lstm, &s));
    EXPECT_STR(s, "LSTM(3, 4, num_layers=2)");
    ng_string_free(s);
    int32_t n;
    EXPECT_OK(ng_module_num_parameters(lstm, &n));
    EXPECT(n == 8);
    char* name;
    ng_tensor* w;
    EXPECT_OK(ng_module_parameter(lstm, 5, &name, &w));
    EXPECT_STR(name, "weight_hh_l1");
    ng_string_free(name);
    const int64_t wshape[2] = {16, 4};
    EXPECT(shape_is(w, 2, wshape));
    ng_tensor_free(w);

    /* Module forward with states; the same values through the functional call and ng_module_forward. */
    const int64_t xs[3] = {5, 2, 3};
    ng_tensor *x, *out, *hn, *cn, *out2, *hn2, *cn2, *out3;
    EXPECT_OK(ng_randn(xs, 3, NG_FLOAT64, &x));
    EXPECT_OK(ng_tensor_set_requires_grad(x, 1));
    EXPECT_OK(ng_rnn_module_forward(lstm, x, NULL, NULL, &out, &hn, &cn));
    const int64_t os[3] = {5, 2, 4}, hs[3] = {2, 2, 4};
    EXPECT(shape_is(out, 3, os));
    EXPECT(shape_is(hn, 3, hs));
    EXPECT(shape_is(cn, 3, hs));
    ng_tensor* weights[8];
    for (int i = 0; i < 8; i++) EXPECT_OK(ng_module_parameter(lstm, i, NULL, &weights[i]));
    EXPECT_OK(ng_rnn_forward("LSTM", x, NULL, NULL, weights, 8, 2, 1, 0, 0.0, 1, 0, &out2, &hn2, &cn2));
    EXPECT(max_abs_diff(out, out2, 40) == 0);
    EXPECT(max_abs_diff(cn, cn2, 16) == 0);
    EXPECT_OK(ng_module_forward(lstm, x, &out3));
    EXPECT(max_abs_diff(out, out3, 40) == 0);

    /* Gradients reach the input and every weight. */
    ng_tensor *loss, *g;
    EXPECT_OK(ng_sum(out, &loss));
    EXPECT_OK(ng_backward(loss, NULL, 0, 0));
    EXPECT_OK(ng_tensor_grad(x, &g));
    EXPECT(g != NULL);
    ng_tensor_free(g);
    for (int i = 0; i < 8; i++) {
        ng_tensor* wg = NULL;
        EXPECT_OK(ng_tensor_grad(weights[i], &wg));
        EXPECT(wg != NULL);
        ng_tensor_free(wg);
    }

    /* One GRU step through ng_rnn_cell equals a one-step ng_rnn_forward with the same weights. */
    ng_module* gru;
    EXPECT_OK(ng_gru_new(3, 4, 1, 1, 0, 0.0, 0, NG_FLOAT64, &gru));
    ng_tensor* gw[4];
    for (int i = 0; i < 4; i++) EXPECT_OK(ng_module_parameter(gru, i, NULL, &gw[i]));
    const int64_t x1s[3] = {1, 2, 3}, h0s[3] = {1, 2, 4}, x2s[2] = {2, 3}, h2s[2] = {2, 4};
    ng_tensor *x1, *h0, *x2, *h2, *o1, *hn1, *hstep;
    EXPECT_OK(ng_randn(x1s, 3, NG_FLOAT64, &x1));
    EXPECT_OK(ng_randn(h0s, 3, NG_FLOAT64, &h0));
    EXPECT_OK(ng_reshape(x1, x2s, 2, &x2));
    EXPECT_OK(ng_reshape(h0, h2s, 2, &h2));
    EXPECT_OK(ng_rnn_forward("GRU", x1, h0, NULL, gw, 4, 1, 1, 0, 0.0, 1, 0, &o1, &hn1, NULL));
    EXPECT_OK(ng_rnn_cell("GRU", x2, h2, NULL, gw[0], gw[1], gw[2], gw[3], &hstep, NULL));
    EXPECT(max_abs_diff(hn1, hstep, 8) < 1e-15);

    /* Errors. */
    ng_tensor* none = (ng_tensor*)0x1;
    EXPECT_ERR_STARTS(ng_rnn_forward("FOO", x1, NULL, NULL, gw, 4, 1, 1, 0, 0.0, 1, 0, &none, &none, NULL),
                      NG_ERR_INVALID_ARGUMENT, "Unrecognized RNN mode: FOO");
    EXPECT(none == (ng_tensor*)0x1);
    EXPECT_ERR_STARTS(ng_rnn_forward("GRU", x, NULL, NULL, gw, 3, 1, 1, 0, 0.0, 1, 0, &none, &none, NULL),
                      NG_ERR_INVALID_ARGUMENT, "expected 4 weight tensors");
    const int64_t bad_s[3] = {5, 2, 7};
    ng_tensor* bad;
    EXPECT_OK(ng_zeros(bad_s, 3, NG_FLOAT64, &bad));
    EXPECT_ERR_STARTS(ng_rnn_module_forward(gru, bad, NULL, NULL, &none, &none, NULL), NG_ERR_SHAPE,
                      "input.size(-1) must be equal to input_size. Expected 3, got 7");
    ng_module *rnn, *lin, *id, *sm;
    EXPECT_ERR_STARTS(ng_rnn_new(3, 4, 1, "sigmoid", 1, 0, 0.0, 0, NG_FLOAT32, &rnn), NG_ERR_INVALID_ARGUMENT,
                      "Unknown nonlinearity 'sigmoid'");
    EXPECT_OK(ng_rnn_new(3, 4, 1, "relu", 0, 1, 0.0, 1, NG_FLOAT32, &rnn));
    EXPECT_OK(ng_module_to_string(rnn, &s));
    EXPECT_STR(s, "RNN(3, 4, bias=False, batch_first=True, bidirectional=True)");
    ng_string_free(s);
    EXPECT_OK(ng_linear_new(2, 2, 1, NG_FLOAT32, &lin));
    EXPECT_ERR_STARTS(ng_rnn_module_forward(lin, x, NULL, NULL, &none, &none, NULL), NG_ERR_INVALID_ARGUMENT,
                      "ng_rnn_module_forward: the module is not an RNN, LSTM or GRU");

    /* Identity and Softmax modules. */
    EXPECT_OK(ng_identity_new(&id));
    EXPECT_OK(ng_softmax_new(1, 0, &sm));
    EXPECT_OK(ng_module_to_string(sm, &s));
    EXPECT_STR(s, "Softmax(dim=1)");
    ng_string_free(s);
    ng_tensor *same, *p;
    EXPECT_OK(ng_module_forward(id, x2, &same));
    int32_t eq = 0;
    EXPECT_OK(ng_tensor_equal_handles(same, x2, &eq));
    EXPECT(eq == 1);
    EXPECT_OK(ng_module_forward(sm, x2, &p));
    double pv[6];
    EXPECT_OK(ng_tensor_copy_to(p, pv, sizeof pv));
    EXPECT_NEAR(pv[0] + pv[1] + pv[2], 1.0, 1e-12);

    /* The worker pool's size. */
    int32_t before, now;
    EXPECT_OK(ng_get_num_threads(&before));
    EXPECT(before >= 1);
    EXPECT_OK(ng_set_num_threads(1));
    EXPECT_OK(ng_get_num_threads(&now));
    EXPECT(now == 1);
    EXPECT_ERR_STARTS(ng_set_num_threads(0), NG_ERR_INVALID_ARGUMENT, "set_num_threads expects a positive integer");
    EXPECT_OK(ng_set_num_threads(before));

    ng_tensor* all[] = {x, out, hn, cn, out2, hn2, cn2, out3, loss, x1, h0, x2, h2, o1, hn1, hstep, bad, same, p};
    for (unsigned i = 0; i < sizeof all / sizeof all[0]; i++) ng_tensor_free(all[i]);
    for (int i = 0; i < 8; i++) ng_tensor_free(weights[i]);
    for (int i = 0; i < 4; i++) ng_tensor_free(gw[i]);
    ng_module_free(lstm); ng_module_free(gru); ng_module_free(rnn); ng_module_free(lin); ng_module_free(id); ng_module_free(sm);
    return finish("test_recurrent");
}
