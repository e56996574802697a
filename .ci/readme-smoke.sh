#!/usr/bin/env bash
# Runs the README's first command (the shop example on the local runtime) and
# checks that every "$ curl" line of the README's quick start prints what the
# README says it prints.
set -euo pipefail
cd "$(dirname "$0")/.."

# The embedded runtime keeps its data under the user's cache directory: give
# this run a fresh one, so the quick start starts from an empty shop.
export XDG_CACHE_HOME=$(mktemp -d)
go build -o /tmp/stateflow-smoke ./cmd/stateflow
/tmp/stateflow-smoke run ./examples/shop >/tmp/stateflow-smoke.log 2>&1 &
server=$!
trap 'kill -INT $server 2>/dev/null; wait $server 2>/dev/null || true' EXIT

for _ in $(seq 1 1500); do
  curl -sf localhost:8080/healthz >/dev/null 2>&1 && break
  sleep 0.2
done
curl -sf localhost:8080/healthz >/dev/null || { echo "server did not start:"; cat /tmp/stateflow-smoke.log; exit 1; }

# The quick start is the first ```console block of README.md.
block=$(awk '/^```console$/{on=1; next} on && /^```$/{exit} on' README.md)
failed=0
cmd=""
expected=""
check() {
  [ -z "$cmd" ] && return 0
  got=$(bash -c "$cmd" 2>&1 || true)
  if [ "$got" != "$expected" ]; then
    echo "README command: $cmd"
    echo "  want: $expected"
    echo "  got:  $got"
    failed=1
  else
    echo "ok: $cmd"
  fi
}
while IFS= read -r line; do
  if [[ "$line" == '$ '* ]]; then
    check
    cmd=${line#'$ '}
    expected=""
  elif [ -n "$cmd" ]; then
    if [ -z "$expected" ]; then expected=$line; else expected=$expected$'\n'$line; fi
  fi
done <<<"$block"
check
exit $failed
