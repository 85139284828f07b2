#!/usr/bin/env pwsh
# NativeGrad's build entry point for PowerShell (Windows PowerShell 5.1 or pwsh 7, any OS). A thin front end:
# every verb is implemented once, in the C# tool .ci/build (shared with build.sh), compiled here when its
# sources change. See .\build.ps1 help.
$ErrorActionPreference = 'Stop'
$tool = Join-Path $PSScriptRoot '.ci/build'
$dll = Join-Path $tool 'bin/Release/net10.0/NativeGrad.Build.dll'
$env:DOTNET_CLI_TELEMETRY_OPTOUT = '1'; $env:DOTNET_NOLOGO = '1'; $env:DOTNET_SKIP_FIRST_TIME_EXPERIENCE = '1'

if (-not (Get-Command dotnet -ErrorAction SilentlyContinue)) {
    Write-Error 'build.ps1: the .NET SDK (dotnet) is required: https://dot.net'; exit 1
}
$stale = -not (Test-Path $dll)
if (-not $stale) {
    $built = (Get-Item $dll).LastWriteTimeUtc
    $stale = @(Get-ChildItem -Path $tool -Recurse -File -Include '*.cs', '*.csproj' |
               Where-Object { $_.FullName -notmatch '[\\/](bin|obj)[\\/]' -and $_.LastWriteTimeUtc -gt $built }).Count -gt 0
}
if ($stale) {
    $out = & dotnet build (Join-Path $tool 'NativeGrad.Build.csproj') -c Release -nologo -v quiet 2>&1
    if ($LASTEXITCODE -ne 0) {
        $out | Write-Host
        Write-Host 'build.ps1: error: the build tool (.ci/build) does not compile'
        exit 1
    }
}
& dotnet $dll @args
exit $LASTEXITCODE
