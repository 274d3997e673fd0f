// Text-free, seeded SVG artwork for covers and portraits, rendered to JPEG by sharp (librsvg).
import { createHash } from 'node:crypto'
import sharp from 'sharp'
import { mulberry32 } from '../lib/mulberry32'
import { coverFocus, type ImageSpec } from './documents'
import { FIGURE_SIZE } from './figures'
import type { CoverMotif } from './types'

export const COVER_SIZE = { width: 1600, height: 900 }
export const PORTRAIT_SIZE = { width: 600, height: 600 }
const JPEG_QUALITY = 78

type Random = () => number

/** The same pictures for the same seed on every machine. */
function seededRandom(seed: string): Random {
  return mulberry32(createHash('sha1').update(seed).digest().readUInt32LE(0))
}

const between = (random: Random, min: number, max: number): number => min + random() * (max - min)
const fixed = (value: number): string => value.toFixed(1)

/** HSL to hex, because not every SVG renderer reads hsl() colours. */
function hsl(hue: number, saturation: number, lightness: number): string {
  const h = (((hue % 360) + 360) % 360) / 360
  const s = saturation / 100
  const l = lightness / 100
  const q = l < 0.5 ? l * (1 + s) : l + s - l * s
  const p = 2 * l - q
  const channel = (offset: number) => {
    let t = h + offset
    if (t < 0) t += 1
    if (t > 1) t -= 1
    const value = t < 1 / 6 ? p + (q - p) * 6 * t : t < 1 / 2 ? q : t < 2 / 3 ? p + (q - p) * (2 / 3 - t) * 6 : p
    return Math.round(value * 255)
      .toString(16)
      .padStart(2, '0')
  }
  return `#${channel(1 / 3)}${channel(0)}${channel(-1 / 3)}`
}

function orbs(random: Random, hue: number, count: number, width: number, height: number): string {
  return Array.from({ length: count }, () => {
    const cx = between(random, -0.1, 1.1) * width
    const cy = between(random, -0.1, 1.1) * height
    const r = between(random, 0.12, 0.3) * width
    const fill = hsl(hue + between(random, -35, 35), between(random, 45, 70), between(random, 58, 78))
    return `<circle cx="${fixed(cx)}" cy="${fixed(cy)}" r="${fixed(r)}" fill="${fill}" opacity="${between(random, 0.22, 0.45).toFixed(2)}"/>`
  }).join('')
}

type Point = { x: number; y: number }

function rings(random: Random, focus: Point): string {
  let radius = between(random, 60, 110)
  const out: string[] = []
  while (radius < 900) {
    out.push(
      `<circle cx="${fixed(focus.x)}" cy="${fixed(focus.y)}" r="${fixed(radius)}" stroke-width="${between(random, 1.5, 3.5).toFixed(1)}"/>`,
    )
    radius += between(random, 45, 110)
  }
  return `<g fill="none" stroke="#ffffff" opacity="0.22">${out.join('')}</g>`
}

function waves(random: Random, width: number, height: number): string {
  const lines = Math.round(between(random, 6, 10))
  const out = Array.from({ length: lines }, (_, index) => {
    const y = ((index + 1) / (lines + 1)) * height
    const amplitude = between(random, 20, 70)
    const phase = between(random, 0, width)
    const points = Array.from({ length: 33 }, (_, step) => {
      const x = (step / 32) * width
      return `${fixed(x)},${fixed(y + amplitude * Math.sin(((x + phase) / width) * Math.PI * 2))}`
    })
    return `<polyline points="${points.join(' ')}" stroke-width="${between(random, 1.5, 3).toFixed(1)}"/>`
  })
  return `<g fill="none" stroke="#ffffff" stroke-linecap="round" opacity="0.2">${out.join('')}</g>`
}

function dots(focus: Point, width: number, height: number): string {
  const out: string[] = []
  const step = 64
  for (let y = step / 2; y < height; y += step) {
    for (let x = step / 2; x < width; x += step) {
      const closeness = Math.max(0, 1 - Math.hypot(x - focus.x, y - focus.y) / (width * 0.55))
      if (closeness > 0.05) out.push(`<circle cx="${x}" cy="${y}" r="${fixed(2 + closeness * 7)}"/>`)
    }
  }
  return `<g fill="#ffffff" opacity="0.25">${out.join('')}</g>`
}

