#!/bin/sh
# Checks Office add-in XML manifests against Microsoft's schemas in this folder (see README.md).
# Usage: sh scripts/manifest-schemas/validate.sh MANIFEST.xml...
# Exit status: 0 all valid, 1 a manifest does not validate, 2 nothing could be checked.
here=$(cd "$(dirname "$0")" && pwd)
if [ "$#" -eq 0 ]; then
  echo "usage: validate.sh MANIFEST.xml..." >&2
  exit 2
fi
if ! command -v xmllint >/dev/null 2>&1; then
  echo "validate.sh: xmllint not found; install it (Debian/Ubuntu: apt-get install -y libxml2-utils)" >&2
  exit 2
fi
status=0
for manifest in "$@"; do
  if [ ! -f "$manifest" ]; then
    echo "validate.sh: $manifest: no such file" >&2
    status=1
    continue
  fi
  xmllint --noout --nonet --schema "$here/OfficeAppManifestV1_1.xsd" "$manifest" || status=1
done
exit $status
