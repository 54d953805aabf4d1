#!/usr/bin/env python3
"""Run `slant run --shard I/N` on Dask workers, then `slant merge` the shard databases.

Each shard is one task: a worker process runs the slant executable on its slice of the corpus into
its own SQLite file (no two processes write one file over a network file system), and the driver
merges them into exactly the database a single `slant run` would have made.

  scripts/slant_dask_shards.py --slant build/bin/slant --shards 8 --out results/ \
      [--scheduler tcp://host:8786 | --local-workers 2] -- CORPUS... [run options]

Without --scheduler it starts a LocalCluster of --local-workers processes on 127.0.0.1.
Prints one JSON line: the shard databases, the merged database, and which worker ran each shard.
"""
import argparse
import json
import os
import subprocess
import sys


def run_shard(slant, index, count, out_dir, run_args):
    """One task: slant run on slice index/count. Runs in a Dask worker process."""
    import socket

    db = os.path.join(out_dir, f"shard-{index}-of-{count}.sqlite")
    cmd = [slant, "run", *run_args, "--db", db, "--shard", f"{index}/{count}", "--quiet"]
    proc = subprocess.run(cmd, capture_output=True, text=True)
    return {"shard": index, "db": db, "exit": proc.returncode, "stderr": proc.stderr[-2000:],
            "worker_pid": os.getpid(), "host": socket.gethostname()}


def main():
    p = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("--slant", required=True, help="the slant executable (same path on every worker)")
    p.add_argument("--shards", type=int, required=True)
    p.add_argument("--out", required=True, help="folder for the shard databases and merged.sqlite")
    p.add_argument("--scheduler", help="address of a running Dask scheduler")
    p.add_argument("--local-workers", type=int, default=2, help="worker processes of the LocalCluster")
    p.add_argument("run_args", nargs=argparse.REMAINDER, help="-- CORPUS... and other `slant run` options")
    a = p.parse_args()
    run_args = a.run_args[1:] if a.run_args[:1] == ["--"] else a.run_args
    if not run_args:
        p.error("give the corpus after --")
    os.makedirs(a.out, exist_ok=True)

    from dask.distributed import Client, LocalCluster

    cluster = None
    if a.scheduler:
        client = Client(a.scheduler)
    else:
        cluster = LocalCluster(n_workers=a.local_workers, threads_per_worker=1, processes=True,
                               host="127.0.0.1", dashboard_address=None)
        client = Client(cluster)
    try:
        futures = [client.submit(run_shard, a.slant, i, a.shards, os.path.abspath(a.out), run_args,
                                 pure=False, key=f"slant-shard-{i}-of-{a.shards}")
                   for i in range(1, a.shards + 1)]
        results = client.gather(futures)
    finally:
        client.close()
        if cluster is not None:
            cluster.close()
    failed = [r for r in results if r["exit"] != 0]
    for r in failed:
        sys.stderr.write(f"shard {r['shard']} failed ({r['exit']}): {r['stderr']}\n")
    merged = os.path.join(a.out, "merged.sqlite")
    merge = subprocess.run([a.slant, "merge", "--db", merged, "--quiet", *[r["db"] for r in results]],
                           capture_output=True, text=True)
    if merge.returncode != 0:
        sys.stderr.write(merge.stderr)
    print(json.dumps({"merged": merged, "shards": results}))
    return 1 if failed or merge.returncode != 0 else 0


if __name__ == "__main__":
    sys.exit(main())
