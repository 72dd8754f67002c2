#!/usr/bin/env bash
# Installs what forest-coverage needs on Debian bookworm and caches it:
#   1. Debian packages: libgdal-dev (libgdal32 3.6.2 + headers), gdal-bin, swig, g++,
#      python3-gdal + python3-numpy (the benchmark's peer and oracle), maven, fonts-wqy-microhei (the report's
#      font, with Chinese glyphs); with --browser (what the tests need) also chromium (the report's tests open it
#      headless) and postgresql-15 + postgresql-15-postgis-3 (the catalogue's tests start a PostGIS server).
#   2. libgdalalljni.so, the JNI side of GDAL's Java bindings, generated with swig from
#      Debian's own GDAL source so that it matches libgdal exactly (DESIGN.md §5).
# Every step is skipped when its result is already there, so a second run takes well under a second.
# Prints the directory that holds libgdalalljni.so on its last line. Usage: setup.sh [--browser]
set -euo pipefail

CACHE="${FOREST_CACHE:-${XDG_CACHE_HOME:-$HOME/.cache}/forest-coverage}"
GDAL_DEB_VERSION_PREFIX="3.6"
PKGS=(libgdal-dev gdal-bin swig g++ make python3-gdal python3-numpy maven openjdk-17-jdk-headless dpkg-dev time bc
      fonts-wqy-microhei)
OK="$CACHE/setup.ok"
if [ "${1:-}" = --browser ]; then
  PKGS+=(chromium postgresql-15 postgresql-15-postgis-3)
  OK="$CACHE/setup-browser.ok"
fi
log() { echo "[setup] $*" >&2; }

# Fast path: everything was checked after the last change to the installed packages.
if [ -f "$OK" ] && [ "$OK" -nt /var/lib/dpkg/status ] && [ -f "$(cat "$OK")/libgdalalljni.so" ]; then
  cat "$OK"; exit 0
fi

missing_pkgs() {
  local p out=()
  for p in "${PKGS[@]}"; do
    dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || out+=("$p")
  done
  echo "${out[@]:-}"
}

as_root() {
  if [ "$(id -u)" -eq 0 ]; then "$@"; return; fi
  if command -v sudo >/dev/null && sudo -n true 2>/dev/null; then sudo "$@"; return; fi
  log "this step needs root. Run exactly this, then run the command again:"
  log "  sudo $*"
  exit 2
}

# --- 1. Debian packages -------------------------------------------------------------
missing=$(missing_pkgs)
if [ -n "$missing" ]; then
  log "installing Debian packages: $missing"
  if [ "$(id -u)" -ne 0 ] && ! (command -v sudo >/dev/null && sudo -n true 2>/dev/null); then
    log "not root. Run exactly this, then run the command again:"
    log "  sudo apt-get update && sudo apt-get install -y --no-install-recommends $missing"
    exit 2
  fi
  as_root env DEBIAN_FRONTEND=noninteractive apt-get update -qq
  # shellcheck disable=SC2086
  as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends $missing >/dev/null
fi
GDAL_VERSION=$(gdal-config --version)
case "$GDAL_VERSION" in
  "$GDAL_DEB_VERSION_PREFIX".*) ;;
  *) log "libgdal $GDAL_VERSION found; this project pins the GDAL Java jar to 3.6 (Debian bookworm). Install Debian bookworm's libgdal-dev."; exit 3 ;;
esac

# --- 2. JNI library ------------------------------------------------------------------
JNI_DIR="$CACHE/gdal-jni-$GDAL_VERSION"
if [ -f "$JNI_DIR/libgdalalljni.so" ]; then
  echo "$JNI_DIR" > "$OK"
  echo "$JNI_DIR"; exit 0
fi
log "building libgdalalljni.so for GDAL $GDAL_VERSION (once, about a minute)"
WORK="$CACHE/build-jni.$$"
rm -rf "$WORK"; mkdir -p "$WORK" "$CACHE"
trap 'rm -rf "$WORK"' EXIT

SRC_LIST=/etc/apt/sources.list.d/forest-coverage-deb-src.sources
if ! apt-get source --print-uris gdal >/dev/null 2>&1; then
  log "adding a deb-src entry for bookworm main ($SRC_LIST)"
  printf 'Types: deb-src\nURIs: http://deb.debian.org/debian\nSuites: bookworm bookworm-updates\nComponents: main\nSigned-By: /usr/share/keyrings/debian-archive-keyring.gpg\n' \
    > "$WORK/src.sources"
  as_root cp "$WORK/src.sources" "$SRC_LIST"
  as_root env DEBIAN_FRONTEND=noninteractive apt-get update -qq
fi
(cd "$WORK" && apt-get source -qq --download-only gdal >/dev/null 2>&1)
ORIG=$(ls "$WORK"/gdal_*.orig.tar.* | head -1)
tar -C "$WORK" -xf "$ORIG"
SWIG_INC=$(dirname "$(find "$WORK" -path '*/swig/include/gdal.i' | head -1)")

JAVA_HOME="${JAVA_HOME:-$(dirname "$(dirname "$(readlink -f "$(command -v javac)")")")}"
GEN="$WORK/gen"; mkdir -p "$GEN/java"
for m in gdal ogr osr; do
  swig -c++ -java -package "org.gdal.$m" -outdir "$GEN/java" -I"$SWIG_INC" -I"$SWIG_INC/java" \
       -I/usr/include/gdal -o "$GEN/${m}_wrap.cpp" "$SWIG_INC/$m.i" 2>>"$WORK/swig.log" \
    || { cat "$WORK/swig.log" >&2; exit 4; }
done
swig -java -package org.gdal.gdalconst -outdir "$GEN/java" -I"$SWIG_INC" -I"$SWIG_INC/java" \
     -I/usr/include/gdal -o "$GEN/gdalconst_wrap.c" "$SWIG_INC/gdalconst.i" 2>>"$WORK/swig.log" \
  || { cat "$WORK/swig.log" >&2; exit 4; }

CFLAGS=(-O2 -fPIC -w -I/usr/include/gdal -I"$JAVA_HOME/include" -I"$JAVA_HOME/include/linux")
pids=()
for m in gdal ogr osr; do g++ "${CFLAGS[@]}" -c "$GEN/${m}_wrap.cpp" -o "$GEN/$m.o" & pids+=($!); done
gcc "${CFLAGS[@]}" -c "$GEN/gdalconst_wrap.c" -o "$GEN/gdalconst.o" & pids+=($!)
for p in "${pids[@]}"; do wait "$p"; done
g++ -shared -o "$GEN/libgdalalljni.so" "$GEN"/*.o -lgdal
mkdir -p "$JNI_DIR.tmp"; mv "$GEN/libgdalalljni.so" "$JNI_DIR.tmp/"
rm -rf "$JNI_DIR"; mv "$JNI_DIR.tmp" "$JNI_DIR"
log "built $JNI_DIR/libgdalalljni.so"
echo "$JNI_DIR" > "$OK"
echo "$JNI_DIR"
