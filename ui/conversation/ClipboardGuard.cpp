// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/conversation/ClipboardGuard.h"

#include <QClipboard>
#include <QCoreApplication>
#include <QGuiApplication>
#include <QPointer>

namespace ecoute::ui {

ClipboardGuard::ClipboardGuard(std::chrono::milliseconds timeout, QObject *parent) : QObject(parent)
{
    m_timer.setSingleShot(true);
    m_timer.setInterval(timeout);
    connect(&m_timer, &QTimer::timeout, this, &ClipboardGuard::clearIfOurs);
    if (auto *app = QCoreApplication::instance())
        connect(app, &QCoreApplication::aboutToQuit, this, &ClipboardGuard::clearIfOurs);
}

ClipboardGuard *ClipboardGuard::shared()
{
    static QPointer<ClipboardGuard> guard;
    if (!guard)
        guard = new ClipboardGuard(std::chrono::seconds(60), QCoreApplication::instance());
    return guard;
}

void ClipboardGuard::setTimeout(std::chrono::milliseconds timeout)
{
    m_timer.setInterval(timeout);
}

void ClipboardGuard::copy(const QString &text)
{
    if (text.isEmpty())
        return;
    m_copied = text;
    QGuiApplication::clipboard()->setText(text);
    m_timer.start();
}

void ClipboardGuard::clearIfOurs()
{
    m_timer.stop();
    if (m_copied.isEmpty())
        return;
    QClipboard *clipboard = QGuiApplication::clipboard();
    const bool ours = clipboard->text() == m_copied;
    m_copied.clear();
    if (!ours)
        return;
    clipboard->clear();
    emit cleared();
}

} // namespace ecoute::ui
