#!/usr/bin/env bash
# Makes sure the build's one tool beyond the .NET SDK is there: npm, which fetches the NL Design System
# CSS from the npm registry at build time. Installs Debian's nodejs and npm when it is missing.
set -euo pipefail

if command -v npm >/dev/null 2>&1; then
  exit 0
fi
if [ "$(id -u)" -ne 0 ]; then
  echo "prerequisites: npm is missing; install it (apt-get install nodejs npm) or run this as root." >&2
  exit 1
fi
echo "prerequisites: installing nodejs and npm from Debian" >&2
export DEBIAN_FRONTEND=noninteractive
apt-get -o DPkg::Lock::Timeout=600 update -q >&2
apt-get -o DPkg::Lock::Timeout=600 install -y -q nodejs npm >&2
