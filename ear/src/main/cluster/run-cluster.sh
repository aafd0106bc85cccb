#!/usr/bin/env bash
# `mvn package -Pcluster`: the product as a cluster on this machine (ADR 12), for a person who wants to see it. Two
# nodes of the build's server (standalone-full-ha.xml, configured by configure.cli and cluster.cli) on port offsets
# 100 and 200, MariaDB from the machine, HAProxy in front on https://localhost:8443, all in dev mode with demo data.
# Ctrl+C stops all three. Kill a node meanwhile (its pid is printed) and watch the other one carry on.
set -euo pipefail

wildfly_home=$1
ear=$2
work=$3
haproxy_cfg=$4
database_url=${DB_URL:-jdbc:mariadb://127.0.0.1:3306/anliegen_cluster?user=root&password=}

if ! command -v haproxy > /dev/null; then
  echo "The cluster needs HAProxy in front of its nodes: apt-get install haproxy" >&2
  exit 1
fi
if [[ -z ${DB_URL:-} ]]; then
  if ! command -v mariadb > /dev/null; then
    echo "The cluster's nodes share one MariaDB: install it, or name one in DB_URL" >&2
    exit 1
  fi
  mariadb -h 127.0.0.1 -u root -e 'create database if not exists anliegen_cluster' \
    || { echo "MariaDB at 127.0.0.1:3306 does not answer as root; name another in DB_URL" >&2; exit 1; }
fi
for port in 8080 8443 8180 8543 8280 8643 10090 10190; do
  if (exec 3<> "/dev/tcp/127.0.0.1/$port") 2> /dev/null; then
    echo "Port $port on 127.0.0.1 is already in use (ss -ltnp | grep :$port shows by whom): the cluster cannot start." >&2
    exit 1
  fi
done

mkdir -p "$work"
# the secrets every node of an installation shares: the cluster's key and password, the two-factor and push keys
if [[ ! -f $work/cluster.keys ]]; then
  keytool -genseckey -alias cluster -keyalg AES -keysize 256 -storetype PKCS12 \
    -keystore "$work/cluster.keys" -storepass anliegen -keypass anliegen
fi
[[ -f $work/cluster.password ]] || head -c 24 /dev/urandom | base64 > "$work/cluster.password"
# one certificate for both nodes: TLS passes through the balancer, so a client meets either node's
if [[ ! -f $work/application.keystore ]]; then
  keytool -genkeypair -alias server -keyalg EC -groupname secp256r1 -validity 365 -dname CN=localhost \
    -ext SAN=dns:localhost,ip:127.0.0.1 -storetype JKS -keystore "$work/application.keystore" \
    -storepass password -keypass password 2> /dev/null
fi

pids=()
stop() {
  trap - INT TERM EXIT
  echo "Stopping the cluster"
  for pid in "${pids[@]}"; do
    kill "$pid" 2> /dev/null || true
  done
  wait 2> /dev/null || true
}
trap stop INT TERM EXIT

# start_node NAME OFFSET: a copy of the server's base directory, the EAR deployed in it, started in the background
start_node() {
  local name=$1 offset=$2 base=$work/$1
  rm -rf "$base"
  cp -r "$wildfly_home/standalone" "$base"
  rm -rf "$base/data" "$base/log" "$base/tmp" "$base"/deployments/*
  cp "$ear" "$base/deployments/"
  cp "$work/application.keystore" "$base/configuration/"
  # in the background, so that a signal to standalone.sh reaches the server
  LAUNCH_JBOSS_IN_BACKGROUND=1 ANLIEGEN_MODE=dev \
    DB_DRIVER=mariadb DB_URL=$database_url DB_DIALECT=org.hibernate.dialect.MariaDBDialect \
    ANLIEGEN_CLUSTER_MEMBERS='127.0.0.1[7700],127.0.0.1[7800]' \
    ANLIEGEN_CLUSTER_KEY_FILE=$work/cluster.keys \
    ANLIEGEN_CLUSTER_PASSWORD=$(cat "$work/cluster.password") \
    ANLIEGEN_TOTP_KEY_FILE=$work/totp.keys ANLIEGEN_VAPID_KEY_FILE=$work/vapid.pem \
    JBOSS_JAVA_SIZING=${JBOSS_JAVA_SIZING:--Xms1g -Xmx1g} \
    "$wildfly_home/bin/standalone.sh" -c standalone-full-ha.xml -Djboss.server.base.dir="$base" \
    -Djboss.node.name="$name" -Djboss.socket.binding.port-offset="$offset" > "$base/console.log" 2>&1 &
  pids+=($!)
  echo "$name started (pid $!, log $base/console.log)"
}

# wait_started NAME: until the node's log says it has started (its listeners take only connections with the PROXY
# protocol, so it is not asked directly; HAProxy's health checks ask it once HAProxy runs)
wait_started() {
  local name=$1
  for _ in $(seq 1 180); do
    if grep -q 'WFLYSRV0025' "$work/$name/console.log" 2> /dev/null; then
      return 0
    fi
    if grep -q 'WFLYSRV0026' "$work/$name/console.log" 2> /dev/null; then
      echo "$name started with errors: see $work/$name/console.log" >&2
      exit 1
    fi
    sleep 1
  done
  echo "$name did not start within 3 minutes: see $work/$name/console.log" >&2
  exit 1
}

# one after the other: the first migrates the database and makes the shared keys, the second finds them
start_node node1 100
wait_started node1
start_node node2 200
wait_started node2

ANLIEGEN_LB_HTTPS=:8443 ANLIEGEN_LB_HTTP=:8080 \
  ANLIEGEN_NODE1_HTTPS=127.0.0.1:8543 ANLIEGEN_NODE2_HTTPS=127.0.0.1:8643 \
  ANLIEGEN_NODE1_HTTP=127.0.0.1:8180 ANLIEGEN_NODE2_HTTP=127.0.0.1:8280 \
  haproxy -f "$haproxy_cfg" &
pids+=($!)
echo
echo "The cluster serves https://localhost:8443 (HAProxy, pid $!) with node1 (pid ${pids[0]}) and node2 (pid ${pids[1]})."
echo "The demo logins are in $work/node1/console.log. Ctrl+C stops the cluster."
wait
