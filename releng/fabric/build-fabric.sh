#!/usr/bin/env bash
# Builds the Hyperledger Fabric v2.5.16 binaries from Fabric's Go module (no Docker, no release
# tarball) into a per-user cache and copies the sample configuration next to them.
#
#   releng/fabric/build-fabric.sh [--force]
#
# Cache: ${DIAC_FABRIC_HOME:-$HOME/.cache/diac/fabric/2.5.16}/{bin,config,builders/ccaas/bin}
# Idempotent: exits at once when every binary exists and `peer version` reports 2.5.16.
# Needs Go >= 1.26.4 (the go directive of Fabric v2.5.16) and the default Go module proxy.
#
# Environment knobs:
#   DIAC_FABRIC_HOME      cache folder (default above)
#   DIAC_FABRIC_BUILD_P   parallel compile jobs handed to `go install -p` (default 2)
#   DIAC_FABRIC_NICE      nice level of the compiler (default 10, so a parallel build keeps its share)
set -euo pipefail

FABRIC_VERSION=2.5.16
FABRIC_COMMIT=f871cf92a026aba7b12e6f06d71ded3e6e659d71
# The tag v2.5.16 is not a valid Go version for a module path without /v2, so the commit is
# addressed through its pseudo-version (base: the newest v1 tag that is its ancestor, v1.4.0-rc1).
FABRIC_MODULE=github.com/hyperledger/fabric
FABRIC_PSEUDO=v1.4.0-rc1.0.20260617221605-f871cf92a026
BINARIES=(peer orderer configtxgen cryptogen osnadmin configtxlator)
CONFIG_FILES=(core.yaml orderer.yaml configtx.yaml)

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
FABRIC_HOME="${DIAC_FABRIC_HOME:-$HOME/.cache/diac/fabric/$FABRIC_VERSION}"
BIN="$FABRIC_HOME/bin"
CFG="$FABRIC_HOME/config"
BUILDERS="$FABRIC_HOME/builders/ccaas"

force=0
for a in "$@"; do
  case "$a" in
    --force) force=1 ;;
    -h|--help) awk 'NR > 1 && /^#/ { sub(/^# ?/, ""); print; next } NR > 1 { exit }' "${BASH_SOURCE[0]}"; exit 0 ;;
    *) echo "build-fabric: unknown argument $a" >&2; exit 2 ;;
  esac
done

log() { printf 'build-fabric: %s\n' "$*"; }

install_builder() {
  # Our own chaincode-as-a-service external builder (three small scripts, see ccaas-builder/).
  mkdir -p "$BUILDERS/bin"
  for s in detect build release; do
    install -m 0755 "$here/ccaas-builder/bin/$s" "$BUILDERS/bin/$s"
  done
}

is_complete() {
  local b
  for b in "${BINARIES[@]}"; do [[ -x "$BIN/$b" ]] || return 1; done
  for b in "${CONFIG_FILES[@]}"; do [[ -f "$CFG/$b" ]] || return 1; done
  "$BIN/peer" version 2>/dev/null | grep -Eq "^ *Version: *$FABRIC_VERSION\$"
}

if [[ $force -eq 0 ]] && is_complete; then
  install_builder   # cheap; keeps the cached builder in step with the repository's scripts
  log "Fabric $FABRIC_VERSION already built in $FABRIC_HOME (use --force to rebuild)"
  exit 0
fi

command -v go >/dev/null || { echo "build-fabric: Go is required (>= 1.26.4) to build Fabric $FABRIC_VERSION" >&2; exit 1; }
gov="$(go env GOVERSION)"; gov="${gov#go}"
if ! printf '%s\n%s\n' "1.26.4" "$gov" | sort -V -C; then
  log "warning: $(go version) is older than Fabric's go directive 1.26.4; this works only if GOTOOLCHAIN allows a toolchain download"
fi

