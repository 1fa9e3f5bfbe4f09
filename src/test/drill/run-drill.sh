#!/usr/bin/env bash
# The cluster drill (README, "Run as a cluster"). Starts Debian's PostgreSQL (a private instance of its
# own, in a temporary directory) and nginx (with config/nginx/ipflow.conf), two IPFlow nodes with
# postgres,demo on ports 8081 and 8082 behind nginx on 8080; runs DrillClient through nginx for
# DRILL_SECONDS (default 120); kills node 2 with SIGKILL at 25% of the time, restarts PostgreSQL at 45%
# and node 2 at 55%; lets staff drain open work; then DrillClient checks the database and the API and
# prints the counts. Needs root (apt-get for what is missing) and about four minutes.
# Not part of `mvn verify`. Environment: DRILL_SECONDS, DRILL_DRAIN_SECONDS, DRILL_ENTERPRISES,
# DRILL_PG_PORT (default 55439), DRILL_SKIP_BUILD=1 (reuse target/ipflow-*.jar).
set -euo pipefail
cd "$(dirname "$0")/../../.."

LOAD=${DRILL_SECONDS:-120}
DRAIN=${DRILL_DRAIN_SECONDS:-60}
ENTERPRISES=${DRILL_ENTERPRISES:-3}
PG_PORT=${DRILL_PG_PORT:-55439}
WORK=$(mktemp -d /tmp/ipflow-drill.XXXXXX)
LOGS=target/drill
mkdir -p "$LOGS"
DB_PASSWORD="drill-$(od -An -N6 -tx1 /dev/urandom | tr -d ' \n')"
pids=()

say() { printf '\n== %s  %s\n' "$(date +%T)" "$*"; }

cleanup() {
  for pid in "${pids[@]}"; do kill "$pid" 2>/dev/null || true; done
  [ -f "$WORK/nginx.pid" ] && kill "$(cat "$WORK/nginx.pid")" 2>/dev/null || true
  [ -n "${PG_BIN:-}" ] && runuser -u postgres -- "$PG_BIN/pg_ctl" -D "$WORK/pg" -m fast stop >/dev/null 2>&1 || true
  cp "$WORK"/nginx-error.log "$WORK"/pg.log "$LOGS"/ 2>/dev/null || true
  rm -rf "$WORK"
}
trap cleanup EXIT

for port in 8080 8081 8082 "$PG_PORT"; do
  if ss -ltn "( sport = :$port )" | grep -q LISTEN; then echo "port $port is in use; stop what uses it" >&2; exit 2; fi
done

