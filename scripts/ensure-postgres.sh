#!/usr/bin/env bash
# Makes sure the PostgreSQL server binaries (initdb, pg_ctl) are installed for the test suite.
# Idempotent: does nothing when they are there. The tests start their own throwaway cluster
# (tests/pg.py) on a free port; the cluster Debian's package sets up is never used, and is kept from
# starting during the install.
set -euo pipefail

# The newest Debian server bindir's initdb, else initdb on PATH, else nothing.
find_initdb() {
    local newest
    newest="$(ls -d /usr/lib/postgresql/*/bin/initdb 2>/dev/null | sort -V | tail -n 1 || true)"
    if [ -n "$newest" ]; then echo "$newest"; else command -v initdb || true; fi
}

found="$(find_initdb)"
if [ -n "$found" ]; then
    echo "ensure-postgres: using $(dirname "$found")"
    exit 0
fi

if [ "$(id -u)" -ne 0 ]; then
    echo "ensure-postgres: PostgreSQL server binaries not found; run this script as root (or: apt-get install postgresql)" >&2
    exit 1
fi

echo "ensure-postgres: installing Debian's postgresql package"
export DEBIAN_FRONTEND=noninteractive
# Keep the package's own cluster from being started (it would only take memory and port 5432).
policy=/usr/sbin/policy-rc.d
made_policy=0
if [ ! -e "$policy" ]; then
    printf '#!/bin/sh\nexit 101\n' > "$policy"
    chmod 755 "$policy"
    made_policy=1
fi
cleanup() { if [ "$made_policy" = 1 ]; then rm -f "$policy"; fi; }
trap cleanup EXIT

apt-get update -qq
apt-get install -y -qq --no-install-recommends postgresql >/dev/null

found="$(find_initdb)"
if [ -z "$found" ]; then
    echo "ensure-postgres: postgresql installed, but no initdb found under /usr/lib/postgresql/*/bin" >&2
    exit 1
fi
id postgres >/dev/null  # the unprivileged user the tests run the server as when they run as root
echo "ensure-postgres: installed $(dirname "$found")"
