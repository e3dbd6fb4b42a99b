# Sourced by ./hfmine and ./mvnw: sets JAVA_HOME to a JDK of at least HFMINE_MIN_JAVA,
# looking at JAVA_HOME first, then the standard JVM directory, then `java` on the PATH.
# On failure it prints one line naming what is needed and returns 1.

HFMINE_MIN_JAVA=21

# Prints the feature version (e.g. 25) of the JDK at $1, or nothing when it is not a JDK.
hfmine_jdk_version() {
  local home=$1 line
  [ -x "$home/bin/java" ] && [ -x "$home/bin/javac" ] || return 0
  if [ -f "$home/release" ]; then
    line=$(grep -m1 '^JAVA_VERSION=' "$home/release" | tr -d '"')
    line=${line#JAVA_VERSION=}
  else
    line=$("$home/bin/java" -version 2>&1 | head -n1 | sed -E 's/.*version "([^"]+)".*/\1/')
  fi
  line=${line#1.}          # "1.8.0" style versions
  echo "${line%%[.+-]*}"
}

hfmine_find_jdk() {
  local candidate version seen=""
  local candidates=()
  [ -n "${JAVA_HOME:-}" ] && candidates+=("$JAVA_HOME")
  # HFMINE_JVM_DIRS replaces the standard JVM directories (used to check the "none found" message).
  local dirs=${HFMINE_JVM_DIRS:-/usr/lib/jvm /usr/local/lib/jvm /opt/java /Library/Java/JavaVirtualMachines}
  for candidate in $dirs; do
    for candidate in "$candidate"/* "$candidate"/*/Contents/Home; do
      [ -d "$candidate" ] && candidates+=("$candidate")
    done
  done
  if [ -z "${HFMINE_JVM_DIRS:-}" ] && command -v javac >/dev/null 2>&1; then
    candidate=$(dirname "$(dirname "$(readlink -f "$(command -v javac)")")")
    candidates+=("$candidate")
  fi
  for candidate in "${candidates[@]}"; do
    candidate=$(readlink -f "$candidate")
    case " $seen " in *"@$candidate "*) continue ;; esac
    version=$(hfmine_jdk_version "$candidate")
    [ -n "$version" ] || continue
    seen="$seen ${version}@${candidate}"
    if [ "$version" -ge "$HFMINE_MIN_JAVA" ] 2>/dev/null; then
      export JAVA_HOME=$candidate
      return 0
    fi
  done
  echo "hfmine needs a JDK ${HFMINE_MIN_JAVA} or newer (found:${seen:- none}); install one or set JAVA_HOME to it." >&2
  return 1
}
