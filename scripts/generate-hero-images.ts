// Draws the demo hero images (abstract key art, one per fictional drama or act) into public/images/heroes.
// Run once after changing the demo universe; the JPEGs are committed so the site never hot-links images.
import fs from 'node:fs';
import path from 'node:path';
import sharp from 'sharp';
import { ACTS, DRAMAS } from '../db/seed-data/universe';

const OUT = path.join(process.cwd(), 'public', 'images', 'heroes');
const W = 1200;
const H = 675;

function hash(text: string): number {
  let h = 2166136261;
  for (const ch of text) h = Math.imul(h ^ ch.charCodeAt(0), 16777619);
  return h >>> 0;
}

function art(slug: string): string {
  let seed = hash(slug);
  const rnd = () => ((seed = Math.imul(seed ^ (seed >>> 15), 2246822507) >>> 0) % 10_000) / 10_000;
  const hue = Math.floor(rnd() * 360);
  const hue2 = (hue + 40 + Math.floor(rnd() * 80)) % 360;
  const circles = Array.from({ length: 7 }, () => {
    const r = 60 + rnd() * 260;
    return `<circle cx="${(rnd() * W).toFixed(0)}" cy="${(rnd() * H).toFixed(0)}" r="${r.toFixed(0)}" fill="hsl(${(hue + rnd() * 60) % 360} 80% ${40 + rnd() * 40}%)" fill-opacity="${(0.15 + rnd() * 0.35).toFixed(2)}"/>`;
  }).join('');
  const waves = Array.from({ length: 4 }, (_, i) => {
    const y = H * (0.55 + i * 0.1);
    return `<path d="M0 ${y} C ${W * 0.3} ${y - 80 - rnd() * 60}, ${W * 0.6} ${y + 80}, ${W} ${y - 20} L ${W} ${H} L 0 ${H} Z" fill="hsl(${hue2} 60% ${20 + i * 8}%)" fill-opacity="0.55"/>`;
  }).join('');
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${W}" height="${H}" viewBox="0 0 ${W} ${H}">
  <defs><linearGradient id="g" x1="0" y1="0" x2="1" y2="1">
    <stop offset="0" stop-color="hsl(${hue} 70% 22%)"/><stop offset="1" stop-color="hsl(${hue2} 75% 48%)"/>
  </linearGradient></defs>
  <rect width="${W}" height="${H}" fill="url(#g)"/>${circles}${waves}
</svg>`;
}

async function main() {
  fs.mkdirSync(OUT, { recursive: true });
  const slugs = ['hallyu', ...DRAMAS.map((d) => d.slug), ...ACTS.map((a) => a.slug)];
  for (const slug of slugs) {
    await sharp(Buffer.from(art(slug))).jpeg({ quality: 70, mozjpeg: true }).toFile(path.join(OUT, `${slug}.jpg`));
  }
  console.log(`Wrote ${slugs.length} hero images to ${path.relative(process.cwd(), OUT)}`);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
