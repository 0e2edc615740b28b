// SPDX-License-Identifier: GPL-3.0-or-later
// The help-seeker page checked by axe-core (WCAG 2.1 A and AA rules) in each language and in each
// state a help-seeker meets: the start form, waiting in the queue, a conversation with messages from
// both sides and a service notice, the leave confirmation, a lost connection with a message not yet
// sent, a rate-limit notice, a refused start, and the ended conversation; each in light and dark
// colours, on a phone and on a desktop. Against the real ecoute-server, with volunteers speaking the
// staff protocol (support.mjs; the environment it reads is described there).
//
// axe is injected as an init script (Page.addScriptToEvaluateOnNewDocument), which the page's
// Content-Security-Policy does not apply to: the page is checked as it is served, CSP and all.
import {test, before, after} from 'node:test';
import assert from 'node:assert/strict';
import {
    AXE_SCRIPT, DESKTOP, PHONE, launchBrowser, newSeekerContext as newContext, staffOnShift, startServer, stopServer,
} from './support.mjs';

const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];
const LANGUAGES = [
    {lang: 'fr', locale: 'fr-FR', active: 'Une personne bénévole est avec vous.'},
    {lang: 'de', locale: 'de-DE', active: 'Eine ehrenamtliche Person ist für Sie da.'},
    {lang: 'en', locale: 'en-GB', active: 'A volunteer is with you.'},
];
const LAYOUTS = [
    {name: 'phone', viewport: PHONE},
    {name: 'desktop', viewport: DESKTOP},
];
const SCHEMES = ['light', 'dark'];

let server;
let browser;
let volunteer;
let volunteer2;
const requests = [];
const problems = []; // console errors, page errors, CSP violations

before(async () => {
    server = await startServer(['--emergency-number', '143=La Main Tendue', '--queue-update-ms', '1000']);
    browser = await launchBrowser();
    volunteer = await staffOnShift(server, 'volunteer');
    volunteer2 = await staffOnShift(server, 'volunteer2');
});

after(async () => {
    volunteer?.close();
    volunteer2?.close();
    if (browser)
        await browser.close();
    await stopServer(server);
});

/**
 * Runs axe on the page as it stands, in every layout and colour scheme, and adds what it finds to
 * `found`: {state, where: 'layout/scheme', rule: '[impact] rule-id (help)', target}.
 *
 * What axe cannot decide by itself ("needs review") counts too: a focusable scroller with a
 * prohibited aria-label was one. Contrast is the exception: bubbles scrolled partly out of the
 * conversation's scroller cannot be measured, and each kind of bubble is in full view in some state.
 */
async function audit(page, state, found) {
    for (const layout of LAYOUTS) {
        await page.setViewportSize(layout.viewport);
        for (const colorScheme of SCHEMES) {
            await page.emulateMedia({colorScheme});
            const violations = await page.evaluate(async (tags) => {
                const result = await window.axe.run(document, {
                    runOnly: {type: 'tag', values: tags},
                    resultTypes: ['violations', 'incomplete'],
                });
                const summary = (v, kind) => ({
                    id: v.id,
                    impact: kind + v.impact,
                    help: v.help,
                    targets: v.nodes.map((n) => n.target.join(' ')),
                });
                return result.violations.map((v) => summary(v, ''))
                    .concat(result.incomplete.filter((v) => v.id !== 'color-contrast')
                        .map((v) => summary(v, 'needs review, ')));
            }, TAGS);
            for (const v of violations) {
                for (const target of v.targets) {
                    found.push({state, where: `${layout.name}/${colorScheme}`,
                        rule: `[${v.impact}] ${v.id} (${v.help})`, target});
                }
            }
        }
    }
    await page.setViewportSize(PHONE);
    await page.emulateMedia({colorScheme: 'light'});
}

/**
 * Routes the page's seeker socket through the test, which can cut the line, refuse the next
 * seeker.start as the queue's per-source limit does, or speak to the page as the server would.
 */
async function routeSeekerSocket(page) {
    const control = {cut: false, refuseStart: false, lines: new Set()};
    await page.routeWebSocket(/\/ws\/seeker$/, (ws) => {
        if (control.cut) {
            ws.close({code: 4000, reason: 'test: no network'});
            return;
        }
        const upstream = ws.connectToServer();
        const line = {ws, upstream};
        control.lines.add(line);
        ws.onMessage((message) => {
            const frame = JSON.parse(message);
            if (control.refuseStart && frame.type === 'seeker.start') {
                ws.send(JSON.stringify({v: 1, type: 'error', id: 'test-1', re: frame.id,
                    body: {code: 'rate_limited', message: 'test', retryAfterMs: 60000}}));
                return;
            }
            upstream.send(message);
        });
        upstream.onMessage((message) => ws.send(message));
        ws.onClose(() => { control.lines.delete(line); upstream.close(); });
        upstream.onClose(() => { control.lines.delete(line); ws.close(); });
    });
    control.cutLine = () => {
        control.cut = true;
        for (const line of [...control.lines]) {
            control.lines.delete(line);
            line.upstream.close();
            line.ws.close({code: 4000, reason: 'test: no network'});
        }
    };
    control.toPage = (type, body) => {
        for (const line of control.lines)
            line.ws.send(JSON.stringify({v: 1, type, id: 'test-' + type, body}));
    };
    return control;
}

async function contactIdOf(page) {
    await page.waitForFunction(() => {
        try {
            return !!JSON.parse(sessionStorage.getItem('ecoute.session')).contactId;
        } catch (e) {
            return false;
        }
    });
    return page.evaluate(() => JSON.parse(sessionStorage.getItem('ecoute.session')).contactId);
}

