// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/inbox/InboxView.h"

#include "models/inbox/InboxModel.h"
#include "ui/practice/PracticeStyle.h"

#include <QBrush>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QKeySequence>
#include <QLabel>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

namespace ecoute::ui {

using models::InboxModel;

QVariant InboxIconProxy::data(const QModelIndex &index, int role) const
{
    if (role == Qt::DecorationRole && index.column() == InboxModel::ChannelColumn)
        return m_icons.icon(index.data(InboxModel::ChannelRole).toString());
    if (role != Qt::FontRole && role != Qt::BackgroundRole && role != Qt::ForegroundRole)
        return QIdentityProxyModel::data(index, role);
    const QModelIndex source = mapToSource(index);
    const bool offered = source.data(InboxModel::OfferedToMeRole).toBool();
    const bool urgent = source.data(InboxModel::UrgentRole).toBool();
    const bool practice = source.data(InboxModel::PracticeRole).toBool();
    if (role == Qt::FontRole && (urgent || offered || practice)) {
        QFont bold;
        bold.setBold(true);
        return bold;
    }
    // Practice: blue, never taken for a real person (the text says so too).
    if (role == Qt::BackgroundRole && practice)
        return QBrush(PracticeStyle::rowBackground());
    if (role == Qt::ForegroundRole && practice)
        return QBrush(PracticeStyle::text());
    // Offered to this volunteer: the row rings; urgent: red text.
    if (role == Qt::BackgroundRole && offered)
        return QBrush(QColor(0xff, 0xf3, 0xc4));
    if (role == Qt::ForegroundRole && offered)
        return QBrush(Qt::black);
    if (role == Qt::ForegroundRole && urgent)
        return QBrush(QColor(0xb7, 0x1c, 0x1c));
    return QIdentityProxyModel::data(index, role);
}

InboxView::InboxView(InboxModel &model, QWidget *parent)
    : QWidget(parent), m_model(model), m_table(new QTableView(this)),
      m_accept(new QPushButton(tr("&Accept"), this)), m_empty(new QLabel(tr("Nobody is waiting."), this))
{
    m_proxy.setSourceModel(&m_model);

    auto *title = new QLabel(tr("Waiting"), this);
    QFont titleFont = title->font();
    titleFont.setBold(true);
    title->setFont(titleFont);

    m_table->setObjectName(QStringLiteral("inboxTable"));
    m_table->setAccessibleName(tr("People waiting"));
    m_table->setModel(&m_proxy);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->hide();
    QHeaderView *header = m_table->horizontalHeader();
    header->setStretchLastSection(false);
    header->setSectionResizeMode(QHeaderView::ResizeToContents);
    header->setSectionResizeMode(InboxModel::PseudonymColumn, QHeaderView::Stretch);
    m_table->setTabKeyNavigation(false);
    title->setBuddy(m_table);

    m_accept->setObjectName(QStringLiteral("acceptButton"));
    m_accept->setAccessibleName(tr("Accept the selected contact"));
    // The mnemonic comes from the (translated) button text, so the tooltip names the right letter;
    // it is empty where the platform has no mnemonics (macOS).
    const QString enter = QKeySequence(Qt::Key_Enter).toString(QKeySequence::NativeText);
    const QKeySequence mnemonic = QKeySequence::mnemonic(m_accept->text());
    m_accept->setToolTip(mnemonic.isEmpty() ? tr("Accept the selected contact (%1 in the list)").arg(enter)
                                            : tr("Accept the selected contact (%1 in the list, or %2)")
                                                  .arg(enter, mnemonic.toString(QKeySequence::NativeText)));
    m_empty->setObjectName(QStringLiteral("inboxEmpty"));
    m_empty->setAlignment(Qt::AlignCenter);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(title);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_empty);
    layout->addWidget(m_accept);

    // activated covers Enter and double-click (per platform conventions).
    connect(m_table, &QTableView::activated, this, [this] { acceptSelected(); });
    connect(m_accept, &QPushButton::clicked, this, &InboxView::acceptSelected);
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this, &InboxView::updateState);
    connect(&m_proxy, &QAbstractItemModel::rowsInserted, this, &InboxView::updateState);
    connect(&m_proxy, &QAbstractItemModel::rowsRemoved, this, &InboxView::updateState);
    connect(&m_proxy, &QAbstractItemModel::modelReset, this, &InboxView::updateState);

    // An offer to this volunteer comes first: select it, so Enter takes it.
    connect(&m_model, &InboxModel::offersChanged, this, [this] {
        const QStringList offered = m_model.offeredContactIds();
        if (!offered.isEmpty())
            m_table->selectRow(m_model.rowOf(offered.first()));
    });

    // Waiting times count up, offers count down.
    m_refresh.setInterval(1000);
    connect(&m_refresh, &QTimer::timeout, &m_model, &InboxModel::refreshWaitingTimes);
    m_refresh.start();
    updateState();
}

QString InboxView::selectedContactId() const
{
    const QModelIndexList rows = m_table->selectionModel()->selectedRows();
    if (rows.isEmpty())
        return {};
    return rows.first().data(InboxModel::IdRole).toString();
}

void InboxView::acceptSelected()
{
    const QString id = selectedContactId();
    if (!id.isEmpty())
        emit acceptRequested(id);
}

void InboxView::updateState()
{
    const bool empty = m_proxy.rowCount() == 0;
    m_empty->setVisible(empty);
    // Select the first contact so Enter accepts the longest-waiting one.
    if (!empty && !m_table->selectionModel()->hasSelection())
        m_table->selectRow(0);
    m_accept->setEnabled(!selectedContactId().isEmpty());
}

} // namespace ecoute::ui
