// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/directory/DirectoryView.h"

#include "models/directory/ReferralText.h"
#include "ui/accessibility/AccessibleNames.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QItemSelectionModel>
#include <QKeyEvent>
#include <QKeySequence>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QPushButton>
#include <QShortcut>
#include <QVBoxLayout>

namespace ecoute::ui {

using models::ReferralDirectory;
using models::ReferralService;
using models::ReferralText;

namespace {
/// Down or Return in the search field goes to the results, as in a search box.
class SearchKeys : public QObject
{
public:
    SearchKeys(QWidget *list, QObject *parent) : QObject(parent), m_list(list) { }

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() == QEvent::KeyPress) {
            const auto *key = static_cast<QKeyEvent *>(event);
            const bool plain = key->modifiers() == Qt::NoModifier || key->modifiers() == Qt::KeypadModifier;
            if (plain
                && (key->key() == Qt::Key_Down || key->key() == Qt::Key_Return
                    || key->key() == Qt::Key_Enter)) {
                m_list->setFocus(Qt::OtherFocusReason);
                return true;
            }
        }
        return QObject::eventFilter(watched, event);
    }

private:
    QWidget *m_list;
};
} // namespace

DirectoryView::DirectoryView(ReferralDirectory &directory, QWidget *parent)
    : QWidget(parent), m_directory(directory), m_search(new QLineEdit(this)), m_list(new QListView(this)),
      m_state(new QLabel(this)), m_details(new QLabel(this))
{
    setObjectName(QStringLiteral("directoryView"));
    setAccessibleName(tr("Referral directory"));
    m_filter.setSourceModel(&m_directory);

    auto *searchLabel = new QLabel(tr("Sear&ch services:"), this);
    searchLabel->setBuddy(m_search);
    m_search->setObjectName(QStringLiteral("directorySearch"));
    m_search->setAccessibleName(tr("Search services"));
    m_search->setAccessibleDescription(tr(
        "Words of the name, what the service helps with, its region or language. Down goes to the results."));
    m_search->setPlaceholderText(tr("e.g. debts, youth, German"));
    m_search->setClearButtonEnabled(true);
    m_search->installEventFilter(new SearchKeys(m_list, this));

    m_list->setObjectName(QStringLiteral("directoryList"));
    m_list->setAccessibleName(tr("Services found"));
    const QString insertKeys = QKeySequence(Qt::CTRL | Qt::Key_Return).toString(QKeySequence::NativeText);
    m_list->setAccessibleDescription(
        tr("%1 or %2 inserts the selected service into the reply")
            .arg(insertKeys, QKeySequence(Qt::Key_Return).toString(QKeySequence::NativeText)));
    m_list->setModel(&m_filter);
    m_list->setSelectionMode(QAbstractItemView::SingleSelection);
    m_list->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_list->setUniformItemSizes(true);

    m_state->setObjectName(QStringLiteral("directoryState"));
    m_state->setWordWrap(true);
    m_reload = AccessibleNames::makeButton(tr("&Update the directory"), QStringLiteral("directoryReload"),
                                           tr("Ask the server for the referral directory again"), this);

    m_details->setObjectName(QStringLiteral("directoryDetails"));
    m_details->setAccessibleName(tr("Selected service"));
    m_details->setWordWrap(true);
    m_details->setTextFormat(Qt::RichText);
    m_details->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_details->setFocusPolicy(Qt::StrongFocus);
    m_details->setAlignment(Qt::AlignTop | Qt::AlignLeft);

    // The shortcut is the view's own (below), not the button's: a button shortcut would be the window's.
    m_insert = AccessibleNames::makeButton(
        tr("Insert into &my reply"), QStringLiteral("directoryInsert"),
        tr("Adds a sentence naming the selected service to your reply (%1)").arg(insertKeys), this);

    auto *searchRow = new QHBoxLayout;
    searchRow->addWidget(searchLabel);
    searchRow->addWidget(m_search, 1);
    auto *stateRow = new QHBoxLayout;
    stateRow->addWidget(m_state, 1);
    stateRow->addWidget(m_reload);
    auto *buttons = new QHBoxLayout;
    buttons->addStretch(1);
    buttons->addWidget(m_insert);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(searchRow);
    layout->addLayout(stateRow);
    layout->addWidget(m_list, 2);
    layout->addWidget(m_details, 1);
    layout->addLayout(buttons);
    setTabOrder(m_search, m_list);
    setTabOrder(m_list, m_details);
    setTabOrder(m_details, m_insert);

    // Inside the view only: the conversation around it keeps its own Ctrl+F and Ctrl+Return.
    auto *find = new QShortcut(QKeySequence(Qt::CTRL | Qt::Key_F), this);
    find->setContext(Qt::WidgetWithChildrenShortcut);
    connect(find, &QShortcut::activated, this, &DirectoryView::focusSearch);
    for (const QKeySequence &keys :
         {QKeySequence(Qt::CTRL | Qt::Key_Return), QKeySequence(Qt::CTRL | Qt::Key_Enter)}) {
        auto *insert = new QShortcut(keys, this);
        insert->setContext(Qt::WidgetWithChildrenShortcut);
        connect(insert, &QShortcut::activated, this, &DirectoryView::insertSelected);
    }

    connect(m_search, &QLineEdit::textChanged, this, [this](const QString &text) {
        m_filter.setSearch(text);
        keepSelection();
    });
    connect(m_insert, &QPushButton::clicked, this, &DirectoryView::insertSelected);
    // Not QListView::activated: some styles activate on a single click, which would insert by mistake.
    connect(m_list, &QListView::doubleClicked, this, &DirectoryView::insertSelected);
    for (const QKeySequence &keys : {QKeySequence(Qt::Key_Return), QKeySequence(Qt::Key_Enter)}) {
        auto *insert = new QShortcut(keys, m_list);
        insert->setContext(Qt::WidgetShortcut);
        connect(insert, &QShortcut::activated, this, &DirectoryView::insertSelected);
    }
    connect(m_reload, &QPushButton::clicked, &m_directory, &ReferralDirectory::request);
    connect(m_list->selectionModel(), &QItemSelectionModel::currentChanged, this,
            &DirectoryView::updateState);
    connect(&m_directory, &ReferralDirectory::changed, this, [this] {
        keepSelection();
        updateState();
    });
    keepSelection();
    updateState();
}

