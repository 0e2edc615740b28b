// SPDX-License-Identifier: GPL-3.0-or-later
#include "server/practice/Practice.h"

#include "server/contacts/ChatService.h"
#include "server/contacts/PseudonymGenerator.h"
#include "server/contacts/Transcript.h"
#include "server/core/Logging.h"
#include "server/practice/PracticeStore.h"
#include "server/practice/ScenarioLibrary.h"
#include "server/routing/Recipients.h"
#include "server/routing/Router.h"
#include "server/transport/ClientConnection.h"

#include "protocol/HandlerTable.h"

#include <QJsonArray>
#include <QMap>

namespace ecoute::server {

using protocol::Envelope;
using protocol::ErrorCode;
using protocol::MessageType;

namespace {
constexpr int kMinRating = 1;
constexpr int kMaxRating = 4;
constexpr int kMaxCommentChars = 1000;
constexpr int kMaxFeedbackTextChars = 4000;
} // namespace

bool Practice::handle(StaffRecipient &s, const Envelope &e)
{
    return handlers().dispatch(*this, e.messageType, s, e);
}

const Practice::Handlers &Practice::handlers()
{
    static constexpr Handlers table {
        {MessageType::ScenarioList, &Practice::list},
        {MessageType::ScenarioGet, &Practice::get},
        {MessageType::ScenarioSave, &Practice::save},
        {MessageType::PracticeStart, &Practice::start},
        {MessageType::PracticeSay, &Practice::say},
        {MessageType::PracticeEnd, &Practice::end},
        {MessageType::PracticeFeedbackSend, &Practice::feedback},
        {MessageType::PracticeHistory, &Practice::history},
    };
    return table;
}

QList<protocol::MessageType> Practice::handledTypes()
{
    return handlers().types();
}

bool Practice::isTrainer(const StaffRecipient &s) const
{
    return s.account() && s.account()->role == protocol::Role::Trainer;
}

// ---- scenarios

void Practice::list(StaffRecipient &s, const Envelope &e)
{
    // Titles only, for everyone on staff; the guidance is the trainers'.
    QJsonArray list;
    for (const Scenario &sc : m.scenarios.all())
        list.append(sc.summaryJson());
    s.push(QStringLiteral("scenarios.snapshot"), {{QStringLiteral("scenarios"), list}}, e.id);
}

void Practice::get(StaffRecipient &s, const Envelope &e)
{
    if (!isTrainer(s)) {
        s.pushError(ErrorCode::Forbidden, QStringLiteral("only trainers read whole scenarios"), e.id);
        return;
    }
    const auto sc = m.scenarios.find(e.text("slug"), e.text("language"));
    if (!sc) {
        s.pushError(ErrorCode::NotFound, QStringLiteral("no such scenario"), e.id);
        return;
    }
    s.push(QStringLiteral("scenario"), {{QStringLiteral("scenario"), sc->toJson()}}, e.id);
}

void Practice::save(StaffRecipient &s, const Envelope &e)
{
    if (!isTrainer(s)) {
        s.pushError(ErrorCode::Forbidden, QStringLiteral("only trainers edit scenarios"), e.id);
        return;
    }
    QString error;
    const auto saved =
        m.scenarios.save(e.text("slug"), e.text("language"), e.text("text"), s.userId(), &error);
    if (!saved) {
        s.pushError(ErrorCode::WrongType, error, e.id, -1, QStringLiteral("body.text"));
        return;
    }
    m.audit.record({s.account()->name, QStringLiteral("scenario.save"), {}, {}, saved->slug});
    s.push(QStringLiteral("scenario"), {{QStringLiteral("scenario"), saved->toJson()}}, e.id);
}

// ---- running a session

void Practice::start(StaffRecipient &s, const Envelope &e)
{
    if (!isTrainer(s)) {
        s.pushError(ErrorCode::Forbidden, QStringLiteral("only trainers start practice sessions"), e.id);
        return;
    }
    const auto scenario = m.scenarios.find(e.text("slug"), e.text("language"));
    if (!scenario) {
        s.pushError(ErrorCode::NotFound, QStringLiteral("no such scenario"), e.id);
        return;
    }
    // Scenarios are checked when saved; a damaged one does not start.
    const auto channel = protocol::fromString<protocol::Channel>(scenario->channel);
    if (!channel) {
        s.pushError(ErrorCode::Internal, QStringLiteral("this scenario names an unknown channel"), e.id);
        return;
    }
    QList<Account> trainees;
    for (const auto &value : e.body.value(QLatin1String("trainees")).toArray()) {
        const auto a = m.accounts.findByName(value.toString());
        if (!a || a->disabled || !a->takesContacts() || a->id == s.userId()) {
            s.pushError(ErrorCode::NotFound, QStringLiteral("no such trainee: %1").arg(value.toString()),
                        e.id);
            return;
        }
        trainees.append(*a);
    }
    QList<Account> observers;
    for (const auto &value : e.body.value(QLatin1String("observers")).toArray()) {
        const auto a = m.accounts.findByName(value.toString());
        if (!a || a->disabled) {
            s.pushError(ErrorCode::NotFound, QStringLiteral("no such observer: %1").arg(value.toString()),
                        e.id);
            return;
        }
        observers.append(*a);
    }
    if (trainees.isEmpty()) {
        s.pushError(ErrorCode::MissingField, QStringLiteral("name at least one trainee"), e.id, -1,
                    QStringLiteral("body.trainees"));
        return;
    }
    const auto session =
        m.store.createSession(s.userId(), scenario->slug, scenario->language, scenario->title);
    if (!session) {
        s.pushError(ErrorCode::Internal, QStringLiteral("could not start the session"), e.id);
        return;
    }
    QJsonArray contacts;
    QList<ContactRecord> created;
    for (const Account &trainee : trainees) {
        const auto contact = m.contacts.createPractice(m.pseudonyms.next(), scenario->language, *channel,
                                                       session->id, trainee.id, s.userId());
        if (!contact)
            continue;
        created.append(*contact);
        m.router.addListener(contact->id, s.userId());
        for (const Account &observer : observers)
            m.router.addListener(contact->id, observer.id);
        contacts.append(consoleContactJson(*contact, trainee.name));
    }
    m.audit.record({s.account()->name, QStringLiteral("practice.start"), {}, {}, scenario->slug});
    s.push(QStringLiteral("practice.session"),
           {{QStringLiteral("sessionId"), session->id},
            {QStringLiteral("scenario"), scenario->toJson()},
            {QStringLiteral("contacts"), contacts}},
           e.id);
    for (const ContactRecord &contact : created) {
        const QJsonObject observing {
            {QStringLiteral("mode"), protocol::toString(protocol::SupervisorMode::Observing)}};
        for (const Account &observer : observers) {
            m.router.sendToUser(observer.id, QStringLiteral("conversation.open"),
                                {{QStringLiteral("contact"), contact.toJson()},
                                 {QStringLiteral("messages"), QJsonArray()},
                                 {QStringLiteral("supervision"), observing}});
        }
        m.router.practiceWaiting(contact);
        if (contact.channel == protocol::Channel::Phone && m_calls)
            m_calls->practiceCallWaiting(contact);
    }
    qCInfo(lcRouting) << "practice session started for" << created.size() << "trainees";
}

QJsonObject Practice::consoleContactJson(const ContactRecord &contact, const QString &trainee)
{
    return {{QStringLiteral("contactId"), contact.id},
            {QStringLiteral("trainee"), trainee},
            {QStringLiteral("pseudonym"), contact.pseudonym}};
}

void Practice::sessionReady(StaffRecipient &s)
{
    if (!isTrainer(s))
        return;
    // Listeners live in memory: after a server restart the trainer follows their contacts again.
    QMap<QString, QJsonArray> contactsBySession;
    for (const ContactRecord &contact : m.contacts.practicePlayedBy(s.userId())) {
        m.router.addListener(contact.id, s.userId());
        const auto trainee = m.accounts.findById(contact.practiceTrainee);
        contactsBySession[contact.practiceSession].append(
            consoleContactJson(contact, trainee ? trainee->name : QString()));
    }
    for (auto it = contactsBySession.cbegin(); it != contactsBySession.cend(); ++it) {
        const auto session = m.store.session(it.key());
        if (!session)
            continue;
        const auto scenario = m.scenarios.find(session->slug, session->language);
        Scenario shown = scenario.value_or(Scenario {});
        if (!scenario) { // edited away meanwhile: the console keeps the title at least
            shown.slug = session->slug;
            shown.language = session->language;
            shown.title = session->title;
        }
        s.push(QStringLiteral("practice.session"),
               {{QStringLiteral("sessionId"), session->id},
                {QStringLiteral("scenario"), shown.toJson()},
                {QStringLiteral("contacts"), it.value()}});
    }
}

std::optional<ContactRecord> Practice::playedContact(StaffRecipient &s, const Envelope &e)
{
    auto contact = m.contacts.find(e.text("contactId"));
    if (!contact || !contact->practice || contact->practiceTrainer != s.userId() || !isTrainer(s)) {
        s.pushError(ErrorCode::NotFound, QStringLiteral("no such practice contact"), e.id);
        return std::nullopt;
    }
    return contact;
}

void Practice::say(StaffRecipient &s, const Envelope &e)
{
    const auto contact = playedContact(s, e);
    if (!contact)
        return;
    if (contact->state == protocol::ContactState::Ended) {
        s.pushError(ErrorCode::InvalidState, QStringLiteral("the practice contact has ended"), e.id);
        return;
    }
    // The trainer writes as the help-seeker of the exercise.
    m.chat.send({*contact, QStringLiteral("seeker"), e.text("text"), e.text("clientMsgId"),
                 s.requestConnection(), e.id, ChatMessageIn::Ack::NamingContact});
}

void Practice::end(StaffRecipient &s, const Envelope &e)
{
    const auto contact = playedContact(s, e);
    if (!contact)
        return;
    if (!m.contacts.end(contact->id, QStringLiteral("trainer"))) {
        s.pushError(ErrorCode::InvalidState, QStringLiteral("the practice contact has already ended"), e.id);
        return;
    }
    m.router.contactEnded(*contact, QStringLiteral("trainer"), s.requestConnection(), e.id);
}

// ---- feedback and history

QJsonObject Practice::feedbackJson(const QString &contactId) const
{
    const auto contact = m.contacts.find(contactId);
    const auto fb = m.store.feedback(contactId);
    if (!contact || !fb)
        return {};
    const auto session = m.store.session(contact->practiceSession);
    const auto trainer = m.accounts.findById(fb->trainerId);
    return {{QStringLiteral("contactId"), contactId},
            {QStringLiteral("slug"), session ? session->slug : QString()},
            {QStringLiteral("language"), session ? session->language : QString()},
            {QStringLiteral("title"), session ? session->title : QString()},
            {QStringLiteral("trainer"), trainer ? trainer->name : QString()},
            {QStringLiteral("goals"), fb->goals},
            {QStringLiteral("text"), fb->text},
            {QStringLiteral("at"), fb->at}};
}

void Practice::feedback(StaffRecipient &s, const Envelope &e)
{
    const auto contact = playedContact(s, e);
    if (!contact)
        return;
    QJsonArray goals;
    for (const auto &value : e.body.value(QLatin1String("goals")).toArray()) {
        const QJsonObject g = value.toObject();
        const int rating = g.value(QLatin1String("rating")).toInt(0);
        const QString goal = g.value(QLatin1String("goal")).toString();
        const QString comment = g.value(QLatin1String("comment")).toString();
        if (goal.isEmpty() || goal.size() > kMaxCommentChars || rating < kMinRating || rating > kMaxRating
            || comment.size() > kMaxCommentChars) {
            s.pushError(ErrorCode::WrongType,
                        QStringLiteral("each goal needs goal text, a rating 1-4 and at most 1000 "
                                       "characters of comment"),
                        e.id, -1, QStringLiteral("body.goals"));
            return;
        }
        goals.append(QJsonObject {{QStringLiteral("goal"), goal},
                                  {QStringLiteral("rating"), rating},
                                  {QStringLiteral("comment"), comment}});
    }
    if (e.text("text").size() > kMaxFeedbackTextChars) {
        s.pushError(ErrorCode::WrongType, QStringLiteral("the feedback text has at most 4000 characters"),
                    e.id, -1, QStringLiteral("body.text"));
        return;
    }
    if (!m.store.saveFeedback(contact->id, s.userId(), contact->practiceTrainee, goals, e.text("text"))) {
        s.pushError(ErrorCode::Internal, QStringLiteral("could not store the feedback"), e.id);
        return;
    }
    const QJsonObject body {{QStringLiteral("feedback"), feedbackJson(contact->id)}};
    m.router.sendToUser(contact->practiceTrainee, QStringLiteral("practice.feedback"), body);
    s.push(QStringLiteral("practice.feedback"), body, e.id);
}

void Practice::history(StaffRecipient &s, const Envelope &e)
{
    const QString user = e.text("user");
    const auto whom = user.isEmpty() ? m.accounts.findById(s.userId()) : m.accounts.findByName(user);
    // Your own history, or anyone's for a trainer.
    if (!whom || (whom->id != s.userId() && !isTrainer(s))) {
        s.pushError(ErrorCode::NotFound, QStringLiteral("no such practice history"), e.id);
        return;
    }
    QJsonArray entries;
    for (const ContactRecord &c : m.contacts.practiceOf(whom->id)) {
        const auto session = m.store.session(c.practiceSession);
        const auto trainer = m.accounts.findById(c.practiceTrainer);
        QJsonObject entry {{QStringLiteral("contactId"), c.id},
                           {QStringLiteral("at"), c.createdAt},
                           {QStringLiteral("slug"), session ? session->slug : QString()},
                           {QStringLiteral("language"), c.language},
                           {QStringLiteral("title"), session ? session->title : QString()},
                           {QStringLiteral("trainer"), trainer ? trainer->name : QString()}};
        const QJsonObject fb = feedbackJson(c.id);
        if (!fb.isEmpty())
            entry.insert(QStringLiteral("feedback"), fb);
        entries.append(entry);
    }
    s.push(QStringLiteral("practice.history.result"),
           {{QStringLiteral("user"), whom->name}, {QStringLiteral("entries"), entries}}, e.id);
}

} // namespace ecoute::server
