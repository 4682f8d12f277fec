# The image docker-compose.yml names as syncad-local/pgbouncer:1.18, built here because no image
# can be pulled: Debian's PgBouncer on the local Debian base, configured from the environment by
# its entrypoint (pgbouncer-entrypoint.sh) and run as the postgres user Debian's package creates.
FROM syncad-local/debian:bookworm
RUN apt-get update \
 && apt-get install -y --no-install-recommends pgbouncer \
 && rm -rf /var/lib/apt/lists/*
COPY pgbouncer-entrypoint.sh /usr/local/bin/pgbouncer-entrypoint.sh
EXPOSE 6432
ENTRYPOINT ["pgbouncer-entrypoint.sh"]
