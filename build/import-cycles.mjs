#!/usr/bin/env node
// Fails when TypeScript files of electron/ and renderer/ import each other in a circle (type-only
// imports included: two files in a circle cannot be understood apart). Run by `npm run lint`.
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const files = [];
function walk(dir) {
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) walk(path);
    else if (/\.tsx?$/.test(name) && !name.endsWith('.d.ts')) files.push(path);
  }
}
walk(join(root, 'electron'));
walk(join(root, 'renderer'));

const importPattern = /(?:^|\n)\s*(?:import|export)\s[^'"`;]*?from\s*['"]([^'"]+)['"]|import\(\s*['"]([^'"]+)['"]\s*\)/g;
function target(from, spec) {
  if (!spec.startsWith('.')) return null;
  const base = resolve(dirname(from), spec);
  for (const candidate of [base, `${base}.ts`, `${base}.tsx`, join(base, 'index.ts'), join(base, 'index.tsx')]) {
    if (existsSync(candidate) && statSync(candidate).isFile()) return candidate;
  }
  return null;
}
const edges = new Map(
  files.map((file) => {
    const source = readFileSync(file, 'utf8');
    const to = new Set();
    for (const m of source.matchAll(importPattern)) {
      const found = target(file, m[1] ?? m[2]);
      if (found) to.add(found);
    }
    return [file, [...to]];
  }),
);

// Tarjan's strongly connected components: every component of more than one file is a circle.
let index = 0;
const stack = [];
const info = new Map();
const circles = [];
function visit(v) {
  info.set(v, { index, low: index, onStack: true });
  index++;
  stack.push(v);
  for (const w of edges.get(v) ?? []) {
    if (!info.has(w)) {
      visit(w);
      info.get(v).low = Math.min(info.get(v).low, info.get(w).low);
    } else if (info.get(w).onStack) info.get(v).low = Math.min(info.get(v).low, info.get(w).index);
  }
  if (info.get(v).low === info.get(v).index) {
    const component = [];
    let w;
    do {
      w = stack.pop();
      info.get(w).onStack = false;
      component.push(w);
    } while (w !== v);
    if (component.length > 1 || (edges.get(v) ?? []).includes(v)) circles.push(component);
  }
}
for (const file of files) if (!info.has(file)) visit(file);

for (const circle of circles) console.error(`import circle: ${circle.map((f) => relative(root, f)).join(' <-> ')}`);
if (circles.length) process.exit(1);
console.log(`no import circles among ${files.length} files`);
