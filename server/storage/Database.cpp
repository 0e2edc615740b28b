// SPDX-License-Identifier: GPL-3.0-or-later
#include "server/storage/Database.h"

#include "server/core/Logging.h"
#include "server/storage/KeyRing.h"
#include "server/storage/TranscriptSealer.h"

#include <QDateTime>
#include <QFile>
#include <QSqlError>
#include <QSqlQuery>
#include <QUuid>

namespace ecoute::server {

namespace {

// Version 1. Later versions append steps; never edit a released one.
const char *const kSchemaV1[] = {
    "CREATE TABLE users ("
    " id INTEGER PRIMARY KEY,"
    " name TEXT NOT NULL UNIQUE COLLATE NOCASE,"
    " role TEXT NOT NULL CHECK (role IN ('volunteer','supervisor','trainer','admin')),"
    " password_hash TEXT NOT NULL,"
    " display_name TEXT,"
    " centre TEXT NOT NULL DEFAULT 'main',"
    " disabled INTEGER NOT NULL DEFAULT 0,"
    " created_at TEXT NOT NULL)",
    "CREATE TABLE sessions ("
    " token_hash TEXT PRIMARY KEY,"
    " user_id INTEGER NOT NULL REFERENCES users(id) ON DELETE CASCADE,"
    " created_at TEXT NOT NULL,"
    " expires_at TEXT NOT NULL,"
    " presence TEXT NOT NULL DEFAULT 'off')",
    "CREATE INDEX sessions_user ON sessions(user_id)",
    "CREATE TABLE contacts ("
    " id TEXT PRIMARY KEY,"
    " channel TEXT NOT NULL CHECK (channel IN ('chat','email','phone')),"
    " pseudonym TEXT NOT NULL,"
    " language TEXT NOT NULL,"
    " state TEXT NOT NULL CHECK (state IN ('waiting','offered','active','ended')),"
    " urgent INTEGER NOT NULL DEFAULT 0,"
    " created_at TEXT NOT NULL,"
    " offered_at TEXT,"
    " accepted_at TEXT,"
    " ended_at TEXT,"
    " ended_by TEXT,"
    " volunteer_id INTEGER REFERENCES users(id),"
    " seeker_token_hash TEXT UNIQUE)",
    "CREATE INDEX contacts_state ON contacts(state)",
    "CREATE INDEX contacts_volunteer ON contacts(volunteer_id, state)",
    "CREATE TABLE messages ("
    " contact_id TEXT NOT NULL REFERENCES contacts(id) ON DELETE CASCADE,"
    " seq INTEGER NOT NULL,"
    " sender TEXT NOT NULL CHECK (sender IN ('seeker','volunteer','system')),"
    " text TEXT NOT NULL,"
    " at TEXT NOT NULL,"
    " client_msg_id TEXT,"
    " PRIMARY KEY (contact_id, seq),"
    " UNIQUE (contact_id, sender, client_msg_id))",
};

// Version 2: routing. Volunteers' qualifications and capacity (defaults: every
// channel, French, 2 chats / 1 call / emails unlimited), contacts handed back
// to the queue, hard contacts, and transfer notes (never shown to help-seekers).
const char *const kSchemaV2[] = {
    "ALTER TABLE users ADD COLUMN channels TEXT NOT NULL DEFAULT 'chat,email,phone'",
    "ALTER TABLE users ADD COLUMN languages TEXT NOT NULL DEFAULT 'fr'",
    "ALTER TABLE users ADD COLUMN capacity TEXT NOT NULL DEFAULT 'chat=2,phone=1,email=0'",
    "ALTER TABLE contacts ADD COLUMN requeued INTEGER NOT NULL DEFAULT 0",
    "ALTER TABLE contacts ADD COLUMN waiting_since TEXT",
    "ALTER TABLE contacts ADD COLUMN hard INTEGER NOT NULL DEFAULT 0",
    "CREATE TABLE handovers ("
    " contact_id TEXT NOT NULL REFERENCES contacts(id) ON DELETE CASCADE,"
    " from_user INTEGER NOT NULL REFERENCES users(id),"
    " to_user INTEGER NOT NULL REFERENCES users(id),"
    " note TEXT NOT NULL,"
    " at TEXT NOT NULL)",
    "CREATE INDEX handovers_contact ON handovers(contact_id, at)",
};

// Version 3: supervision. Requests, whispers and debriefs are kept apart from
// the help-seeker's transcript; the audit log is append-only (triggers refuse
// any change) and never holds message text.
const char *const kSchemaV3[] = {
    "CREATE TABLE supervision_requests ("
    " id TEXT PRIMARY KEY,"
    " kind TEXT NOT NULL CHECK (kind IN ('urgent','when_possible','debrief')),"
    " state TEXT NOT NULL CHECK (state IN ('waiting','accepted','cancelled','closed')),"
    " volunteer_id INTEGER NOT NULL REFERENCES users(id),"
    " contact_id TEXT REFERENCES contacts(id),"
    " message TEXT,"
    " centre TEXT NOT NULL,"
    " created_at TEXT NOT NULL,"
    " supervisor_id INTEGER REFERENCES users(id),"
    " accepted_at TEXT,"
    " ended_at TEXT)",
    "CREATE INDEX supervision_open ON supervision_requests(centre, state)",
    "CREATE TABLE whispers ("
    " id INTEGER PRIMARY KEY,"
    " contact_id TEXT NOT NULL REFERENCES contacts(id) ON DELETE CASCADE,"
    " supervisor_id INTEGER NOT NULL REFERENCES users(id),"
    " text TEXT NOT NULL,"
    " at TEXT NOT NULL,"
    " client_msg_id TEXT,"
    " UNIQUE (contact_id, supervisor_id, client_msg_id))",
    "CREATE TABLE debrief_messages ("
    " id INTEGER PRIMARY KEY,"
    " request_id TEXT NOT NULL REFERENCES supervision_requests(id),"
    " author_id INTEGER NOT NULL REFERENCES users(id),"
    " text TEXT NOT NULL,"
    " at TEXT NOT NULL,"
    " client_msg_id TEXT,"
    " UNIQUE (request_id, author_id, client_msg_id))",
    "CREATE TABLE audit ("
    " id INTEGER PRIMARY KEY,"
    " at TEXT NOT NULL,"
    " actor TEXT NOT NULL,"
    " action TEXT NOT NULL,"
    " contact_id TEXT,"
    " request_id TEXT,"
    " target TEXT)",
    "CREATE TRIGGER audit_no_update BEFORE UPDATE ON audit BEGIN SELECT RAISE(ABORT, 'audit is "
    "append-only'); END",
    "CREATE TRIGGER audit_no_delete BEFORE DELETE ON audit BEGIN SELECT RAISE(ABORT, 'audit is "
    "append-only'); END",
};

// Version 4: practice. Volunteers in training, and contacts that are
// practice (set by the server from how the contact started, never by a client).
const char *const kSchemaV4[] = {
    "ALTER TABLE users ADD COLUMN in_training INTEGER NOT NULL DEFAULT 0",
    "ALTER TABLE contacts ADD COLUMN practice INTEGER NOT NULL DEFAULT 0",
};

// Version 5: practice sessions. A practice contact belongs to one trainee and
// one trainer; feedback is kept per contact; trainers' scenario edits are
// stored as the scenario text itself (the same format as the shipped files).
const char *const kSchemaV5[] = {
    "ALTER TABLE contacts ADD COLUMN practice_session TEXT",
    "ALTER TABLE contacts ADD COLUMN practice_trainee INTEGER REFERENCES users(id)",
    "ALTER TABLE contacts ADD COLUMN practice_trainer INTEGER REFERENCES users(id)",
    "CREATE TABLE practice_sessions ("
    " id TEXT PRIMARY KEY,"
    " trainer_id INTEGER NOT NULL REFERENCES users(id),"
    " slug TEXT NOT NULL,"
    " language TEXT NOT NULL,"
    " title TEXT NOT NULL,"
    " created_at TEXT NOT NULL)",
    "CREATE TABLE practice_feedback ("
    " contact_id TEXT PRIMARY KEY REFERENCES contacts(id) ON DELETE CASCADE,"
    " trainer_id INTEGER NOT NULL REFERENCES users(id),"
    " trainee_id INTEGER NOT NULL REFERENCES users(id),"
    " goals TEXT NOT NULL,"
    " text TEXT,"
    " at TEXT NOT NULL)",
    "CREATE TABLE scenarios ("
    " slug TEXT NOT NULL,"
    " language TEXT NOT NULL,"
    " text TEXT NOT NULL,"
    " updated_by INTEGER REFERENCES users(id),"
    " updated_at TEXT NOT NULL,"
    " PRIMARY KEY (slug, language))",
};

// Version 6: free text sealed at rest (TranscriptSealer) and transcripts
// deleted after their retention. Values written in clear by older versions
// are sealed at the next start (sealing_pending says it is still to do).
const char *const kSchemaV6[] = {
    "ALTER TABLE contacts ADD COLUMN transcript_purged INTEGER NOT NULL DEFAULT 0",
    "CREATE INDEX contacts_retention ON contacts(transcript_purged, state, ended_at)",
    "CREATE TABLE sealing_pending (reason TEXT PRIMARY KEY)",
    "INSERT INTO sealing_pending (reason) VALUES ('clear-text')",
};

// Version 7: e-mail (issue 15). A thread is a contact of channel email; what identifies its writer
// is a keyed hash (mail_writers), the reply address and the web mailbox's notice address are sealed,
// attachments are sealed in quarantine, replies wait in mail_replies until they are sent. Message-IDs
// (ours and theirs) thread the mail; mail_imported remembers what the line's mailbox gave us.
const char *const kSchemaV7[] = {
    "ALTER TABLE contacts ADD COLUMN answer_by TEXT",
    "ALTER TABLE contacts ADD COLUMN thread_length INTEGER NOT NULL DEFAULT 0",
    "ALTER TABLE messages ADD COLUMN event TEXT",
    "ALTER TABLE users ADD COLUMN mail_review INTEGER NOT NULL DEFAULT 0",
    "CREATE TABLE mail_writers ("
    " hash TEXT PRIMARY KEY,"
    " pseudonym TEXT NOT NULL,"
    " blocked INTEGER NOT NULL DEFAULT 0,"
    " last_ack_at TEXT)",
    "CREATE TABLE mailboxes ("
    " id INTEGER PRIMARY KEY,"
    " name_hash TEXT NOT NULL UNIQUE,"
    " password_hash TEXT NOT NULL,"
    " language TEXT NOT NULL,"
    " token_hash TEXT UNIQUE,"
    " created_at TEXT NOT NULL)",
    "CREATE TABLE mail_threads ("
    " contact_id TEXT PRIMARY KEY REFERENCES contacts(id) ON DELETE CASCADE,"
    " writer_hash TEXT,"
    " mailbox_id INTEGER REFERENCES mailboxes(id) ON DELETE SET NULL,"
    " address BLOB,"
    " subject BLOB,"
    " last_inbound_id TEXT,"
    " refs TEXT NOT NULL DEFAULT '',"
    " escalated INTEGER NOT NULL DEFAULT 0,"
    " purged INTEGER NOT NULL DEFAULT 0)",
    "CREATE INDEX mail_threads_writer ON mail_threads(writer_hash)",
    "CREATE INDEX mail_threads_mailbox ON mail_threads(mailbox_id)",
    "CREATE TABLE mail_message_ids ("
    " message_id TEXT PRIMARY KEY,"
    " contact_id TEXT NOT NULL REFERENCES contacts(id) ON DELETE CASCADE,"
    " ours INTEGER NOT NULL)",
    "CREATE TABLE mail_imported ("
    " uid_validity INTEGER NOT NULL,"
    " uid INTEGER NOT NULL,"
    " at TEXT NOT NULL,"
    " PRIMARY KEY (uid_validity, uid))",
    "CREATE TABLE mail_replies ("
    " id TEXT PRIMARY KEY,"
    " contact_id TEXT NOT NULL REFERENCES contacts(id) ON DELETE CASCADE,"
    " author_id INTEGER NOT NULL REFERENCES users(id),"
    " client_msg_id TEXT NOT NULL,"
    " state TEXT NOT NULL,"
    " text BLOB NOT NULL,"
    " signature TEXT NOT NULL DEFAULT '',"
    " send_at TEXT,"
    " comment BLOB,"
    " reviewer_id INTEGER REFERENCES users(id),"
    " message_id TEXT,"
    " at TEXT NOT NULL,"
    " UNIQUE (contact_id, author_id, client_msg_id))",
    "CREATE INDEX mail_replies_state ON mail_replies(state)",
    "CREATE TABLE mail_attachments ("
    " id TEXT PRIMARY KEY,"
    " contact_id TEXT NOT NULL REFERENCES contacts(id) ON DELETE CASCADE,"
    " seq INTEGER NOT NULL,"
    " name TEXT NOT NULL,"
    " type TEXT NOT NULL,"
    " size INTEGER NOT NULL,"
    " data BLOB)",
    "CREATE INDEX mail_attachments_message ON mail_attachments(contact_id, seq)",
    "CREATE TABLE mail_notices ("
    " mailbox_id INTEGER PRIMARY KEY REFERENCES mailboxes(id) ON DELETE CASCADE,"
    " address BLOB NOT NULL)",
};

// Version 8: end-of-contact reports, the imminent-risk workflow and the referral directory (issue 16).
// A report holds closed sets only (no free text) and outlives the transcript, for the statistics.
// contacts.source_hash is the channel's keyed hash of the person (phone: the caller, e-mail: the
// writer) so a report can say "repeat contact"; it is never sent to a workstation. A risk case's
// location is sealed and deleted with the contact's transcript.
const char *const kSchemaV8[] = {
    "ALTER TABLE contacts ADD COLUMN source_hash TEXT",
    "CREATE INDEX contacts_source ON contacts(source_hash)",
    "CREATE TABLE reports ("
    " contact_id TEXT PRIMARY KEY REFERENCES contacts(id) ON DELETE CASCADE,"
    " author_id INTEGER NOT NULL REFERENCES users(id),"
    " practice INTEGER NOT NULL DEFAULT 0,"
    " topics TEXT NOT NULL DEFAULT '',"
    " risk TEXT NOT NULL,"
    " asked TEXT NOT NULL DEFAULT '',"
    " age TEXT NOT NULL,"
    " gender TEXT NOT NULL,"
    " history TEXT NOT NULL,"
    " outcomes TEXT NOT NULL,"
    " referrals TEXT NOT NULL DEFAULT '',"
    " duration_seconds INTEGER,"
    " reported_at TEXT NOT NULL)",
    "CREATE TABLE risk_cases ("
    " contact_id TEXT PRIMARY KEY REFERENCES contacts(id) ON DELETE CASCADE,"
    " opened_at TEXT NOT NULL,"
    " closed_at TEXT,"
    " location BLOB)",
    "CREATE TABLE risk_steps ("
    " contact_id TEXT NOT NULL REFERENCES risk_cases(contact_id) ON DELETE CASCADE,"
    " step TEXT NOT NULL,"
    " at TEXT NOT NULL,"
    " by_id INTEGER REFERENCES users(id))",
    "CREATE INDEX risk_steps_contact ON risk_steps(contact_id)",
    "CREATE TABLE directory_services ("
    " id TEXT PRIMARY KEY,"
    " name TEXT NOT NULL,"
    " helps_with TEXT NOT NULL DEFAULT '',"
    " phone TEXT NOT NULL DEFAULT '',"
    " web TEXT NOT NULL DEFAULT '',"
    " hours TEXT NOT NULL DEFAULT '',"
    " languages TEXT NOT NULL DEFAULT '',"
    " region TEXT NOT NULL DEFAULT '',"
    " example INTEGER NOT NULL DEFAULT 0,"
    " updated_at TEXT NOT NULL)",
};

} // namespace

Database::Database()
    : m_connectionName(QStringLiteral("ecoute-") + QUuid::createUuid().toString(QUuid::WithoutBraces))
{
}

Database::~Database()
{
    close();
}

QString Database::nowUtc()
{
    return QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
}

bool Database::open(const QString &filePath)
{
    // Create the file owner-only before SQLite touches it; WAL and SHM files
    // inherit these permissions.
    QFile file(filePath);
    if (!file.exists()) {
        if (!file.open(QIODevice::WriteOnly, QFileDevice::ReadOwner | QFileDevice::WriteOwner)) {
            m_error = QStringLiteral("cannot create database file: %1").arg(file.errorString());
            return false;
        }
        file.close();
    }
    file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);

