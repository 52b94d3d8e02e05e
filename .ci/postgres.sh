#!/bin/sh
# Installs (if needed) and starts Debian's PostgreSQL, creates the `decorum` role and the
# `decorum_test` database (if missing), and prints the line that points the tests at it:
#
#   eval "$(sh .ci/postgres.sh)"    # or: sh .ci/postgres.sh > /tmp/pg.env && . /tmp/pg.env
#
# Safe to run again: every step checks before it acts. Progress goes to stderr, the export line
# to stdout. Run as root on Debian (or Ubuntu) with network access to the mirrors.
set -eu

ROLE="${DECORUM_PG_ROLE:-decorum}"
PASSWORD="${DECORUM_PG_PASSWORD:-decorum}"
DATABASE="${DECORUM_PG_DATABASE:-decorum_test}"
HOST=127.0.0.1

say() { echo "postgres.sh: $*" >&2; }

if [ "$(id -u)" -ne 0 ]; then
    say "must run as root (it installs packages and starts the server)"
    exit 1
fi

if ! command -v pg_lsclusters >/dev/null 2>&1 || [ -z "$(pg_lsclusters -h 2>/dev/null)" ]; then
    say "installing postgresql"
    export DEBIAN_FRONTEND=noninteractive
    apt-get update >&2
    apt-get install -y --no-install-recommends postgresql >&2
fi

# The first cluster Debian created (e.g. "15 main"); create one if the package left none.
CLUSTER="$(pg_lsclusters -h | awk 'NR==1 {print $1" "$2}')"
if [ -z "$CLUSTER" ]; then
    VERSION="$(ls /usr/lib/postgresql | sort -V | tail -1)"
    say "creating cluster $VERSION main"
    pg_createcluster "$VERSION" main >&2
    CLUSTER="$VERSION main"
fi
set -- $CLUSTER
VERSION="$1"; NAME="$2"
PORT="$(pg_lsclusters -h | awk -v v="$VERSION" -v n="$NAME" '$1==v && $2==n {print $3}')"

if pg_lsclusters -h | awk -v v="$VERSION" -v n="$NAME" '$1==v && $2==n {print $4}' | grep -q online; then
    say "cluster $VERSION/$NAME already running on port $PORT"
else
    say "starting cluster $VERSION/$NAME on port $PORT"
    pg_ctlcluster "$VERSION" "$NAME" start >&2
fi

# Wait until the server accepts connections (it may still be starting).
i=0
until su postgres -c "pg_isready -q -h $HOST -p $PORT"; do
    i=$((i + 1))
    if [ "$i" -ge 30 ]; then say "server did not accept connections within 30 s"; exit 1; fi
    sleep 1
done

psql_admin() { su postgres -c "psql -p $PORT -v ON_ERROR_STOP=1 -tA $*"; }

# The store tests run in parallel, each with its own database and pool: Debian's default of 100
# connections is too few for them.
if [ "$(psql_admin "-c \"SHOW max_connections\"")" -lt 400 ]; then
    say "raising max_connections to 400 and restarting"
    psql_admin "-c \"ALTER SYSTEM SET max_connections = 400\"" >&2
    pg_ctlcluster "$VERSION" "$NAME" restart >&2
    i=0
    until su postgres -c "pg_isready -q -h $HOST -p $PORT"; do
        i=$((i + 1))
        if [ "$i" -ge 30 ]; then say "server did not come back within 30 s"; exit 1; fi
        sleep 1
    done
fi

if [ "$(psql_admin "-c \"SELECT 1 FROM pg_roles WHERE rolname = '$ROLE'\"")" = "1" ]; then
    say "role $ROLE exists"
else
    say "creating role $ROLE"
    psql_admin "-c \"CREATE ROLE $ROLE LOGIN PASSWORD '$PASSWORD' SUPERUSER\"" >&2
fi

if [ "$(psql_admin "-c \"SELECT 1 FROM pg_database WHERE datname = '$DATABASE'\"")" = "1" ]; then
    say "database $DATABASE exists"
else
    say "creating database $DATABASE"
    # UTF-8 whatever the cluster's default (a clean container's cluster may be SQL_ASCII).
    su postgres -c "createdb -p $PORT -O $ROLE -E UTF8 -T template0 --locale=C.UTF-8 $DATABASE" >&2
fi

echo "export DECORUM_TEST_POSTGRES_URL=postgres://$ROLE:$PASSWORD@$HOST:$PORT/$DATABASE"
