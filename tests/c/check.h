/* A tiny assertion harness for the C tests: counts checks, prints failures, exits non-zero on any. */
#ifndef NG_CHECK_H
#define NG_CHECK_H
#include <math.h>
#include <stdio.h>
#include <string.h>

static int g_passed, g_failed;

#define EXPECT(cond) do { if (cond) g_passed++; else { g_failed++; \
    fprintf(stderr, "%s:%d: expected %s (last error: %s)\n", __FILE__, __LINE__, #cond, ng_last_error()); } } while (0)
#define EXPECT_OK(call) EXPECT((call) == NG_OK)
#define EXPECT_STATUS(call, status) EXPECT((call) == (status))
#define EXPECT_NEAR(a, b, tol) EXPECT(fabs((double)(a) - (double)(b)) <= (tol))
#define EXPECT_STR(actual, expected) do { const char* a_ = (actual); const char* e_ = (expected); \
    if (a_ && strcmp(a_, e_) == 0) g_passed++; else { g_failed++; \
    fprintf(stderr, "%s:%d: expected \"%s\", got \"%s\"\n", __FILE__, __LINE__, e_, a_ ? a_ : "(null)"); } } while (0)
#define EXPECT_ERR_STARTS(call, status, prefix) do { EXPECT_STATUS(call, status); \
    EXPECT(strncmp(ng_last_error(), (prefix), strlen(prefix)) == 0); } while (0)
#define EXPECT_ERR_CONTAINS(call, status, part) do { EXPECT_STATUS(call, status); \
    EXPECT(strstr(ng_last_error(), (part)) != NULL); } while (0)

static inline int finish(const char* name) {
    printf("%s: %d passed, %d failed\n", name, g_passed, g_failed);
    return g_failed == 0 ? 0 : 1;
}

/* repr of a tensor, in a static buffer (for comparisons). */
static inline const char* repr(ng_tensor* t) {
    static char buf[4096];
    char* s = NULL;
    if (ng_tensor_to_string(t, &s) != NG_OK) return NULL;
    snprintf(buf, sizeof buf, "%s", s);
    ng_string_free(s);
    return buf;
}
#endif
