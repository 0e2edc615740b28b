// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/conversation/Conversation.h"
#include "models/inbox/InboxModel.h"
#include "models/practice/PracticeText.h"

#include <QAbstractItemModelTester>
#include <QJsonArray>
#include <QJsonObject>
#include <QtTest>

using ecoute::models::Contact;
using ecoute::models::Conversation;
using ecoute::models::InboxModel;
using ecoute::models::PracticeText;

namespace {
const QDateTime kNow = QDateTime(QDate(2026, 1, 10), QTime(12, 0), Qt::UTC);

QJsonObject contactJson(const QString &id, int secondsAgo, bool urgent = false,
                        const QString &state = QStringLiteral("waiting"))
{
    return {{"id", id},
            {"channel", "chat"},
            {"pseudonym", "Colibri " + id},
            {"language", "fr"},
            {"state", state},
            {"createdAt", kNow.addSecs(-secondsAgo).toString(Qt::ISODate)},
            {"urgent", urgent}};
}
} // namespace

class TestInboxModel : public QObject
{
    Q_OBJECT

private slots:
    void init()
    {
        m_model = std::make_unique<InboxModel>();
        m_model->setClock([] { return kNow; });
        m_tester = std::make_unique<QAbstractItemModelTester>(
            m_model.get(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    }
    void cleanup()
    {
        m_tester.reset();
        m_model.reset();
    }

    void snapshotOrdersUrgentThenOldest()
    {
        m_model->resetContacts(
            QJsonArray {contactJson("a", 30), contactJson("b", 300), contactJson("c", 10, true)});
        QCOMPARE(m_model->rowCount(), 3);
        QCOMPARE(m_model->columnCount(), int(InboxModel::ColumnCount));
        QCOMPARE(m_model->index(0, 0).data(InboxModel::IdRole).toString(), QStringLiteral("c"));
        QCOMPARE(m_model->index(1, 0).data(InboxModel::IdRole).toString(), QStringLiteral("b"));
        QCOMPARE(m_model->index(2, 0).data(InboxModel::IdRole).toString(), QStringLiteral("a"));
    }

    void snapshotSkipsContactsNotWaiting()
    {
        m_model->resetContacts(QJsonArray {contactJson("a", 30), contactJson("b", 30, false, "active")});
        QCOMPARE(m_model->rowCount(), 1);
    }

    void rolesExposeTheContact()
    {
        m_model->resetContacts(QJsonArray {contactJson("a", 125, true)});
        const QModelIndex i = m_model->index(0, InboxModel::WaitingColumn);
        QCOMPARE(i.data(InboxModel::ChannelRole).toString(), QStringLiteral("chat"));
        QCOMPARE(i.data(InboxModel::PseudonymRole).toString(), QStringLiteral("Colibri a"));
        QCOMPARE(i.data(InboxModel::LanguageRole).toString(), QStringLiteral("fr"));
        QCOMPARE(i.data(InboxModel::StateRole).toString(), QStringLiteral("waiting"));
        QCOMPARE(i.data(InboxModel::UrgentRole).toBool(), true);
        QCOMPARE(i.data(InboxModel::WaitingSecondsRole).toLongLong(), 125);
        QVERIFY(!i.data(Qt::DisplayRole).toString().isEmpty());
        QVERIFY(m_model->index(0, InboxModel::PseudonymColumn).data().toString().contains("Colibri a"));
    }

    void practiceContactsAreMarked()
    {
        QJsonObject practice = contactJson("p", 30);
        practice.insert("practice", true);
        m_model->resetContacts(QJsonArray {practice, contactJson("a", 60)});
        QCOMPARE(m_model->rowCount(), 2);
        const int p = m_model->rowOf("p");
        const int a = m_model->rowOf("a");
        QCOMPARE(m_model->index(p, 0).data(InboxModel::PracticeRole).toBool(), true);
        QCOMPARE(m_model->index(a, 0).data(InboxModel::PracticeRole).toBool(), false);
        QCOMPARE(m_model->index(p, InboxModel::PseudonymColumn).data().toString(),
                 QStringLiteral("PRACTICE · Colibri p"));
        QCOMPARE(m_model->index(p, InboxModel::PseudonymColumn).data(Qt::AccessibleTextRole).toString(),
                 QStringLiteral("PRACTICE · Colibri p"));
        QCOMPARE(m_model->index(p, 0).data(Qt::ToolTipRole).toString(), PracticeText::banner());
        QCOMPARE(m_model->index(a, InboxModel::PseudonymColumn).data().toString(),
                 QStringLiteral("Colibri a"));
        QVERIFY(m_model->roleNames().value(InboxModel::PracticeRole) == "practice");
    }

    void practiceConversationStaysMarkedAndTitlesTheWindow()
    {
        QJsonObject json = contactJson("p", 30, false, "active");
        json.insert("practice", true);
        Conversation practice(Contact::fromJson(json));
        QVERIFY(practice.isPractice());
        QVERIFY(practice.property("practice").toBool());
        // A later update without the flag does not turn it into a real contact.
        practice.setContact(Contact::fromJson(contactJson("p", 30, true, "active")));
        QVERIFY(practice.isPractice());
        QCOMPARE(PracticeText::windowTitle("Ecoute", &practice),
                 QStringLiteral("PRACTICE · Colibri p — Ecoute"));

        Conversation real(Contact::fromJson(contactJson("a", 30, false, "active")));
        QVERIFY(!real.isPractice());
        QCOMPARE(PracticeText::windowTitle("Ecoute", &real), QStringLiteral("Ecoute"));
        QCOMPARE(PracticeText::windowTitle("Ecoute", nullptr), QStringLiteral("Ecoute"));
    }

    void updateAddsChangesAndReorders()
    {
        m_model->resetContacts(QJsonArray {contactJson("a", 30)});
        m_model->updateContact(Contact::fromJson(contactJson("b", 60)));
        QCOMPARE(m_model->rowCount(), 2);
        QCOMPARE(m_model->index(0, 0).data(InboxModel::IdRole).toString(), QStringLiteral("b"));

        QSignalSpy changed(m_model.get(), &QAbstractItemModel::dataChanged);
        m_model->updateContact(Contact::fromJson(contactJson("a", 30, false, "offered")));
        QCOMPARE(changed.count(), 1);
        QCOMPARE(m_model->index(1, 0).data(InboxModel::StateRole).toString(), QStringLiteral("offered"));

        m_model->updateContact(Contact::fromJson(contactJson("a", 30, true)));
        QCOMPARE(m_model->rowCount(), 2);
        QCOMPARE(m_model->index(0, 0).data(InboxModel::IdRole).toString(), QStringLiteral("a"));
    }

    void updateToActiveRemoves()
    {
        m_model->resetContacts(QJsonArray {contactJson("a", 30)});
        m_model->updateContact(Contact::fromJson(contactJson("a", 30, false, "active")));
        QCOMPARE(m_model->rowCount(), 0);
    }

    void removal()
    {
        m_model->resetContacts(QJsonArray {contactJson("a", 30), contactJson("b", 20)});
        m_model->removeContact("a");
        QCOMPARE(m_model->rowCount(), 1);
        QCOMPARE(m_model->rowOf("b"), 0);
        m_model->removeContact("unknown");
        QCOMPARE(m_model->rowCount(), 1);
    }

    void refreshEmitsDataChangedForWaitingColumn()
    {
        m_model->resetContacts(QJsonArray {contactJson("a", 30)});
        QSignalSpy changed(m_model.get(), &QAbstractItemModel::dataChanged);
        m_model->refreshWaitingTimes();
        QCOMPARE(changed.count(), 1);
        QCOMPARE(changed.first().at(0).toModelIndex().column(), int(InboxModel::WaitingColumn));
    }

private:
    std::unique_ptr<InboxModel> m_model;
    std::unique_ptr<QAbstractItemModelTester> m_tester;
};

QTEST_GUILESS_MAIN(TestInboxModel)
#include "tst_inboxmodel.moc"
