// SPDX-License-Identifier: GPL-3.0-or-later
// The help-seeker chat page in headless Chromium against the real ecoute-server (TLS), with a
// volunteer on the staff endpoint played by a plain WebSocket client (support.mjs; the environment
// it reads is described there).
import {test, before, after} from 'node:test';
import assert from 'node:assert/strict';
import path from 'node:path';
import {
    DESKTOP, PHONE, SHOT_DIR, WAIT_MS, WebSocket, launchBrowser, newSeekerContext as newContext,
    staffOnShift, startServer, stopServer as stop, waitForWaitingContact,
} from './support.mjs';

const FR = {
    welcome: 'Nous sommes là pour vous écouter',
    waiting: 'Une personne bénévole vous répondra dès que possible. Merci de rester sur cette page.',
    active: 'Une personne bénévole est avec vous.',
    ended: 'La conversation est terminée.',
    emergency: 'En danger immédiat, appelez le 112.',
    lost: 'Connexion perdue, reconnexion…',
};
const DE_WELCOME = 'Wir sind da und hören Ihnen zu';
const EN_WELCOME = 'We are here to listen';

// ---------------------------------------------------------------------------------------------
// ecoute-server

let server; // {proc, dataDir, url, origin, port, passwords, output}

async function stopServer(which = server) {
    await stop(which);
    if (which === server)
        server = null;
}

function volunteerOnShift() {
    return staffOnShift(server);
}

// ---------------------------------------------------------------------------------------------
// Browser

let browser;
const requests = []; // every URL any page asked for
const problems = []; // console errors, page errors, CSP violations

function newSeekerContext(options = {}) {
    return newContext(browser, {requests, problems}, options);
}

/** The transcript's messages (not the service's notice lines, which have no seq). */
async function messagesIn(page) {
    return page.$$eval('#log > li[data-seq]', (items) => items.map((li) => ({
        seq: Number(li.dataset.seq),
        from: li.classList.contains('msg-seeker') ? 'seeker'
            : li.classList.contains('msg-volunteer') ? 'volunteer' : 'system',
        text: li.querySelector('.text').textContent,
    })));
}

async function expectShownOnceInOrder(page) {
    const shown = await messagesIn(page);
    shown.forEach((m, i) => assert.equal(m.seq, i + 1, `message ${i} has seq ${m.seq}: ${JSON.stringify(shown)}`));
    return shown;
}

async function waitForMessage(page, from, text) {
    await page.locator(`#log > li.msg-${from} .text`, {hasText: text}).first().waitFor();
}

async function expectState(page, text) {
    await page.locator('#chat-state', {hasText: text}).waitFor();
}

async function send(page, text) {
    await page.locator('#message').fill(text);
    await page.locator('#message').press('Enter');
}

before(async () => {
    server = await startServer();
    browser = await launchBrowser();
});

after(async () => {
    if (browser)
        await browser.close();
    await stopServer();
});

// ---------------------------------------------------------------------------------------------

test('the page is French by default, accessible, and switches to German', async () => {
    // Italian is not offered: the page falls back to French.
    const context = await newSeekerContext({locale: 'it-IT'});
    const page = await context.newPage();
    const response = await page.goto(server.url);
    assert.equal(response.status(), 200);
    const csp = response.headers()['content-security-policy'] || '';
    assert.match(csp, /script-src 'self'/, 'the page is served with a Content-Security-Policy');

    assert.equal(await page.getAttribute('html', 'lang'), 'fr');
    assert.equal((await page.textContent('h1#start-title')).trim(), FR.welcome);
    assert.equal((await page.textContent('#emergency-text')).trim(), FR.emergency);
    assert.equal(await page.getAttribute('.emergency a.call', 'href'), 'tel:112');
    assert.ok(await page.isVisible('#emergency'), 'emergency numbers are visible');

    // Structure: no inline script or style, every control labelled, a polite live transcript (a
    // log wrapping the message list, inside a named, focusable scroller).
    const audit = await page.evaluate(() => ({
        inlineScripts: document.querySelectorAll('script:not([src])').length,
        styleAttributes: document.querySelectorAll('[style]').length,
        styleElements: document.querySelectorAll('style').length,
        unlabelled: [...document.querySelectorAll('input, select, textarea')]
            .filter((e) => !e.labels || e.labels.length === 0).map((e) => e.id),
        viewport: document.querySelector('meta[name=viewport]')?.content,
        logRole: document.getElementById('log').parentElement.getAttribute('role'),
        logLive: document.getElementById('log').parentElement.getAttribute('aria-live'),
        listRole: document.getElementById('log').getAttribute('role'),
        scroller: ['role', 'tabindex', 'aria-label'].map((a) => document.getElementById('scroller').getAttribute(a)),
        maxLength: document.getElementById('message').maxLength,
    }));
    assert.deepEqual(audit, {
        inlineScripts: 0, styleAttributes: 0, styleElements: 0, unlabelled: [],
        viewport: 'width=device-width, initial-scale=1', logRole: 'log', logLive: 'polite', listRole: null,
        scroller: ['region', '0', 'Messages de la conversation'], maxLength: 8000,
    });

    // Keyboard only: Tab reaches the language picker, the checkbox and the start button.
    const focusable = [];
    for (let i = 0; i < 8; i++) {
        await page.keyboard.press('Tab');
        focusable.push(await page.evaluate(() => document.activeElement.id || document.activeElement.tagName));
    }
    for (const id of ['lang-select', 'urgent', 'start-button'])
        assert.ok(focusable.includes(id), `${id} is reachable with Tab (${focusable})`);

    await page.screenshot({path: path.join(SHOT_DIR, 'ecoute-page-start.png'), fullPage: true});

    await page.selectOption('#lang-select', 'de');
    assert.equal(await page.getAttribute('html', 'lang'), 'de');
    assert.equal((await page.textContent('h1#start-title')).trim(), DE_WELCOME);
    assert.match(await page.title(), /anonym schreiben/);
    await page.reload();
    assert.equal(await page.getAttribute('html', 'lang'), 'de', 'the choice survives a reload');
    await context.close();

    for (const [locale, lang, welcome] of [['de-CH', 'de', DE_WELCOME], ['en-GB', 'en', EN_WELCOME]]) {
        const other = await newSeekerContext({locale});
        const p = await other.newPage();
        await p.goto(server.url);
        assert.equal(await p.getAttribute('html', 'lang'), lang, `browser language ${locale}`);
        assert.equal((await p.textContent('h1#start-title')).trim(), welcome);
        await other.close();
    }
});

