#!/bin/sh
# Installs (if needed) Debian's Chromium and its chromedriver, with fonts so screenshots show text,
# checks the two are the same version, and prints the lines that point the browser tests at them:
#
#   eval "$(sh .ci/browser.sh)"    # or: sh .ci/browser.sh > /tmp/browser.env && . /tmp/browser.env
#
# Safe to run again: every step checks before it acts. Progress goes to stderr, the export lines
# to stdout. Run as root on Debian (or Ubuntu) with network access to the mirrors.
set -eu

# chromium and chromium-driver come from one source package and must be the same build: the driver
# refuses a browser of another major version. fonts-dejavu-core and fonts-liberation give the
# generic families (sans-serif, serif, monospace) real glyphs; without any font Chromium draws
# no text at all, and --no-install-recommends leaves fonts-liberation out.
PACKAGES="chromium chromium-driver fonts-dejavu-core fonts-liberation"

say() { echo "browser.sh: $*" >&2; }

if [ "$(id -u)" -ne 0 ]; then
    say "must run as root (it installs packages)"
    exit 1
fi

missing=""
for package in $PACKAGES; do
    if [ "$(dpkg-query -W -f='${db:Status-Status}' "$package" 2>/dev/null || true)" != "installed" ]; then
        missing="$missing $package"
    fi
done

install_packages() {
    export DEBIAN_FRONTEND=noninteractive
    apt-get update >&2
    apt-get install -y --no-install-recommends "$@" >&2
}

if [ -n "$missing" ]; then
    say "installing$missing"
    # shellcheck disable=SC2086 # one word a package
    install_packages $missing
else
    say "packages installed:$(for p in $PACKAGES; do printf ' %s' "$p"; done)"
fi

CHROME="$(command -v chromium || true)"
DRIVER="$(command -v chromedriver || true)"
if [ -z "$CHROME" ] || [ -z "$DRIVER" ]; then
    say "chromium or chromedriver is not on PATH after installing (chromium: ${CHROME:-none}, chromedriver: ${DRIVER:-none})"
    exit 1
fi

# "Chromium 156.0.8078.114 built on Debian ..." and "ChromeDriver 156.0.8078.114 (...)".
version_of() { "$@" --version 2>/dev/null | awk '{ for (i = 1; i <= NF; i++) if ($i ~ /^[0-9]+\.[0-9]+\.[0-9]+\.[0-9]+$/) { print $i; exit } }'; }

CHROME_VERSION="$(version_of "$CHROME")"
DRIVER_VERSION="$(version_of "$DRIVER")"
if [ -n "$CHROME_VERSION" ] && [ "$CHROME_VERSION" != "$DRIVER_VERSION" ]; then
    # One was upgraded without the other (e.g. from bookworm-security): bring both to the same build.
    say "chromium $CHROME_VERSION and chromedriver ${DRIVER_VERSION:-unknown} differ: installing both again"
    install_packages chromium chromium-driver
    CHROME_VERSION="$(version_of "$CHROME")"
    DRIVER_VERSION="$(version_of "$DRIVER")"
fi
if [ -z "$CHROME_VERSION" ] || [ "$CHROME_VERSION" != "$DRIVER_VERSION" ]; then
    say "chromium ${CHROME_VERSION:-(no version)} and chromedriver ${DRIVER_VERSION:-(no version)} are not the same build"
    exit 1
fi
say "chromium and chromedriver $CHROME_VERSION"

if [ ! -f /usr/share/fonts/truetype/dejavu/DejaVuSans.ttf ]; then
    say "DejaVu Sans is missing (fonts-dejavu-core): screenshots would show no text"
    exit 1
fi

echo "export DECORUM_TEST_CHROMEDRIVER=$DRIVER"
echo "export DECORUM_TEST_CHROME=$CHROME"
