// SPDX-License-Identifier: GPL-3.0-or-later
// A 1,000-message conversation in both directions while the links are cut 100 times, from
// the client side and from the server side, and the server is SIGKILLed and restarted
// once: on both ends no message is lost, none is doubled, and the order is kept.
//
// The volunteer end is the real workstation core (models/: Workstation, Session,
// Connection, Conversation with its outbox and TranscriptModel). The help-seeker end is
// SeekerClient below, the delivery logic of web/app.js in C++. Each end reaches the real
// ecoute-server through its own CuttingProxy, which cuts its links at random moments.
//
// Replay a run with ECOUTE_FAULT_SEED=<printed seed>; ECOUTE_FAULT_MESSAGES and
// ECOUTE_FAULT_CUTS shrink or grow it.
#include "CuttingProxy.h"
#include "ServerProcess.h"
#include "models/workstation/Workstation.h"
#include "protocol/Codec.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QLoggingCategory>
#include <QMap>
#include <QRandomGenerator>
#include <QSet>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QUuid>
#include <QWebSocket>

#include <algorithm>
#include <functional>

using ecoute::models::ChatMessage;
using ecoute::models::Conversation;
using ecoute::models::Presence;
using ecoute::models::ServerAddress;
using ecoute::models::Workstation;
using ecoute::protocol::Codec;
using ecoute::protocol::Envelope;
using ecoute::testing::CuttingProxy;
using ecoute::testing::ServerProcess;

namespace {

// Generous: these bound a hang, they do not measure speed. A normal run takes about a
// minute; CMake raises QtTest's 300 s watchdog (QTEST_FUNCTION_TIMEOUT) above their sum.
constexpr int kSetupTimeoutMs = 30'000;
constexpr int kFaultPhaseTimeoutMs = 150'000;
constexpr int kDeliveryTimeoutMs = 90'000;

int setting(const char *name, int fallback)
{
    const int value = qEnvironmentVariableIntValue(name);
    return value > 0 ? value : fallback;
}

/// "v0042 …" / "s0042 …": who wrote it and its place in the writer's order. A random
/// tail makes some frames long enough to span several TCP segments, so a cut can
/// fall in the middle of a frame.
QString messageText(QChar author, int index, QRandomGenerator &random)
{
    const int tail = random.bounded(8) == 0 ? random.bounded(1000, 6000) : random.bounded(0, 120);
    return QStringLiteral("%1%2 ").arg(author).arg(index, 4, 10, QLatin1Char('0'))
        + QString(tail, QChar(u'a' + index % 26));
}

struct Line
{
    qint64 seq = 0;
    QString from;
    QString text;
};

/// Checks one end's transcript: seq 1..2n without gaps or repeats, exactly the n
/// messages of each side, each once and in the order it was written.
QString transcriptProblem(const QList<Line> &lines, int perSide)
{
    int next[2] = {0, 0};
    for (qsizetype row = 0; row < lines.size(); ++row) {
        const Line &line = lines.at(row);
        if (line.seq != row + 1)
            return QStringLiteral("row %1 has seq %2").arg(row).arg(line.seq);
        const bool byVolunteer = line.text.startsWith(u'v');
        if (!byVolunteer && !line.text.startsWith(u's'))
            return QStringLiteral("seq %1: unexpected text").arg(line.seq);
        if (line.from != (byVolunteer ? QLatin1String("volunteer") : QLatin1String("seeker")))
            return QStringLiteral("seq %1 is from %2").arg(line.seq).arg(line.from);
        const int index = line.text.mid(1, 4).toInt();
        int &expected = next[byVolunteer ? 0 : 1];
        if (index != expected)
            return QStringLiteral("seq %1: %2 message %3 where %4 was expected (%5)")
                .arg(line.seq)
                .arg(line.from)
                .arg(index)
                .arg(expected)
                .arg(index < expected ? QStringLiteral("duplicate or reordered") : QStringLiteral("lost"));
        ++expected;
    }
    if (next[0] != perSide || next[1] != perSide)
        return QStringLiteral("%1 volunteer and %2 seeker messages instead of %3 each")
            .arg(next[0])
            .arg(next[1])
            .arg(perSide);
    return {};
}

/// The help-seeker page's delivery logic (web/app.js) over a QWebSocket: unacknowledged
/// messages are kept and resent with the same clientMsgId after seeker.start with the
/// resume token; chat.sync after the last seq shown; each seq is shown once, in order
/// (an early one waits for the gap to be replayed).
class SeekerClient : public QObject
{
public:
    SeekerClient(const QUrl &url, const QString &origin, quint32 seed)
        : m_url(url), m_origin(origin), m_random(seed)
    {
        m_reconnectTimer.setSingleShot(true);
        connect(&m_reconnectTimer, &QTimer::timeout, this, [this] { connectNow(); });
    }
    ~SeekerClient() override { stop(); }

