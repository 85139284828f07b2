/* Every error says what was wrong (issue 11): handle misuse names the kinds; .NET's own messages are words,
 * not resource keys (the library was built with UseSystemResourceKeys: a bad safetensors header gave
 * "ExpectedStartOfValueNotFound"); a thread's message stays readable until its next failing call. */
#if defined(__unix__) || defined(__APPLE__)
#define _GNU_SOURCE
#include <stdint.h>
#include <stdlib.h>
#include <stdio.h>
#include <string.h>
#include <unistd.h>
#include "nativegrad.h"
#include "check.h"

static ng_status nop_hook(void* u, ng_tensor* g, ng_tensor** out) { (void)u; (void)g; (void)out; return NG_OK; }

int main(void) {
    const int64_t s[] = {2};
    ng_tensor *x = NULL, *y = NULL, *gone = NULL, *out = NULL;
    ng_node* n = NULL;
    ng_module* m = NULL;
    ng_optimizer* o = NULL;
    EXPECT_OK(ng_ones(s, 1, NG_FLOAT32, &x));
    EXPECT_OK(ng_tensor_set_requires_grad(x, 1));
    EXPECT_OK(ng_mul(x, x, &y));
    EXPECT_OK(ng_tensor_grad_fn(y, &n));
    EXPECT_OK(ng_relu_new(&m));
    EXPECT_OK(ng_sgd_new(&x, 1, 0.1, 0, 0, 0, 0, &o));
    EXPECT_OK(ng_zeros(s, 1, NG_FLOAT32, &gone));
    EXPECT_OK(ng_tensor_free(gone));

    /* wrong kinds, in both directions and for every kind */
    EXPECT_ERR_CONTAINS(ng_tensor_free((ng_tensor*)n), NG_ERR_INVALID_ARGUMENT, "ng_tensor_free: expected a tensor handle, got a node handle");
    EXPECT_ERR_CONTAINS(ng_node_free((ng_node*)x), NG_ERR_INVALID_ARGUMENT, "expected a node handle, got a tensor handle");
    EXPECT_ERR_CONTAINS(ng_add(x, (ng_tensor*)m, &out), NG_ERR_INVALID_ARGUMENT, "expected a tensor handle, got a module handle");
    EXPECT_ERR_CONTAINS(ng_module_train((ng_module*)o, 1), NG_ERR_INVALID_ARGUMENT, "expected a module handle, got an optimizer handle");
    EXPECT_ERR_CONTAINS(ng_optimizer_step((ng_optimizer*)m), NG_ERR_INVALID_ARGUMENT, "expected an optimizer handle, got a module handle");
    int64_t hook = 0;
    EXPECT_OK(ng_tensor_register_hook(x, nop_hook, NULL, NULL, &hook));
    EXPECT_ERR_CONTAINS(ng_tensor_free((ng_tensor*)(intptr_t)hook), NG_ERR_INVALID_ARGUMENT, "got a hook handle");
    EXPECT_ERR_CONTAINS(ng_hook_remove((int64_t)(intptr_t)y), NG_ERR_INVALID_ARGUMENT, "expected a hook handle, got a tensor handle");
    EXPECT_OK(ng_hook_remove(hook));
    EXPECT_OK(ng_hook_remove(hook));   /* removing twice is fine, as RemovableHandle.remove() */
    EXPECT_OK(ng_hook_remove(0));

    /* released, forged, NULL */
    EXPECT_ERR_CONTAINS(ng_tensor_numel(gone, &(int64_t){0}), NG_ERR_RELEASED_HANDLE, "use of a released tensor handle");
    EXPECT_ERR_CONTAINS(ng_tensor_free((ng_tensor*)(intptr_t)0x2), NG_ERR_RELEASED_HANDLE, "invalid tensor handle 0x2: not a handle made by this library");
    EXPECT_STATUS(ng_tensor_free((ng_tensor*)((uintptr_t)x + 1)), NG_ERR_RELEASED_HANDLE);
    EXPECT_STATUS(ng_node_free((ng_node*)~(uintptr_t)0), NG_ERR_RELEASED_HANDLE);
    EXPECT_ERR_CONTAINS(ng_neg(NULL, &out), NG_ERR_NULL_POINTER, "tensor handle is NULL");
    EXPECT(out == NULL);

    /* .NET's messages are words: a malformed safetensors header and metadata JSON */
    char path[] = "/tmp/ng-messages-XXXXXX";
    int fd = mkstemp(path);
    EXPECT(fd >= 0);
    const unsigned char bad[] = {8, 0, 0, 0, 0, 0, 0, 0, '{', '"', 'a', '"', ':', ',', '}', ' '};
    EXPECT(write(fd, bad, sizeof bad) == (ssize_t)sizeof bad);
    close(fd);
    int32_t count = 0;
    EXPECT_ERR_CONTAINS(ng_load_count(path, &count), NG_ERR_INVALID_ARGUMENT, "is an invalid start of a value");
    EXPECT(strstr(ng_last_error(), "NotFound") == NULL);
    const char* names[] = {"x"};
    EXPECT_ERR_CONTAINS(ng_save(path, names, &x, 1, "{\"k\": "), NG_ERR_INVALID_ARGUMENT, "metadata_json is not valid JSON");
    EXPECT(strstr(ng_last_error(), "ZeroDepthAtEnd") == NULL);
    unlink(path);

    /* the message stays valid, unchanged, across successful calls */
    EXPECT_STATUS(ng_tensor_free(gone), NG_ERR_RELEASED_HANDLE);
    const char* msg = ng_last_error();
    ng_tensor* z = NULL;
    EXPECT_OK(ng_add(x, x, &z));
    EXPECT_OK(ng_tensor_free(z));
    EXPECT_STR(msg, "ng_tensor_free: use of a released tensor handle");

    EXPECT_OK(ng_optimizer_free(o));
    EXPECT_OK(ng_module_free(m));
    EXPECT_OK(ng_node_free(n));
    EXPECT_OK(ng_tensor_free(y));
    EXPECT_OK(ng_tensor_free(x));
    return finish("test_messages");
}
#else
#include <stdio.h>
int main(void) {
    puts("test_messages: skipped: needs mkstemp (POSIX only)");
    return 0;
}
#endif
