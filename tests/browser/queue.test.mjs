// SPDX-License-Identifier: GPL-3.0-or-later
// The help-seeker page while the contact waits (docs/protocol.md, "Seeker endpoint"): its position
// in the queue and an honest wait estimate (queue.position), the emergency numbers (seeker.session's
// emergency, from --emergency-number), and the service's neutral notices (contact.notice), in
// headless Chromium against the real ecoute-server; one test feeds the page through a fake
// WebSocket to check the wording of every case. Environment: see support.mjs.
//
// The tests of this file run in order and share the seekers A and B they start.
import {test, before, after} from 'node:test';
import assert from 'node:assert/strict';
import path from 'node:path';
import {
    DESKTOP, PHONE, SHOT_DIR, launchBrowser, newSeekerContext as newContext, staffOnShift, startServer, stopServer,
} from './support.mjs';

const FR = {
    first: 'Vous êtes en tête de la file d’attente.',
    second: 'Vous êtes en position 2 dans la file d’attente.',
    nobody: 'Personne de l’équipe ne répond en ce moment.',
    noEstimate: 'Nous ne pouvons pas estimer le temps d’attente pour le moment.',
    aboutOneMinute: 'Attente estimée\u00a0: environ 1 minute.',
    active: 'Une personne bénévole est avec vous.',
    waiting: 'Une personne bénévole vous répondra dès que possible.',
    continued: 'Une autre personne de l’équipe poursuit la conversation avec vous.',
    requeued: 'La personne qui vous répondait a dû s’interrompre. '
        + 'Quelqu’un d’autre va poursuivre avec vous dès que possible.',
    helpNow: 'En danger maintenant ?',
    label112: 'Urgences',
};
const DE_CONTINUED = 'Eine andere Person aus dem Team führt das Gespräch mit Ihnen weiter.';
const CENTRE_NUMBER = '143';
const CENTRE_LABEL = 'La Main Tendue';

let server;
let browser;
const requests = []; // every URL any page asked for
const problems = []; // console errors, page errors, CSP violations
const staff = []; // staff clients to close at the end

function newSeekerContext(options = {}) {
    return newContext(browser, {requests, problems}, options);
}

/** A help-seeker who opened the page and started a conversation; counts queue.position frames. */
async function startSeeker(options = {}) {
    const context = await newSeekerContext(options);
    const page = await context.newPage();
    const seeker = {context, page, positionFrames: 0};
    page.on('websocket', (ws) => ws.on('framereceived', (frame) => {
        if (String(frame.payload).includes('"queue.position"'))
            seeker.positionFrames++;
    }));
    await page.goto(server.url);
    await page.locator('#start-button').click();
    await page.waitForFunction(() => {
        try {
            return !!JSON.parse(sessionStorage.getItem('ecoute.session')).contactId;
        } catch (e) {
            return false;
        }
    });
    seeker.contactId = await page.evaluate(() => JSON.parse(sessionStorage.getItem('ecoute.session')).contactId);
    return seeker;
}

async function expectPosition(page, position, text) {
    await page.locator(`#queue-position[data-position="${position}"]`).waitFor();
    assert.equal(await page.textContent('#queue-position'), text);
}

async function expectEstimate(page, text) {
    await page.locator('#queue-estimate', {hasText: text}).waitFor();
}

async function expectState(page, text) {
    await page.locator('#chat-state', {hasText: text}).waitFor();
}

async function noticeLines(page) {
    return page.$$eval('#log > li.notice-line', (items) => items.map((li) => ({
        kind: li.dataset.notice,
        text: li.querySelector('.text').textContent,
    })));
}

async function telLinks(page, selector) {
    return page.$$eval(selector, (links) => links.map((a) => ({href: a.getAttribute('href'), text: a.textContent})));
}

before(async () => {
    server = await startServer(['--emergency-number', `${CENTRE_NUMBER}=${CENTRE_LABEL}`, '--queue-update-ms', '1000']);
    browser = await launchBrowser();
});

after(async () => {
    for (const s of staff)
        s.close();
    if (browser)
        await browser.close();
    await stopServer(server);
});

// ---------------------------------------------------------------------------------------------

let seekerA;
let seekerB;

