#!/usr/bin/env bash
# Mutation testing of one module with PIT's quick profile, group by group (docs/reliability.md,
# section 3). Each group is sized to take about ten minutes on two idle cores.
#
#   mutation/run.sh core|address|runbook|policy [group] [threads]
#
# Without a group number every group of the module runs in turn. Each group's reports are kept in
# <module>/target/pit-reports-<group>/, and a table per class (mutants, detected, survived, no
# coverage, score) is printed for each group and for the whole module at the end.
#
# Do not compile or test in this working tree while it runs: a recompiled class under a running
# minion turns every later result into RUN_ERROR. Run it in a clone if you keep working.
set -euo pipefail
cd "$(dirname "$0")/.."

usage() {
  echo "usage: mutation/run.sh core|address|runbook|policy [group] [threads]" >&2
  exit 2
}

[ $# -ge 1 ] || usage
module=$1
only=${2:-all}
threads=${3:-2}

# Each group: target globs, then the globs left out ("-" for none). Within a module the groups
# cover every class exactly once.
P=dev.edgewise
case "$module" in
  core)
    groups=("$P.core.*" "-")
    ;;
  address)
    # The SIP URI grammar, then domains, accounts, decorations and classification.
    uri="$P.address.SipUri*,$P.address.UriChars*,$P.address.TypedText*,$P.address.Params*"
    uri="$uri,$P.address.ParameterMap*,$P.address.KnownParameter*,$P.address.Host*"
    uri="$uri,$P.address.IpLiteralScanner*"
    groups=("$uri" "-" "$P.address.*" "$uri")
    ;;
  runbook)
    groups=("$P.runbook.*" "-")
    ;;
  policy)
    # The public types and the validator, then the compiled evaluator: indexes, gates, wording.
    groups=("$P.policy.*" "$P.policy.internal.*" "$P.policy.internal.*" "-")
    ;;
  *)
    usage
    ;;
esac

count=$((${#groups[@]} / 2))
if [ "$only" != all ] && { [ "$only" -lt 1 ] || [ "$only" -gt "$count" ]; }; then
  echo "$module has groups 1 to $count" >&2
  exit 2
fi

# Per class: mutants, detected (killed or timed out, as PIT counts them), survived, no coverage.
summarise() {
  awk -F, '
    { n[$2]++; total++ }
    $6 == "KILLED" || $6 == "TIMED_OUT" { d[$2]++; dt++ }
    $6 == "SURVIVED" { s[$2]++; st++ }
    $6 == "NO_COVERAGE" { c[$2]++; ct++ }
    END {
      for (k in n) {
        printf "  %-60s %5d %5d %4d %4d %6.1f%%\n", k, n[k], d[k], s[k], c[k], 100 * d[k] / n[k]
      }
      if (total > 0) {
        printf "  %-60s %5d %5d %4d %4d %6.1f%%\n", "total", total, dt, st, ct, 100 * dt / total
      }
    }' "$@" | sort -k1,1
}

reports=()
for ((g = 1; g <= count; g++)); do
  [ "$only" = all ] || [ "$only" = "$g" ] || continue
  target=${groups[$(((g - 1) * 2))]}
  excluded=${groups[$(((g - 1) * 2 + 1))]}
  [ "$excluded" != - ] || excluded="$P.*.Immutable*"
  echo "== $module group $g of $count: $target (left out: $excluded)"
  start=$(date +%s)
  ./mvnw -B -o -pl "$module" -am test-compile org.pitest:pitest-maven:mutationCoverage \
    -Ppit-quick "-Dpit.threads=$threads" "-Dpit.targetClasses=$target" \
    "-Dpit.excludedClasses=$excluded"
  seconds=$(($(date +%s) - start))
  dir="$module/target/pit-reports-$g"
  rm -rf "$dir"
  mv "$module/target/pit-reports" "$dir"
  reports+=("$dir/mutations.csv")
  echo "== $module group $g: $((seconds / 60)) min $((seconds % 60)) s"
  echo "  class                                                      mutants detected surv nocov score"
  summarise "$dir/mutations.csv"
done

if [ ${#reports[@]} -gt 1 ]; then
  echo "== $module, all groups"
  summarise "${reports[@]}" | grep ' total '
fi
