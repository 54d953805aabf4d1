#!/usr/bin/env bash
# Builds slant with warnings as errors and runs the whole test suite (GoogleTest through CTest).
#   scripts/test.sh               install test dependencies if missing, build into build/, run ctest
# Extra CMake arguments can be passed in SLANT_CMAKE_ARGS; the build folder in SLANT_BUILD_DIR.
set -euo pipefail

here=$(cd "$(dirname "$0")/.." && pwd)
build_dir=${SLANT_BUILD_DIR:-$here/build}
"$here/scripts/setup.sh" --deps-only --test-deps
cmake -S "$here" -B "$build_dir" -G Ninja -DCMAKE_BUILD_TYPE=Release -DSLANT_WERROR=ON ${SLANT_CMAKE_ARGS:-}
cmake --build "$build_dir" -j "$(nproc)"
cd "$build_dir"
ctest --output-on-failure -j "$(nproc)" --timeout 300
