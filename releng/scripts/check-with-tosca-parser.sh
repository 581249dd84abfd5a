#!/usr/bin/env bash
# Checks that a standard TOSCA parser (OpenStack tosca-parser, from PyPI) accepts the
# exported DiaC profile and DiaC documents (LANGUAGE.md §1: "That is a test, not a hope").
#
# Usage: check-with-tosca-parser.sh PROFILE.yaml [--instances SEED_HEX] [DOCUMENT.diac ...]
#
#  1. PROFILE is imported by a minimal service template, so its type definitions are
#     parsed and validated.
#  2. Each DOCUMENT is copied to a scratch directory with PROFILE added to its imports
#     (DiaC builds the profile in; other tools need the import) and parsed. The TOSCA
#     normative types are built into tosca-parser, so they are not imported.
#  3. With --instances SEED_HEX, each DOCUMENT is first mapped by the diac launcher
#     (`diac map DOCUMENT --seed SEED_HEX --instances`) and its instance model
#     (LANGUAGE.md §7: one node template per worker slot) is checked instead.
#
# The virtual environment is created on first use, and reused, under
# $HOME/.cache/diac/venv-tosca (override with DIAC_TOSCA_VENV); pip uses its default
# index. Exit status: 0 when everything is accepted, 1 when something is rejected,
# 2 on wrong usage or a missing file.
set -euo pipefail

usage() { echo "usage: $(basename "$0") PROFILE.yaml [--instances SEED_HEX] [DOCUMENT ...]" >&2; exit 2; }
[ $# -ge 1 ] || usage
profile="$1"; shift
seed=""
if [ "${1:-}" = "--instances" ]; then
  [ $# -ge 2 ] || usage
  seed="$2"; shift 2
fi
for f in "$profile" "$@"; do
  [ -f "$f" ] || { echo "error: no such file: $f" >&2; exit 2; }
done

venv="${DIAC_TOSCA_VENV:-$HOME/.cache/diac/venv-tosca}"
if ! "$venv/bin/python" -c 'import toscaparser, yaml' 2>/dev/null; then
  echo "Creating $venv with tosca-parser ..." >&2
  mkdir -p "$(dirname "$venv")"
  python3 -m venv "$venv"
  "$venv/bin/pip" install --quiet --upgrade pip
  "$venv/bin/pip" install --quiet tosca-parser pyyaml
fi

scratch="$(mktemp -d "${TMPDIR:-/tmp}/diac-tosca-parser.XXXXXX")"
trap 'rm -rf "$scratch"' EXIT

documents=("$@")
if [ -n "$seed" ]; then
  repo="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
  documents=()
  for f in "$@"; do
    model="$scratch/$(basename "${f%.*}").instances.yaml"
    "$repo/diac" map "$f" --seed "$seed" --instances --out "$model" || { echo "REJECTED $f: diac map --instances failed" >&2; exit 1; }
    documents+=("$model")
  done
fi

"$venv/bin/python" - "$scratch" "$profile" "${documents[@]}" <<'PY'
import logging
import os
import sys

import yaml
from toscaparser.tosca_template import ToscaTemplate

logging.disable(logging.CRITICAL)  # tosca-parser logs every error once more

scratch, profile, documents = sys.argv[1], os.path.abspath(sys.argv[2]), sys.argv[3:]


def parse(label, path):
    try:
        ToscaTemplate(path)
    except Exception as error:  # tosca-parser raises one ValidationError listing all problems
        print("REJECTED %s\n%s\n" % (label, error))
        return False
    print("accepted %s" % label)
    return True


ok = True
for name in (profile, *documents):
    with open(name, encoding="utf-8") as stream:
        try:
            yaml.safe_load(stream)
        except yaml.YAMLError as error:
            print("REJECTED %s: not valid YAML\n%s\n" % (name, error))
            ok = False
if not ok:
    sys.exit(1)

probe = os.path.join(scratch, "profile-probe.yaml")
with open(probe, "w", encoding="utf-8") as out:
    yaml.safe_dump({
        "tosca_definitions_version": "tosca_simple_yaml_1_3",
        "description": "Imports the DiaC profile so that tosca-parser validates its types.",
        "imports": [profile],
        "topology_template": {"node_templates": {"probe": {"type": "tosca.nodes.Root"}}},
    }, out, sort_keys=False)
ok = parse("profile %s" % profile, probe) and ok

for index, document in enumerate(documents):
    with open(document, encoding="utf-8") as stream:
        tree = yaml.safe_load(stream)
    if not isinstance(tree, dict):
        print("REJECTED %s: not a YAML mapping\n" % document)
        ok = False
        continue
    imports = tree.get("imports") or []
    tree["imports"] = [profile] + [i for i in imports if i != profile]
    copy = os.path.join(scratch, "%d-%s.yaml" % (index, os.path.basename(document)))
    with open(copy, "w", encoding="utf-8") as out:
        yaml.safe_dump(tree, out, sort_keys=False, allow_unicode=True)
    ok = parse(document, copy) and ok

sys.exit(0 if ok else 1)
PY
