// SPDX-License-Identifier: GPL-3.0-or-later
// The help-seeker page when the queue's per-source limit refuses a new chat (docs/security.md,
// "The help-seeker queue"): it says so kindly, keeps the emergency numbers in view, keeps what the
// person types, tries again by itself and gets in once a place frees. The server counts loopback
// peers here (--seeker-limits-loopback) and lets one contact per source wait (--seeker-max-waiting 1).
import {test, before, after} from 'node:test';
import assert from 'node:assert/strict';
import {launchBrowser, newSeekerContext as newContext, startServer, stopServer} from './support.mjs';

const FR_REFUSED = 'Beaucoup de conversations commencent en ce moment depuis votre réseau.';
const EN_REFUSED = 'Many conversations are starting from your network right now.';

let server;
let browser;
const requests = [];
const problems = [];

before(async () => {
    server = await startServer(['--seeker-limits-loopback', '--seeker-max-waiting', '1']);
    browser = await launchBrowser();
});

after(async () => {
    if (browser)
        await browser.close();
    await stopServer(server);
});

async function openPage(options = {}) {
    const context = await newContext(browser, {requests, problems}, options);
    const page = await context.newPage();
    await page.goto(server.url);
    return {context, page};
}

function sessionOf(page) {
    return page.evaluate(() => JSON.parse(sessionStorage.getItem('ecoute.session') || 'null'));
}

test('a refused start is explained, keeps what is typed and gets in once a place frees', async () => {
    // Someone from the same network already waits.
    const first = await openPage();
    await first.page.locator('#start-button').click();
    await first.page.waitForFunction(() => !!sessionStorage.getItem('ecoute.session'));

    const second = await openPage();
    const page = second.page;
    await page.locator('#start-button').click();
    await page.locator('#notice', {hasText: FR_REFUSED}).waitFor();
    assert.match(await page.textContent('#notice'), /appelez le 112/);
    assert.ok(await page.isVisible('#help-now a[href="tel:112"]'), 'the emergency numbers stay in view');
    assert.equal(await sessionOf(page), null);

    // The person writes meanwhile: the text is kept as not yet sent.
    await page.locator('#message').fill('Je suis là, j’attends.');
    await page.locator('#message').press('Enter');
    const pending = await page.evaluate(() => JSON.parse(sessionStorage.getItem('ecoute.pending') || '[]'));
    assert.deepEqual(pending.map((p) => p.text), ['Je suis là, j’attends.']);

    // The notice speaks the page's language.
    await page.selectOption('#lang-select', 'en');
    await page.locator('#notice', {hasText: EN_REFUSED}).waitFor();
    await page.selectOption('#lang-select', 'fr');

    // The first person leaves: the page tries again by itself (about 10 s) and gets in; the
    // message goes out and the notice goes away.
    await first.page.locator('#leave-button').click();
    await first.page.locator('#leave-yes').click();
    await page.waitForFunction(() => !!sessionStorage.getItem('ecoute.session'), null, {timeout: 30000});
    await page.waitForFunction(() => {
        const shown = JSON.parse(sessionStorage.getItem('ecoute.transcript') || '[]');
        return shown.some((m) => m.text === 'Je suis là, j’attends.');
    }, null, {timeout: 15000});
    assert.equal((await page.textContent('#notice')).trim(), '');

    assert.deepEqual(problems, []);
    await first.context.close();
    await second.context.close();
});