    m_db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_connectionName);
    m_db.setDatabaseName(filePath);
    m_db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=5000"));
    if (!m_db.open()) {
        m_error = m_db.lastError().text();
        return false;
    }
    if (!setUpDeletion())
        return false;
    if (!exec(QStringLiteral("PRAGMA journal_mode=WAL")) || !exec(QStringLiteral("PRAGMA synchronous=FULL"))
        || !exec(QStringLiteral("PRAGMA foreign_keys=ON"))) {
        return false;
    }
    return migrate();
}

bool Database::setUpDeletion()
{
    // Per connection: what is deleted is overwritten with zeros, in the file and the WAL.
    QSqlQuery query(m_db);
    if (!exec(QStringLiteral("PRAGMA secure_delete=ON"))
        || !query.exec(QStringLiteral("PRAGMA secure_delete")) || !query.next()
        || query.value(0).toInt() != 1) {
        m_error = QStringLiteral("SQLite refused secure_delete");
        return false;
    }
    query.finish();
    // Free pages can then be given back in small steps (TranscriptRetention).
    // A database made without it is rebuilt once (VACUUM) to switch.
    if (!query.exec(QStringLiteral("PRAGMA auto_vacuum")) || !query.next())
        return false;
    const int mode = query.value(0).toInt();
    query.finish();
    if (mode == 2)
        return true;
    return exec(QStringLiteral("PRAGMA auto_vacuum=INCREMENTAL")) && exec(QStringLiteral("VACUUM"));
}