test('a foreign Origin is refused on the seeker endpoint', async () => {
    const socket = new WebSocket(`wss://127.0.0.1:${server.port}/ws/seeker`,
        {rejectUnauthorized: false, origin: 'https://evil.example'});
    const outcome = await new Promise((resolve) => {
        socket.on('close', (code) => resolve({closed: code}));
        socket.on('unexpected-response', (req, res) => resolve({http: res.statusCode}));
        socket.on('error', () => {});
        setTimeout(() => resolve({timeout: true}), WAIT_MS);
    });
    socket.terminate();
    assert.deepEqual(outcome, {closed: 1008});
});

test('a seeker and a volunteer talk, across a reload and a lost connection', async () => {
    const staff = await volunteerOnShift();
    const context = await newSeekerContext();
    const page = await context.newPage();
    try {
        // Routed WebSockets let the test cut the line; by default frames pass through untouched.
        let cut = false;
        let swallow = false; // drop what the server sends, as a dying line does
        const lines = new Set();
        await page.routeWebSocket(/\/ws\/seeker$/, (ws) => {
            if (cut) {
                ws.close({code: 4000, reason: 'test: no network'});
                return;
            }
            const upstream = ws.connectToServer();
            upstream.onMessage((message) => {
                if (!swallow)
                    ws.send(message);
            });
            const line = {ws, upstream};
            lines.add(line);
            ws.onClose(() => { lines.delete(line); upstream.close(); });
            upstream.onClose(() => { lines.delete(line); ws.close(); });
        });
        const cutLine = () => {
            cut = true;
            for (const line of [...lines]) {
                lines.delete(line);
                line.upstream.close();
                line.ws.close({code: 4000, reason: 'test: no network'});
            }
        };

        await page.goto(server.url);
        await page.locator('label[for=urgent]').click();
        assert.ok(await page.isVisible('#urgent-hint'));
        await page.locator('#start-button').click();
        await expectState(page, FR.waiting);
        assert.equal(await page.evaluate(() => document.activeElement.id), 'message');

        const contact = await waitForWaitingContact(staff);
        assert.equal(contact.urgent, true, 'the "I am in danger" box makes the contact urgent');
        assert.equal(contact.language, 'fr');
        assert.equal(contact.channel, 'chat');
        await page.locator('#pseudonym', {hasText: contact.pseudonym}).waitFor();

        // The seeker writes first; the message is shown once it is stored.
        const first = 'Bonjour, j’ai besoin de parler à quelqu’un.';
        await send(page, first);
        await waitForMessage(page, 'seeker', first);
        assert.equal(await page.locator('#outbox > li').count(), 0, 'no pending bubble is left');
        assert.equal(await page.inputValue('#message'), '', 'the composer is cleared');

        // The volunteer takes the contact and sees the transcript.
        const open = await staff.request('contact.accept', {contactId: contact.id}, 'conversation.open');
        assert.deepEqual(open.body.messages.map((m) => [m.seq, m.from, m.text]), [[1, 'seeker', first]]);
        await expectState(page, FR.active);

        const reply = 'Bonjour, je suis là. Je vous écoute.';
        await staff.request('chat.send', {contactId: contact.id, clientMsgId: 'v-1', text: reply}, 'chat.ack');
        await waitForMessage(page, 'volunteer', reply);

        // Shift+Enter makes a new line, Enter sends.
        await page.locator('#message').fill('ligne 1');
        await page.locator('#message').press('Shift+Enter');
        await page.locator('#message').pressSequentially('ligne 2');
        await page.locator('#message').press('Enter');
        const twoLines = await staff.waitFor((f) => f.type === 'chat.message' && f.body.from === 'seeker'
            && f.body.text.startsWith('ligne'), 'the two-line message');
        assert.equal(twoLines.body.text, 'ligne 1\nligne 2');
        assert.equal(twoLines.body.contactId, contact.id);
        await waitForMessage(page, 'seeker', 'ligne 2');
        await page.screenshot({path: path.join(SHOT_DIR, 'ecoute-page.png')});
        await page.setViewportSize(DESKTOP);
        await page.screenshot({path: path.join(SHOT_DIR, 'ecoute-page-desktop.png')});
        await page.setViewportSize(PHONE);

        // Text comes in as text, never as markup.
        const markup = '<img src=x onerror=alert(1)> <b>gras</b>';
        await staff.request('chat.send', {contactId: contact.id, clientMsgId: 'v-2', text: markup}, 'chat.ack');
        await waitForMessage(page, 'volunteer', markup);
        assert.equal(await page.locator('#log img, #log b').count(), 0);
        assert.equal((await expectShownOnceInOrder(page)).length, 4);

        // A reload continues the conversation (sessionStorage resume).
        await page.reload();
        await expectState(page, FR.active);
        await waitForMessage(page, 'volunteer', markup);
        assert.equal((await expectShownOnceInOrder(page)).length, 4);
        await send(page, 'Toujours là.');
        const after = await staff.waitFor((f) => f.type === 'chat.message' && f.body.text === 'Toujours là.',
            'the message sent after the reload');
        assert.equal(after.body.contactId, contact.id, 'the reload resumed the same contact');
        await waitForMessage(page, 'seeker', 'Toujours là.');

        // Away and back in the same tab: what the volunteer wrote meanwhile is replayed (chat.sync).
        await page.goto('about:blank');
        const meanwhile = 'Message écrit pendant votre absence.';
        await staff.request('chat.send', {contactId: contact.id, clientMsgId: 'v-3', text: meanwhile}, 'chat.ack');
        await page.goto(server.url);
        await waitForMessage(page, 'volunteer', meanwhile);
        assert.equal((await expectShownOnceInOrder(page)).length, 6);

        // The line drops: the page says so, keeps what is typed, and delivers it after reconnecting.
        cutLine();
        await page.locator('#connection', {hasText: FR.lost}).waitFor();
        const offline = 'Message écrit sans connexion.';
        await send(page, offline);
        await page.locator('#outbox > li .text', {hasText: offline}).waitFor();
        await page.locator('#message').fill('brouillon pas encore envoyé');
        cut = false;
        await waitForMessage(page, 'seeker', offline);
        const delivered = await staff.waitFor((f) => f.type === 'chat.message' && f.body.text === offline,
            'the message written while offline');
        assert.equal(delivered.body.contactId, contact.id);
        await page.waitForFunction(() => document.getElementById('connection').textContent === '');
        assert.equal(await page.inputValue('#message'), 'brouillon pas encore envoyé', 'the draft is kept');
        assert.equal(await page.locator('#outbox > li').count(), 0);
        assert.equal((await expectShownOnceInOrder(page)).length, 7);
        await page.locator('#message').fill('');

        // The line dies after the server stored a message but before its ack arrived: the page
        // resends it with the same clientMsgId; the server keeps one copy; the page shows it once.
        swallow = true;
        const unacked = 'Message dont l’accusé de réception se perd.';
        await send(page, unacked);
        await staff.waitFor((f) => f.type === 'chat.message' && f.body.text === unacked, 'the unacked message');
        cutLine();
        swallow = false;
        await page.locator('#connection', {hasText: FR.lost}).waitFor();
        cut = false;
        await waitForMessage(page, 'seeker', unacked);
        await page.waitForFunction(() => document.querySelectorAll('#outbox > li').length === 0);
        assert.equal((await expectShownOnceInOrder(page)).length, 8);
        await staff.request('chat.send', {contactId: contact.id, clientMsgId: 'v-4', text: 'Bien reçu.'}, 'chat.ack');
        await waitForMessage(page, 'volunteer', 'Bien reçu.');
        assert.equal((await expectShownOnceInOrder(page)).length, 9);
        assert.equal(staff.frames.filter((f) => f.type === 'chat.message' && f.body.text === unacked).length, 0,
            'the resent message was not delivered twice');

        // The seeker leaves; the volunteer is told; the page offers a new conversation.
        await page.locator('#leave-button').click();
        await page.locator('#leave-yes').click();
        await page.locator('#ended-title').waitFor();
        assert.ok(await page.isHidden('#composer'));
        await staff.waitFor((f) => (f.type === 'contact.ended' && f.body.contactId === contact.id)
            || (f.type === 'contact.removed' && f.body.contactId === contact.id), 'contact.ended after seeker.leave');
        await page.reload();
        assert.ok(await page.isVisible('#view-start'), 'after leaving, a reload starts afresh');
    } finally {
        await context.close();
        staff.close();
    }
});

