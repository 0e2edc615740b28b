// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/directory/ReferralDirectory.h"

#include <QDialog>
#include <QHash>
#include <QSet>

class QCheckBox;
class QLabel;
class QLineEdit;
class QListView;
class QPlainTextEdit;
class QPushButton;

namespace ecoute::ui {

/// Where admins keep the referral directory: the services on the left, the selected one's form on
/// the right. New (Ctrl+N) empties the form, Save (Ctrl+S) sends it, Remove (Delete in the list)
/// asks first. What the
/// server refuses is said in the dialog, the offending field gets the focus and the typed text stays.
class DirectoryEditorDialog : public QDialog
{
    Q_OBJECT

public:
    explicit DirectoryEditorDialog(models::ReferralDirectory &directory, QWidget *parent = nullptr);

    /// The service in the form, empty for a new one.
    QString editedId() const { return m_editedId; }
    /// What the status line says (errors, "Saved.").
    QString statusText() const;

    /// Fills the form with that service (or empties it for a new one).
    void editService(const QString &id);
    /// Sends the form (what Save does); false if it was not sent.
    bool saveForm();

private:
    void startNew();
    void removeSelected();
    void onDirectoryChanged();
    void onChangeAccepted();
    void showStatus(const QString &text, bool error);
    void focusField(const QString &field);
    models::ReferralService formService() const;
    void updateButtons();

    models::ReferralDirectory &m_directory;
    QListView *m_list;
    QLineEdit *m_name;
    QPlainTextEdit *m_helpsWith;
    QLineEdit *m_phone;
    QLineEdit *m_web;
    QLineEdit *m_hours;
    QLineEdit *m_region;
    QHash<QString, QCheckBox *> m_languages; ///< by language code
    QLabel *m_status;
    QPushButton *m_new;
    QPushButton *m_save;
    QPushButton *m_remove;
    QString m_editedId; ///< empty: the form is a new service
    bool m_editedExample = false;
    QSet<QString> m_idsBeforeSave; ///< to find the service a save added
    bool m_saving = false;
};

} // namespace ecoute::ui
