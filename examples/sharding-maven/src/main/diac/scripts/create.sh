# Standard.create of a shard worker: its folder (the agent runs this in work/INSTANCE/ of its state folder).
set -eu
echo "instance=$DIAC_INSTANCE" > worker.env
echo "operator=$DIAC_OPERATOR" >> worker.env
echo "created $DIAC_INSTANCE"
