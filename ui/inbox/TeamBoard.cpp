// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/inbox/TeamBoard.h"

#include "models/workstation/Workstation.h"
#include "ui/accessibility/AccessibleNames.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

namespace ecoute::ui {

TeamBoard::TeamBoard(models::Workstation &workstation, QWidget *parent)
    : QWidget(parent), m_workstation(workstation), m_table(new QTableView(this)), m_updated(new QLabel(this)),
      m_refresh(new QPushButton(tr("Refresh"), this))
{
    setObjectName(QStringLiteral("teamBoard"));
    setAccessibleName(tr("Team on shift"));
    m_table->setObjectName(QStringLiteral("teamBoardTable"));
    m_table->setAccessibleName(tr("Team on shift: name, role, status, conversations"));
    m_table->setModel(&workstation.teamBoard());
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setTabKeyNavigation(false);
    m_updated->setObjectName(QStringLiteral("teamBoardUpdated"));
    m_updated->setAccessibleDescription(tr("Team board"));
    const QKeySequence refreshKeys(Qt::Key_F5);
    m_refresh->setObjectName(QStringLiteral("teamBoardRefresh"));
    m_refresh->setShortcut(refreshKeys);
    m_refresh->setToolTip(
        tr("Refresh the team board (%1)").arg(refreshKeys.toString(QKeySequence::NativeText)));
    AccessibleNames::nameAfterText(m_refresh, tr("Refresh the team board"));

    auto *row = new QHBoxLayout;
    row->addWidget(m_updated, 1);
    row->addWidget(m_refresh);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_table, 1);
    layout->addLayout(row);

    m_timer.setInterval(refreshIntervalMs);
    connect(&m_timer, &QTimer::timeout, this, &TeamBoard::refresh);
    connect(m_refresh, &QPushButton::clicked, this, &TeamBoard::refresh);
    connect(&workstation.teamBoard(), &models::TeamBoardModel::loaded, this, &TeamBoard::updateLabel);
    updateLabel();
}

void TeamBoard::refresh()
{
    if (m_workstation.session().isLoggedIn())
        m_workstation.requestTeam();
}

void TeamBoard::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    refresh();
    m_timer.start();
}

void TeamBoard::hideEvent(QHideEvent *event)
{
    QWidget::hideEvent(event);
    m_timer.stop();
}

void TeamBoard::updateLabel()
{
    const QDateTime at = m_workstation.teamBoard().updatedAt();
    m_updated->setText(
        at.isValid()
            ? tr("Updated at %1").arg(QLocale().toString(at.toLocalTime().time(), QLocale::ShortFormat))
            : tr("Not loaded yet."));
}

} // namespace ecoute::ui
