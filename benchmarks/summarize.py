#!/usr/bin/env python3
"""Turns a JMH JSON result file (java -jar benchmarks.jar ... -rf json -rff FILE) into the
Markdown tables of BENCHMARKS.md.

Each score is the median of the measurement iterations, which on a shared machine resists a
single disturbed iteration better than JMH's mean; min and max show the spread. "Net" subtracts
the harness-only baseline of the same request (the Jakarta REST stubs for credcors and RESTEasy,
Spring's servlet mocks for Spring), leaving the cost of the CORS work itself.

    python3 benchmarks/summarize.py results.json
"""
import json
import statistics
import sys

CASES = ["ALLOWED", "DISALLOWED", "NO_ORIGIN", "PREFLIGHT", "HOSTILE_8K"]
LISTS = ["2", "100", "1000", "pattern"]


def load(path):
    scores = {}
    for result in json.load(open(path)):
        name = result["benchmark"].rsplit(".", 2)
        key = (name[-2] + "." + name[-1], tuple(sorted(result.get("params", {}).items())))
        raw = [x for fork in result["primaryMetric"]["rawData"] for x in fork]
        scores[key] = (statistics.median(raw), min(raw), max(raw),
                       result["primaryMetric"]["scoreUnit"])
    return scores


def get(scores, bench, **params):
    return scores.get((bench, tuple(sorted(params.items()))))


def fmt(value):
    if value is None:
        return "n/a"
    return f"{value:,.0f}" if value >= 100 else f"{value:.1f}"


def decision(scores):
    if not any(k[0].endswith("Decision.decide") for k in scores):
        return
    print("### Per-request decision (ns/op, median of iterations; net = minus harness baseline)")
    print()
    print("| allowlist | request | credcors | net | Spring | net | RESTEasy | net "
          "| credcors net / fastest other net |")
    print("| --- | --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: |")
    for allowlist in LISTS:
        for case in CASES:
            c = get(scores, "CredcorsDecision.decide", allowlist=allowlist, request=case)
            s = get(scores, "SpringDecision.decide", allowlist=allowlist, request=case)
            r = get(scores, "ResteasyDecision.decide", allowlist=allowlist, request=case)
            if not (c or s or r):
                continue
            jb = get(scores, "BaselineDecision.jaxrsStubs", request=case)
            sb = get(scores, "BaselineDecision.servletMocks", request=case)
            net = lambda x, b: None if x is None or b is None else max(x[0] - b[0], 0.0)
            cn, sn, rn = net(c, jb), net(s, sb), net(r, jb)
            others = [x for x in (sn, rn) if x is not None]
            ratio = (f"{cn / min(others):.2f}" if cn is not None and others and min(others) > 0
                     else "n/a")
            print(f"| {allowlist} | {case} | {fmt(c and c[0])} | {fmt(cn)} | {fmt(s and s[0])} "
                  f"| {fmt(sn)} | {fmt(r and r[0])} | {fmt(rn)} | {ratio} |")
    print()
    print("Harness baselines (ns/op): "
          + "; ".join(f"{case} stubs {fmt(get(scores, 'BaselineDecision.jaxrsStubs', request=case)[0])}"
                      f", mocks {fmt(get(scores, 'BaselineDecision.servletMocks', request=case)[0])}"
                      for case in CASES
                      if get(scores, "BaselineDecision.jaxrsStubs", request=case)
                      and get(scores, "BaselineDecision.servletMocks", request=case)))
    print()


def pipeline(scores):
    for bench in ("JerseyPipeline.handle", "ResteasyPipeline.handle"):
        rows = [(dict(k[1]), v) for k, v in scores.items() if k[0] == bench]
        if not rows:
            continue
        unit = rows[0][1][3]
        print(f"### {bench.split('.')[0]} ({unit}, median of iterations [min-max])")
        print()
        print("| mode | endpoint | request | time | vs NONE, same request "
              "| vs same mode's ALLOWED, same endpoint |")
        print("| --- | --- | --- | ---: | ---: | ---: |")
        endpoints = sorted({p.get("endpoint") for p, _ in rows}, key=lambda e: (e != "NOOP", e))
        for mode in ("NONE", "EMPTY_FILTERS", "HEADERS_ONLY", "CREDCORS", "RESTEASY_FILTER"):
            for endpoint in endpoints:
                at = {} if endpoint is None else {"endpoint": endpoint}
                for case in CASES:
                    v = get(scores, bench, mode=mode, request=case, **at)
                    if not v:
                        continue
                    base = get(scores, bench, mode="NONE", request=case, **at)
                    get_ = get(scores, bench, mode=mode, request="ALLOWED", **at)
                    vs_none = f"{v[0] / base[0]:.3f}" if base else "n/a"
                    vs_get = f"{v[0] / get_[0]:.3f}" if get_ and case != "ALLOWED" else ""
                    print(f"| {mode} | {endpoint or ''} | {case} "
                          f"| {v[0]:.2f} [{v[1]:.2f}-{v[2]:.2f}] | {vs_none} | {vs_get} |")
        print()

if __name__ == "__main__":
    data = load(sys.argv[1])
    decision(data)
    pipeline(data)
