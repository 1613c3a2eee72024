#!/usr/bin/env bash
# Builds the jlink runtime the installer ships: the JDK modules the app and its libraries use, as jdeps finds
# them, plus the ones only reached by reflection or service loading (TLS elliptic curves, zip file systems).
# Usage: packaging/build-runtime.sh TARGET_DIR   (TARGET_DIR holds floorwatch.jar and lib/)
set -euo pipefail
target="$1"
java_bin="${JAVA_HOME:+$JAVA_HOME/bin/}"
classpath=$(ls "$target"/lib/*.jar | tr '\n' ':')
modules=$("${java_bin}jdeps" --ignore-missing-deps --print-module-deps --multi-release 17 --recursive \
    --class-path "$classpath" "$target/floorwatch.jar")
modules="$modules,jdk.crypto.ec,jdk.zipfs,jdk.charsets"
echo "$modules" > "$target/runtime-modules.txt"
echo "runtime modules: $modules"
rm -rf "$target/runtime" "$target/dist"
"${java_bin}jlink" --add-modules "$modules" --strip-debug --no-header-files --no-man-pages \
    --output "$target/runtime"

# jpackage takes every jar in one input folder onto the launcher's class path.
rm -rf "$target/jpackage-input"
mkdir -p "$target/jpackage-input"
cp "$target/floorwatch.jar" "$target"/lib/*.jar "$target/jpackage-input/"
