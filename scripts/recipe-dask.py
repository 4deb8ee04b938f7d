#!/usr/bin/env python3
"""The README's Dask recipe, run for real (Debian: apt-get install python3-dask), and its check.

    python3 scripts/recipe-dask.py CORPUS.jsonl OUTDIR [BLOCKSIZE]

Reads CORPUS with dask.bag.read_text in blocks, pipes each partition through one cnmetrics
process (cnmetrics on PATH), writes OUTDIR/*.jsonl, and checks that the parts, concatenated,
equal one cnmetrics run on the whole corpus. Exit status 0 when they do.
"""
import subprocess
import sys

import dask.bag as db

CMD = ["cnmetrics", "--input-format", "jsonl", "-f", "jsonl", "-j", "1",
       "--keep", "date,url", "--on-error", "record"]


def cnmetrics(lines):
    # read_text keeps each line's '\n': the partition's lines are its JSONL text as it was
    out = subprocess.run(CMD, input="".join(lines), capture_output=True, text=True, check=True)
    # split on '\n' only: str.splitlines() also cuts at U+2028, U+0085 …, which JSON leaves raw in strings
    return out.stdout.split("\n")[:-1]


def main():
    corpus, outdir = sys.argv[1], sys.argv[2]
    blocksize = sys.argv[3] if len(sys.argv) > 3 else "32MiB"
    bag = db.read_text(corpus, blocksize=blocksize).map_partitions(cnmetrics)
    files = bag.to_textfiles(outdir + "/*.jsonl")
    print("dask: %d partitions of %s written to %s" % (len(files), blocksize, outdir), file=sys.stderr)
    # the check: the parts in order equal one run. to_textfiles joins a partition's elements with
    # '\n' and ends its file without one, so files are compared line by line, not concatenated.
    files.sort(key=lambda f: int(f.rsplit("/", 1)[1].split(".")[0]))
    split = [l for f in files for l in open(f, encoding="utf-8", newline="").read().split("\n") if l]
    with open(corpus, "rb") as f:
        one = subprocess.run(CMD, stdin=f, capture_output=True, check=True).stdout.decode("utf-8").split("\n")[:-1]
    same = split == one
    print("dask: %d lines; equal to one run: %s" % (len(split), same), file=sys.stderr)
    sys.exit(0 if same else 1)


if __name__ == "__main__":
    main()
