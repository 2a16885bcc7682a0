#!/usr/bin/env bash
# Makes sure Debian's headless-capable Chromium is installed for the report tests
# (tests/audit/test_report.py drives it through Playwright with executable_path=/usr/bin/chromium).
# Idempotent: does nothing when /usr/bin/chromium is there. Playwright's own browser download is
# never used: it needs the internet, and the Debian package is patched and updated with the system.
set -euo pipefail

CHROMIUM="${PHIGATE_TEST_CHROMIUM:-/usr/bin/chromium}"

if [ -x "$CHROMIUM" ]; then
    echo "ensure-chromium: using $CHROMIUM ($("$CHROMIUM" --version 2>/dev/null || echo 'version unknown'))"
    exit 0
fi

if [ "$(id -u)" -ne 0 ]; then
    echo "ensure-chromium: $CHROMIUM not found; run this script as root (or: apt-get install chromium)" >&2
    exit 1
fi

echo "ensure-chromium: installing Debian's chromium package"
export DEBIAN_FRONTEND=noninteractive
apt-get update -qq
# fonts-liberation gives the page metric-compatible Arial/Times/Courier, so screenshots are stable.
apt-get install -y -qq --no-install-recommends chromium fonts-liberation >/dev/null

if [ ! -x "$CHROMIUM" ]; then
    echo "ensure-chromium: chromium installed, but $CHROMIUM is missing" >&2
    exit 1
fi
echo "ensure-chromium: installed $("$CHROMIUM" --version 2>/dev/null || echo "$CHROMIUM")"