    void start()
    {
        m_wantConnection = true;
        connectNow();
    }

    void stop()
    {
        m_wantConnection = false;
        m_reconnectTimer.stop();
        dropSocket();
    }

    /// The seeker writes a message (app.js submitMessage).
    void submit(const QString &text)
    {
        m_pending.append({QUuid::createUuid().toString(QUuid::WithoutBraces), text});
        m_written.append(m_pending.constLast());
        if (m_ready)
            sendPending(m_pending.last());
        else if (!m_socket)
            connectNow(); // like the page: try at once rather than wait for the backoff
    }

    bool isReady() const { return m_ready; }
    QString contactId() const { return m_contactId; }
    QString contactState() const { return m_contactState; }
    const QList<Line> &transcript() const { return m_transcript; }
    int pendingCount() const { return int(m_pending.size()); }
    int unacknowledged() const
    {
        return int(
            std::count_if(m_pending.cbegin(), m_pending.cend(), [](const Pending &p) { return !p.seq; }));
    }
    qint64 lastSeq() const { return m_transcript.isEmpty() ? 0 : m_transcript.constLast().seq; }
    const QStringList &problems() const { return m_problems; }

    /// Every seq each of our clientMsgIds was acknowledged with (more than one ack when resent).
    /// Every message written is confirmed: by chat.ack, or (as the page takes it) by its own
    /// echo when the ack was lost with a connection and the replay showed it first; every
    /// ack received, resends included, carries the seq the message is shown at.
    QString confirmationProblem() const
    {
        QHash<QString, qint64> seqOfText;
        for (const Line &line : m_transcript)
            seqOfText.insert(line.text, line.seq);
        for (const Pending &p : m_written) {
            if (!seqOfText.contains(p.text))
                return QStringLiteral("seeker message %1 was never confirmed").arg(p.text.left(5));
            for (qint64 seq : m_acks.value(p.clientMsgId)) {
                if (seq != seqOfText.value(p.text, -1))
                    return QStringLiteral("seeker message %1 acknowledged with seq %2, shown at %3")
                        .arg(p.text.left(5))
                        .arg(seq)
                        .arg(seqOfText.value(p.text, -1));
            }
        }
        return {};
    }

    int sessions = 0; ///< seeker.session received (1 start + resumes)
    int messageFrames = 0; ///< chat.message frames received
    int alreadyShown = 0; ///< of which repeated a seq already shown (dropped, as the page does)
    int heldBack = 0; ///< arrived before a predecessor and waited for it
    int resends = 0; ///< chat.send of a message already sent on an earlier connection
    int resentAlreadyStored = 0; ///< of which the server had stored before (deduplicated)
    int confirmedByEchoOnly() const
    {
        return int(std::count_if(m_written.cbegin(), m_written.cend(),
                                 [this](const Pending &p) { return !m_acks.contains(p.clientMsgId); }));
    }

private:
    struct Pending
    {
        QString clientMsgId;
        QString text;
        qint64 seq = 0; ///< from chat.ack; 0 until then
        bool sentBefore = false;
    };

