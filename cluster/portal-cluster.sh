#!/usr/bin/env bash
# The portal on two Payara Server 6 instances of one domain, in one deployment group, on one PostgreSQL
# database, behind HAProxy on one port. Web sessions are kept in Payara's data grid (the web module is
# <distributable/> and is deployed with availability enabled), so a person goes on working when the
# server that served them is lost.
#
#   cluster/portal-cluster.sh start            # build, set up and start everything; prints the address
#   cluster/portal-cluster.sh failover         # sign in through HAProxy, kill -9 the serving instance,
#                                              # open the page again: still signed in?
#   cluster/portal-cluster.sh failover_many 12 # the same for 12 sessions over both instances
#   cluster/portal-cluster.sh rejoin           # start the killed instance again
#   cluster/portal-cluster.sh stop             # HAProxy, both instances and the domain (data stays)
#   cluster/portal-cluster.sh clean [db]       # stop, remove the domain (and the database and roles)
#
# Needs what the run command needs (JDK 17, PostgreSQL reachable as PORTAL_DB_ADMIN_USER, default
# postgres) and HAProxy (installed from Debian's packages when missing and running as root).
set -euo pipefail

ROOT=$(cd "$(dirname "$0")/.." && pwd)
BASE=${PORTAL_CLUSTER_DIR:-$ROOT/target/cluster}
PAYARA_VERSION=$(sed -n 's:.*<payara.version>\(.*\)</payara.version>.*:\1:p' "$ROOT/pom.xml" | head -1)
PG_VERSION=$(sed -n 's:.*<postgresql.version>\(.*\)</postgresql.version>.*:\1:p' "$ROOT/pom.xml" | head -1)
PAYARA=$BASE/payara6
ASADMIN=$PAYARA/bin/asadmin
DOMAINDIR=$BASE/domains
NODEDIR=$PAYARA/glassfish/nodes         # the local node's directory
DOMAIN=portal-cluster
DAS_PORTBASE=${PORTAL_CLUSTER_PORTBASE:-8100}   # administration on portbase + 48, this machine only
ADMIN_PORT=$((DAS_PORTBASE + 48))
GROUP=portal-dg
CONFIG=portal-config
NODE=localhost-$DOMAIN
# Two instances; PORTAL_CLUSTER_INSTANCES=1 runs the first alone behind the same HAProxy (the benchmark
# measures one against two that way).
ALL_INSTANCES=(portal-i1 portal-i2)
INSTANCES=("${ALL_INSTANCES[@]}")
case ${PORTAL_CLUSTER_INSTANCES:-2} in
  1) INSTANCES=(portal-i1) ;;
  2) ;;
  *) echo "PORTAL_CLUSTER_INSTANCES must be 1 or 2" >&2; exit 2 ;;
esac
declare -A PORTBASE=([portal-i1]=$((DAS_PORTBASE + 100)) [portal-i2]=$((DAS_PORTBASE + 200)))
# Each instance's data grid port; the shared config keeps ${HZ_LISTENER_PORT} and each instance sets it.
declare -A HZPORT=([portal-i1]=$((DAS_PORTBASE + 190)) [portal-i2]=$((DAS_PORTBASE + 290)))
EAR=$ROOT/portal-ear/target/portal.ear
DRIVER=$ROOT/portal-ear/target/portal/lib/org.postgresql-postgresql-$PG_VERSION.jar
PASSFILE=$BASE/admin-password
LB_PORT=${PORTAL_CLUSTER_PORT:-8090}
LB_STATS_PORT=$((LB_PORT + 1))
LB_CFG=$BASE/haproxy.cfg
LB_PID=$BASE/haproxy.pid

