#!/usr/bin/env bash
# Packs tiqu-csv for cluster workers (Hadoop Streaming -archives, Spark
# --archives): a relocatable tarball holding bin/tiqu-csv, the shared
# libraries it loads except glibc's own (ICU with its data, RE2, Abseil,
# marisa, libcsv, libstdc++), and bin/tiqu-run, which points the loader at
# them and runs tiqu-csv with the arguments given.  The lexicons are
# compiled into the binary; user lexicons (--lexicon) ship as extra files.
# Workers need glibc >= the build machine's (2.36 on Debian 12).
#   scripts/bundle.sh [BUILD_DIR] [OUT.tgz]      (default: build tiqu-bundle.tgz)
set -euo pipefail
BUILD_DIR=${1:-build}; OUT=${2:-tiqu-bundle.tgz}
BIN="$BUILD_DIR/examples/tiqu-csv"
[ -x "$BIN" ] || { echo "bundle.sh: no $BIN (run scripts/build.sh)" >&2; exit 1; }
STAGE=$(mktemp -d); trap 'rm -rf "$STAGE"' EXIT
mkdir -p "$STAGE/bin" "$STAGE/lib"
cp "$BIN" "$STAGE/bin/"
ldd "$BIN" | awk '$2 == "=>" && $3 ~ /^\// {print $3}' |
  grep -Ev '/(libc|libm|libpthread|libdl|librt|ld-linux[^/]*)\.so' |
  while read -r lib; do cp -L "$lib" "$STAGE/lib/"; done
cat > "$STAGE/bin/tiqu-run" <<'RUN'
#!/bin/sh
# Runs the bundled tiqu-csv with the bundled libraries.
here=$(cd "$(dirname "$0")/.." && pwd)
LD_LIBRARY_PATH="$here/lib${LD_LIBRARY_PATH:+:$LD_LIBRARY_PATH}" exec "$here/bin/tiqu-csv" "$@"
RUN
chmod +x "$STAGE/bin/tiqu-run"
tar -czf "$OUT" -C "$STAGE" bin lib
echo "$OUT: $(du -h "$OUT" | cut -f1), $(ls "$STAGE/lib" | wc -l) libraries"
