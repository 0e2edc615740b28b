// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QListView>

class QAction;

namespace ecoute::ui {

class ClipboardGuard;
class TranscriptDelegate;

/// The transcript as a list of messages drawn by TranscriptDelegate: selectable (Shift and
/// Ctrl extend), copied with Ctrl+C as "name, time: text" lines through a ClipboardGuard
/// (the clipboard is cleared after a while), arrow keys and Home/End move between
/// messages, scrolled by pixels, and kept at the newest message while the reader is there.
class TranscriptView : public QListView
{
    Q_OBJECT

public:
    explicit TranscriptView(QWidget *parent = nullptr);

    TranscriptDelegate *transcriptDelegate() const { return m_delegate; }
    /// Where copies go (tests inject a short timeout); default: ClipboardGuard::shared().
    void setClipboardGuard(ClipboardGuard *guard);
    /// The selected messages (the current one if none is selected), one line each.
    QString selectedText() const;
    /// Copies selectedText(); false when there is nothing to copy.
    bool copySelection();
    /// The view shows the newest message (new messages keep it there).
    bool isAtBottom() const { return m_atBottom; }

protected:
    void focusInEvent(QFocusEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    void dataChanged(const QModelIndex &topLeft, const QModelIndex &bottomRight,
                     const QList<int> &roles = QList<int>()) override;

private:
    TranscriptDelegate *m_delegate;
    ClipboardGuard *m_guard;
    QAction *m_copy;
    bool m_atBottom = true;
};

} // namespace ecoute::ui
