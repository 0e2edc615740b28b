// SPDX-License-Identifier: GPL-3.0-or-later
// The comparison peer of the relay benchmark: a minimal chat relay written with the `ws`
// package. It speaks just enough of the Ecoute protocol (docs/protocol.md) for bench/relay/driver.mjs
// and sends the same frames ecoute-server sends for the same traffic, but keeps everything in
// memory: no database, no password check (any password logs in as a volunteer, or as a supervisor
// for the names given with --supervisors), no limits. Supervision: a volunteer's
// supervision.request becomes a supervision.update to the volunteer and every supervisor
// connection (one centre), kept in memory only for the supervision.queue sent after a supervisor's
// login.
//
//   node ws-relay.mjs [--port 0] [--supervisors s001,s002,...]
// prints `listening: http://127.0.0.1:PORT/` once it accepts connections; stops on SIGTERM/SIGINT.
import {createServer} from 'node:http';
import {randomBytes} from 'node:crypto';
import {createRequire} from 'node:module';

const require = createRequire(import.meta.url);
const {WebSocketServer} = require('ws');

const portArg = process.argv.indexOf('--port');
const PORT = portArg > 0 ? Number(process.argv[portArg + 1]) : 0;
const supervisorsArg = process.argv.indexOf('--supervisors');
const SUPERVISORS = new Set(supervisorsArg > 0 ? (process.argv[supervisorsArg + 1] ?? '').split(',').filter((x) => x) : []);
const SUPERVISION_KINDS = new Set(['urgent', 'when_possible', 'debrief']);

const PSEUDONYMS = ['Colibri', 'Mésange', 'Renard', 'Loutre', 'Héron', 'Cactus', 'Magnolia', 'Orca'];

/** contactId -> {contact, messages: [], volunteer: user name | null, seeker: conn | null, clientIds: Map} */
const contacts = new Map();
const staff = new Set(); // logged-in staff connections
const staffByUser = new Map(); // user -> Set(conn)
const supervisionRequests = new Map(); // request id -> SupervisionRequest (open ones, in memory)

const hex = (bytes) => randomBytes(bytes).toString('hex');
const now = () => new Date().toISOString().replace(/\.\d+Z$/, 'Z');

function send(conn, type, body, re) {
    const envelope = {v: 1, type, id: 's-' + (++conn.nextId), body};
    if (re !== undefined)
        envelope.re = re;
    conn.ws.send(JSON.stringify(envelope));
}

function sendError(conn, code, message, re) {
    send(conn, 'error', {code, message}, re);
}

function routable(conn) {
    return conn.user !== null && conn.presence === 'available';
}

function waitingContacts() {
    const list = [];
    for (const c of contacts.values())
        if (c.contact.state === 'waiting')
            list.push(c.contact);
    return list;
}

function deliver(entry, message) {
    const seekerBody = message;
    const staffBody = {...message, contactId: entry.contact.id};
    for (const conn of staffByUser.get(entry.volunteer) ?? [])
        send(conn, 'chat.message', staffBody);
    if (entry.seeker)
        send(entry.seeker, 'chat.message', seekerBody);
}

function append(entry, from, text, clientMsgId) {
    const dup = entry.clientIds.get(from + '\u0000' + clientMsgId);
    if (dup !== undefined)
        return {message: dup, duplicate: true};
    const message = {seq: entry.messages.length + 1, from, text, at: now()};
    entry.messages.push(message);
    entry.clientIds.set(from + '\u0000' + clientMsgId, message);
    return {message, duplicate: false};
}

function onHello(conn, e) {
    if (!Array.isArray(e.body?.versions) || !e.body.versions.includes(1)) {
        sendError(conn, 'unsupported_version', 'the server speaks version 1', e.id);
        conn.ws.close(1002);
        return;
    }
    conn.hello = true;
    send(conn, 'welcome', {version: 1, server: 'ws-relay/0.1', limits: {maxFrameBytes: 65536, maxChatTextChars: 8000}}, e.id);
}

