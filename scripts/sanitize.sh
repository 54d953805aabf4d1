#!/usr/bin/env bash
# Builds the whole test suite with AddressSanitizer and UndefinedBehaviorSanitizer in its own
# folder (build-sanitize/) and runs it. Any sanitizer report fails the test that caused it.
#   scripts/sanitize.sh                      build and run every test (CTest)
#   scripts/sanitize.sh slant_readers_tests  build and run only these test executables
# Extra CMake arguments in SLANT_CMAKE_ARGS; the folder in SLANT_SANITIZE_BUILD_DIR.
set -euo pipefail

here=$(cd "$(dirname "$0")/.." && pwd)
build_dir=${SLANT_SANITIZE_BUILD_DIR:-$here/build-sanitize}
start=$SECONDS
# -O1 keeps sanitized tests quick to build and run; -g1 is enough for file:line in reports.
# A unity build (CMake joins each target's sources into batches) halves the compile time here:
# 1,287 s of CPU before, 678 s after, for this whole folder. SLANT_UNITY_BUILD=OFF turns it off.
# Warnings are not errors here: the release build (scripts/test.sh) holds the code to -Werror,
# and GCC 12 under ASan at -O1 reports false maybe-uninitialized warnings inside <regex>.
cmake -S "$here" -B "$build_dir" -G Ninja -DCMAKE_BUILD_TYPE=Debug -DCMAKE_CXX_FLAGS_DEBUG="-O1 -g1" \
  -DCMAKE_C_FLAGS_DEBUG="-O1 -g1" -DSLANT_SANITIZE=ON -DSLANT_WERROR=OFF -DSLANT_BUILD_BENCH=OFF \
  -DCMAKE_UNITY_BUILD="${SLANT_UNITY_BUILD:-ON}" ${SLANT_CMAKE_ARGS:-} >/dev/null
export ASAN_OPTIONS=${ASAN_OPTIONS:-detect_leaks=1:strict_string_checks=1:detect_stack_use_after_return=1}
export UBSAN_OPTIONS=${UBSAN_OPTIONS:-print_stacktrace=1:halt_on_error=1}
if [ $# -gt 0 ]; then
  cmake --build "$build_dir" -j "$(nproc)" --target "$@"
  built=$SECONDS
  for t in "$@"; do "$build_dir/bin/$t"; done
else
  cmake --build "$build_dir" -j "$(nproc)"
  built=$SECONDS
  cd "$build_dir"
  ctest --output-on-failure -j "$(nproc)" --timeout 600
fi
echo "sanitize.sh: built in $((built - start))s, tests ran in $((SECONDS - built))s"
