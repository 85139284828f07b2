#!/usr/bin/env bash
# NativeGrad: the one build entry point (Linux). See ./build.sh help.
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
cd "$ROOT"

CONFIG=Release
RID=linux-x64
ART="$ROOT/artifacts"
LIB="$ART/lib/libnativegrad.so"
PYPKG="$ROOT/bindings/python/nativegrad"
SYS_PY=/usr/bin/python3
PY_DEB_PKGS=(python3-numpy python3-torch python3-pytest python3-matplotlib libopenblas0-pthread openmpi-bin libopenmpi-dev)
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1 DOTNET_SKIP_FIRST_TIME_EXPERIENCE=1

usage() {
    cat <<'EOF'
usage: ./build.sh [verb]

  build   dotnet build NativeGrad.sln (Release); regenerate bindings/c/include/nativegrad.h and
          bindings/python/nativegrad/_abi.py (bindings/gen); publish native-api with NativeAOT to
          artifacts/lib/libnativegrad.so (also copied to bindings/python/nativegrad/lib/);
          compile bindings/c/examples/*.c into artifacts/bin/
  test    ABI drift check (the committed generated files must match native-api), build,
          generator self-test, xunit, C tests (tests/c/*.c), Python tests (tests/python);
          runs every suite, prints one line per suite, fails if any failed
  demo    build, then run the C examples, the Python demo and the C# demo  (default verb)
  bench   build, then bench/run.sh
  pack    build, then the NuGet package and artifacts/pkg/nativegrad-python.tar.gz
  clean   remove artifacts/, bin/ and obj/ directories and the copied library
  help    this text
EOF
}

step() { echo "==> $*"; }
note() { echo "    $*"; }
die() { echo "build.sh: error: $*" >&2; exit 1; }

is_root() { [ "$(id -u)" = 0 ]; }

apt_install() {
    export DEBIAN_FRONTEND=noninteractive
    step "apt-get install $*"
    apt-get update -q
    apt-get install -y -q "$@"
}

need_dotnet() {
    command -v dotnet >/dev/null 2>&1 || die "the .NET SDK (dotnet) is required: https://dot.net"
}

need_gcc() {
    command -v gcc >/dev/null 2>&1 && return 0
    if is_root && command -v apt-get >/dev/null 2>&1; then
        apt_install gcc
    else
        die "gcc is required to compile the C examples and tests: apt-get install gcc"
    fi
}

# Python modules from Debian (the reference is Debian's PyTorch): import them with $SYS_PY, or
# install PY_DEB_PKGS when root, or stop naming the packages. $1: modules, $2: who needs them.
need_python_modules() {
    local mods="$1" who="$2"
    if [ -x "$SYS_PY" ] && "$SYS_PY" -c "import $mods" >/dev/null 2>&1; then
        return 0
    fi
    if is_root && command -v apt-get >/dev/null 2>&1; then
        apt_install "${PY_DEB_PKGS[@]}"
        "$SYS_PY" -c "import $mods" >/dev/null 2>&1 ||
            die "$SYS_PY still cannot import $mods after installing ${PY_DEB_PKGS[*]}"
    else
        die "$who need $SYS_PY with $mods: apt-get install ${PY_DEB_PKGS[*]}"
    fi
}

need_python_test_deps() { need_python_modules "numpy, torch, pytest" "the Python tests"; }

have_sources() { compgen -G "$1" >/dev/null; }

# ---------------------------------------------------------------------------- build

cmd_build() {
    need_dotnet
    need_gcc
    if have_sources "bindings/csharp/Demo/*.cs"; then
        step "dotnet build NativeGrad.sln -c $CONFIG"
        dotnet build NativeGrad.sln -c "$CONFIG"
    else
        step "dotnet build (NativeGrad.sln without bindings/csharp/Demo, which has no source yet) -c $CONFIG"
        local p
        for p in engine/NativeGrad.csproj native-api/NativeGrad.Native.csproj bindings/gen/NativeGrad.AbiGen.csproj \
                 tests/NativeGrad.Tests/NativeGrad.Tests.csproj; do
            dotnet build "$p" -c "$CONFIG"
        done
    fi

    step "generate nativegrad.h and _abi.py (bindings/gen)"
    dotnet run --no-build -c "$CONFIG" --project bindings/gen -- "$ROOT"

    step "publish native-api with NativeAOT ($RID) -> artifacts/lib/libnativegrad.so"
    rm -rf "$ART/publish"
    dotnet publish native-api/NativeGrad.Native.csproj -c "$CONFIG" -r "$RID" -o "$ART/publish"
    # The .so is named after native-api's AssemblyName (NativeGrad.Native.so); take the one .so there.
    local so="$ART/publish/NativeGrad.Native.so" found
    if [ ! -f "$so" ]; then
        found=("$ART"/publish/*.so)
        [ "${#found[@]}" = 1 ] && [ -f "${found[0]}" ] || die "publish did not produce one .so in $ART/publish"
        so="${found[0]}"
    fi
    mkdir -p "$ART/lib" "$PYPKG/lib"
    cp -f "$so" "$LIB"
    cp -f "$LIB" "$PYPKG/lib/libnativegrad.so"

    step "compile C examples (bindings/c/examples) -> artifacts/bin"
    mkdir -p "$ART/bin"
    if have_sources "bindings/c/examples/*.c"; then
        local src name
        for src in bindings/c/examples/*.c; do
            name="$(basename "$src" .c)"
            note "$src -> artifacts/bin/$name"
            gcc -std=c11 -O2 -Wall -Wextra -Ibindings/c/include -o "$ART/bin/$name" "$src" \
                -L"$ART/lib" -lnativegrad -Wl,-rpath,'$ORIGIN/../lib' -lm
        done
    else
        note "no C examples yet"
    fi
}

# ---------------------------------------------------------------------------- test

SUITE_NAMES=()
SUITE_RESULTS=()
SUITE_FAILED=0

# suite NAME FUNCTION...: runs the function in a subshell with errexit, records the outcome.
# (Called as a plain statement: inside `if`/`||` bash would silently disable errexit.)
suite() {
    local name=$1 rc
    shift
    set +e
    ( set -e; "$@" )
    rc=$?
    set -e
    SUITE_NAMES+=("$name")
    if [ "$rc" = 0 ]; then
        SUITE_RESULTS+=("ok")
    else
        SUITE_RESULTS+=("FAILED (exit $rc)")
        SUITE_FAILED=1
    fi
}

summary() {
    local i w=12
    step "summary"
    for i in "${!SUITE_NAMES[@]}"; do
        [ "${#SUITE_NAMES[$i]}" -le "$w" ] || w=${#SUITE_NAMES[$i]}
    done
    for i in "${!SUITE_NAMES[@]}"; do
        printf '    %-*s  %s\n' "$w" "${SUITE_NAMES[$i]}" "${SUITE_RESULTS[$i]}"
    done
    local n_ok=0 n_bad=0
    for i in "${!SUITE_RESULTS[@]}"; do
        if [ "${SUITE_RESULTS[$i]}" = ok ]; then n_ok=$((n_ok + 1)); else n_bad=$((n_bad + 1)); fi
    done
    # Plain closing line (CI reads 'N passed, N failed').
    echo "suites: $n_ok passed, $n_bad failed"
}

run_abi_check() {
    step "ABI drift check: committed nativegrad.h / _abi.py vs native-api (bindings/gen --check)"
    dotnet run -c "$CONFIG" --project bindings/gen -- "$ROOT" --check
}

run_abi_selftest() {
    step "generator self-test (bindings/gen --self-test)"
    dotnet run --no-build -c "$CONFIG" --project bindings/gen -- "$ROOT" --self-test
}

run_xunit() {
    step "xunit: dotnet test tests/NativeGrad.Tests -c $CONFIG"
    NATIVEGRAD_LIB="$LIB" dotnet test tests/NativeGrad.Tests -c "$CONFIG"
}

run_c_tests() {
    step "C tests: tests/c/*.c (gcc -Wall -Wextra -Werror)"
    if ! have_sources "tests/c/*.c"; then
        note "no C tests yet"
        return 0
    fi
    local out="$ART/tests" src name failed=0 passed=0 rc
    mkdir -p "$out"
    for src in tests/c/*.c; do
        name="$(basename "$src" .c)"
        if ! gcc -std=c11 -O1 -g -Wall -Wextra -Werror -Ibindings/c/include -o "$out/$name" "$src" \
                -L"$ART/lib" -lnativegrad -Wl,-rpath,'$ORIGIN/../lib' -lm; then
            echo "    FAIL $name (does not compile)"
            failed=$((failed + 1))
            continue
        fi
        rc=0
        if command -v timeout >/dev/null 2>&1; then
            timeout 600 "$out/$name" || rc=$?
        else
            "$out/$name" || rc=$?
        fi
        if [ "$rc" = 0 ]; then
            echo "    ok   $name"
            passed=$((passed + 1))
        else
            echo "    FAIL $name (exit $rc)"
            failed=$((failed + 1))
        fi
    done
    echo "c-tests: $passed passed, $failed failed"
    [ "$failed" = 0 ]
}

run_python_tests() {
    step "Python tests: $SYS_PY -m pytest -q tests/python"
    if [ ! -d tests/python ]; then
        note "no Python tests yet"
        return 0
    fi
    local rc=0
    PYTHONPATH="$ROOT/bindings/python${PYTHONPATH:+:$PYTHONPATH}" "$SYS_PY" -m pytest -q tests/python || rc=$?
    if [ "$rc" = 5 ]; then
        note "no Python tests collected"
        return 0
    fi
    return "$rc"
}

cmd_test() {
    need_dotnet
    need_gcc
    need_python_test_deps
    # The drift check runs before the build, because the build regenerates the files: checking
    # afterwards could never fail and would let stale committed files through CI.
    suite abi-drift run_abi_check
    suite build cmd_build
    if [ "${SUITE_RESULTS[-1]}" != ok ]; then
        echo "    build failed: the other suites are not run"
        summary
        exit 1
    fi
    suite abi-selftest run_abi_selftest
    suite xunit run_xunit
    suite c-tests run_c_tests
    suite python run_python_tests
    summary
    exit "$SUITE_FAILED"
}

# ---------------------------------------------------------------------------- demo

cmd_demo() {
    cmd_build
    SUITE_NAMES=(); SUITE_RESULTS=(); SUITE_FAILED=0

    step "C examples (artifacts/bin)"
    if have_sources "bindings/c/examples/*.c"; then
        local src name
        for src in bindings/c/examples/*.c; do
            name="$(basename "$src" .c)"
            suite "c:$name" "$ART/bin/$name"
        done
    else
        note "no C examples yet (bindings/c/examples/*.c)"
    fi

    step "Python demo (bindings/python/examples/demo.py)"
    if [ -f bindings/python/examples/demo.py ]; then
        # The python3 first on PATH (may lack numpy: the package must work without it),
        # then Debian's /usr/bin/python3 unless it is the same interpreter.
        local py exe seen=""
        for py in "$(command -v python3 || true)" "$SYS_PY"; do
            [ -n "$py" ] && [ -x "$py" ] || continue
            exe="$("$py" -c 'import sys; print(sys.executable)' 2>/dev/null || echo "$py")"
            case " $seen " in *" $exe "*) continue ;; esac
            seen="$seen $exe"
            note "$py ($("$py" -c 'import sys; print(sys.version.split()[0])' 2>/dev/null || echo '?'))"
            suite "python:$py" env PYTHONPATH="$ROOT/bindings/python${PYTHONPATH:+:$PYTHONPATH}" \
                "$py" bindings/python/examples/demo.py
        done
    else
        note "no Python demo yet (bindings/python/examples/demo.py): skipped"
    fi

    step "C# demo (bindings/csharp/Demo)"
    if have_sources "bindings/csharp/Demo/*.cs"; then
        suite "csharp" dotnet run -c "$CONFIG" --project bindings/csharp/Demo
    else
        note "no C# demo yet (bindings/csharp/Demo/*.cs): skipped"
    fi

    if [ "${#SUITE_NAMES[@]}" -gt 0 ]; then summary; fi
    exit "$SUITE_FAILED"
}

# ---------------------------------------------------------------------------- bench, pack, clean

cmd_bench() {
    need_gcc
    need_python_modules "numpy, torch, matplotlib" "the benchmarks (bench/compare.py)"
    # Debian's PyTorch falls back to a slow reference BLAS without it: an unfair matmul comparison.
    if ! dpkg-query -W -f='${Status}' libopenblas0-pthread 2>/dev/null | grep -q 'ok installed'; then
        if is_root && command -v apt-get >/dev/null 2>&1; then apt_install libopenblas0-pthread
        else note "warning: libopenblas0-pthread is not installed; PyTorch's matmul will be slow"; fi
    fi
    cmd_build
    step "benchmarks (bench/run.sh)"
    if [ -f bench/run.sh ]; then
        bash bench/run.sh "$@"
    else
        note "no benchmarks yet"
    fi
}

cmd_pack() {
    cmd_build
    step "dotnet pack engine -> artifacts/pkg"
    dotnet pack engine -c "$CONFIG" -o "$ART/pkg"
    step "Python package -> artifacts/pkg/nativegrad-python.tar.gz"
    [ -f "$PYPKG/lib/libnativegrad.so" ] || die "$PYPKG/lib/libnativegrad.so is missing"
    tar -czf "$ART/pkg/nativegrad-python.tar.gz" --sort=name --owner=0 --group=0 --numeric-owner \
        --exclude=__pycache__ --exclude='*.pyc' -C bindings/python nativegrad
    note "$(tar -tzf "$ART/pkg/nativegrad-python.tar.gz" | wc -l) entries"
    ls -l "$ART/pkg"
}

cmd_clean() {
    step "clean"
    rm -rf "$ART" "$PYPKG/lib" .pytest_cache
    local d
    for d in engine native-api bindings/gen tests/NativeGrad.Tests bindings/csharp/Demo; do
        rm -rf "$d/bin" "$d/obj"
    done
    find bindings tests bench -name __pycache__ -type d -prune -exec rm -rf {} + 2>/dev/null || true
}

# ---------------------------------------------------------------------------- main

verb="${1:-demo}"
[ $# -gt 0 ] && shift
case "$verb" in
    build) cmd_build ;;
    test) cmd_test ;;
    demo) cmd_demo ;;
    bench) cmd_bench "$@" ;;
    pack) cmd_pack ;;
    clean) cmd_clean ;;
    help | -h | --help) usage ;;
    *) echo "build.sh: unknown verb '$verb'" >&2; usage >&2; exit 2 ;;
esac
