#!/usr/bin/env bash
# Runs every scale-out recipe of the README ("Scale-out") on a generated corpus and checks that
# each one's output equals one cnmetrics run. GNU parallel and Dask run for real when installed
# (apt-get install -y parallel python3-dask); Hadoop Streaming and Spark, which cannot run here,
# through scripts/sim-hadoop-streaming.mjs and scripts/sim-spark-pipe.py, which split and pipe as
# those engines do. cnmetrics is installed from this checkout as the README says (npm pack, then
# the tarball), into a private prefix.
#   npm run build && bash scripts/recipes.sh [WORKDIR] [SIZE]
set -euo pipefail
ROOT="$(cd "$(dirname "$0")/.." && pwd)"
W="${1:-$(mktemp -d)}"
SIZE="${2:-40M}"
mkdir -p "$W"
cd "$W"
pass=0; fail=0
check() { if "$@"; then echo "PASS: $CHECK"; pass=$((pass + 1)); else echo "FAIL: $CHECK"; fail=$((fail + 1)); fi; }

# Install from the checkout: the npm tarball into a prefix (its bin/ on PATH)
(cd "$ROOT" && npm pack --silent --pack-destination "$W" >/dev/null)
npm install -g --silent --prefix "$W/prefix" "$W"/cnmetrics-*.tgz >/dev/null 2>&1
export PATH="$W/prefix/bin:$PATH"
echo "cnmetrics $(cnmetrics --version) from $(command -v cnmetrics)"

node "$ROOT/scripts/stage-corpus.mjs" corpus.jsonl "$SIZE"
node "$ROOT/scripts/stage-corpus.mjs" bad.jsonl 6M --bad
OPTS=(--input-format jsonl -f jsonl --keep date,url --on-error record)
t0=$(date +%s.%N)
cnmetrics "${OPTS[@]}" < corpus.jsonl > one.jsonl
t1=$(date +%s.%N)
echo "one run (-j $(nproc)): $(wc -l < one.jsonl) records, $(echo "$t1 - $t0" | bc) s"

# GNU parallel, one host: blocks of tens of MB cut at line ends, one single-threaded process each
if command -v parallel >/dev/null; then
  t0=$(date +%s.%N)
  parallel --pipepart -a corpus.jsonl --block 10M -k -j "$(nproc)" cnmetrics "${OPTS[@]}" -j 1 > parallel.jsonl
  t1=$(date +%s.%N)
  echo "parallel --pipepart --block 10M -j $(nproc): $(echo "$t1 - $t0" | bc) s"
  CHECK="GNU parallel --pipepart output equals one run"; check cmp -s parallel.jsonl one.jsonl
  # -S ':' is this machine as an ssh login: the form a list of hosts takes
  parallel --pipepart -a corpus.jsonl --block 10M -k -S 2/: cnmetrics "${OPTS[@]}" -j 1 > parallel-S.jsonl
  CHECK="GNU parallel -S 2/: (sshlogin form) equals one run"; check cmp -s parallel-S.jsonl one.jsonl
else
  echo "SKIP: GNU parallel not installed"
fi

# Hadoop Streaming (simulated), 8 MB splits: the recipe's flags, then the two failures it avoids
HS=(node "$ROOT/scripts/sim-hadoop-streaming.mjs" -D mapreduce.input.fileinputformat.split.maxsize=8000000)
"${HS[@]}" -D mapreduce.output.textoutputformat.separator= -input corpus.jsonl -output hadoop-out \
  -mapper "cnmetrics ${OPTS[*]} -j 1" 2>/dev/null
CHECK="Hadoop Streaming (separator=, --on-error record): part files equal one run"; check cmp -s <(cat hadoop-out/part-*) one.jsonl
"${HS[@]}" -input corpus.jsonl -output hadoop-tab -mapper "cnmetrics ${OPTS[*]} -j 1" 2>/dev/null
CHECK="Hadoop Streaming without the separator flag: every line ends in a tab (the fault the flag avoids)"
check test "$(grep -c $'\t$' <(cat hadoop-tab/part-*))" -eq "$(wc -l < one.jsonl)"
CHECK="Hadoop Streaming with --on-error report: one bad line fails the job"
check bash -c "! ${HS[*]} -input bad.jsonl -output hadoop-bad -mapper 'cnmetrics --input-format jsonl -f jsonl -j 1' 2>/dev/null"
"${HS[@]}" -D mapreduce.output.textoutputformat.separator= -input bad.jsonl -output hadoop-bad2 -mapper "cnmetrics ${OPTS[*]} -j 1" 2>/dev/null
cnmetrics "${OPTS[@]}" < bad.jsonl > bad-one.jsonl
# an error object's line counts in its split's input: compared without it
nol() { jq -c 'if has("error") then del(.line) else . end'; }
CHECK="Hadoop Streaming with --on-error record: a bad line is one error object, the rest equals one run"
check cmp -s <(cat hadoop-bad2/part-* | nol) <(nol < bad-one.jsonl)

# Spark RDD.pipe (simulated), 4 partitions
SP=(python3 "$ROOT/scripts/sim-spark-pipe.py" --min-partitions 4)
"${SP[@]}" --api pyspark --env-path "$PATH" --check-code corpus.jsonl spark-py "cnmetrics ${OPTS[*]} -j 1" 2>/dev/null
CHECK="PySpark pipe(env=PATH, checkCode=True): output equals one run"; check cmp -s <(cat spark-py/part-*) one.jsonl
"${SP[@]}" --api scala corpus.jsonl spark-scala "cnmetrics ${OPTS[*]} -j 1" 2>/dev/null
CHECK="Scala pipe(Seq(...)): output equals one run"; check cmp -s <(cat spark-scala/part-*) one.jsonl
"${SP[@]}" --api pyspark --env-path /nonexistent corpus.jsonl spark-silent "$(command -v cnmetrics) ${OPTS[*]} -j 1" 2>/dev/null || true
CHECK="PySpark without a PATH that has node and without checkCode: silently empty (the fault env= and checkCode avoid)"
check bash -c 'test -e spark-silent/_SUCCESS && test -z "$(cat spark-silent/part-*)"'
CHECK="PySpark with checkCode=True: the same fault fails the job"
check bash -c "! ${SP[*]} --api pyspark --env-path /nonexistent --check-code corpus.jsonl spark-loud '$(command -v cnmetrics) ${OPTS[*]} -j 1' 2>/dev/null"

# Dask, for real when Debian's python3-dask is there
if /usr/bin/python3 -c 'import dask.bag' 2>/dev/null; then
  CHECK="Dask read_text(...).map_partitions: output equals one run"; check /usr/bin/python3 "$ROOT/scripts/recipe-dask.py" corpus.jsonl dask-out 10MiB
else
  echo "SKIP: dask not installed"
fi

echo "$pass passed, $fail failed (work files in $W)"
[ "$fail" -eq 0 ]
