# shellcheck shell=bash
# tests/bench/run.sh's site-link row (issue 28), sourced by run.sh (uses its helpers and $WORK).
#
# A site office's link: SITELINK_RTT_MS round trip (default 80) and SITELINK_MBIT up (default 20).
# This kernel has no netem, so: the client side lives in a network namespace joined to this one by
# a veth pair; a tbf qdisc on the namespace's end of the pair makes the upload rate (the download
# is not shaped), and bench_relay (delay_relay.cpp) holds every chunk for half the round trip each
# way, and a new connection's first bytes one round trip more (the TCP handshake). hoist-cli and
# curl run in the namespace and reach the HTTPS sandbox (`hoist-cli sandbox --tls`, in this
# namespace on 127.0.0.1) at the same address as without the link: 127.0.0.1:PORT there is a
# relay that forwards over the veth to a second relay here, which forwards to the sandbox. So the
# API calls and the storage POSTs all cross the link. Everything is made here and removed on exit
# (run.sh's cleanup); traffic stays on this machine. Needs root (ip netns, tc).
#
# What this emulation cannot show: loss (tbf drops only what overflows its queue, at a near-zero
# round trip, so TCP recovers at once; a real link loses packets 80 ms away and TCP halves its
# window), TCP's own ramp-up over the round trip (the relay ends TCP on each side, so slow start,
# the window and its restart after idle all run at loopback speed; only whole HTTP exchanges and
# connection set-up pay the round trip), a shaped download, and jitter.
#
# What limits Hoist there (README's bench section has the figures): the big file's storage POST
# runs at the link's rate; what it loses to curl are fixed costs (start-up, with the system's CAs
# read because an extra CA is trusted; eight round trips of look-ups before the first byte; the
# history's sha256 is read while the bytes go up, no longer after). Small files are three
# exchanges in a row each (create upload, storage POST, association): round trips, not the rate,
# bound them at --jobs 3, and at --jobs 6 QNAM's six connections a host (API and storage share
# the sandbox's host; at Procore the API is HTTP/2 and storage another host).

SL_RTT_MS=${SITELINK_RTT_MS:-80}
SL_MBIT=${SITELINK_MBIT:-20}
SL_NS=; SL_PIDS=

sitelink_cleanup() {
    local pid
    for pid in $SL_PIDS; do { kill "$pid" && wait "$pid"; } 2> /dev/null || true; done
    SL_PIDS=
    if [ -n "$SL_NS" ]; then
        # Whatever still runs in the namespace was started here (a namespace outlives its deletion
        # while a process is in it, and keeps its veth pair).
        for pid in $(ip netns pids "$SL_NS" 2> /dev/null); do { kill "$pid" && wait "$pid"; } 2> /dev/null || true; done
        ip netns del "$SL_NS" 2> /dev/null || true
    fi
    SL_NS=
}

# In the namespace: the client side of the link.
sl_exec() { ip netns exec "$SL_NS" "$@"; }
sl_curl() { sl_exec env CURL_CA_BUNDLE="$SL_CA" curl "$@"; } # --cacert would hold for the first --next only

# The namespace, the veth pair, tbf on the way up; the relays for PORT...
sitelink_up() { # PORT...
    local net=10.213.$(($$ % 250 + 1)) a=hsl$$a b=hsl$$b port root_map=() ns_map=()
    SL_NS=hoist-sitelink-$$
    ip netns add "$SL_NS"
    ip link add "$a" type veth peer name "$b" netns "$SL_NS"
    ip addr add "$net.1/30" dev "$a"
    ip link set "$a" up
    ip -n "$SL_NS" addr add "$net.2/30" dev "$b"
    ip -n "$SL_NS" link set "$b" up
    ip -n "$SL_NS" link set lo up
    sl_exec tc qdisc add dev "$b" root tbf rate "${SL_MBIT}mbit" burst 16kb latency 50ms
    for port in "$@"; do
        root_map+=("$net.1:$port=127.0.0.1:$port")
        ns_map+=("127.0.0.1:$port=$net.1:$port")
    done
    "$RELAY" 0 "${root_map[@]}" > "$WORK/relay-root.out" 2>&1 &
    SL_PIDS="$SL_PIDS $!"
    # Not through sl_exec: a function in the background is a subshell, and $! would be its pid.
    ip netns exec "$SL_NS" "$RELAY" $((SL_RTT_MS / 2)) --handshake "${ns_map[@]}" > "$WORK/relay-ns.out" 2>&1 &
    SL_PIDS="$SL_PIDS $!"
    for _ in $(seq 50); do
        grep -q READY "$WORK/relay-root.out" 2>/dev/null && grep -q READY "$WORK/relay-ns.out" 2>/dev/null && return 0
        sleep 0.1
    done
    echo "the site link's relays did not start" >&2
    return 1
}

