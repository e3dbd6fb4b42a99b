# Sourced by ./hfmine and bench/run: the JVM flags `usage scan` and `usage extract` run with
# (HFMINE_JAVA_OPTS replaces them). They spend their time in tree-sitter's native parser and in
# short-lived garbage (file bytes, copied nodes):
# - the quick JIT compiler only: the optimising compiler's seconds of compile work are not
#   repaid there;
# - the serial collector: a scan keeps a few megabytes alive, so a young generation of a few
#   dozen megabytes collected in a few milliseconds costs less CPU and memory than G1's
#   concurrent machinery and growing heap (see README, Usage extraction, Benchmarks).
HFMINE_USAGE_JAVA_OPTS="-XX:TieredStopAtLevel=1 -XX:+UseSerialGC -Xmn64m"

# The JDK 25 releases and later keep the classes a program loads, already parsed and linked, in
# an ahead-of-time cache file (JEP 483, 514); a usage command started from one spends about a
# second less CPU (README, Usage extraction, Benchmarks). The cache belongs to one jar and one
# JDK, so it lives beside the jar under the JDK's name and is made again when the jar is newer.
# It is made by scanning the fixture corpus in a JVM of its own: the JVM's messages about it go
# to a log, never into the output of the user's command.

# Prints the flags that start a usage command of JAR from its class cache, making the cache
# first when it is missing or older than the jar; prints nothing when the JDK is older than 25,
# when the fixture corpus is not there (a copy without the sources), or when making the cache
# failed for this jar (the log says why: JAR's folder, class-cache/make.log), or when
# HFMINE_CLASS_CACHE=off.
hfmine_usage_class_cache() {
  local jar=$1 version training dir key cache failed part
  [ "${HFMINE_CLASS_CACHE:-on}" = off ] && return 0
  version=$(hfmine_jdk_version "$JAVA_HOME")
  [ "${version:-0}" -ge 25 ] 2>/dev/null || return 0
  training="$root/analyzers/src/test/resources/usage-corpus"
  dir="$(dirname "$jar")/class-cache"
  key=$(printf '%s\n' "$JAVA_HOME" | cat - "$JAVA_HOME/release" 2>/dev/null | cksum | cut -d' ' -f1)
  cache="$dir/usage-$key.aot"
  failed="$dir/usage-$key.failed"
  if [ ! -f "$cache" ] || [ "$jar" -nt "$cache" ]; then
    if [ ! -d "$training" ] || { [ -f "$failed" ] && [ ! "$jar" -nt "$failed" ]; }; then
      return 0
    fi
    # A folder it cannot write (a shared read-only install) gets no cache, and no retry each run.
    mkdir -p "$dir" 2>/dev/null && [ -w "$dir" ] || return 0
    # Two first runs at once each make their own and the last move wins; both are whole.
    part="$dir/.usage-$key.$$.part"
    echo "hfmine: caching the classes usage commands load, for this jar and JDK (once per build) ..." >&2
    # shellcheck disable=SC2086
    if "$JAVA_HOME/bin/java" --enable-native-access=ALL-UNNAMED $HFMINE_USAGE_JAVA_OPTS -Xlog:aot=off -Xlog:cds=off \
          -XX:AOTMode=record -XX:AOTConfiguration="$part.conf" -jar "$jar" \
          usage scan --quiet --threads 2 --output "$dir/training-usages.jsonl" "$training" >"$dir/make.log" 2>&1 \
        && "$JAVA_HOME/bin/java" --enable-native-access=ALL-UNNAMED $HFMINE_USAGE_JAVA_OPTS -Xlog:aot=off -Xlog:cds=off \
          -XX:AOTMode=create -XX:AOTConfiguration="$part.conf" -XX:AOTCache="$part" -jar "$jar" >>"$dir/make.log" 2>&1 \
        && [ -s "$part" ] && mv -f "$part" "$cache"; then
      rm -f "$failed"
    else
      echo "hfmine: could not cache the classes (see $dir/make.log); running without the cache" >&2
      touch "$failed"
    fi
    rm -f "$part" "$part.conf" "$dir/training-usages.jsonl"
  fi
  # A cache the JVM still refuses (a library jar changed under it) only costs the start-up it
  # would have saved: its complaints are not the user's business.
  [ -f "$cache" ] && echo "-XX:AOTCache=$cache -Xlog:aot=off -Xlog:cds=off"
  return 0
}
