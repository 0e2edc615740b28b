// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/conversation/NoConversationView.h"

#include "models/workstation/FirstSteps.h"
#include "models/workstation/Workstation.h"

#include <QIcon>
#include <QKeySequence>
#include <QLabel>
#include <QVBoxLayout>

namespace ecoute::ui {

namespace {
/// The key as this desktop writes it ("Ctrl+1", "⌘1", "Strg+1").
QString keyText(models::FirstSteps::Key key)
{
    using Key = models::FirstSteps::Key;
    QKeySequence keys;
    switch (key) {
    case Key::GoAvailable:
        keys = QKeySequence(Qt::CTRL | Qt::Key_1);
        break;
    case Key::StartPractice:
        keys = QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_P);
        break;
    case Key::EndWrapup:
        keys = QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_W);
        break;
    case Key::AcceptOffer:
        keys = QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_A);
        break;
    case Key::Enter:
        keys = QKeySequence(Qt::Key_Enter);
        break;
    }
    return keys.toString(QKeySequence::NativeText);
}
} // namespace

NoConversationView::NoConversationView(models::Workstation &workstation, QWidget *parent)
    : QWidget(parent), m_workstation(workstation), m_icon(new QLabel(this)), m_title(new QLabel(this)),
      m_body(new QLabel(this))
{
    setObjectName(QStringLiteral("noConversationView"));
    m_icon->setPixmap(QIcon(QStringLiteral(":/ecoute/icons/ecoute.svg")).pixmap(64, 64));
    m_icon->setAlignment(Qt::AlignCenter);
    m_icon->setAccessibleName(tr("Ecoute"));
    m_title->setObjectName(QStringLiteral("firstStepsTitle"));
    m_title->setAlignment(Qt::AlignCenter);
    m_title->setWordWrap(true);
    QFont titleFont = m_title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.4);
    m_title->setFont(titleFont);
    m_body->setObjectName(QStringLiteral("firstStepsBody"));
    m_body->setAlignment(Qt::AlignCenter);
    m_body->setWordWrap(true);
    m_body->setForegroundRole(QPalette::PlaceholderText);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(64, 24, 64, 24);
    layout->addStretch(2);
    layout->addWidget(m_icon);
    layout->addSpacing(12);
    layout->addWidget(m_title);
    layout->addWidget(m_body);
    layout->addStretch(3);

    auto refresh = [this] {
        update();
    };
    connect(&workstation.session(), &models::Session::presenceChanged, this, refresh);
    connect(&workstation.session(), &models::Session::loggedIn, this, refresh);
    connect(&workstation.connection(), &models::Connection::stateChanged, this, refresh);
    for (QAbstractItemModel *model : std::initializer_list<QAbstractItemModel *> {
             &workstation.inbox(), &workstation.supervision().queue()}) {
        connect(model, &QAbstractItemModel::rowsInserted, this, refresh);
        connect(model, &QAbstractItemModel::rowsRemoved, this, refresh);
        connect(model, &QAbstractItemModel::modelReset, this, refresh);
    }
    update();
}

QString NoConversationView::title() const
{
    return m_title->text();
}

QString NoConversationView::body() const
{
    return m_body->text();
}

void NoConversationView::update()
{
    const models::FirstSteps::Hint hint = models::FirstSteps::hint({
        .role = m_workstation.session().role(),
        .presence = m_workstation.session().presence(),
        .connected = m_workstation.connection().state() == models::Connection::State::Connected,
        .waiting = m_workstation.inbox().rowCount(),
        .supervisionRequests = m_workstation.supervision().queue().rowCount(),
    });
    m_title->setText(hint.title);
    QString body = hint.body;
    for (models::FirstSteps::Key key : hint.keys)
        body = body.arg(keyText(key));
    m_body->setText(body);
}

} // namespace ecoute::ui
