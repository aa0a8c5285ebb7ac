# Builds Vigie for Windows with jpackage (JDK 17+), on Windows:
#   target\installer\Vigie\               the app image (Vigie.exe opens the window; vigie-cli.exe is the command line)
#   target\installer\Vigie-VERSION.msi    the installer: Start-menu entry, desktop shortcut, per-user install
# Run by `mvn -B -Pinstaller -DskipTests package`, or by hand after `mvn -B -DskipTests package`:
#   powershell -ExecutionPolicy Bypass -File installer\windows\package.ps1
# The .msi needs the WiX Toolset 3 (candle.exe, light.exe) on PATH: https://wixtoolset.org/ (jpackage's requirement).
$ErrorActionPreference = 'Stop'
$Root = (Resolve-Path (Join-Path $PSScriptRoot '..\..')).Path
$Out = Join-Path $Root 'target\installer'
$Jar = Join-Path $Root 'target\vigie.jar'
if (-not (Test-Path $Jar) -or -not (Test-Path (Join-Path $Root 'target\lib'))) {
    Write-Error "target\vigie.jar or target\lib is missing: run 'mvn -B -DskipTests package' first"
}
# Never change this: Windows recognises an upgrade of Vigie by it, and replaces the old version in place.
$UpgradeUuid = '5d0e9a57-2b8c-4c1e-9f43-7a6b1c0e2d91'
$Description = if ($env:VIGIE_DESCRIPTION) { $env:VIGIE_DESCRIPTION } else {
    'Checks backups, simulates recovery windows, writes consent-aware restore checklists.' }

# The pom's version from the jar's manifest; jpackage wants numbers only (0.1.0-SNAPSHOT becomes 0.1.0).
Add-Type -AssemblyName System.IO.Compression.FileSystem
$zip = [System.IO.Compression.ZipFile]::OpenRead($Jar)
try {
    $reader = New-Object System.IO.StreamReader($zip.GetEntry('META-INF/MANIFEST.MF').Open())
    $manifest = $reader.ReadToEnd(); $reader.Close()
} finally { $zip.Dispose() }
$Version = ([regex]::Match($manifest, 'Implementation-Version: *([^\r\n]+)')).Groups[1].Value
$AppVersion = ([regex]::Match($Version, '^\d+(\.\d+){0,2}')).Value
if (-not $AppVersion) { Write-Error "cannot make a numeric version of '$Version'" }

New-Item -ItemType Directory -Force -Path $Out | Out-Null
$AppInput = Join-Path $Out 'input'
Remove-Item -Recurse -Force -ErrorAction SilentlyContinue $AppInput
New-Item -ItemType Directory -Force -Path (Join-Path $AppInput 'lib') | Out-Null
Copy-Item $Jar $AppInput
Copy-Item (Join-Path $Root 'target\lib\*.jar') (Join-Path $AppInput 'lib')

# The runtime: the JDK modules of installer\modules.txt (see there how they were found), English and French only.
$Modules = (Get-Content (Join-Path $Root 'installer\modules.txt') | ForEach-Object { ($_ -replace '#.*', '').Trim() } |
    Where-Object { $_ }) -join ','
$Runtime = Join-Path $Out 'runtime'
Remove-Item -Recurse -Force -ErrorAction SilentlyContinue $Runtime
& jlink --add-modules $Modules --output $Runtime --strip-debug --no-header-files --no-man-pages `
    --strip-native-commands --include-locales=en,fr --compress=2
if ($LASTEXITCODE -ne 0) { exit $LASTEXITCODE }

$License = @()
if (Test-Path (Join-Path $Root 'LICENSE')) { $License = @('--license-file', (Join-Path $Root 'LICENSE')) }

Remove-Item -Recurse -Force -ErrorAction SilentlyContinue (Join-Path $Out 'Vigie')
# Vigie.exe is a windowed program (no console flashes open); the second launcher, vigie-cli.exe, is a console
# program so that scripts see its output and exit code: `vigie-cli --version`, `vigie-cli check ...`.
& jpackage --type app-image --dest $Out --name Vigie --app-version $AppVersion --description $Description `
    --vendor Vigie --input $AppInput --main-jar vigie.jar --main-class dev.vigie.Main --runtime-image $Runtime `
    --icon (Join-Path $Root 'icons\vigie.ico') `
    --add-launcher ("vigie-cli=" + (Join-Path $Root 'installer\windows\vigie-cli.properties'))
if ($LASTEXITCODE -ne 0) { exit $LASTEXITCODE }

& jpackage --type msi --dest $Out --name Vigie --app-version $AppVersion --description $Description `
    --vendor Vigie @License --app-image (Join-Path $Out 'Vigie') `
    --win-upgrade-uuid $UpgradeUuid --win-menu --win-menu-group Vigie --win-shortcut `
    --win-per-user-install --win-dir-chooser
if ($LASTEXITCODE -ne 0) { exit $LASTEXITCODE }
Write-Host "installer: $(Get-ChildItem (Join-Path $Out 'Vigie-*.msi'))"
