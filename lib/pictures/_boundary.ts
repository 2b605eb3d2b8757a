/**
 * Where a classifier's probability crosses a level (0.5: its decision boundary), traced over a
 * square grid of samples by marching squares.
 *
 * @module
 */

/** A point of the plane. */
export interface Point {
  x: number;
  y: number;
}

/**
 * The lines along which the probability sampled at the centres of a square grid crosses `level`,
 * each a list of points (open lines end at the grid's edge; closed ones repeat their first point).
 * Between two neighbouring samples on either side, the crossing is placed by linear
 * interpolation; the edges of the grid are not part of any line.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { boundaryLines } from "./_boundary.ts";
 * // Probability 0.5 along x = 0 on a 4 × 4 grid of centres -1.5 … 1.5.
 * const regions = [];
 * const centres = [-1.5, -0.5, 0.5, 1.5];
 * for (const y of centres) {
 *   for (const x of centres) regions.push({ x, y, probability: 1 / (1 + Math.exp(-x)) });
 * }
 * const [line, ...others] = boundaryLines(regions);
 * assert.equal(others.length, 0);
 * assert.equal(line.length, 4);
 * assert.ok(line.every((p) => Math.abs(p.x) < 1e-9 && p.y >= -1.5 && p.y <= 1.5));
 * ```
 */
export function boundaryLines(
  regions: { x: number; y: number; probability: number }[],
  level = 0.5,
): Point[][] {
  if (regions.length < 4) return [];
  const xs = [...new Set(regions.map((r) => r.x))].sort((a, b) => a - b);
  const ys = [...new Set(regions.map((r) => r.y))].sort((a, b) => a - b);
  const value = new Map<string, number>();
  for (const r of regions) value.set(`${xs.indexOf(r.x)},${ys.indexOf(r.y)}`, r.probability);
  const at = (col: number, row: number) => value.get(`${col},${row}`);

  // Each crossing is named by the grid edge it lies on: "h c r" joins samples (c, r)–(c+1, r),
  // "v c r" joins (c, r)–(c, r+1).
  const points = new Map<string, Point>();
  const crossing = (id: string, c0: number, r0: number, c1: number, r1: number): string => {
    if (!points.has(id)) {
      const a = at(c0, r0)!, b = at(c1, r1)!;
      const t = (level - a) / (b - a);
      points.set(id, {
        x: xs[c0] + t * (xs[c1] - xs[c0]),
        y: ys[r0] + t * (ys[r1] - ys[r0]),
      });
    }
    return id;
  };
  const links = new Map<string, string[]>();
  const link = (a: string, b: string) => {
    links.set(a, [...(links.get(a) ?? []), b]);
    links.set(b, [...(links.get(b) ?? []), a]);
  };
  for (let r = 0; r + 1 < ys.length; r++) {
    for (let c = 0; c + 1 < xs.length; c++) {
      const corners = [at(c, r), at(c + 1, r), at(c + 1, r + 1), at(c, r + 1)];
      if (corners.some((v) => v === undefined)) continue;
      const inside = (corners as number[]).map((v) => v >= level);
      // The cell's sides, each between two corners: bottom, right, top, left.
      const sides = [
        () => crossing(`h ${c} ${r}`, c, r, c + 1, r),
        () => crossing(`v ${c + 1} ${r}`, c + 1, r, c + 1, r + 1),
        () => crossing(`h ${c} ${r + 1}`, c, r + 1, c + 1, r + 1),
        () => crossing(`v ${c} ${r}`, c, r, c, r + 1),
      ];
      const cut = [0, 1, 2, 3].filter((s) => inside[s] !== inside[(s + 1) % 4]);
      if (cut.length === 2) link(sides[cut[0]](), sides[cut[1]]());
      else if (cut.length === 4) {
        // A saddle: cut off the two corners that disagree with the cell's centre.
        const centre = (corners as number[]).reduce((s, v) => s + v, 0) / 4 >= level;
        for (let k = 0; k < 4; k++) {
          if (inside[k] !== centre) link(sides[(k + 3) % 4](), sides[k]());
        }
      }
    }
  }

  // Chain the segments into lines: open ones from their ends first, then the closed loops.
  const lines: Point[][] = [];
  const visited = new Set<string>();
  const walk = (start: string) => {
    const line = [start];
    visited.add(start);
    for (let node = start;;) {
      const next = (links.get(node) ?? []).find((n) => !visited.has(n));
      if (next === undefined) {
        if ((links.get(node) ?? []).includes(start) && line.length > 2) line.push(start);
        break;
      }
      visited.add(next);
      line.push(next);
      node = next;
    }
    lines.push(line.map((id) => points.get(id)!));
  };
  for (const [id, next] of links) if (next.length === 1 && !visited.has(id)) walk(id);
  for (const id of links.keys()) if (!visited.has(id)) walk(id);
  return lines;
}