test('nobody on shift: the page says so, shows the position and the emergency numbers', async () => {
    seekerA = await startSeeker();
    const page = seekerA.page;
    await expectPosition(page, 1, FR.first);
    await expectEstimate(page, FR.nobody);
    await expectState(page, FR.waiting);

    // The emergency numbers are right there, as tel: links, 112 first.
    assert.ok(await page.isVisible('#help-now'));
    assert.equal((await page.textContent('#help-now-title')).trim(), FR.helpNow);
    const numbers = await telLinks(page, '#help-now a');
    assert.deepEqual(numbers.map((n) => n.href), ['tel:112', `tel:${CENTRE_NUMBER}`]);
    assert.equal(numbers[0].text, `112 ${FR.label112}`);
    assert.equal(numbers[1].text, `${CENTRE_NUMBER} ${CENTRE_LABEL}`);
    assert.ok(await page.isVisible('#help-now a[href="tel:112"]'));
    assert.ok(await page.isVisible(`#help-now a[href="tel:${CENTRE_NUMBER}"]`));
    // On a large screen the top bar's 112 stays too (a phone shows the list only, to keep room for
    // the composer); its fold-out of further numbers is not needed while they are listed.
    assert.ok(await page.isHidden('#emergency'));
    await page.setViewportSize(DESKTOP);
    assert.ok(await page.isVisible('#emergency a.call[href="tel:112"]'));
    assert.ok(await page.isHidden('#emergency-more'));
    await page.screenshot({path: path.join(SHOT_DIR, 'ecoute-page-waiting-desktop.png')});
    await page.setViewportSize(PHONE);
    assert.ok(await page.isVisible('#message'), 'the composer fits on a phone while waiting');

    // A polite live region, and no flicker: identical updates (every second with --queue-update-ms
    // 1000) leave the region untouched, so screen readers do not repeat it.
    assert.equal(await page.getAttribute('#queue-status', 'aria-live'), 'polite');
    await page.evaluate(() => {
        window.queueMutations = 0;
        new MutationObserver((records) => { window.queueMutations += records.length; })
            .observe(document.getElementById('queue-status'), {subtree: true, childList: true, characterData: true, attributes: true});
    });
    const framesBefore = seekerA.positionFrames;
    await new Promise((resolve) => setTimeout(resolve, 2600));
    assert.ok(seekerA.positionFrames - framesBefore >= 2,
        `the server repeated the position (${seekerA.positionFrames - framesBefore} frames)`);
    assert.equal(await page.evaluate(() => window.queueMutations), 0, 'repeated positions do not touch the page');
    await page.screenshot({path: path.join(SHOT_DIR, 'ecoute-page-waiting.png')});

    // A second help-seeker queues behind.
    seekerB = await startSeeker();
    await expectPosition(seekerB.page, 2, FR.second);
    await expectEstimate(seekerB.page, FR.nobody);
    await expectPosition(page, 1, FR.first);
});

test('a volunteer comes and takes the first contact: the second moves up', async () => {
    const volunteer = await staffOnShift(server);
    staff.push(volunteer);
    // Somebody answers now, but nobody was taken yet: no honest estimate.
    await expectEstimate(seekerA.page, FR.noEstimate);
    await expectEstimate(seekerB.page, FR.noEstimate);

    await volunteer.request('contact.accept', {contactId: seekerA.contactId}, 'conversation.open');
    await expectState(seekerA.page, FR.active);
    assert.ok(await seekerA.page.isHidden('#waiting'));
    // In the conversation, the centre's numbers are one click away under the 112 line.
    assert.ok(await seekerA.page.isVisible('#emergency-more'));
    await seekerA.page.locator('#emergency-more summary').click();
    assert.deepEqual((await telLinks(seekerA.page, '#emergency-more a')).map((n) => n.href), [`tel:${CENTRE_NUMBER}`]);
    assert.ok(await seekerA.page.isVisible(`#emergency-more a[href="tel:${CENTRE_NUMBER}"]`));
    await seekerA.page.screenshot({path: path.join(SHOT_DIR, 'ecoute-page-more-numbers.png')});

    await expectPosition(seekerB.page, 1, FR.first);
    await expectEstimate(seekerB.page, FR.noEstimate);
});

