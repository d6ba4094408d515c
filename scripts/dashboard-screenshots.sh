#!/usr/bin/env bash
# The screenshots of the team dashboard in docs/images, made again: runs the dashboard's browser test
# (DashboardBrowserTest, profile browser: groupsetup serve on invented sample groups, driven in a headless Chromium),
# which writes them to bootstrap/target/screenshots, then copies them here. The tests never write tracked files.
#
# Usage: scripts/dashboard-screenshots.sh
# Needs /usr/bin/chromium and /usr/bin/chromedriver (Debian: apt-get install chromium chromium-driver); without them
# the test is skipped and nothing is copied. Takes about two minutes on two cores. Add -o to MVN_FLAGS to build
# offline.
set -euo pipefail
cd "$(dirname "$0")/.."

shots=bootstrap/target/screenshots
rm -rf "$shots"
# the modules come from this checkout (the reactor), never from an older jar in ~/.m2
./mvnw ${MVN_FLAGS:-} -q -B -Pbrowser -pl bootstrap -am verify -Djacoco.skip=true \
    -Dtest=DashboardBrowserTest -Dsurefire.failIfNoSpecifiedTests=false

shopt -s nullglob
pngs=("$shots"/*.png)
if (( ${#pngs[@]} == 0 )); then
    echo "dashboard-screenshots: no screenshot was made (Chromium or chromedriver missing? see" \
        "bootstrap/target/surefire-reports)" >&2
    exit 1
fi
mkdir -p docs/images
cp "${pngs[@]}" docs/images/
for png in "${pngs[@]}"; do
    echo "docs/images/$(basename "$png")  $(wc -c <"$png") bytes"
done
