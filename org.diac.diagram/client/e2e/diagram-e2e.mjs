// Browser test of the diagram editor: Debian's chromium driven by playwright-core (no browser download).
// Usage: node e2e/diagram-e2e.mjs URL DOCUMENT [SCREENSHOT]
// Against a running `diac diagram DOCUMENT` (a copy of the sharding example): open, see the nodes, drag one (the
// sidecar gets it, the text does not change), create a Storage from the palette (the text gains the template),
// delete it (the text is the original again), undo (back), rename worker (key and references), connect a
// requirement with the palette's tool (miner -> alice written; shards -> alice shown as not allowed, nothing written),
// edit alice's stake in the properties panel (an invalid value shows its diagnostic, a valid one clears it), change
// the file from outside (the diagram follows), and no websocket closes. Prints one line per check
// and 'N passed, M failed'; exit 0 only if all passed.
import { chromium } from 'playwright-core';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';

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

    // connect: the palette's requirement tool from miner (a worker) to alice (an operator) writes operated_by
    const svg = page.locator('#sprotty > svg').first();
    const center = async id => {
        const b = await node(id).boundingBox();
        return { x: b.x + b.width / 2, y: b.y + b.height / 2 };
    };
    const requirementTool = page.locator('.tool-palette .tool-button', { hasText: /^\s*Requirement\s*$/ });
    check(await requirementTool.count() === 1, 'palette offers the Requirement tool');
    const beforeConnect = text();
    const workerEnd = '            encryption: { algorithm: AES-256-XTS, key_distribution: shamir, threshold: 3, shares: 5 }\n';
    await requirementTool.first().click();
    let at = await center('miner');
    await page.mouse.move(at.x, at.y, { steps: 5 });
    check(await until(async () => (await svg.getAttribute('class') ?? '').includes('edge-creation-select-source-mode')), 'miner may start a requirement');
    await page.mouse.click(at.x, at.y);
    at = await center('alice');
    await page.mouse.move(at.x, at.y, { steps: 8 });
    check(await until(async () => (await svg.getAttribute('class') ?? '').includes('edge-creation-select-target-mode')),
        'alice is shown as an allowed target');
    await page.mouse.click(at.x, at.y);
    const connected = beforeConnect.replace(workerEnd, workerEnd + '      requirements:\n        - operated_by: alice\n');
    check(await until(() => text() === connected), 'connect wrote "- operated_by: alice" under miner, nothing else', text());
    check(await until(async () => await page.locator('#sprotty > svg g[id^="sprotty_miner.operated_by."]').count() === 1), 'the new edge is drawn');

    // an incompatible target: a NodeGroup (shards) is composed of workers, never of an operator
    await page.keyboard.press('Escape');
    await requirementTool.first().click();
    at = await center('shards');
    await page.mouse.move(at.x, at.y, { steps: 5 });
    check(await until(async () => (await svg.getAttribute('class') ?? '').includes('edge-creation-select-source-mode')), 'shards may start a requirement');
    await page.mouse.click(at.x, at.y);
    at = await center('alice');
    await page.mouse.move(at.x, at.y, { steps: 8 });
    check(await until(async () => (await svg.getAttribute('class') ?? '').includes('edge-modification-not-allowed-mode')),
        'alice is shown as not allowed for shards');
    await page.mouse.click(at.x, at.y);
    await page.waitForTimeout(500);
    check(text() === connected, 'the refused target changed nothing');
    await page.keyboard.press('Escape');
    await page.keyboard.press('Escape');

    // properties panel: select alice, edit stake to an invalid value (its diagnostic shows), then to a valid one
    await node('alice').click();
    const panel = page.locator('#properties');
    check(await until(async () => await panel.isVisible() && (await panel.locator('h2').textContent()).startsWith('alice')), 'the panel shows alice');
    const stake = panel.locator('.property[data-property="stake"] input');
    check(await stake.inputValue() === '480', 'the panel shows stake as written (480)');
    await stake.fill('lots');
    await stake.press('Enter');
    check(await until(() => text() === connected.replace('        stake: 480\n', '        stake: lots\n')), 'the panel edit wrote stake: lots, nothing else');
    const stakeErrors = panel.locator('.property[data-property="stake"] .diagnostic.error');
    check(await until(async () => await stakeErrors.count() > 0), 'the invalid value shows its diagnostic in the panel');
    console.log('stake diagnostic:', await stakeErrors.first().textContent().catch(() => ''));
    await stake.fill('500');
    await stake.press('Enter');
    const edited = connected.replace('        stake: 480\n', '        stake: 500\n');
    check(await until(() => text() === edited), 'the panel edit wrote stake: 500');
    check(await until(async () => await stakeErrors.count() === 0), 'the diagnostic is gone once the value is valid');
    if (screenshot) {
        await page.screenshot({ path: screenshot.replace(/\.png$/, '-properties.png') });
    }

    // a change of the file from outside (another editor) reloads the open diagram; so does undoing it outside
    writeFileSync(documentPath, edited.replace('\n    validator:\n', '\n    archive:\n      type: diac.nodes.Storage\n\n    validator:\n'));
    check(await until(async () => await node('archive').count() === 1), 'an outside change is drawn without a reload of the page');
    writeFileSync(documentPath, edited);
    check(await until(async () => await node('archive').count() === 0), 'reverting it outside is drawn too');

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
