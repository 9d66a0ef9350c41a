#!/usr/bin/env bash
# Makes sure MariaDB/MySQL and NATS (with JetStream) answer on this machine, starting them if they are
# installed but stopped (installing them from Debian's packages if they are missing), and that the
# database user exists (creating `linkage` on a first run). Idempotent; needs root for anything it has to
# start or install.
set -euo pipefail

MYSQL_HOST="${MYSQL_HOST:-127.0.0.1}"
MYSQL_PORT="${MYSQL_PORT:-3306}"
NATS_HOST="${NATS_HOST:-127.0.0.1}"
NATS_PORT="${NATS_PORT:-4222}"
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"

log() { printf 'ensure-services: %s\n' "$*"; }
listening() { (exec 3<>"/dev/tcp/$1/$2") 2>/dev/null; }
wait_for() {
  local name=$1 host=$2 port=$3
  for _ in $(seq 1 60); do
    listening "$host" "$port" && return 0
    sleep 0.5
  done
  log "$name did not start listening on $host:$port"
  exit 1
}

apt_updated=0
apt_install() {
  [ "$apt_updated" -eq 1 ] || { apt-get update -qq; apt_updated=1; }
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "$@"
}

if listening "$MYSQL_HOST" "$MYSQL_PORT"; then
  log "MySQL answers on $MYSQL_HOST:$MYSQL_PORT"
else
  [ -x /usr/sbin/mariadbd ] || { log "installing mariadb-server"; apt_install mariadb-server; }
  log "starting MariaDB"
  mkdir -p /run/mysqld && chown mysql:mysql /run/mysqld 2>/dev/null || true
  start-stop-daemon --start --oknodo --background --exec /usr/sbin/mariadbd
  wait_for MariaDB "$MYSQL_HOST" "$MYSQL_PORT"
fi

if listening "$NATS_HOST" "$NATS_PORT"; then
  log "NATS answers on $NATS_HOST:$NATS_PORT"
else
  [ -x /usr/sbin/nats-server ] || { log "installing nats-server"; apt_install nats-server; }
  log "starting nats-server with JetStream"
  mkdir -p /var/lib/nats-server
  start-stop-daemon --start --oknodo --background --exec /usr/sbin/nats-server -- \
    -a 127.0.0.1 -p "$NATS_PORT" -js -sd /var/lib/nats-server -l /var/log/nats-server.log
  wait_for NATS "$NATS_HOST" "$NATS_PORT"
fi

# root may only work over the socket: the TCP user the services use is created through it by the same
# code as `npm start` and the test harness (libs/database/src/db-user-setup.ts), which leaves explicit
# MYSQL_USER/MYSQL_PASSWORD alone and says what to run when it cannot. It is part of the build.
root_dir="$(cd "$here/../.." && pwd)"
if [ ! -f "$root_dir/dist/scripts/db-setup.js" ]; then
  log "building (the database set-up script is part of the build)"
  (cd "$root_dir" && npm run -s build)
fi
node "$root_dir/dist/scripts/db-setup.js" | while IFS= read -r line; do log "$line"; done
