#!/usr/bin/env python3
"""Redact the shards of a dataset on a Dask cluster with `datasan redact`, then merge their reports.

Each shard is one task: a worker has its long-lived `datasan redact --batch` process run `redact SHARD -o
OUT/SHARD --pseudonym-key-file KEY --report OUT/reports/SHARD.json` (one process per worker thread, so that
start-up and warm-up are paid once per worker, not once per shard). Keyed pseudonyms make every worker write the same tag for the same value, so the
redacted shards, concatenated, are byte for byte the redaction of the whole dataset; `datasan report merge`
then turns the shard reports into the report of the whole. Shards and outputs must be on storage every
worker sees (a shared file system or a mounted bucket), and `datasan` on every worker's PATH (or --datasan).

  # a local cluster of 2 worker processes (what CI runs)
  python3 examples/dask/redact_shards.py --workers 2 --key datasan.key --out redacted/ data/shard-*.jsonl
  # an existing cluster
  python3 examples/dask/redact_shards.py --scheduler tcp://scheduler:8786 --key /shared/datasan.key \\
      --out /shared/redacted/ /shared/data/shard-*.jsonl

Shards are merged in the order given (name them so that they sort: shard-00, shard-01, ...). A task that
fails is retried by Dask; datasan's outputs are written atomically, so a retry never leaves half a shard.
Needs Dask's `distributed` (Debian: apt-get install python3-distributed; elsewhere: pip install distributed).
"""
import argparse
import json
import os
import shlex
import shutil
import socket
import subprocess
import sys
import tempfile
import threading
import time

from distributed import Client, LocalCluster, get_worker


def _batch_command(datasan, node_flags):
    """The command that starts `datasan redact --batch`. When datasan is a Node.js script (as npm installs it), node is
    started with node_flags: by default --single-threaded, which keeps V8's garbage collector and compiler off
    helper threads. With one task per core those threads have no idle core to run on; they only compete with the
    other workers, and one process then takes about a tenth less CPU for the same shard."""
    path = shutil.which(datasan) or datasan
    script = os.path.realpath(path)
    node = shutil.which("node")
    try:
        with open(script, "rb") as f:
            first = f.readline(200)
    except OSError:
        first = b""
    if node_flags and node and first.startswith(b"#!") and b"node" in first:
        return [node, *node_flags, script, "redact", "--batch"]
    return [path, "redact", "--batch"]


def _batch_process(datasan, node_flags):
    """This worker thread's long-lived `datasan redact --batch` process, started on first use. One process redacts
    every shard the thread is given, so that node's start-up and the engine's JIT warm-up (more than a second
    each) are paid once per worker, not once per shard. It ends with the worker: its standard input closes."""
    # Kept on the worker object: this module's globals travel by value with each task.
    processes = get_worker().__dict__.setdefault("_datasan_batch", {})
    slot = (threading.get_ident(), datasan, tuple(node_flags))
    proc = processes.get(slot)
    if proc is None or proc.poll() is not None:
        err = tempfile.TemporaryFile(mode="w+")  # read back only when a shard fails; a pipe could fill up
        proc = subprocess.Popen(_batch_command(datasan, node_flags), stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=err, text=True, bufsize=1)
        proc.err, proc.answered = err, 0
        processes[slot] = proc
    return proc


def _cpu_seconds(pid):
    """User + sys CPU seconds of a running process, from /proc (Linux); None elsewhere."""
    try:
        with open(f"/proc/{pid}/stat") as f:
            fields = f.read().rsplit(")", 1)[1].split()
        return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")
    except (OSError, IndexError, ValueError):
        return None


