// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/inbox/InboxView.h"

#include "models/connection/Session.h"
#include "models/inbox/InboxModel.h"
#include "ui/accessibility/AccessibleNames.h"
#include "ui/inbox/InboxDelegate.h"
#include "ui/inbox/InboxRowText.h"
#include "ui/inbox/ShiftBar.h"
#include "ui/practice/PracticeStyle.h"
#include "ui/style/Theme.h"

#include <QBrush>
#include <QItemSelectionModel>
#include <QKeySequence>
#include <QLabel>
#include <QListView>
#include <QPainter>
#include <QPushButton>
#include <QResizeEvent>
#include <QVBoxLayout>

namespace ecoute::ui {

using models::InboxModel;

namespace {

/// The list: says in its viewport when it is empty, and lays its rows out again when one
/// changes (a badge can make a row taller in a narrow inbox).
class InboxList : public QListView
{
public:
    using QListView::QListView;

    QString emptyText;

protected:
    void paintEvent(QPaintEvent *event) override
    {
        QListView::paintEvent(event);
        if (!model() || model()->rowCount(rootIndex()) > 0 || emptyText.isEmpty())
            return;
        QPainter painter(viewport());
        const int margin = fontMetrics().height();
        painter.setPen(palette().color(QPalette::Text));
        painter.drawText(viewport()->rect().adjusted(margin, margin, -margin, -margin),
                         Qt::AlignHCenter | Qt::AlignTop | Qt::TextWordWrap, emptyText);
    }

    // QListView lays its rows out again when its height changes, not its width: the rows'
    // heights depend on it here (pieces flow onto more lines in a narrower inbox).
    void resizeEvent(QResizeEvent *event) override
    {
        QListView::resizeEvent(event);
        if (event->size().width() != event->oldSize().width())
            scheduleDelayedItemsLayout();
    }

    void dataChanged(const QModelIndex &topLeft, const QModelIndex &bottomRight,
                     const QList<int> &roles) override
    {
        QListView::dataChanged(topLeft, bottomRight, roles);
        scheduleDelayedItemsLayout();
        viewport()->update();
    }
};

} // namespace

QVariant InboxIconProxy::data(const QModelIndex &index, int role) const
{
    if (!index.isValid())
        return QIdentityProxyModel::data(index, role);
    switch (role) {
    case Qt::DecorationRole:
        return m_icons.icon(index.data(InboxModel::ChannelRole).toString());
    case Qt::AccessibleTextRole:
        return InboxRowText::sentence(index);
    case Qt::BackgroundRole:
    case Qt::ForegroundRole:
        break;
    default:
        return QIdentityProxyModel::data(index, role);
    }
    const bool foreground = role == Qt::ForegroundRole;
    // Practice: blue, never taken for a real person (its badge says so too).
    if (index.data(InboxModel::PracticeRole).toBool())
        return QBrush(foreground ? PracticeStyle::text() : PracticeStyle::rowBackground());
    // Offered to this volunteer: the row rings.
    if (index.data(InboxModel::OfferedToMeRole).toBool())
        return QBrush(foreground ? Theme::text(Theme::Role::Offer) : Theme::background(Theme::Role::Offer));
    return {};
}

InboxView::InboxView(InboxModel &model, QWidget *parent)
    : QWidget(parent), m_model(model), m_title(new QLabel(tr("Waiting"), this)), m_list(new InboxList(this)),
      m_accept(new QPushButton(tr("&Accept"), this)), m_emptyText(tr("Nobody is waiting."))
{
    m_proxy.setSourceModel(&m_model);

    m_title->setObjectName(QStringLiteral("inboxTitle"));
    QFont titleFont = m_title->font();
    titleFont.setBold(true);
    m_title->setFont(titleFont);

    m_list->setObjectName(QStringLiteral("inboxList"));
    m_list->setAccessibleName(tr("People waiting"));
    m_list->setModel(&m_proxy);
    m_list->setModelColumn(InboxModel::PseudonymColumn);
    m_list->setItemDelegate(new InboxDelegate(m_list));
    m_list->setSelectionMode(QAbstractItemView::SingleSelection);
    m_list->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_list->setUniformItemSizes(false);
    m_list->setResizeMode(QListView::Adjust);
    m_list->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_list->setVerticalScrollMode(QAbstractItemView::ScrollPerPixel);
    static_cast<InboxList *>(m_list)->emptyText = m_emptyText;
    m_title->setBuddy(m_list);

    m_accept->setObjectName(QStringLiteral("acceptButton"));
    // The mnemonic comes from the (translated) button text, so the tooltip names the right letter;
    // it is empty where the platform has no mnemonics (macOS).
    const QString enter = QKeySequence(Qt::Key_Enter).toString(QKeySequence::NativeText);
    const QKeySequence mnemonic = QKeySequence::mnemonic(m_accept->text());
    m_accept->setToolTip(mnemonic.isEmpty() ? tr("Accept the selected contact (%1 in the list)").arg(enter)
                                            : tr("Accept the selected contact (%1 in the list, or %2)")
                                                  .arg(enter, mnemonic.toString(QKeySequence::NativeText)));
    AccessibleNames::nameAfterText(m_accept, tr("Accept the selected contact"));

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_title);
    layout->addWidget(m_list, 1);
    layout->addWidget(m_accept);

