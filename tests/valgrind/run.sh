#!/usr/bin/env bash
# Runs tests/valgrind/workload.c (a mixed workload of the C ABI) under valgrind's memcheck and fails on any
# invalid access, use of uninitialised memory, bad free or definite leak.
#
#   bash tests/valgrind/run.sh            (after ./build.sh build; about 1-3 minutes on 2 cores)
#
# The .NET runtime starts under valgrind only with a small GC region range: by default it reserves 256 GB
# of address space for its heap, more than valgrind's address space manager accepts; DOTNET_GCRegionRange
# (bytes, hex) shrinks the reservation. Leaks are counted only when "definite": the runtime keeps its
# background threads' stacks and TLS blocks and its heap reservation until the process ends, which
# valgrind reports as "possibly lost" / "still reachable". No suppression is needed today; tests/valgrind/
# dotnet.supp is passed so that one can be added (with its reason) if a runtime update needs it.
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
LIB="$ROOT/artifacts/lib"
OUT="$ROOT/artifacts/valgrind"
command -v valgrind >/dev/null || { echo "valgrind is not installed (apt-get install valgrind)" >&2; exit 2; }
[ -f "$LIB/libnativegrad.so" ] || { echo "build the library first: ./build.sh build" >&2; exit 2; }
mkdir -p "$OUT"
gcc -std=c11 -O1 -g -Wall -Wextra -Werror -I"$ROOT/bindings/c/include" -o "$OUT/workload" \
    "$ROOT/tests/valgrind/workload.c" -L"$LIB" -lnativegrad -Wl,-rpath,"$LIB" -lpthread
set +e
DOTNET_GCRegionRange=${DOTNET_GCRegionRange:-40000000} valgrind --tool=memcheck --error-exitcode=99 \
    --leak-check=full --errors-for-leak-kinds=definite --show-leak-kinds=definite \
    --track-origins=yes --suppressions="$ROOT/tests/valgrind/dotnet.supp" \
    "$OUT/workload" > "$OUT/workload.log" 2>&1
rc=$?
set -e
grep -E "valgrind workload|ERROR SUMMARY|definitely lost|Invalid|uninitialised" "$OUT/workload.log" || true
if [ "$rc" = 0 ]; then
    echo "valgrind: ok (no invalid access, no definite leak; log: artifacts/valgrind/workload.log)"
else
    echo "valgrind: FAILED (exit $rc; log: artifacts/valgrind/workload.log)"
fi
exit "$rc"
