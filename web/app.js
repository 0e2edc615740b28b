// SPDX-License-Identifier: GPL-3.0-or-later
// The anonymous help-seeker chat page: speaks the seeker side of docs/protocol.md over
// a WebSocket to /ws/seeker of the server that served this page.
//
// Rules kept here:
// - all user and server text goes into the page through textContent, never as HTML;
// - nothing leaves this browser except to this server (no cookies, no third party);
// - the session (token, transcript, unacknowledged messages, draft) lives in
//   sessionStorage only, so a reload continues the chat and closing the tab forgets it;
// - typed text is never lost: unacknowledged messages are resent with the same
//   clientMsgId after a reconnect, and the draft survives reloads.
'use strict';

(function () {
    const page = window.ECOUTE_PAGE; // page.js: storage, language, strings
    const {store, t, setText} = page;
    const CLIENT = 'ecoute-web/0.1';
    const PROTOCOL_VERSION = 1;
    const MAX_CHARS_DEFAULT = 8000;
    const COUNTER_FROM = 500; // show the counter when fewer characters than this are left
    const RECONNECT_MAX_MS = 10000;
    const PING_EVERY_MS = 20000;
    const SILENCE_LIMIT_MS = 50000; // no frame for this long: the connection is dead
    const KEY = {
        session: 'ecoute.session',
        transcript: 'ecoute.transcript',
        pending: 'ecoute.pending',
        draft: 'ecoute.draft',
        notices: 'ecoute.notices',
        emergency: 'ecoute.emergency',
    };
    const NOTICE_KEYS = {continued: 'noticeContinued', requeued: 'noticeRequeued'};
    const PHONE_NUMBER = /^\+?[0-9 ]{2,20}$/; // what the server accepts for --emergency-number

    // ---- elements ----
    const $ = (id) => document.getElementById(id);
    const el = {
        langSelect: $('lang-select'),
        viewStart: $('view-start'),
        startTitle: $('start-title'),
        startForm: $('start-form'),
        urgent: $('urgent'),
        urgentHint: $('urgent-hint'),
        startButton: $('start-button'),
        startNote: $('start-note'),
        viewChat: $('view-chat'),
        chatState: $('chat-state'),
        pseudonym: $('pseudonym'),
        connection: $('connection'),
        scroller: $('scroller'),
        log: $('log'),
        outbox: $('outbox'),
        notice: $('notice'),
        composer: $('composer'),
        message: $('message'),
        counter: $('counter'),
        leaveButton: $('leave-button'),
        leaveConfirm: $('leave-confirm'),
        leaveQuestion: $('leave-question'),
        leaveYes: $('leave-yes'),
        leaveNo: $('leave-no'),
        ended: $('ended'),
        endedTitle: $('ended-title'),
        restartButton: $('restart-button'),
        emergencyMore: $('emergency-more'),
        emergencyMoreList: $('emergency-more-list'),
        waiting: $('waiting'),
        queuePosition: $('queue-position'),
        queueEstimate: $('queue-estimate'),
        helpNowList: $('help-now-list'),
    };

    // ---- state ----
    let maxChars = MAX_CHARS_DEFAULT;
    /** @type {{token:string, contactId:string, pseudonym:string, state:string}|null} */
    let session = validSession(store.get(KEY.session, null));
    /** Messages shown, in seq order: {seq, from, text, at}. */
    let transcript = validTranscript(store.get(KEY.transcript, []));
    /** Sent but not yet shown as chat.message: {clientMsgId, text, seq|null}. */
    let pending = validPending(store.get(KEY.pending, []));
    /** contact.notice lines shown in the transcript: {afterSeq, kind, at}. */
    let notices = validNotices(store.get(KEY.notices, []));
    /** The last queue.position while waiting: {position, estimateSeconds|null, staffOnShift}. */
    let queue = null;
    /** seeker.session's emergency numbers, kept for the next conversation too. */
    let emergency = store.get(KEY.emergency, null);
    const early = new Map(); // seq -> message that arrived before its predecessors
    let syncRequestedAfter = -1;

    let ws = null;
    let ready = false; // seeker.session received on the current socket
    let wantConnection = false;
    let frameCounter = 0;
    const requests = new Map(); // our frame id -> {type, clientMsgId?, resume?}
    let reconnectAttempt = 0;
    let reconnectTimer = 0;
    let heartbeatTimer = 0;
    let lastReceived = 0;
    let urgentAtStart = false;
    let lostShown = false;
    let rateLimitedResends = 0; // chat.send refused for now and waiting to go again
    const RESEND_SPACING_MS = 600; // refused messages go again one by one, below the server's rate

    function validSession(s) {
        if (s && typeof s.token === 'string' && typeof s.contactId === 'string')
            return s;
        return null;
    }
    function validTranscript(list) {
        if (!Array.isArray(list))
            return [];
        const out = [];
        for (const m of list) {
            if (m && Number.isInteger(m.seq) && m.seq === out.length + 1 && typeof m.text === 'string')
                out.push(m);
            else
                break;
        }
        return out;
    }
    function validNotices(list) {
        if (!Array.isArray(list))
            return [];
        return list.filter((n) => n && Number.isInteger(n.afterSeq) && NOTICE_KEYS[n.kind]);
    }
    /**
     * The emergency numbers to show: 112 always, and first; then the centre's numbers as the
     * server sent them (seeker.session's emergency), each once, and only if it looks like a number.
     */
    function emergencyNumbers(list) {
        const out = [];
        const seen = new Set();
        for (const e of Array.isArray(list) ? list : []) {
            if (!e || typeof e.number !== 'string')
                continue;
            const number = e.number.trim();
            const dial = number.replace(/ /g, '');
            if (!PHONE_NUMBER.test(number) || seen.has(dial))
                continue;
            seen.add(dial);
            out.push({number: number, dial: dial, label: typeof e.label === 'string' ? e.label.trim().slice(0, 80) : ''});
        }
        const i = out.findIndex((e) => e.dial === '112');
        const first = i >= 0 ? out.splice(i, 1)[0] : {number: '112', dial: '112', label: ''};
        return [first].concat(out);
    }
    function validPending(list) {
        if (!Array.isArray(list))
            return [];
        return list.filter((p) => p && typeof p.clientMsgId === 'string' && typeof p.text === 'string');
    }
    function lastSeq() {
        return transcript.length ? transcript[transcript.length - 1].seq : 0;
    }

    // ---- language ----
    function applyLanguage(newLang) {
        page.applyLanguage(newLang, 'pageTitle', el.langSelect);
        for (const node of el.log.querySelectorAll('time[datetime]'))
            node.textContent = formatTime(node.getAttribute('datetime'));
        updateCounter();
    }

    // ---- views ----
    function showStart(noteKey) {
        document.body.classList.remove('chatting');
        el.viewChat.hidden = true;
        el.viewStart.hidden = false;
        el.startButton.disabled = false;
        setText(el.startNote, noteKey || '');
        renderWaiting();
    }

    function showChat() {
        document.body.classList.add('chatting');
        el.viewStart.hidden = true;
        el.viewChat.hidden = false;
        el.ended.hidden = true;
        el.leaveConfirm.hidden = true;
        el.leaveButton.hidden = false;
        el.composer.hidden = false;
    }

    function renderState() {
        const state = session ? session.state : '';
        if (!session)
            setText(el.chatState, 'connecting');
        else if (state === 'active')
            setText(el.chatState, 'active');
        else if (state === 'ended')
            setText(el.chatState, 'ended');
        else
            setText(el.chatState, 'waiting');
        el.chatState.dataset.state = state || 'connecting';
        if (session && session.pseudonym)
            setText(el.pseudonym, 'pseudonym', {name: session.pseudonym});
        else
            setText(el.pseudonym, '');
        renderWaiting();
    }

    // ---- waiting: queue position, wait estimate, emergency numbers ----
    function isWaiting() {
        return !el.viewChat.hidden && el.ended.hidden && (!session || (session.state !== 'active' && session.state !== 'ended'));
    }

    /** A wait in seconds as humane words: about 1 minute, about 5 minutes, about 1 hour; never seconds. */
    function estimateText(seconds) {
        const minutes = seconds / 60;
        if (minutes < 1.5)
            return {key: 'estimateMinute'};
        if (minutes < 10)
            return {key: 'estimateMinutes', args: {n: Math.round(minutes)}};
        if (minutes < 55)
            return {key: 'estimateMinutes', args: {n: Math.round(minutes / 5) * 5}};
        if (minutes < 90)
            return {key: 'estimateHour'};
        return {key: 'estimateHours', args: {n: Math.round(minutes / 60)}};
    }

    function renderWaiting() {
        const waiting = isWaiting();
        // The panel comes, goes or changes height: the transcript's end stays in view if it was.
        const stick = nearBottom();
        if (el.waiting.hidden === waiting) {
            el.waiting.hidden = !waiting;
            document.body.classList.toggle('is-waiting', waiting);
        }
        if (!queue) {
            if (el.queuePosition.dataset.position !== undefined)
                delete el.queuePosition.dataset.position;
            setText(el.queuePosition, '');
            setText(el.queueEstimate, '');
        } else {
            if (el.queuePosition.dataset.position !== String(queue.position))
                el.queuePosition.dataset.position = String(queue.position);
            if (queue.position === 1)
                setText(el.queuePosition, 'queueFirst');
            else
                setText(el.queuePosition, 'queuePosition', {n: queue.position});
            if (!queue.staffOnShift) {
                setText(el.queueEstimate, 'queueNobody');
            } else if (queue.estimateSeconds === null) {
                setText(el.queueEstimate, 'queueNoEstimate');
            } else {
                const e = estimateText(queue.estimateSeconds);
                setText(el.queueEstimate, e.key, e.args);
            }
        }
        el.emergencyMore.hidden = waiting || el.emergencyMoreList.childElementCount === 0;
        if (stick && !el.viewChat.hidden)
            scrollToBottom();
    }

    function onQueuePosition(body) {
        if (!Number.isInteger(body.position) || body.position < 1 || typeof body.staffOnShift !== 'boolean')
            return;
        queue = {
            position: body.position,
            estimateSeconds: Number.isFinite(body.estimateSeconds) && body.estimateSeconds >= 0
                ? body.estimateSeconds : null,
            staffOnShift: body.staffOnShift,
        };
        // On a resume it may come before seeker.session: kept, and shown once we know we wait.
        renderWaiting();
    }

    function numberLink(entry, labelKey) {
        const link = document.createElement('a');
        link.className = 'number-link';
        link.href = 'tel:' + entry.dial;
        const number = document.createElement('span');
        number.className = 'number';
        number.textContent = entry.number;
        link.append(number);
        if (labelKey || entry.label) {
            const label = document.createElement('span');
            label.className = 'number-label';
            if (labelKey)
                setText(label, labelKey);
            else
                label.textContent = entry.label;
            link.append(document.createTextNode(' '), label);
        }
        const item = document.createElement('li');
        item.append(link);
        return item;
    }

    /** Lists the emergency numbers: all of them while waiting, the centre's others in the top bar. */
    function renderEmergency() {
        const numbers = emergencyNumbers(emergency);
        // 112 gets the page's own translated label; the centre's numbers keep the label it configured.
        el.helpNowList.replaceChildren(...numbers.map((e, i) => numberLink(e, i === 0 ? 'label112' : '')));
        el.emergencyMoreList.replaceChildren(...numbers.slice(1).map((e) => numberLink(e, '')));
        renderWaiting();
    }

    function showConnectionLost(lost) {
        if (lost === lostShown)
            return;
        lostShown = lost;
        setText(el.connection, lost ? 'connectionLost' : '');
        for (const p of pending)
            updatePendingStatus(p);
    }

    let noticeTimer = 0;
    let noticeKey = '';
    /** A notice under the conversation; it fades after 15 s unless sticky (cleared by the next one). */
    function showNotice(key, args, sticky) {
        window.clearTimeout(noticeTimer);
        noticeKey = key || '';
        setText(el.notice, noticeKey, args);
        if (key && !sticky)
            noticeTimer = window.setTimeout(() => showNotice(''), 15000);
    }

    // ---- transcript rendering ----
    const FROM_KEYS = {seeker: 'fromSeeker', volunteer: 'fromVolunteer', system: 'fromSystem'};

    function formatTime(iso) {
        const d = new Date(iso);
        if (Number.isNaN(d.getTime()))
            return '';
        try {
            return d.toLocaleTimeString(page.language(), {hour: '2-digit', minute: '2-digit'});
        } catch (e) {
            return '';
        }
    }

    function bubble(from, text) {
        const item = document.createElement('li');
        item.className = 'msg msg-' + (FROM_KEYS[from] ? from : 'system');
        const meta = document.createElement('p');
        meta.className = 'meta';
        const who = document.createElement('span');
        who.className = 'who';
        setText(who, FROM_KEYS[from] || 'fromSystem');
        meta.append(who);
        const body = document.createElement('p');
        body.className = 'text';
        body.textContent = text;
        item.append(meta, body);
        return item;
    }

    function messageElement(m) {
        const item = bubble(m.from, m.text);
        item.dataset.seq = String(m.seq);
        const stamp = formatTime(m.at);
        if (stamp) {
            const time = document.createElement('time');
            time.setAttribute('datetime', m.at);
            time.textContent = stamp;
            const meta = item.firstChild;
            meta.append(document.createTextNode(' · '), time);
        }
        return item;
    }

    /** A neutral line from the service (contact.notice): no names, translated with the page. */
    function noticeElement(n) {
        const item = bubble('system', '');
        item.classList.add('notice-line');
        item.dataset.notice = n.kind;
        setText(item.querySelector('.text'), NOTICE_KEYS[n.kind]);
        const stamp = formatTime(n.at);
        if (stamp) {
            const time = document.createElement('time');
            time.setAttribute('datetime', n.at);
            time.textContent = stamp;
            item.firstChild.append(document.createTextNode(' · '), time);
        }
        return item;
    }

    function pendingElement(p) {
        const item = bubble('seeker', p.text);
        item.classList.add('pending');
        item.dataset.clientMsgId = p.clientMsgId;
        const status = document.createElement('span');
        status.className = 'status';
        item.firstChild.append(document.createTextNode(' · '), status);
        p.node = item;
        updatePendingStatus(p);
        return item;
    }

    function updatePendingStatus(p) {
        if (!p.node)
            return;
        const status = p.node.querySelector('.status');
        if (p.seq)
            setText(status, 'sent');
        else if (!ready && lostShown)
            setText(status, 'notSent');
        else
            setText(status, 'sending');
    }

    function nearBottom() {
        const s = el.scroller;
        return s.scrollHeight - s.scrollTop - s.clientHeight < 80;
    }
    function scrollToBottom() {
        el.scroller.scrollTop = el.scroller.scrollHeight;
    }

    function renderAll() {
        // Each notice goes after the message that was the last one when it came.
        const items = [];
        let n = 0;
        for (let i = 0; i <= transcript.length; i++) {
            const seq = i === 0 ? 0 : transcript[i - 1].seq;
            if (i > 0)
                items.push(messageElement(transcript[i - 1]));
            while (n < notices.length && (notices[n].afterSeq <= seq || i === transcript.length))
                items.push(noticeElement(notices[n++]));
        }
        el.log.replaceChildren(...items);
        el.outbox.replaceChildren(...pending.map(pendingElement));
        scrollToBottom();
    }

    // ---- persistence ----
    function saveSession() {
        if (session)
            store.set(KEY.session, {
                token: session.token, contactId: session.contactId,
                pseudonym: session.pseudonym, state: session.state,
            });
        else
            store.remove(KEY.session);
    }
    function saveNotices() {
        store.set(KEY.notices, notices);
    }
    function saveTranscript() {
        store.set(KEY.transcript, transcript);
    }
    function savePending() {
        store.set(KEY.pending, pending.map((p) => ({clientMsgId: p.clientMsgId, text: p.text, seq: p.seq || null})));
    }
    function saveDraft() {
        if (el.message.value)
            store.set(KEY.draft, el.message.value);
        else
            store.remove(KEY.draft);
    }
    function forgetConversation() {
        store.remove(KEY.session);
        store.remove(KEY.transcript);
        store.remove(KEY.pending);
        store.remove(KEY.notices);
    }

    // ---- connection ----
    function socketUrl() {
        const scheme = window.location.protocol === 'https:' ? 'wss:' : 'ws:';
        return scheme + '//' + window.location.host + '/ws/seeker';
    }

    function send(type, body, meta) {
        if (!ws || ws.readyState !== WebSocket.OPEN)
            return null;
        const id = 'w-' + (++frameCounter);
        try {
            ws.send(JSON.stringify({v: PROTOCOL_VERSION, type: type, id: id, body: body || {}}));
        } catch (e) {
            return null;
        }
        requests.set(id, Object.assign({type: type}, meta || {}));
        if (requests.size > 500) // answers to old frames will not come any more
            requests.delete(requests.keys().next().value);
        return id;
    }

    function connect() {
        window.clearTimeout(reconnectTimer);
        reconnectTimer = 0;
        wantConnection = true;
        if (ws)
            return;
        let socket;
        try {
            socket = new WebSocket(socketUrl());
        } catch (e) {
            scheduleReconnect();
            return;
        }
        ws = socket;
        ready = false;
        socket.addEventListener('open', () => {
            if (socket !== ws)
                return;
            lastReceived = Date.now();
            send('hello', {versions: [PROTOCOL_VERSION], client: CLIENT});
            startHeartbeat();
        });
        socket.addEventListener('message', (event) => {
            if (socket !== ws)
                return;
            lastReceived = Date.now();
            if (typeof event.data === 'string')
                handleFrame(event.data);
        });
        socket.addEventListener('close', () => {
            if (socket !== ws)
                return;
            connectionLost();
        });
    }

    /** The current socket is gone (closed by the peer, or declared dead). */
    function connectionLost() {
        const socket = ws;
        ws = null;
        ready = false;
        requests.clear();
        stopHeartbeat();
        if (socket) {
            try {
                socket.close();
            } catch (e) {
                // already closing
            }
        }
        if (!wantConnection)
            return;
        if (!el.viewChat.hidden)
            showConnectionLost(true);
        scheduleReconnect();
    }

    function scheduleReconnect(delayMs) {
        if (!wantConnection || reconnectTimer)
            return;
        let delay = delayMs;
        if (delay === undefined) {
            const base = Math.min(RECONNECT_MAX_MS, 500 * Math.pow(2, reconnectAttempt));
            delay = Math.min(RECONNECT_MAX_MS, Math.round(base * (0.75 + Math.random() * 0.5)));
            reconnectAttempt++;
        }
        reconnectTimer = window.setTimeout(() => {
            reconnectTimer = 0;
            connect();
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
        heartbeatTimer = window.setInterval(() => {
            if (!ws)
                return;
            if (Date.now() - lastReceived > SILENCE_LIMIT_MS) {
                connectionLost();
                return;
            }
            send('ping', {});
        }, PING_EVERY_MS);
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
            onWelcome(body);
            break;
        case 'seeker.session':
            onSession(body);
            break;
        case 'contact.state':
            if (typeof body.state === 'string')
                setState(body.state);
            break;
        case 'contact.ended':
            setState('ended');
            break;
        case 'chat.ack':
            onAck(body);
            break;
        case 'chat.message':
            onMessage(body);
            break;
        case 'queue.position':
            onQueuePosition(body);
            break;
        case 'contact.notice':
            onNotice(body);
            break;
        case 'error':
            onError(frame, body);
            break;
        default:
            break; // pong and anything newer: nothing to do
        }
    }

    function onWelcome(body) {
        const limits = body.limits && typeof body.limits === 'object' ? body.limits : {};
        if (Number.isInteger(limits.maxChatTextChars) && limits.maxChatTextChars > 0) {
            maxChars = Math.min(limits.maxChatTextChars, MAX_CHARS_DEFAULT);
            el.message.maxLength = maxChars;
        }
        const start = {language: page.language()};
        if (session)
            start.resume = session.token;
        else
            start.urgent = urgentAtStart;
        send('seeker.start', start, {resume: !!session});
    }

    function onSession(body) {
        if (typeof body.token !== 'string' || typeof body.contactId !== 'string')
            return;
        if (session && session.contactId !== body.contactId) {
            // We asked to resume, but our conversation has ended meanwhile (or is unknown), so the
            // server opened a new contact. Nobody wrote in that one: end it at once, and show the
            // old conversation as ended; the seeker can start a new one from there.
            send('seeker.leave', {});
            conversationEnded();
            return;
        }
        session = {
            token: body.token,
            contactId: body.contactId,
            pseudonym: typeof body.pseudonym === 'string' ? body.pseudonym : '',
            state: typeof body.state === 'string' ? body.state : 'waiting',
        };
        saveSession();
        // Absent: 112 only (emergencyNumbers() always has it).
        emergency = Array.isArray(body.emergency) ? body.emergency : null;
        store.set(KEY.emergency, emergency);
        if (session.state === 'active' || session.state === 'ended')
            queue = null;
        renderEmergency();
        ready = true;
        reconnectAttempt = 0;
        if (noticeKey === 'errorStartLimited')
            showNotice(''); // we are in: the waiting panel says the rest
        syncRequestedAfter = lastSeq();
        showConnectionLost(false);
        renderState();
        if (session.state === 'ended') {
            conversationEnded();
            return;
        }
        send('chat.sync', {afterSeq: lastSeq()});
        for (const p of pending) {
            if (!p.seq)
                sendPending(p);
            updatePendingStatus(p);
        }
    }

    function setState(state) {
        if (!session)
            return;
        session.state = state;
        if (state === 'active' || state === 'ended')
            queue = null; // a later wait (requeued) starts from what the server says then
        saveSession();
        renderState();
        if (state === 'ended')
            conversationEnded();
    }

    function onAck(body) {
        const p = pending.find((x) => x.clientMsgId === body.clientMsgId);
        if (!p || !Number.isInteger(body.seq))
            return;
        p.seq = body.seq;
        if (body.seq <= lastSeq())
            removePending(p); // its chat.message came first
        else
            updatePendingStatus(p);
        savePending();
    }

    function onMessage(m) {
        if (!Number.isInteger(m.seq) || m.seq < 1 || typeof m.text !== 'string')
            return;
        const msg = {
            seq: m.seq,
            from: typeof m.from === 'string' ? m.from : 'system',
            text: m.text,
            at: typeof m.at === 'string' ? m.at : '',
        };
        if (msg.seq <= lastSeq())
            return; // shown already
        if (msg.seq > lastSeq() + 1) {
            // A gap: keep it until the missing ones are replayed.
            early.set(msg.seq, msg);
            if (syncRequestedAfter !== lastSeq()) {
                syncRequestedAfter = lastSeq();
                send('chat.sync', {afterSeq: lastSeq()});
            }
            return;
        }
        const stick = nearBottom();
        appendMessage(msg);
        while (early.has(lastSeq() + 1)) {
            const next = early.get(lastSeq() + 1);
            early.delete(next.seq);
            appendMessage(next);
        }
        for (const seq of early.keys()) {
            if (seq <= lastSeq())
                early.delete(seq);
        }
        saveTranscript();
        savePending();
        if (stick || msg.from === 'seeker')
            scrollToBottom();
    }

    function appendMessage(msg) {
        transcript.push(msg);
        if (msg.from === 'seeker') {
            // Our own message echoed: it replaces its pending bubble.
            let p = pending.find((x) => x.seq === msg.seq);
            if (!p)
                p = pending.find((x) => !x.seq && x.text === msg.text);
            if (p)
                removePending(p);
        }
        el.log.append(messageElement(msg));
    }

    function onNotice(body) {
        if (!session || !NOTICE_KEYS[body.kind])
            return;
        const notice = {afterSeq: lastSeq(), kind: body.kind, at: new Date().toISOString()};
        notices.push(notice);
        if (notices.length > 50)
            notices.shift();
        saveNotices();
        el.log.append(noticeElement(notice));
        scrollToBottom(); // who answers has changed: worth seeing at once
    }

    function removePending(p) {
        const i = pending.indexOf(p);
        if (i >= 0)
            pending.splice(i, 1);
        if (p.node)
            p.node.remove();
        p.node = null;
    }

    function onError(frame, body) {
        const code = typeof body.code === 'string' ? body.code : '';
        const request = typeof frame.re === 'string' ? requests.get(frame.re) : undefined;
        if (request)
            requests.delete(frame.re);
        const retryMs = Number.isInteger(body.retryAfterMs) && body.retryAfterMs > 0
            ? Math.min(body.retryAfterMs, 60000) : 2000;

        if (code === 'unsupported_version') {
            disconnect();
            showNotice('errorOutdated');
            setText(el.startNote, 'errorOutdated');
            return;
        }
        if (!request) {
            if (code === 'rate_limited')
                showNotice('errorRateLimited');
            return;
        }
        switch (request.type) {
        case 'seeker.start':
            if (code === 'rate_limited') {
                // Too many chats from this network (a shelter, a school, or someone abusing the line):
                // we keep trying by ourselves; the emergency numbers stay in view meanwhile.
                showNotice('errorStartLimited', undefined, true);
                dropAndRetry(retryMs);
            } else if (request.resume && ['session_expired', 'not_found', 'invalid_state', 'forbidden'].includes(code)) {
                resumeFailed();
            } else {
                showNotice('errorGeneric');
                if (el.viewChat.hidden)
                    setText(el.startNote, 'errorGeneric');
                dropAndRetry();
            }
            break;
        case 'chat.send': {
            const p = pending.find((x) => x.clientMsgId === request.clientMsgId);
            if (!p)
                break;
            if (code === 'rate_limited') {
                // Kept, and sent again when the server says, one after the other.
                showNotice('errorRateLimited');
                rateLimitedResends++;
                window.setTimeout(() => {
                    rateLimitedResends = Math.max(0, rateLimitedResends - 1);
                    if (ready && pending.includes(p) && !p.seq)
                        sendPending(p);
                }, retryMs + (rateLimitedResends - 1) * RESEND_SPACING_MS);
            } else {
                // The server will not take it: give the text back to the writer.
                removePending(p);
                savePending();
                restoreToDraft(p.text);
                if (code === 'field_too_long')
                    showNotice('tooLong', {max: maxChars});
                else if (code === 'invalid_state' || code === 'not_found')
                    showNotice('errorEnded');
                else
                    showNotice('errorGeneric');
            }
            break;
        }
        case 'chat.sync':
            if (code === 'rate_limited') {
                window.setTimeout(() => {
                    if (ready) {
                        syncRequestedAfter = lastSeq();
                        send('chat.sync', {afterSeq: lastSeq()});
                    }
                }, retryMs);
            }
            break;
        case 'ping':
            break;
        case 'seeker.leave':
            conversationEnded();
            break;
        default:
            showNotice('errorGeneric');
            break;
        }
    }

    /** Closes the current socket on purpose and connects again later. */
    function dropAndRetry(delayMs) {
        const socket = ws;
        ws = null;
        ready = false;
        stopHeartbeat();
        if (socket) {
            try {
                socket.close(1000);
            } catch (e) {
                // ignore
            }
        }
        scheduleReconnect(delayMs);
    }

    /** The server no longer knows our session: that conversation is over. */
    function resumeFailed() {
        if (el.viewChat.hidden)
            showChat();
        conversationEnded();
    }

    function restoreToDraft(text) {
        el.message.value = el.message.value ? text + '\n' + el.message.value : text;
        saveDraft();
        updateCounter();
    }

    // ---- sending ----
    function newClientMsgId() {
        if (window.crypto && typeof window.crypto.randomUUID === 'function')
            return window.crypto.randomUUID();
        const b = new Uint8Array(16);
        window.crypto.getRandomValues(b);
        b[6] = (b[6] & 0x0f) | 0x40;
        b[8] = (b[8] & 0x3f) | 0x80;
        const h = Array.from(b, (x) => x.toString(16).padStart(2, '0')).join('');
        return h.slice(0, 8) + '-' + h.slice(8, 12) + '-' + h.slice(12, 16) + '-' + h.slice(16, 20) + '-' + h.slice(20);
    }

    function sendPending(p) {
        send('chat.send', {clientMsgId: p.clientMsgId, text: p.text}, {clientMsgId: p.clientMsgId});
    }

    function submitMessage() {
        const text = el.message.value.trim();
        if (!text)
            return;
        if (text.length > maxChars) {
            showNotice('tooLong', {max: maxChars});
            return;
        }
        const p = {clientMsgId: newClientMsgId(), text: text, seq: null};
        pending.push(p);
        savePending();
        el.outbox.append(pendingElement(p));
        el.message.value = '';
        saveDraft();
        updateCounter();
        showNotice('');
        if (ready)
            sendPending(p);
        else if (!ws)
            connect(); // try at once rather than waiting for the backoff
        scrollToBottom();
    }

    function updateCounter() {
        const n = el.message.value.length;
        if (n > maxChars - COUNTER_FROM)
            setText(el.counter, 'counter', {count: n, max: maxChars});
        else
            setText(el.counter, '');
    }

    // ---- conversation lifecycle ----
    function startConversation() {
        urgentAtStart = el.urgent.checked;
        session = null;
        transcript = [];
        pending = [];
        notices = [];
        queue = null;
        early.clear();
        showChat();
        renderState();
        renderAll();
        setText(el.notice, '');
        connect();
        el.message.focus();
    }

    function conversationEnded() {
        disconnect();
        if (session)
            session.state = 'ended';
        renderState();
        forgetConversation();
        // What could not be delivered goes back into the composer, for a new conversation.
        const unsent = pending.map((p) => p.text);
        pending = [];
        el.outbox.replaceChildren();
        for (const text of unsent.reverse())
            restoreToDraft(text);
        showConnectionLost(false);
        const hadFocus = el.viewChat.contains(document.activeElement);
        el.composer.hidden = true;
        el.leaveButton.hidden = true;
        el.leaveConfirm.hidden = true;
        el.ended.hidden = false;
        queue = null;
        renderWaiting();
        if (hadFocus || document.activeElement === document.body)
            el.endedTitle.focus();
    }

    function restart() {
        disconnect();
        session = null;
        transcript = [];
        pending = [];
        notices = [];
        queue = null;
        early.clear();
        forgetConversation();
        el.log.replaceChildren();
        el.outbox.replaceChildren();
        el.urgent.checked = false;
        el.urgentHint.hidden = true;
        setText(el.notice, '');
        showStart();
        el.startTitle.focus();
    }

    function leave() {
        el.leaveConfirm.hidden = true;
        if (ready)
            send('seeker.leave', {});
        // The server ends the contact on seeker.leave; we do not wait for its answer.
        conversationEnded();
    }

    // ---- events ----
    el.langSelect.addEventListener('change', () => {
        applyLanguage(el.langSelect.value);
        page.saveLanguage();
    });

    el.urgent.addEventListener('change', () => {
        el.urgentHint.hidden = !el.urgent.checked;
    });

    el.startForm.addEventListener('submit', (event) => {
        event.preventDefault();
        startConversation();
    });

    el.composer.addEventListener('submit', (event) => {
        event.preventDefault();
        submitMessage();
        el.message.focus();
    });

    el.message.addEventListener('keydown', (event) => {
        if (event.key === 'Enter' && !event.shiftKey && !event.isComposing && !event.altKey
            && !event.ctrlKey && !event.metaKey) {
            event.preventDefault();
            submitMessage();
        }
    });

    el.message.addEventListener('input', () => {
        saveDraft();
        updateCounter();
    });

    el.leaveButton.addEventListener('click', () => {
        el.leaveConfirm.hidden = false;
        el.leaveQuestion.focus();
    });
    el.leaveNo.addEventListener('click', () => {
        el.leaveConfirm.hidden = true;
        el.message.focus();
    });
    el.leaveYes.addEventListener('click', leave);
    el.restartButton.addEventListener('click', restart);

    el.leaveConfirm.addEventListener('keydown', (event) => {
        if (event.key === 'Escape') {
            el.leaveConfirm.hidden = true;
            el.message.focus();
        }
    });

    window.addEventListener('online', () => {
        if (wantConnection && !ws) {
            reconnectAttempt = 0;
            window.clearTimeout(reconnectTimer);
            reconnectTimer = 0;
            connect();
        }
    });
    window.addEventListener('pageshow', (event) => {
        // Back from the back/forward cache: the socket was closed meanwhile.
        if (event.persisted && wantConnection && !ws)
            connect();
    });
    document.addEventListener('visibilitychange', () => {
        // Phones suspend background tabs; check the line as soon as we are visible again.
        if (document.visibilityState === 'visible' && ws && ready) {
            if (Date.now() - lastReceived > SILENCE_LIMIT_MS)
                connectionLost();
            else
                send('ping', {});
        }
    });

    // ---- start ----
    applyLanguage(page.pickInitialLanguage());
    el.message.value = store.get(KEY.draft, '') || '';
    updateCounter();
    if (session && session.state !== 'ended') {
        // A reload during a conversation: show what we have and continue it.
        showChat();
        renderState();
        renderAll();
        connect();
    } else {
        if (session)
            forgetConversation();
        session = null;
        transcript = [];
        pending = [];
        notices = [];
        showStart();
    }
    renderEmergency();
}());