# Build hygiene: module mode from Fabric's own go.mod/go.sum; never vendor mode; no cgo (LevelDB is pure Go,
# PKCS#11 and Go plugin handlers are not used here).
export GOFLAGS="$(printf '%s' "$(go env GOFLAGS)" | sed -E 's/(^| )-mod=[a-z]+//g')"
export CGO_ENABLED=0
export GOBIN="$BIN"
jobs="${DIAC_FABRIC_BUILD_P:-2}"
nicelvl="${DIAC_FABRIC_NICE:-10}"
ldflags="-X $FABRIC_MODULE/common/metadata.Version=$FABRIC_VERSION -X $FABRIC_MODULE/common/metadata.CommitSHA=${FABRIC_COMMIT:0:7}"

mkdir -p "$BIN" "$CFG"
start=$(date +%s)
log "building Fabric $FABRIC_VERSION ($FABRIC_MODULE@$FABRIC_PSEUDO) into $BIN"
log "the first run downloads Fabric's module graph and compiles on $(nproc) cores; expect several minutes"

# Resolve the module first, so that a proxy that does not serve it fails fast with an explanation.
log "resolving $FABRIC_MODULE@$FABRIC_PSEUDO through the Go module proxy"
resolved="$(go mod download -json "$FABRIC_MODULE@$FABRIC_PSEUDO" 2>&1 || true)"
if printf '%s' "$resolved" | grep -q '"Error"'; then
  printf '%s\n' "$resolved" | sed -n 's/^[[:space:]]*"Error":[[:space:]]*"\(.*\)",\{0,1\}$/build-fabric: go: \1/p' | sed 's/\\n\\t/ /g' >&2
  cat >&2 <<MSG
build-fabric: the Go module proxy did not serve $FABRIC_MODULE@$FABRIC_PSEUDO (Fabric $FABRIC_VERSION).
build-fabric: Fabric cannot be built here through the proxy. Put prebuilt Fabric $FABRIC_VERSION binaries
build-fabric: (peer, orderer, configtxgen, cryptogen, osnadmin, configtxlator) into $BIN and the sample
build-fabric: core.yaml, orderer.yaml, configtx.yaml into $CFG, then run this script again: it accepts any
build-fabric: complete cache whose 'peer version' reports $FABRIC_VERSION and installs the ccaas builder.
MSG
  exit 3
fi

i=0
for b in "${BINARIES[@]}"; do
  i=$((i + 1))
  t0=$(date +%s)
  log "[$i/${#BINARIES[@]}] $b ..."
  nice -n "$nicelvl" go install -p "$jobs" -trimpath -ldflags "$ldflags" "$FABRIC_MODULE/cmd/$b@$FABRIC_PSEUDO"
  log "[$i/${#BINARIES[@]}] $b done in $(( $(date +%s) - t0 ))s"
done

# Sample configuration (what the release tarball ships as config/): from the module zip's sampleconfig.
dir="$(go mod download -json "$FABRIC_MODULE@$FABRIC_PSEUDO" | sed -n 's/^[[:space:]]*"Dir":[[:space:]]*"\(.*\)",\{0,1\}$/\1/p')"
[[ -n "$dir" && -d "$dir/sampleconfig" ]] || { echo "build-fabric: cannot locate sampleconfig of $FABRIC_MODULE@$FABRIC_PSEUDO" >&2; exit 1; }
for f in "${CONFIG_FILES[@]}"; do
  install -m 0644 "$dir/sampleconfig/$f" "$CFG/$f"
done
log "copied ${CONFIG_FILES[*]} to $CFG"

install_builder
log "ccaas external builder in $BUILDERS"

"$BIN/peer" version | grep -Eq "^ *Version: *$FABRIC_VERSION\$" || { echo "build-fabric: peer version does not report $FABRIC_VERSION" >&2; "$BIN/peer" version >&2; exit 1; }
log "Fabric $FABRIC_VERSION ready in $(( $(date +%s) - start ))s"