    // activated covers Enter and double-click (per platform conventions).
    connect(m_list, &QListView::activated, this, [this] { acceptSelected(); });
    connect(m_accept, &QPushButton::clicked, this, &InboxView::acceptSelected);
    connect(m_list->selectionModel(), &QItemSelectionModel::selectionChanged, this, &InboxView::updateState);
    connect(&m_proxy, &QAbstractItemModel::rowsInserted, this, &InboxView::updateState);
    connect(&m_proxy, &QAbstractItemModel::rowsRemoved, this, &InboxView::updateState);
    connect(&m_proxy, &QAbstractItemModel::modelReset, this, &InboxView::updateState);

    // An offer to this volunteer comes first: select it, so Enter takes it.
    connect(&m_model, &InboxModel::offersChanged, this, [this] {
        const QStringList offered = m_model.offeredContactIds();
        if (!offered.isEmpty())
            selectRow(m_model.rowOf(offered.first()));
    });

    m_refresh.setInterval(refreshIntervalMs);
    connect(&m_refresh, &QTimer::timeout, this, [this] {
        m_model.refreshWaitingTimes();
        m_list->viewport()->update();
    });
    m_refresh.start();
    updateState();
}

QString InboxView::selectedContactId() const
{
    const QModelIndexList selected = m_list->selectionModel()->selectedIndexes();
    if (selected.isEmpty())
        return {};
    return selected.first().data(InboxModel::IdRole).toString();
}

void InboxView::setTitleVisible(bool visible)
{
    m_title->setVisible(visible);
}

void InboxView::setEmptyText(const QString &text)
{
    if (text == m_emptyText)
        return;
    m_emptyText = text;
    static_cast<InboxList *>(m_list)->emptyText = text;
    m_list->viewport()->update();
    updateState();
}

void InboxView::followPresence(models::Session &session)
{
    auto follow = [this, &session] {
        if (session.presenceStatus().chosen == models::Presence::Off) {
            const QKeySequence keys = ShiftBar::shortcut(models::Presence::Available);
            setEmptyText(tr("You are off shift — press %1 to take contacts")
                             .arg(keys.toString(QKeySequence::NativeText)));
        } else {
            setEmptyText(tr("Nobody is waiting."));
        }
    };
    connect(&session, &models::Session::presenceStatusChanged, this, follow);
    follow();
}

void InboxView::acceptSelected()
{
    const QString id = selectedContactId();
    if (!id.isEmpty())
        emit acceptRequested(id);
}

void InboxView::selectRow(int row)
{
    if (row < 0 || row >= m_proxy.rowCount())
        return;
    m_list->setCurrentIndex(m_proxy.index(row, InboxModel::PseudonymColumn));
}

void InboxView::updateState()
{
    const bool empty = m_proxy.rowCount() == 0;
    // The empty list is still a tab stop: a screen reader hears its description.
    m_list->setAccessibleDescription(empty ? m_emptyText : QString());
    // Select the first contact so Enter accepts the longest-waiting one.
    if (!empty && !m_list->selectionModel()->hasSelection())
        selectRow(0);
    m_accept->setEnabled(!selectedContactId().isEmpty());
}

} // namespace ecoute::ui