test('the volunteer ends the conversation; the page offers a new one', async () => {
    const staff = await volunteerOnShift();
    const context = await newSeekerContext({viewport: DESKTOP, locale: 'de-DE'});
    const page = await context.newPage();
    try {
        await page.goto(server.url);
        await page.locator('#start-button').click();
        const contact = await waitForWaitingContact(staff);
        assert.equal(contact.urgent, false);
        assert.equal(contact.language, 'de');
        await staff.request('contact.accept', {contactId: contact.id}, 'conversation.open');
        await expectState(page, 'Eine ehrenamtliche Person ist für Sie da.');
        await staff.request('contact.end', {contactId: contact.id}, 'contact.ended');
        await page.locator('#ended-title', {hasText: 'Das Gespräch ist beendet.'}).waitFor();
        await page.locator('#restart-button').click();
        assert.ok(await page.isVisible('#view-start'));
        assert.equal(await page.isChecked('#urgent'), false);

        // A conversation that ends while the page is away is shown as ended when it comes back.
        await page.locator('#start-button').click();
        const second = await waitForWaitingContact(staff);
        await staff.request('contact.accept', {contactId: second.id}, 'conversation.open');
        await staff.request('chat.send', {contactId: second.id, clientMsgId: 'v-5', text: 'Hallo, ich bin da.'}, 'chat.ack');
        await waitForMessage(page, 'volunteer', 'Hallo, ich bin da.');
        await page.goto('about:blank');
        await staff.request('contact.end', {contactId: second.id}, 'contact.ended');
        await page.goto(server.url);
        await page.locator('#ended-title').waitFor();
        await waitForMessage(page, 'volunteer', 'Hallo, ich bin da.');
        assert.ok(await page.isHidden('#composer'));
        // If the server opened a fresh contact for the stale token, the page has ended it at once:
        // no volunteer is left with an empty waiting contact.
        await new Promise((resolve) => setTimeout(resolve, 500));
        const inbox = new Map(); // contact id -> last known state, from the frames not read yet
        for (const f of staff.frames) {
            if (f.type === 'contact.update')
                inbox.set(f.body.contact.id, f.body.contact.state);
            else if (f.type === 'contact.removed' || f.type === 'contact.ended')
                inbox.delete(f.body.contactId);
        }
        if (process.env.ECOUTE_TEST_VERBOSE)
            console.log('staff frames after the stale resume:', JSON.stringify(staff.frames));
        assert.deepEqual([...inbox].filter(([, state]) => state === 'waiting'), []);
    } finally {
        await context.close();
        staff.close();
    }
});

