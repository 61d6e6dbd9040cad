#!/usr/bin/env bash
# The performance numbers of claimdiff on this machine, in one run:
#   benches/run.sh            (about 8 minutes on 2 cores; SIZES="1000 10000" for less;
#                              ROUNDS=3 times each bare pass and extraction three times and
#                              reports the fastest, for a machine whose timings wander)
# It builds with the `dev` feature (the corpus generator and the `bench` command), writes
# generated corpora of 1k, 10k and 100k articles, and prints for each: the bare pass
# (read, UTF-8 check, split into words) as the floor, extraction throughput on 1 and 2
# threads, comparison time; then `claimdiff corpus` end to end with its peak memory, and
# a 1 MB and a 10 MB article of one unpunctuated sentence (the time must grow linearly).
set -euo pipefail
cd "$(dirname "$0")/.."
SIZES=${SIZES:-"1000 10000 100000"}
ROUNDS=${ROUNDS:-1}
cargo build --release --features dev --quiet
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
# A copy, so that a build during the run does not change the binary measured.
cp target/release/claimdiff "$work/claimdiff"
bin=$work/claimdiff

echo "machine: $(nproc) cores, $(uname -m), $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs)"
echo
echo "== stages, corpus held in memory (claimdiff bench)"
for n in $SIZES; do
    "$bin" synth --articles "$n" --stories $((n / 20)) --seed 7 >"$work/c$n.jsonl"
    for j in 1 2; do
        "$bin" bench "$work/c$n.jsonl" -j "$j" --rounds "$ROUNDS"
    done
done

echo
echo "== claimdiff corpus end to end (read, extract, group, compare, write), 2 threads"
for n in $SIZES; do
    /usr/bin/time -f "%e %M" -o "$work/time" "$bin" corpus -q --exit-zero -j 2 "$work/c$n.jsonl" >"$work/out.jsonl"
    read -r secs kb <"$work/time"
    printf '%7d articles: %6.2f s, peak memory %5d MB, %d findings\n' \
        "$n" "$secs" $((kb / 1024)) "$(wc -l <"$work/out.jsonl")"
done

echo
echo "== one unpunctuated sentence (claimdiff extract)"
for mb in 1 10; do
    python3 - "$mb" >"$work/long$mb.txt" <<'EOF'
import sys
words = ("the minister said talks with Russian officials in Geneva would resume on Friday "
         "after 12 people were killed and John Kerry met Sergei Lavrov at 3 pm while the "
         "ministry denied reports of a ceasefire").split()
size = int(sys.argv[1]) * 1_000_000
out, n, i = [], 0, 0
while n < size:
    w = words[(i * 7919) % len(words)]
    out.append(w)
    n += len(w) + 1
    i += 1
print("published: 2016-09-08\n\n" + " ".join(out))
EOF
    /usr/bin/time -f "%e %M" -o "$work/time" "$bin" extract -q --format jsonl "$work/long$mb.txt" >/dev/null
    read -r secs kb <"$work/time"
    printf '%3d MB: %6.2f s, peak memory %5d MB\n' "$mb" "$secs" $((kb / 1024))
done
