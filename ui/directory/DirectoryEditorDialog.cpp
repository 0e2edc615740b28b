// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/directory/DirectoryEditorDialog.h"

#include "models/directory/ReferralText.h"
#include "models/workstation/VocabularyText.h"
#include "protocol/MessageCatalog.h"
#include "ui/accessibility/AccessibleNames.h"
#include "ui/accessibility/Announcer.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QItemSelectionModel>
#include <QKeySequence>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QShortcut>
#include <QVBoxLayout>

namespace ecoute::ui {

using models::ReferralDirectory;
using models::ReferralService;

namespace {
// The limits of directory.save (docs/protocol.md), so that typing stops where the server would refuse.
constexpr int kMaxName = 120;
constexpr int kMaxPhone = 40;
constexpr int kMaxWeb = 200;
constexpr int kMaxHours = 200;
constexpr int kMaxRegion = 120;
constexpr int kMaxHelpsWith = 500;

QLineEdit *lineEdit(const char *objectName, const QString &accessibleName, int maxLength, QWidget *parent)
{
    auto *edit = new QLineEdit(parent);
    edit->setObjectName(QLatin1String(objectName));
    edit->setAccessibleName(accessibleName);
    edit->setMaxLength(maxLength);
    return edit;
}
} // namespace

DirectoryEditorDialog::DirectoryEditorDialog(ReferralDirectory &directory, QWidget *parent)
    : QDialog(parent), m_directory(directory), m_list(new QListView(this)),
      m_name(lineEdit("directoryName", tr("Name"), kMaxName, this)), m_helpsWith(new QPlainTextEdit(this)),
      m_phone(lineEdit("directoryPhone", tr("Phone"), kMaxPhone, this)),
      m_web(lineEdit("directoryWeb", tr("Website"), kMaxWeb, this)),
      m_hours(lineEdit("directoryHours", tr("Hours"), kMaxHours, this)),
      m_region(lineEdit("directoryRegion", tr("Region"), kMaxRegion, this)), m_status(new QLabel(this))
{
    setObjectName(QStringLiteral("directoryEditor"));
    setWindowTitle(tr("Referral directory"));
    setAccessibleName(tr("Referral directory editor"));

    m_list->setObjectName(QStringLiteral("directoryEditorList"));
    m_list->setAccessibleName(tr("Services"));
    m_list->setModel(&m_directory);
    m_list->setSelectionMode(QAbstractItemView::SingleSelection);
    m_list->setEditTriggers(QAbstractItemView::NoEditTriggers);

    m_helpsWith->setObjectName(QStringLiteral("directoryHelpsWith"));
    m_helpsWith->setAccessibleName(tr("Helps with"));
    m_helpsWith->setAccessibleDescription(tr("Up to 500 characters. Tab moves on to the next field."));
    m_helpsWith->setTabChangesFocus(true);
    m_web->setPlaceholderText(QStringLiteral("https://"));
    m_web->setAccessibleDescription(tr("Starts with https:// or http://"));

    auto *languageRow = new QHBoxLayout;
    for (const QString &code : protocol::vocab::languages) {
        auto *box = new QCheckBox(models::VocabularyText::language(code), this);
        box->setObjectName(QStringLiteral("directoryLanguage_") + code);
        AccessibleNames::nameAfterText(box);
        m_languages.insert(code, box);
        languageRow->addWidget(box);
    }
    languageRow->addStretch(1);
    auto *languageGroup = new QWidget(this);
    languageGroup->setLayout(languageRow);
    languageGroup->setAccessibleName(tr("Languages spoken"));

    auto *form = new QFormLayout;
    form->addRow(tr("N&ame:"), m_name);
    form->addRow(tr("&Helps with:"), m_helpsWith);
    form->addRow(tr("&Phone:"), m_phone);
    form->addRow(tr("&Website:"), m_web);
    form->addRow(tr("H&ours:"), m_hours);
    form->addRow(tr("Lan&guages:"), languageGroup);
    form->addRow(tr("&Region:"), m_region);

    m_status->setObjectName(QStringLiteral("directoryEditorStatus"));
    m_status->setWordWrap(true);
    m_status->setAccessibleName(tr("Status"));
    m_status->hide();

    const auto keys = [](QKeySequence::StandardKey key) {
        return QKeySequence(key).toString(QKeySequence::NativeText);
    };
    m_new = AccessibleNames::makeButton(
        tr("&New service"), QStringLiteral("directoryNew"),
        tr("Empties the form for a new service (%1)").arg(keys(QKeySequence::New)), this);
    m_save = AccessibleNames::makeButton(
        tr("&Save"), QStringLiteral("directorySave"),
        tr("Sends the service to the server (%1)").arg(keys(QKeySequence::Save)), this);
    m_remove =
        AccessibleNames::makeButton(tr("Re&move…"), QStringLiteral("directoryRemove"),
                                    tr("Removes the selected service from the directory (%1 in the list)")
                                        .arg(keys(QKeySequence::Delete)),
                                    this);
    auto *close = new QDialogButtonBox(QDialogButtonBox::Close, this);
    AccessibleNames::nameAfterText(close->button(QDialogButtonBox::Close));
    close->button(QDialogButtonBox::Close)->setAutoDefault(false);

    auto *left = new QVBoxLayout;
    left->addWidget(m_list, 1);
    auto *listButtons = new QHBoxLayout;
    listButtons->addWidget(m_new);
    listButtons->addWidget(m_remove);
    left->addLayout(listButtons);
    auto *right = new QVBoxLayout;
    right->addLayout(form);
    right->addWidget(m_status);
    auto *saveRow = new QHBoxLayout;
    saveRow->addStretch(1);
    saveRow->addWidget(m_save);
    right->addLayout(saveRow);
    right->addStretch(1);
    auto *columns = new QHBoxLayout;
    columns->addLayout(left, 1);
    columns->addLayout(right, 2);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(columns, 1);
    layout->addWidget(close);

    auto *saveKeys = new QShortcut(QKeySequence::Save, this);
    connect(saveKeys, &QShortcut::activated, this, &DirectoryEditorDialog::saveForm);
    auto *newKeys = new QShortcut(QKeySequence::New, this);
    connect(newKeys, &QShortcut::activated, this, &DirectoryEditorDialog::startNew);
    auto *removeKeys = new QShortcut(QKeySequence::Delete, m_list);
    removeKeys->setContext(Qt::WidgetShortcut); // Delete in a text field deletes text
    connect(removeKeys, &QShortcut::activated, this, &DirectoryEditorDialog::removeSelected);
    connect(m_save, &QPushButton::clicked, this, &DirectoryEditorDialog::saveForm);
    connect(m_new, &QPushButton::clicked, this, &DirectoryEditorDialog::startNew);
    connect(m_remove, &QPushButton::clicked, this, &DirectoryEditorDialog::removeSelected);
    connect(close, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_name, &QLineEdit::textChanged, this, &DirectoryEditorDialog::updateButtons);
    connect(m_list->selectionModel(), &QItemSelectionModel::currentChanged, this,
            [this](const QModelIndex &current) {
                const QString id = current.data(ReferralDirectory::IdRole).toString();
                if (!id.isEmpty() && id != m_editedId)
                    editService(id);
            });
    connect(&m_directory, &ReferralDirectory::changed, this, &DirectoryEditorDialog::onDirectoryChanged);
    connect(&m_directory, &ReferralDirectory::changeAccepted, this, &DirectoryEditorDialog::onChangeAccepted);
    connect(&m_directory, &ReferralDirectory::errorMessage, this, [this](const QString &message) {
        m_saving = false;
        showStatus(message, true);
        updateButtons();
    });
    connect(&m_directory, &ReferralDirectory::invalidField, this, &DirectoryEditorDialog::focusField);

    if (!m_directory.isLoaded())
        m_directory.request();
    startNew();
    if (m_directory.rowCount() > 0)
        m_list->setCurrentIndex(m_directory.index(0, 0));
}

QString DirectoryEditorDialog::statusText() const
{
    return m_status->isVisible() ? m_status->text() : QString();
}

void DirectoryEditorDialog::editService(const QString &id)
{
    const auto service = m_directory.find(id);
    if (!service) {
        startNew();
        return;
    }
    m_editedId = service->id;
    m_editedExample = service->example;
    m_name->setText(service->name);
    m_helpsWith->setPlainText(service->helpsWith);
    m_phone->setText(service->phone);
    m_web->setText(service->web);
    m_hours->setText(service->hours);
    m_region->setText(service->region);
    for (auto it = m_languages.cbegin(); it != m_languages.cend(); ++it)
        it.value()->setChecked(service->languages.contains(it.key()));
    m_status->hide();
    const int row = m_directory.rowOf(id);
    if (m_list->currentIndex().row() != row)
        m_list->setCurrentIndex(m_directory.index(row, 0));
    updateButtons();
}

void DirectoryEditorDialog::startNew()
{
    m_editedId.clear();
    m_editedExample = false;
    for (QLineEdit *edit : {m_name, m_phone, m_web, m_hours, m_region})
        edit->clear();
    m_helpsWith->clear();
    for (QCheckBox *box : std::as_const(m_languages))
        box->setChecked(false);
    m_list->selectionModel()->clearCurrentIndex();
    m_list->clearSelection();
    m_status->hide();
    m_name->setFocus(Qt::OtherFocusReason);
    updateButtons();
}

ReferralService DirectoryEditorDialog::formService() const
{
    ReferralService s;
    s.id = m_editedId;
    s.name = m_name->text().trimmed();
    s.helpsWith = m_helpsWith->toPlainText().trimmed();
    s.phone = m_phone->text().trimmed();
    s.web = m_web->text().trimmed();
    s.hours = m_hours->text().trimmed();
    s.region = m_region->text().trimmed();
    s.example = m_editedExample;
    for (const QString &code : protocol::vocab::languages) {
        if (m_languages.value(code)->isChecked())
            s.languages.append(code);
    }
    return s;
}

bool DirectoryEditorDialog::saveForm()
{
    const ReferralService service = formService();
    if (service.name.isEmpty()) {
        showStatus(models::ReferralText::invalidField(QStringLiteral("name")), true);
        focusField(QStringLiteral("name"));
        return false;
    }
    if (service.helpsWith.size() > kMaxHelpsWith) {
        showStatus(models::ReferralText::invalidField(QStringLiteral("helpsWith")), true);
        focusField(QStringLiteral("helpsWith"));
        return false;
    }
    m_idsBeforeSave.clear();
    for (const ReferralService &s : m_directory.services())
        m_idsBeforeSave.insert(s.id);
    if (!m_directory.save(service))
        return false;
    m_saving = true;
    showStatus(tr("Saving…"), false);
    updateButtons();
    return true;
}

void DirectoryEditorDialog::removeSelected()
{
    const auto service = m_directory.find(m_editedId);
    if (!service)
        return;
    const auto answer = QMessageBox::question(
        this, tr("Remove a service"),
        tr("Remove \"%1\" from the referral directory? Volunteers will no longer find it.")
            .arg(service->name),
        QMessageBox::Yes | QMessageBox::No, QMessageBox::No);
    if (answer != QMessageBox::Yes)
        return;
    m_idsBeforeSave.clear();
    if (m_directory.remove(service->id)) {
        m_saving = true;
        showStatus(tr("Removing…"), false);
        updateButtons();
    }
}

void DirectoryEditorDialog::onDirectoryChanged()
{
    // A new directory resets the list: select the edited service again, keeping what is typed.
    const int row = m_directory.rowOf(m_editedId);
    if (row >= 0 && m_list->currentIndex().row() != row) {
        m_list->setCurrentIndex(m_directory.index(row, 0)); // the same id: the form is not filled again
    } else if (m_editedId.isEmpty() && !m_name->hasFocus() && m_name->text().isEmpty()
               && m_directory.rowCount() > 0 && !m_list->currentIndex().isValid()) {
        m_list->setCurrentIndex(m_directory.index(0, 0));
    }
    updateButtons();
}

void DirectoryEditorDialog::onChangeAccepted()
{
    m_saving = false;
    QString savedId = m_editedId;
    if (savedId.isEmpty() && !m_idsBeforeSave.isEmpty()) {
        for (const ReferralService &s : m_directory.services()) {
            if (!m_idsBeforeSave.contains(s.id) && s.name == m_name->text().trimmed())
                savedId = s.id;
        }
    } else if (savedId.isEmpty()) {
        // The directory was empty before: the only service with that name is the new one.
        for (const ReferralService &s : m_directory.services()) {
            if (s.name == m_name->text().trimmed())
                savedId = s.id;
        }
    }
    if (!savedId.isEmpty() && m_directory.find(savedId)) {
        editService(savedId);
        showStatus(tr("Saved."), false);
    } else {
        startNew();
        showStatus(tr("Removed."), false);
    }
}

void DirectoryEditorDialog::showStatus(const QString &text, bool error)
{
    m_status->setText(text);
    m_status->setStyleSheet(error ? QStringLiteral("font-weight: bold") : QString());
    m_status->show();
    Announcer::announce(this, text, error ? Announcer::Politeness::Assertive : Announcer::Politeness::Polite);
}

void DirectoryEditorDialog::focusField(const QString &field)
{
    const QHash<QString, QWidget *> fields {
        {QStringLiteral("name"), m_name},
        {QStringLiteral("helpsWith"), m_helpsWith},
        {QStringLiteral("phone"), m_phone},
        {QStringLiteral("web"), m_web},
        {QStringLiteral("hours"), m_hours},
        {QStringLiteral("region"), m_region},
        {QStringLiteral("languages"), m_languages.value(protocol::vocab::languages.first())}};
    if (QWidget *widget = fields.value(field))
        widget->setFocus(Qt::OtherFocusReason);
}

void DirectoryEditorDialog::updateButtons()
{
    m_save->setEnabled(!m_saving && !m_name->text().trimmed().isEmpty());
    m_remove->setEnabled(!m_saving && !m_editedId.isEmpty());
}

} // namespace ecoute::ui
