#!/usr/bin/env bash
# The Nu Html Checker (npm vnu-jar, run with Debian's Java) on every page of a site.
# Usage: vnu_all_pages.sh SOURCE_DIR SITE_DIR — exits 1 on any error.
set -euo pipefail
src=$1
site=$2
jar="$src/node_modules/vnu-jar/build/dist/vnu.jar"
mapfile -t pages < <(find "$site" -name '*.html' -not -path '*/zoekindex/*' | sort)
echo "vnu: checking ${#pages[@]} pages"
java -Xss4m -jar "$jar" --errors-only --format gnu "${pages[@]}"
echo "vnu: no errors"