const TranscriptSealer &Database::sealer() const
{
    if (m_sealer)
        return *m_sealer;
    static const TranscriptSealer processOnly {std::shared_ptr<const KeyRing>(KeyRing::ephemeral())};
    return processOnly;
}

Statement Database::statement(const QString &sql)
{
    auto &cached = m_statements[sql];
    if (!cached) {
        auto query = std::make_shared<QSqlQuery>(m_db);
        if (!query->prepare(sql)) {
            qCWarning(lcDb) << "could not prepare a statement:" << query->lastError().text();
            m_statements.remove(sql);
            return Statement(nullptr, nullptr);
        }
        cached = std::move(query);
    }
    if (cached->isActive()) {
        // Still in use further up the stack: a statement of its own for this use.
        auto own = std::make_unique<QSqlQuery>(m_db);
        if (!own->prepare(sql)) {
            qCWarning(lcDb) << "could not prepare a statement:" << own->lastError().text();
            return Statement(nullptr, nullptr);
        }
        return Statement(nullptr, std::move(own));
    }
    return Statement(cached.get(), nullptr);
}

void Database::close()
{
    m_statements.clear(); // before the connection goes: a statement must not outlive it
    if (m_db.isValid()) {
        m_db.close();
        m_db = QSqlDatabase();
        QSqlDatabase::removeDatabase(m_connectionName);
    }
}

