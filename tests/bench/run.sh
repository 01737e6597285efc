#!/usr/bin/env bash
# Upload benchmark: hoist-cli against curl on the built-in sandbox. Builds nothing; not run by ctest.
#
#   tests/bench/run.sh BUILD_DIR [--quick]
#
# Prints a table:
#   1. one large file (2 GB; --quick: 200 MB): hoist-cli vs `curl -F` with the same create-upload
#      fields, wall-time ratio; peak RSS of hoist-cli (/usr/bin/time -v) for 100 MB and the large file.
#   2. 1,000 files of 100 KB (--quick: 200): hoist-cli --jobs 1, --jobs 4, and a sequential curl
#      script doing the same three calls per file (create upload, storage POST, associate).
#   3. API calls per file, from the sandbox's request log.
#   4. segmented uploads: the large file in 64 MiB parts (3 at once) vs one POST; and a 6 GB file
#      (--quick: 600 MB), beyond a single POST's 5 GB limit, in parts: wall time and peak RSS.
#   5. the window's transfer list at 10,000 rows, all selected, uploads running (bench_transferlist):
#      cost of one progress tick and the event loop's gaps, p50/p99 (target p99 < 10 ms).
# Needs: curl, jq, /usr/bin/time. Large files are sparse (no disk for the source), but the sandbox
# stores what it receives in a temporary folder.
set -euo pipefail

BUILD=${1:?usage: tests/bench/run.sh BUILD_DIR [--quick]}
QUICK=${2:-}
CLI="$BUILD/app/cli/hoist-cli"
[ -x "$CLI" ] || { echo "no hoist-cli in $BUILD (build it first)" >&2; exit 2; }
for tool in curl jq /usr/bin/time; do command -v "$tool" >/dev/null || { echo "needs $tool" >&2; exit 2; }; done

BIG_MB=2048; SMALL_COUNT=1000; HUGE_MB=6144
if [ "$QUICK" = "--quick" ]; then BIG_MB=200; SMALL_COUNT=200; HUGE_MB=600; fi

WORK=$(mktemp -d "${TMPDIR:-/tmp}/hoist-bench.XXXXXX")
SANDBOX_PID=
cleanup() {
    [ -n "$SANDBOX_PID" ] && kill "$SANDBOX_PID" 2>/dev/null && wait "$SANDBOX_PID" 2>/dev/null
    rm -rf "$WORK"
}
trap cleanup EXIT

# The sandbox, with its rate limits off (pacing is tested elsewhere; here we time transfers).
"$CLI" sandbox --spike-limit 0 --hourly-limit 0 > "$WORK/sandbox.out" 2>&1 &
SANDBOX_PID=$!
for _ in $(seq 50); do grep -q '^HOIST_ACCESS_TOKEN=' "$WORK/sandbox.out" 2>/dev/null && break; sleep 0.1; done
API=$(sed -n 's/^HOIST_API_BASE=//p' "$WORK/sandbox.out")
TOKEN=$(sed -n 's/^HOIST_ACCESS_TOKEN=//p' "$WORK/sandbox.out")
export HOIST_ACCESS_TOKEN="$TOKEN"
COMPANY=$(curl -s -H "Authorization: Bearer $TOKEN" "$API/rest/v1.0/companies" | jq -r '.[0].id')
PROJECT=$(curl -s -H "Authorization: Bearer $TOKEN" -H "Procore-Company-Id: $COMPANY" \
    "$API/rest/v1.0/projects?company_id=$COMPANY&per_page=1" | jq -r '.[0].id')
ROOT=$(curl -s -H "Authorization: Bearer $TOKEN" -H "Procore-Company-Id: $COMPANY" \
    "$API/rest/v1.0/folders?project_id=$PROJECT" | jq -r '.id')

now() { date +%s.%N; }
secs() { awk -v a="$1" -v b="$2" 'BEGIN { printf "%.2f", b - a }'; }
api_calls() { curl -s "$API/_sandbox/log" | jq '[.[] | select(.kind == "api")] | length'; }

