"""Parses Prometheus text exposition from stdin with the official client's parser; prints the samples as JSON.

Exit code 1 (with the parser's message on stderr) when the text is not valid exposition format.
"""
import json
import sys

from prometheus_client.parser import text_string_to_metric_families

samples = []
try:
    for family in text_string_to_metric_families(sys.stdin.read()):
        for sample in family.samples:
            samples.append({"family": family.name, "type": family.type, "name": sample.name,
                            "labels": sample.labels, "value": sample.value})
except Exception as error:  # the parser raises ValueError and friends on malformed input
    print(f"invalid exposition format: {error}", file=sys.stderr)
    sys.exit(1)
json.dump(samples, sys.stdout)
