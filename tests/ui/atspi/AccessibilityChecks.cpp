// SPDX-License-Identifier: GPL-3.0-or-later
#include "tests/ui/atspi/AccessibilityChecks.h"

#include <QAbstractButton>
#include <QLabel>
#include <QRegularExpression>
#include <QTextDocumentFragment>
#include <QToolButton>

namespace ecoute::testing::accessibility {

namespace {
const QStringList kButtonRoles {QStringLiteral("push button"), QStringLiteral("toggle button"),
                                QStringLiteral("check box"), QStringLiteral("radio button")};
/// Where a label's text may end up if its role was changed to make it live.
const QStringList kTextRoles {
    QStringLiteral("label"),        QStringLiteral("status bar"), QStringLiteral("alert"),
    QStringLiteral("notification"), QStringLiteral("static"),     QStringLiteral("heading"),
    QStringLiteral("text"),         QStringLiteral("paragraph"),  QStringLiteral("info bar")};
const QStringList kLiveRoles {QStringLiteral("alert"), QStringLiteral("notification"),
                              QStringLiteral("status bar"), QStringLiteral("info bar")};

QString quoted(const QString &text)
{
    return QLatin1Char('"') + text + QLatin1Char('"');
}

QString nameOf(const QObject *object)
{
    return object->objectName().isEmpty() ? QString::fromLatin1(object->metaObject()->className())
                                          : object->objectName();
}

bool showsText(const QAbstractButton *button)
{
    const auto *tool = qobject_cast<const QToolButton *>(button);
    return !(tool && tool->toolButtonStyle() == Qt::ToolButtonIconOnly && !tool->icon().isNull());
}

/// Countdowns ("encore 26 secondes") tick between the reading of the tree and this comparison:
/// numbers may differ, the words may not.
QString withoutNumbers(const QString &text)
{
    static const QRegularExpression digits(QStringLiteral("\\d+"));
    return QString(text).replace(digits, QStringLiteral("#"));
}

bool canRead(const AtspiNode &node, const QString &shown)
{
    const QString name = node.name.simplified();
    const QString text = node.text.simplified();
    if (name.contains(shown) || text.contains(shown))
        return true;
    const QString pattern = withoutNumbers(shown);
    return withoutNumbers(name).contains(pattern) || withoutNumbers(text).contains(pattern);
}

QString field(const QJsonObject &event, const char *key)
{
    return event.value(QLatin1String(key)).toString();
}
} // namespace

const QStringList &controlRoles()
{
    static const QStringList roles {
        QStringLiteral("push button"),  QStringLiteral("toggle button"), QStringLiteral("check box"),
        QStringLiteral("radio button"), QStringLiteral("text"),          QStringLiteral("password text"),
        QStringLiteral("entry"),        QStringLiteral("spin button"),   QStringLiteral("slider"),
        QStringLiteral("list"),         QStringLiteral("list box"),      QStringLiteral("table"),
        QStringLiteral("tree"),         QStringLiteral("tree table"),    QStringLiteral("combo box")};
    return roles;
}

QString withoutMnemonic(const QString &text)
{
    QString out;
    out.reserve(text.size());
    for (qsizetype i = 0; i < text.size(); ++i) {
        if (text.at(i) == QLatin1Char('&')) {
            if (i + 1 < text.size() && text.at(i + 1) == QLatin1Char('&')) {
                out.append(QLatin1Char('&'));
                ++i;
            }
            continue;
        }
        out.append(text.at(i));
    }
    return out;
}

QString shownText(const QLabel *label)
{
    const QString text = label->text();
    const bool rich = label->textFormat() == Qt::RichText
        || (label->textFormat() == Qt::AutoText && Qt::mightBeRichText(text));
    const QString plain = rich ? QTextDocumentFragment::fromHtml(text).toPlainText() : text;
    return (label->buddy() ? withoutMnemonic(plain) : plain).simplified();
}

QStringList unnamedControls(const AtspiTree &tree)
{
    QStringList findings;
    for (const AtspiNode &node : tree.nodes()) {
        if (!controlRoles().contains(node.role) || !node.has(QStringLiteral("showing"))
            || !node.has(QStringLiteral("focusable")))
            continue;
        if (node.name.trimmed().isEmpty())
            findings << QStringLiteral("(a) no accessible name: %1").arg(tree.describe(&node));
    }
    return findings;
}

QStringList buttonNameMismatches(const QList<QWidget *> &windows, const AtspiTree &tree)
{
    QStringList findings;
    for (QWidget *window : windows) {
        for (const QAbstractButton *button : window->findChildren<QAbstractButton *>()) {
            if (!button->isVisible() || !showsText(button) || button->text().trimmed().isEmpty())
                continue;
            const QString visible = withoutMnemonic(button->text()).trimmed();
            const AtspiNode *node = tree.nodeFor(button, kButtonRoles);
            if (!node) {
                findings << QStringLiteral("(b) button %1 %2 not found in the AT-SPI tree")
                                .arg(nameOf(button), quoted(visible));
            } else if (node->name.trimmed() != visible) {
                findings << QStringLiteral("(b) button %1: visible text %2, accessible name %3")
                                .arg(nameOf(button), quoted(visible), quoted(node->name));
            }
        }
    }
    return findings;
}

QStringList hiddenLabelTexts(const QList<QWidget *> &windows, const AtspiTree &tree, QStringList *checked)
{
    QStringList findings;
    for (QWidget *window : windows) {
        for (const QLabel *label : window->findChildren<QLabel *>()) {
            if (!label->isVisible() || !label->pixmap().isNull())
                continue;
            const QString shown = shownText(label);
            if (shown.isEmpty())
                continue;
            if (checked)
                checked->append(nameOf(label));
            const AtspiNode *node = tree.nodeFor(label, kTextRoles);
            if (!node) {
                findings << QStringLiteral("(c) label %1 %2 not found in the AT-SPI tree")
                                .arg(nameOf(label), quoted(shown));
                continue;
            }
            if (canRead(*node, shown))
                continue;
            findings << QStringLiteral("(c) label %1 shows %2 but a screen reader reads %3 (%4%5)")
                            .arg(nameOf(label), quoted(shown), quoted(node->name), node->role,
                                 node->hasText ? QStringLiteral(", text ") + quoted(node->text) : QString());
        }
    }
    return findings;
}

bool isAnnouncement(const QJsonObject &event, const QString &needle)
{
    if (needle.isEmpty())
        return false;
    const QString type = field(event, "type");
    const QString role = field(event, "sourceRole");
    const auto carries = [&](std::initializer_list<const char *> keys) {
        for (const char *key : keys) {
            if (field(event, key).contains(needle))
                return true;
        }
        return false;
    };
    if (type.startsWith(QLatin1String("object:announcement")))
        return carries({"anyData", "sourceName", "sourceText"});
    if (!kLiveRoles.contains(role))
        return false;
    if (type.startsWith(QLatin1String("object:state-changed:showing")))
        return event.value(QLatin1String("detail1")).toInt() == 1
            && carries({"sourceName", "sourceDescription", "sourceText", "sourceChildrenText"});
    if (type.startsWith(QLatin1String("object:property-change:accessible-name")))
        return carries({"sourceName", "anyData"});
    if (type.startsWith(QLatin1String("object:property-change:accessible-description")))
        return carries({"sourceDescription", "anyData"});
    if (type.startsWith(QLatin1String("object:text-changed:insert")))
        return carries({"anyData", "sourceText"});
    return false;
}

QString summarise(const QList<QJsonObject> &events, int max)
{
    QStringList lines;
    for (const QJsonObject &event : events) {
        if (lines.size() >= max) {
            lines << QStringLiteral("... %1 more").arg(events.size() - max);
            break;
        }
        QString line = QStringLiteral("%1 (%2) from %3 %4")
                           .arg(field(event, "type"))
                           .arg(event.value(QLatin1String("detail1")).toInt())
                           .arg(field(event, "sourceRole"), quoted(field(event, "sourceName")));
        if (!field(event, "anyData").isEmpty())
            line += QStringLiteral(" data ") + quoted(field(event, "anyData"));
        if (!field(event, "sourceChildrenText").isEmpty())
            line += QStringLiteral(" children ")
                + quoted(
                        field(event, "sourceChildrenText").replace(QLatin1Char('\n'), QStringLiteral(" | ")));
        lines << line;
    }
    return lines.isEmpty() ? QStringLiteral("(no events)") : lines.join(QLatin1Char('\n'));
}

} // namespace ecoute::testing::accessibility
