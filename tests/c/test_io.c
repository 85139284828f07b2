/* Safetensors through the C ABI: save, count, load (names, tensors, metadata), bad files and bad arguments. */
#define _POSIX_C_SOURCE 200809L
#include <stdint.h>
#include <stdlib.h>
#include <unistd.h>
#include "nativegrad.h"
#include "check.h"

static void write_file(const char* path, const void* data, size_t n) {
    FILE* f = fopen(path, "wb");
    if (!f) { perror(path); exit(2); }
    fwrite(data, 1, n, f);
    fclose(f);
}

/* A raw file: 8-byte little-endian header length, the header, then `nbuf` zero bytes. */
static void write_raw(const char* path, const char* header, size_t nbuf) {
    size_t h = strlen(header);
    unsigned char* b = calloc(1, 8 + h + nbuf);
    for (int i = 0; i < 8; i++) b[i] = (unsigned char)((uint64_t)h >> (8 * i));
    memcpy(b + 8, header, h);
    write_file(path, b, 8 + h + nbuf);
    free(b);
}

int main(void) {
    char dir[] = "/tmp/ng_test_io_XXXXXX";
    if (!mkdtemp(dir)) { perror("mkdtemp"); return 2; }
    char path[256], bad[256];
    snprintf(path, sizeof path, "%s/model.safetensors", dir);
    snprintf(bad, sizeof bad, "%s/bad.safetensors", dir);

    /* Save a float matrix, an int64 vector and a 0-dim double. */
    const float w[] = {1, 2, 3, 4, 5, 6};
    const int64_t ids[] = {-1, 0, 1LL << 40};
    const double sc = 0.25;
    const int64_t s23[] = {2, 3}, s3[] = {3};
    ng_tensor *tw, *ti, *ts;
    EXPECT_OK(ng_tensor_from_buffer(w, sizeof w, NG_FLOAT32, s23, 2, &tw));
    EXPECT_OK(ng_tensor_from_buffer(ids, sizeof ids, NG_INT64, s3, 1, &ti));
    EXPECT_OK(ng_tensor_from_buffer(&sc, sizeof sc, NG_FLOAT64, NULL, 0, &ts));
    const char* names[] = {"fc.weight", "ids", "step"};
    ng_tensor* ts3[] = {tw, ti, ts};
    EXPECT_OK(ng_save(path, names, ts3, 3, "{\"format\":\"pt\",\"epoch\":\"7\"}"));

    int32_t count = -1;
    EXPECT_OK(ng_load_count(path, &count));
    EXPECT(count == 3);

    /* Load: names in the order saved, values equal, metadata as JSON. */
    char* lnames[3] = {0};
    ng_tensor* lt[3] = {0};
    char* meta = NULL;
    int32_t got = -1;
    EXPECT_OK(ng_load(path, lnames, lt, 3, &got, &meta));
    EXPECT(got == 3);
    EXPECT_STR(lnames[0], "fc.weight");
    EXPECT_STR(lnames[1], "ids");
    EXPECT_STR(lnames[2], "step");
    EXPECT_STR(meta, "{\"format\":\"pt\",\"epoch\":\"7\"}");
    EXPECT_STR(repr(lt[0]), "tensor([[1., 2., 3.],\n        [4., 5., 6.]])");
    int64_t back[3];
    EXPECT_OK(ng_tensor_copy_to(lt[1], back, sizeof back));
    EXPECT(back[0] == -1 && back[1] == 0 && back[2] == (1LL << 40));
    double v = 0;
    int32_t nd = -1;
    EXPECT_OK(ng_tensor_item(lt[2], &v));
    EXPECT_OK(ng_tensor_ndim(lt[2], &nd));
    EXPECT(v == 0.25 && nd == 0);
    for (int i = 0; i < got; i++) { ng_string_free(lnames[i]); EXPECT_OK(ng_tensor_free(lt[i])); }
    ng_string_free(meta);

    /* Metadata output is optional; a too-small capacity fails and writes nothing. */
    char* one_name[1] = {0};
    ng_tensor* one[1] = {0};
    got = -1;
    EXPECT_ERR_CONTAINS(ng_load(path, one_name, one, 1, &got, NULL), NG_ERR_INVALID_ARGUMENT, "holds 3 tensors but capacity is 1");
    EXPECT(got == -1 && one[0] == NULL && one_name[0] == NULL);

    /* No tensors at all: a valid file. */
    char empty[256];
    snprintf(empty, sizeof empty, "%s/empty.safetensors", dir);
    EXPECT_OK(ng_save(empty, NULL, NULL, 0, NULL));
    EXPECT_OK(ng_load(empty, NULL, NULL, 0, &got, &meta));
    EXPECT(got == 0);
    EXPECT_STR(meta, "{}");
    ng_string_free(meta);

    /* Bad files are rejected with a message naming the problem, and leave outputs alone. */
    write_raw(bad, "{\"w\":{\"dtype\":\"F32\",\"shape\":[25],\"data_offsets\":[0,100]}}", 64);
    count = -1;
    EXPECT_ERR_CONTAINS(ng_load_count(bad, &count), NG_ERR_INVALID_ARGUMENT,
                        "safetensors: tensor 'w' data_offsets [0, 100] exceed the buffer of 64 bytes");
    EXPECT(count == -1);
    EXPECT_ERR_CONTAINS(ng_load(bad, lnames, lt, 3, &got, NULL), NG_ERR_INVALID_ARGUMENT, "exceed the buffer");
    write_file(bad, "\x10\0\0", 3);
    EXPECT_ERR_CONTAINS(ng_load(bad, lnames, lt, 3, &got, NULL), NG_ERR_INVALID_ARGUMENT, "too short (3 bytes)");
    const unsigned char huge[16] = {0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, '{', '}'};
    write_file(bad, huge, sizeof huge);
    EXPECT_ERR_CONTAINS(ng_load_count(bad, &count), NG_ERR_INVALID_ARGUMENT, "exceeds the limit");
    write_raw(bad, "{\"a\":{\"dtype\":\"F32\",\"shape\":[2],\"data_offsets\":[0,8]},"
                   "\"b\":{\"dtype\":\"F32\",\"shape\":[2],\"data_offsets\":[4,12]}}", 12);
    EXPECT_ERR_CONTAINS(ng_load_count(bad, &count), NG_ERR_INVALID_ARGUMENT, "overlap tensor 'a'");

    /* Missing files, NULL and invalid arguments. */
    char missing[256];
    snprintf(missing, sizeof missing, "%s/missing.safetensors", dir);
    EXPECT_ERR_CONTAINS(ng_load_count(missing, &count), NG_ERR_IO, "no such file");
    EXPECT_STATUS(ng_load_count(NULL, &count), NG_ERR_NULL_POINTER);
    EXPECT_STATUS(ng_load_count(path, NULL), NG_ERR_NULL_POINTER);
    EXPECT_STATUS(ng_save(path, NULL, ts3, 3, NULL), NG_ERR_NULL_POINTER);
    const char* dup[] = {"a", "a"};
    EXPECT_ERR_CONTAINS(ng_save(path, dup, ts3, 2, NULL), NG_ERR_INVALID_ARGUMENT, "'a' is used twice");
    EXPECT_ERR_CONTAINS(ng_save(path, names, ts3, 1, "{\"n\":1}"), NG_ERR_INVALID_ARGUMENT, "metadata_json must map strings to strings");
    EXPECT_ERR_CONTAINS(ng_save(path, names, ts3, 1, "not json"), NG_ERR_INVALID_ARGUMENT, "metadata_json");
    const char bad_utf8[] = {'x', (char)0xff, 0};
    const char* bad_names[] = {bad_utf8};
    EXPECT_ERR_CONTAINS(ng_save(path, bad_names, ts3, 1, NULL), NG_ERR_INVALID_ARGUMENT, "names[0] is not valid UTF-8");
    /* The failed saves above left the saved file as it was. */
    EXPECT_OK(ng_load_count(path, &count));
    EXPECT(count == 3);
    /* A released handle is reported, not dereferenced. */
    ng_tensor* dead;
    EXPECT_OK(ng_ones(s3, 1, NG_FLOAT32, &dead));
    EXPECT_OK(ng_tensor_free(dead));
    ng_tensor* with_dead[] = {dead};
    EXPECT_STATUS(ng_save(path, names, with_dead, 1, NULL), NG_ERR_RELEASED_HANDLE);

    EXPECT_OK(ng_tensor_free(tw));
    EXPECT_OK(ng_tensor_free(ti));
    EXPECT_OK(ng_tensor_free(ts));
    unlink(path); unlink(bad); unlink(empty);
    rmdir(dir);
    return finish("test_io");
}
