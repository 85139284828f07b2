#!/usr/bin/env bash
# NativeGrad's build entry point (Linux). A thin front end: every verb is implemented once, in the C#
# tool .ci/build (shared with build.ps1), compiled here when its sources change. See ./build.sh help.
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
TOOL="$ROOT/.ci/build"
DLL="$TOOL/bin/Release/net10.0/NativeGrad.Build.dll"
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1 DOTNET_SKIP_FIRST_TIME_EXPERIENCE=1

command -v dotnet >/dev/null 2>&1 || { echo "build.sh: error: the .NET SDK (dotnet) is required: https://dot.net" >&2; exit 1; }
if [ ! -f "$DLL" ] || [ -n "$(find "$TOOL" -path "$TOOL/bin" -prune -o -path "$TOOL/obj" -prune -o \
        \( -name '*.cs' -o -name '*.csproj' \) -newer "$DLL" -print -quit)" ]; then
    out="$(dotnet build "$TOOL/NativeGrad.Build.csproj" -c Release -nologo -v quiet 2>&1)" ||
        { echo "$out" >&2; echo "build.sh: error: the build tool (.ci/build) does not compile" >&2; exit 1; }
fi
exec dotnet "$DLL" "$@"
