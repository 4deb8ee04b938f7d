#!/usr/bin/env python3
"""Runs a command as Spark's RDD.pipe does (Spark cannot run here), to check the README recipes.

    python3 scripts/sim-spark-pipe.py --api pyspark|scala INPUT OUTDIR 'CMD ARGS...'
        [--min-partitions N] [--env-path PATH] [--check-code]

What it does as Spark 3.x does:
- sc.textFile(INPUT, minPartitions): Hadoop's old-API FileInputFormat splits (goal size = file
  size / minPartitions, capped at the 128 MiB block size; the last split up to 10% larger) read by
  LineRecordReader: each line, without its line end, in exactly one partition (the one in which it
  starts), decoded as UTF-8.
- PySpark RDD.pipe(command, env=None, checkCode=False) (pyspark/rdd.py): Popen(shlex.split(command),
  env=env or {}) -- an EMPTY environment unless env is given, so PATH falls back to Python's
  default (/bin:/usr/bin) and `#!/usr/bin/env node` finds no node unless it is there; each element
  written as str(elem).rstrip('\\n') + '\\n'; the output lines are the partition's elements; the
  exit code is ignored unless checkCode=True, so a command that fails gives an empty partition.
- Scala RDD.pipe(command: Seq[String]) (PipedRDD): the executor's environment (plus the env map
  given); each element printed with a '\\n'; a non-zero exit fails the task
  ("Subprocess exited with status N").
- saveAsTextFile(OUTDIR): one part-NNNNN file per partition, each element + '\\n', and _SUCCESS.
Exit status 0 when the job succeeded, 1 when a task failed (after spark.task.maxFailures = 4).
"""
import argparse
import os
import shlex
import shutil
import subprocess
import sys
import threading

BLOCK = 128 * 1024 * 1024
SPLIT_SLOP = 1.1


def splits(size, min_partitions):
    goal = size // max(min_partitions, 1)
    split_size = max(1, min(goal, BLOCK))
    out, start = [], 0
    while size - start > 0:
        left = size - start
        length = split_size if left / split_size > SPLIT_SLOP else left
        out.append((start, start + length))
        start += length
    return out


def split_lines(f, start, end):
    """LineRecordReader: skip the first (partial) line unless at 0; read lines starting at <= end."""
    f.seek(start)
    pos = start
    if start != 0:
        skipped = f.readline()
        if not skipped:
            return []
        pos += len(skipped)
    lines = []
    while pos <= end:
        line = f.readline()
        if not line:
            break
        pos += len(line)
        lines.append(line.rstrip(b'\n').rstrip(b'\r').decode('utf-8', 'replace'))
    return lines


def pyspark_pipe(elements, command, env, check_code):
    """pyspark.rdd.RDD.pipe, as written there."""
    if env is None:
        env = dict()
    pipe = subprocess.Popen(shlex.split(command), env=env, stdin=subprocess.PIPE, stdout=subprocess.PIPE)

    def pipe_objs(out):
        for obj in elements:
            s = str(obj).rstrip('\n') + '\n'
            out.write(s.encode('utf-8'))
        out.close()
    threading.Thread(target=pipe_objs, args=[pipe.stdin]).start()
    out = [x.rstrip(b'\n').decode('utf-8') for x in iter(pipe.stdout.readline, b'')]
    pipe.wait()
    if check_code and pipe.returncode:
        raise RuntimeError('Pipe function `%s\' exited with error code %d' % (command, pipe.returncode))
    return out


def scala_pipe(elements, command, env):
    """org.apache.spark.rdd.PipedRDD: inherits the environment, fails the task on a non-zero exit."""
    full_env = dict(os.environ)
    full_env.update(env or {})
    proc = subprocess.Popen(command, env=full_env, stdin=subprocess.PIPE, stdout=subprocess.PIPE)

    def feed():
        for e in elements:
            proc.stdin.write((e + '\n').encode('utf-8'))
        proc.stdin.close()
    threading.Thread(target=feed).start()
    out = [x.decode('utf-8').rstrip('\n').rstrip('\r') for x in proc.stdout]
    status = proc.wait()
    if status != 0:
        raise RuntimeError('Subprocess exited with status %d. Command ran: %s' % (status, ' '.join(command)))
    return out


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument('--api', choices=['pyspark', 'scala'], required=True)
    ap.add_argument('input')
    ap.add_argument('outdir')
    ap.add_argument('command')
    ap.add_argument('--min-partitions', type=int, default=2)
    ap.add_argument('--env-path', help='pyspark: pipe(..., env={"PATH": ENV_PATH}); scala: added to the environment')
    ap.add_argument('--check-code', action='store_true', help='pyspark: pipe(..., checkCode=True)')
    a = ap.parse_args()

    env = {'PATH': a.env_path} if a.env_path else None
    size = os.path.getsize(a.input)
    parts = splits(size, a.min_partitions)
    shutil.rmtree(a.outdir, ignore_errors=True)
    os.makedirs(a.outdir)
    with open(a.input, 'rb') as f:
        for k, (start, end) in enumerate(parts):
            elements = split_lines(f, start, end)
            for attempt in range(1, 5):
                try:
                    if a.api == 'pyspark':
                        out = pyspark_pipe(elements, a.command, env, a.check_code)
                    else:
                        out = scala_pipe(elements, a.command.split(), env)
                    break
                except (RuntimeError, OSError) as e:
                    print('task %d attempt %d failed: %s' % (k, attempt, e), file=sys.stderr)
            else:
                shutil.rmtree(a.outdir, ignore_errors=True)
                print('job aborted: task %d failed 4 times' % k, file=sys.stderr)
                sys.exit(1)
            with open(os.path.join(a.outdir, 'part-%05d' % k), 'w', encoding='utf-8') as o:
                for line in out:
                    o.write(line + '\n')
            print('partition %d: bytes %d-%d, %d lines in, %d lines out' % (k, start, end, len(elements), len(out)), file=sys.stderr)
    open(os.path.join(a.outdir, '_SUCCESS'), 'w').close()
    print('job succeeded: %d partitions' % len(parts), file=sys.stderr)


if __name__ == '__main__':
    main()
