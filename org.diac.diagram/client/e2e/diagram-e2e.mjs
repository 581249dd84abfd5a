// Browser test of the diagram editor: Debian's chromium driven by playwright-core (no browser download).
// Usage: node e2e/diagram-e2e.mjs URL DOCUMENT [SCREENSHOT]
// Against a running `diac diagram DOCUMENT` (a copy of the sharding example): open, see the nodes, drag one (the
// sidecar gets it, the text does not change), create a Storage from the palette (the text gains the template),
// delete it (the text is the original again), undo (back), rename worker (key and references), and no websocket
// closes. Prints one line per check
// and 'N passed, M failed'; exit 0 only if all passed.
import { chromium } from 'playwright-core';
import { existsSync, readFileSync } from 'node:fs';

const [url, documentPath, screenshot] = process.argv.slice(2);
if (!url || !documentPath) {
    console.error('usage: node e2e/diagram-e2e.mjs URL DOCUMENT [SCREENSHOT]');
    process.exit(2);
}
const sidecar = documentPath + '.layout.json';
const original = readFileSync(documentPath, 'utf8');
const text = () => readFileSync(documentPath, 'utf8');
let passed = 0;
let failed = 0;
function check(ok, what, detail = '') {
    if (ok) {
        passed++;
        console.log(`PASS ${what}`);
    } else {
        failed++;
        console.log(`FAIL ${what} ${detail}`);
    }
}
async function until(condition, timeout = 15000) {
    const end = Date.now() + timeout;
    while (Date.now() < end) {
        if (await condition()) {
            return true;
        }
        await new Promise(r => setTimeout(r, 100));
    }
    return false;
}

const browser = await chromium.launch({
    executablePath: process.env.DIAC_CHROMIUM ?? '/usr/bin/chromium',
    headless: true,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run']
});
const closes = [];
const errors = [];
try {
    const page = await browser.newPage({ viewport: { width: 1600, height: 1000 } });
    page.on('websocket', ws => ws.on('close', () => closes.push(ws.url())));
    page.on('pageerror', e => errors.push(String(e)));
    page.on('console', m => { if (m.type() === 'error') errors.push(m.text()); });
    await page.goto(url);
    const nodes = '#sprotty > svg g[data-svg-metadata-type^="node:"]';
    const node = id => page.locator(`#sprotty > svg #sprotty_${id}`);
    await page.waitForSelector(nodes, { timeout: 30000 });
    const ids = await page.$$eval(nodes, gs => gs.map(g => g.id.replace(/^sprotty_/, '')));
    console.log('nodes', JSON.stringify(ids));
    for (const id of ['alice', 'frank', 'shards', 'worker', 'validator']) {
        check(ids.includes(id), `node ${id} shown`);
    }
    const edges = await page.$$eval('#sprotty > svg g[data-svg-metadata-type^="edge:"]', gs => gs.length);
    check(edges >= 3, `edges shown (${edges})`);

    // drag: the sidecar gets the position, the document does not change
    const box = await node('validator').boundingBox();
    const canvas = await page.locator('#sprotty > svg').boundingBox();
    await page.mouse.move(box.x + box.width / 2, box.y + 10);
    await page.mouse.down();
    await page.mouse.move(canvas.x + 820, canvas.y + 330, { steps: 10 }); // free space right of the operators
    await page.mouse.up();
    const moved = await until(() => existsSync(sidecar) && readFileSync(sidecar, 'utf8').includes('"validator"'));
    check(moved, 'drag stored in the sidecar', existsSync(sidecar) ? readFileSync(sidecar, 'utf8') : '(no sidecar)');
    check(text() === original, 'drag left the document text unchanged');

    // create from the palette: the text gains the template, the diagram shows it
    const entry = page.locator('.tool-palette .tool-button', { hasText: /^\s*Storage\s*$/ });
    check(await entry.count() === 1, 'palette offers Storage');
    await entry.first().click();
    const svgBox = await page.locator('#sprotty > svg').boundingBox();
    await page.mouse.move(svgBox.x + svgBox.width - 260, svgBox.y + svgBox.height - 160, { steps: 5 });
    await page.mouse.click(svgBox.x + svgBox.width - 260, svgBox.y + svgBox.height - 160);
    const created = await until(() => text().includes('\n    storage:\n      type: diac.nodes.Storage\n'));
    check(created, 'palette create wrote the template into the text');
    check(await until(async () => await node('storage').count() === 1), 'the new node is drawn');
    check(text().replace('    storage:\n      type: diac.nodes.Storage\n', '') === original, 'only the new template was added');
    await page.keyboard.press('Escape');
    if (screenshot) {
        await page.waitForTimeout(300);
        await page.screenshot({ path: screenshot });
    }

    // delete: select the new node, Delete; the text is the original again
    await node('storage').click();
    await page.keyboard.press('Delete');
    check(await until(() => text() === original), 'delete removed the template (text as before the create)');
    check(await until(async () => await node('storage').count() === 0), 'the deleted node is gone');

    // undo restores the deleted template
    await page.mouse.click(svgBox.x + 8, svgBox.y + svgBox.height - 8); // empty canvas: focus, nothing selected
    await page.keyboard.press('Control+z');
    check(await until(() => text().includes('    storage:\n      type: diac.nodes.Storage\n')), 'undo brought the template back');
    check(await until(async () => await node('storage').count() === 1), 'undo redrew it');

    // rename: double-click worker's name, type, Enter; its key and both requirements naming it change
    const renamed = text().replace('    worker:\n', '    miner:\n').replace('composed_of: worker\n', 'composed_of: miner\n')
        .replace('validates: worker\n', 'validates: miner\n');
    await page.locator('#sprotty > svg #sprotty_worker_name').dblclick();
    const editor = page.locator('.label-edit :is(input, textarea):visible');
    await editor.waitFor({ timeout: 5000 });
    await editor.fill('miner');
    await editor.press('Enter');
    check(await until(() => text() === renamed), 'rename changed the key and the references to it, nothing else');
    check(await until(async () => await node('miner').count() === 1), 'the renamed node is drawn');

    const state = await page.evaluate(() => document.body.dataset.connection);
    check(state === 'open' && closes.length === 0, 'websocket stayed open', `${state} ${JSON.stringify(closes)}`);
    if (errors.length) {
        console.log('browser errors:', JSON.stringify(errors));
    }
} catch (e) {
    failed++;
    console.log('FAIL', e?.stack ?? e);
} finally {
    await browser.close();
}
console.log(`${passed} passed, ${failed} failed`);
process.exit(failed === 0 ? 0 : 1);
