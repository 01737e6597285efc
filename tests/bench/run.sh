#!/usr/bin/env bash
# Upload benchmark: hoist-cli against curl on the built-in sandbox. Builds nothing; not run by ctest.
#
#   tests/bench/run.sh BUILD_DIR [--quick] [ROW...]
#
# ROW: large huge small ingest many cold rate list watch history sitelink (default: all). The large/huge
# and sitelink rows take minutes; sitelink needs root (ip netns, tc) and says it skipped otherwise.
#
# Prints a table:
#   1. one large file (2 GB; --quick: 200 MB): hoist-cli vs `curl -F` with the same create-upload
#      fields, wall-time ratio; peak RSS of hoist-cli (/usr/bin/time -v) for 100 MB and the large file.
#   2. 1,000 files of 100 KB (--quick: 200): hoist-cli --jobs 1, --jobs 4, and a sequential curl
#      script doing the same three calls per file (create upload, storage POST, associate).
#   3. API calls per file, from the sandbox's request log.
#   4. segmented uploads: the large file in 64 MiB parts (3 at once) vs one POST; and a 6 GB file
#      (--quick: 600 MB), beyond a single POST's 5 GB limit, in parts: wall time, peak RSS and the
#      time until its create call (the first part goes right after: every part hashed by then).
#   5. the sandbox's storage ingest: `curl -F` of the large file into `hoist-cli sandbox` vs into
#      bench_sink (a bare streaming cpp-httplib server, tests/bench/bare_sink.cpp), MB/s.
#   6. 10,000 files of 10 KB (--quick: 2,000), rate limits off: wall time and peak RSS; then the
#      same with the transfer journal as shipped (in JOURNAL_DIR, default the work folder): its cost.
#   7. against a sandbox with Procore's documented example limits (`--limits procore`: 600 an hour
#      and 25 per 10 s, rolling windows): cold start to projects listed (hoist-cli ls projects),
#      and 150 files (--quick: 60) at --jobs 4 and 8, each run with a fresh token (its own hour):
#      the share of each 10-s window's budget used and the 429s received.
#   8. the window's transfer list at 10,000 rows, all selected, uploads running (bench_transferlist):
#      cost of one progress tick and the event loop's gaps, p50/p99 (goal p99 < 10 ms).
#   9. watch folders (bench_watch): time from a file complete to its upload starting (goal < 3 s;
#      the sync services poll every 60 s), and a 10,000-file tree at rest (--quick: 2,000):
#      CPU share over 60 s (--quick: 20 s) with its rescans, one full scan, RSS, inotify watches.
#  10. the upload history (bench_history): opening it at 200,000 rows (--quick: 50,000), what the
#      full check it no longer runs at start would cost, and the upkeep that prunes it to its bound
#      (100,000 rows / 180 days), with its size before and after and after more rows.
#  11. a site office's link (tests/bench/sitelink.sh): 80 ms round trip, 20 Mbit/s up, made with a
#      network namespace, tbf and bench_relay (tests/bench/delay_relay.cpp), HTTPS (`hoist-cli
#      sandbox --tls`), hoist-cli and curl on the client side of the link (API and storage both
#      cross it): the measured round trip and raw rate; one 200 MB file (--quick: 40 MB), hoist-cli
#      as shipped vs curl (goal >= 90 % of the link's rate, no slower than curl); 300 files of
#      100 KB (--quick: 60) vs their rate budget (their bytes at the raw rate) and vs curl, one
#      kept-alive connection per step. What limits Hoist there and what the emulation cannot show
#      (loss, TCP's ramp-up over the round trip): sitelink.sh's header and README's bench section.
# Each row prints its goal beside it. Big sources are read once before timing (a fresh sparse
# file would charge its first reader for filling the page cache), `sync` runs before each timed
# transfer, and the one-POST and ingest comparisons are timed twice each, the better run counting:
# on this kind of machine the disk's write-back otherwise moves them by ±20 % from run to run.
# Needs: curl, jq, /usr/bin/time. Large files are sparse (no disk for the source), but the sandbox
# stores what it receives in a temporary folder.
set -euo pipefail

