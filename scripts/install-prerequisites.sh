#!/usr/bin/env bash
# Installs what the test suite needs beyond the .NET SDK: Debian's Chromium for the end-to-end browser tests
# (Playwright drives it through /usr/bin/chromium; `playwright install` is neither possible nor needed here)
# python3 for summing the TRX result files; redis-server, nginx and wrk for the scale-out tests
# (tests/MovieRecommender.ScaleOut.Tests, scripts/scale-test.sh), which start them on free loopback ports; and
# Debian's PostgreSQL server binaries for the accounts integration tests that run against PostgreSQL (each test run
# starts its own throwaway cluster on a free loopback port; the package's default cluster is not used).
# Also Debian's python3-prometheus-client, whose parser the metrics tests run over GET /metrics (the official
# Prometheus client's, so the scrape is checked by a real reader).
# Safe to run again: it only installs what is missing. Installs only as root; otherwise it says what to run.
set -euo pipefail

CHROMIUM_PATH="${CHROMIUM_PATH:-/usr/bin/chromium}"
missing_packages=()

if ! command -v dotnet >/dev/null 2>&1; then
  echo "error: the .NET 10 SDK is required (dotnet not found on PATH); see https://dotnet.microsoft.com/download" >&2
  exit 1
fi

if [[ ! -x "$CHROMIUM_PATH" ]]; then
  missing_packages+=(chromium fonts-liberation)
fi
if ! command -v python3 >/dev/null 2>&1; then
  missing_packages+=(python3)
fi
if ! /usr/bin/python3 -c 'import prometheus_client.parser' >/dev/null 2>&1; then
  missing_packages+=(python3-prometheus-client)
fi
if ! compgen -G "/usr/lib/postgresql/*/bin/initdb" >/dev/null; then
  missing_packages+=(postgresql)
fi
# Debian starts a service on install only where policy allows; the tests never use a system-wide instance.
if ! command -v redis-server >/dev/null 2>&1; then
  missing_packages+=(redis-server)
fi
if ! command -v nginx >/dev/null 2>&1 && [[ ! -x /usr/sbin/nginx ]]; then
  missing_packages+=(nginx)
fi
if ! command -v wrk >/dev/null 2>&1; then
  missing_packages+=(wrk)
fi

if [[ ${#missing_packages[@]} -eq 0 ]]; then
  exit 0
fi

if [[ "$(id -u)" -ne 0 ]]; then
  echo "error: missing ${missing_packages[*]}; install with: sudo apt-get update && sudo apt-get install -y ${missing_packages[*]}" >&2
  echo "       (or set CHROMIUM_PATH to an existing Chromium/Chrome binary; without postgresql the PostgreSQL tests are skipped)" >&2
  exit 1
fi

echo "Installing ${missing_packages[*]} with apt-get..."
export DEBIAN_FRONTEND=noninteractive
apt-get update -qq
apt-get install -y -qq "${missing_packages[@]}" >/dev/null
if [[ ! -x "$CHROMIUM_PATH" ]]; then
  echo "error: apt-get installed chromium but $CHROMIUM_PATH does not exist" >&2
  exit 1
fi
echo "Installed: $("$CHROMIUM_PATH" --version 2>/dev/null || echo chromium)"