test('a transfer and a requeue are told in neutral words, without names', async () => {
    const [volunteer] = staff;
    const volunteer2 = await staffOnShift(server, 'volunteer2');
    staff.push(volunteer2);
    const page = seekerA.page;
    await page.locator('#message').fill('Bonjour');
    await page.locator('#message').press('Enter');
    await page.locator('#log > li.msg-seeker .text', {hasText: 'Bonjour'}).waitFor();

    await volunteer.request('contact.transfer',
        {contactId: seekerA.contactId, toUser: 'volunteer2', note: 'Note interne'}, 'contact.released');
    await volunteer2.waitFor((f) => f.type === 'conversation.open' && f.body.contact.id === seekerA.contactId,
        'the transferred conversation');
    await page.locator('#log > li.notice-line[data-notice="continued"]').waitFor();
    assert.deepEqual(await noticeLines(page), [{kind: 'continued', text: FR.continued}]);
    await expectState(page, FR.active);

    await volunteer2.request('contact.requeue', {contactId: seekerA.contactId}, 'contact.released');
    await page.locator('#log > li.notice-line[data-notice="requeued"]').waitFor();
    assert.deepEqual(await noticeLines(page), [
        {kind: 'continued', text: FR.continued},
        {kind: 'requeued', text: FR.requeued},
    ]);
    // Waiting again, at the head of the queue (handed back), ahead of B.
    await expectState(page, FR.waiting);
    assert.ok(await page.isVisible('#help-now'));
    await expectPosition(page, 1, FR.first);
    await expectPosition(seekerB.page, 2, FR.second);
    const log = await page.textContent('#log');
    assert.doesNotMatch(log, /volunteer|Note interne/i, 'no names, no internal note');
    await page.screenshot({path: path.join(SHOT_DIR, 'ecoute-page-requeued.png')});

    // The lines survive a reload, in place after the message, and follow the language.
    await page.reload();
    await page.locator('#log > li.notice-line[data-notice="requeued"]').waitFor();
    assert.deepEqual(await page.$$eval('#log > li', (items) => items.map((li) => li.dataset.notice || li.dataset.seq)),
        ['1', 'continued', 'requeued']);
    await expectPosition(page, 1, FR.first);
    await page.selectOption('#lang-select', 'de');
    assert.equal((await noticeLines(page))[0].text, DE_CONTINUED);
    await page.selectOption('#lang-select', 'fr');
});

test('once the queue has moved, a waiting help-seeker gets a rounded estimate', async () => {
    const [volunteer, volunteer2] = staff;
    // Three pick-ups in the French chat queue (A first, A again, B) make an estimate possible.
    await volunteer2.request('contact.accept', {contactId: seekerA.contactId}, 'conversation.open');
    await volunteer.request('contact.accept', {contactId: seekerB.contactId}, 'conversation.open');
    await expectState(seekerB.page, FR.active);
    const seekerC = await startSeeker();
    try {
        await expectPosition(seekerC.page, 1, FR.first);
        await expectEstimate(seekerC.page, FR.aboutOneMinute);
        assert.doesNotMatch(await seekerC.page.textContent('#queue-estimate'), /seconde/);
    } finally {
        await seekerC.context.close();
    }
});