    void connectNow()
    {
        m_reconnectTimer.stop();
        if (!m_wantConnection || m_socket)
            return;
        auto *socket = new QWebSocket(m_origin, QWebSocketProtocol::VersionLatest, this);
        m_socket = socket;
        m_ready = false;
        connect(socket, &QWebSocket::connected, this, [this, socket] {
            if (socket == m_socket)
                send(QStringLiteral("hello"),
                     {{QStringLiteral("versions"), QJsonArray {1}},
                      {QStringLiteral("client"), QStringLiteral("ecoute-web/0.1")}});
        });
        connect(socket, &QWebSocket::textMessageReceived, this, [this, socket](const QString &text) {
            if (socket == m_socket)
                handleFrame(text.toUtf8());
        });
        connect(socket, &QWebSocket::disconnected, this, [this, socket] {
            if (socket == m_socket)
                connectionLost();
        });
        connect(socket, &QWebSocket::stateChanged, this, [this, socket](QAbstractSocket::SocketState state) {
            if (socket == m_socket && state == QAbstractSocket::UnconnectedState)
                connectionLost();
        });
        socket->open(m_url);
    }

    void dropSocket()
    {
        QWebSocket *socket = m_socket;
        m_socket = nullptr;
        m_ready = false;
        if (!socket)
            return;
        socket->disconnect(this);
        socket->abort();
        socket->deleteLater();
    }

    void connectionLost()
    {
        dropSocket();
        m_requests.clear();
        if (m_wantConnection)
            scheduleReconnect();
    }

    void scheduleReconnect()
    {
        if (m_reconnectTimer.isActive())
            return;
        const int base = std::min(kReconnectMaxMs, 500 << std::min(m_attempt, 5));
        const int delay = std::min(kReconnectMaxMs, int(base * (0.75 + m_random.generateDouble() * 0.5)));
        ++m_attempt;
        m_reconnectTimer.start(delay);
    }

    QString send(const QString &type, const QJsonObject &body, const QString &clientMsgId = {})
    {
        if (!m_socket || m_socket->state() != QAbstractSocket::ConnectedState)
            return {};
        Envelope e = Envelope::make(type, body);
        e.id = QStringLiteral("w-%1").arg(++m_frameCounter);
        m_socket->sendTextMessage(QString::fromUtf8(Codec::encode(e)));
        m_requests.insert(e.id, type + u' ' + clientMsgId);
        return e.id;
    }

    void sendPending(Pending &p)
    {
        if (p.sentBefore) {
            ++resends;
            m_resent.insert(p.clientMsgId);
        }
        p.sentBefore = true;
        send(QStringLiteral("chat.send"),
             {{QStringLiteral("clientMsgId"), p.clientMsgId}, {QStringLiteral("text"), p.text}},
             p.clientMsgId);
    }

    void handleFrame(const QByteArray &frame)
    {
        const auto decoded = Codec::decode(frame, ecoute::protocol::Route::ServerToSeeker);
        if (Codec::isError(decoded)) {
            m_problems << QStringLiteral("seeker: undecodable frame");
            return;
        }
        const Envelope &e = std::get<Envelope>(decoded);
        if (e.type == QLatin1String("welcome")) {
            QJsonObject start {{QStringLiteral("language"), QStringLiteral("fr")}};
            if (!m_token.isEmpty())
                start.insert(QStringLiteral("resume"), m_token);
            send(QStringLiteral("seeker.start"), start);
        } else if (e.type == QLatin1String("seeker.session")) {
            onSession(e.body);
        } else if (e.type == QLatin1String("contact.state")) {
            m_contactState = e.text("state");
        } else if (e.type == QLatin1String("contact.ended")) {
            m_problems << QStringLiteral("seeker: contact ended by %1").arg(e.text("by"));
        } else if (e.type == QLatin1String("chat.ack")) {
            onAck(e.body);
        } else if (e.type == QLatin1String("chat.message")) {
            onMessage(e.body);
        } else if (e.type == QLatin1String("error")) {
            m_problems << QStringLiteral("seeker: error %1 answering %2")
                              .arg(e.text("code"), m_requests.value(e.re, QStringLiteral("?")));
        }
        // pong, queue.position, contact.notice: nothing to do for delivery
    }

