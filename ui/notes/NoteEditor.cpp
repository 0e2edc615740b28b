// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/notes/NoteEditor.h"

#include "ui/accessibility/AccessibleNames.h"

#include <QCheckBox>
#include <QHBoxLayout>
#include <QKeySequence>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QSignalBlocker>
#include <QVBoxLayout>

namespace ecoute::ui {

using models::NoteBinding;

NoteEditor::NoteEditor(models::NotesWorkspace &workspace, QWidget *parent)
    : QWidget(parent), m_binding(workspace), m_text(new QPlainTextEdit(this)), m_tags(new QLineEdit(this)),
      m_pinned(new QCheckBox(this)), m_status(new QLabel(this))
{
    m_text->setObjectName(QStringLiteral("noteText"));
    m_text->setAccessibleName(tr("Note"));
    m_text->setPlaceholderText(tr("Write your notes here; they are saved as you type."));
    m_text->setTabChangesFocus(true);

    auto *tagsLabel = new QLabel(tr("&Tags:"), this);
    tagsLabel->setBuddy(m_tags);
    m_tags->setObjectName(QStringLiteral("noteTags"));
    m_tags->setAccessibleName(tr("Tags of the note"));
    m_tags->setPlaceholderText(tr("separated by commas"));
    m_tags->setToolTip(tr("Tags, separated by commas; saved when you press %1 or leave the field.")
                           .arg(QKeySequence(Qt::Key_Enter).toString(QKeySequence::NativeText)));

    m_pinned->setObjectName(QStringLiteral("notePinned"));
    m_pinned->setAccessibleDescription(tr("Keep this note longer"));

    m_status->setObjectName(QStringLiteral("noteSaveStatus"));
    // Live text ("Saved"): read as it is; the description gives the context.
    m_status->setAccessibleDescription(tr("Note save status"));

    auto *tagsRow = new QHBoxLayout;
    tagsRow->addWidget(tagsLabel);
    tagsRow->addWidget(m_tags, 1);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_text, 1);
    layout->addLayout(tagsRow);
    layout->addWidget(m_pinned);
    layout->addWidget(m_status);

    connect(m_text, &QPlainTextEdit::textChanged, this, [this] {
        if (!m_loading)
            m_binding.setBody(m_text->toPlainText());
    });
    connect(m_tags, &QLineEdit::editingFinished, this, [this] {
        if (m_loading || !m_binding.isAvailable())
            return;
        const QStringList tags = NoteBinding::parseTags(m_tags->text());
        if (tags != m_binding.tags())
            m_binding.setTags(tags);
    });
    connect(m_pinned, &QCheckBox::toggled, this, [this](bool pinned) {
        if (m_loading || !m_binding.isAvailable())
            return;
        if (!m_binding.setPinned(pinned)) {
            const QSignalBlocker blocker(m_pinned);
            m_pinned->setChecked(m_binding.isPinned());
        }
    });
    connect(&m_binding, &NoteBinding::loaded, this, &NoteEditor::load);
    connect(&m_binding, &NoteBinding::cleared, this, &NoteEditor::clearFields);
    connect(&m_binding, &NoteBinding::changedElsewhere, this, [this] {
        if (!m_text->hasFocus())
            load();
    });
    connect(&m_binding, &NoteBinding::saveStateChanged, this, &NoteEditor::showSaveState);
    clearFields();
}

QString NoteEditor::text() const
{
    return m_text->toPlainText();
}

QString NoteEditor::saveStatus() const
{
    return m_status->text();
}

void NoteEditor::setTextAccessibleName(const QString &name)
{
    m_text->setAccessibleName(name);
}

void NoteEditor::load()
{
    m_loading = true;
    m_text->setPlainText(m_binding.body());
    m_tags->setText(m_binding.tags().join(QStringLiteral(", ")));
    m_pinned->setChecked(m_binding.isPinned());
    m_loading = false;
    // Only offered where the organisation allows keeping notes longer.
    const int pinnedDays = m_binding.pinnedRetentionDays();
    m_pinned->setText(tr("&Keep this note for %n day(s)", "", pinnedDays));
    AccessibleNames::nameAfterText(m_pinned);
    m_pinned->setToolTip(tr("Notes are deleted after the period your organisation sets; a kept note is "
                            "deleted later."));
    m_pinned->setVisible(m_binding.pinningAllowed());
    m_pinned->setEnabled(m_binding.isAvailable());
    m_text->setReadOnly(!m_binding.isAvailable());
    m_tags->setReadOnly(!m_binding.isAvailable());
    showSaveState(m_binding.saveState());
}

void NoteEditor::clearFields()
{
    m_loading = true;
    // setPlainText/setText also drop the undo history, which holds earlier text.
    m_text->setPlainText(QString());
    m_tags->setText(QString());
    m_pinned->setChecked(false);
    m_pinned->setVisible(false);
    m_loading = false;
    m_status->clear();
}

void NoteEditor::showSaveState(NoteBinding::SaveState state)
{
    switch (state) {
    case NoteBinding::SaveState::Idle:
        m_status->clear();
        break;
    case NoteBinding::SaveState::Saving:
        m_status->setText(tr("Saving…"));
        break;
    case NoteBinding::SaveState::Saved:
        m_status->setText(tr("Saved"));
        break;
    case NoteBinding::SaveState::Failed:
        m_status->setText(tr("Not saved: the notes file cannot be written."));
        break;
    }
}

} // namespace ecoute::ui
