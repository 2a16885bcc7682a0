#!/usr/bin/env bash
# Installs llama-cpp-python into the given environment, built for any x86-64 CPU with AVX2.
#
# Why: pip builds llama.cpp from source with GGML_NATIVE=ON, i.e. for every instruction the build
# machine's CPU reports. Where the CPU reports AMX or AVX-512 but the sandbox or VM does not grant them
# (seen here: AMX tile state), the embedded model dies with SIGILL on its first token. And pip's
# wheel cache is keyed by the source archive, not by CMAKE_ARGS, so one native build is reused by
# every later install on the machine. This script builds with explicit, portable flags into a cache
# folder keyed by version and flags, and installs that wheel; the later `pip install -e .` finds
# llama-cpp-python satisfied and leaves it alone.
#
# Usage: scripts/ensure-llama.sh VENV_PYTHON
# Settings: LLAMA_CPP_VERSION, LLAMA_CMAKE_ARGS (e.g. "-DGGML_NATIVE=ON" on a machine you trust),
#           PHIGATE_WHEEL_CACHE (default ~/.cache/phigate/wheels).
set -euo pipefail

python="${1:?usage: ensure-llama.sh VENV_PYTHON}"
version="${LLAMA_CPP_VERSION:-0.3.36}"
flags="${LLAMA_CMAKE_ARGS:--DGGML_NATIVE=OFF -DGGML_AVX=ON -DGGML_AVX2=ON -DGGML_FMA=ON -DGGML_F16C=ON -DGGML_BMI2=ON}"
key="$(printf '%s|%s' "$version" "$flags" | sha256sum | cut -c1-16)"
dir="${PHIGATE_WHEEL_CACHE:-$HOME/.cache/phigate/wheels}/llama-cpp-python-$version-$key"

installed="$("$python" -c 'import importlib.metadata as m; print(m.version("llama-cpp-python"))' 2>/dev/null || true)"
stamp="$("$python" -c 'import sys; print(sys.prefix)')/.llama-build-key"
if [ "$installed" = "$version" ] && [ "$(cat "$stamp" 2>/dev/null || true)" = "$key" ]; then
    echo "ensure-llama: llama-cpp-python $version already built with: $flags"
    exit 0
fi

wheel="$(ls "$dir"/llama_cpp_python-"$version"-*.whl 2>/dev/null | head -n 1 || true)"
if [ -z "$wheel" ]; then
    echo "ensure-llama: building llama-cpp-python $version with: $flags (about 8 minutes on 2 cores)"
    mkdir -p "$dir.tmp"
    CMAKE_ARGS="$flags" "$python" -m pip wheel --no-deps --no-cache-dir --no-binary llama-cpp-python \
        --progress-bar on -w "$dir.tmp" "llama-cpp-python==$version"
    rm -rf "$dir" && mv "$dir.tmp" "$dir"
    wheel="$(ls "$dir"/llama_cpp_python-"$version"-*.whl | head -n 1)"
fi

echo "ensure-llama: installing $wheel"
"$python" -m pip install --no-deps --force-reinstall "$wheel"
echo "$key" >"$stamp"
