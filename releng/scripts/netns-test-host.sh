#!/usr/bin/env bash
# Test hosts for the agent's ssh driver (MAPPER-DEPLOYER.md §3.2): a network namespace joined to this machine by a
# veth pair, with its own sshd that accepts one key. Needs root and openssh-server (sshd is started by hand: no
# systemd). A namespace isolates the network only: same file system, users and processes.
#
#   netns-test-host.sh up N STATE_DIR     # host diac-h<N> at 10.231.<N>.2 (this side 10.231.<N>.1); prints root@ADDRESS
#   netns-test-host.sh down N STATE_DIR   # stops its sshd, deletes the namespace (and the veth pair with it)
#
# STATE_DIR holds the client key (STATE_DIR/id_ed25519, made once) and the host's sshd config, host key, pid and log.
set -euo pipefail
cmd="${1:?up|down}"; n="${2:?host number 1-250}"; state="${3:?state folder}"
ns="diac-h$n"; here="dv$n"; there="dvh$n"; net="10.231.$n"
mkdir -p "$state/$ns"; state="$(cd "$state" && pwd)"; dir="$state/$ns"

down() {
  if [ -f "$dir/sshd.pid" ]; then kill "$(cat "$dir/sshd.pid")" 2>/dev/null || true; rm -f "$dir/sshd.pid"; fi
  ip netns del "$ns" 2>/dev/null || true
  ip link del "$here" 2>/dev/null || true
}

if [ "$cmd" = down ]; then down; exit 0; fi
[ "$cmd" = up ] || { echo "usage: $0 up|down N STATE_DIR" >&2; exit 2; }
[ -x /usr/sbin/sshd ] || { echo "netns-test-host: no /usr/sbin/sshd (apt-get install openssh-server)" >&2; exit 3; }
down   # idempotent: leftovers of an earlier run go first
[ -f "$state/id_ed25519" ] || ssh-keygen -q -t ed25519 -N "" -f "$state/id_ed25519"
ip netns add "$ns"
ip link add "$here" type veth peer name "$there"
ip link set "$there" netns "$ns"
ip addr add "$net.1/30" dev "$here"; ip link set "$here" up
ip netns exec "$ns" ip addr add "$net.2/30" dev "$there"
ip netns exec "$ns" ip link set "$there" up
ip netns exec "$ns" ip link set lo up
rm -f "$dir/host_key" "$dir/host_key.pub"
ssh-keygen -q -t ed25519 -N "" -f "$dir/host_key"
cp "$state/id_ed25519.pub" "$dir/authorized_keys"
mkdir -p /run/sshd
cat > "$dir/sshd_config" <<CONF
ListenAddress $net.2
Port 22
HostKey $dir/host_key
PidFile $dir/sshd.pid
AuthorizedKeysFile $dir/authorized_keys
PermitRootLogin prohibit-password
PasswordAuthentication no
KbdInteractiveAuthentication no
UsePAM no
StrictModes no
CONF
ip netns exec "$ns" /usr/sbin/sshd -f "$dir/sshd_config" -E "$dir/sshd.log"
for _ in $(seq 50); do
  if ssh -q -o BatchMode=yes -o StrictHostKeyChecking=no -o UserKnownHostsFile=/dev/null -o ConnectTimeout=2 \
      -i "$state/id_ed25519" "root@$net.2" true 2>/dev/null; then echo "root@$net.2"; exit 0; fi
  sleep 0.2
done
echo "netns-test-host: sshd in $ns does not answer (log $dir/sshd.log)" >&2; exit 1