PG_ADMIN="psql -h ${PORTAL_DB_HOST:-127.0.0.1} -p ${PORTAL_DB_PORT:-5432} -U ${PORTAL_DB_ADMIN_USER:-postgres} -d postgres -v ON_ERROR_STOP=1 -qAt"
DB_NAME=${PORTAL_CLUSTER_DB:-portal_cluster}
DB_OWNER=${PORTAL_DB_OWNER:-portal}
DB_OWNER_PASSWORD=${PORTAL_DB_OWNER_PASSWORD:-portal}
DB_USER=${PORTAL_DB_USER:-portal_app}
DB_PASSWORD=${PORTAL_DB_PASSWORD:-portal_app}
DB_URL="jdbc:postgresql://${PORTAL_DB_HOST:-127.0.0.1}:${PORTAL_DB_PORT:-5432}/$DB_NAME"

# The portal reads its settings from the environment. An instance inherits the environment of the
# process that starts it: the domain administration server for start-deployment-group, the shell for
# start-local-instance; both get these.
export PORTAL_DEMO_DATA=${PORTAL_DEMO_DATA:-auto}
export PORTAL_PUBLIC_URL=${PORTAL_PUBLIC_URL:-http://localhost:$LB_PORT/portal}
export PORTAL_TRUSTED_PROXIES=${PORTAL_TRUSTED_PROXIES:-127.0.0.1}
export PORTAL_EXPORT_DIR=${PORTAL_EXPORT_DIR:-$BASE/exports}
export PORTAL_DB_URL=$DB_URL PORTAL_DB_USER=$DB_USER PORTAL_DB_OWNER=$DB_OWNER

log() { printf '[portal-cluster %(%H:%M:%S)T] %s\n' -1 "$*"; }
a() { "$ASADMIN" --interactive=false --port "$ADMIN_PORT" --user admin --passwordfile "$PASSFILE" "$@"; }
local_a() { "$ASADMIN" --interactive=false "$@"; }
timed() { local s=$SECONDS; "$@"; log "$* took $((SECONDS - s)) s"; }

# ---------------------------------------------------------------------------------------------------
build() {  # the EAR, and a Payara Server of the version the build uses
  # PORTAL_CLUSTER_PREBUILT=true: a Maven build that has just made the EAR runs this script.
  [ "${PORTAL_CLUSTER_PREBUILT:-false}" = true ] || (cd "$ROOT" && ./mvnw -B -q -DskipTests package)
  mkdir -p "$BASE" "$PORTAL_EXPORT_DIR"
  if [ ! -x "$ASADMIN" ]; then
    (cd "$ROOT" && ./mvnw -B -q -N dependency:unpack \
      -Dartifact="fish.payara.distributions:payara:$PAYARA_VERSION:zip" -DoutputDirectory="$BASE")
  fi
  if ! command -v haproxy > /dev/null; then
    [ "$(id -u)" = 0 ] || { log "HAProxy is missing: apt-get install haproxy"; exit 1; }
    apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq haproxy > /dev/null
  fi
}

db() {  # the database and its two roles, as the run command makes them
  $PG_ADMIN <<SQL
do \$\$ begin
  if not exists (select 1 from pg_roles where rolname = '$DB_OWNER') then
    create role "$DB_OWNER" login password '$DB_OWNER_PASSWORD'; end if;
  if not exists (select 1 from pg_roles where rolname = '$DB_USER') then
    create role "$DB_USER" login password '$DB_PASSWORD'; end if;
end \$\$;
SQL
  if [ -z "$($PG_ADMIN -c "select 1 from pg_database where datname = '$DB_NAME'")" ]; then
    $PG_ADMIN -c "create database \"$DB_NAME\" owner \"$DB_OWNER\" template template0 encoding 'UTF8' lc_collate 'C.UTF-8' lc_ctype 'C.UTF-8'"
  fi
}

# ---------------------------------------------------------------------------------------------------
domain() {  # the domain, the driver in its lib, the DAS running
  if [ ! -d "$DOMAINDIR/$DOMAIN" ]; then
    [ -f "$PASSFILE" ] || { umask 077; echo "AS_ADMIN_PASSWORD=$(head -c 18 /dev/urandom | base64 | tr '+/' '-_')" > "$PASSFILE"; }
    local_a --user admin --passwordfile "$PASSFILE" create-domain --domaindir "$DOMAINDIR" \
      --portbase $DAS_PORTBASE "$DOMAIN"
    # Before the first start, as the run command does: no error page that names the server, in every
    # config (the instances' config is a copy of default-config), and administration on this machine.
    python3 - "$DOMAINDIR/$DOMAIN/config/domain.xml" <<'PY'
import sys, xml.etree.ElementTree as ET
path = sys.argv[1]
tree = ET.parse(path, ET.XMLParser(target=ET.TreeBuilder(insert_comments=True)))
for config in tree.getroot().iter("config"):
    for vs in config.iter("virtual-server"):
        if vs.get("id") == "server" and not any(p.get("name") == "errorReportValve" for p in vs.findall("property")):
            ET.SubElement(vs, "property", name="errorReportValve", value="")
    if config.get("name") == "server-config":
        for listener in config.iter("network-listener"):
            if listener.get("name") == "admin-listener":
                listener.set("address", "127.0.0.1")
tree.write(path, encoding="UTF-8", xml_declaration=True)
PY
  fi
  mkdir -p "$DOMAINDIR/$DOMAIN/lib"
  cp "$DRIVER" "$DOMAINDIR/$DOMAIN/lib/"
  if ! local_a list-domains --domaindir "$DOMAINDIR" | grep -q "^$DOMAIN running"; then
    local_a start-domain --domaindir "$DOMAINDIR" "$DOMAIN"
  fi
}

# ---------------------------------------------------------------------------------------------------
instances() {  # a config of their own, the deployment group, two instances on the local node
  if ! a list-configs | grep -qx "$CONFIG"; then
    a copy-config default-config "$CONFIG"
  fi
  a list-deployment-groups | grep -qw "$GROUP" || a create-deployment-group "$GROUP"
  for i in "${INSTANCES[@]}"; do
    if ! a list-instances | grep -q "^$i "; then
      local_a --port "$ADMIN_PORT" --user admin --passwordfile "$PASSFILE" create-local-instance \
        --node "$NODE" --config "$CONFIG" --portbase "${PORTBASE[$i]}" \
        --systemproperties "HZ_LISTENER_PORT=${HZPORT[$i]}" "$i"
      a add-instance-to-deployment-group --instance "$i" --deploymentgroup "$GROUP"
    fi
  done
  # The portal's listener, thread and timeout settings, as the run command gives its domain.
  local c="configs.config.$CONFIG"
  a set "$c.network-config.protocols.protocol.http-listener-1.http.xpowered-by=false" \
        "$c.network-config.protocols.protocol.http-listener-1.http.server-header=false" \
        "$c.network-config.protocols.protocol.http-listener-1.http.request-timeout-seconds=60" \
        "$c.network-config.protocols.protocol.http-listener-1.http.timeout-seconds=20" \
        "$c.network-config.protocols.protocol.http-listener-1.http.connection-upload-timeout-millis=10000" \
        "$c.network-config.transports.transport.tcp.read-timeout-millis=10000" \
        "$c.thread-pools.thread-pool.http-thread-pool.max-thread-pool-size=48" \
        "$c.thread-pools.thread-pool.http-thread-pool.min-thread-pool-size=8" \
        "$c.network-config.network-listeners.network-listener.admin-listener.address=127.0.0.1"
  # The EJB timer service's store in the data grid: the default store is a database whose table
  # exists on the administration server only, and without a store the EJB module does not start.
  a set "$c.ejb-container.ejb-timer-service.ejb-timer-service=DataGrid"
  for opt in -Xmx512m '-XX\:NewRatio=2'; do a delete-jvm-options --target "$CONFIG" -- "$opt" || true; done
  # Java's lowest thread priority (the mail connections', the reminder job's) as nice 19, every other 0.
  local jvm='-Xms400m:-Xmx400m:-XX\:+UseG1GC:-XX\:MaxGCPauseMillis=50' p
  jvm+=':-XX\:ThreadPriorityPolicy=1:-XX\:JavaPriority1_To_OSPriority=19'
  for p in 2 3 4 5 6 7 8 9 10; do jvm+=":-XX\\:JavaPriority${p}_To_OSPriority=0"; done
  a create-jvm-options --target "$CONFIG" -- "$jvm" || true
  # The collector's log beside each instance's server log, as the run command's domain keeps it.
  a create-jvm-options --target "$CONFIG" -- \
    '-Xlog\:gc\:file=${com.sun.aas.instanceRoot}/logs/gc.log\:uptime\:filecount=4,filesize=8m' || true
}

# ---------------------------------------------------------------------------------------------------
resources() {  # the two pools (domain-wide) and their resources on the deployment group
  local p
  for p in "portal-db-password:$DB_PASSWORD" "portal-db-owner-password:$DB_OWNER_PASSWORD"; do
    a list-password-aliases | grep -qx "${p%%:*}" && continue
    local f; f=$(mktemp); chmod 600 "$f"
    { cat "$PASSFILE"; echo "AS_ADMIN_ALIASPASSWORD=${p#*:}"; } > "$f"
    "$ASADMIN" --interactive=false --port "$ADMIN_PORT" --user admin --passwordfile "$f" \
      create-password-alias "${p%%:*}"
    rm -f "$f"
  done
  local url=${DB_URL//:/\\:}
  pool() {  # name user alias steady max
    a list-jdbc-connection-pools | grep -qx "$1" && return 0
    a create-jdbc-connection-pool --datasourceclassname org.postgresql.ds.PGSimpleDataSource \
      --restype javax.sql.DataSource --steadypoolsize "$4" --maxpoolsize "$5" \
      --isconnectvalidatereq=true --validationmethod custom-validation \
      --validationclassname org.glassfish.api.jdbc.validation.PostgresConnectionValidation \
      --failconnection=true --property "url=$url:user=$2:password=\${ALIAS=$3}" "$1"
  }
  pool portal-pool "$DB_USER" portal-db-password 8 24
  pool portal-schema-pool "$DB_OWNER" portal-db-owner-password 0 4
  # Resources are made for the domain and referenced by the group: create-jdbc-resource --target
  # <group> reports success but references the resource nowhere.
  local r
  for r in jdbc/portal:portal-pool jdbc/portal-schema:portal-schema-pool; do
    a list-jdbc-resources domain | grep -qx "${r%%:*}" ||
      a create-jdbc-resource --connectionpoolid "${r#*:}" --target domain "${r%%:*}"
    a list-resource-refs "${INSTANCES[0]}" | grep -qx "${r%%:*}" ||
      a create-resource-ref --target "$GROUP" "${r%%:*}"
  done
  a ping-connection-pool portal-pool
  a ping-connection-pool portal-schema-pool
}

# ---------------------------------------------------------------------------------------------------
ha() {  # web sessions into the Domain Data Grid
  # Payara's defaults already; set to say so. What decides is <distributable/> and deploying with
  # --availabilityenabled=true, without which sessions stay in one server's memory, silently.
  local c="configs.config.$CONFIG"
  a set "$c.availability-service.availability-enabled=true" \
        "$c.availability-service.web-container-availability.availability-enabled=true" \
        "$c.availability-service.web-container-availability.persistence-type=hazelcast" \
        "$c.availability-service.web-container-availability.persistence-frequency=web-method" \
        "$c.availability-service.web-container-availability.persistence-scope=session"
  # A data grid of its own name, which no other domain on this machine joins.
  a set-hazelcast-configuration --clustername "$DOMAIN-$DAS_PORTBASE" --dynamic=true
  a get "$c.availability-service.*"
  a get-hazelcast-configuration --target "$CONFIG" || true
}

# ---------------------------------------------------------------------------------------------------
deploy() {  # the libraries in the EAR's lib/ are not scanned for CDI beans, as the run command deploys
  a deploy --force=true --property implicitCdiEnabled=false --name portal --availabilityenabled=true \
    --target "$GROUP" "$EAR"
}

start_group() {
  local s=$SECONDS
  a start-deployment-group "$GROUP"
  for i in "${INSTANCES[@]}"; do await_ready "$i"; done
  log "${#INSTANCES[@]} instance(s) ready $((SECONDS - s)) s after the start"
}

http_port() { echo $((PORTBASE[$1] + 80)); }

await_ready() {  # instance [limit seconds]
  local port; port=$(http_port "$1"); local limit=${2:-600} s=$SECONDS
  until [ "$(curl -s -o /dev/null -w '%{http_code}' "http://127.0.0.1:$port/portal/signin.xhtml")" = 200 ] &&
        [ "$(curl -s -o /dev/null -w '%{http_code}' "http://127.0.0.1:$port/health/ready")" = 200 ]; do
    [ $((SECONDS - s)) -lt "$limit" ] || { log "$1 not ready after $limit s"; return 1; }
    sleep 2
  done
  log "$1 ready on port $port after $((SECONDS - s)) s"
}

# ---------------------------------------------------------------------------------------------------
haproxy_cfg() {
  cat > "$LB_CFG" <<CFG
global
    log stdout format raw local0 info

defaults
    mode http
    log global
    option httplog
    timeout connect 2s
    timeout client 60s
    timeout server 60s
    option redispatch
    retries 2
    # A request sent on a connection the lost server reset goes to the other server; a post is never
    # sent twice (it may have been saved), so one in flight at the loss is answered with an error.
    retry-on conn-failure empty-response response-timeout

listen stats
    bind 127.0.0.1:$LB_STATS_PORT
    stats enable
    stats uri /

frontend portal
    bind *:$LB_PORT
    option forwardfor
    # A client asking to turn the connection into cleartext HTTP/2 (h2c) is answered in HTTP/1.1:
    # after the switch HAProxy would only relay bytes, and could neither keep the person on their
    # server nor move them when it is lost. Browsers never ask for it.
    http-request del-header Upgrade if { req.hdr(Upgrade) -i h2c }
    http-request del-header HTTP2-Settings
    http-request set-header X-Forwarded-Proto http
    default_backend payara

backend payara
    balance roundrobin
    cookie SERVERID insert indirect nocache httponly
    http-request disable-l7-retry if METH_POST
    option httpchk
    http-check send meth GET uri /health/ready
    http-check expect status 200
    default-server inter 2s fall 2 rise 2
CFG
  for i in "${INSTANCES[@]}"; do
    echo "    server $i 127.0.0.1:$(http_port "$i") check cookie $i" >> "$LB_CFG"
  done
}


lb() {
  haproxy_cfg
  haproxy -c -q -f "$LB_CFG"
  [ -f "$LB_PID" ] && kill "$(cat "$LB_PID")" 2>/dev/null || true
  haproxy -f "$LB_CFG" >> "$BASE/haproxy.log" 2>&1 &
  echo $! > "$LB_PID"
  sleep 3
  curl -s "http://127.0.0.1:$LB_STATS_PORT/;csv" | awk -F, '$1=="payara"{print $2, $18}'
}

# ---------------------------------------------------------------------------------------------------
instance_pid() {  # the JVM of an instance: its config/pid, else the process with its instance root
  local f="$NODEDIR/$NODE/$1/config/pid"
  if [ -f "$f" ] && kill -0 "$(cat "$f")" 2>/dev/null; then cat "$f"; return; fi
  pgrep -f -- "-Dcom.sun.aas.instanceRoot=$NODEDIR/$NODE/$1( |\$)"
}

# Signs in through HAProxy as the demo therapist, opens the therapist's home, kills the instance that
# served it (HAProxy's cookie names it) with SIGKILL, and opens the page again.
failover() {
  local lb="http://127.0.0.1:$LB_PORT" d="$BASE/failover" jar
  rm -rf "$d"; mkdir -p "$d"; jar=$d/cookies.txt
  local c=(curl -s -b "$jar" -c "$jar" -o "$d/body" -D "$d/headers" -w '%{http_code} %{redirect_url}')
  log "GET /portal/signin.xhtml: $("${c[@]}" "$lb/portal/signin.xhtml")"
  local vs; vs=$(grep -o 'name="jakarta.faces.ViewState"[^>]*value="[^"]*"' "$d/body" | sed 's/.*value="//; s/"$//')
  log "view state: $vs"
  log "POST sign-in: $("${c[@]}" -H "Origin: $lb" --data-urlencode signin=signin \
      --data-urlencode signin:clinic=demo --data-urlencode signin:username=therapist \
      --data-urlencode 'signin:password=Hamstring!Kettle-48' --data-urlencode signin:submit= \
      --data-urlencode "jakarta.faces.ViewState=$vs" "$lb/portal/signin.xhtml")"
  grep -i '^set-cookie' "$d/headers" | sed 's/=[^;]*/=<value>/' || true
  local page="$lb/portal/therapist/index.xhtml"
  local r; r=$("${c[@]}" "$page"); cp "$d/body" "$d/before.html"
  log "GET therapist/index.xhtml before: $r; greeting: $(grep -o '<h1 id="greeting">[^<]*' "$d/body" | sed 's/.*>//')"
  [[ $r == 200* ]] || { log "not signed in before the kill"; return 1; }
  local served; served=$(awk '$6=="SERVERID"{print $7}' "$jar")
  local session; session=$(awk '$6=="JSESSIONID"{print $7}' "$jar")
  local pid; pid=$(instance_pid "$served")
  log "served by $served (pid $pid), JSESSIONID $session"
  echo "$served" > "$BASE/killed-instance"
  local other; for other in "${INSTANCES[@]}"; do [ "$other" != "$served" ] && break; done
  wc -l < "$NODEDIR/$NODE/$other/logs/server.log" > "$d/other-log-lines"
  kill -9 "$pid"; log "kill -9 $pid ($served)"
  local t0=$SECONDS
  r=$("${c[@]}" "$page"); cp "$d/body" "$d/after.html"
  log "GET therapist/index.xhtml after ($((SECONDS - t0)) s): $r; greeting: $(grep -o '<h1 id="greeting">[^<]*' "$d/body" | sed 's/.*>//')"
  log "now SERVERID=$(awk '$6=="SERVERID"{print $7}' "$jar") JSESSIONID=$(awk '$6=="JSESSIONID"{print $7}' "$jar")"
  sleep 1
  r=$("${c[@]}" "$page"); log "GET therapist/index.xhtml again: $r"
  log "surviving $other's log since the kill:"
  tail -n +"$(( $(cat "$d/other-log-lines") + 1 ))" "$NODEDIR/$NODE/$other/logs/server.log" |
    grep -E 'SEVERE|WARNING|Exception|Serializ' | cut -c1-300 | head -40 || true
  if [[ $r == 200* ]] && grep -q 'id="greeting"' "$d/body"; then log "FAIL-OVER OK: still signed in"; else log "FAIL-OVER FAILED"; return 1; fi
}

rejoin() {  # start the instance the last fail-over killed, wait for it, show the grid
  local i; i=$(cat "$BASE/killed-instance")
  if [ -n "$(instance_pid "$i")" ]; then log "$i is running already"; return 0; fi
  local s=$SECONDS
  # Remote mode (the DAS's port, user and password file): without them start-local-instance warns
  # "Synchronization with DAS failed, continuing startup" and starts from the files it has.
  a start-local-instance --node "$NODE" "$i"
  await_ready "$i"
  log "restart of $i took $((SECONDS - s)) s"
  a list-instances --long
  a list-hazelcast-cluster-members || true
  curl -s "http://127.0.0.1:$LB_STATS_PORT/;csv" | awk -F, '$1=="payara"{print $2, $18}'
}

# Many sessions at once: signs in N times (the balancer spreads them), kills the instance of the
# first, opens the therapist's home in every session and counts who is still signed in.
failover_many() {
  local n=${1:-12} lb="http://127.0.0.1:$LB_PORT" d="$BASE/failover-many" k
  rm -rf "$d"; mkdir -p "$d"
  for ((k = 1; k <= n; k++)); do
    curl -s -b "$d/$k" -c "$d/$k" -o /dev/null -H "Origin: $lb" --data-urlencode signin=signin \
      --data-urlencode signin:clinic=demo --data-urlencode signin:username=therapist \
      --data-urlencode 'signin:password=Hamstring!Kettle-48' --data-urlencode signin:submit= \
      --data-urlencode jakarta.faces.ViewState=stateless "$lb/portal/signin.xhtml"
    curl -s -b "$d/$k" -c "$d/$k" -o "$d/$k.before" "$lb/portal/therapist/index.xhtml"
  done
  local victim; victim=$(awk '$6=="SERVERID"{print $7}' "$d/1")
  echo "$victim" > "$BASE/killed-instance"
  kill -9 "$(instance_pid "$victim")"; log "kill -9 $victim"
  local kept=0 lost=0 on_victim=0 row
  for ((k = 1; k <= n; k++)); do
    local was; was=$(awk '$6=="SERVERID"{print $7}' "$d/$k")
    local r; r=$(curl -s -b "$d/$k" -c "$d/$k" -o "$d/$k.after" -w '%{http_code} %{redirect_url}' "$lb/portal/therapist/index.xhtml")
    [ "$was" = "$victim" ] && on_victim=$((on_victim + 1))
    if [[ $r == 200* ]] && grep -q 'id="greeting"' "$d/$k.after"; then kept=$((kept + 1)); row=kept; else lost=$((lost + 1)); row=LOST; fi
    log "session $k: was on $was, now on $(awk '$6=="SERVERID"{print $7}' "$d/$k"): $r $row"
  done
  log "$on_victim of $n sessions were on $victim; after the kill $kept still signed in, $lost lost"
  [ "$lost" = 0 ]
}

stop() {  # each instance on its own: the group's stop waits long on an instance that was killed
  [ -f "$LB_PID" ] && kill "$(cat "$LB_PID")" 2>/dev/null && rm -f "$LB_PID" || true
  for i in "${ALL_INSTANCES[@]}"; do
    timeout 120 "$ASADMIN" --interactive=false stop-local-instance --node "$NODE" "$i" 2>/dev/null || true
  done
  timeout 120 "$ASADMIN" --interactive=false stop-domain --domaindir "$DOMAINDIR" "$DOMAIN" || true
}

# Everything removed but the database; with "clean db", its database too (the roles, which the run
# command's database shares, stay).
clean() {
  stop
  rm -rf "$DOMAINDIR/$DOMAIN" "$NODEDIR/$NODE" "$PASSFILE" "$LB_CFG" "$BASE/killed-instance"
  if [ "${1:-}" = db ]; then
    $PG_ADMIN -c "drop database if exists \"$DB_NAME\" with (force)"
  fi
}

start() {
  timed build
  timed db
  timed domain
  timed instances
  timed resources
  timed ha
  timed deploy
  timed start_group
  timed lb
  echo
  echo "  Clinic Portal is running on ${#INSTANCES[@]} server(s) at $PORTAL_PUBLIC_URL"
  echo "  (HAProxy's view of them: http://127.0.0.1:$LB_STATS_PORT/)"
  echo "  Demo logins as for the run command; stop with: cluster/portal-cluster.sh stop"
  echo
}

"${@:-start}"
