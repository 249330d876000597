#!/usr/bin/env bash
# Renders a NetRoute HTML report to a PNG with headless Chromium, so a person (or a review) can
# look at exactly what a browser shows.
#   scripts/render-report.sh REPORT.html [OUT.png] [WIDTHxHEIGHT]
# Without REPORT.html it first makes one: the Maven plugin verifies examples 04, 05, 12 and the
# 50-node test cluster (all of which fail) with failOnViolation=false into target/render-report/.
# Needs `mvn -B install -DskipTests` done and Debian's chromium (apt-get install -y chromium).
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
if [[ $# -ge 1 ]]; then
  report="$(realpath "$1")"
else
  out_dir="$root/target/render-report"
  sources="$out_dir/sources"
  rm -rf "$out_dir" && mkdir -p "$sources"
  cp "$root"/examples/04-*.netroute "$root"/examples/05-*.netroute "$root"/examples/12-*.netroute \
     "$root"/org.netroute.tests/src/test/resources/report/fifty-nodes-wan-mtu.netroute "$sources"/
  (cd "$out_dir" && mvn -B -q org.netroute:org.netroute.maven:0.1.0-SNAPSHOT:verify \
      -Dnetroute.sourceDirectories="$sources" -Dnetroute.outputDirectory="$out_dir/report" \
      -Dnetroute.formats=html -Dnetroute.failOnViolation=false)
  report="$out_dir/report/netroute.html"
fi
png="$(realpath -m "${2:-${report%.html}.png}")"
size="${3:-1400x1800}"
profile="$(mktemp -d)"
trap 'rm -rf "$profile"' EXIT
chromium --headless --no-sandbox --disable-gpu --disable-quic --no-first-run --disable-background-networking \
  --disable-component-update --disable-sync --user-data-dir="$profile" --hide-scrollbars \
  --screenshot="$png" --window-size="${size/x/,}" "file://$report" >/dev/null 2>&1
echo "$png"
