#!/bin/sh
# PgBouncer in transaction pooling in front of one PostgreSQL server, every database on it:
#   PGBOUNCER_SERVER_HOST (required), PGBOUNCER_SERVER_PORT (5432), PGBOUNCER_USER (required),
#   PGBOUNCER_PASSWORD_FILE (required: the user's password; clients log in with it (md5), and
#   PgBouncer logs in to PostgreSQL with it), PGBOUNCER_MAX_SERVER_CONNECTIONS (200: server
#   connections for all databases together, below the server's max_connections),
#   PGBOUNCER_MAX_CLIENTS (5000), PGBOUNCER_STATEMENT_TIMEOUT_MS (15000: set on each server
#   connection, since the services send no startup parameter through a pooler).
set -eu
: "${PGBOUNCER_SERVER_HOST:?}" "${PGBOUNCER_USER:?}" "${PGBOUNCER_PASSWORD_FILE:?}"
dir=/run/pgbouncer
mkdir -p "$dir"
# The auth file quotes with "", doubling any " inside.
password=$(sed 's/"/""/g' "$PGBOUNCER_PASSWORD_FILE")
printf '"%s" "%s"\n' "$PGBOUNCER_USER" "$password" > "$dir/userlist.txt"
cat > "$dir/pgbouncer.ini" <<INI
[databases]
* = host=$PGBOUNCER_SERVER_HOST port=${PGBOUNCER_SERVER_PORT:-5432} connect_query='SET statement_timeout = ${PGBOUNCER_STATEMENT_TIMEOUT_MS:-15000}'

[pgbouncer]
listen_addr = 0.0.0.0
listen_port = 6432
unix_socket_dir =
auth_type = md5
auth_file = $dir/userlist.txt
pool_mode = transaction
max_client_conn = ${PGBOUNCER_MAX_CLIENTS:-5000}
default_pool_size = 20
max_user_connections = ${PGBOUNCER_MAX_SERVER_CONNECTIONS:-200}
server_idle_timeout = 60
INI
chown -R postgres "$dir"
chmod 600 "$dir/userlist.txt"
# SIGTERM from `docker stop`: PgBouncer's immediate shutdown.
exec pgbouncer -u postgres "$dir/pgbouncer.ini"
