// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/mail/MailThreadView.h"

#include "models/conversation/TranscriptModel.h"
#include "models/mail/MailText.h"
#include "protocol/Vocabulary.h"

#include <QLocale>
#include <QScrollBar>
#include <QTextBlockFormat>
#include <QTextCharFormat>
#include <QTextCursor>

namespace ecoute::ui {

MailThreadView::MailThreadView(QWidget *parent) : QTextBrowser(parent)
{
    setObjectName(QStringLiteral("mailThreadView"));
    // Letters are someone else's words: never follow or fetch anything they name.
    setOpenLinks(false);
    setOpenExternalLinks(false);
    setReadOnly(true);
    setUndoRedoEnabled(false);
    setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    setTabChangesFocus(true);
    setFocusPolicy(Qt::StrongFocus);
    setAccessibleName(tr("Letters"));
}

QVariant MailThreadView::loadResource(int type, const QUrl &name)
{
    Q_UNUSED(type)
    Q_UNUSED(name)
    ++m_resourceRequests; // counted for the tests; nothing is ever fetched, local or remote
    return {};
}

void MailThreadView::setTranscript(models::TranscriptModel *transcript)
{
    if (m_transcript)
        disconnect(m_transcript, nullptr, this, nullptr);
    m_transcript = transcript;
    if (transcript) {
        for (auto signal : {&QAbstractItemModel::rowsInserted, &QAbstractItemModel::rowsRemoved})
            connect(transcript, signal, this, &MailThreadView::rebuild);
        connect(transcript, &QAbstractItemModel::modelReset, this, &MailThreadView::rebuild);
        connect(transcript, &QAbstractItemModel::dataChanged, this, &MailThreadView::rebuild);
    }
    rebuild();
}

void MailThreadView::setNames(const QString &pseudonym, bool answering)
{
    m_pseudonym = pseudonym;
    m_answering = answering;
    setAccessibleName(tr("Letters with %1").arg(pseudonym));
    rebuild();
}

void MailThreadView::rebuild()
{
    const int scroll = verticalScrollBar()->value();
    const bool atEnd = scroll >= verticalScrollBar()->maximum() - 4;
    QTextDocument *doc = document();
    doc->clear();
    QTextCursor cursor(doc);
    QTextCharFormat plain;
    QTextCharFormat heading;
    heading.setFontWeight(QFont::Bold);
    QTextCharFormat quiet;
    quiet.setFontItalic(true);
    QTextBlockFormat letterStart;
    letterStart.setTopMargin(12);
    QTextBlockFormat paragraph;
    paragraph.setTopMargin(2);

    bool first = true;
    const int rows = m_transcript ? m_transcript->rowCount() : 0;
    for (int row = 0; row < rows; ++row) {
        const models::ChatMessage m = m_transcript->messageAt(row);
        const auto from = protocol::fromString<protocol::Sender>(m.from);
        if (!first)
            cursor.insertBlock(letterStart, plain);
        else
            cursor.setBlockFormat(letterStart);
        first = false;
        const QString when = QLocale().toString(m.at.toLocalTime(), QLocale::LongFormat);
        if (from == protocol::Sender::System || !m.event.isEmpty()) {
            QString said = models::MailText::event(m.event);
            if (said.isEmpty())
                said = m.text;
            // insertText keeps the words as text: nothing in a letter is ever read as markup.
            cursor.insertText(tr("%1 — %2").arg(said, when), quiet);
            continue;
        }
        QString who;
        if (from == protocol::Sender::Seeker)
            who = m_pseudonym;
        else if (m.pending)
            who = tr("You (not yet confirmed)");
        else
            who = m_answering ? tr("You") : tr("The volunteer");
        cursor.insertText(tr("From %1, %2").arg(who, when), heading);
        const QStringList paragraphs = m.text.split(QLatin1Char('\n'));
        for (const QString &line : paragraphs) {
            cursor.insertBlock(paragraph, plain);
            cursor.insertText(line, plain);
        }
        for (const models::MailAttachment &attachment : m.attachments) {
            cursor.insertBlock(paragraph, quiet);
            cursor.insertText(models::MailText::attachment(attachment), quiet);
        }
    }
    if (rows == 0)
        cursor.insertText(tr("No letters yet."), quiet);
    verticalScrollBar()->setValue(atEnd ? verticalScrollBar()->maximum() : scroll);
}

} // namespace ecoute::ui
