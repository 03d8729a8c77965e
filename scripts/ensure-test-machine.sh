#!/usr/bin/env bash
# What the tests need from the machine beyond npm packages, installed or started only when missing
# (so a second run costs a few port checks): PostgreSQL, MariaDB and Redis for the server-topology
# end-to-end tests, Debian's Chromium for the explorer and report tests (no test tool may download a
# browser here), and a CJK font for its screenshots. `npm test` runs it first (pretest); so does CI.
set -euo pipefail

log() { printf '\n== %s\n' "$*"; }

port_open() { (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null && exec 3>&- 3<&-; }

wait_port() {
  for _ in $(seq 1 60); do port_open "$1" && return 0; sleep 1; done
  echo "port $1 did not open" >&2
  return 1
}

as_root() { if [ "$(id -u)" = 0 ]; then "$@"; else sudo "$@"; fi; }

# The package lists are fetched once, before the first install.
apt_updated=0
apt_install() {
  log "installing Debian package $1"
  [ "$apt_updated" = 1 ] || { as_root apt-get update -qq; apt_updated=1; }
  DEBIAN_FRONTEND=noninteractive as_root apt-get install -y -qq "$1" >/dev/null
}

# Installs `pkg` when the command it brings is missing.
ensure_package() {
  command -v "$1" >/dev/null 2>&1 || apt_install "$2"
}

log "database servers"
ensure_package pg_ctlcluster postgresql
ensure_package mariadbd mariadb-server
ensure_package redis-server redis-server
if ! port_open 5432; then
  as_root pg_ctlcluster --skip-systemctl-redirect "$(ls /etc/postgresql | head -1)" main start
  wait_port 5432
fi
if ! port_open 3306; then
  as_root mkdir -p /run/mysqld && as_root chown mysql:mysql /run/mysqld 2>/dev/null || true
  as_root start-stop-daemon --start --oknodo --background --exec /usr/sbin/mariadbd
  wait_port 3306
fi
if ! port_open 6379; then
  as_root redis-server --daemonize yes --bind 127.0.0.1 -::1 --port 6379 --save "" --appendonly no --dir /tmp --logfile /tmp/redis-ci.log
  wait_port 6379
fi
echo "PostgreSQL :5432, MariaDB :3306 and Redis :6379 are up"

log "browser for the explorer and report tests (Debian's chromium; no test tool downloads one)"
ensure_package chromium chromium
chromium --version || true
log "a CJK font, so the HTML report screenshots show Chinese (Debian's chromium brings none)"
fc-list :lang=zh 2>/dev/null | grep -q . || apt_install fonts-wqy-microhei
