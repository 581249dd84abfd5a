#!/usr/bin/env bash
# Checks the built Eclipse product and update site (after `releng/scripts/mvn verify`), offline:
#  1. the product's own p2 lists its installed roots (DiaC feature + start script);
#  2. the product's p2 director installs the DiaC feature from the update site alone into an empty folder
#     (everything the feature needs is in the site: nothing else is reachable), and a copy of the product
#     uninstalls DiaC from itself and installs it again from the site;
#  3. the product starts its workbench (under Xvfb when there is no display), stays up, and logs no error.
set -euo pipefail
cd "$(dirname "$0")/../.."
product=releng/org.diac.product/target/products/org.diac.ide/linux/gtk/x86_64/diac-ide
site="$(pwd)/releng/org.diac.site/target/repository"
[ -x "$product/diac-ide" ] || { echo "check-product: no product at $product (build first)" >&2; exit 2; }
work="$(mktemp -d)"
pid=""
# the product (and Xvfb) run in a process group of their own, ended as a whole
trap '[ -n "$pid" ] && kill -- -"$pid" 2>/dev/null; rm -rf "$work"' EXIT

echo "check-product: installed roots"
"$product/diac-ide" -nosplash -consoleLog -application org.eclipse.equinox.p2.director -listInstalledRoots > "$work/roots.txt" 2>&1
cat "$work/roots.txt"
grep -q '^org.diac.feature.feature.group/' "$work/roots.txt"

echo "check-product: offline install of org.diac.feature from the update site"
start=$(date +%s)
"$product/diac-ide" -nosplash -consoleLog -application org.eclipse.equinox.p2.director \
  -repository "file:$site" -installIU org.diac.feature.feature.group -destination "$work/install" -profile DiacSiteCheck \
  -p2.os linux -p2.ws gtk -p2.arch x86_64 -roaming > "$work/install.txt" 2>&1 || { cat "$work/install.txt"; exit 1; }
tail -2 "$work/install.txt"
ls "$work/install/plugins" | grep -q '^org.diac.dsl.ui_' || { echo "check-product: org.diac.dsl.ui not installed" >&2; exit 1; }
# the chain bundle with its embedded Fabric Gateway client (a folder: Bundle-ClassPath lib/*.jar)
ls "$work/install/plugins"/org.diac.chain.ui_*/lib/fabric-gateway.jar >/dev/null 2>&1 \
  || { echo "check-product: org.diac.chain.ui (with lib/fabric-gateway.jar) not installed" >&2; exit 1; }
ls "$work/install/plugins" | grep -q '^org.diac.diagram.ui_' || { echo "check-product: org.diac.diagram.ui not installed" >&2; exit 1; }
echo "check-product: installed $(ls "$work/install/plugins" | wc -l) plugins in $(( $(date +%s) - start )) s"

echo "check-product: the product changes itself (a copy): uninstall DiaC, install it again from the update site"
cp -r "$product" "$work/self"
"$work/self/diac-ide" -nosplash -consoleLog -application org.eclipse.equinox.p2.director \
  -uninstallIU org.diac.feature.feature.group > "$work/self.txt" 2>&1 || { cat "$work/self.txt"; exit 1; }
"$work/self/diac-ide" -nosplash -application org.eclipse.equinox.p2.director -listInstalledRoots > "$work/roots.txt" 2>&1
! grep -q '^org.diac.feature.feature.group/' "$work/roots.txt" || { cat "$work/roots.txt"; echo "check-product: DiaC still installed" >&2; exit 1; }
"$work/self/diac-ide" -nosplash -consoleLog -application org.eclipse.equinox.p2.director -repository "file:$site" \
  -installIU org.diac.feature.feature.group > "$work/self.txt" 2>&1 || { cat "$work/self.txt"; exit 1; }
"$work/self/diac-ide" -nosplash -application org.eclipse.equinox.p2.director -listInstalledRoots > "$work/roots.txt" 2>&1
grep -q '^org.diac.feature.feature.group/' "$work/roots.txt" || { cat "$work/roots.txt"; echo "check-product: DiaC not reinstalled" >&2; exit 1; }
echo "check-product: uninstalled and installed again in the product itself"

echo "check-product: starting the workbench"
display=()
[ -z "${DISPLAY:-}" ] && display=(xvfb-run -a -s "-screen 0 1280x800x24")
setsid "${display[@]}" "$product/diac-ide" -data "$work/workspace" -consoleLog > "$work/console.txt" 2>&1 & pid=$!
for _ in $(seq 1 60); do
  sleep 1
  # the IDE application writes its workbench state folder once the workbench window is up
  [ -d "$work/workspace/.metadata/.plugins/org.eclipse.ui.workbench" ] && break
  kill -0 "$pid" 2>/dev/null || { cat "$work/console.txt"; echo "check-product: the product exited" >&2; exit 1; }
done
sleep 10
kill -0 "$pid" 2>/dev/null || { cat "$work/console.txt"; echo "check-product: the product exited" >&2; exit 1; }
if grep -q '^!ENTRY .* 4 ' "$work/workspace/.metadata/.log" 2>/dev/null; then
  cat "$work/workspace/.metadata/.log"; echo "check-product: errors in the workspace log" >&2; exit 1
fi
kill -- -"$pid" 2>/dev/null; wait "$pid" 2>/dev/null || true; pid=""
echo "check-product: workbench up, no error logged"
