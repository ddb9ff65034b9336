#!/usr/bin/env python3
"""Sum the counters of every TRX file in a folder and print one line: N passed, N failed[, N skipped].

Why: `dotnet test` prints one summary per test project and no grand total, and CI reads a single
"N passed, N failed" line. Skipped is total - executed, because xunit reports its skips as not executed
without counting them in `notExecuted` (see shared/notes/STACK.md).

Exit codes: 0 when at least one test ran and none failed; 1 when a test failed or no test ran;
2 when a TRX file cannot be read.
"""
import pathlib
import sys
import xml.etree.ElementTree as ElementTree

TRX_NAMESPACE = "{http://microsoft.com/schemas/VisualStudio/TeamTest/2010}"
# Outcomes that mean "the test did not pass" in the TRX schema, not only "failed".
FAILURE_COUNTERS = ("failed", "error", "timeout", "aborted")


def read_counters(path: pathlib.Path) -> dict[str, int]:
    root = ElementTree.parse(path).getroot()
    counters = root.find(f"{TRX_NAMESPACE}ResultSummary/{TRX_NAMESPACE}Counters")
    if counters is None:
        raise ValueError(f"{path}: no ResultSummary/Counters element")
    return {name: int(value) for name, value in counters.attrib.items() if value.isdigit()}


def main() -> int:
    folder = pathlib.Path(sys.argv[1] if len(sys.argv) > 1 else "TestResults")
    files = sorted(folder.glob("**/*.trx"))
    total = executed = passed = failed = 0
    for path in files:
        try:
            counters = read_counters(path)
        except (ElementTree.ParseError, ValueError, OSError) as error:
            print(f"sum-trx: cannot read {path}: {error}", file=sys.stderr)
            return 2
        total += counters.get("total", 0)
        executed += counters.get("executed", 0)
        passed += counters.get("passed", 0)
        failed += sum(counters.get(name, 0) for name in FAILURE_COUNTERS)

    skipped = max(total - executed, 0)
    if not files:
        print(f"sum-trx: no TRX files under {folder}", file=sys.stderr)
    line = f"{passed} passed, {failed} failed"
    if skipped:
        line += f", {skipped} skipped"
    print(line)
    return 0 if failed == 0 and executed > 0 else 1


if __name__ == "__main__":
    sys.exit(main())
