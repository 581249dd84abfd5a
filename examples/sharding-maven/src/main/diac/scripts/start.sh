# Standard.start: the worker, a process of its own that beats every second into ./heartbeat until stopped
# (stop.sh). Detached from the agent, which only waits for this script. Publishes the address the agent reports.
set -eu
if [ -f worker.pid ] && kill -0 "$(cat worker.pid)" 2>/dev/null; then
  echo "already running: $(cat worker.pid)"
else
  setsid bash -c 'while :; do date +%s > heartbeat; sleep 1; done' </dev/null >/dev/null 2>&1 &
  echo $! > worker.pid
  echo "started $DIAC_INSTANCE as process $(cat worker.pid)"
fi
for _ in 1 2 3 4 5 6 7 8 9 10; do [ -s heartbeat ] && break; sleep 0.2; done
[ -s heartbeat ] || { echo "no heartbeat from $(cat worker.pid)" >&2; exit 1; }
echo "ipv4_addr=127.0.0.1" >> "$DIAC_OUTPUTS"
