# Shared by the project's scripts: checking what a script needs before it starts, and saying how long its steps take.
# Source it; call `need_tools TOOL...` (installs what Debian's packages provide, when run as root with apt-get,
# and prints one line per piece it cannot install), then `require_met` to stop when something is missing.

PREREQS_MISSING=0

# The Debian package that provides a command.
debian_package_of() {
  case "$1" in
    node|npm|npx) echo "nodejs npm" ;;
    jq) echo jq ;;
    yq) echo yq ;;
    curl) echo curl ;;
    openssl) echo openssl ;;
    python3) echo python3 ;;
    python3-yaml) echo python3-yaml ;;
    mvn) echo maven ;;
    java|javac) echo openjdk-17-jdk-headless ;;
    psql|pg_isready|pg_ctlcluster|createdb) echo "postgresql-15 postgresql-contrib" ;;
    kubectl) echo kubernetes-client ;;
    *) echo "" ;;
  esac
}

# Whether a prerequisite is present: a command on the PATH, or python3-yaml (the module `yaml`).
prereq_present() {
  case "$1" in
    python3-yaml) python3 -c 'import yaml' 2>/dev/null ;;
    *) command -v "$1" >/dev/null 2>&1 ;;
  esac
}

# Installs the missing tools that Debian packages (as root, with apt-get); prints one line for each that is still
# missing, saying how to get it.
need_tools() {
  local missing=() packages=() tool
  for tool in "$@"; do
    prereq_present "$tool" || missing+=("$tool")
  done
  [ "${#missing[@]}" -eq 0 ] && return 0
  for tool in "${missing[@]}"; do
    for p in $(debian_package_of "$tool"); do
      case " ${packages[*]} " in *" $p "*) ;; *) packages+=("$p") ;; esac
    done
  done
  if [ "${#packages[@]}" -gt 0 ] && [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then
    echo "Installing ${packages[*]} (Debian packages, for ${missing[*]})"
    apt-get update -qq >/dev/null && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends \
      "${packages[@]}" >/dev/null || true
  fi
  for tool in "${missing[@]}"; do
    prereq_present "$tool" && continue
    local how
    how="$(debian_package_of "$tool")"
    echo "missing: $tool (${how:+on Debian: apt-get install $how}${how:-install it and put it on the PATH})" >&2
    PREREQS_MISSING=$((PREREQS_MISSING + 1))
  done
}

# Prints one line for a missing piece that no package here provides.
missing_piece() {
  echo "missing: $*" >&2
  PREREQS_MISSING=$((PREREQS_MISSING + 1))
}

# Stops the script when a prerequisite is missing (after every line has been printed).
require_met() {
  if [ "$PREREQS_MISSING" -gt 0 ]; then
    echo "$PREREQS_MISSING prerequisite(s) missing; nothing was started" >&2
    exit 1
  fi
}

# Announces a long step with its usual duration: `step "Test suite" "about 8 min"`; `step_done` closes it.
STEP_STARTED=0
STEP_NAME=""
step() {
  STEP_NAME="$1"
  STEP_STARTED=$(date +%s)
  echo "==> $(date +%H:%M:%S) $1${2:+ (usually $2)}"
}
step_done() {
  echo "==> $(date +%H:%M:%S) $STEP_NAME: done in $(( $(date +%s) - STEP_STARTED )) s"
}
