#!/usr/bin/env bash
# Builds tree-sitter's C runtime and its Python grammar with -O2, from their published npm
# packages, for the java.lang.foreign binding (see TreeSitterNatives). The libraries that come
# with the tree-sitter Java binding are built without optimisation, which makes a parse about
# three times slower than it need be.
#
# Never fails the build: on a platform other than Linux, without a C compiler, without npm or
# without the network, or when a package does not match its pinned checksum, it says why and
# leaves nothing behind, and usage extraction uses the shipped libraries (same results, slower).
# Nothing built here is ever committed; it lands in the build's output directory only.
#
# Usage: optimised-tree-sitter.sh OUT_DIR WORK_DIR RUNTIME_VERSION RUNTIME_SHA512 GRAMMAR_VERSION GRAMMAR_SHA512
#   OUT_DIR   where the libraries go (the classpath folder lib-optimised/)
#   WORK_DIR  scratch space for the packages and the compiler's output
# Set HFMINE_SHIPPED_TREE_SITTER=1 to skip the build.
set -uo pipefail

out=$1 work=$2 runtime_version=$3 runtime_sha512=$4 grammar_version=$5 grammar_sha512=$6
# hfmine's own C functions compiled into the runtime library (a parse of text in memory with no
# callbacks into the JVM, a node's children read in one call; the Java side uses them when there).
shim="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)/main/c/hfmine_tree.c"
# -fno-semantic-interposition lets the compiler inline the runtime's exported functions into
# each other (the runtime is one translation unit): about a tenth off a parse.
cflags="-O2 -fPIC -fno-semantic-interposition -std=c11 -D_POSIX_C_SOURCE=200112L -D_DEFAULT_SOURCE"

note() { echo "[optimised tree-sitter] $*" >&2; }
fallback() {
  note "$1; usage extraction will use the shipped, unoptimised tree-sitter libraries"
  rm -rf "$out"
  exit 0
}

[ "${HFMINE_SHIPPED_TREE_SITTER:-}" = 1 ] && fallback "HFMINE_SHIPPED_TREE_SITTER=1"
[ "$(uname -s)" = Linux ] || fallback "not built on $(uname -s) (Linux only)"
case "$(uname -m)" in
  x86_64 | amd64) arch=x86_64 ;;
  aarch64 | arm64) arch=aarch64 ;;
  *) fallback "no build for processor $(uname -m)" ;;
esac
runtime_lib="$arch-linux-gnu-tree-sitter.so"
grammar_lib="$arch-linux-gnu-tree-sitter-python.so"

[ -f "$shim" ] || fallback "no $shim"
shim_sha=$(sha256sum "$shim" | cut -c1-16)
stamp="tree-sitter=$runtime_version tree-sitter-python=$grammar_version cflags=$cflags shim=$shim_sha"
if [ -f "$out/build.properties" ] && [ -f "$out/$runtime_lib" ] && [ -f "$out/$grammar_lib" ] \
    && grep -qxF "stamp=$stamp" "$out/build.properties"; then
  exit 0 # built before with the same packages and flags
fi

cc=${CC:-}
if [ -z "$cc" ]; then
  cc=$(command -v gcc || command -v cc || true)
fi
[ -n "$cc" ] || fallback "no C compiler (gcc or cc)"
command -v npm >/dev/null || fallback "no npm to fetch the sources with"

rm -rf "$work"
mkdir -p "$work/packages" "$work/runtime" "$work/grammar" "$work/build" || fallback "cannot create $work"
# npm pack fetches a package's published tarball (and checks the registry's integrity hash).
if ! (cd "$work/packages" && timeout 180 npm pack --silent --fetch-retries=1 --fetch-timeout=60000 \
    "tree-sitter@$runtime_version" "tree-sitter-python@$grammar_version" >/dev/null 2>"$work/npm.log"); then
  fallback "npm could not fetch tree-sitter@$runtime_version and tree-sitter-python@$grammar_version ($(tail -n 1 "$work/npm.log"))"
fi
runtime_tgz="$work/packages/tree-sitter-$runtime_version.tgz"
grammar_tgz="$work/packages/tree-sitter-python-$grammar_version.tgz"
check() {
  local actual
  actual=$(sha512sum "$1" | cut -d' ' -f1)
  [ "$actual" = "$2" ] || fallback "$(basename "$1") has SHA-512 $actual, not the pinned $2"
}
check "$runtime_tgz" "$runtime_sha512"
check "$grammar_tgz" "$grammar_sha512"
tar -xzf "$runtime_tgz" -C "$work/runtime" || fallback "cannot unpack $runtime_tgz"
tar -xzf "$grammar_tgz" -C "$work/grammar" || fallback "cannot unpack $grammar_tgz"

lib="$work/runtime/package/vendor/tree-sitter/lib"
grammar="$work/grammar/package/src"
[ -f "$lib/src/lib.c" ] || fallback "tree-sitter@$runtime_version has no vendor/tree-sitter/lib/src/lib.c"
[ -f "$grammar/parser.c" ] || fallback "tree-sitter-python@$grammar_version has no src/parser.c"

# The runtime is one translation unit (lib.c includes the others), with hfmine's functions
# beside it; runtime and grammar compile in parallel.
# shellcheck disable=SC2086
"$cc" $cflags -shared -I"$lib/include" -I"$lib/src" -I"$lib/src/wasm" \
  -o "$work/build/$runtime_lib" "$lib/src/lib.c" "$shim" 2>"$work/runtime.log" &
runtime_pid=$!
# shellcheck disable=SC2086
"$cc" $cflags -shared -I"$grammar" -o "$work/build/$grammar_lib" "$grammar/parser.c" "$grammar/scanner.c" \
  2>"$work/grammar.log"
grammar_status=$?
wait "$runtime_pid"
runtime_status=$?
[ "$runtime_status" = 0 ] || fallback "$cc could not compile the runtime ($(head -n 3 "$work/runtime.log"))"
[ "$grammar_status" = 0 ] || fallback "$cc could not compile the grammar ($(head -n 3 "$work/grammar.log"))"

mkdir -p "$out.partial" || fallback "cannot create $out.partial"
cp "$work/build/$runtime_lib" "$work/build/$grammar_lib" "$out.partial/"
{
  echo "# Built at build time by analyzers/src/build/optimised-tree-sitter.sh"
  echo "description=tree-sitter $runtime_version and tree-sitter-python $grammar_version (npm), built -O2 by $("$cc" -dumpfullversion -dumpversion 2>/dev/null | head -n 1 | sed "s|^|$(basename "$cc") |")"
  echo "stamp=$stamp"
} >"$out.partial/build.properties"
rm -rf "$out"
mv "$out.partial" "$out"
note "built $runtime_lib and $grammar_lib with $cflags"
