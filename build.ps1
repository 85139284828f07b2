#!/usr/bin/env pwsh
# NativeGrad: the one build entry point for Windows (PowerShell 5.1 or pwsh 7; also runs under pwsh on
# Linux). Same verbs as build.sh; see .\build.ps1 help.
#
# Windows notes: the win-x64 NativeAOT publish is copied to artifacts\lib\nativegrad.dll (the published
# name and its import library are kept beside it for C programs). C examples and C tests are compiled
# only when gcc (MinGW) or cl (MSVC developer prompt) is on PATH, else they are SKIPPED with a note.
# Python packages come from pip on Windows (numpy, torch, pytest); nothing is installed automatically.
[CmdletBinding()]
param(
    [Parameter(Position = 0)]
    [ValidateSet('build', 'test', 'demo', 'bench', 'pack', 'clean', 'help')]
    [string]$Verb = 'demo',
    [Parameter(Position = 1, ValueFromRemainingArguments = $true)]
    [string[]]$Rest = @()
)

$ErrorActionPreference = 'Stop'
Set-StrictMode -Version Latest

$Root = $PSScriptRoot
Set-Location $Root
$Config = 'Release'
$OnWindows = $env:OS -eq 'Windows_NT'
if ($OnWindows) {
    $Rid = 'win-x64'; $LibExt = '.dll'; $LibName = 'nativegrad.dll'; $ExeExt = '.exe'
} else {
    $Rid = 'linux-x64'; $LibExt = '.so'; $LibName = 'libnativegrad.so'; $ExeExt = ''
}
$Art = Join-Path $Root 'artifacts'
$LibDir = Join-Path $Art 'lib'
$Lib = Join-Path $LibDir $LibName
$PyPkg = Join-Path $Root 'bindings/python/nativegrad'
$PySep = [IO.Path]::PathSeparator
$env:DOTNET_CLI_TELEMETRY_OPTOUT = '1'
$env:DOTNET_NOLOGO = '1'