# One file the way a script would do it with curl: create upload, POST every field + file, associate.
curl_upload() { # FILE NAME
    local file=$1 name=$2 ticket url uuid kv
    ticket=$(curl -sf -H "Authorization: Bearer $TOKEN" -H "Procore-Company-Id: $COMPANY" \
        -H 'Content-Type: application/json' \
        -d "{\"response_filename\":\"$name\",\"size\":$(stat -c %s "$file")}" \
        "$API/rest/v1.1/projects/$PROJECT/uploads")
    # One jq per file (each jq start costs tens of ms): url, uuid, then the fields in order.
    local -a lines=() form=()
    mapfile -t lines < <(jq -r '.url, .uuid, (.fields | to_entries[] | "\(.key)=\(.value)")' <<< "$ticket")
    url=${lines[0]}; uuid=${lines[1]}
    for kv in "${lines[@]:2}"; do form+=(--form-string "$kv"); done
    curl -sf -o /dev/null "${form[@]}" -F "file=@$file" "$url"
    curl -sf -o /dev/null -H "Authorization: Bearer $TOKEN" -H "Procore-Company-Id: $COMPANY" \
        -H 'Content-Type: application/json' \
        -d "{\"file\":{\"name\":\"$name\",\"parent_id\":$ROOT,\"upload_uuid\":\"$uuid\",\"unique_name\":true}}" \
        "$API/rest/v1.0/files?project_id=$PROJECT"
}

hoist_upload() { # OUTPUT_PREFIX JOBS FOLDER PATHS... (single POSTs unless SEGMENTED_FROM is set, in
    # MiB; no journal unless JOURNAL names one)
    local prefix=$1 jobs=$2 folder=$3; shift 3
    local -a journal=(--no-journal)
    [ -n "${JOURNAL:-}" ] && journal=(--journal "$JOURNAL")
    /usr/bin/time -v -o "$prefix.time" "$CLI" upload --api-base "$API" --company "$COMPANY" --project "$PROJECT" \
        --folder "$folder" --jobs "$jobs" --segmented-from "${SEGMENTED_FROM:-0}" "${journal[@]}" --json "$@" \
        > "$prefix.json"
}
peak_rss_mb() { awk -F': ' '/Maximum resident set size/ { printf "%.1f", $2 / 1024 }' "$1"; }

# ---- 1. large file -----------------------------------------------------------------------------
truncate -s 100M "$WORK/medium.bin"
truncate -s "${BIG_MB}M" "$WORK/big.bin"
hoist_upload "$WORK/medium" 1 "bench-medium" "$WORK/medium.bin"
RSS_MEDIUM=$(peak_rss_mb "$WORK/medium.time")
t0=$(now); hoist_upload "$WORK/big" 1 "bench-big" "$WORK/big.bin"; t1=$(now)
HOIST_BIG=$(secs "$t0" "$t1"); RSS_BIG=$(peak_rss_mb "$WORK/big.time")
t0=$(now); curl_upload "$WORK/big.bin" "big-curl.bin"; t1=$(now)
CURL_BIG=$(secs "$t0" "$t1")
# The same file in parts, three at once.
t0=$(now); SEGMENTED_FROM=1 hoist_upload "$WORK/bigseg" 1 "bench-big-seg" "$WORK/big.bin"; t1=$(now)
SEG_BIG=$(secs "$t0" "$t1"); RSS_SEG_BIG=$(peak_rss_mb "$WORK/bigseg.time")
rm -f "$WORK/medium.bin" "$WORK/big.bin"
# Beyond one POST's 5 GB: only in parts.
truncate -s "${HUGE_MB}M" "$WORK/huge.bin"
t0=$(now); SEGMENTED_FROM=1 hoist_upload "$WORK/huge" 1 "bench-huge" "$WORK/huge.bin"; t1=$(now)
SEG_HUGE=$(secs "$t0" "$t1"); RSS_HUGE=$(peak_rss_mb "$WORK/huge.time")
HUGE_DONE=$(jq -s '[.[] | select(.event == "finished") | .done] | add' "$WORK/huge.json")
rm -f "$WORK/huge.bin"

