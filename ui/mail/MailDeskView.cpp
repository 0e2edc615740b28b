// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/mail/MailDeskView.h"

#include "models/workstation/Workstation.h"
#include "ui/accessibility/AccessibleNames.h"
#include "ui/mail/MailReassignDialog.h"

#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace ecoute::ui {

using models::MailOverdueModel;
using models::MailReviewModel;

MailDeskView::MailDeskView(models::Workstation &workstation, QWidget *parent)
    : QWidget(parent), m_workstation(workstation), m_reviews(new QListView(this)),
      m_text(new QPlainTextEdit(this)), m_comment(new QLineEdit(this)), m_overdue(new QListView(this)),
      m_empty(new QLabel(this))
{
    setObjectName(QStringLiteral("mailDeskView"));
    models::MailDesk &desk = workstation.mailDesk();

    auto *reviewsLabel = new QLabel(tr("Answers waiting for review:"), this);
    reviewsLabel->setBuddy(m_reviews);
    m_reviews->setObjectName(QStringLiteral("mailReviewList"));
    m_reviews->setAccessibleName(tr("Answers waiting for review"));
    m_reviews->setModel(desk.reviews());
    m_reviews->setSelectionMode(QAbstractItemView::SingleSelection);
    m_reviews->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_reviews->setWordWrap(true);

    auto *textLabel = new QLabel(tr("Answer (&you may edit it before approving):"), this);
    textLabel->setBuddy(m_text);
    m_text->setObjectName(QStringLiteral("mailReviewText"));
    m_text->setAccessibleName(tr("The answer under review"));
    m_text->setTabChangesFocus(true);
    auto *commentLabel = new QLabel(tr("Co&mment for the volunteer (to return it):"), this);
    commentLabel->setBuddy(m_comment);
    m_comment->setObjectName(QStringLiteral("mailReviewComment"));
    m_comment->setAccessibleName(tr("Comment for the volunteer"));
    m_comment->setMaxLength(1000);

    // Alt letters only: Ctrl+Shift+A/R already accept offers and more in the main window.
    m_approve = AccessibleNames::makeButton(tr("Approve and sen&d"), QStringLiteral("mailApproveButton"),
                                            tr("Approve this answer as shown; it is sent"), this);
    m_return = AccessibleNames::makeButton(tr("Return with &comment"), QStringLiteral("mailReturnButton"),
                                           tr("Give the answer back to its author with your comment"), this);

    auto *overdueLabel = new QLabel(tr("Threads near or past t&heir deadline:"), this);
    overdueLabel->setBuddy(m_overdue);
    m_overdue->setObjectName(QStringLiteral("mailOverdueList"));
    m_overdue->setAccessibleName(tr("Threads near or past their deadline"));
    m_overdue->setModel(desk.overdue());
    m_overdue->setSelectionMode(QAbstractItemView::SingleSelection);
    m_overdue->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_reassign =
        AccessibleNames::makeButton(tr("Give to another vol&unteer…"), QStringLiteral("mailReassignButton"),
                                    tr("Give the selected thread to another volunteer with a note"), this);
    m_empty->setObjectName(QStringLiteral("mailDeskEmpty"));
    m_empty->setWordWrap(true);

    auto *decide = new QHBoxLayout;
    decide->addWidget(m_approve);
    decide->addWidget(m_return);
    decide->addStretch(1);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_empty);
    layout->addWidget(reviewsLabel);
    layout->addWidget(m_reviews, 2);
    layout->addWidget(textLabel);
    layout->addWidget(m_text, 2);
    layout->addWidget(commentLabel);
    layout->addWidget(m_comment);
    layout->addLayout(decide);
    layout->addWidget(overdueLabel);
    layout->addWidget(m_overdue, 1);
    layout->addWidget(m_reassign, 0, Qt::AlignLeft);

    m_prompt = [this](const QString &contactId, const QString &thread) {
        MailReassignDialog dialog(m_workstation, contactId, thread, this);
        dialog.exec();
    };
    connect(m_approve, &QPushButton::clicked, this, &MailDeskView::approve);
    connect(m_return, &QPushButton::clicked, this, &MailDeskView::returnToAuthor);
    connect(m_reassign, &QPushButton::clicked, this, &MailDeskView::reassign);
    connect(m_reviews->selectionModel(), &QItemSelectionModel::currentChanged, this,
            &MailDeskView::showSelectedReview);
    connect(m_overdue->selectionModel(), &QItemSelectionModel::currentChanged, this,
            &MailDeskView::updateState);
    connect(m_comment, &QLineEdit::textChanged, this, &MailDeskView::updateState);
    connect(&desk, &models::MailDesk::changed, this, [this] {
        // A new desk resets the lists: the first answer is ready to read.
        if (m_reviews->model()->rowCount() > 0)
            m_reviews->setCurrentIndex(m_reviews->model()->index(0, 0));
        showSelectedReview();
    });
    showSelectedReview();
}

void MailDeskView::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (m_workstation.session().isLoggedIn())
        m_workstation.mailDesk().request();
}

QString MailDeskView::selectedReplyId() const
{
    const QModelIndex index = m_reviews->currentIndex();
    return index.isValid() ? index.data(MailReviewModel::ReplyIdRole).toString() : QString();
}

void MailDeskView::showSelectedReview()
{
    const QModelIndex index = m_reviews->currentIndex();
    m_text->setPlainText(index.isValid() ? index.data(MailReviewModel::TextRole).toString() : QString());
    m_comment->clear();
    updateState();
}

void MailDeskView::updateState()
{
    const bool selected = !selectedReplyId().isEmpty();
    m_text->setReadOnly(!selected);
    m_approve->setEnabled(selected);
    m_return->setEnabled(selected && !m_comment->text().trimmed().isEmpty());
    m_reassign->setEnabled(m_overdue->currentIndex().isValid());
    const models::MailDesk &desk = m_workstation.mailDesk();
    const bool nothing =
        desk.isLoaded() && m_reviews->model()->rowCount() == 0 && m_overdue->model()->rowCount() == 0;
    m_empty->setText(nothing ? tr("No answer waits for review and no thread is late.") : QString());
    m_empty->setVisible(nothing);
}

void MailDeskView::approve()
{
    const QString replyId = selectedReplyId();
    if (replyId.isEmpty())
        return;
    const QString original = m_reviews->currentIndex().data(MailReviewModel::TextRole).toString();
    const QString text = m_text->toPlainText();
    m_workstation.mailDesk().approve(replyId, text == original ? QString() : text);
}

void MailDeskView::returnToAuthor()
{
    const QString replyId = selectedReplyId();
    const QString comment = m_comment->text().trimmed();
    if (replyId.isEmpty() || comment.isEmpty()) {
        m_comment->setFocus();
        return;
    }
    m_workstation.mailDesk().returnReply(replyId, comment);
}

void MailDeskView::reassign()
{
    const QModelIndex index = m_overdue->currentIndex();
    if (!index.isValid() || !m_prompt)
        return;
    m_prompt(index.data(MailOverdueModel::ContactIdRole).toString(),
             index.data(MailOverdueModel::PseudonymRole).toString());
}

} // namespace ecoute::ui
