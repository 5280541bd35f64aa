// Loads a module of the bundle that `npm install` (prepare) or `npm run build` wrote to dist/.
import { existsSync } from 'node:fs';

export async function loadBundle(name) {
  const bundle = new URL(`../dist/${name}`, import.meta.url);
  if (!existsSync(bundle)) {
    process.stderr.write('secbot is not built yet: run "npm install" (or "npm run build") first.\n');
    process.exit(1);
  }
  process.setSourceMapsEnabled(true);
  return import(bundle.href);
}