# curl the way a script does it on a kept-alive connection: every create-upload call in one curl
# process, then every storage POST (fields from the answers, file last) in one, then every
# association in one (--next: one connection each, reused).
sl_curl_batch() { # PREFIX FILE...
    local prefix=$1 i=0 file kv url uuid; shift
    local d="$prefix.d"
    mkdir -p "$d"
    local auth="header = \"Authorization: Bearer $SL_TOKEN\"" company="header = \"Procore-Company-Id: $SL_COMPANY\""
    : > "$prefix.create" ; : > "$prefix.post"; : > "$prefix.assoc"
    for file in "$@"; do
        i=$((i + 1))
        printf '%s\n' "url = \"$SL_API/rest/v1.1/projects/$SL_PROJECT/uploads\"" "$auth" "$company" \
            'header = "Content-Type: application/json"' "fail" "output = \"$d/t$i\"" \
            "data = \"{\\\"response_filename\\\":\\\"${prefix##*/}-$i\\\",\\\"size\\\":$(stat -c %s "$file")}\"" \
            next >> "$prefix.create"
    done
    sed -i '$d' "$prefix.create" # no --next after the last
    sl_curl -s -K "$prefix.create" || true
    i=0
    for file in "$@"; do
        i=$((i + 1))
        local -a lines=()
        mapfile -t lines < <(jq -r '.url, .uuid, (.fields | to_entries[] | "\(.key)=\(.value)")' "$d/t$i")
        url=${lines[0]}; uuid=${lines[1]}
        printf '%s\n' "url = \"$url\"" "fail" 'output = "/dev/null"' >> "$prefix.post"
        for kv in "${lines[@]:2}"; do printf 'form-string = "%s"\n' "${kv//\"/\\\"}" >> "$prefix.post"; done
        printf '%s\n' "form = \"file=@$file\"" next >> "$prefix.post"
        printf '%s\n' "url = \"$SL_API/rest/v1.0/files?project_id=$SL_PROJECT\"" "$auth" "$company" \
            'header = "Content-Type: application/json"' "fail" "output = \"$d/a$i\"" \
            "data = \"{\\\"file\\\":{\\\"name\\\":\\\"${prefix##*/}-$i\\\",\\\"parent_id\\\":$SL_ROOT,\\\"upload_uuid\\\":\\\"$uuid\\\",\\\"unique_name\\\":true}}\"" \
            next >> "$prefix.assoc"
    done
    sed -i '$d' "$prefix.post"
    sed -i '$d' "$prefix.assoc"
    sl_curl -s -K "$prefix.post" || true
    sl_curl -s -K "$prefix.assoc" || true
    SL_CURL_DONE=$(cat "$d"/a* 2>/dev/null | jq -s '[.[] | select(.id != null)] | length')
}

sl_hoist() { # PREFIX FOLDER PATHS... (as shipped: default --jobs unless SL_JOBS, parts from 256 MiB, a journal)
    local prefix=$1 folder=$2 jobs=(); shift 2
    [ -n "${SL_JOBS:-}" ] && jobs=(--jobs "$SL_JOBS")
    sl_exec env HOIST_CA_FILE="$SL_CA" HOIST_ACCESS_TOKEN="$SL_TOKEN" /usr/bin/time -v -o "$prefix.time" \
        "$CLI" upload --api-base "$SL_API" --company "$SL_COMPANY" --project "$SL_PROJECT" \
        --folder "$folder" "${jobs[@]}" --journal "$prefix.journal" --json "$@" > "$prefix.json" || true
    SL_HOIST_DONE=$(jq -s '[.[] | select(.event == "finished") | .done] | add // 0' "$prefix.json")
}

