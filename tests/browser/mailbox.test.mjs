// SPDX-License-Identifier: GPL-3.0-or-later
// The help-seeker's web mailbox (web/mailbox.html, issue 15) in headless Chromium against the real
// ecoute-server (TLS): create a mailbox, write a letter that reaches a volunteer as an e-mail contact,
// reload, log out and open the mailbox again with the password; keyboard only, axe-core (WCAG 2.1
// A/AA) in each language and state, nothing loaded from elsewhere (support.mjs describes the
// environment it reads).
import {test, before, after} from 'node:test';
import assert from 'node:assert/strict';
import path from 'node:path';
import {
    AXE_SCRIPT, DESKTOP, PHONE, SHOT_DIR, launchBrowser, newSeekerContext as newContext, staffOnShift, startServer,
    stopServer,
} from './support.mjs';

const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];
const FR = {
    title: 'Écrire une lettre',
    box: 'Votre boîte aux lettres',
    sent: 'Votre lettre nous est parvenue. Nous vous répondrons dès que possible.',
    wrong: 'Nom ou mot de passe incorrect.',
    taken: 'Ce nom est déjà pris. Merci d’en choisir un autre.',
    newAnswer: 'Vous avez une nouvelle réponse.',
};
const TITLES = {de: 'Einen Brief schreiben', en: 'Write a letter'};
const NAME = 'Pluie de novembre';
const PASSWORD = 'une phrase assez longue';
const LETTER = 'Bonjour,\nje vous écris parce que je ne sais plus à qui parler.\nMerci de me lire.';
const ANSWER = 'Bonjour,\nmerci de votre lettre. Je suis là et je vous lis.';

let server;
let browser;
let volunteer;
const requests = []; // every URL any page asked for
const problems = []; // console errors, page errors, CSP violations

before(async () => {
    server = await startServer(['--mail-undo-seconds', '0']); // answers leave at once
    browser = await launchBrowser();
    volunteer = await staffOnShift(server, 'volunteer');
});

after(async () => {
    volunteer?.close();
    if (browser)
        await browser.close();
    await stopServer(server);
});

function mailboxUrl() {
    return server.url + 'mailbox.html';
}

