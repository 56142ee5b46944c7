#!/usr/bin/env bash
# Renders every sheet of a workbook to PNG pages, as it would print, for a person to look at.
#   scripts/render.sh FILE.xlsx OUTDIR
# Uses LibreOffice headless (PDF export follows each sheet's print setup) and pdftoppm;
# installs them with apt-get when missing (Debian, as root).
set -euo pipefail

if [ $# -ne 2 ]; then
  echo "usage: scripts/render.sh FILE.xlsx OUTDIR" >&2
  exit 64
fi
input=$1
outdir=$2
if [ ! -f "$input" ]; then
  echo "render.sh: '$input' does not exist" >&2
  exit 66
fi

if ! command -v soffice >/dev/null 2>&1 || ! command -v pdftoppm >/dev/null 2>&1; then
  echo "Installing LibreOffice Calc and poppler-utils with apt-get..." >&2
  apt-get update
  apt-get install -y --no-install-recommends libreoffice-calc-nogui poppler-utils \
    fonts-crosextra-carlito fonts-crosextra-caladea
fi

mkdir -p "$outdir"
profile=$(mktemp -d)
work=$(mktemp -d)
trap 'rm -rf "$profile" "$work"' EXIT

soffice -env:UserInstallation="file://$profile" --headless --norestore \
  --convert-to pdf --outdir "$work" "$input" >/dev/null 2>&1
pdf="$work/$(basename "${input%.*}").pdf"
if [ ! -f "$pdf" ]; then
  echo "render.sh: LibreOffice could not convert '$input'" >&2
  exit 70
fi
stem=$(basename "${input%.*}")
pdftoppm -png -r 70 "$pdf" "$outdir/$stem"
ls "$outdir"/"$stem"*.png
