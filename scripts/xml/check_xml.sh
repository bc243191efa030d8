#!/usr/bin/env bash
# Validates every per-table XML file of an evaletl output against its schema.
#
#   scripts/xml/check_xml.sh output
#
# Needs xmllint (Debian/Ubuntu: apt-get install libxml2-utils). Exits non-zero
# if the schema is missing, no table file is found, or any file fails validation.
set -euo pipefail

out="${1:?usage: $0 OUTPUT_DIR}"
schema="$out/xml/schema.xsd"
command -v xmllint >/dev/null || { echo "xmllint not found: apt-get install libxml2-utils" >&2; exit 2; }
[ -f "$schema" ] || { echo "$schema: missing" >&2; exit 1; }

status=0
count=0
for file in "$out"/xml/*.xml; do
  [ -e "$file" ] || continue
  count=$((count + 1))
  if xmllint --noout --nonet --schema "$schema" "$file"; then :; else status=1; fi
done
if [ -f "$out/workbook.xml" ]; then
  xmllint --noout --nonet "$out/workbook.xml" && echo "$out/workbook.xml well-formed" || status=1
fi
[ "$count" -gt 0 ] || { echo "$out/xml: no table files" >&2; exit 1; }
exit "$status"
