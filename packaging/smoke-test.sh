#!/usr/bin/env bash
# The packaged smoke test: the app image's own launcher, with no display, prints its version, then runs the
# emulator until it serves the API and stops cleanly on SIGTERM.
# Usage: packaging/smoke-test.sh APP_IMAGE_DIR EXPECTED_VERSION
set -euo pipefail
image="$1"
expected="$2"
launcher="$image/bin/floorwatch"
unset DISPLAY
home=$(mktemp -d)
trap 'rm -rf "$home"' EXIT

version=$(HOME="$home" timeout 60 "$launcher" --version)
echo "floorwatch --version: $version"
case "$version" in
    *"$expected"*) ;;
    *) echo "smoke test: expected version $expected" >&2; exit 1 ;;
esac

log="$home/emulator.log"
HOME="$home" "$launcher" emulator --port 0 > "$log" 2>&1 &
pid=$!
for _ in $(seq 1 120); do
    if grep -q "http://127.0.0.1:[0-9]*" "$log"; then
        break
    fi
    if ! kill -0 "$pid" 2>/dev/null; then
        echo "smoke test: the emulator exited early:" >&2
        cat "$log" >&2
        exit 1
    fi
    sleep 0.5
done
url=$(grep -o "http://127.0.0.1:[0-9]*" "$log" | head -1)
if [ -z "$url" ]; then
    echo "smoke test: the emulator did not say where it listens:" >&2
    cat "$log" >&2
    kill "$pid"
    exit 1
fi
token=$(curl -sf -u demo:demo -d grant_type=client_credentials "$url/oauth/token" | grep -o '"access_token" *: *"[^"]*"' || true)
if [ -z "$token" ]; then
    echo "smoke test: $url/oauth/token gave no token" >&2
    kill "$pid"
    exit 1
fi
echo "floorwatch emulator: serving $url (token granted)"
kill -TERM "$pid"
for _ in $(seq 1 40); do
    if ! kill -0 "$pid" 2>/dev/null; then
        wait "$pid" || code=$?
        echo "floorwatch emulator: stopped on SIGTERM (exit ${code:-0})"
        exit 0
    fi
    sleep 0.5
done
echo "smoke test: the emulator did not stop within 20 s of SIGTERM" >&2
kill -KILL "$pid"
exit 1