BUILD=${1:?usage: tests/bench/run.sh BUILD_DIR [--quick] [ROW...]}
shift
QUICK=
if [ "${1:-}" = "--quick" ]; then QUICK=--quick; shift; fi
ROWS=${*:-large huge small ingest many cold rate list watch history sitelink}
want() { [[ " $ROWS " == *" $1 "* ]]; }
CLI="$BUILD/app/cli/hoist-cli"
SINK="$BUILD/tests/bench/bench_sink"
RELAY="$BUILD/tests/bench/bench_relay"
[ -x "$CLI" ] || { echo "no hoist-cli in $BUILD (build it first)" >&2; exit 2; }
for tool in curl jq /usr/bin/time; do command -v "$tool" >/dev/null || { echo "needs $tool" >&2; exit 2; }; done

BIG_MB=2048; SMALL_COUNT=1000; HUGE_MB=6144; MANY_COUNT=10000; RATE_COUNT=150
if [ "$QUICK" = "--quick" ]; then BIG_MB=200; SMALL_COUNT=200; HUGE_MB=600; MANY_COUNT=2000; RATE_COUNT=60; fi

WORK=$(mktemp -d "${TMPDIR:-/tmp}/hoist-bench.XXXXXX")
SANDBOX_PID=; LIMITED_PID=; SINK_PID=
cleanup() {
    declare -F sitelink_cleanup > /dev/null && sitelink_cleanup
    for pid in $SANDBOX_PID $LIMITED_PID $SINK_PID; do { kill "$pid" && wait "$pid"; } 2>/dev/null || true; done
    rm -rf "$WORK"
}
trap cleanup EXIT
trap "exit 130" INT TERM

# The sandboxes' control API (/_sandbox/) wants a secret: one for this run, given to both.
export HOIST_SANDBOX_SECRET
HOIST_SANDBOX_SECRET=$(head -c 18 /dev/urandom | base64 | tr '+/' '-_')
control() { curl -s -H "X-Sandbox-Secret: $HOIST_SANDBOX_SECRET" "$@"; }

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
# A fresh sparse file costs its first reader the page cache's filling (a real file: the disk), and
# a run that follows another writes while the kernel still flushes the first one's bytes: so each
# big source is read once before any timing, dirty pages are flushed before each timed run, and
# the big transfers are timed twice, the better run counting.
warm() { cat "$@" > /dev/null; }
settle() { sync; }
best() { awk -v a="$1" -v b="$2" 'BEGIN { printf "%.2f", (a < b ? a : b) }'; }
secs() { awk -v a="$1" -v b="$2" 'BEGIN { printf "%.2f", b - a }'; }
api_calls() { control "$API/_sandbox/log" | jq '[.[] | select(.kind == "api")] | length'; }

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

TABLE=()
row() { TABLE+=("$(printf '%-62s %12s   %s' "$1" "$2" "${3:-}")"); } # LABEL VALUE [GOAL]
ratio() { awk -v a="$1" -v b="$2" 'BEGIN { if (b > 0) printf "%.2f", a / b; else print "n/a" }'; }
mbps() { awk -v m="$1" -v s="$2" 'BEGIN { if (s > 0) printf "%.1f", m / s; else print "n/a" }'; } # MB SECONDS
last_seq() { control "$1/_sandbox/log" | jq '[.[].seq] | max // 0'; }                               # API_BASE

# ---- 1. large file -----------------------------------------------------------------------------
if want large; then
truncate -s 100M "$WORK/medium.bin"
truncate -s "${BIG_MB}M" "$WORK/big.bin"
warm "$WORK/medium.bin" "$WORK/big.bin"
hoist_upload "$WORK/medium" 1 "bench-medium" "$WORK/medium.bin"
RSS_MEDIUM=$(peak_rss_mb "$WORK/medium.time")
big_runs=()
for run in 1 2; do
    settle; t0=$(now); hoist_upload "$WORK/big" 1 "bench-big-$run" "$WORK/big.bin"; t1=$(now)
    big_runs+=("$(secs "$t0" "$t1")")
    settle; t0=$(now); curl_upload "$WORK/big.bin" "big-curl-$run.bin"; t1=$(now)
    big_runs+=("$(secs "$t0" "$t1")")
