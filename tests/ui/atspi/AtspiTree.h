// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QJsonObject>
#include <QList>
#include <QRect>
#include <QString>
#include <QStringList>

class QWidget;

namespace ecoute::testing {

/// One object of the AT-SPI tree, as atspi_probe.py printed it.
struct AtspiNode
{
    int index = -1;
    int parent = -1;
    int depth = 0;
    int childCount = 0;
    QString path; ///< D-Bus object path: the node's identity
    QString role; ///< "push button", "label", "radio button"...
    QString name;
    QString description;
    bool hasText = false; ///< implements the Text interface
    QString text;
    QStringList states; ///< "showing", "focusable", "focused", "checked"...
    QRect extents; ///< screen coordinates
    struct Relation
    {
        QString type; ///< "labelled-by", "member-of"...
        QStringList targets; ///< paths
    };
    QList<Relation> relations;

    bool has(const QString &state) const { return states.contains(state); }
    /// Whatever a screen reader can read of it: name, description and text.
    QString readable() const;
};

/// The application's accessibility tree, flattened in walk order.
class AtspiTree
{
public:
    static AtspiTree fromJson(const QJsonObject &json);

    bool isValid() const { return !m_nodes.isEmpty(); }
    QString error() const { return m_error; }
    const QList<AtspiNode> &nodes() const { return m_nodes; }
    const AtspiNode *parentOf(const AtspiNode &node) const;
    QList<const AtspiNode *> childrenOf(const AtspiNode &node) const;
    /// The node showing this widget: same screen rectangle, one of `roles` if given (the
    /// deepest such node, since a container and its only child may share a rectangle).
    const AtspiNode *nodeFor(const QWidget *widget, const QStringList &roles = {}) const;
    /// The node with the focused state, or null.
    const AtspiNode *focused() const;
    /// "push button 'Accepter' at frame 'Ecoute' > panel '' > ..." for messages.
    QString describe(const AtspiNode *node) const;

    /// The widget's rectangle in the coordinates AT-SPI reports (screen).
    static QRect screenRect(const QWidget *widget);

private:
    QList<AtspiNode> m_nodes;
    QString m_error;
};

} // namespace ecoute::testing
