/* The release version: ng_version() matches the header's NG_VERSION_* macros and is a static string. */
#include "nativegrad.h"
#include "check.h"

#define NG_STR_(x) #x
#define NG_STR(x) NG_STR_(x)

int main(void) {
    const char* v = ng_version();
    EXPECT(v != NULL);
    EXPECT_STR(v, NG_STR(NG_VERSION_MAJOR) "." NG_STR(NG_VERSION_MINOR) "." NG_STR(NG_VERSION_PATCH));
    EXPECT(ng_version() == v); /* the same static block on every call, never to be freed */
    EXPECT(ng_abi_version() == NG_ABI_VERSION);
    return finish("test_version");
}