/** axe on the page as it stands, phone and desktop, light and dark; returns readable violations. */
async function audit(page, state) {
    const found = [];
    for (const viewport of [PHONE, DESKTOP]) {
        await page.setViewportSize(viewport);
        for (const colorScheme of ['light', 'dark']) {
            await page.emulateMedia({colorScheme});
            const violations = await page.evaluate(async (tags) => {
                const result = await window.axe.run(document, {
                    runOnly: {type: 'tag', values: tags},
                    resultTypes: ['violations', 'incomplete'],
                });
                return result.violations.concat(result.incomplete.filter((v) => v.id !== 'color-contrast'))
                    .map((v) => `${v.id} (${v.help}): ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
            }, TAGS);
            for (const v of violations)
                found.push(`${state} ${viewport.width}px ${colorScheme}: ${v}`);
        }
    }
    await page.setViewportSize(PHONE);
    await page.emulateMedia({colorScheme: 'light'});
    return found;
}

async function letterTexts(page) {
    return page.$$eval('#letters > li', (items) => items.map((li) => ({
        from: li.classList.contains('letter-seeker') ? 'seeker' : 'volunteer',
        text: li.querySelector('.text').textContent,
    })));
}

async function fillOpenForm(page, {create, name, password, notify}) {
    await page.locator(create ? 'label[for=choice-create]' : 'label[for=choice-open]').click();
    await page.locator('#mailbox-name').fill(name);
    await page.locator('#mailbox-password').fill(password);
    if (notify !== undefined)
        await page.locator('#mailbox-notify').fill(notify);
}

test('the chat page leads to the mailbox', async () => {
    const context = await newContext(browser, {requests, problems});
    const page = await context.newPage();
    await page.goto(server.url);
    await page.locator('a[href="mailbox.html"]', {hasText: FR.title}).click();
    await page.waitForURL(/mailbox\.html$/);
    assert.equal((await page.textContent('h1#open-title')).trim(), FR.title);
    await context.close();
});

test('create a mailbox, write a letter, reload, log out and open it again', async () => {
    const context = await newContext(browser, {requests, problems});
    await context.addInitScript({path: AXE_SCRIPT});
    const page = await context.newPage();
    const violations = [];
    try {
        const response = await page.goto(mailboxUrl());
        assert.equal(response.status(), 200);
        assert.match(response.headers()['content-security-policy'] || '', /script-src 'self'/);
        assert.equal(await page.getAttribute('html', 'lang'), 'fr');
        assert.equal(await page.title(), 'Ecoute – écrire une lettre');
        const structure = await page.evaluate(() => ({
            inlineScripts: document.querySelectorAll('script:not([src])').length,
            styleAttributes: document.querySelectorAll('[style]').length,
            unlabelled: [...document.querySelectorAll('input, select, textarea')]
                .filter((e) => !e.labels || e.labels.length === 0).map((e) => e.id),
            live: [...document.querySelectorAll('[role=status]')].map((e) => e.id),
        }));
        assert.deepEqual(structure, {
            inlineScripts: 0, styleAttributes: 0, unlabelled: [],
            live: ['open-status', 'connection', 'write-status'],
        });
        // The warning that nothing can be recovered is there when a mailbox is being made.
        assert.ok(await page.isVisible('#create-warning'));
        violations.push(...await audit(page, 'open form'));

        // Keyboard only: create the mailbox.
        await page.locator('#lang-select').focus();
        const reached = [];
        for (let i = 0; i < 8; i++) {
            await page.keyboard.press('Tab');
            reached.push(await page.evaluate(() => document.activeElement.id || document.activeElement.tagName));
        }
        for (const id of ['choice-create', 'mailbox-name', 'mailbox-password', 'mailbox-notify', 'open-button'])
            assert.ok(reached.includes(id), `${id} is reachable with Tab (${reached})`);
        await page.locator('#mailbox-name').focus();
        await page.keyboard.type(NAME);
        await page.keyboard.press('Tab');
        await page.keyboard.type(PASSWORD);
        await page.keyboard.press('Tab');
        await page.keyboard.type('quelqu.un@example.org');
        await page.keyboard.press('Enter');

        await page.locator('#view-box').waitFor();
        assert.equal((await page.textContent('#box-title')).trim(), FR.box);
        assert.match(await page.textContent('#promise'), /48 heures/);
        assert.match(await page.textContent('#box-name'), new RegExp(NAME));
        assert.equal(await page.evaluate(() => document.activeElement.id), 'box-title', 'the focus follows');
        assert.equal(await page.locator('#letters > li').count(), 0);

        // Write, keyboard only: Ctrl+Enter sends.
        await page.locator('#letter').focus();
        await page.keyboard.insertText(LETTER);
        await page.keyboard.press('Control+Enter');
        await page.locator('#write-status', {hasText: FR.sent}).waitFor();
        assert.deepEqual(await letterTexts(page), [{from: 'seeker', text: LETTER}]);
        assert.equal(await page.inputValue('#letter'), '');
        violations.push(...await audit(page, 'mailbox with a letter'));
        await page.screenshot({path: path.join(SHOT_DIR, 'ecoute-mailbox.png'), fullPage: true});

        // The volunteer is offered it as an e-mail contact.
        const offered = await volunteer.waitFor(
            (f) => (f.type === 'contact.update' && f.body.contact.channel === 'email')
                || (f.type === 'inbox.snapshot' && f.body.contacts.some((c) => c.channel === 'email')),
            'an e-mail contact in the inbox');
        assert.ok(!JSON.stringify(offered).includes(NAME), 'the name never reaches the workstation');
        const contact = offered.type === 'contact.update' ? offered.body.contact
            : offered.body.contacts.find((c) => c.channel === 'email');
        await volunteer.request('contact.accept', {contactId: contact.id}, 'conversation.open');
        await volunteer.request('mail.reply', {contactId: contact.id, clientMsgId: 'r1', text: ANSWER}, 'mail.outbox');
        await volunteer.waitFor((f) => f.type === 'chat.message' && f.body.from === 'volunteer', 'the answer stored');

        // The open page asks again when it comes back into view, and says that an answer came.
        await page.evaluate(() => document.dispatchEvent(new Event('visibilitychange')));
        await page.locator('#write-status', {hasText: FR.newAnswer}).waitFor();
        assert.deepEqual(await letterTexts(page), [{from: 'seeker', text: LETTER}, {from: 'volunteer', text: ANSWER}]);

        // A reload keeps the mailbox open (the token is in sessionStorage, the password nowhere), and
        // shows the answer after the letter.
        await page.reload();
        await page.locator('#letters > li.letter-volunteer').waitFor();
        assert.deepEqual(await letterTexts(page), [{from: 'seeker', text: LETTER}, {from: 'volunteer', text: ANSWER}]);
        violations.push(...await audit(page, 'mailbox with an answer'));
        await page.screenshot({path: path.join(SHOT_DIR, 'ecoute-mailbox-answer.png'), fullPage: true});
        const stored = await page.evaluate(() => JSON.stringify({...sessionStorage}) + JSON.stringify({...localStorage}));
        assert.ok(!stored.includes(PASSWORD), 'the password is not stored');
        assert.equal(await page.evaluate(() => localStorage.length), 0, 'nothing in localStorage');

        // Log out: the session is forgotten.
        await page.locator('#logout-button').click();
        await page.locator('#view-open').waitFor();
        assert.equal(await page.evaluate(() => sessionStorage.getItem('ecoute.mailbox.session')), null);
        assert.ok(await page.isChecked('#choice-open'), 'next time: open the mailbox');
        assert.ok(await page.isHidden('#create-warning'));

        // A wrong password is refused without saying which field was wrong.
        await fillOpenForm(page, {create: false, name: NAME, password: 'pas le bon mot de passe'});
        await page.locator('#open-button').click();
        await page.locator('#open-status', {hasText: FR.wrong}).waitFor();
        violations.push(...await audit(page, 'wrong password'));

        // The same name cannot be created twice.
        await fillOpenForm(page, {create: true, name: NAME.toUpperCase(), password: PASSWORD, notify: ''});
        await page.locator('#open-button').click();
        await page.locator('#open-status', {hasText: FR.taken}).waitFor();

        // The right password opens it again, with the letter and the answer.
        await fillOpenForm(page, {create: false, name: NAME, password: PASSWORD});
        await page.locator('#open-button').click();
        await page.locator('#letters > li.letter-volunteer').waitFor();
        assert.deepEqual(await letterTexts(page), [{from: 'seeker', text: LETTER}, {from: 'volunteer', text: ANSWER}]);
    } finally {
        await context.close();
    }
    assert.deepEqual(violations, [], violations.join('\n'));
    const foreign = requests.filter((url) => !url.startsWith(server.origin) && !url.startsWith('wss://127.0.0.1:')
        && !url.startsWith('data:'));
    assert.deepEqual(foreign, [], 'nothing is loaded from elsewhere');
    assert.deepEqual(problems, []);
});

for (const lang of ['de', 'en']) {
    test(`the mailbox page in ${lang} has no WCAG 2.1 A/AA violation`, async () => {
        const context = await newContext(browser, {requests, problems},
            {locale: lang === 'de' ? 'de-DE' : 'en-GB'});
        await context.addInitScript({path: AXE_SCRIPT});
        const page = await context.newPage();
        try {
            await page.goto(mailboxUrl());
            assert.equal(await page.getAttribute('html', 'lang'), lang);
            assert.equal((await page.textContent('h1#open-title')).trim(), TITLES[lang]);
            const found = await audit(page, 'open form');
            await page.locator('label[for=choice-open]').click();
            found.push(...await audit(page, 'open form, existing mailbox'));
            assert.deepEqual(found, [], found.join('\n'));
        } finally {
            await context.close();
        }
    });
}
