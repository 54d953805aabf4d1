#!/usr/bin/env bash
# Builds slant with warnings as errors and runs the whole test suite (GoogleTest through CTest).
#   scripts/test.sh               install test dependencies if missing, build into build/, run ctest
# Extra CMake arguments can be passed in SLANT_CMAKE_ARGS; the build folder in SLANT_BUILD_DIR;
# SLANT_UNITY_BUILD=OFF for a file-by-file build.
set -euo pipefail

here=$(cd "$(dirname "$0")/.." && pwd)
build_dir=${SLANT_BUILD_DIR:-$here/build}
"$here/scripts/setup.sh" --deps-only --test-deps
# A unity build (CMake joins each target's sources into batches) compiles the suite in about half
# the time (867 s of CPU file by file, 402 s in batches); SLANT_UNITY_BUILD=OFF builds file by
# file, as an editing session would. Keep this configuration the same as scripts/setup.sh's, so
# running one after the other builds once.
cmake -S "$here" -B "$build_dir" -G Ninja -DCMAKE_BUILD_TYPE=Release -DSLANT_WERROR=ON \
  -DCMAKE_UNITY_BUILD="${SLANT_UNITY_BUILD:-ON}" ${SLANT_CMAKE_ARGS:-}
cmake --build "$build_dir" -j "$(nproc)"
cd "$build_dir"
ctest --output-on-failure -j "$(nproc)" --timeout 300