export function coverSvg(seed: string, hue: number, motif: CoverMotif, size = COVER_SIZE): string {
  const { width, height } = size
  const random = seededRandom(`cover|${seed}`)
  const relative = coverFocus(seed)
  const focus = { x: relative.x * width, y: relative.y * height }
  const angle = between(random, 0, Math.PI * 2)
  const [x1, y1, x2, y2] = [
    0.5 - Math.cos(angle) / 2,
    0.5 - Math.sin(angle) / 2,
    0.5 + Math.cos(angle) / 2,
    0.5 + Math.sin(angle) / 2,
  ]
  const pattern = {
    rings: () => rings(random, focus),
    waves: () => waves(random, width, height),
    dots: () => dots(focus, width, height),
  }
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}">`,
    '<defs>',
    `<linearGradient id="bg" x1="${x1.toFixed(3)}" y1="${y1.toFixed(3)}" x2="${x2.toFixed(3)}" y2="${y2.toFixed(3)}">`,
    `<stop offset="0" stop-color="${hsl(hue, 48, 24)}"/><stop offset="1" stop-color="${hsl(hue + 28, 52, 48)}"/></linearGradient>`,
    `<radialGradient id="glow" cx="${relative.x.toFixed(3)}" cy="${relative.y.toFixed(3)}" r="0.5">`,
    `<stop offset="0" stop-color="${hsl(hue + 10, 80, 88)}" stop-opacity="0.6"/><stop offset="1" stop-color="${hsl(hue, 80, 88)}" stop-opacity="0"/></radialGradient>`,
    '<radialGradient id="vignette" cx="0.5" cy="0.5" r="0.75">',
    '<stop offset="0.6" stop-color="#000000" stop-opacity="0"/><stop offset="1" stop-color="#000000" stop-opacity="0.3"/></radialGradient>',
    '<filter id="soft" x="-50%" y="-50%" width="200%" height="200%"><feGaussianBlur stdDeviation="60"/></filter>',
    '</defs>',
    `<rect width="${width}" height="${height}" fill="url(#bg)"/>`,
    `<g filter="url(#soft)">${orbs(random, hue, 5, width, height)}</g>`,
    `<rect width="${width}" height="${height}" fill="url(#glow)"/>`,
    pattern[motif](),
    `<rect width="${width}" height="${height}" fill="url(#vignette)"/>`,
    '</svg>',
  ].join('')
}

/** A calm head-and-shoulders silhouette: a portrait placeholder that never pretends to be a real face. */
export function portraitSvg(seed: string, hue: number): string {
  const { width, height } = PORTRAIT_SIZE
  const random = seededRandom(`portrait|${seed}`)
  const figure = hsl(hue, 35, 88)
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}">`,
    '<defs>',
    `<radialGradient id="bg" cx="0.5" cy="0.35" r="0.8"><stop offset="0" stop-color="${hsl(hue, 45, 58)}"/>`,
    `<stop offset="1" stop-color="${hsl(hue + 20, 50, 26)}"/></radialGradient>`,
    '<filter id="soft" x="-50%" y="-50%" width="200%" height="200%"><feGaussianBlur stdDeviation="30"/></filter>',
    '</defs>',
    `<rect width="${width}" height="${height}" fill="url(#bg)"/>`,
    `<g filter="url(#soft)">${orbs(random, hue, 3, width, height)}<circle cx="300" cy="250" r="150" fill="#ffffff" opacity="0.18"/></g>`,
    `<g fill="${figure}" opacity="0.92">`,
    '<circle cx="300" cy="245" r="92"/>',
    '<path d="M110 600 C118 455 208 392 300 392 C392 392 482 455 490 600 Z"/>',
    '</g>',
    '</svg>',
  ].join('')
}

/** Same SVG in, same JPEG bytes out (for a given sharp/libvips build): no metadata, fixed encoder settings. */
export async function renderImage(spec: ImageSpec): Promise<Buffer> {
  const svg =
    spec.kind === 'cover'
      ? coverSvg(spec.seed, spec.hue, spec.motif)
      : spec.kind === 'figure'
        ? coverSvg(spec.seed, spec.hue, spec.motif, FIGURE_SIZE)
        : portraitSvg(spec.seed, spec.hue)
  return sharp(Buffer.from(svg)).jpeg({ quality: JPEG_QUALITY, mozjpeg: true }).toBuffer()
}
