# Standard.delete: removes what create.sh made.
set -eu
rm -f worker.env heartbeat
echo "deleted $DIAC_INSTANCE"