say "PostgreSQL and nginx from Debian's packages"
need=()
ls /usr/lib/postgresql/*/bin/postgres >/dev/null 2>&1 || need+=(postgresql)
command -v nginx >/dev/null 2>&1 || need+=(nginx)
if [ ${#need[@]} -gt 0 ]; then
  [ "$(id -u)" = 0 ] || { echo "run as root to install ${need[*]}" >&2; exit 2; }
  apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${need[@]}" >/dev/null
  # The packages start their own services; the drill uses private instances only.
  systemctl stop nginx 2>/dev/null || service nginx stop 2>/dev/null || true
fi
PG_BIN=$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -1)

say "a private PostgreSQL on port $PG_PORT"
chown postgres "$WORK"
echo "$DB_PASSWORD" >"$WORK/pwfile"; chown postgres "$WORK/pwfile"
runuser -u postgres -- "$PG_BIN/initdb" -D "$WORK/pg" -A scram-sha-256 -U postgres --pwfile="$WORK/pwfile" >/dev/null
rm -f "$WORK/pwfile"
pg_start() { runuser -u postgres -- "$PG_BIN/pg_ctl" -D "$WORK/pg" -l "$WORK/pg.log" -w \
  -o "-p $PG_PORT -k $WORK -c listen_addresses=127.0.0.1" start >/dev/null; }
pg_start
JDBC="jdbc:postgresql://127.0.0.1:$PG_PORT/ipflow"
PGPASSWORD=$DB_PASSWORD psql -q -h 127.0.0.1 -p "$PG_PORT" -U postgres -c "create database ipflow"

if [ "${DRILL_SKIP_BUILD:-0}" != 1 ] || ! ls target/ipflow-*.jar >/dev/null 2>&1; then
  say "building the jar"
  mvn -B -q -o package -DskipTests
fi
# A copy: a build during the drill must not change what the nodes start from.
cp "$(ls target/ipflow-*.jar | head -1)" "$WORK/ipflow.jar"
JAR=$WORK/ipflow.jar
unzip -o -q -j "$JAR" 'BOOT-INF/lib/postgresql-*.jar' -d "$WORK"

# The drill's enterprises all register from one address: lift the per-address registration quota.
start_node() {
  local n=$1
  SPRING_PROFILES_ACTIVE=postgres,demo SPRING_DATASOURCE_URL=$JDBC SPRING_DATASOURCE_USERNAME=postgres \
  SPRING_DATASOURCE_PASSWORD=$DB_PASSWORD SERVER_PORT=808$n \
  IPFLOW_REGISTRATION_MAX_PER_ADDRESS=100000 \
    java -Xmx768m -jar "$JAR" >>"$LOGS/node$n.log" 2>&1 &
  echo $! >"$WORK/node$n.pid"
  pids+=($!)
}
wait_up() {
  for _ in $(seq 1 180); do
    curl -fsS "http://127.0.0.1:808$1/actuator/health" >/dev/null 2>&1 && return 0
    sleep 1
  done
  echo "node $1 did not come up; see $LOGS/node$1.log" >&2; exit 1
}

say "node 1 (creates the schema), then node 2"
: >"$LOGS/node1.log"; : >"$LOGS/node2.log"
start_node 1; wait_up 1
start_node 2; wait_up 2

say "nginx on 8080 with config/nginx/ipflow.conf"
cat >"$WORK/nginx.conf" <<EOF
worker_processes 1;
pid $WORK/nginx.pid;
error_log $WORK/nginx-error.log warn;
events { worker_connections 512; }
http {
  access_log $WORK/nginx-access.log;
  client_body_temp_path $WORK/nginx-body;
  proxy_temp_path $WORK/nginx-proxy;
  include $PWD/config/nginx/ipflow.conf;
}
EOF
nginx -t -c "$WORK/nginx.conf" -q
nginx -c "$WORK/nginx.conf"
curl -fsS http://127.0.0.1:8080/actuator/health; echo

say "load through nginx for $LOAD s ($ENTERPRISES enterprises, 5 staff, notice clock)"
( java -cp "$(ls "$WORK"/postgresql-*.jar)" src/test/drill/DrillClient.java http://127.0.0.1:8080 "$JDBC" \
    postgres "$DB_PASSWORD" "$LOAD" "$DRAIN" "$ENTERPRISES"; echo $? >"$WORK/client.rc" ) 2>&1 | tee "$LOGS/client.log" &
client=$!

t0=$(date +%s)
at() { while [ "$(date +%s)" -lt $((t0 + $1)) ]; do sleep 1; done; }

at $((LOAD * 25 / 100))
say "SIGKILL node 2"
kill -9 "$(cat "$WORK/node2.pid")"
at $((LOAD * 45 / 100))
say "restart PostgreSQL (node 1 alone meanwhile)"
runuser -u postgres -- "$PG_BIN/pg_ctl" -D "$WORK/pg" -m fast stop >/dev/null
sleep 3
pg_start
say "PostgreSQL back"
at $((LOAD * 55 / 100))
say "restart node 2 (it joins when it is up)"
start_node 2
( wait_up 2 && say "node 2 is up again" ) &

wait $client || true
status=$(cat "$WORK/client.rc" 2>/dev/null || echo 1)
back=no
for _ in $(seq 1 180); do
  curl -fsS http://127.0.0.1:8082/actuator/health >/dev/null 2>&1 && { back=yes; break; }
  sleep 1
done
if [ $back = yes ]; then echo "node 2 is back in the cluster"; else echo "node 2 did not come back"; status=1; fi
grep -c '"stack_trace"\|Exception' "$LOGS/node1.log" "$LOGS/node2.log" | sed 's/^/exceptions logged by /' || true
say "drill $([ $status = 0 ] && echo passed || echo FAILED); logs in $LOGS"
exit $status
