# Sourced by ./hfmine and bench/run: the JVM flags `usage scan` and `usage extract` run with
# (HFMINE_JAVA_OPTS replaces them). They spend their time in tree-sitter's native parser and in
# short-lived garbage (file bytes, copied nodes):
# - the quick JIT compiler only: the optimising compiler's seconds of compile work are not
#   repaid there;
# - the serial collector: a scan keeps a few megabytes alive, so a young generation of a few
#   dozen megabytes collected in a few milliseconds costs less CPU and memory than G1's
#   concurrent machinery and growing heap (see README, Usage extraction, Benchmarks).
HFMINE_USAGE_JAVA_OPTS="-XX:TieredStopAtLevel=1 -XX:+UseSerialGC -Xmn64m"
