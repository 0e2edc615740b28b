// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QIdentityProxyModel>
#include <QWidget>

class QLabel;
class QListView;
class QPushButton;

namespace ecoute::models {
class Workstation;
}

namespace ecoute::ui {

/// Urgent requests in bold red; formatting only.
class SupervisionQueuePresentation : public QIdentityProxyModel
{
    Q_OBJECT

public:
    using QIdentityProxyModel::QIdentityProxyModel;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
};

/// A supervisor's queue: the centre's requests, urgent first, then by waiting
/// time, live. Accept (Ctrl+Shift+R), join the conversation it is about
/// (Ctrl+Shift+J), open a debrief, close when done. Enter does what comes next.
class SupervisionQueueView : public QWidget
{
    Q_OBJECT

public:
    explicit SupervisionQueueView(models::Workstation &workstation, QWidget *parent = nullptr);

    QString selectedRequestId() const;
    void selectRequest(const QString &requestId);

signals:
    void debriefOpenRequested(const QString &requestId);

private:
    void acceptSelected();
    void joinSelected();
    void activateSelected();
    void updateState();

    models::Workstation &m_workstation;
    SupervisionQueuePresentation m_presentation;
    QListView *m_list;
    QLabel *m_empty;
    QPushButton *m_accept;
    QPushButton *m_join;
    QPushButton *m_debrief;
    QPushButton *m_close;
};

} // namespace ecoute::ui
