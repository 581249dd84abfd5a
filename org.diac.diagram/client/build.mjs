// Bundles the client with esbuild into the folder given as the first argument (default: dist/); the Maven build
// of org.diac.diagram passes target/classes/org/diac/diagram/client so the jar serves it. Installs the locked
// packages first when node_modules is missing or older than package-lock.json (npm ci).
import { spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, statSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const out = resolve(process.argv[2] ?? join(here, 'dist'));
const installed = join(here, 'node_modules', '.package-lock.json');
if (!existsSync(installed) || statSync(installed).mtimeMs < statSync(join(here, 'package-lock.json')).mtimeMs) {
    const npm = spawnSync('npm', ['ci', '--no-audit', '--no-fund'], { cwd: here, stdio: 'inherit' });
    if (npm.status !== 0) {
        process.exit(npm.status ?? 1);
    }
}
const esbuild = await import('esbuild');
mkdirSync(out, { recursive: true });
await esbuild.build({
    entryPoints: [join(here, 'src', 'app.ts')],
    bundle: true,
    minify: true,
    sourcemap: false,
    format: 'iife',
    target: 'es2020',
    outfile: join(out, 'bundle.js'),
    loader: { '.ttf': 'file' },
    logLevel: 'warning'
});
copyFileSync(join(here, 'src', 'index.html'), join(out, 'index.html'));
console.log(`diagram client bundled into ${out}`);
