#!/usr/bin/env bash
# Installs what slant needs from Debian's packages (Debian 12), then configures and builds it.
#   scripts/setup.sh              install the build dependencies and build into build/
#   scripts/setup.sh --deps-only  install only
#   scripts/setup.sh --test-deps  also install what the test suite needs
# Run as root (or with sudo available). Safe to run again: apt skips what is there.
set -euo pipefail

here=$(cd "$(dirname "$0")/.." && pwd)
build_dir=${SLANT_BUILD_DIR:-$here/build}
deps_only=0
test_deps=0
for arg in "$@"; do
  case "$arg" in
    --deps-only) deps_only=1 ;;
    --test-deps) test_deps=1 ;;
    -h|--help) sed -n '2,6p' "$0"; exit 0 ;;
    *) echo "setup.sh: unknown option '$arg' (see --help)" >&2; exit 2 ;;
  esac
done

# Build dependencies: compiler and build tools, Boost (DLL is header-only), pugixml, JSON, CLI,
# SQLite, gumbo (HTML), ICU (encodings), simdjson (fast JSON Lines), mimalloc (the allocator),
# GoogleTest and Google Benchmark.
packages=(
  g++ cmake ninja-build pkg-config
  libboost-dev libpugixml-dev nlohmann-json3-dev libcli11-dev
  libsqlite3-dev libgumbo-dev libicu-dev libsimdjson-dev libmimalloc-dev
  libgtest-dev libgmock-dev libbenchmark-dev
)
# For the tests: python3 drives a few end-to-end checks; clang and its runtime build the fuzz targets;
# python3-distributed runs the Dask LocalCluster sharding test (skipped, saying so, without it);
# chromium renders the HTML report headless in its test (skipped, saying so, without it).
test_packages=(python3 clang libclang-rt-14-dev python3-distributed chromium)

want=("${packages[@]}")
[ "$test_deps" = 1 ] && want+=("${test_packages[@]}")

missing=()
for p in "${want[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
if [ ${#missing[@]} -gt 0 ]; then
  sudo=""
  [ "$(id -u)" -ne 0 ] && sudo="sudo"
  echo "setup.sh: installing ${missing[*]}"
  $sudo env DEBIAN_FRONTEND=noninteractive apt-get update -qq
  $sudo env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
fi
[ "$deps_only" = 1 ] && exit 0

# The same configuration as scripts/test.sh, so the test command after this one reuses the build
# (a unity build: each target's sources compiled in batches, about half the time).
cmake -S "$here" -B "$build_dir" -G Ninja -DCMAKE_BUILD_TYPE=Release -DSLANT_WERROR=ON \
  -DCMAKE_UNITY_BUILD="${SLANT_UNITY_BUILD:-ON}" ${SLANT_CMAKE_ARGS:-}
cmake --build "$build_dir" -j "$(nproc)"
echo "setup.sh: built $build_dir/bin/slant"
