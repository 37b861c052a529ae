// Generates appPackage/color.png (192x192) and appPackage/outline.png (32x32, white on transparent).
// The PNGs are committed; re-run with `npx tsx scripts/make-icons.ts` only if the design changes.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { encodePng, Image } from './png';

type Rgba = [number, number, number, number];
const BRAND: Rgba = [0x1d, 0x4e, 0x89, 255]; // dark blue; white on it has a contrast ratio > 8:1
const WHITE: Rgba = [255, 255, 255, 255];

function canvas(size: number, fill: Rgba | null): Image {
  const rgba = Buffer.alloc(size * size * 4);
  if (fill) for (let i = 0; i < size * size; i++) rgba.set(fill, i * 4);
  return { width: size, height: size, rgba };
}

/**
 * A signpost: a vertical post with one sign pointing right and one pointing left. Shapes are described on a
 * 32-unit grid and scaled, so both icons have the same drawing.
 */
function insideSignpost(u: number, v: number): boolean {
  const post = u >= 14.5 && u < 17.5 && v >= 4 && v < 29;
  const base = u >= 11 && u < 21 && v >= 27 && v < 29;
  // right-pointing sign: rectangle 8..22 x 7..13 with an arrow tip to 25
  const rightBody = u >= 8 && u < 22 && v >= 7 && v < 13;
  const rightTip = u >= 22 && u < 25 && Math.abs(v - 10) < 25 - u;
  // left-pointing sign: rectangle 10..24 x 15..21 with an arrow tip to 7
  const leftBody = u >= 10 && u < 24 && v >= 15 && v < 21;
  const leftTip = u >= 7 && u < 10 && Math.abs(v - 18) < u - 7;
  return post || base || rightBody || rightTip || leftBody || leftTip;
}

function draw(size: number, background: Rgba | null, ink: Rgba): Image {
  const image = canvas(size, background);
  const scale = 32 / size;
  for (let y = 0; y < size; y++) {
    for (let x = 0; x < size; x++) {
      if (insideSignpost((x + 0.5) * scale, (y + 0.5) * scale)) image.rgba.set(ink, (y * size + x) * 4);
    }
  }
  return image;
}

export function makeIcons(dir: string): void {
  writeFileSync(join(dir, 'color.png'), encodePng(draw(192, BRAND, WHITE)));
  writeFileSync(join(dir, 'outline.png'), encodePng(draw(32, null, WHITE)));
}

if (require.main === module) {
  makeIcons(join(__dirname, '..', 'appPackage'));
  console.log('wrote appPackage/color.png and appPackage/outline.png');
}