test('every wording, fed through a fake server', async () => {
    const context = await newSeekerContext({locale: 'en-GB'});
    const page = await context.newPage();
    let line = null;
    let emergency; // seeker.session's emergency field for the next start; undefined: absent
    let n = 0;
    const push = (type, body, re) => line.send(JSON.stringify({v: 1, type, id: 'f-' + (++n), re, body}));
    await page.routeWebSocket(/\/ws\/seeker$/, (ws) => {
        line = ws; // not connected to the server: this test plays it
        ws.onMessage((message) => {
            const frame = JSON.parse(message);
            if (frame.type === 'hello') {
                push('welcome', {version: 1, server: 'fake', limits: {maxFrameBytes: 65536, maxChatTextChars: 8000}}, frame.id);
            } else if (frame.type === 'seeker.start') {
                const body = {token: 'ab'.repeat(32), pseudonym: 'Colibri 7', contactId: 'c-' + n, state: 'waiting'};
                if (emergency !== undefined)
                    body.emergency = emergency;
                push('seeker.session', body, frame.id);
            }
        });
    });
    try {
        await page.goto(server.url);
        await page.locator('#start-button').click();
        await page.locator('#pseudonym', {hasText: 'Colibri 7'}).waitFor();

        // No emergency field: 112 anyway.
        assert.deepEqual(await telLinks(page, '#help-now a'), [{href: 'tel:112', text: '112 Emergency services'}]);
        // No position yet: nothing is claimed.
        assert.equal((await page.textContent('#queue-status')).trim(), '');

        const cases = [
            [{position: 3, staffOnShift: true, estimateSeconds: 20}, 'You are number 3 in the queue.', 'Estimated wait: about 1 minute.'],
            [{position: 3, staffOnShift: true, estimateSeconds: 100}, 'You are number 3 in the queue.', 'Estimated wait: about 2 minutes.'],
            [{position: 2, staffOnShift: true, estimateSeconds: 290}, 'You are number 2 in the queue.', 'Estimated wait: about 5 minutes.'],
            [{position: 2, staffOnShift: true, estimateSeconds: 1490}, 'You are number 2 in the queue.', 'Estimated wait: about 25 minutes.'],
            [{position: 2, staffOnShift: true, estimateSeconds: 4000}, 'You are number 2 in the queue.', 'Estimated wait: about 1 hour.'],
            [{position: 9, staffOnShift: true, estimateSeconds: 7300}, 'You are number 9 in the queue.', 'Estimated wait: about 2 hours.'],
            [{position: 1, staffOnShift: true}, 'You are next in the queue.', 'We cannot estimate the waiting time at the moment.'],
            [{position: 1, staffOnShift: false, estimateSeconds: 60}, 'You are next in the queue.',
                'Nobody from the team is answering right now. You can keep waiting, but we cannot say when someone will be available.'],
        ];
        for (const [body, position, estimate] of cases) {
            push('queue.position', body);
            await page.locator('#queue-estimate', {hasText: estimate}).waitFor();
            assert.equal(await page.textContent('#queue-position'), position, JSON.stringify(body));
            assert.equal(await page.textContent('#queue-estimate'), estimate, JSON.stringify(body));
        }
        // Nonsense is ignored.
        push('queue.position', {position: 0, staffOnShift: true});
        push('queue.position', {position: 'two', staffOnShift: true});
        push('contact.notice', {kind: 'fired'});
        push('queue.position', {position: 4, staffOnShift: false});
        await page.locator('#queue-position[data-position="4"]').waitFor();
        assert.equal(await page.locator('#log > li').count(), 0);

        // Taken: the waiting panel goes; the notices are neutral lines.
        push('contact.state', {state: 'active'});
        await page.locator('#waiting').waitFor({state: 'hidden'});
        push('contact.notice', {kind: 'continued'});
        push('contact.notice', {kind: 'requeued'});
        await page.locator('#log > li.notice-line[data-notice="requeued"]').waitFor();
        assert.deepEqual(await noticeLines(page), [
            {kind: 'continued', text: 'Another person from the team continues the conversation with you.'},
            {kind: 'requeued', text: 'The person who was answering you had to stop. Someone else will continue with you as soon as possible.'},
        ]);
        // Back to waiting: the old position is not shown again until the server says where it stands.
        push('contact.state', {state: 'waiting'});
        await page.locator('#waiting').waitFor();
        assert.equal((await page.textContent('#queue-status')).trim(), '');
        push('contact.state', {state: 'ended'});
        await page.locator('#ended-title').waitFor();
        assert.ok(await page.isHidden('#waiting'));

        // A new conversation on a server with odd numbers: 112 first, text as text, no bad links.
        emergency = [
            {number: '143', label: '<b>La Main Tendue</b>'},
            {number: '112', label: 'ignored: the page labels 112 itself'},
            {number: 'javascript:alert(1)', label: 'bad'},
            {number: '+41 800 33 33 33', label: 'Line'},
            {number: '143', label: 'twice'},
        ];
        await page.locator('#restart-button').click();
        await page.locator('#start-button').click();
        await page.locator('#help-now a[href="tel:143"]').waitFor();
        assert.deepEqual(await telLinks(page, '#help-now a'), [
            {href: 'tel:112', text: '112 Emergency services'},
            {href: 'tel:143', text: '143 <b>La Main Tendue</b>'},
            {href: 'tel:+41800333333', text: '+41 800 33 33 33 Line'},
        ]);
        assert.equal(await page.locator('#help-now b').count(), 0);
    } finally {
        await context.close();
    }
});

test('the page talks to nobody but its server, and breaks no policy', async () => {
    for (const s of [seekerA, seekerB])
        await s?.context.close();
    assert.ok(requests.length > 0);
    const foreign = requests.filter((url) => {
        if (url.startsWith('data:') || url === 'about:blank')
            return false;
        return new URL(url).origin !== server.origin
            && new URL(url).origin !== server.origin.replace(/^https:/, 'wss:');
    });
    assert.deepEqual(foreign, []);
    assert.deepEqual(problems, []);
});