async function send(page, text) {
    await page.locator('#message').fill(text);
    await page.locator('#message').press('Enter');
}

/** The violations grouped by rule, then by element, with the states (and layouts) they occur in. */
function report(lang, found) {
    const variants = LAYOUTS.length * SCHEMES.length;
    const byRule = new Map();
    for (const f of found) {
        if (!byRule.has(f.rule))
            byRule.set(f.rule, new Map());
        const byTarget = byRule.get(f.rule);
        if (!byTarget.has(f.target))
            byTarget.set(f.target, new Map());
        const byState = byTarget.get(f.target);
        byState.set(f.state, [...(byState.get(f.state) || []), f.where]);
    }
    const lines = [`axe found WCAG 2.1 A/AA problems on the ${lang} page:`];
    for (const [rule, byTarget] of byRule) {
        lines.push(`  ${rule}`);
        for (const [target, byState] of byTarget) {
            const states = [...byState].map(([state, wheres]) =>
                (wheres.length === variants ? state : `${state} (${wheres.join(', ')})`));
            lines.push(`    ${target}  in: ${states.join('; ')}`);
        }
    }
    return lines.join('\n');
}

for (const {lang, locale, active} of LANGUAGES) {
    test(`the page in ${lang} has no WCAG 2.1 A/AA violation in any state`, async () => {
        const found = [];
        const context = await newContext(browser, {requests, problems}, {locale});
        await context.addInitScript({path: AXE_SCRIPT});
        const page = await context.newPage();
        try {
            const line = await routeSeekerSocket(page);
            await page.goto(server.url);
            assert.equal(await page.getAttribute('html', 'lang'), lang);
            assert.equal(await page.evaluate(() => typeof window.axe?.run), 'function', 'axe is loaded');
            await audit(page, 'start', found);

            await page.locator('label[for=urgent]').click();
            await page.locator('#urgent-hint').waitFor();
            await audit(page, 'start, urgent ticked', found);
            await page.locator('label[for=urgent]').click();

            // Waiting in the queue, having written already.
            await page.locator('#start-button').click();
            const contactId = await contactIdOf(page);
            await page.locator('#queue-position[data-position]').waitFor();
            await page.locator('#queue-estimate:not(:empty)').waitFor();
            await send(page, 'Bonjour, je voudrais parler.');
            await page.locator('#log > li.msg-seeker').waitFor();
            await audit(page, 'waiting', found);

            // A conversation: messages from both sides, a transfer's notice line, the centre's numbers.
            await volunteer.request('contact.accept', {contactId}, 'conversation.open');
            await page.locator('#chat-state', {hasText: active}).waitFor();
            await volunteer.request('chat.send',
                {contactId, clientMsgId: `a11y-${lang}-1`, text: 'Bonjour, je suis là.'}, 'chat.ack');
            await page.locator('#log > li.msg-volunteer').waitFor();
            await volunteer.request('contact.transfer',
                {contactId, toUser: 'volunteer2', note: 'a11y'}, 'contact.released');
            await volunteer2.waitFor((f) => f.type === 'conversation.open' && f.body.contact.id === contactId,
                'the transferred conversation');
            await page.locator('#log > li.notice-line').waitFor();
            await volunteer2.request('chat.send',
                {contactId, clientMsgId: `a11y-${lang}-2`, text: 'Je prends le relais.'}, 'chat.ack');
            await page.locator('#log > li.msg-volunteer').nth(1).waitFor();
            await send(page, 'Merci.');
            await page.locator('#log > li.msg-seeker').nth(1).waitFor();
            await page.locator('#emergency-more summary').click();
            await audit(page, 'conversation', found);

            await page.locator('#leave-button').click();
            await page.locator('#leave-question').waitFor();
            await audit(page, 'leave confirmation', found);
            await page.locator('#leave-no').click();

            // Too many messages at once: the server's notice.
            line.toPage('error', {code: 'rate_limited', message: 'test', retryAfterMs: 1000});
            await page.locator('#notice:not(:empty)').waitFor();
            await audit(page, 'rate-limit notice', found);

            // The line drops; a message waits in the outbox, marked as not sent yet.
            line.cutLine();
            await page.locator('#connection:not(:empty)').waitFor();
            await send(page, 'Vous êtes toujours là ?');
            await page.locator('#outbox > li').waitFor();
            await audit(page, 'connection lost', found);
            line.cut = false;
            await page.evaluate(() => window.dispatchEvent(new Event('online'))); // no backoff wait
            await page.waitForFunction(() => document.getElementById('outbox').childElementCount === 0);

            // The volunteer ends the conversation.
            await volunteer2.request('contact.end', {contactId}, 'contact.ended');
            await page.locator('#ended-title').waitFor();
            await audit(page, 'ended', found);

            // A new conversation refused by the queue's per-source limit (errorStartLimited).
            await page.locator('#restart-button').click();
            line.refuseStart = true;
            await page.locator('#start-button').click();
            await page.locator('#notice:not(:empty)').waitFor();
            await audit(page, 'start refused', found);
        } finally {
            await context.close();
            volunteer.frames.length = 0;
            volunteer2.frames.length = 0;
        }
        if (found.length > 0)
            assert.fail(report(lang, found));
    });
}

test('the checked pages broke no policy', () => {
    assert.ok(requests.length > 0);
    assert.deepEqual(problems, []);
});
