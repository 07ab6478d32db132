import { serveDist } from '../tests/e2e/harness.ts';
const s = await serveDist();
const wasm = (await import('node:fs')).readdirSync('dist/_astro').find((f) => f.endsWith('.wasm'))!;
const r = await fetch(`${s.origin}/_astro/${wasm}`, { headers: { 'accept-encoding': 'gzip' } });
console.log(r.status, [...r.headers]);
await s.close();
