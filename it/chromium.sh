#!/usr/bin/env bash
# Run by the build before the integration tests (pom.xml, exec-maven-plugin): the browser ITs need Debian's
# Chromium and its driver. Installs them with apt-get when they are missing and the build may (root, or sudo
# without a password); otherwise stops the build with the command to run. Never a silent skip.
set -eu
if command -v chromium >/dev/null 2>&1 && command -v chromedriver >/dev/null 2>&1; then
    exit 0
fi
echo "Installing chromium and chromium-driver for the browser tests (apt-get)"
if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then
    apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium chromium-driver >/dev/null
elif command -v sudo >/dev/null 2>&1 && sudo -n true 2>/dev/null && command -v apt-get >/dev/null 2>&1; then
    sudo apt-get update -qq && sudo DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium chromium-driver >/dev/null
fi
if ! command -v chromium >/dev/null 2>&1 || ! command -v chromedriver >/dev/null 2>&1; then
    echo "The browser tests need Chromium and ChromeDriver: apt-get install chromium chromium-driver" >&2
    exit 1
fi
