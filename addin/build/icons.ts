/**
 * Draws the add-in's icons (a white house holding two linked rings — 在宅 + 連携 — on the kit's
 * blue tile) at every size the manifest and the catalog ask for, and writes them as PNG to
 * addin/assets/. The shapes are described once in unit coordinates and rasterized with 8×8
 * supersampling per pixel, so each size is drawn for its own grid instead of scaled from another.
 *
 *   npx tsx addin/build/icons.ts   (the PNGs are committed; rerun only when the drawing changes)
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { PNG } from 'pngjs';

export const ICON_SIZES = [16, 32, 64, 80, 128] as const;

type Rgb = readonly [number, number, number];
/** Inside test in unit coordinates (0..1, y down). */
type Shape = (x: number, y: number) => boolean;

const BLUE: Rgb = [0x0f, 0x6c, 0xbd]; // Fluent communication blue (brand 80)
const WHITE: Rgb = [0xff, 0xff, 0xff];
const ORANGE: Rgb = [0xf7, 0x63, 0x0c];

const roundedSquare = (inset: number, radius: number): Shape => (x, y) => {
  const lo = inset + radius;
  const hi = 1 - inset - radius;
  const dx = Math.max(lo - x, 0, x - hi);
  const dy = Math.max(lo - y, 0, y - hi);
  return x >= inset && x <= 1 - inset && y >= inset && y <= 1 - inset && dx * dx + dy * dy <= radius * radius;
};

const rect = (x0: number, y0: number, x1: number, y1: number): Shape => (x, y) => x >= x0 && x <= x1 && y >= y0 && y <= y1;

/** Triangle with apex (ax, ay) and a horizontal base at y = by from bx0 to bx1. */
const roof = (ax: number, ay: number, bx0: number, bx1: number, by: number): Shape => (x, y) => {
  if (y < ay || y > by) return false;
  const t = (y - ay) / (by - ay);
  return x >= ax + (bx0 - ax) * t && x <= ax + (bx1 - ax) * t;
};

const ring = (cx: number, cy: number, outer: number, inner: number): Shape => (x, y) => {
  const d = Math.hypot(x - cx, y - cy);
  return d <= outer && d >= inner;
};

const union = (...shapes: Shape[]): Shape => (x, y) => shapes.some((s) => s(x, y));

/** Painted in order, later layers on top. Small sizes get thicker rings so they survive 16 px. */
function layers(size: number): { shape: Shape; color: Rgb }[] {
  const small = size < 32;
  const outer = small ? 0.14 : 0.12;
  const inner = small ? 0.07 : 0.075;
  return [
    { shape: roundedSquare(small ? 0 : 0.03, small ? 0.16 : 0.18), color: BLUE },
    { shape: union(roof(0.5, 0.13, 0.1, 0.9, 0.47), rect(0.2, 0.44, 0.8, 0.86)), color: WHITE },
    { shape: ring(0.41, 0.65, outer, inner), color: BLUE },
    { shape: ring(0.59, 0.65, outer, inner), color: ORANGE },
  ];
}

/** RGBA pixels of one icon. */
export function drawIcon(size: number): Buffer {
  const png = new PNG({ width: size, height: size });
  const paint = layers(size);
  const n = 8;
  for (let py = 0; py < size; py++) {
    for (let px = 0; px < size; px++) {
      let r = 0;
      let g = 0;
      let b = 0;
      let a = 0;
      for (let sy = 0; sy < n; sy++) {
        for (let sx = 0; sx < n; sx++) {
          const x = (px + (sx + 0.5) / n) / size;
          const y = (py + (sy + 0.5) / n) / size;
          let hit: Rgb | null = null;
          for (const l of paint) if (l.shape(x, y)) hit = l.color;
          if (hit) {
            r += hit[0];
            g += hit[1];
            b += hit[2];
            a += 1;
          }
        }
      }
      const i = (py * size + px) * 4;
      // Colour averaged over covered samples (straight alpha), coverage as alpha.
      png.data[i] = a ? Math.round(r / a) : 0;
      png.data[i + 1] = a ? Math.round(g / a) : 0;
      png.data[i + 2] = a ? Math.round(b / a) : 0;
      png.data[i + 3] = Math.round((a / (n * n)) * 255);
    }
  }
  return PNG.sync.write(png);
}

if (require.main === module) {
  const dir = join(__dirname, '..', 'assets');
  mkdirSync(dir, { recursive: true });
  for (const size of ICON_SIZES) {
    const file = join(dir, `icon-${size}.png`);
    writeFileSync(file, drawIcon(size));
    console.log(file);
  }
}
