// SPDX-License-Identifier: GPL-3.0-or-later
// The help-seeker's web mailbox: speaks mailbox.* (docs/protocol.md, "Web mailbox") over a WebSocket
// to /ws/seeker of the server that served this page.
//
// Rules kept here (as on the chat page, app.js):
// - all user and server text goes into the page through textContent, never as HTML;
// - nothing leaves this browser except to this server (no cookies, no third party);
// - the session token (with the mailbox's name, to show it), the draft and a letter not yet
//   acknowledged live in sessionStorage only, so a reload keeps the mailbox open and closing the
//   tab (or logging out) forgets it; the password is never stored;
// - a letter is kept until the server acknowledges it, and resent with the same clientMsgId.
'use strict';

(function () {
    const page = window.ECOUTE_PAGE; // page.js: storage, language, strings
    const {store, t, setText} = page;
    const CLIENT = 'ecoute-mailbox/0.1';
    const PROTOCOL_VERSION = 1;
    const MAX_LETTER = 20000;
    const COUNTER_FROM = 1000; // show the counter when fewer characters than this are left
    const PING_EVERY_MS = 20000;
    const RECONNECT_MAX_MS = 10000;
    const REFRESH_EVERY_MS = 5 * 60 * 1000; // an open page asks for new answers now and then
    const KEY = {
        session: 'ecoute.mailbox.session',
        draft: 'ecoute.mailbox.draft',
        pending: 'ecoute.mailbox.pending',
    };

    const $ = (id) => document.getElementById(id);
    const el = {
        langSelect: $('lang-select'),
        viewOpen: $('view-open'),
        openTitle: $('open-title'),
        openForm: $('open-form'),
        choiceCreate: $('choice-create'),
        choiceOpen: $('choice-open'),
        name: $('mailbox-name'),
        password: $('mailbox-password'),
        notifyField: $('notify-field'),
        notify: $('mailbox-notify'),
        warning: $('create-warning'),
        openButton: $('open-button'),
        openStatus: $('open-status'),
        viewBox: $('view-box'),
        boxTitle: $('box-title'),
        boxName: $('box-name'),
        promise: $('promise'),
        connection: $('connection'),
        noLetters: $('no-letters'),
        letters: $('letters'),
        writeForm: $('write-form'),
        letter: $('letter'),
        counter: $('counter'),
        sendButton: $('send-button'),
        writeStatus: $('write-status'),
        logoutButton: $('logout-button'),
    };

    /** {token, name, answerHours} once the mailbox is open. */
    let session = validSession(store.get(KEY.session, null));
    /** A letter sent and not yet acknowledged: {clientMsgId, text}. */
    let pending = validPending(store.get(KEY.pending, null));
    let letters = []; // {seq, from, text, at}, in the order the server gave them
    let ws = null;
    let ready = false; // mailbox.session received on the current socket
    let wantConnection = false;
    let firstRequest = null; // {type, body} sent after welcome
    let frameCounter = 0;
    const requests = new Map(); // our frame id -> {type}
    let heartbeatTimer = 0;
    let reconnectTimer = 0;
    let reconnectAttempt = 0;
    let pendingName = ''; // the name typed at login (shown in the mailbox; never stored on its own)

    function validSession(s) {
        return s && typeof s.token === 'string' && s.token ? s : null;
    }
    function validPending(p) {
        return p && typeof p.clientMsgId === 'string' && typeof p.text === 'string' ? p : null;
    }

    // ---- strings ----
    function applyLanguage(newLang) {
        page.applyLanguage(newLang, 'mbPageTitle', el.langSelect);
        for (const node of el.letters.querySelectorAll('time[datetime]'))
            node.textContent = formatDate(node.getAttribute('datetime'));
        updateCounter();
    }

    // ---- views ----
    function creating() {
        return el.choiceCreate.checked;
    }

    function renderChoice() {
        const create = creating();
        el.notifyField.hidden = !create;
        el.warning.hidden = !create;
        el.password.autocomplete = create ? 'new-password' : 'current-password';
        setText(el.openButton, create ? 'mbCreateButton' : 'mbOpenButton');
    }

    function showOpen(statusKey, args) {
        el.viewBox.hidden = true;
        el.viewOpen.hidden = false;
        el.openButton.disabled = false;
        setText(el.openStatus, statusKey || '', args);
        renderChoice();
    }

    function showBox() {
        const wasHidden = el.viewBox.hidden;
        el.viewOpen.hidden = true;
        el.viewBox.hidden = false;
        setText(el.boxName, session && session.name ? 'mbBoxName' : '', session && session.name ? {name: session.name} : undefined);
        if (session && Number.isInteger(session.answerHours) && session.answerHours > 0)
            setText(el.promise, 'mbPromise', {hours: session.answerHours});
        else
            setText(el.promise, '');
        if (wasHidden)
            el.boxTitle.focus();
    }

    function formatDate(iso) {
        const d = new Date(iso);
        if (Number.isNaN(d.getTime()))
            return '';
        try {
            return d.toLocaleString(page.language(), {dateStyle: 'medium', timeStyle: 'short'});
        } catch (e) {
            return d.toISOString();
        }
    }

    function letterElement(m) {
        const item = document.createElement('li');
        const mine = m.from === 'seeker';
        item.className = 'letter ' + (mine ? 'letter-seeker' : 'letter-volunteer');
        const meta = document.createElement('p');
        meta.className = 'meta';
        const who = document.createElement('span');
        who.className = 'who';
        setText(who, mine ? 'mbFromSeeker' : 'mbFromVolunteer');
        meta.append(who);
        const stamp = formatDate(m.at);
        if (stamp) {
            const time = document.createElement('time');
            time.setAttribute('datetime', m.at);
            time.textContent = stamp;
            meta.append(document.createTextNode(' · '), time);
        }
        const body = document.createElement('p');
        body.className = 'text';
        body.textContent = m.text;
        item.append(meta, body);
        return item;
    }

    function renderLetters() {
        el.letters.replaceChildren(...letters.map(letterElement));
        el.noLetters.hidden = letters.length > 0;
    }

    function addLetter(m) {
        if (!m || typeof m.text !== 'string' || (m.from !== 'seeker' && m.from !== 'volunteer'))
            return;
        letters.push({seq: m.seq, from: m.from, text: m.text, at: typeof m.at === 'string' ? m.at : ''});
        el.letters.append(letterElement(letters[letters.length - 1]));
        el.noLetters.hidden = true;
    }

    function updateCounter() {
        const left = MAX_LETTER - el.letter.value.length;
        if (left < COUNTER_FROM)
            setText(el.counter, 'counter', {count: el.letter.value.length, max: MAX_LETTER});
        else
            setText(el.counter, '');
    }

    // ---- connection ----
    function socketUrl() {
        const scheme = window.location.protocol === 'https:' ? 'wss:' : 'ws:';
        return scheme + '//' + window.location.host + '/ws/seeker';
    }

    function send(type, body) {
        if (!ws || ws.readyState !== WebSocket.OPEN)
            return null;
        const id = 'm-' + (++frameCounter);
        try {
            ws.send(JSON.stringify({v: PROTOCOL_VERSION, type: type, id: id, body: body || {}}));
        } catch (e) {
            return null;
        }
        requests.set(id, {type: type});
        if (requests.size > 100)
            requests.delete(requests.keys().next().value);
        return id;
    }

    /** Opens a socket (if none) and sends `request` once the server said welcome. */
    function connectWith(request) {
        firstRequest = request;
        wantConnection = true;
        window.clearTimeout(reconnectTimer);
        reconnectTimer = 0;
        if (ws && ws.readyState === WebSocket.OPEN && !ready) {
            if (firstRequest)
                send(firstRequest.type, firstRequest.body);
            firstRequest = null;
            return;
        }
        if (ws)
            return; // connecting: welcome sends it
        let socket;
        try {
            socket = new WebSocket(socketUrl());
        } catch (e) {
            connectionLost();
            return;
        }
        ws = socket;
        ready = false;
        socket.addEventListener('open', () => {
            if (socket === ws)
                send('hello', {versions: [PROTOCOL_VERSION], client: CLIENT});
        });
        socket.addEventListener('message', (event) => {
            if (socket === ws && typeof event.data === 'string')
                handleFrame(event.data);
        });
        socket.addEventListener('close', () => {
            if (socket === ws)
                connectionLost();
        });
        startHeartbeat();
    }

    function connectionLost() {
        ws = null;
        ready = false;
        requests.clear();
        stopHeartbeat();
        if (!wantConnection || !session) {
            // Before the mailbox is open the next attempt connects again.
            if (el.openButton.disabled)
                setText(el.openStatus, 'mbErrorGeneric'); // the answer was lost with the line
            el.openButton.disabled = false;
            return;
        }
        setText(el.connection, 'mbConnectionLost');
        const delay = Math.min(RECONNECT_MAX_MS, 500 * Math.pow(2, reconnectAttempt++));
        reconnectTimer = window.setTimeout(() => {
            reconnectTimer = 0;
            connectWith({type: 'mailbox.resume', body: {token: session.token}});
        }, delay);
    }

    function disconnect() {
        wantConnection = false;
        window.clearTimeout(reconnectTimer);
        reconnectTimer = 0;
        stopHeartbeat();
        const socket = ws;
        ws = null;
        ready = false;
        requests.clear();
        if (socket) {
            try {
                socket.close(1000);
            } catch (e) {
                // ignore
            }
        }
    }

    function startHeartbeat() {
        stopHeartbeat();
        heartbeatTimer = window.setInterval(() => send('ping', {}), PING_EVERY_MS);
    }
    function stopHeartbeat() {
        window.clearInterval(heartbeatTimer);
        heartbeatTimer = 0;
    }

    // ---- incoming frames ----
    function handleFrame(data) {
        let frame;
        try {
            frame = JSON.parse(data);
        } catch (e) {
            return;
        }
        if (!frame || typeof frame !== 'object' || frame.v !== PROTOCOL_VERSION || typeof frame.type !== 'string')
            return;
        const body = frame.body && typeof frame.body === 'object' ? frame.body : {};
        switch (frame.type) {
        case 'welcome':
            if (firstRequest)
                send(firstRequest.type, firstRequest.body);
            firstRequest = null;
            break;
        case 'mailbox.session':
            onSession(body);
            break;
        case 'chat.message':
            addLetter(body); // the rest of a long mailbox, after mailbox.session
            break;
        case 'chat.ack':
            onAck(body);
            break;
        case 'error':
            onError(frame, body);
            break;
        default:
            break; // pong and anything newer
        }
    }

    function onSession(body) {
        if (typeof body.token !== 'string' || !Array.isArray(body.messages))
            return;
        let name = typeof body.name === 'string' && body.name ? body.name : pendingName;
        if (!name && session)
            name = session.name;
        pendingName = '';
        session = {token: body.token, name: name, answerHours: body.answerHours};
        store.set(KEY.session, session);
        ready = true;
        reconnectAttempt = 0;
        el.password.value = '';
        el.notify.value = '';
        setText(el.connection, '');
        setText(el.openStatus, '');
        const answersBefore = letters.filter((m) => m.from === 'volunteer').length;
        const isRefresh = !el.viewBox.hidden && letters.length > 0;
        letters = body.messages.filter((m) => m && typeof m.text === 'string'
            && (m.from === 'seeker' || m.from === 'volunteer'));
        renderLetters();
        showBox();
        if (isRefresh && letters.filter((m) => m.from === 'volunteer').length > answersBefore)
            setText(el.writeStatus, 'mbNewAnswer');
        if (pending)
            send('mailbox.write', {clientMsgId: pending.clientMsgId, text: pending.text});
    }

    function onAck(body) {
        if (!pending || body.clientMsgId !== pending.clientMsgId)
            return;
        // A resend after a reconnect: the mailbox.session before it may list the letter already.
        const listed = letters.some((m) => m.from === 'seeker' && m.seq === body.seq && m.text === pending.text);
        if (!listed)
            addLetter({seq: body.seq, from: 'seeker', text: pending.text, at: new Date().toISOString()});
        pending = null;
        store.remove(KEY.pending);
        el.sendButton.disabled = false;
        setText(el.writeStatus, 'mbSent');
    }

    /** "Try again in n seconds/minutes" (prefix mbRetry) or "You can send it in …" (mbWait). */
    function waitText(prefix, retryMs) {
        const seconds = Math.max(1, Math.ceil(retryMs / 1000));
        return seconds > 90 ? {key: prefix + 'Minutes', args: {n: Math.ceil(seconds / 60)}}
            : {key: prefix + 'Seconds', args: {n: seconds}};
    }

    function onError(frame, body) {
        const code = typeof body.code === 'string' ? body.code : '';
        const field = typeof body.field === 'string' ? body.field : '';
        const request = typeof frame.re === 'string' ? requests.get(frame.re) : undefined;
        if (request)
            requests.delete(frame.re);
        const retryMs = Number.isInteger(body.retryAfterMs) && body.retryAfterMs > 0 ? body.retryAfterMs : 2000;
        if (!request)
            return;
        switch (request.type) {
        case 'mailbox.open':
            el.openButton.disabled = false;
            if (code === 'bad_credentials')
                setText(el.openStatus, 'mbErrorCredentials');
            else if (code === 'invalid_state' && field === 'body.name')
                setText(el.openStatus, 'mbErrorTaken');
            else if (field === 'body.name')
                setText(el.openStatus, 'mbErrorName');
            else if (field === 'body.password')
                setText(el.openStatus, 'mbErrorPassword');
            else if (field === 'body.notify')
                setText(el.openStatus, 'mbErrorNotify');
            else if (code === 'rate_limited') {
                const wait = waitText('mbRetry', retryMs);
                setText(el.openStatus, wait.key, wait.args);
            } else if (code === 'unknown_type')
                setText(el.openStatus, 'mbErrorUnavailable');
            else
                setText(el.openStatus, 'mbErrorGeneric');
            break;
        case 'mailbox.resume':
            // The token expired or another page logged in: open the mailbox again.
            forget();
            disconnect();
            showOpen('mbErrorExpired');
            el.choiceOpen.checked = true;
            renderChoice();
            break;
        case 'mailbox.write':
            el.sendButton.disabled = false;
            if (code === 'rate_limited') {
                // Kept as the draft: the person sends it again later.
                restoreDraft();
                const wait = waitText('mbWait', retryMs);
                setText(el.writeStatus, 'mbErrorLetters', {wait: t(wait.key, wait.args)});
            } else if (code === 'not_authenticated' && session) {
                connectWith({type: 'mailbox.resume', body: {token: session.token}});
            } else {
                restoreDraft();
                setText(el.writeStatus, 'mbErrorGeneric');
            }
            break;
        default:
            break;
        }
    }

    /** The pending letter goes back into the text field (it was not taken). */
    function restoreDraft() {
        if (!pending)
            return;
        el.letter.value = el.letter.value ? pending.text + '\n' + el.letter.value : pending.text;
        store.set(KEY.draft, el.letter.value);
        pending = null;
        store.remove(KEY.pending);
        updateCounter();
    }

    // ---- actions ----
    function newClientMsgId() {
        const b = new Uint8Array(16);
        window.crypto.getRandomValues(b);
        return Array.from(b, (x) => x.toString(16).padStart(2, '0')).join('');
    }

    function submitOpen() {
        const name = el.name.value.trim();
        const password = el.password.value;
        const create = creating();
        const notify = el.notify.value.trim();
        if (name.length < 3 || name.length > 40) {
            setText(el.openStatus, 'mbErrorName');
            el.name.focus();
            return;
        }
        if (password.length < (create ? 8 : 1)) {
            setText(el.openStatus, 'mbErrorPassword');
            el.password.focus();
            return;
        }
        const body = {name: name, password: password, create: create, language: page.language()};
        if (create && notify)
            body.notify = notify;
        session = null;
        el.openButton.disabled = true;
        setText(el.openStatus, 'mbChecking');
        pendingName = name;
        connectWith({type: 'mailbox.open', body: body});
    }

    function submitLetter() {
        const text = el.letter.value;
        if (!text.trim()) {
            setText(el.writeStatus, 'mbErrorEmpty');
            el.letter.focus();
            return;
        }
        if (pending || !session)
            return;
        pending = {clientMsgId: newClientMsgId(), text: text};
        store.set(KEY.pending, pending);
        el.letter.value = '';
        store.remove(KEY.draft);
        updateCounter();
        el.sendButton.disabled = true;
        setText(el.writeStatus, 'mbSending');
        if (ready)
            send('mailbox.write', {clientMsgId: pending.clientMsgId, text: pending.text});
        else
            connectWith({type: 'mailbox.resume', body: {token: session.token}});
    }

    function forget() {
        session = null;
        pending = null;
        letters = [];
        store.remove(KEY.session);
        store.remove(KEY.pending);
        store.remove(KEY.draft);
        el.letter.value = '';
        el.name.value = '';
        el.password.value = '';
        el.notify.value = '';
        el.sendButton.disabled = false;
        renderLetters();
        setText(el.writeStatus, '');
        setText(el.connection, '');
        updateCounter();
    }

    function logout() {
        send('mailbox.close', {}); // the token stops working on the server too
        disconnect();
        forget();
        showOpen('mbLoggedOut');
        el.choiceOpen.checked = true;
        renderChoice();
        el.openTitle.focus();
    }

    // ---- wiring ----
    el.langSelect.addEventListener('change', () => {
        applyLanguage(el.langSelect.value);
        page.saveLanguage();
    });
    el.choiceCreate.addEventListener('change', renderChoice);
    el.choiceOpen.addEventListener('change', renderChoice);
    el.openForm.addEventListener('submit', (event) => {
        event.preventDefault();
        submitOpen();
    });
    el.writeForm.addEventListener('submit', (event) => {
        event.preventDefault();
        submitLetter();
    });
    el.letter.addEventListener('keydown', (event) => {
        if (event.key === 'Enter' && (event.ctrlKey || event.metaKey)) {
            event.preventDefault();
            submitLetter();
        }
    });
    el.letter.addEventListener('input', () => {
        store.set(KEY.draft, el.letter.value);
        updateCounter();
    });
    el.logoutButton.addEventListener('click', logout);
    /** While the mailbox is open: the letters again, with any new answer. */
    function refresh() {
        if (ready && session && !pending)
            send('mailbox.resume', {token: session.token});
    }
    window.setInterval(refresh, REFRESH_EVERY_MS);
    document.addEventListener('visibilitychange', () => {
        if (document.visibilityState === 'visible')
            refresh();
    });

    el.letter.maxLength = MAX_LETTER;
    el.letter.value = store.get(KEY.draft, '') || '';
    applyLanguage(page.pickInitialLanguage());
    renderChoice();
    if (session) {
        // A reload: the mailbox opens again with its token.
        showBox();
        renderLetters();
        setText(el.connection, 'mbConnecting');
        if (pending) {
            el.sendButton.disabled = true;
            setText(el.writeStatus, 'mbSending');
        }
        connectWith({type: 'mailbox.resume', body: {token: session.token}});
    } else {
        showOpen();
    }
}());
