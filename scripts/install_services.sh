#!/usr/bin/env bash
# Installs the Debian packages the tests need (MariaDB, Redis, Chromium and a CJK font, nginx,
# Prometheus's promtool)
# when they are missing.
# The tests start their own servers on throwaway data directories and free ports.
set -u
need=()
command -v redis-server >/dev/null 2>&1 || need+=(redis-server)
{ command -v mariadbd >/dev/null 2>&1 || [ -x /usr/sbin/mariadbd ]; } || need+=(mariadb-server)
command -v chromium >/dev/null 2>&1 || need+=(chromium)
command -v openssl >/dev/null 2>&1 || need+=(openssl)
{ command -v nginx >/dev/null 2>&1 || [ -x /usr/sbin/nginx ]; } || need+=(nginx-light)
# promtool checks deploy/prometheus/alerts.yml (the package's server is not started by the tests).
command -v promtool >/dev/null 2>&1 || need+=(prometheus)
# A CJK font, so that Chromium draws the driver app's Chinese in the screenshots.
[ -e /usr/share/fonts/truetype/wqy/wqy-microhei.ttc ] || need+=(fonts-wqy-microhei)
[ ${#need[@]} -eq 0 ] && exit 0
echo "make test: installing ${need[*]} from Debian packages"
SUDO=""
[ "$(id -u)" -ne 0 ] && SUDO="sudo"
if $SUDO apt-get update -qq && DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends "${need[@]}" >/tmp/plagsini-apt.log 2>&1; then
  exit 0
fi
echo "make test: could not install ${need[*]} (see /tmp/plagsini-apt.log)" >&2
if [ "${CI:-}" = "true" ]; then exit 1; fi
echo "make test: tests that need them will be SKIPPED" >&2
exit 0