    void onSession(const QJsonObject &body)
    {
        const QString contactId = body.value(QLatin1String("contactId")).toString();
        if (!m_contactId.isEmpty() && contactId != m_contactId)
            m_problems << QStringLiteral("seeker: resumed into another contact");
        m_token = body.value(QLatin1String("token")).toString();
        m_contactId = contactId;
        m_contactState = body.value(QLatin1String("state")).toString();
        ++sessions;
        m_ready = true;
        m_attempt = 0;
        m_syncRequestedAfter = lastSeq();
        send(QStringLiteral("chat.sync"), {{QStringLiteral("afterSeq"), lastSeq()}});
        for (Pending &p : m_pending) {
            if (!p.seq)
                sendPending(p);
        }
    }

    void onAck(const QJsonObject &body)
    {
        const QString clientMsgId = body.value(QLatin1String("clientMsgId")).toString();
        const qint64 seq = body.value(QLatin1String("seq")).toInteger();
        m_acks[clientMsgId].append(seq);
        const auto p = std::find_if(m_pending.begin(), m_pending.end(),
                                    [&](const Pending &x) { return x.clientMsgId == clientMsgId; });
        if (p == m_pending.end()) {
            // Shown already: a resend whose original the server had stored, and replayed
            // (chat.sync goes out before the resends).
            if (m_resent.contains(clientMsgId))
                ++resentAlreadyStored;
            return;
        }
        if (seq < 1)
            return;
        p->seq = seq;
        if (seq <= lastSeq())
            m_pending.erase(p); // its chat.message came first
    }

    void onMessage(const QJsonObject &body)
    {
        ++messageFrames;
        const Line line {body.value(QLatin1String("seq")).toInteger(),
                         body.value(QLatin1String("from")).toString(),
                         body.value(QLatin1String("text")).toString()};
        if (line.seq < 1)
            return;
        if (line.seq <= lastSeq()) {
            ++alreadyShown;
            return;
        }
        if (line.seq > lastSeq() + 1) {
            // A gap: keep it until the missing ones are replayed.
            ++heldBack;
            m_early.insert(line.seq, line);
            if (m_syncRequestedAfter != lastSeq()) {
                m_syncRequestedAfter = lastSeq();
                send(QStringLiteral("chat.sync"), {{QStringLiteral("afterSeq"), lastSeq()}});
            }
            return;
        }
        show(line);
        while (m_early.contains(lastSeq() + 1))
            show(m_early.take(lastSeq() + 1));
        while (!m_early.isEmpty() && m_early.firstKey() <= lastSeq())
            m_early.erase(m_early.begin());
    }

    void show(const Line &line)
    {
        m_transcript.append(line);
        if (line.from != QLatin1String("seeker"))
            return;
        // Our own message echoed: it replaces its pending bubble.
        auto p = std::find_if(m_pending.begin(), m_pending.end(),
                              [&](const Pending &x) { return x.seq == line.seq; });
        if (p == m_pending.end())
            p = std::find_if(m_pending.begin(), m_pending.end(),
                             [&](const Pending &x) { return !x.seq && x.text == line.text; });
        if (p != m_pending.end())
            m_pending.erase(p);
    }

    static constexpr int kReconnectMaxMs = 10'000;

    QUrl m_url;
    QString m_origin;
    QRandomGenerator m_random;
    QWebSocket *m_socket = nullptr;
    QTimer m_reconnectTimer;
    bool m_wantConnection = false;
    bool m_ready = false;
    int m_attempt = 0;
    int m_frameCounter = 0;
    QHash<QString, QString> m_requests; ///< our frame id -> "type clientMsgId", this connection
    QString m_token;
    QString m_contactId;
    QString m_contactState;
    QList<Line> m_transcript;
    QList<Pending> m_pending;
    QList<Pending> m_written;
    QMap<qint64, Line> m_early;
    qint64 m_syncRequestedAfter = -1;
    QHash<QString, QList<qint64>> m_acks;
    QSet<QString> m_resent;
    QStringList m_problems;
};

/// Cuts one proxy's link at a random moment after each (re)connection, alternating
/// which side learns of it first, until it has cut `target` times. Every other pair of
/// cuts is aimed at traffic: it waits (up to 400 ms) until the client has written
/// something not acknowledged yet and cuts 0-5 ms later, before the proxy passed it on,
/// before the server stored it, or while its ack is on the way back.
class Cutter : public QObject
{
public:
    /// unacknowledged: how many messages of this link's client await their chat.ack.
    Cutter(CuttingProxy &proxy, int target, quint32 seed, std::function<int()> unacknowledged)
        : m_proxy(proxy), m_target(target), m_random(seed), m_unacknowledged(std::move(unacknowledged))
    {
        m_timer.setSingleShot(true);
        connect(&m_timer, &QTimer::timeout, this, [this] { cutNow(); });
        connect(&m_proxy, &CuttingProxy::linkEstablished, this, [this] { schedule(); });
    }

