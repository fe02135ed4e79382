#!/usr/bin/env bash
# Builds the fuzz harness with libFuzzer (coverage as -sanitize=fuzzer instruments it, plus AddressSanitizer) and
# runs it for a bounded time: Fuzz/run.sh SECONDS [more libFuzzer options]. Inputs that crash are saved in
# Fuzz/findings/; the corpus it grows is kept in Fuzz/corpus/ (seeded from the sample data, the examples and the test
# fixtures) so that later runs start ahead.
set -euo pipefail
cd "$(dirname "$0")"
seconds="${1:-60}"
shift || true
# Coverage as libFuzzer reads it, on every target; libFuzzer itself is linked into SummarizeFuzz alone (Package.swift).
flags=(--sanitize address -Xswiftc -sanitize-coverage=edge,trace-cmp,inline-8bit-counters,pc-table -Xswiftc -enable-testing)
swift build "${flags[@]}" 2>&1 | grep -Ev '^\[|^Building|^Compiling|Cannot export local symbol' || true
binary="$(swift build "${flags[@]}" --show-bin-path)/SummarizeFuzz"
mkdir -p corpus findings
if [ -z "$(ls -A corpus)" ]; then
    # Several seeds share a name (2016H1.yaml); name each copy after its path.
    for seed in ../Data/*.yaml ../Data/*/*.yaml ../Examples/*/Data/*.yaml ../Tests/SummarizeCoreTests/Fixtures/*/*.yaml; do
        cp "$seed" "corpus/$(echo "${seed#../}" | tr '/' '_')"
    done
fi
# Swift's own crash backtracer would run under AddressSanitizer after a finding and report itself; turn it off.
SWIFT_BACKTRACE=enable=no "$binary" corpus -max_total_time="$seconds" -max_len=65536 -timeout=10 -rss_limit_mb=2048 \
    -artifact_prefix=findings/ -print_final_stats=1 "$@"