function handleStaff(conn, e) {
    const body = e.body ?? {};
    switch (e.type) {
    case 'auth.login': {
        conn.user = String(body.user);
        conn.role = SUPERVISORS.has(conn.user) ? 'supervisor' : 'volunteer';
        conn.presence = 'off';
        staff.add(conn);
        if (!staffByUser.has(conn.user))
            staffByUser.set(conn.user, new Set());
        staffByUser.get(conn.user).add(conn);
        send(conn, 'auth.ok', {token: hex(32), expiresAt: new Date(Date.now() + 12 * 3600e3).toISOString(),
            user: conn.user, role: conn.role}, e.id);
        send(conn, 'presence.state', {state: conn.presence});
        send(conn, 'inbox.snapshot', {contacts: []});
        const active = [];
        for (const c of contacts.values())
            if (c.volunteer === conn.user && c.contact.state === 'active')
                active.push(c.contact);
        send(conn, 'conversations.snapshot', {contacts: active});
        if (conn.role === 'supervisor') {
            const open = [...supervisionRequests.values()].filter((r) => r.state === 'waiting' || r.state === 'accepted');
            open.sort((a, b) => (b.kind === 'urgent') - (a.kind === 'urgent') || a.createdAt.localeCompare(b.createdAt));
            send(conn, 'supervision.queue', {requests: open});
        }
        return;
    }
    case 'supervision.request': {
        const kind = String(body.kind);
        if (!SUPERVISION_KINDS.has(kind)) {
            sendError(conn, 'wrong_type', 'unknown kind', e.id);
            return;
        }
        const request = {id: hex(16), kind, state: 'waiting', volunteer: conn.user, volunteerName: conn.user,
            createdAt: now()};
        if (body.contactId !== undefined) {
            const entry = contacts.get(body.contactId);
            if (!entry || entry.volunteer !== conn.user) {
                sendError(conn, 'not_found', 'no such contact', e.id);
                return;
            }
            request.contactId = entry.contact.id;
        }
        if (body.message)
            request.message = String(body.message);
        supervisionRequests.set(request.id, request);
        // As ecoute-server: the requester's connections (the asking one answered), then the
        // supervisors.
        const update = {request};
        for (const other of staffByUser.get(conn.user) ?? [])
            send(other, 'supervision.update', update, other === conn ? e.id : undefined);
        for (const other of staff)
            if (other.role === 'supervisor' && other.user !== conn.user)
                send(other, 'supervision.update', update);
        return;
    }
    case 'presence.set':
        conn.presence = String(body.state);
        send(conn, 'presence.state', {state: conn.presence}, e.id);
        send(conn, 'inbox.snapshot', {contacts: routable(conn) ? waitingContacts() : []});
        return;
    case 'contact.accept': {
        const entry = contacts.get(body.contactId);
        if (!entry) {
            sendError(conn, 'not_found', 'no such contact', e.id);
            return;
        }
        if (entry.contact.state !== 'waiting') {
            sendError(conn, 'invalid_state', 'the contact is no longer waiting', e.id);
            return;
        }
        entry.contact = {...entry.contact, state: 'active'};
        entry.volunteer = conn.user;
        for (const other of staff) {
            if (other === conn)
                continue;
            if (other.user === conn.user)
                send(other, 'conversation.open', {contact: entry.contact, messages: entry.messages});
            if (routable(other))
                send(other, 'contact.removed', {contactId: entry.contact.id});
        }
        if (entry.seeker)
            send(entry.seeker, 'contact.state', {state: 'active'});
        send(conn, 'conversation.open', {contact: entry.contact, messages: entry.messages}, e.id);
        return;
    }
    case 'chat.send': {
        const entry = contacts.get(body.contactId);
        if (!entry || entry.volunteer !== conn.user) {
            sendError(conn, 'not_found', 'no such contact', e.id);
            return;
        }
        const stored = append(entry, 'volunteer', String(body.text), String(body.clientMsgId));
        send(conn, 'chat.ack', {contactId: entry.contact.id, clientMsgId: body.clientMsgId, seq: stored.message.seq}, e.id);
        if (!stored.duplicate)
            deliver(entry, stored.message);
        return;
    }
    default:
        sendError(conn, 'unknown_type', 'not handled by the ws relay', e.id);
    }
}

