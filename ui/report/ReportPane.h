// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/report/ReportDraft.h"
#include "ui/accessibility/Panel.h"

#include <QList>

class QAbstractButton;
class QButtonGroup;
class QComboBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;

namespace ecoute::models {
class PendingReports;
class ReportForm;
} // namespace ecoute::models

namespace ecoute::ui {

/// The end-of-contact report, filled in during the wrap-up. Keyboard first: type to filter the
/// topics (Return ticks the one shown first, Down goes to the list, where Space ticks), 0–4 set
/// the risk level (none … imminent), Ctrl+Return sends. Everything else starts at its default (age
/// and gender not said, outcome "listened", first or repeat contact as the server knows it), so a
/// simple contact takes a few keystrokes. Closed choices only: a hint says that what the volunteer
/// wants to remember goes in the encrypted notes. Each change is kept as a draft (in the notes
/// vault). Marking the risk imminent asks for the imminent-risk panel (imminentMarked).
class ReportPane : public Panel
{
    Q_OBJECT

public:
    ReportPane(models::PendingReports &reports, models::ReportForm &form, QWidget *parent = nullptr);

    /// Shows the report of contactId (its draft, or the defaults).
    void setContact(const QString &contactId);
    QString contactId() const { return m_contactId; }
    models::ReportDraft draft() const { return m_draft; }
    /// A service from the directory was given to the person: a referral, outcome "referred".
    void addReferral(const QString &serviceId, const QString &name = {});
    /// An outcome taken elsewhere (a step of the imminent-risk panel) is ticked.
    void addOutcome(protocol::ReportOutcome outcome);
    /// Sends the report (Ctrl+Return); false if it is incomplete or the connection is down.
    bool submit();

    QLineEdit *topicFilter() const { return m_filter; }
    QListWidget *topicList() const { return m_topics; }
    /// "2 contacts left to report"
    QString leftText() const;
    QString statusText() const;

signals:
    void imminentMarked(const QString &contactId);
    void submitted(const QString &contactId);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void rebuildTopics();
    void filterTopics(const QString &text);
    void toggleCurrentTopic();
    void showDraft();
    void changed();
    void setRisk(int level);
    void updatePending();
    void onSaved(const QString &contactId);
    void setStatus(const QString &text);

    models::PendingReports &m_reports;
    models::ReportForm &m_form;
    QString m_contactId;
    models::ReportDraft m_draft;
    bool m_loading = false;
    bool m_done = false;
    bool m_fromDefaults = false; ///< nothing stored yet: a draft read later (vault unlocked) replaces it

    QLabel *m_title;
    QLabel *m_duration;
    QLineEdit *m_filter;
    QListWidget *m_topics;
    QButtonGroup *m_risk;
    QList<QAbstractButton *> m_asked;
    QWidget *m_askedBox;
    QComboBox *m_age;
    QComboBox *m_gender;
    QComboBox *m_history;
    QList<QAbstractButton *> m_outcomes;
    QLabel *m_referrals;
    QStringList m_referralNames;
    QLabel *m_status;
    QPushButton *m_send;
    QLabel *m_left;
    QComboBox *m_next;
};

} // namespace ecoute::ui