# ---- 2. many small files -----------------------------------------------------------------------
mkdir -p "$WORK/small"
for i in $(seq 1 "$SMALL_COUNT"); do head -c 102400 /dev/urandom > "$WORK/small/f$i.bin"; done
calls0=$(api_calls)
t0=$(now); hoist_upload "$WORK/s1" 1 "bench-small-j1" "$WORK/small"; t1=$(now); HOIST_J1=$(secs "$t0" "$t1")
calls1=$(api_calls)
t0=$(now); hoist_upload "$WORK/s4" 4 "bench-small-j4" "$WORK/small"; t1=$(now); HOIST_J4=$(secs "$t0" "$t1")
t0=$(now); JOURNAL="$WORK/journal.sqlite" hoist_upload "$WORK/s4j" 4 "bench-small-j4-journal" "$WORK/small"; t1=$(now)
HOIST_J4_JOURNAL=$(secs "$t0" "$t1")
t0=$(now)
for i in $(seq 1 "$SMALL_COUNT"); do curl_upload "$WORK/small/f$i.bin" "curl-f$i.bin"; done
t1=$(now); CURL_SMALL=$(secs "$t0" "$t1")
FAILED=$(jq -s '[.[] | select(.event == "finished") | .failed] | add' "$WORK"/*.json)

# ---- 5. the transfer list at 10,000 rows -------------------------------------------------------
LIST_BENCH="$BUILD/tests/bench/bench_transferlist"
LIST_TICK=n/a; LIST_GAP=n/a
if [ -x "$LIST_BENCH" ]; then
    QT_QPA_PLATFORM=offscreen "$LIST_BENCH" 10000 10 > "$WORK/list.out" 2>/dev/null || true
    LIST_TICK=$(awk '/^tick cost/ { print $5 " / " $7 }' "$WORK/list.out")
    LIST_GAP=$(awk '/^event-loop gap/ { print $5 " / " $7 }' "$WORK/list.out")
fi

# ---- 3. API calls per file ---------------------------------------------------------------------
# hoist-cli's own count (its --json summary) and the sandbox's log for the jobs=1 run (which
# includes the company/project look-ups by id and the folder look-ups).
PER_FILE=$(awk -v a="$calls0" -v b="$calls1" -v n="$SMALL_COUNT" 'BEGIN { printf "%.3f", (b - a) / n }')
ratio() { awk -v a="$1" -v b="$2" 'BEGIN { if (b > 0) printf "%.2f", a / b; else print "n/a" }'; }

printf '\n%-58s %12s\n' "Hoist upload benchmark (sandbox at $API)" ""
printf '%-58s %12s\n' "----------------------------------------------------------" "------------"
printf '%-58s %12s\n' "${BIG_MB} MB file, hoist-cli (s)" "$HOIST_BIG"
printf '%-58s %12s\n' "${BIG_MB} MB file, curl -F same fields (s)" "$CURL_BIG"
printf '%-58s %12s\n' "  wall-time ratio hoist/curl (target <= 1.10)" "$(ratio "$HOIST_BIG" "$CURL_BIG")"
printf '%-58s %12s\n' "hoist-cli peak RSS, 100 MB file (MB)" "$RSS_MEDIUM"
printf '%-58s %12s\n' "hoist-cli peak RSS, ${BIG_MB} MB file (MB, target <= 150)" "$RSS_BIG"
printf '%-58s %12s\n' "$SMALL_COUNT x 100 KB, hoist-cli --jobs 1 (s)" "$HOIST_J1"
printf '%-58s %12s\n' "$SMALL_COUNT x 100 KB, hoist-cli --jobs 4 (s)" "$HOIST_J4"
printf '%-58s %12s\n' "$SMALL_COUNT x 100 KB, hoist-cli --jobs 4 with journal (s)" "$HOIST_J4_JOURNAL"
printf '%-58s %12s\n' "  journal cost, ratio with/without" "$(ratio "$HOIST_J4_JOURNAL" "$HOIST_J4")"
printf '%-58s %12s\n' "$SMALL_COUNT x 100 KB, sequential curl script (s)" "$CURL_SMALL"
printf '%-58s %12s\n' "API calls per file (jobs=1 run, target 2 + amortised)" "$PER_FILE"
printf '%-58s %12s\n' "${BIG_MB} MB file in 64 MiB parts, 3 at once (s)" "$SEG_BIG"
printf '%-58s %12s\n' "  wall-time ratio parts/single POST" "$(ratio "$SEG_BIG" "$HOIST_BIG")"
printf '%-58s %12s\n' "  peak RSS in parts (MB)" "$RSS_SEG_BIG"
printf '%-58s %12s\n' "${HUGE_MB} MB file in parts (s; one POST cannot, > 5 GB)" "$SEG_HUGE"
printf '%-58s %12s\n' "  throughput (MB/s)" "$(awk -v m="$HUGE_MB" -v s="$SEG_HUGE" 'BEGIN { printf "%.1f", m / s }')"
printf '%-58s %12s\n' "  peak RSS (MB)" "$RSS_HUGE"
printf '%-58s %12s\n' "  files done (1 expected)" "$HUGE_DONE"
printf '%-58s %12s\n' "failed files in hoist-cli runs" "$FAILED"
printf '%-58s %12s\n' "10,000-row list, all selected: tick cost p50/p99 (ms)" "$LIST_TICK"
printf '%-58s %12s\n' "  event-loop gap p50/p99 (ms, target p99 < 10)" "$LIST_GAP"