done
HOIST_BIG=$(best "${big_runs[0]}" "${big_runs[2]}"); RSS_BIG=$(peak_rss_mb "$WORK/big.time")
CURL_BIG=$(best "${big_runs[1]}" "${big_runs[3]}")
# The same file in parts, three at once: what hoist-cli does by default from 256 MiB.
settle; t0=$(now); SEGMENTED_FROM=1 hoist_upload "$WORK/bigseg" 1 "bench-big-seg" "$WORK/big.bin"; t1=$(now)
SEG_BIG=$(secs "$t0" "$t1"); RSS_SEG_BIG=$(peak_rss_mb "$WORK/bigseg.time")
rm -f "$WORK/medium.bin" "$WORK/big.bin"
row "${BIG_MB} MB file, hoist-cli one POST, best of 2 (s)" "$HOIST_BIG"
row "${BIG_MB} MB file, curl -F same fields, best of 2 (s)" "$CURL_BIG"
row "  wall-time ratio hoist/curl" "$(ratio "$HOIST_BIG" "$CURL_BIG")" "goal <= 1.10"
row "hoist-cli peak RSS, 100 MB file (MB)" "$RSS_MEDIUM"
row "hoist-cli peak RSS, ${BIG_MB} MB file (MB)" "$RSS_BIG" "goal <= 150"
row "${BIG_MB} MB file in 64 MiB parts, 3 at once (s)" "$SEG_BIG"
row "  wall-time ratio parts/single POST" "$(ratio "$SEG_BIG" "$HOIST_BIG")" "goal <= 1.2"
row "  hoist-cli as shipped (parts from 256 MiB) / curl -F one POST" "$(ratio "$SEG_BIG" "$CURL_BIG")" "goal <= 1.10"
row "  peak RSS in parts (MB)" "$RSS_SEG_BIG"
fi

# ---- 4b. beyond one POST's 5 GB: only in parts ---------------------------------------------------
if want huge; then
truncate -s "${HUGE_MB}M" "$WORK/huge.bin"
warm "$WORK/huge.bin"; settle
seq0=$(last_seq "$API")
t0=$(now); SEGMENTED_FROM=1 hoist_upload "$WORK/huge" 1 "bench-huge" "$WORK/huge.bin"; t1=$(now)
SEG_HUGE=$(secs "$t0" "$t1"); RSS_HUGE=$(peak_rss_mb "$WORK/huge.time")
HUGE_DONE=$(jq -s '[.[] | select(.event == "finished") | .done] | add' "$WORK/huge.json")
# The create call needs every part's checksums; the first part goes as soon as it is answered.
CREATE_MS=$(control "$API/_sandbox/log?since=$seq0" \
    | jq '[.[] | select(.kind == "api" and .method == "POST" and (.path | endswith("/uploads")))][0].at_ms')
FIRST_BYTE=$(awk -v c="$CREATE_MS" -v t="$t0" 'BEGIN { printf "%.2f", c / 1000 - t }')
rm -f "$WORK/huge.bin"
row "${HUGE_MB} MB file in parts (s; one POST cannot, > 5 GB)" "$SEG_HUGE"
row "  throughput (MB/s)" "$(mbps "$HUGE_MB" "$SEG_HUGE")" "goal >= 80"
row "  time to the create call, first part sent (s)" "$FIRST_BYTE" "(was ~60: hashing first)"
row "  peak RSS (MB)" "$RSS_HUGE"
row "  files done (1 expected)" "$HUGE_DONE"
fi

# ---- 2. many small files -----------------------------------------------------------------------
if want small; then
mkdir -p "$WORK/small"
for i in $(seq 1 "$SMALL_COUNT"); do head -c 102400 /dev/urandom > "$WORK/small/f$i.bin"; done
calls0=$(api_calls)
settle; t0=$(now); hoist_upload "$WORK/s1" 1 "bench-small-j1" "$WORK/small"; t1=$(now); HOIST_J1=$(secs "$t0" "$t1")
calls1=$(api_calls)
settle; t0=$(now); hoist_upload "$WORK/s4" 4 "bench-small-j4" "$WORK/small"; t1=$(now); HOIST_J4=$(secs "$t0" "$t1")
settle; t0=$(now); JOURNAL="$WORK/journal.sqlite" hoist_upload "$WORK/s4j" 4 "bench-small-j4-journal" "$WORK/small"; t1=$(now)
HOIST_J4_JOURNAL=$(secs "$t0" "$t1")
settle; t0=$(now)
for i in $(seq 1 "$SMALL_COUNT"); do curl_upload "$WORK/small/f$i.bin" "curl-f$i.bin"; done
t1=$(now); CURL_SMALL=$(secs "$t0" "$t1")
# ---- 3. API calls per file ---------------------------------------------------------------------
# The sandbox's log for the jobs=1 run (which includes the company/project look-ups by id and the
# folder look-ups).
PER_FILE=$(awk -v a="$calls0" -v b="$calls1" -v n="$SMALL_COUNT" 'BEGIN { printf "%.3f", (b - a) / n }')
row "$SMALL_COUNT x 100 KB, hoist-cli --jobs 1 (s)" "$HOIST_J1"
row "$SMALL_COUNT x 100 KB, hoist-cli --jobs 4 (s)" "$HOIST_J4"
row "$SMALL_COUNT x 100 KB, hoist-cli --jobs 4 with journal (s)" "$HOIST_J4_JOURNAL"
row "  journal cost, ratio with/without" "$(ratio "$HOIST_J4_JOURNAL" "$HOIST_J4")"
row "$SMALL_COUNT x 100 KB, sequential curl script (s)" "$CURL_SMALL"
row "API calls per file (jobs=1 run)" "$PER_FILE" "goal 2 + amortised"
rm -rf "$WORK/small"
fi

