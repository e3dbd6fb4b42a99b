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
# The training program of the profile-guided build (below) and the project whose Python files
# it parses.
training="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)/tree-sitter-training.c"
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../../.." && pwd)"
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
[ -f "$training" ] || fallback "no $training"
shim_sha=$(cat "$shim" "${shim%.c}.h" "$training" | sha256sum | cut -c1-16)
cc=${CC:-}
if [ -z "$cc" ]; then
  cc=$(command -v gcc || command -v cc || true)
fi
[ -n "$cc" ] || fallback "no C compiler (gcc or cc)"
cc_version=$("$cc" -dumpfullversion -dumpversion 2>/dev/null | head -n 1)
compiler="$(basename "$cc") $cc_version"

# The stamp says which build the folder holds. A profile-guided one stands until the packages,
# flags or hfmine's C files change; a plain -O2 one (the profile failed) also until the compiler
# changes, since the same compiler would fail the same way, and a new one may succeed.
base_stamp="tree-sitter=$runtime_version tree-sitter-python=$grammar_version cflags=$cflags shim=$shim_sha"
guided_stamp="$base_stamp profile=guided"
plain_stamp="$base_stamp profile=none compiler=$cc $cc_version"
if [ -f "$out/build.properties" ] && [ -f "$out/$runtime_lib" ] && [ -f "$out/$grammar_lib" ] \
    && grep -qxF -e "stamp=$guided_stamp" -e "stamp=$plain_stamp" "$out/build.properties"; then
  exit 0 # built before with the same packages and flags
fi
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
# beside it. Objects keep the same paths in every pass, since gcc finds an object's profile by
# its path. Runtime and grammar compile in parallel. compile FLAGS LOG_SUFFIX
obj="$work/build/obj"
compile() {
  local flags=$1 log=$2
  mkdir -p "$obj" || return 1
  # shellcheck disable=SC2086
  (cd "$obj" && "$cc" $flags -c -I"$lib/include" -I"$lib/src" -I"$lib/src/wasm" -o lib.o "$lib/src/lib.c" \
    && "$cc" $flags -c -I"$lib/include" -I"$lib/src" -I"$(dirname "$shim")" -o shim.o "$shim") >"$work/runtime$log.log" 2>&1 &
  local runtime_pid=$!
  # shellcheck disable=SC2086
  (cd "$obj" && "$cc" $flags -c -I"$grammar" -o parser.o "$grammar/parser.c" \
    && "$cc" $flags -c -I"$grammar" -o scanner.o "$grammar/scanner.c") >"$work/grammar$log.log" 2>&1
  local grammar_status=$?
  wait "$runtime_pid" || return 1
  [ "$grammar_status" = 0 ] || return 1
  # shellcheck disable=SC2086
  "$cc" $flags -shared -o "$work/build/$runtime_lib" "$obj/lib.o" "$obj/shim.o" >>"$work/runtime$log.log" 2>&1 \
    && "$cc" $flags -shared -o "$work/build/$grammar_lib" "$obj/parser.o" "$obj/scanner.o" >>"$work/grammar$log.log" 2>&1
}

# Profile-guided: an instrumented build parses the project's own Python files (sources, test
# fixtures, the bundled sample) and gcc then lays the parser's and lexer's hot paths out by the
# counts: about a fifth off a parse on real repositories' files. Any step that fails (a compiler
# without gcc's profile flags, no Python file found) leaves the plain -O2 build.
profiled=no
training_files="$work/training-files.txt"
find "$root" -mindepth 1 \( -name 'target' -o -name '.*' -o -name node_modules -o -name site-packages \) -prune \
  -o -type f -name '*.py' -size -1024k -print 2>/dev/null | LC_ALL=C sort >"$training_files"
if [ -s "$training_files" ] && compile "$cflags -fprofile-generate -fprofile-update=single" "-instrumented" \
    && "$cc" -O2 -I"$lib/include" -I"$(dirname "$shim")" -o "$work/build/training" "$training" \
      "$work/build/$runtime_lib" "$work/build/$grammar_lib" -Wl,-rpath,"$work/build" >"$work/training.log" 2>&1 \
    && trained=$(timeout 300 "$work/build/training" 3 <"$training_files" 2>>"$work/training.log") \
    && rm -f "$work/build/$runtime_lib" "$work/build/$grammar_lib" "$obj"/*.o \
    && compile "$cflags -fprofile-use -fprofile-partial-training -Wno-missing-profile" ""; then
  profiled=yes
else
  note "no profile-guided build ($(tail -n 1 "$work/training.log" "$work/runtime-instrumented.log" "$work/runtime.log" 2>/dev/null | grep -v '^==' | grep . | tail -n 1)); building -O2 without a profile"
  rm -rf "$obj" "$work/build/$runtime_lib" "$work/build/$grammar_lib"
  compile "$cflags" "" || fallback "$cc could not compile tree-sitter ($(head -n 3 "$work/runtime.log" "$work/grammar.log"))"
fi

mkdir -p "$out.partial" || fallback "cannot create $out.partial"
cp "$work/build/$runtime_lib" "$work/build/$grammar_lib" "$out.partial/"
{
  echo "# Built at build time by analyzers/src/build/optimised-tree-sitter.sh"
  guided=""
  [ "$profiled" = yes ] && guided=", guided by a profile of $trained Python files of the project"
  echo "description=tree-sitter $runtime_version and tree-sitter-python $grammar_version (npm), built -O2 by $compiler$guided"
  if [ "$profiled" = yes ]; then echo "stamp=$guided_stamp"; else echo "stamp=$plain_stamp"; fi
} >"$out.partial/build.properties"
rm -rf "$out"
mv "$out.partial" "$out"
note "built $runtime_lib and $grammar_lib with $cflags$([ "$profiled" = yes ] && echo ", profile-guided ($trained training files)")"