bool Database::exec(const QString &sql)
{
    QSqlQuery query(m_db);
    if (!query.exec(sql)) {
        m_error = query.lastError().text();
        qCWarning(lcDb) << "SQL failed:" << m_error;
        return false;
    }
    return true;
}

bool Database::migrate()
{
    QSqlQuery query(m_db);
    if (!query.exec(QStringLiteral("PRAGMA user_version")) || !query.next()) {
        m_error = query.lastError().text();
        return false;
    }
    const int version = query.value(0).toInt();
    query.finish();
    if (version > kSchemaVersion) {
        m_error = QStringLiteral("database schema %1 is newer than this server (%2)")
                      .arg(version)
                      .arg(kSchemaVersion);
        return false;
    }
    if (version == kSchemaVersion)
        return true;

    if (!m_db.transaction()) {
        m_error = m_db.lastError().text();
        return false;
    }
    const auto apply = [this](const auto &steps) {
        for (const char *statement : steps) {
            if (!exec(QString::fromLatin1(statement)))
                return false;
        }
        return true;
    };
    if ((version < 1 && !apply(kSchemaV1)) || (version < 2 && !apply(kSchemaV2))
        || (version < 3 && !apply(kSchemaV3)) || (version < 4 && !apply(kSchemaV4))
        || (version < 5 && !apply(kSchemaV5)) || (version < 6 && !apply(kSchemaV6))
        || (version < 7 && !apply(kSchemaV7)) || (version < 8 && !apply(kSchemaV8))) {
        m_db.rollback();
        return false;
    }
    if (!exec(QStringLiteral("PRAGMA user_version=%1").arg(kSchemaVersion)) || !m_db.commit()) {
        m_db.rollback();
        return false;
    }
    qCInfo(lcDb) << "database schema migrated from version" << version << "to" << kSchemaVersion;
    return true;
}

} // namespace ecoute::server