# ---- 5. the sandbox's storage ingest vs a bare streaming sink ----------------------------------
if want ingest; then
[ -x "$SINK" ] || { echo "no $SINK (build the ci preset)" >&2; exit 2; }
truncate -s "${BIG_MB}M" "$WORK/ingest.bin"
mkdir -p "$WORK/sink"
"$SINK" "$WORK/sink" > "$WORK/sink.out" &
SINK_PID=$!
for _ in $(seq 50); do grep -q '^PORT=' "$WORK/sink.out" 2>/dev/null && break; sleep 0.1; done
SINK_PORT=$(sed -n 's/^PORT=//p' "$WORK/sink.out")
warm "$WORK/ingest.bin"
ingest_runs=()
for run in 1 2; do
    settle; t0=$(now); curl -sf -o /dev/null -F "file=@$WORK/ingest.bin" "http://127.0.0.1:$SINK_PORT/sink"; t1=$(now)
    ingest_runs+=("$(secs "$t0" "$t1")")
    settle; t0=$(now); curl_upload "$WORK/ingest.bin" "ingest-curl-$run.bin"; t1=$(now)
    ingest_runs+=("$(secs "$t0" "$t1")")
done
kill "$SINK_PID"; wait "$SINK_PID" 2>/dev/null || true; SINK_PID=
BARE=$(mbps "$BIG_MB" "$(best "${ingest_runs[0]}" "${ingest_runs[2]}")")
SANDBOX_INGEST=$(mbps "$BIG_MB" "$(best "${ingest_runs[1]}" "${ingest_runs[3]}")")
rm -f "$WORK/ingest.bin"
row "curl -F ${BIG_MB} MB into bench_sink, bare cpp-httplib, best of 2 (MB/s)" "$BARE"
row "curl -F ${BIG_MB} MB into hoist-cli sandbox, best of 2 (MB/s)" "$SANDBOX_INGEST" "goal >= 150"
row "  sandbox / bare sink" "$(ratio "$SANDBOX_INGEST" "$BARE")"
fi

# ---- 6. 10,000 small files ---------------------------------------------------------------------
if want many; then
mkdir -p "$WORK/many"
head -c $((MANY_COUNT * 10240)) /dev/urandom | (cd "$WORK/many" && split -b 10240 -a 5 -d - f)
settle; t0=$(now); hoist_upload "$WORK/many" 4 "bench-many" "$WORK/many"; t1=$(now)
MANY_S=$(secs "$t0" "$t1"); MANY_RSS=$(peak_rss_mb "$WORK/many.time")
MANY_DONE=$(jq -s '[.[] | select(.event == "finished") | .done] | add' "$WORK/many.json")
# The same files with the transfer journal as shipped (WAL; the record before each creating call
# synced to disk), on the disk of $JOURNAL_DIR (default: the work folder): the journal's cost.
JOURNAL_DIR=${JOURNAL_DIR:-$WORK}
settle; t0=$(now); JOURNAL="$JOURNAL_DIR/many-journal.sqlite" hoist_upload "$WORK/manyj" 4 "bench-many-journal" "$WORK/many"; t1=$(now)
MANYJ_S=$(secs "$t0" "$t1"); MANYJ_RSS=$(peak_rss_mb "$WORK/manyj.time")
MANYJ_DONE=$(jq -s '[.[] | select(.event == "finished") | .done] | add' "$WORK/manyj.json")
rm -rf "$WORK/many" "$JOURNAL_DIR"/many-journal.sqlite*
row "$MANY_COUNT x 10 KB, hoist-cli --jobs 4, no limits (s)" "$MANY_S" "goal <= 30 (10,000)"
row "  peak RSS (MB)" "$MANY_RSS" "goal <= 64"
row "  files done" "$MANY_DONE"
row "  the same with the journal, durable records (s)" "$MANYJ_S" "$(df --output=fstype "$JOURNAL_DIR" | tail -1)"
row "  journal's cost: ratio with/without" "$(ratio "$MANYJ_S" "$MANY_S")" "goal <= 1.25"
row "  with the journal: peak RSS (MB), files done" "$MANYJ_RSS, $MANYJ_DONE"
fi

