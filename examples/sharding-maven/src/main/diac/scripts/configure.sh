# Standard.configure: the shard the mapper gave this slot (input `shard`, the instance's `group` property).
set -eu
echo "shard=${shard:?the shard input is missing}" >> worker.env
echo "configured $DIAC_INSTANCE in shard $shard"
