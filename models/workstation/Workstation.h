// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/connection/CertificatePins.h"
#include "models/connection/Connection.h"
#include "models/connection/Session.h"
#include "models/conversation/ConversationList.h"
#include "models/directory/ReferralDirectory.h"
#include "models/inbox/InboxModel.h"
#include "models/inbox/TeamBoardModel.h"
#include "models/inbox/TeamModel.h"
#include "models/mail/MailDesk.h"
#include "models/mail/MailDrafts.h"
#include "models/mail/MailOutbox.h"
#include "models/phone/CallList.h"
#include "models/practice/PracticeModel.h"
#include "models/report/PendingReports.h"
#include "models/report/ReportForm.h"
#include "models/report/RiskCaseList.h"
#include "models/report/Wellbeing.h"
#include "models/statistics/StatisticsModel.h"
#include "models/supervision/SupervisionModel.h"

#include <QHash>
#include <QObject>
#include <QSet>

class QSettings;

namespace ecoute::models {

/// The facade the widgets talk to: owns the connection, the session, the inbox
/// and the open conversations, and routes each server frame to the one that
/// handles it. Holds all client-side logic so the widgets hold none.
class Workstation : public QObject
{
    Q_OBJECT

public:
    /// settings (certificate pins) must outlive the workstation.
    explicit Workstation(QSettings &settings, QObject *parent = nullptr);

    Connection &connection() { return m_connection; }
    Session &session() { return m_session; }
    InboxModel &inbox() { return m_inbox; }
    ConversationList &conversations() { return m_conversations; }
    CertificatePins &pins() { return m_pins; }
    /// Colleagues on shift, as of the last requestTeam().
    TeamModel &team() { return m_team; }
    /// Everyone on shift, for a supervisor's team board (same snapshot as team()).
    TeamBoardModel &teamBoard() { return m_teamBoard; }
    /// Requests for supervision, the supervisor's queue, whispers, debriefs.
    SupervisionModel &supervision() { return m_supervision; }
    /// Scenarios, practice sessions (a trainer's console), feedback and practice history.
    PracticeModel &practice() { return m_practice; }
    /// The phone calls this workstation is on (one CallSession per phone contact).
    CallList &calls() { return m_calls; }
    /// This volunteer's e-mail answers, one per thread (mail.outbox).
    MailOutbox &mailOutbox() { return m_mailOutbox; }
    /// Unfinished e-mail answers, kept in the notes vault once the window gives it (setWorkspace).
    MailDrafts &mailDrafts() { return m_mailDrafts; }
    /// A supervisor's e-mail desk: answers to review, threads past their deadline.
    MailDesk &mailDesk() { return m_mailDesk; }
    /// The centre's report topics (report.form).
    ReportForm &reportForm() { return m_reportForm; }
    /// Ended contacts left to report, their drafts and the submission.
    PendingReports &pendingReports() { return m_pendingReports; }
    /// Imminent-risk cases: this volunteer's own, or a supervisor's centre's.
    RiskCaseList &riskCases() { return m_riskCases; }
    /// The end-of-shift summary (shift.summary).
    Wellbeing &wellbeing() { return m_wellbeing; }
    /// The referral directory (asked for at login; kept by admins).
    ReferralDirectory &directory() { return m_directory; }
    /// Anonymous statistics (supervisors and admins).
    StatisticsModel &statistics() { return m_statistics; }
    /// The engine calls are placed with (not owned; the composition root makes it). Without one,
    /// a call offered here ends at once with a sentence saying why. headset: the preferences
    /// whose microphone and speaker it uses.
    void setSoftphone(Softphone *softphone, Preferences *headset = nullptr);

    /// Takes a waiting or offered contact (contact.accept).
    void accept(const QString &contactId);
    /// Declines an offer (offer.decline): it stops ringing here at once.
    void decline(const QString &contactId);
    /// Asks for the colleagues on shift (team.get); team() is refreshed.
    void requestTeam();
    /// Passes an active conversation on to a colleague with an internal note (≤ 1000 characters).
    void transfer(const QString &contactId, const QString &toUser, const QString &note);
    /// The conversations still going on here (neither ended nor released).
    QList<Conversation *> activeConversations() const;
    /// Goes off shift. handBack: every active conversation goes back to the queue
    /// first (contact.requeue); otherwise they stay here until they end, and only
    /// new offers stop.
    void goOffShift(bool handBack);

    /// Routes one decoded server frame; public so tests can feed frames.
    void handleEnvelope(const protocol::Envelope &envelope);

signals:
    /// A conversation to show (accepted here, or found again after login).
    void conversationOpened(ecoute::models::Conversation *conversation);
    void errorMessage(const QString &message);
    /// A contact rings on this workstation (offer); answer before timeoutMs.
    void offerReceived(const ecoute::models::Contact &contact, qint64 timeoutMs);
    /// The offer of contactId is over (offer.withdrawn); message says why.
    void offerWithdrawn(const QString &contactId, const QString &message);
    /// The conversation left this workstation (contact.released); message says why.
    void conversationReleased(ecoute::models::Conversation *conversation, const QString &message);
    /// A conversation the volunteer marked hard has ended: time to suggest a pause.
    void hardContactEnded(const QString &contactId);

private:
    // Server frames, one handler each (the table is in handleEnvelope).
    void onInboxSnapshot(const protocol::Envelope &envelope);
    void onContactUpdate(const protocol::Envelope &envelope);
    void onContactRemoved(const protocol::Envelope &envelope);
    void onConversationsSnapshot(const protocol::Envelope &envelope);
    void onConversationOpen(const protocol::Envelope &envelope);
    void onOffer(const protocol::Envelope &envelope);
    void onOfferWithdrawn(const protocol::Envelope &envelope);
    void onReleased(const protocol::Envelope &envelope);
    void onEnded(const protocol::Envelope &envelope);
    void onTeamSnapshot(const protocol::Envelope &envelope);
    void onChatMessage(const protocol::Envelope &envelope);
    void onChatAck(const protocol::Envelope &envelope);
    void onError(const protocol::Envelope &envelope);
    void onCallConnect(const protocol::Envelope &envelope);
    void onCallState(const protocol::Envelope &envelope);
    void onConnectionDown();
    /// Where calls are placed: the connection's host and its pinned certificate.
    CallList::Server callServer();
    /// The DER of the certificate the live connection showed, if it is the one pinned.
    QByteArray pinnedCertificateDer() const;
    void wire(Conversation *conversation);

    CertificatePins m_pins;
    Connection m_connection;
    Session m_session;
    InboxModel m_inbox;
    ConversationList m_conversations;
    TeamModel m_team;
    TeamBoardModel m_teamBoard;
    SupervisionModel m_supervision;
    PracticeModel m_practice;
    CallList m_calls;
    MailOutbox m_mailOutbox;
    MailDrafts m_mailDrafts;
    MailDesk m_mailDesk;
    ReportForm m_reportForm;
    PendingReports m_pendingReports;
    RiskCaseList m_riskCases;
    Wellbeing m_wellbeing;
    ReferralDirectory m_directory;
    StatisticsModel m_statistics;
    QHash<QString, QString> m_acceptRequests; ///< request id -> contact id
    QHash<QString, QString> m_transferRequests; ///< request id -> contact id
    QSet<QString> m_declineRequests; ///< request ids; errors mean the offer was over anyway
};

} // namespace ecoute::models