# ---- 7. against Procore-like rate limits -------------------------------------------------------
if want cold || want rate; then
"$CLI" sandbox --limits procore > "$WORK/limited.out" 2>&1 &
LIMITED_PID=$!
for _ in $(seq 50); do grep -q '^HOIST_ACCESS_TOKEN=' "$WORK/limited.out" 2>/dev/null && break; sleep 0.1; done
LAPI=$(sed -n 's/^HOIST_API_BASE=//p' "$WORK/limited.out")
LTOKEN=$(sed -n 's/^HOIST_ACCESS_TOKEN=//p' "$WORK/limited.out")
# Cold start: a new hoist-cli process until the projects are listed (its first API calls).
t0=$(now)
HOIST_ACCESS_TOKEN="$LTOKEN" "$CLI" ls projects --api-base "$LAPI" --company "$COMPANY" --json > "$WORK/cold.json"
t1=$(now)
COLD_MS=$(awk -v a="$t0" -v b="$t1" 'BEGIN { printf "%.0f", (b - a) * 1000 }')
want cold && row "cold start to projects listed, limits on (ms)" "$COLD_MS" "goal < 150"
fi
if want rate; then
mkdir -p "$WORK/rate"
for i in $(seq 1 "$RATE_COUNT"); do printf 'rate %d\n' "$i" > "$WORK/rate/r$i.txt"; done
for jobs in 4 8; do
    sleep 11 # a fresh 10-s window, as a new run would find it
    # A fresh token: its own 600-an-hour budget (~3 calls a file), as a new user would have.
    RTOKEN=$(curl -s -X POST -H 'Content-Type: application/json' -d '{"expires_in":7200}' \
        "$LAPI/_sandbox/tokens" | jq -r '.access_token')
    seq0=$(last_seq "$LAPI")
    HOIST_ACCESS_TOKEN="$RTOKEN" API="$LAPI" hoist_upload "$WORK/rate$jobs" "$jobs" "bench-rate-j$jobs" "$WORK/rate"
    # The sandbox's spike windows, replayed from its log: a window opens at the first call after
    # the last one closed and lasts 10 s. Share: calls in every window but the last / 25 each.
    read -r SHARE N429 < <(control "$LAPI/_sandbox/log?since=$seq0" \
        | jq -r '.[] | select(.kind == "api") | "\(.at_ms) \(.status)"' | sort -n \
        | awk '{ t = int($1 / 1000); if (n == 0 || t >= start + 10) { start = t; ++n }
                 c[n]++; if ($2 == 429) ++e }
               END { for (i = 1; i < n; ++i) used += c[i];
                     printf "%.0f %d\n", (n > 1 ? 100 * used / (25 * (n - 1)) : 0), e + 0 }')
    row "$RATE_COUNT files, 25 calls/10 s (rolling), --jobs $jobs: budget used (%)" "$SHARE" "goal >= 95"
    row "  429s received" "$N429" "goal 0"
done
rm -rf "$WORK/rate"
fi

# ---- 8. the transfer list at 10,000 rows -------------------------------------------------------
if want list; then
LIST_BENCH="$BUILD/tests/bench/bench_transferlist"
LIST_TICK=n/a; LIST_GAP=n/a
if [ -x "$LIST_BENCH" ]; then
    QT_QPA_PLATFORM=offscreen "$LIST_BENCH" 10000 10 > "$WORK/list.out" 2>/dev/null || true
    LIST_TICK=$(awk '/^tick cost/ { print $5 " / " $7 }' "$WORK/list.out")
    LIST_GAP=$(awk '/^event-loop gap/ { print $5 " / " $7 }' "$WORK/list.out")
fi
row "10,000-row list, all selected: tick cost p50/p99 (ms)" "$LIST_TICK"
row "  event-loop gap p50/p99 (ms)" "$LIST_GAP" "goal p99 < 10"
fi