function handleSeeker(conn, e) {
    const body = e.body ?? {};
    switch (e.type) {
    case 'seeker.start': {
        if (conn.contactId) {
            sendError(conn, 'invalid_state', 'the chat has already started', e.id);
            return;
        }
        const contact = {id: hex(16), channel: 'chat',
            pseudonym: PSEUDONYMS[Math.floor(Math.random() * PSEUDONYMS.length)] + ' ' + (10 + Math.floor(Math.random() * 90)),
            language: String(body.language ?? 'fr'), state: 'waiting', createdAt: now(), urgent: body.urgent === true};
        contacts.set(contact.id, {contact, messages: [], volunteer: null, seeker: conn, clientIds: new Map()});
        conn.contactId = contact.id;
        send(conn, 'seeker.session', {token: hex(32), pseudonym: contact.pseudonym, contactId: contact.id, state: contact.state}, e.id);
        for (const s of staff)
            if (routable(s))
                send(s, 'contact.update', {contact});
        return;
    }
    case 'chat.send': {
        const entry = contacts.get(conn.contactId);
        if (!entry || entry.contact.state === 'ended') {
            sendError(conn, 'invalid_state', 'the chat has ended', e.id);
            return;
        }
        const stored = append(entry, 'seeker', String(body.text), String(body.clientMsgId));
        send(conn, 'chat.ack', {clientMsgId: body.clientMsgId, seq: stored.message.seq}, e.id);
        if (!stored.duplicate)
            deliver(entry, stored.message);
        return;
    }
    default:
        sendError(conn, 'invalid_state', 'not handled by the ws relay', e.id);
    }
}

const http = createServer((req, res) => {
    res.writeHead(404);
    res.end();
});
const wss = new WebSocketServer({noServer: true, maxPayload: 1024 * 1024});
http.on('upgrade', (req, socket, head) => {
    const path = new URL(req.url, 'http://localhost').pathname;
    if (path !== '/ws/staff' && path !== '/ws/seeker') {
        socket.destroy();
        return;
    }
    wss.handleUpgrade(req, socket, head, (ws) => {
        const conn = {ws, nextId: 0, hello: false, user: null, role: null, presence: 'off', contactId: null};
        const isStaff = path === '/ws/staff';
        ws.on('message', (data) => {
            let e;
            try {
                e = JSON.parse(data.toString('utf8'));
            } catch {
                sendError(conn, 'bad_json', 'not JSON');
                return;
            }
            if (e === null || typeof e !== 'object' || e.v !== 1 || typeof e.type !== 'string') {
                sendError(conn, 'bad_envelope', 'not an envelope', e?.id);
                return;
            }
            if (e.type === 'ping') {
                send(conn, 'pong', {}, e.id);
            } else if (!conn.hello) {
                if (e.type === 'hello')
                    onHello(conn, e);
                else
                    sendError(conn, 'not_authenticated', 'send hello first', e.id);
            } else if (isStaff) {
                if (conn.user === null && e.type !== 'auth.login')
                    sendError(conn, 'not_authenticated', 'log in first', e.id);
                else
                    handleStaff(conn, e);
            } else {
                handleSeeker(conn, e);
            }
        });
        ws.on('close', () => {
            if (isStaff) {
                staff.delete(conn);
                staffByUser.get(conn.user)?.delete(conn);
            } else if (conn.contactId) {
                const entry = contacts.get(conn.contactId);
                if (entry && entry.seeker === conn)
                    entry.seeker = null;
            }
        });
        ws.on('error', () => {});
    });
});

http.listen(PORT, '127.0.0.1', () => {
    console.log(`listening: http://127.0.0.1:${http.address().port}/`);
});

function stop() {
    for (const client of wss.clients)
        client.terminate();
    http.close(() => process.exit(0));
    setTimeout(() => process.exit(0), 2000).unref();
}
process.on('SIGTERM', stop);
process.on('SIGINT', stop);