function Show-Usage {
    @'
usage: .\build.ps1 [verb]

  build   dotnet build NativeGrad.sln (Release); regenerate bindings/c/include/nativegrad.h and
          bindings/python/nativegrad/_abi.py (bindings/gen); publish native-api with NativeAOT
          (win-x64: artifacts\lib\nativegrad.dll, also copied to bindings\python\nativegrad\lib\);
          compile bindings/c/examples/*.c into artifacts\bin\ if gcc or cl is found
  test    ABI drift check, build, generator self-test, xunit, C tests (only with gcc or cl),
          Python tests (python -m pytest tests/python); one line per suite, fails if any failed
  demo    build, then run the C examples, the Python demo and the C# demo  (default verb)
  bench   build, then bench/run.ps1 (or bench/run.sh where bash exists)
  pack    build, then the NuGet package and artifacts\pkg\nativegrad-python.tar.gz
  clean   remove artifacts\, bin\ and obj\ directories and the copied library
  help    this text
'@ | Write-Host
}

function Step([string]$Text) { Write-Host "==> $Text" }
function Note([string]$Text) { Write-Host "    $Text" }

# Runs a native program and throws when it exits non-zero.
function Invoke-Native {
    param([Parameter(Mandatory = $true)][string]$Exe, [string[]]$Arguments = @())
    & $Exe @Arguments
    if ($LASTEXITCODE -ne 0) { throw "$Exe $($Arguments -join ' ') failed with exit code $LASTEXITCODE" }
}

function Find-Command([string[]]$Names) {
    foreach ($n in $Names) {
        $c = Get-Command $n -CommandType Application -ErrorAction SilentlyContinue | Select-Object -First 1
        if ($c) { return $c.Source }
    }
    return $null
}

function Get-CSources([string]$Pattern) { @(Get-ChildItem -Path $Pattern -File -ErrorAction SilentlyContinue | Sort-Object Name) }

function Test-Dotnet {
    if (-not (Find-Command @('dotnet'))) { throw 'the .NET SDK (dotnet) is required: https://dot.net' }
}

# The C compiler: gcc (MinGW or Linux) or cl (MSVC). $null when none is found.
function Get-CCompiler {
    $gcc = Find-Command @('gcc')
    if ($gcc) { return @{ Kind = 'gcc'; Path = $gcc } }
    if ($OnWindows) {
        $cl = Find-Command @('cl')
        if ($cl) { return @{ Kind = 'cl'; Path = $cl } }
    }
    return $null
}

# Compiles one C file against the header and the library; $Strict adds -Werror (/WX).
function Invoke-CCompile($Cc, [string]$Src, [string]$OutExe, [bool]$Strict) {
    $inc = Join-Path $Root 'bindings/c/include'
    if ($Cc.Kind -eq 'gcc') {
        $a = @('-std=c11', '-O2', '-Wall', '-Wextra')
        if ($Strict) { $a += '-Werror' }
        $a += @("-I$inc", '-o', $OutExe, $Src, "-L$LibDir", '-lnativegrad')
        if (-not $OnWindows) { $a += @('-Wl,-rpath,$ORIGIN/../lib', '-lm') }
        Invoke-Native $Cc.Path $a
    } else {
        $implib = @(Get-ChildItem -Path $LibDir -File -Filter '*.lib')
        if ($implib.Count -ne 1) { throw "cl needs the import library of the DLL in $LibDir (the publish wrote none)" }
        $a = @('/nologo', '/W4', "/I$inc", $Src, "/Fe:$OutExe", "/Fo:$([IO.Path]::ChangeExtension($OutExe, '.obj'))")
        if ($Strict) { $a += '/WX' }
        $a += @('/link', "/LIBPATH:$LibDir", $implib[0].Name)
        Invoke-Native $Cc.Path $a
    }
    # No rpath on Windows: the DLL (under both names) sits next to the executables.
    if ($OnWindows) { Get-ChildItem -Path $LibDir -File -Filter '*.dll' | ForEach-Object { Copy-Item -Force $_.FullName (Split-Path $OutExe) } }
}

# ------------------------------------------------------------------------------ build

function Invoke-Build {
    Test-Dotnet
    if (@(Get-CSources 'bindings/csharp/Demo/*.cs').Count -gt 0) {
        Step "dotnet build NativeGrad.sln -c $Config"
        Invoke-Native dotnet @('build', 'NativeGrad.sln', '-c', $Config)
    } else {
        Step "dotnet build (NativeGrad.sln without bindings/csharp/Demo, which has no source yet) -c $Config"
        foreach ($p in @('engine/NativeGrad.csproj', 'native-api/NativeGrad.Native.csproj',
                         'bindings/gen/NativeGrad.AbiGen.csproj', 'tests/NativeGrad.Tests/NativeGrad.Tests.csproj')) {
            Invoke-Native dotnet @('build', $p, '-c', $Config)
        }
    }

    Step 'generate nativegrad.h and _abi.py (bindings/gen)'
    Invoke-Native dotnet @('run', '--no-build', '-c', $Config, '--project', 'bindings/gen', '--', $Root)

    Step "publish native-api with NativeAOT ($Rid) -> artifacts/lib/$LibName"
    $pub = Join-Path $Art 'publish'
    if (Test-Path $pub) { Remove-Item -Recurse -Force $pub }
    Invoke-Native dotnet @('publish', 'native-api/NativeGrad.Native.csproj', '-c', $Config, '-r', $Rid, '-o', $pub)
    # The library is named after native-api's AssemblyName (NativeGrad.Native.dll / .so): the one there.
    $built = @(Get-ChildItem -Path $pub -File -Filter "*$LibExt")
    if ($built.Count -ne 1) { throw "publish did not produce exactly one $LibExt in $pub" }
    New-Item -ItemType Directory -Force -Path $LibDir, (Join-Path $PyPkg 'lib') | Out-Null
    Copy-Item -Force $built[0].FullName $Lib
    Copy-Item -Force $Lib (Join-Path $PyPkg "lib/$LibName")
    if ($OnWindows) {
        # Executables linked against the DLL import it under its own (export table) name, and MSVC
        # links with its import library: keep both next to nativegrad.dll.
        if ($built[0].Name -ne $LibName) { Copy-Item -Force $built[0].FullName $LibDir }
        Get-ChildItem -Path $pub -File -Filter '*.lib' | ForEach-Object { Copy-Item -Force $_.FullName $LibDir }
    }

    Step 'compile C examples (bindings/c/examples) -> artifacts/bin'
    $examples = @(Get-CSources 'bindings/c/examples/*.c')
    $cc = Get-CCompiler
    if ($examples.Count -eq 0) { Note 'no C examples yet' }
    elseif (-not $cc) { Note 'no C compiler (gcc or cl) found: C examples skipped' }
    else {
        $bin = Join-Path $Art 'bin'
        New-Item -ItemType Directory -Force -Path $bin | Out-Null
        foreach ($src in $examples) {
            $exe = Join-Path $bin ($src.BaseName + $ExeExt)
            Note "$($src.Name) -> artifacts/bin/$($src.BaseName)$ExeExt ($($cc.Kind))"
            Invoke-CCompile $cc $src.FullName $exe $false
        }
    }
}

# ------------------------------------------------------------------------------ suites

$script:Suites = New-Object System.Collections.ArrayList

function Invoke-Suite([string]$Name, [scriptblock]$Body) {
    $result = 'ok'
    try { & $Body }
    catch {
        Write-Host "    ${Name}: $($_.Exception.Message)"
        $result = 'FAILED'
    }
    [void]$script:Suites.Add([pscustomobject]@{ Name = $Name; Result = $result })
}

function Show-Summary {
    Step 'summary'
    $w = 12
    foreach ($s in $script:Suites) { if ($s.Name.Length -gt $w) { $w = $s.Name.Length } }
    foreach ($s in $script:Suites) { Write-Host ('    {0}  {1}' -f $s.Name.PadRight($w), $s.Result) }
    $failed = @($script:Suites | Where-Object { $_.Result -ne 'ok' }).Count
    Write-Host ('suites: {0} passed, {1} failed' -f ($script:Suites.Count - $failed), $failed)
    return $failed
}

# The interpreter for the Python tests: Debian's /usr/bin/python3 on Linux, else python / py -3.
function Get-TestPython {
    # `return ,@(...)`: PowerShell would unroll a one-element array into a plain string.
    if (-not $OnWindows -and (Test-Path '/usr/bin/python3')) { return , @('/usr/bin/python3') }
    $py = Find-Command @('python', 'python3')
    if ($py) { return , @($py) }
    $launcher = Find-Command @('py')
    if ($launcher) { return , @($launcher, '-3') }
    return $null
}

function Invoke-Python([string[]]$Py, [string[]]$Arguments) {
    $old = $env:PYTHONPATH
    $env:PYTHONPATH = (Join-Path $Root 'bindings/python') + $(if ($old) { $PySep + $old } else { '' })
    try {
        $exe = $Py[0]
        $pre = @($Py | Select-Object -Skip 1)
        & $exe @pre @Arguments | Out-Host
        return $LASTEXITCODE
    } finally { $env:PYTHONPATH = $old }
}

# Runs Python quietly and returns (exit code, stdout). stderr is dropped; Windows PowerShell 5.1
# would turn redirected stderr lines into terminating errors under ErrorActionPreference Stop.
function Invoke-PythonQuiet([string[]]$Py, [string[]]$Arguments) {
    $ErrorActionPreference = 'Continue'
    $exe = $Py[0]
    $pre = @($Py | Select-Object -Skip 1)
    $out = & $exe @pre @Arguments 2>$null
    return @($LASTEXITCODE, "$out".Trim())
}

function Invoke-Test {
    Test-Dotnet
    $py = Get-TestPython
    if (-not $py) { throw 'the Python tests need Python 3 with numpy, torch and pytest (pip install numpy torch pytest)' }
    $probe = Invoke-PythonQuiet $py @('-c', 'import numpy, torch, pytest')
    if ($probe[0] -ne 0) {
        if ($OnWindows) { throw "$($py -join ' ') lacks numpy, torch or pytest: pip install numpy torch pytest" }
        throw "$($py -join ' ') lacks numpy, torch or pytest: apt-get install python3-numpy python3-torch python3-pytest python3-matplotlib libopenblas0-pthread"
    }

    # Before the build, which regenerates the files (a check afterwards could never fail).
    Invoke-Suite 'abi-drift' {
        Step 'ABI drift check: committed nativegrad.h / _abi.py vs native-api (bindings/gen --check)'
        Invoke-Native dotnet @('run', '-c', $Config, '--project', 'bindings/gen', '--', $Root, '--check')
    }
    Invoke-Suite 'build' { Invoke-Build }
    if ($script:Suites[$script:Suites.Count - 1].Result -ne 'ok') {
        Write-Host '    build failed: the other suites are not run'
        [void](Show-Summary)
        exit 1
    }
    Invoke-Suite 'abi-selftest' {
        Step 'generator self-test (bindings/gen --self-test)'
        Invoke-Native dotnet @('run', '--no-build', '-c', $Config, '--project', 'bindings/gen', '--', $Root, '--self-test')
    }
    Invoke-Suite 'xunit' {
        Step "xunit: dotnet test tests/NativeGrad.Tests -c $Config"
        $env:NATIVEGRAD_LIB = $Lib
        try { Invoke-Native dotnet @('test', 'tests/NativeGrad.Tests', '-c', $Config) }
        finally { Remove-Item Env:NATIVEGRAD_LIB -ErrorAction SilentlyContinue }
    }
    Invoke-Suite 'c-tests' {
        Step 'C tests: tests/c/*.c (warnings are errors)'
        $tests = @(Get-CSources 'tests/c/*.c')
        $cc = Get-CCompiler
        if ($tests.Count -eq 0) { Note 'no C tests yet'; return }
        if (-not $cc) { Note 'no C compiler (gcc or cl) found: C tests SKIPPED on this machine'; return }
        $out = Join-Path $Art 'tests'
        New-Item -ItemType Directory -Force -Path $out | Out-Null
        $failed = 0; $passed = 0
        foreach ($src in $tests) {
            $exe = Join-Path $out ($src.BaseName + $ExeExt)
            try { Invoke-CCompile $cc $src.FullName $exe $true }
            catch { Write-Host "    FAIL $($src.BaseName) (does not compile)"; $failed++; continue }
            & $exe
            if ($LASTEXITCODE -eq 0) { Write-Host "    ok   $($src.BaseName)"; $passed++ }
            else { Write-Host "    FAIL $($src.BaseName) (exit $LASTEXITCODE)"; $failed++ }
        }
        Write-Host "c-tests: $passed passed, $failed failed"
        if ($failed -ne 0) { throw "$failed C test(s) failed" }
    }
    Invoke-Suite 'python' {
        Step "Python tests: $($py -join ' ') -m pytest -q tests/python"
        if (-not (Test-Path 'tests/python')) { Note 'no Python tests yet'; return }
        $rc = Invoke-Python $py @('-m', 'pytest', '-q', 'tests/python')
        if ($rc -eq 5) { Note 'no Python tests collected'; return }
        if ($rc -ne 0) { throw "pytest exited $rc" }
    }
    $failed = Show-Summary
    if ($failed -ne 0) { exit 1 }
}

# ------------------------------------------------------------------------------ demo, bench, pack, clean

function Invoke-Demo {
    Invoke-Build
    [void]$script:Suites.Clear()

    Step 'C examples (artifacts/bin)'
    $examples = @(Get-CSources 'bindings/c/examples/*.c')
    if ($examples.Count -eq 0) { Note 'no C examples yet (bindings/c/examples/*.c)' }
    elseif (-not (Get-CCompiler)) { Note 'no C compiler found: C examples were not built, skipped' }
    else {
        foreach ($src in $examples) {
            $exe = Join-Path $Art ('bin/' + $src.BaseName + $ExeExt)
            Invoke-Suite "c:$($src.BaseName)" { Invoke-Native $exe }
        }
    }

    Step 'Python demo (bindings/python/examples/demo.py)'
    if (Test-Path 'bindings/python/examples/demo.py') {
        # Every distinct Python found: the first on PATH (it may lack numpy) and Debian's /usr/bin/python3.
        $cands = @()
        foreach ($n in @('python3', 'python')) { $c = Find-Command @($n); if ($c) { $cands += , @($c) } }
        if (-not $OnWindows -and (Test-Path '/usr/bin/python3')) { $cands += , @('/usr/bin/python3') }
        if ($cands.Count -eq 0 -and (Find-Command @('py'))) { $cands += , @((Find-Command @('py')), '-3') }
        $seen = @{}
        foreach ($py in $cands) {
            $probe = Invoke-PythonQuiet $py @('-c', 'import sys; print(sys.executable)')
            $exe = $probe[1]
            if ($probe[0] -ne 0 -or -not $exe -or $seen.ContainsKey($exe)) { continue }
            $seen[$exe] = $true
            $pyCopy = $py
            Invoke-Suite "python:$($py -join ' ')" {
                $rc = Invoke-Python $pyCopy @('bindings/python/examples/demo.py')
                if ($rc -ne 0) { throw "demo.py exited $rc" }
            }
        }
        if ($seen.Count -eq 0) { Note 'no Python interpreter found: skipped' }
    } else { Note 'no Python demo yet (bindings/python/examples/demo.py): skipped' }

    Step 'C# demo (bindings/csharp/Demo)'
    if (@(Get-CSources 'bindings/csharp/Demo/*.cs').Count -gt 0) {
        Invoke-Suite 'csharp' { Invoke-Native dotnet @('run', '-c', $Config, '--project', 'bindings/csharp/Demo') }
    } else { Note 'no C# demo yet (bindings/csharp/Demo/*.cs): skipped' }

    if ($script:Suites.Count -gt 0) { if ((Show-Summary) -ne 0) { exit 1 } }
}

function Invoke-Bench {
    Invoke-Build
    Step 'benchmarks'
    if (Test-Path 'bench/run.ps1') { & (Join-Path $Root 'bench/run.ps1') @Rest }
    elseif ((Test-Path 'bench/run.sh') -and (Find-Command @('bash'))) { Invoke-Native bash (@('bench/run.sh') + $Rest) }
    else { Note 'no benchmarks yet' }
}

function Invoke-Pack {
    Invoke-Build
    $pkg = Join-Path $Art 'pkg'
    Step 'dotnet pack engine -> artifacts/pkg'
    Invoke-Native dotnet @('pack', 'engine', '-c', $Config, '-o', $pkg)
    Step 'Python package -> artifacts/pkg/nativegrad-python.tar.gz'
    if (-not (Test-Path (Join-Path $PyPkg "lib/$LibName"))) { throw "$PyPkg/lib/$LibName is missing" }
    if (-not (Find-Command @('tar'))) { throw 'tar is required (Windows 10 and later ship tar.exe)' }
    Invoke-Native tar @('-czf', (Join-Path $pkg 'nativegrad-python.tar.gz'), '--exclude=__pycache__', '--exclude=*.pyc',
                        '-C', (Join-Path $Root 'bindings/python'), 'nativegrad')
    Get-ChildItem $pkg | Format-Table Name, Length -AutoSize | Out-String | Write-Host
}

function Invoke-Clean {
    Step 'clean'
    $paths = @($Art, (Join-Path $PyPkg 'lib'), '.pytest_cache')
    foreach ($d in @('engine', 'native-api', 'bindings/gen', 'tests/NativeGrad.Tests', 'bindings/csharp/Demo')) {
        $paths += @((Join-Path $d 'bin'), (Join-Path $d 'obj'))
    }
    foreach ($p in $paths) { if (Test-Path $p) { Remove-Item -Recurse -Force $p } }
    Get-ChildItem -Path bindings, tests, bench -Recurse -Directory -Filter __pycache__ -ErrorAction SilentlyContinue |
        Remove-Item -Recurse -Force
}

# ------------------------------------------------------------------------------ main

try {
    switch ($Verb) {
        'build' { Invoke-Build }
        'test' { Invoke-Test }
        'demo' { Invoke-Demo }
        'bench' { Invoke-Bench }
        'pack' { Invoke-Pack }
        'clean' { Invoke-Clean }
        'help' { Show-Usage }
    }
} catch {
    Write-Host "build.ps1: error: $($_.Exception.Message)" -ForegroundColor Red
    exit 1
}
exit 0