# ---- 9. watch folders ---------------------------------------------------------------------------
if want watch; then
WATCH_BENCH="$BUILD/tests/bench/bench_watch"
WATCH_LAT=n/a; WATCH_CPU=n/a; WATCH_SCAN=n/a; WATCH_RSS=n/a
if [ -x "$WATCH_BENCH" ]; then
    WATCH_FILES=10000; WATCH_REST=60
    [ "$QUICK" = "--quick" ] && { WATCH_FILES=2000; WATCH_REST=20; }
    "$WATCH_BENCH" "$WATCH_FILES" "$WATCH_REST" > "$WORK/watch.out" 2>/dev/null || true
    WATCH_LAT=$(sed -n 's/^watch latency.*(ms): \([0-9]*\) \/ \([0-9]*\).*/\1 \/ \2/p' "$WORK/watch.out")
    WATCH_CPU=$(sed -n 's/^watch at rest.*(\([0-9.]*\) %).*/\1/p' "$WORK/watch.out")
    WATCH_SCAN=$(sed -n 's/^watch at rest.*first scan \([0-9]*\) ms.*/\1/p' "$WORK/watch.out")
    WATCH_RSS=$(sed -n 's/^watch at rest.*rss +\([0-9]*\) KiB.*/\1/p' "$WORK/watch.out")
fi
row "watch: file complete -> upload start p50/max (ms)" "$WATCH_LAT" "goal < 3000"
row "  ${WATCH_FILES:-10000} files at rest: CPU (%)" "$WATCH_CPU" "goal < 1"
row "  one full scan (ms) / memory for the tree (KiB)" "$WATCH_SCAN / $WATCH_RSS"
fi

# ---- 10. the upload history ----------------------------------------------------------------------
if want history; then
HISTORY_BENCH="$BUILD/tests/bench/bench_history"
HISTORY_OPEN=n/a; HISTORY_CHECK=n/a; HISTORY_AFTER=n/a; HISTORY_SIZE=n/a; HISTORY_LATER=n/a
if [ -x "$HISTORY_BENCH" ]; then
    HISTORY_ROWS=200000
    [ "$QUICK" = "--quick" ] && HISTORY_ROWS=50000
    "$HISTORY_BENCH" "$HISTORY_ROWS" > "$WORK/history.out" 2>/dev/null || true
    HISTORY_OPEN=$(sed -n 's/^history open at .*(ms): \([0-9.]*\) .*/\1/p' "$WORK/history.out")
    HISTORY_CHECK=$(sed -n 's/^history open at .*no longer runs: \([0-9.]*\) ms.*/\1/p' "$WORK/history.out")
    HISTORY_AFTER=$(sed -n 's/^history upkeep (ms): \([0-9]*\); rows [0-9]* -> \([0-9]*\).*/\2 rows in \1 ms/p' "$WORK/history.out")
    HISTORY_SIZE=$(sed -n 's/^history upkeep.*size (KiB) \([0-9]*\) -> \([0-9]*\)/\1 -> \2/p' "$WORK/history.out")
    HISTORY_LATER=$(sed -n 's/^history after .* rows \([0-9]*\), size (KiB) \([0-9]*\),.*/\1 rows, \2 KiB/p' "$WORK/history.out")
fi
row "history: start-up open at ${HISTORY_ROWS:-200000} rows (ms)" "$HISTORY_OPEN" "goal < 10"
row "  the full check no longer run at start (ms)" "$HISTORY_CHECK"
row "  upkeep: rows kept, time" "$HISTORY_AFTER" "bound 100000"
row "  size (KiB) before -> after upkeep" "$HISTORY_SIZE"
row "  after 50 % more rows and upkeep again" "$HISTORY_LATER" "bound 100000"
fi

# ---- 11. a site office's link -------------------------------------------------------------------
if want sitelink; then
if [ "$(id -u)" != 0 ] || ! command -v ip > /dev/null || ! command -v tc > /dev/null; then
    row "site link (80 ms, 20 Mbit/s up)" "skipped" "needs root for ip netns (and ip, tc)"
    echo "sitelink: skipped: needs root for ip netns (and ip, tc)" >&2
else
    # shellcheck source=tests/bench/sitelink.sh
    . "$(dirname "$0")/sitelink.sh"
    sitelink_row
fi
fi

FAILED=$(find "$WORK" -maxdepth 1 -name '*.json' -exec cat {} + | jq -s '[.[] | objects | select(.event == "finished") | .failed] | add // 0')
row "failed files in hoist-cli runs" "$FAILED" "goal 0"

printf '\n%-62s %12s\n' "Hoist upload benchmark (sandbox at $API)" ""
printf '%-62s %12s\n' "--------------------------------------------------------------" "------------"
printf '%s\n' "${TABLE[@]}"
