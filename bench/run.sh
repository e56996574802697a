#!/usr/bin/env bash
# Runs the benchmark suite in one command:
#
#   bash bench/run.sh            # the whole suite (under 15 minutes), rewrites
#                                # bench/results/ and docs/benchmarks.md
#   bash bench/run.sh --smoke    # every workload on every system for a moment;
#                                # fails on any error or broken check
#
# Other arguments go to the driver (go run ./cmd/sfbench -h), for example
# -systems stateflow-embedded,restate or -duration 3s.
#
# First, peers/setup.sh installs and starts what the peer systems need (the
# Restate server, PostgreSQL) and prints "export NAME=value" lines, which
# are read here (only STATEFLOW_BENCH_* names) and passed to the driver.
set -euo pipefail

here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
args=()
for a in "$@"; do
	case $a in
	--smoke | -smoke) args+=(-smoke) ;;
	*) args+=("$a") ;;
	esac
done

if [ -f "$here/peers/setup.sh" ]; then
	echo "run.sh: setting up the peer systems (peers/setup.sh)" >&2
	if out=$(bash "$here/peers/setup.sh"); then
		while IFS= read -r line; do
			case $line in
			"export STATEFLOW_BENCH_"*=*)
				kv=${line#export }
				name=${kv%%=*}
				value=${kv#*=}
				value=${value#[\"\']}
				value=${value%[\"\']}
				export "$name=$value"
				echo "run.sh: $name=$value" >&2
				;;
			"") ;;
			*) echo "run.sh: ignoring setup output: $line" >&2 ;;
			esac
		done <<<"$out"
	else
		echo "run.sh: peers/setup.sh failed; the peers that need it will be reported unavailable" >&2
	fi
fi

cd "$here"
exec go run ./cmd/sfbench ${args[@]+"${args[@]}"}
