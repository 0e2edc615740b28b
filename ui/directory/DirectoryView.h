// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/directory/DirectoryFilter.h"
#include "models/directory/ReferralDirectory.h"

#include <QWidget>

class QLabel;
class QLineEdit;
class QListView;
class QPushButton;

namespace ecoute::ui {

/// The referral directory as a volunteer uses it during a contact: search (Ctrl+F), pick a
/// service, read its details and insert a sentence about it into the reply (Ctrl+Return).
/// Return in the search field goes to the list; Return or a double-click in the list inserts.
class DirectoryView : public QWidget
{
    Q_OBJECT

public:
    explicit DirectoryView(models::ReferralDirectory &directory, QWidget *parent = nullptr);

    /// The selected service's id, empty when none is.
    QString selectedId() const;
    /// Selects that service if the search shows it.
    void selectService(const QString &id);
    void setSearch(const QString &text);
    /// Puts the cursor in the search field (what Ctrl+F does).
    void focusSearch();

signals:
    /// The sentence to insert in the reply (ReferralText::forReply) and the service it names.
    void insertRequested(const QString &text, const QString &serviceId);

private:
    /// The details of a service as rich text: the fields people read at a glance, escaped.
    static QString detailsHtml(const models::ReferralService &s);
    void insertSelected();
    void updateState();
    /// After a new search or directory: the first service shown is selected unless one still is.
    void keepSelection();

    models::ReferralDirectory &m_directory;
    models::DirectoryFilter m_filter;
    QLineEdit *m_search;
    QListView *m_list;
    QLabel *m_state;
    QPushButton *m_reload;
    QLabel *m_details;
    QPushButton *m_insert;
};

} // namespace ecoute::ui
