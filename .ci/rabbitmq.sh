#!/usr/bin/env bash
# A throwaway RabbitMQ for the checks against a real broker: Debian's rabbitmq-server, listening
# on 127.0.0.1 only (AMQP 5672, Erlang distribution 25672, epmd 4369), with its data in a fresh
# temporary folder so every run starts empty.
#   source .ci/rabbitmq.sh; rabbitmq_start; ...; rabbitmq_stop
# rabbitmq_start exports RABBITMQ_URL and RABBITMQ_NODENAME for the tests.

as_root() { if [ "$(id -u)" -eq 0 ]; then "$@"; else sudo -E "$@"; fi; }

export RABBITMQ_NODENAME=rabbit@localhost
export RABBITMQ_NODE_IP_ADDRESS=127.0.0.1
export RABBITMQ_NODE_PORT=5672
export ERL_EPMD_ADDRESS=127.0.0.1
export RABBITMQ_SERVER_ADDITIONAL_ERL_ARGS='-kernel inet_dist_use_interface {127,0,0,1}'
RABBITMQ_STARTED_HERE=0
RABBITMQ_DATA=''

rabbitmq_install() {
  if command -v rabbitmq-server >/dev/null 2>&1 || [ -x /usr/sbin/rabbitmq-server ]; then return 0; fi
  echo "Installing Debian's rabbitmq-server for the checks against a real broker..."
  as_root apt-get update -qq
  # policy-rc.d or no init system: the package is installed but not started; we start it below.
  DEBIAN_FRONTEND=noninteractive as_root apt-get install -y -qq --no-install-recommends rabbitmq-server >/dev/null
}

rabbitmq_start() {
  export PATH="$PATH:/usr/sbin"
  if rabbitmqctl -q ping >/dev/null 2>&1; then
    echo "RabbitMQ is already running: using it as it is."
  else
    RABBITMQ_DATA="$(mktemp -d /tmp/brokerlab-rabbitmq-XXXXXX)"
    mkdir -p "$RABBITMQ_DATA/mnesia" "$RABBITMQ_DATA/log"
    chown -R rabbitmq:rabbitmq "$RABBITMQ_DATA" 2>/dev/null || true
    chmod 755 "$RABBITMQ_DATA"
    export RABBITMQ_MNESIA_BASE="$RABBITMQ_DATA/mnesia" RABBITMQ_LOG_BASE="$RABBITMQ_DATA/log"
    echo "Starting RabbitMQ on 127.0.0.1..."
    as_root rabbitmq-server -detached
    RABBITMQ_STARTED_HERE=1
    # The node registers with epmd a moment after -detached returns: ping until it answers.
    local i
    for i in $(seq 1 60); do
      if rabbitmqctl -q ping >/dev/null 2>&1; then break; fi
      sleep 1
    done
  fi
  if ! timeout 120 rabbitmqctl -q await_startup --timeout 90; then
    echo "RabbitMQ did not start; its log:" >&2
    tail -n 40 "$RABBITMQ_DATA"/log/*.log 2>/dev/null >&2 || true
    return 1
  fi
  export RABBITMQ_URL='amqp://guest:guest@127.0.0.1:5672'
  echo "RabbitMQ $(rabbitmqctl -q version 2>/dev/null) is up at 127.0.0.1:5672."
}

rabbitmq_stop() {
  [ "$RABBITMQ_STARTED_HERE" = 1 ] || return 0
  echo "Stopping RabbitMQ..."
  timeout 120 rabbitmqctl -q shutdown >/dev/null 2>&1 || timeout 60 rabbitmqctl -q stop >/dev/null 2>&1 || true
  # epmd was started with the node; it quits when no node is registered.
  epmd -kill >/dev/null 2>&1 || true
  [ -n "$RABBITMQ_DATA" ] && rm -rf "$RABBITMQ_DATA"
  RABBITMQ_STARTED_HERE=0
}