/// The details of a service as rich text: the fields people read at a glance, escaped.
QString DirectoryView::detailsHtml(const ReferralService &s)
{
    QStringList lines {QStringLiteral("<b>%1</b>").arg(s.name.toHtmlEscaped())};
    if (s.example)
        lines << QStringLiteral("<i>%1</i>").arg(tr("Invented example service").toHtmlEscaped());
    const auto add = [&lines](const QString &label, const QString &value) {
        if (!value.trimmed().isEmpty())
            lines << QStringLiteral("%1 %2").arg(label.toHtmlEscaped(), value.toHtmlEscaped());
    };
    add(tr("Helps with:"), s.helpsWith);
    add(tr("Phone:"), s.phone);
    add(tr("Website:"), s.web);
    add(tr("Hours:"), s.hours);
    add(tr("Languages:"), ReferralText::languages(s.languages));
    add(tr("Region:"), s.region);
    return lines.join(QStringLiteral("<br>"));
}

QString DirectoryView::selectedId() const
{
    return m_list->currentIndex().data(ReferralDirectory::IdRole).toString();
}

void DirectoryView::selectService(const QString &id)
{
    const int row = m_directory.rowOf(id);
    const QModelIndex index = row < 0 ? QModelIndex() : m_filter.mapFromSource(m_directory.index(row, 0));
    if (index.isValid())
        m_list->setCurrentIndex(index);
}

void DirectoryView::setSearch(const QString &text)
{
    m_search->setText(text);
}

void DirectoryView::focusSearch()
{
    m_search->setFocus(Qt::ShortcutFocusReason);
    m_search->selectAll();
}

void DirectoryView::keepSelection()
{
    if (!m_list->currentIndex().isValid() && m_filter.rowCount() > 0)
        m_list->setCurrentIndex(m_filter.index(0, 0));
    updateState();
}

void DirectoryView::insertSelected()
{
    const auto service = m_directory.find(selectedId());
    if (!service)
        return;
    emit insertRequested(ReferralText::forReply(*service), service->id);
}

void DirectoryView::updateState()
{
    QString state;
    if (m_directory.isLoading() && !m_directory.isLoaded())
        state = tr("Loading the referral directory…");
    else if (!m_directory.isLoaded())
        state = tr("The referral directory has not been loaded. Choose Update the directory.");
    else if (m_directory.rowCount() == 0)
        state = tr("The referral directory is empty. Ask an administrator to add the services your line "
                   "refers people to.");
    else if (m_filter.rowCount() == 0)
        state = tr("No service matches \"%1\". Try fewer or shorter words, a region or a language.")
                    .arg(m_search->text().trimmed());
    m_state->setText(state);
    m_state->setVisible(!state.isEmpty());
    m_reload->setVisible(!m_directory.isLoaded() && !m_directory.isLoading());
    m_list->setVisible(m_filter.rowCount() > 0);

    const auto service = m_directory.find(selectedId());
    m_details->setText(service ? detailsHtml(*service) : QString());
    m_details->setAccessibleDescription(service ? ReferralText::accessibleDescription(*service) : QString());
    m_details->setVisible(service.has_value());
    m_insert->setEnabled(service.has_value());
}

} // namespace ecoute::ui
