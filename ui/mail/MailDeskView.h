// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

#include <functional>

class QLabel;
class QLineEdit;
class QListView;
class QPlainTextEdit;
class QPushButton;

namespace ecoute::models {
class Workstation;
} // namespace ecoute::models

namespace ecoute::ui {

/// A supervisor's e-mail desk: the answers waiting for review (who wrote, to which thread, the
/// text, editable before approving) with Approve and Return with a comment; the threads near or past their
/// deadline with Give to another volunteer… Asks for the desk when shown; the server pushes it again when it
/// changes.
class MailDeskView : public QWidget
{
    Q_OBJECT

public:
    explicit MailDeskView(models::Workstation &workstation, QWidget *parent = nullptr);

    QListView *reviewList() const { return m_reviews; }
    QListView *overdueList() const { return m_overdue; }
    QPlainTextEdit *reviewText() const { return m_text; }
    QLineEdit *commentField() const { return m_comment; }

    /// Opens the reassign dialog; replaceable so tests need not drive a modal dialog.
    using ReassignPrompt = std::function<void(const QString &contactId, const QString &thread)>;
    void setReassignPrompt(ReassignPrompt prompt) { m_prompt = std::move(prompt); }

public slots:
    void approve();
    void returnToAuthor();
    void reassign();

protected:
    void showEvent(QShowEvent *event) override;

private:
    void showSelectedReview();
    void updateState();
    QString selectedReplyId() const;

    models::Workstation &m_workstation;
    QListView *m_reviews;
    QPlainTextEdit *m_text;
    QLineEdit *m_comment;
    QPushButton *m_approve;
    QPushButton *m_return;
    QListView *m_overdue;
    QPushButton *m_reassign;
    QLabel *m_empty;
    ReassignPrompt m_prompt;
};

} // namespace ecoute::ui
