#!/usr/bin/env bash
# Installs every Debian 12 package Hoist needs to build, run and test.
# Idempotent: safe to run again; it assumes nothing is present.
set -euo pipefail

SUDO=""
if [ "$(id -u)" -ne 0 ]; then
  SUDO="sudo"
fi

PACKAGES=(
  # toolchain
  build-essential cmake ninja-build pkg-config git clang-format
  # Qt 6 and libraries
  qt6-base-dev qt6-base-dev-tools qt6-base-private-dev libqt6sql6-sqlite qt6-networkauth-dev
  qt6-svg-dev qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools
  qt6-qpa-plugins libqt6svg6 qt6-translations-l10n
  qtkeychain-qt6-dev libcpp-httplib-dev libssl-dev zlib1g-dev libbrotli-dev
  # running and testing: virtual display, D-Bus session, real Secret Service
  xvfb xauth dbus dbus-x11 gnome-keyring libsecret-tools
  # tests and benchmarks use an independent HTTP client; screenshots
  curl ca-certificates imagemagick x11-apps procps time dpkg-dev desktop-file-utils jq
  # translations check (translations/ts_tool.py)
  python3
  # the portability check (tests/portability): Windows' compiler's view of app/ and ui/
  g++-mingw-w64-x86-64-posix
  fonts-dejavu-core
  # transport tests (issue 28): the openssl tool, a proxy with basic auth (squid, htpasswd from
  # apache2-utils) and an HTTP/2 server (nghttpx), each started by the tests on their own ports
  openssl squid apache2-utils nghttp2-proxy
)

export DEBIAN_FRONTEND=noninteractive
$SUDO apt-get update
$SUDO apt-get install -y --no-install-recommends "${PACKAGES[@]}"
