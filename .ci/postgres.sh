# Sourced by .ci/run: a throwaway PostgreSQL cluster on a free local port, run by an
# unprivileged user, stopped and removed on exit. Exports KATHAN_TEST_POSTGRES.
# Installs Debian's postgresql package when no server is found.

pg_bin() {
    ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1
}

if [ -z "$(pg_bin)" ]; then
    echo "ci: installing PostgreSQL (Debian package postgresql)" >&2
    export DEBIAN_FRONTEND=noninteractive
    apt-get update -qq
    apt-get install -y -qq postgresql >/dev/null
fi
PG_BIN="$(pg_bin)"
PG_DIR="$(mktemp -d /tmp/kathan-pg.XXXXXX)"
PG_PORT="$(python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')"

as_pg() {
    # initdb and postgres refuse to run as root: use nobody when we are root.
    if [ "$(id -u)" = 0 ]; then
        su nobody -s /bin/sh -c "$*"
    else
        sh -c "$*"
    fi
}

# TCP connections need the password (so the tests see how Kathan handles one); the socket is trusted.
PG_PASSWORD="$(python3 -c 'import secrets; print(secrets.token_hex(12))')"
printf '%s\n' "$PG_PASSWORD" >"$PG_DIR/pw"
if [ "$(id -u)" = 0 ]; then chown -R nobody "$PG_DIR"; fi
as_pg "'$PG_BIN/initdb' -D '$PG_DIR/data' -U kathan --pwfile='$PG_DIR/pw' --auth-local=trust --auth-host=scram-sha-256 \
    -E UTF8 --locale=C.UTF-8 >'$PG_DIR/initdb.log' 2>&1" || { cat "$PG_DIR/initdb.log" >&2; exit 1; }
rm -f "$PG_DIR/pw"

stop_postgres() {
    as_pg "'$PG_BIN/pg_ctl' -D '$PG_DIR/data' -m immediate stop >/dev/null 2>&1" || true
    rm -rf "$PG_DIR"
}
trap stop_postgres EXIT

as_pg "'$PG_BIN/pg_ctl' -D '$PG_DIR/data' -l '$PG_DIR/server.log' -w \
    -o \"-c listen_addresses=127.0.0.1 -p $PG_PORT -k '$PG_DIR' -c fsync=off -c max_connections=200\" start >/dev/null" \
    || { cat "$PG_DIR/server.log" >&2; exit 1; }
"$PG_BIN/createdb" -h "$PG_DIR" -p "$PG_PORT" -U kathan kathan_test
export KATHAN_TEST_POSTGRES="postgresql+psycopg://kathan:$PG_PASSWORD@127.0.0.1:$PG_PORT/kathan_test"
echo "ci: PostgreSQL $("$PG_BIN/postgres" --version | awk '{print $3}') on 127.0.0.1:$PG_PORT, database kathan_test" >&2
