/* The seed graph from C: x = 5 (requires grad); y = x**3; z = log(y); z.backward(). */
#include <stdio.h>
#include "nativegrad.h"

#define CHECK(call) do { if ((call) != NG_OK) { fprintf(stderr, "%s failed: %s\n", #call, ng_last_error()); return 1; } } while (0)

static void print(const char* label, ng_tensor* t) {
    char* s = NULL;
    if (ng_tensor_to_string(t, &s) == NG_OK) { printf("%s%s\n", label, s); ng_string_free(s); }
}

int main(void) {
    ng_tensor *x = NULL, *y = NULL, *z = NULL, *grad = NULL;
    CHECK(ng_full(NULL, 0, 5.0, NG_FLOAT32, &x));
    CHECK(ng_tensor_set_requires_grad(x, 1));
    CHECK(ng_pow_scalar(x, 3.0, &y));
    CHECK(ng_log(y, &z));
    print("x = ", x);
    print("y = ", y);
    print("z = ", z);
    CHECK(ng_backward(z, NULL, -1, 0));
    CHECK(ng_tensor_grad(x, &grad));
    print("x.grad = ", grad);
    /* A second backward through the freed graph is an error with PyTorch's message. */
    if (ng_backward(z, NULL, -1, 0) != NG_OK) printf("second backward: %s\n", ng_last_error());
    ng_tensor_free(grad); ng_tensor_free(z); ng_tensor_free(y); ng_tensor_free(x);
    return 0;
}