def redact_shard(datasan, shard, out_dir, key, redact_args, node_flags=("--single-threaded",)):
    """Runs on a worker: redacts one shard; returns its output and JSON report paths, the worker's pid, and the
    CPU seconds (user + sys) the datasan process took for it (exact with one thread per worker, as a LocalCluster here)."""
    name = os.path.basename(shard)
    output = os.path.join(out_dir, name)
    report = os.path.join(out_dir, "reports", name + ".json")
    # --jobs 1: Dask already runs one task per worker thread; more threads per task would oversubscribe.
    args = [shard, "-o", output, "--pseudonym-key-file", key, "--report", report, "--jobs", "1", *redact_args]
    proc = _batch_process(datasan, node_flags)
    before = (_cpu_seconds(proc.pid) or 0.0) if proc.answered else 0.0  # a new process's start-up counts for its first shard
    proc.stdin.write(json.dumps(args) + "\n")
    proc.stdin.flush()
    line = proc.stdout.readline()
    cpu = (_cpu_seconds(proc.pid) or 0.0) - before
    proc.answered += 1
    answer = json.loads(line) if line else None
    if not answer or answer["status"] != 0:
        proc.err.seek(0)
        said = proc.err.read()[-2000:].strip()
        if not answer:
            proc.kill()  # the next task starts a new one
        what = f"ended with status {answer['status']}" if answer else "stopped before it answered"
        # datasan's messages never hold a detected value, so they can travel to the client.
        raise RuntimeError(f"datasan redact {shard} {what}: {said}")
    return output, report, f"{socket.gethostname()}:{os.getpid()}", cpu


def main(argv=None):
    p = argparse.ArgumentParser(description="Redact a sharded dataset with datasan on a Dask cluster.")
    p.add_argument("shards", nargs="+", help="the shards, in the order of the dataset")
    p.add_argument("--out", required=True, help="folder for the redacted shards (same names) and reports/")
    p.add_argument("--key", required=True, help="pseudonym key file shared by every worker (openssl rand -hex 32)")
    where = p.add_mutually_exclusive_group()
    where.add_argument("--scheduler", help="address of a running Dask scheduler, e.g. tcp://scheduler:8786")
    where.add_argument("--workers", type=int, default=2, help="without --scheduler: worker processes of a LocalCluster (default 2)")
    p.add_argument("--datasan", default="datasan", help="the datasan executable on the workers (default: datasan on PATH)")
    p.add_argument("--node-flags", default="--single-threaded", help='flags for node when datasan is a Node.js script (default: --single-threaded, see _batch_command; "" for none)')
    p.add_argument("--redact-arg", action="append", default=[], help="one more argument for datasan redact (repeat it), e.g. --redact-arg=--no-names")
    p.add_argument("--report", action="append", default=[], help="merged report file: .html, .md or .json (repeat it; default OUT/report.html and OUT/report.json)")
    a = p.parse_args(argv)

    out_dir = os.path.abspath(a.out)
    os.makedirs(os.path.join(out_dir, "reports"), exist_ok=True)
    shards = [os.path.abspath(s) for s in a.shards]
    if len({os.path.basename(s) for s in shards}) != len(shards):
        p.error("two shards have the same file name; their outputs would overwrite each other")
    key = os.path.abspath(a.key)
    datasan = a.datasan if os.sep not in a.datasan else os.path.abspath(a.datasan)

    if a.scheduler:
        client, cluster = Client(a.scheduler), None
    else:
        # One thread per worker process: each task is a datasan process that keeps one core busy.
        cluster = LocalCluster(n_workers=a.workers, threads_per_worker=1, processes=True, dashboard_address=None)
        client = Client(cluster)
    try:
        started = time.monotonic()
        futures = client.map(redact_shard, [datasan] * len(shards), shards, [out_dir] * len(shards), [key] * len(shards), [a.redact_arg] * len(shards), [shlex.split(a.node_flags)] * len(shards), pure=False, retries=1)
        results = client.gather(futures)
        redacted = time.monotonic() - started
    finally:
        client.close()
        if cluster is not None:
            cluster.close()

    reports = a.report or [os.path.join(out_dir, "report.html"), os.path.join(out_dir, "report.json")]
    merge = [datasan, "report", "merge", *[r for _, r, _, _ in results]]
    for r in reports:
        ext = os.path.splitext(r)[1].lower()
        flag = {".html": "--html", ".htm": "--html", ".md": "--md", ".json": "--json"}.get(ext)
        if not flag:
            p.error(f"--report {r}: name a .html, .md or .json file")
        merge += [flag, r]
    subprocess.run(merge, check=True)
    processes = len({worker for _, _, worker, _ in results})
    where = a.scheduler or f"a local cluster of {a.workers}"
    cpu = sum(c for _, _, _, c in results)
    print(f"redacted {len(shards)} shards in {redacted:.2f} s on {processes} worker processes ({where}), datasan CPU {cpu:.2f} s (user+sys, {cpu / len(shards):.2f} s a shard) -> {out_dir}; report: {', '.join(reports)}", file=sys.stderr)


if __name__ == "__main__":
    main()
