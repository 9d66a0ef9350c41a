#!/usr/bin/env bash
# Installs what the portal's browser tests (test/e2e, Playwright) need, when it is missing: Debian's
# Chromium (Playwright cannot download browsers here, and needs none) and the Noto CJK fonts, without
# which every Chinese character is a box in the screenshots. --no-install-recommends keeps it to
# ~570 MB. Idempotent and quick when both are there. Run as root, or as a user with sudo.
set -euo pipefail

PACKAGES=(chromium fonts-noto-cjk)

missing=()
for package in "${PACKAGES[@]}"; do
  if ! dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q 'install ok installed'; then
    missing+=("$package")
  fi
done
if [ ${#missing[@]} -eq 0 ]; then
  echo "install-browser: ${PACKAGES[*]} already installed"
  exit 0
fi

if [ "$(id -u)" -eq 0 ]; then
  SUDO=()
elif command -v sudo >/dev/null 2>&1; then
  SUDO=(sudo)
else
  echo "install-browser: ERROR: ${missing[*]} missing and neither root nor sudo; install them with apt" >&2
  exit 1
fi

echo "install-browser: installing ${missing[*]}"
export DEBIAN_FRONTEND=noninteractive
# The package lists may be absent on a fresh image, or too old for the current Chromium security update.
"${SUDO[@]}" apt-get update -qq
"${SUDO[@]}" apt-get install -y -qq --no-install-recommends "${missing[@]}"