    void setPaused(bool paused)
    {
        m_paused = paused;
        if (paused)
            m_timer.stop();
        else if (m_proxy.liveLinks() > 0)
            schedule();
    }

    int done() const { return m_clientFirst + m_serverFirst; }
    int clientFirst() const { return m_clientFirst; }
    int serverFirst() const { return m_serverFirst; }
    /// Cuts made while the client had messages on the way that were not acknowledged yet.
    int withMessagesInFlight() const { return m_inFlight; }

private:
    enum class Phase { Wait, Aim, Fire };

    void schedule()
    {
        if (m_paused || done() >= m_target || m_timer.isActive())
            return;
        m_phase = Phase::Wait;
        m_timer.start(m_random.bounded(0, 600)); // from the handshake to well into the traffic
    }

    void cutNow()
    {
        if (m_paused || done() >= m_target)
            return;
        if (m_phase == Phase::Wait && (done() / 2) % 2 == 1) {
            m_phase = Phase::Aim;
            m_aiming.start();
        }
        if (m_phase == Phase::Aim) {
            if (m_unacknowledged() == 0 && m_aiming.elapsed() < 400) {
                m_timer.start(2);
                return;
            }
            m_phase = Phase::Fire;
            m_timer.start(m_random.bounded(0, 6));
            return;
        }
        m_phase = Phase::Wait;
        const bool clientFirst = done() % 2 == 0;
        const bool inFlight = m_unacknowledged() > 0;
        // The other side notices later: a client that keeps writing into a dead link
        // (server first), or a server that keeps pushing to a client that is already
        // reconnecting (client first).
        const int otherSideAfterMs = clientFirst ? m_random.bounded(0, 1000) : m_random.bounded(0, 300);
        if (m_proxy.cut(clientFirst ? CuttingProxy::FirstToKnow::Client : CuttingProxy::FirstToKnow::Server,
                        otherSideAfterMs)
            == 0)
            return; // the link went down by itself; the next one gets cut
        ++(clientFirst ? m_clientFirst : m_serverFirst);
        m_inFlight += inFlight ? 1 : 0;
    }

    CuttingProxy &m_proxy;
    int m_target;
    QRandomGenerator m_random;
    QTimer m_timer;
    QElapsedTimer m_aiming;
    Phase m_phase = Phase::Wait;
    bool m_paused = false;
    int m_clientFirst = 0;
    int m_serverFirst = 0;
    int m_inFlight = 0;
    std::function<int()> m_unacknowledged;
};

} // namespace

