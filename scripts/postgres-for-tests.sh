#!/usr/bin/env bash
# A throwaway PostgreSQL cluster on loopback for the feedback tests (FEEDBACK_POSTGRES_URL): initdb in a temporary
# folder, trust authentication, listening on 127.0.0.1 only. PostgreSQL refuses to run as root, so as root (CI) the
# cluster belongs to the user "postgres" (Debian's package creates it), or to one made for it.
#
#   scripts/postgres-for-tests.sh start [PORT]   the first free port from PORT (15432) on; prints the folder on
#                                                stderr and the JDBC URL on stdout
#   scripts/postgres-for-tests.sh stop FOLDER    stops that cluster and deletes its folder
set -euo pipefail

bin_dir() {
  local initdb
  initdb="$(command -v initdb 2>/dev/null || ls -d /usr/lib/postgresql/*/bin/initdb 2>/dev/null | sort -V | tail -1 || true)"
  [[ -x "$initdb" ]] || { echo "no initdb: apt-get install postgresql" >&2; exit 1; }
  dirname "$initdb"
}

as_owner() { # runs a command as the cluster's owner
  if [[ "$(id -u)" == 0 ]]; then runuser -u "$OWNER" -- "$@"; else "$@"; fi
}

OWNER="$(id -un)"
if [[ "$(id -u)" == 0 ]]; then
  OWNER=postgres
  id "$OWNER" >/dev/null 2>&1 || useradd --system --no-create-home --shell /usr/sbin/nologin "$OWNER"
fi

case "${1:-}" in
  start)
    port="${2:-15432}"
    # another program may hold the port (a developer's own cluster): take the next free one
    while (: >"/dev/tcp/127.0.0.1/$port") 2>/dev/null; do port=$(( port + 1 )); done
    bin="$(bin_dir)"
    folder="$(mktemp -d /tmp/feedback-postgres.XXXXXX)"
    chown "$OWNER" "$folder"
    as_owner "$bin/initdb" -D "$folder/data" -U postgres --auth=trust --encoding=UTF8 --locale=C.UTF-8 >/dev/null
    as_owner "$bin/pg_ctl" -D "$folder/data" -l "$folder/log" -w -t 60 \
      -o "-c listen_addresses=127.0.0.1 -c port=$port -c unix_socket_directories=$folder -c fsync=off" start >/dev/null
    echo "$folder" >&2
    echo "jdbc:postgresql://127.0.0.1:$port/postgres?user=postgres"
    ;;
  stop)
    folder="${2:?the folder start printed}"
    as_owner "$(bin_dir)/pg_ctl" -D "$folder/data" -m fast -w stop >/dev/null || true
    rm -rf "$folder"
    ;;
  *)
    echo "usage: $0 start [PORT] | stop FOLDER" >&2
    exit 2
    ;;
esac
