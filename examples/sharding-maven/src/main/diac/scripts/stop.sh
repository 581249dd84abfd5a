# Standard.stop: ends the worker process start.sh left.
set -eu
if [ -f worker.pid ]; then
  kill "$(cat worker.pid)" 2>/dev/null || true
  rm -f worker.pid
fi
echo "stopped $DIAC_INSTANCE"
