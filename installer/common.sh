# Shared by installer/linux/package.sh and installer/macos/package.sh (sourced, not run).
# Expects: ROOT (the project folder). Gives: VERSION (the pom's), APP_VERSION (numeric, for jpackage),
# DESCRIPTION, INPUT (the jars jpackage copies), RUNTIME (a jlinked JDK), OUT (target/installer).
# Optional: RUNTIME_VM_OPTIONS, JVM options the runtime starts with (see link_runtime).

need_build() {
    if [ ! -f "$ROOT/target/vigie.jar" ] || [ ! -d "$ROOT/target/lib" ]; then
        echo "target/vigie.jar or target/lib is missing: run 'mvn -B -DskipTests package' first" >&2
        exit 2
    fi
}

# The pom's version, as the build wrote it into the jar's manifest (Implementation-Version).
read_version() {
    local tmp
    tmp=$(mktemp -d)
    (cd "$tmp" && jar xf "$ROOT/target/vigie.jar" META-INF/MANIFEST.MF)
    VERSION=$(sed -n 's/^Implementation-Version: *//p' "$tmp/META-INF/MANIFEST.MF" | tr -d '\r')
    rm -rf "$tmp"
    [ -n "$VERSION" ] || { echo "no Implementation-Version in target/vigie.jar's manifest" >&2; exit 2; }
    # jpackage takes 1 to 3 numbers (4 on Windows): 0.1.0-SNAPSHOT becomes 0.1.0.
    APP_VERSION=$(printf '%s' "$VERSION" | sed -E 's/^([0-9]+(\.[0-9]+){0,2}).*/\1/')
    printf '%s' "$APP_VERSION" | grep -Eq '^[0-9]+(\.[0-9]+){0,2}$' \
        || { echo "cannot make a numeric version of '$VERSION'" >&2; exit 2; }
}

# The application jars (ours, then every runtime dependency, JavaFX's with this OS's natives among them) on
# the class path: several of Google's libraries are not modules, so nothing is put on a module path.
stage_input() {
    INPUT="$OUT/input"
    rm -rf "$INPUT" && mkdir -p "$INPUT/lib"
    cp "$ROOT/target/vigie.jar" "$INPUT/"
    cp "$ROOT"/target/lib/*.jar "$INPUT/lib/"
}

# A runtime with only the modules listed in installer/modules.txt (see there how the list was found), and the JVM
# options in RUNTIME_VM_OPTIONS (when the OS's script sets it) linked in as its defaults.
link_runtime() {
    RUNTIME="$OUT/runtime"
    rm -rf "$RUNTIME"
    local modules
    modules=$(sed -e 's/#.*//' -e '/^[[:space:]]*$/d' "$ROOT/installer/modules.txt" | tr -d ' \r' | paste -sd, -)
    local options=()
    if [ -n "${RUNTIME_VM_OPTIONS:-}" ]; then
        options=("--add-options=$RUNTIME_VM_OPTIONS")
    fi
    jlink --add-modules "$modules" --output "$RUNTIME" --strip-debug --no-header-files --no-man-pages \
        --strip-native-commands --include-locales=en,fr --compress=2 ${options[@]+"${options[@]}"}
}

setup() {
    OUT="$ROOT/target/installer"
    DESCRIPTION=${VIGIE_DESCRIPTION:-Checks backups, simulates recovery windows, writes consent-aware restore checklists.}
    need_build
    read_version
    mkdir -p "$OUT"
    stage_input
    link_runtime
    LICENSE_ARGS=()
    # Vigie has no LICENSE file yet; when it has one, the installers show it.
    if [ -f "$ROOT/LICENSE" ]; then
        LICENSE_ARGS=(--license-file "$ROOT/LICENSE")
    fi
}