class TestChatDeliveryFault : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        // The workstation's per-frame debug lines would drown the test's own output.
        QLoggingCategory::setFilterRules(QStringLiteral("ecoute.connection.debug=false"));
    }

    void conversationSurvivesCutsAndASigkill()
    {
        const int perSide = setting("ECOUTE_FAULT_MESSAGES", 1000);
        const int cuts = setting("ECOUTE_FAULT_CUTS", 100);
        const quint32 seed = qEnvironmentVariableIsSet("ECOUTE_FAULT_SEED")
            ? quint32(qEnvironmentVariable("ECOUTE_FAULT_SEED").toUInt())
            : QRandomGenerator::global()->generate();
        qInfo("seed %u (ECOUTE_FAULT_SEED replays it)", seed);
        QRandomGenerator random(seed);
        QElapsedTimer clock;
        clock.start();

        ServerProcess server;
        QVERIFY(server.start());
        CuttingProxy volunteerProxy(server.port());
        CuttingProxy seekerProxy(server.port());
        QVERIFY(volunteerProxy.listen());
        QVERIFY(seekerProxy.listen());

        // The volunteer: the workstation core, as the ecoute window drives it.
        QTemporaryDir settingsDir;
        QVERIFY(settingsDir.isValid());
        QSettings settings(settingsDir.filePath(QStringLiteral("ecoute.ini")), QSettings::IniFormat);
        QStringList volunteerProblems;
        QHash<QString, QList<qint64>> volunteerAcks; // clientMsgId -> seqs acknowledged
        int volunteerAuths = 0;
        int volunteerMessageFrames = 0;
        QString lastPresence;
        Conversation *conversation = nullptr;
        Workstation workstation(settings);
        connect(
            &workstation.connection(), &ecoute::models::Connection::envelopeReceived, this,
            [&](const Envelope &e) {
                if (e.type == QLatin1String("chat.message"))
                    ++volunteerMessageFrames;
                else if (e.type == QLatin1String("chat.ack"))
                    volunteerAcks[e.text("clientMsgId")].append(
                        e.body.value(QLatin1String("seq")).toInteger());
                else if (e.type == QLatin1String("auth.ok"))
                    ++volunteerAuths;
                else if (e.type == QLatin1String("presence.state"))
                    lastPresence = e.text("state");
                else if (e.type == QLatin1String("error") || e.type == QLatin1String("contact.ended")
                         || e.type == QLatin1String("contact.released"))
                    volunteerProblems
                        << QStringLiteral("volunteer: %1 %2%3").arg(e.type, e.text("code"), e.text("reason"));
            });
        connect(&workstation.session(), &ecoute::models::Session::sessionExpired, this,
                [&](const QString &message) {
                    volunteerProblems << QStringLiteral("session expired: ") + message;
                });

        const ServerAddress address =
            ServerAddress::parse(QStringLiteral("ws://127.0.0.1:%1").arg(volunteerProxy.port()));
        QVERIFY2(address.isValid(), qPrintable(address.error()));
        QString password = server.demoPassword(QStringLiteral("volunteer"));
        QVERIFY(!password.isEmpty());
        workstation.session().login(address, QStringLiteral("volunteer"), password);
        QTRY_VERIFY_WITH_TIMEOUT(workstation.session().isLoggedIn(), kSetupTimeoutMs);
        workstation.session().setPresence(Presence::Available);
        QTRY_COMPARE_WITH_TIMEOUT(workstation.session().presence(), Presence::Available, kSetupTimeoutMs);

        // The help-seeker, as the chat page served by this server would connect.
        const QString seekerOrigin = QStringLiteral("http://127.0.0.1:%1").arg(seekerProxy.port());
        SeekerClient seeker(QUrl(QStringLiteral("ws://127.0.0.1:%1/ws/seeker").arg(seekerProxy.port())),
                            seekerOrigin, random.generate());
        seeker.start();
        QTRY_VERIFY_WITH_TIMEOUT(seeker.isReady(), kSetupTimeoutMs);
        const QString contactId = seeker.contactId();
        QVERIFY(!contactId.isEmpty());

        connect(&workstation, &Workstation::conversationOpened, this,
                [&](Conversation *opened) { conversation = opened; });
        workstation.accept(contactId);
        QTRY_VERIFY_WITH_TIMEOUT(conversation, kSetupTimeoutMs);
        QCOMPARE(conversation->contactId(), contactId);
        QTRY_COMPARE_WITH_TIMEOUT(seeker.contactState(), QStringLiteral("active"), kSetupTimeoutMs);
        const qint64 setupMs = clock.elapsed();

        // Both write in bursts, paced by the cuts so that traffic flows during all of them:
        // between two cuts the allowance grows by 1/cuts of the messages, spread over 400 ms.
        Cutter volunteerCutter(volunteerProxy, cuts / 2, random.generate(),
                               [conversation] { return conversation->outboxSize(); });
        Cutter seekerCutter(seekerProxy, cuts - cuts / 2, random.generate(),
                            [&seeker] { return seeker.unacknowledged(); });
        const auto cutsDone = [&] {
            return volunteerCutter.done() + seekerCutter.done();
        };
        volunteerCutter.setPaused(false);
        seekerCutter.setPaused(false);

        int volunteerWritten = 0;
        int seekerWritten = 0;
        QRandomGenerator textRandom(random.generate());
        QTimer writer;
        writer.setSingleShot(true);
        int cutsSeen = 0;
        QElapsedTimer sinceCut;
        sinceCut.start();
        const auto write = [&](int quota) {
            quota = std::min(quota, perSide);
            for (int n = textRandom.bounded(1, 16); n > 0 && volunteerWritten < quota; --n) {
                if (!conversation->send(messageText(u'v', volunteerWritten, textRandom)))
                    volunteerProblems << QStringLiteral("the conversation refused a message");
                ++volunteerWritten;
            }
            for (int n = textRandom.bounded(1, 16); n > 0 && seekerWritten < quota; --n)
                seeker.submit(messageText(u's', seekerWritten++, textRandom));
        };
        connect(&writer, &QTimer::timeout, this, [&] {
            if (cutsDone() != cutsSeen) {
                cutsSeen = cutsDone();
                sinceCut.restart();
            }
            const double ramp = std::min(1.0, double(sinceCut.elapsed()) / 400.0);
            write(int(perSide * (cutsSeen + ramp) / std::max(cuts, 1)) + 1);
            if (volunteerWritten < perSide || seekerWritten < perSide)
                writer.start(textRandom.bounded(10, 120));
        });
        writer.start(0);

        // Halfway through the cuts, the server crashes and comes back on the same port and data.
        QTRY_VERIFY_WITH_TIMEOUT(cutsDone() >= cuts / 2, kFaultPhaseTimeoutMs);
        volunteerCutter.setPaused(true);
        seekerCutter.setPaused(true);
        write(perSide); // a burst on both sides, and the crash while it is being stored
        QTest::qWait(random.bounded(0, 40));
        const int writtenAtKill = volunteerWritten + seekerWritten;
        const int unacknowledgedAtKill = conversation->outboxSize() + seeker.unacknowledged();
        server.kill();
        QVERIFY(server.restart());
        volunteerCutter.setPaused(false);
        seekerCutter.setPaused(false);

        QTRY_VERIFY_WITH_TIMEOUT(cutsDone() >= cuts, kFaultPhaseTimeoutMs);
        QTRY_VERIFY_WITH_TIMEOUT(volunteerWritten == perSide && seekerWritten == perSide,
                                 kFaultPhaseTimeoutMs);
        const qint64 faultsMs = clock.elapsed();

        // Now every message must arrive on both ends and every own message be acknowledged.
        TranscriptAccess volunteerView {conversation};
        const int total = 2 * perSide;
        const auto progress = [&] {
            return QStringLiteral("volunteer shows %1 (pending %2, outbox %3), seeker shows %4 (pending %5); "
                                  "problems: %6")
                .arg(conversation->transcript()->rowCount() - conversation->transcript()->pendingCount())
                .arg(conversation->transcript()->pendingCount())
                .arg(conversation->outboxSize())
                .arg(seeker.transcript().size())
                .arg(seeker.pendingCount())
                .arg((volunteerProblems + seeker.problems()).join(QStringLiteral("; ")));
        };
        QTRY_VERIFY2_WITH_TIMEOUT(conversation->transcript()->rowCount() >= total
                                      && conversation->transcript()->pendingCount() == 0
                                      && conversation->outboxSize() == 0
                                      && seeker.transcript().size() >= total && seeker.pendingCount() == 0,
                                  qPrintable(progress()), kDeliveryTimeoutMs);
        QTest::qWait(500); // room for a late duplicate to show up
        const qint64 deliveredMs = clock.elapsed();

        qInfo("cuts: volunteer link %d client-first + %d server-first, seeker link %d + %d; %d of them "
              "with own messages awaiting their ack; 1 SIGKILL after %d messages written, %d unacknowledged",
              volunteerCutter.clientFirst(), volunteerCutter.serverFirst(), seekerCutter.clientFirst(),
              seekerCutter.serverFirst(),
              volunteerCutter.withMessagesInFlight() + seekerCutter.withMessagesInFlight(), writtenAtKill,
              unacknowledgedAtKill);
        qInfo("volunteer: %d links, %d logins/resumes, %d chat.message frames for %d messages",
              volunteerProxy.linksEstablished(), volunteerAuths, volunteerMessageFrames, total);
        qInfo("seeker: %d links, %d sessions, %d chat.message frames (%d repeats dropped, %d held "
              "back for a gap), %d resends of which %d were stored already, %d confirmed by their echo "
              "alone (ack lost)",
              seekerProxy.linksEstablished(), seeker.sessions, seeker.messageFrames, seeker.alreadyShown,
              seeker.heldBack, seeker.resends, seeker.resentAlreadyStored, seeker.confirmedByEchoOnly());
        qInfo("time: setup %lld ms, faults %lld ms, delivery complete %lld ms", setupMs, faultsMs - setupMs,
              deliveredMs - faultsMs);

        QVERIFY2(volunteerProblems.isEmpty(), qPrintable(volunteerProblems.join(u'\n')));
        QVERIFY2(seeker.problems().isEmpty(), qPrintable(seeker.problems().join(u'\n')));

        // Each end: seq 1..2000 once each, all 1,000 of each side, in writing order.
        const QList<Line> atVolunteer = volunteerView.lines();
        const QString volunteerProblem = transcriptProblem(atVolunteer, perSide);
        QVERIFY2(volunteerProblem.isEmpty(), qPrintable(QStringLiteral("volunteer: ") + volunteerProblem));
        const QString seekerProblem = transcriptProblem(seeker.transcript(), perSide);
        QVERIFY2(seekerProblem.isEmpty(), qPrintable(QStringLiteral("seeker: ") + seekerProblem));
        for (int i = 0; i < total; ++i)
            QCOMPARE(atVolunteer.at(i).text, seeker.transcript().at(i).text);

        // Every own message confirmed, every acknowledgement (resends included) with its one seq.
        // The workstation drops a message from its outbox only on chat.ack, so all of its
        // messages were acknowledged.
        QVERIFY2(seeker.confirmationProblem().isEmpty(), qPrintable(seeker.confirmationProblem()));
        for (const Line &line : atVolunteer) {
            if (line.from != QLatin1String("volunteer"))
                continue;
            const QString clientMsgId = volunteerView.clientMsgIdOf(line.seq);
            const QList<qint64> acks = volunteerAcks.value(clientMsgId);
            QVERIFY2(
                !clientMsgId.isEmpty() && !acks.isEmpty(),
                qPrintable(QStringLiteral("volunteer message at seq %1 not acknowledged").arg(line.seq)));
            for (qint64 seq : acks)
                QCOMPARE(seq, line.seq);
        }

        // The server restored the presence the volunteer chose, across cuts and the crash.
        QVERIFY2(lastPresence == QLatin1String("available") || lastPresence == QLatin1String("busy"),
                 qPrintable(QStringLiteral("presence after the faults: ") + lastPresence));
    }

private:
    /// The volunteer's transcript as the conversation view shows it.
    struct TranscriptAccess
    {
        Conversation *conversation;

        QList<Line> lines() const
        {
            QList<Line> out;
            const auto *model = conversation->transcript();
            for (int row = 0; row < model->rowCount(); ++row) {
                const ChatMessage m = model->messageAt(row);
                out.append({m.pending ? 0 : m.seq, m.from, m.text});
            }
            return out;
        }

        QString clientMsgIdOf(qint64 seq) const
        {
            const auto *model = conversation->transcript();
            for (int row = 0; row < model->rowCount(); ++row) {
                const ChatMessage m = model->messageAt(row);
                if (!m.pending && m.seq == seq)
                    return m.clientMsgId;
            }
            return {};
        }
    };
};

QTEST_GUILESS_MAIN(TestChatDeliveryFault)
#include "tst_chat_delivery_fault.moc"
