#!/usr/bin/env python3
"""The report of bench/compare.sh: per workload, each tool's fastest configuration and the ratios within rounds.

    python3 report.py ROUND|FAMILY|FILE ...

FILE is one configuration's JSON in the shape of `mlp-sandbox bench --json`. Per workload and family (MLP Sandbox,
NumPy float64, ...), the configuration with the highest median speed over the rounds counts; each ratio is MLP
Sandbox's speed over that tool's in the same round (median over rounds, lowest and highest). Every configuration's
median is listed at the end.
"""
import json
import statistics
import sys

OURS = "MLP Sandbox"


def config_of(run):
    """A short name for a run's configuration, e.g. "NumPy 1.24.2, OpenBLAS Cooperlake, 1 thread"."""
    machine = run.get("machine", "")
    if run.get("tool") == "mlp-sandbox":
        return run.get("backendDescription", machine)
    if "config" in run:
        return machine.split(" with ")[0].split(" (")[0] + ", " + run["config"]
    return machine.split(",")[0]


def main(args):
    # speeds[workload][family][config][round] = samples/s; rows[...] = the whole result
    speeds, rows, machines = {}, {}, {}
    for arg in args:
        round_, family, path = arg.split("|", 2)
        run = json.load(open(path))
        config = config_of(run)
        machines.setdefault(family, run.get("machine", ""))
        for w in run["workloads"]:
            speeds.setdefault(w["name"], {}).setdefault(family, {}).setdefault(config, {})[round_] = w
    print("machine: " + machines.get(OURS, "?"))
    for family, machine in machines.items():
        if family != OURS:
            print("         %s: %s" % (family, machine))
    print()
    header = "%-11s %-16s %-64s %10s %9s %8s %12s" % (
        "workload", "tool", "fastest configuration", "samples/s", "ms/epoch", "ratio", "ratio range")
    print(header)
    print("-" * len(header))
    details = []
    for workload, families in speeds.items():
        if OURS not in families:
            continue
        best = {family: best_config(configs) for family, configs in families.items()}
        ours = families[OURS][best[OURS]]
        fastest_peer = None
        for family in [OURS] + sorted(f for f in families if f != OURS):
            config = best[family]
            theirs = families[family][config]
            ratios = [ours[r]["samplesPerSecond"] / theirs[r]["samplesPerSecond"] for r in theirs if r in ours]
            median = statistics.median(ratios) if ratios else float("nan")
            spread = "%.2f-%.2fx" % (min(ratios), max(ratios)) if len(ratios) > 1 else ""
            print("%-11s %-16s %-64s %10s %9.1f %7.2fx %12s" % (
                workload, family, config[:64], "{:,.0f}".format(med(theirs, "samplesPerSecond")),
                med(theirs, "msPerEpoch"), median, spread))
            if family != OURS and (fastest_peer is None or med(theirs, "samplesPerSecond") > fastest_peer[1]):
                fastest_peer = (family + ", " + config, med(theirs, "samplesPerSecond"), median, spread)
            for c, rounds in families[family].items():
                details.append("%-11s %-16s %-60s %9.1f ms/epoch" % (workload, family, c[:60],
                                                                    med(rounds, "msPerEpoch")))
        if fastest_peer:
            print("%-11s fastest peer: %s; ratio %.2fx (%s)" % (workload, fastest_peer[0], fastest_peer[2],
                                                                fastest_peer[3] or "one round"))
        print()
    rounds = max(len(r) for fam in speeds.values() for cfg in fam.values() for r in cfg.values())
    print("speeds: median of %d round(s); ratio = MLP Sandbox's speed (its fastest configuration) / that tool's"
          % rounds)
    print("within a round, median over the rounds, and the lowest and highest round (above 1: MLP Sandbox is faster).")
    print()
    print("every configuration (median):")
    for line in details:
        print("  " + line)


def best_config(configs):
    return max(configs, key=lambda c: med(configs[c], "samplesPerSecond"))


def med(rounds, key):
    return statistics.median(r[key] for r in rounds.values())


if __name__ == "__main__":
    main(sys.argv[1:])
