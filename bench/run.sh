#!/usr/bin/env bash
# NativeGrad benchmarks: the machine's limits and the native runner (bench/c/bench.c),
# the comparison with PyTorch (bench/compare.py), and optionally the BenchmarkDotNet suite of
# the managed kernels. Called by `./build.sh bench` after the build; expects
# artifacts/lib/libnativegrad.so. Results go to artifacts/bench/.
#
# usage: bench/run.sh [--quick] [--dotnet] [--python PATH]
#   --quick        shorter runs (a smoke test; noisier figures)
#   --dotnet       also run the BenchmarkDotNet suite (bench/NativeGrad.Bench, a few minutes)
#   --python PATH  the Python (with numpy and torch) whose PyTorch compare.py and memory.py measure
#                  against (default: Debian's /usr/bin/python3)
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$ROOT"
ART="$ROOT/artifacts"
OUT="$ART/bench"
LIB="$ART/lib/libnativegrad.so"
PY=/usr/bin/python3
QUICK=()
DOTNET=0
while [ $# -gt 0 ]; do
    case "$1" in
        --quick) QUICK=(--quick) ;;
        --dotnet) DOTNET=1 ;;
        --python) [ $# -ge 2 ] || { echo "bench/run.sh: --python needs a path" >&2; exit 2; }; PY="$2"; shift ;;
        *) echo "bench/run.sh: unknown option $1" >&2; exit 2 ;;
    esac
    shift
done

[ -f "$LIB" ] || { echo "bench/run.sh: $LIB is missing: run ./build.sh build first" >&2; exit 1; }
mkdir -p "$OUT"
start=$(date +%s)

echo "==> native runner: bench/c/bench.c (machine limits + nativegrad from C)"
gcc -std=c11 -O2 -mavx2 -mfma -Wall -Wextra -Ibindings/c/include -o "$OUT/bench" bench/c/bench.c \
    -L"$ART/lib" -lnativegrad -Wl,-rpath,"$ART/lib" -lm -lpthread
"$OUT/bench" "$OUT/machine.json" "${QUICK[@]}" | tee "$OUT/native.txt"

echo "==> library load + first op (bench/c/load.c, best of 5 fresh processes)"
gcc -std=c11 -O2 -Wall -Wextra -o "$OUT/load" bench/c/load.c -ldl
best=""
for _ in 1 2 3 4 5; do
    t=$("$OUT/load" "$LIB")
    best=$(printf '%s\n%s\n' "$t" "$best" | grep -v '^$' | sort -g | head -n 1)
done
size=$(stat -c %s "$LIB")
printf '  dlopen + first op: %s ms (target < 10 ms); library size %.2f MB (target < 10 MB)\n' "$best" "$(awk -v s="$size" 'BEGIN { print s / 1048576 }')" | tee "$OUT/load.txt"

echo "==> bench/compare.py: nativegrad vs PyTorch, one process"
PYTHONPATH="$ROOT/bindings/python${PYTHONPATH:+:$PYTHONPATH}" \
    "$PY" bench/compare.py --out "$OUT" --machine "$OUT/machine.json" "${QUICK[@]}" | tee "$OUT/compare.txt"

echo "==> bench/grad_chain.py: autograd.grad and backward on 1K..100K-node chains, nativegrad vs PyTorch"
PYTHONPATH="$ROOT/bindings/python${PYTHONPATH:+:$PYTHONPATH}" \
    "$PY" bench/grad_chain.py --out "$OUT" "${QUICK[@]}" | tee "$OUT/grad_chain.txt"

echo "==> bench/functional.py: jacobian/hessian(vectorize=True) of a 256-input function vs PyTorch's loop and vmap"
PYTHONPATH="$ROOT/bindings/python${PYTHONPATH:+:$PYTHONPATH}" \
    "$PY" bench/functional.py --out "$OUT" "${QUICK[@]}" | tee "$OUT/functional.txt"

echo "==> bench/memory.py: training memory, nativegrad vs PyTorch, separate processes"
if PYTHONPATH="$ROOT/bindings/python${PYTHONPATH:+:$PYTHONPATH}" "$PY" -c "import nativegrad.nn" 2>/dev/null; then
    PYTHONPATH="$ROOT/bindings/python${PYTHONPATH:+:$PYTHONPATH}" \
        "$PY" bench/memory.py --out "$OUT" "${QUICK[@]}" | tee "$OUT/memory.txt"
else
    echo "    skipped: nativegrad.nn is not available"
fi

echo "==> bench/distributed.py: data-parallel training over MPI, 1 and 2 processes, nativegrad and PyTorch"
if command -v mpirun >/dev/null 2>&1; then
    PYTHONPATH="$ROOT/bindings/python${PYTHONPATH:+:$PYTHONPATH}" \
        "$PY" bench/distributed.py --out "$OUT" "${QUICK[@]}" | tee "$OUT/distributed.txt"
else
    echo "    skipped: mpirun not found (apt-get install openmpi-bin libopenmpi-dev)"
fi

if [ "$DOTNET" = 1 ]; then
    echo "==> BenchmarkDotNet: bench/NativeGrad.Bench (managed kernels)"
    dotnet run -c Release --project bench/NativeGrad.Bench -- --filter '*' --job short \
        --artifacts "$OUT/dotnet" | tee "$OUT/dotnet.txt"
fi

echo "==> results ($(( $(date +%s) - start )) s)"
echo "    $OUT/native.txt    machine limits and the C runner's figures ($OUT/machine.json)"
echo "    $OUT/load.txt      library load + first op time and library size"
echo "    $OUT/compare.txt   table vs PyTorch ($OUT/compare.json, chart $OUT/compare.png)"
echo "    $OUT/functional.txt  jacobian/hessian vectorize=True vs PyTorch ($OUT/functional.json)"
echo "    $OUT/memory.txt    training memory vs PyTorch ($OUT/memory.json)"
echo "    $OUT/distributed.txt  data-parallel scaling and overlap vs PyTorch ($OUT/distributed.json)"
if [ "$DOTNET" = 1 ]; then echo "    $OUT/dotnet.txt    BenchmarkDotNet ($OUT/dotnet/results)"; fi
