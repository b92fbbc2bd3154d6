#!/usr/bin/env bash
# Draws the app icon with ImageMagick: a 2-3-1 network on a rounded blue square. It writes the 256x256 PNG (the
# window's icon, About's picture and the Linux installer's icon) into the app's resources, and mlp-sandbox.ico (for
# the Windows installer) here. The outputs are committed; run this again only to change the icon.
set -euo pipefail
cd "$(dirname "$0")"
png=../main/resources/org/mlpsandbox/app/view/help/mlp-sandbox.png
edges=""
for a in "64,96" "64,160"; do for b in "128,64" "128,128" "128,192"; do edges="$edges line $a $b"; done; done
for a in "128,64" "128,128" "128,192"; do edges="$edges line $a 192,128"; done
convert -size 256x256 xc:none \
  -fill '#2f6fdd' -draw "roundrectangle 8,8 247,247 44,44" \
  -stroke '#cfe0ff' -strokewidth 7 -fill none -draw "$edges" \
  -stroke '#ffffff' -strokewidth 0 -fill '#ffffff' -draw "circle 64,96 64,118 circle 64,160 64,182" \
  -fill '#ffb84d' -draw "circle 128,64 128,84 circle 128,128 128,148 circle 128,192 128,212" \
  -fill '#ffffff' -draw "circle 192,128 192,152" \
  -define png:exclude-chunks=date,time PNG32:$png
convert $png -define icon:auto-resize=256,64,48,32,16 mlp-sandbox.ico
