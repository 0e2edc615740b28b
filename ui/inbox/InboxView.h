// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ui/inbox/ChannelIcons.h"

#include <QIdentityProxyModel>
#include <QTimer>
#include <QWidget>

class QLabel;
class QListView;
class QPushButton;

namespace ecoute::models {
class InboxModel;
class Session;
} // namespace ecoute::models

namespace ecoute::ui {

/// What the inbox list needs beyond the widget-free model: the channel icon, the row's tint
/// (offered, practice) and the row as a screen reader reads it (a full sentence).
class InboxIconProxy : public QIdentityProxyModel
{
    Q_OBJECT

public:
    using QIdentityProxyModel::QIdentityProxyModel;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;

private:
    ChannelIcons m_icons;
};

/// The people waiting, as a list of two-line rows (InboxDelegate): channel icon, pseudonym,
/// badges (offered, urgent, practice), then channel · language · waiting time. Enter,
/// double-click or the Accept button takes the selected contact. When nobody waits, the list
/// itself says so (and what to do when off shift).
class InboxView : public QWidget
{
    Q_OBJECT

public:
    /// Waiting times are shown in minutes: refreshing more often would only make the list flicker.
    static constexpr int refreshIntervalMs = 15000;

    explicit InboxView(models::InboxModel &model, QWidget *parent = nullptr);

    QString selectedContactId() const;
    QListView *list() const { return m_list; }
    /// The "Waiting" heading above the list; a dock that has its own title may hide it.
    void setTitleVisible(bool visible);

    /// What the empty list says ("Nobody is waiting.").
    QString emptyText() const { return m_emptyText; }
    void setEmptyText(const QString &text);
    /// Keeps the empty text in step with the volunteer's shift: off shift, it says how to start.
    void followPresence(models::Session &session);

signals:
    void acceptRequested(const QString &contactId);

private:
    void acceptSelected();
    void selectRow(int row);
    void updateState();

    models::InboxModel &m_model;
    InboxIconProxy m_proxy;
    QLabel *m_title;
    QListView *m_list;
    QPushButton *m_accept;
    QString m_emptyText;
    QTimer m_refresh;
};

} // namespace ecoute::ui
