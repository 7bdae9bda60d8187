#!/usr/bin/env bash
# Runs the JMH suite and regenerates docs/benchmarks.md and docs/benchmarks-decision.svg.
#
#   benchmarks/run.sh quick [extra JMH arguments]   under ten minutes on two cores
#   benchmarks/run.sh full  [extra JMH arguments]   every parameter, two forks, longer iterations
#
# Run from anywhere; it works from the repository root. Extra arguments reach both JMH runs (the
# timed suite and the single-shot compile run), e.g. -jvmArgs -Xmx8g.
set -euo pipefail

profile="${1:-}"
case "$profile" in
  quick | full) shift ;;
  *)
    echo "usage: $0 quick|full [extra JMH arguments]" >&2
    exit 2
    ;;
esac

root="$(cd "$(dirname "$0")/.." && pwd)"
cd "$root"
jar=benchmarks/target/benchmarks.jar
out=benchmarks/target

./mvnw -B -o -q -pl benchmarks -am package -DskipTests

loadavg() { cut -d' ' -f1-3 /proc/loadavg 2>/dev/null | sed 's/ /, /g' || echo unknown; }
load_before="$(loadavg)"

if [ "$profile" = quick ]; then
  # One fork; 3 x 1 s of warm-up is millions of calls, well past C2 compiling these paths; 5 x 0.4 s
  # measured (short iterations give the report's best-iteration figure more chances to miss the
  # load of a shared machine). List sizes 10, 1k and 1M: the flatness ratio and the chart's shape.
  timed=(-f 1 -wi 3 -w 1s -i 5 -r 400ms
    -p listSize=10,1000,1000000
    -p length=100,1000,4000,1000000
    -p count=41,598
    -e 'ModalityBenchmark' -e 'LengthBenchmark\.javaNetUri' -e 'JainSipLengthBenchmark')
  # A compile of 1M domains runs for seconds: one warm-up call, one measured.
  single=(-f 1 -wi 1 -i 1 -p listSize=1000000)
else
  timed=(-f 2 -wi 5 -w 2s -i 10 -r 1s
    -p listSize=10,100,1000,10000,100000,1000000
    -e 'ModalityBenchmark')
  single=(-f 1 -wi 2 -i 5 -p listSize=1000,100000,1000000)
fi

# The 1M-domain configurations need room: two million domains, indexed.
heap=(-jvmArgsAppend -Xmx6g)

java -jar "$jar" "${timed[@]}" "${heap[@]}" -prof gc -rf json -rff "$out/jmh-$profile.json" \
  -e 'CompileBenchmark' "$@" 'dev\.edgewise\.benchmarks\.'
java -jar "$jar" "${single[@]}" "${heap[@]}" -bm ss -prof gc -rf json \
  -rff "$out/jmh-$profile-compile.json" "$@" 'CompileBenchmark'

load_after="$(loadavg)"
note=""
if command -v nproc >/dev/null && awk -v l="${load_before%%,*}" -v n="$(nproc)" 'BEGIN{exit !(l > n/2)}'; then
  note="The machine was shared with other builds while this ran (load average ${load_before%%,*} on $(nproc) cores): absolute figures are pessimistic, and ratios between contenders measured minutes apart are noisy."
fi

java -cp "$jar" dev.edgewise.benchmarks.report.ReportMain \
  --json "$out/jmh-$profile.json,$out/jmh-$profile-compile.json" --profile "$profile" \
  --load-before "$load_before" --load-after "$load_after" --note "$note" --out docs
echo "wrote docs/benchmarks.md and docs/benchmarks-decision.svg"
