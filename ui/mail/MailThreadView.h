// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QPointer>
#include <QTextBrowser>

namespace ecoute::models {
class TranscriptModel;
} // namespace ecoute::models

namespace ecoute::ui {

/// An e-mail thread as a letter exchange: each letter a block saying who wrote it and when, its
/// paragraphs, and placeholders for the files that came with it (kept sealed by the server); lines
/// the server wrote in (undeliverable…) in their own words. Read-only and selectable; a screen
/// reader reads it as one document. Plain text only: letters are inserted as text, never as HTML,
/// and no resource (image, stylesheet, link) is ever loaded.
class MailThreadView : public QTextBrowser
{
    Q_OBJECT

public:
    explicit MailThreadView(QWidget *parent = nullptr);

    /// The thread's letters (not owned); the view follows its changes.
    void setTranscript(models::TranscriptModel *transcript);
    /// The writer's pseudonym; answering: this workstation's letters say "You", else "The volunteer".
    void setNames(const QString &pseudonym, bool answering);
    /// How many times a resource was asked for (always 0: nothing is loaded).
    int resourceRequests() const { return m_resourceRequests; }

protected:
    QVariant loadResource(int type, const QUrl &name) override;

private:
    void rebuild();

    QPointer<models::TranscriptModel> m_transcript;
    QString m_pseudonym;
    bool m_answering = true;
    int m_resourceRequests = 0;
};

} // namespace ecoute::ui
