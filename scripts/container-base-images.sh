#!/usr/bin/env bash
# Builds Debian trixie base images for machines without an image registry, and caches them: a Java 25 JDK to build in
# (with its jmods, which jlink links the image's runtime from, and binutils, whose objcopy Debian's jlink strips native
# debug symbols with), and a bare minbase system without Java to run on (the Dockerfile brings its jlinked runtime).
#
# Usage: scripts/container-base-images.sh [podman|docker]
# Prints BUILDER_IMAGE=… and RUNTIME_IMAGE=… lines, the build arguments to give the Dockerfile.
# Images stay in the engine's store and as tarballs under $EFFORTS_CI_CACHE, so later runs only check they exist.
set -euo pipefail

ENGINE="${1:-podman}"
CACHE_DIR="${EFFORTS_CI_CACHE:-/var/cache/efforts-ci}"
MIRROR="${DEBIAN_MIRROR:-http://deb.debian.org/debian}"
SUITE=trixie
LOCAL_CAS=/usr/local/share/ca-certificates
# The tag names the recipe (bump it when the recipe below changes) and the host's extra CAs, so neither goes stale.
TAG="$SUITE-r5-$(cat "$LOCAL_CAS"/*.crt 2>/dev/null | sha256sum | cut -c1-8)"

log() { echo "[base-images] $*" >&2; }

# Runs "$@" with its output kept in a log that is shown only if it fails.
quietly() {
  local out
  out="$(mktemp)"
  if ! "$@" >"$out" 2>&1; then
    cat "$out" >&2
    rm -f "$out"
    return 1
  fi
  rm -f "$out"
}

# Bootstraps the Debian system both images share, once per run, into $MINBASE.
MINBASE=""
minbase() {
  [[ -n "$MINBASE" ]] && return
  MINBASE="$(mktemp -d /var/tmp/efforts-minbase.XXXXXX)"
  log "debootstrap $SUITE (a few minutes, once)"
  quietly debootstrap --variant=minbase "$SUITE" "$MINBASE" "$MIRROR"
  # debootstrap reads only the release suite; the packages must come with their security updates.
  cat > "$MINBASE/etc/apt/sources.list" <<SOURCES
deb $MIRROR $SUITE main
deb $MIRROR $SUITE-updates main
deb http://deb.debian.org/debian-security $SUITE-security main
SOURCES
  # Behind a TLS-inspecting proxy the build must trust this machine's extra CAs to reach Maven Central;
  # installed before the JDK, ca-certificates-java also puts them into the JDK's trust store.
  mkdir -p "$MINBASE$LOCAL_CAS"
  cp "$LOCAL_CAS"/*.crt "$MINBASE$LOCAL_CAS"/ 2>/dev/null || true
  quietly chroot "$MINBASE" /bin/sh -c "export DEBIAN_FRONTEND=noninteractive; apt-get -qq update \
    && apt-get -qq -y upgrade && apt-get -qq -y install --no-install-recommends ca-certificates"
}

# Makes image $1 from Debian plus packages $2, without the paths $3 (globs under its root), unless the store or the
# tarball cache already has it.
ensure_image() {
  local image="$1" packages="$2" prune="${3:-}"
  local tarball="$CACHE_DIR/${image//[:\/]/_}.tar"
  if "$ENGINE" image inspect "$image" >/dev/null 2>&1; then
    log "$image: cached in $ENGINE's store"
    return
  fi
  if [[ -s "$tarball" ]]; then
    log "$image: importing cached $tarball"
    quietly "$ENGINE" import "$tarball" "$image"
    return
  fi
  minbase
  local root
  root="$(mktemp -d /var/tmp/efforts-rootfs.XXXXXX)"
  # shellcheck disable=SC2064 # expand now: $root is local
  trap "trap - RETURN; umount '$root/proc' 2>/dev/null || true; rm -rf '$root'" RETURN
  cp -a "$MINBASE/." "$root/"
  if [[ -n "$packages" ]]; then
    log "$image: installing $packages"
    # The JDK's install scripts run java, which needs /proc.
    mount -t proc proc "$root/proc"
    quietly chroot "$root" /bin/sh -c "export DEBIAN_FRONTEND=noninteractive; \
      apt-get -qq -y install --no-install-recommends $packages && apt-get clean"
    umount "$root/proc"
  fi
  # Package caches (debootstrap's downloads too), lists and docs only make the image bigger.
  rm -rf "$root"/var/cache/apt/* "$root"/var/lib/apt/lists/* "$root"/usr/share/doc/* "$root"/usr/share/man/* \
    "$root"/usr/share/locale/*
  for path in $prune; do rm -rf "$root"/$path; done
  mkdir -p "$CACHE_DIR"
  tar --numeric-owner -C "$root" -cf "$tarball.partial" .
  mv "$tarball.partial" "$tarball"
  quietly "$ENGINE" import "$tarball" "$image"
  log "$image: built and cached in $tarball"
}

trap '[[ -n "$MINBASE" ]] && rm -rf "$MINBASE"; true' EXIT
ensure_image "localhost/efforts-base-jdk:$TAG" "openjdk-25-jdk-headless binutils"
# glibc's iconv modules: Java has its own charsets, and nothing else in the image converts text
ensure_image "localhost/efforts-base-minbase:$TAG" "" "usr/lib/*/gconv"
echo "BUILDER_IMAGE=localhost/efforts-base-jdk:$TAG"
echo "RUNTIME_IMAGE=localhost/efforts-base-minbase:$TAG"
