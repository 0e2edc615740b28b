// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ui/inbox/ChannelIcons.h"

#include <QIdentityProxyModel>
#include <QTimer>
#include <QWidget>

class QLabel;
class QPushButton;
class QTableView;

namespace ecoute::models {
class InboxModel;
}

namespace ecoute::ui {

/// Adds the channel icon to the inbox model; the model itself stays widget-free.
class InboxIconProxy : public QIdentityProxyModel
{
    Q_OBJECT

public:
    using QIdentityProxyModel::QIdentityProxyModel;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;

private:
    ChannelIcons m_icons;
};

/// The list of people waiting. Enter, double-click or the Accept button takes
/// the selected contact.
class InboxView : public QWidget
{
    Q_OBJECT

public:
    explicit InboxView(models::InboxModel &model, QWidget *parent = nullptr);

    QString selectedContactId() const;

signals:
    void acceptRequested(const QString &contactId);

private:
    void acceptSelected();
    void updateState();

    models::InboxModel &m_model;
    InboxIconProxy m_proxy;
    QTableView *m_table;
    QPushButton *m_accept;
    QLabel *m_empty;
    QTimer m_refresh;
};

} // namespace ecoute::ui
