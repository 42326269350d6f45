#!/usr/bin/env python3
"""CPU of one profiled process by component, from a `perf record -g` file the exports benchmark writes
(BENCH_TRACE_DIR=dir bash deploy/bench/exports.sh). Usage: python3 deploy/bench/cpu-by-component.py <file.perf> [...]

Each sample goes to the first component found walking its stack from the leaf up, so the JSON parsing PuppeteerSharp
does counts as the CDP transport and the socket writes Npgsql does count as EF Core + Npgsql. Samples with no such
frame are split by the shared object they ran in (kernel, the runtime's GC and type system, the JIT)."""
import collections
import re
import subprocess
import sys

COMPONENTS = [
    ("CDP transport + JSON (PuppeteerSharp)", r"\[PuppeteerSharp\]"),
    ("page fitting (ChromiumPageFitter)", r"ChromiumPageFitter"),
    ("PDF inspection + metadata (PdfDocumentInfo)", r"PdfDocumentInfo"),
    ("template HTML (ResumeExport.Templates)", r"\[ResumeExport\.Templates\]"),
    ("hashing", r"FileHashes|SHA256"),
    ("storage", r"\[ResumeExport\.Adapters\.Storage\]"),
    ("outbox relay", r"Outbox"),
    ("EF Core + Npgsql", r"\[(Microsoft\.EntityFrameworkCore[^\]]*|Npgsql[^\]]*)\]"),
    ("MassTransit + RabbitMQ client", r"\[(MassTransit[^\]]*|RabbitMQ[^\]]*)\]"),
    ("telemetry (OpenTelemetry, Activity, metrics)", r"OpenTelemetry|System\.Diagnostics\.(Activity|Metrics)|DiagnosticSource"),
    ("logging", r"Microsoft\.Extensions\.Logging|ConsoleLogger"),
    ("validation (FluentValidation)", r"\[FluentValidation\]|Validator::"),
    ("ASP.NET Core + Kestrel", r"\[Microsoft\.AspNetCore[^\]]*\]"),
    ("JWT / auth", r"IdentityModel|JsonWebToken"),
    ("Mediator pipeline", r"\[Mediator|Behaviour"),
    ("our code (Application, Domain, Api)", r"\[ResumeExport\."),
    ("Polly", r"\[Polly"),
    ("System.Text.Json (other callers)", r"System\.Text\.Json"),
]
COMPILED = [(name, re.compile(pattern)) for name, pattern in COMPONENTS]


def by_object(frames):
    leaf = frames[0] if frames else ""
    if "kernel" in leaf:
        return "kernel (syscalls and scheduling no .NET frame owns)"
    if "libclrjit" in leaf:
        return "runtime: JIT"
    if "libcoreclr" in leaf:
        return "runtime: GC and type system"
    if "System.Private.CoreLib" in leaf:
        return "CoreLib (thread pool, async machinery)"
    return "other"


def classify(frames):
    for frame in frames:
        for name, pattern in COMPILED:
            if pattern.search(frame):
                return name
    return by_object(frames)


def main(path):
    script = subprocess.run(["perf", "script", "-i", path, "-F", "comm,tid,ip,sym,dso"],
                            capture_output=True, text=True, errors="replace", check=True).stdout
    counts = collections.Counter()
    for sample in script.split("\n\n"):
        lines = [line.strip() for line in sample.strip().splitlines()]
        if len(lines) > 1:
            counts[classify(lines[1:])] += 1
    total = sum(counts.values()) or 1
    print(f"{path}: {total} samples")
    for name, count in counts.most_common():
        print(f"  {100 * count / total:5.1f} %  {name}")


if __name__ == "__main__":
    for argument in sys.argv[1:]:
        main(argument)
