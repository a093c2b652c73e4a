#!/usr/bin/env bash
# Renders /trend and /map the way the Docker image would when no Docker engine is at hand: the published app
# (framework-dependent, as in the image) runs as uid 1654 through docker-entrypoint.sh inside a minimal Debian
# root that has the .NET runtime and no fonts, fontconfig or freetype. The PNGs must equal those the host renders.
# Needs root, debootstrap and a Debian mirror. Usage: tools/minimal-root/render.sh [ROOT_DIR]
set -euo pipefail
cd "$(dirname "$0")/../.."
root="${1:-$(mktemp -d)}"
dotnet_home="$(dirname "$(readlink -f "$(command -v dotnet)")")"

if [ ! -x "$root/bin/sh" ]; then
  debootstrap --variant=minbase --include=libicu72,libssl3,ca-certificates,tzdata,zlib1g bookworm "$root" http://deb.debian.org/debian >/dev/null
fi
if ls "$root"/usr/lib/x86_64-linux-gnu | grep -q -E 'fontconfig|freetype'; then
  echo "the root has font libraries; it would not show that rendering needs none" >&2
  exit 1
fi

mkdir -p "$root/usr/share/dotnet/shared" "$root/usr/share/dotnet/host" "$root/data" "$root/out" "$root/tmp"
cp -a "$dotnet_home/dotnet" "$root/usr/share/dotnet/"
cp -a "$dotnet_home/host/fxr" "$root/usr/share/dotnet/host/"
cp -a "$dotnet_home/shared/Microsoft.NETCore.App" "$dotnet_home/shared/Microsoft.AspNetCore.App" "$root/usr/share/dotnet/shared/"
rm -rf "$root/app" "$root/data/"* "$root/out/"*
dotnet publish src/SahelBot/SahelBot.csproj -c Release -o "$root/app" -nologo -v q
cp facts.db docker-entrypoint.sh "$root/app/"
chown 1654:1654 "$root/data" "$root/out"
chmod 1777 "$root/tmp"

host_out="$(mktemp -d)"
mount -t proc proc "$root/proc"
mount --bind /dev "$root/dev"
trap 'umount "$root/proc" "$root/dev"; rm -rf "$host_out"' EXIT
for command in "/trend niger since:2015" "/map mali"; do
  chroot --userspec=1654:1654 "$root" /usr/bin/env -i PATH=/usr/bin:/bin DOTNET_ROOT=/usr/share/dotnet SAHELBOT_DB=/data/facts.db HOME=/tmp \
    /app/docker-entrypoint.sh exec "$command" --out /out >/dev/null
  env -u SAHELBOT_DB dotnet "$root/app/sahelbot.dll" exec "$command" --out "$host_out" >/dev/null
done

status=0
for png in trend.png map.png; do
  if cmp -s "$root/out/$png" "$host_out/$png"; then
    echo "$png: same bytes in the minimal root as on the host ($(stat -c %s "$root/out/$png") bytes)"
  else
    echo "$png: differs between the minimal root and the host" >&2
    status=1
  fi
done
exit $status