per_file() { awk -v s="$1" -v n="$2" 'BEGIN { printf "%.0f", s * 1000 / n }'; } # SECONDS FILES
mbit() { awk -v b="$1" -v s="$2" 'BEGIN { if (s > 0) printf "%.1f", b * 8 / s / 1e6; else print "n/a" }'; } # BYTES SECONDS

sitelink_row() {
    local big_mb=200 small_count=300 probe_mb=20
    [ "$QUICK" = "--quick" ] && { big_mb=40; small_count=60; }
    [ -x "$RELAY" ] || { echo "no $RELAY (build the ci preset)" >&2; exit 2; }
    [ -x "$SINK" ] || { echo "no $SINK (build the ci preset)" >&2; exit 2; }
    HOIST_SANDBOX_SECRET=$HOIST_SANDBOX_SECRET "$CLI" sandbox --tls --spike-limit 0 --hourly-limit 0 \
        > "$WORK/tls.out" 2>&1 &
    SL_PIDS="$SL_PIDS $!"
    mkdir -p "$WORK/slsink"
    "$SINK" "$WORK/slsink" > "$WORK/slsink.out" &
    SL_PIDS="$SL_PIDS $!"
    for _ in $(seq 50); do
        grep -q '^HOIST_CA_FILE=' "$WORK/tls.out" 2>/dev/null && grep -q '^PORT=' "$WORK/slsink.out" && break
        sleep 0.1
    done
    SL_API=$(sed -n 's/^HOIST_API_BASE=//p' "$WORK/tls.out")
    SL_TOKEN=$(sed -n 's/^HOIST_ACCESS_TOKEN=//p' "$WORK/tls.out")
    SL_CA=$(sed -n 's/^HOIST_CA_FILE=//p' "$WORK/tls.out")
    local sink_port api_port
    sink_port=$(sed -n 's/^PORT=//p' "$WORK/slsink.out")
    api_port=${SL_API##*:}
    sitelink_up "$api_port" "$sink_port"
    SL_COMPANY=$(sl_curl -s -H "Authorization: Bearer $SL_TOKEN" "$SL_API/rest/v1.0/companies" | jq -r '.[0].id')
    SL_PROJECT=$(sl_curl -s -H "Authorization: Bearer $SL_TOKEN" -H "Procore-Company-Id: $SL_COMPANY" \
        "$SL_API/rest/v1.0/projects?company_id=$SL_COMPANY&per_page=1" | jq -r '.[0].id')
    SL_ROOT=$(sl_curl -s -H "Authorization: Bearer $SL_TOKEN" -H "Procore-Company-Id: $SL_COMPANY" \
        "$SL_API/rest/v1.0/folders?project_id=$SL_PROJECT" | jq -r '.id')

    # The link as measured: the round trip of a small API call on a kept-alive HTTPS connection
    # (the best of 5), and the raw rate: one plain-HTTP PUT into bench_sink, no TLS, no form, its
    # time less two round trips (its first bytes wait for the handshake, its answer comes back).
    local -a probe=()
    for _ in 1 2 3 4 5; do
        probe+=(-H "Authorization: Bearer $SL_TOKEN" -o /dev/null -w '%{time_pretransfer} %{time_starttransfer}\n'
            "$SL_API/rest/v1.0/companies" --next)
    done
    local rtt
    rtt=$(sl_curl -s "${probe[@]:0:${#probe[@]}-1}" | awk 'NR > 1 { d = ($2 - $1) * 1000; if (!m || d < m) m = d }
        END { printf "%.0f", m }')
    truncate -s "${probe_mb}M" "$WORK/probe.bin"
    local raw_s raw
    raw_s=$(sl_exec curl -s -o /dev/null -H 'Expect:' -w '%{time_total}' -T "$WORK/probe.bin" "http://127.0.0.1:$sink_port/sink")
    rm -f "$WORK/probe.bin"
    raw=$(mbit $((probe_mb * 1048576)) "$(awk -v s="$raw_s" -v r="$rtt" 'BEGIN { print s - 2 * r / 1000 }')")
    row "site link: round trip of an API call, kept alive (ms)" "$rtt" "set $SL_RTT_MS"
    row "  raw rate: ${probe_mb} MB PUT, plain TCP (Mbit/s)" "$raw" "set $SL_MBIT (TCP/IP headers: ~95 %)"

    # One big file: hoist-cli as shipped vs the three curl calls.
    local big_bytes=$((big_mb * 1048576)) t0 t1 hoist_big curl_big
    truncate -s "${big_mb}M" "$WORK/slbig.bin"
    warm "$WORK/slbig.bin"
    settle; t0=$(now); sl_hoist "$WORK/slbig" sitelink-big "$WORK/slbig.bin"; t1=$(now)
    hoist_big=$(secs "$t0" "$t1"); local big_done=$SL_HOIST_DONE
    settle; t0=$(now); sl_curl_batch "$WORK/slcbig" "$WORK/slbig.bin"; t1=$(now)
    curl_big=$(secs "$t0" "$t1"); local curl_big_done=$SL_CURL_DONE
    local goal_big
    goal_big=$(awk -v m="$SL_MBIT" 'BEGIN { printf "%.1f", 0.9 * m }')
    row "  ${big_mb} MB file, hoist-cli as shipped (s, Mbit/s)" "$hoist_big, $(mbit "$big_bytes" "$hoist_big")" \
        "goal >= $goal_big (90 % of $SL_MBIT)"
    row "  ${big_mb} MB file, curl: create, POST -F, associate (s, Mbit/s)" "$curl_big, $(mbit "$big_bytes" "$curl_big")"
    row "    wall-time ratio hoist/curl; files done hoist, curl" \
        "$(ratio "$hoist_big" "$curl_big"); $big_done, $curl_big_done" "goal <= 1.00"
    rm -f "$WORK/slbig.bin"

    # Small files: bounded by the rate (the budget: their bytes at the raw rate) or by round trips?
    mkdir -p "$WORK/slsmall"
    local i files=()
    for i in $(seq 1 "$small_count"); do
        head -c 102400 /dev/urandom > "$WORK/slsmall/f$i.bin"
        files+=("$WORK/slsmall/f$i.bin")
    done
    local small_bytes=$((small_count * 102400)) budget hoist_small curl_small
    budget=$(awk -v b="$small_bytes" -v r="$raw" 'BEGIN { printf "%.1f", b * 8 / (r * 1e6) }')
    settle; t0=$(now); sl_hoist "$WORK/slsmall" sitelink-small "$WORK/slsmall"; t1=$(now)
    hoist_small=$(secs "$t0" "$t1"); local small_done=$SL_HOIST_DONE
    # The same with six at once: QNAM opens at most 6 connections to a host (here the API and
    # storage share one; at Procore the API is HTTP/2, one connection, and storage is S3's host).
    local hoist_small6
    settle; t0=$(now); SL_JOBS=6 sl_hoist "$WORK/slsmall6" sitelink-small-j6 "$WORK/slsmall"; t1=$(now)
    hoist_small6=$(secs "$t0" "$t1"); local small6_done=$SL_HOIST_DONE
    settle; t0=$(now); sl_curl_batch "$WORK/slcsmall" "${files[@]}"; t1=$(now)
    curl_small=$(secs "$t0" "$t1"); local curl_small_done=$SL_CURL_DONE
    row "  $small_count x 100 KB: rate budget, bytes at the raw rate (s)" "$budget" \
        "3 round trips a file: $(awk -v n="$small_count" -v r="$rtt" 'BEGIN { printf "%.1f", n * 3 * r / 1000 }') s in a row"
    row "  $small_count x 100 KB, hoist-cli as shipped (s, ms a file, Mbit/s)" \
        "$hoist_small, $(per_file "$hoist_small" "$small_count"), $(mbit "$small_bytes" "$hoist_small")" "goal <= 1.25 x budget"
    row "  $small_count x 100 KB, hoist-cli --jobs 6 (s, ms a file, Mbit/s; files done)" \
        "$hoist_small6, $(per_file "$hoist_small6" "$small_count"), $(mbit "$small_bytes" "$hoist_small6"); $small6_done"
    row "  $small_count x 100 KB, curl, one connection per step (s, ms a file)" \
        "$curl_small, $(per_file "$curl_small" "$small_count")"
    row "    hoist/budget, hoist/curl; files done hoist, curl" \
        "$(ratio "$hoist_small" "$budget"), $(ratio "$hoist_small" "$curl_small"); $small_done, $curl_small_done"
    rm -rf "$WORK/slsmall"
    sitelink_cleanup
}