test('on plain HTTP (loopback test mode) the page uses ws://', async () => {
    const plain = await startServer(['--insecure-loopback']);
    const context = await newSeekerContext();
    const page = await context.newPage();
    try {
        assert.match(plain.url, /^http:/);
        let socketUrl = null;
        page.on('websocket', (ws) => { socketUrl = ws.url(); });
        await page.goto(plain.url);
        await page.locator('#start-button').click();
        await expectState(page, FR.waiting);
        assert.equal(socketUrl, plain.origin.replace(/^http:/, 'ws:') + '/ws/seeker');
    } finally {
        await context.close();
        await stopServer(plain);
    }
    // Its requests went to its own origin; the final check below is about the TLS server.
    for (let i = requests.length - 1; i >= 0; i--) {
        const url = requests[i];
        if (url.startsWith(plain.origin) || url.startsWith(plain.origin.replace(/^http:/, 'ws:')))
            requests.splice(i, 1);
    }
});

test('the page talks to nobody but its server, and breaks no policy', () => {
    assert.ok(requests.length > 0);
    const foreign = requests.filter((url) => {
        if (url.startsWith('data:') || url === 'about:blank')
            return false;
        return new URL(url).origin !== server.origin
            && new URL(url).origin !== server.origin.replace(/^https:/, 'wss:');
    });
    assert.deepEqual(foreign, []);
    assert.deepEqual(problems, []);
    if (process.env.ECOUTE_TEST_VERBOSE)
        console.log([...new Set(requests)].join('\n'));
});
