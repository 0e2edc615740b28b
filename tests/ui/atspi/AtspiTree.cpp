// SPDX-License-Identifier: GPL-3.0-or-later
#include "tests/ui/atspi/AtspiTree.h"

#include <QJsonArray>
#include <QWidget>

namespace ecoute::testing {

namespace {
QStringList strings(const QJsonValue &value)
{
    QStringList list;
    for (const QJsonValue &item : value.toArray())
        list.append(item.toString());
    return list;
}
} // namespace

QString AtspiNode::readable() const
{
    return QStringList {name, description, text}.join(QLatin1Char('\n'));
}

AtspiTree AtspiTree::fromJson(const QJsonObject &json)
{
    AtspiTree tree;
    tree.m_error = json.value(QLatin1String("error")).toString();
    const QJsonArray nodes = json.value(QLatin1String("nodes")).toArray();
    for (const QJsonValue &value : nodes) {
        const QJsonObject object = value.toObject();
        AtspiNode node;
        node.index = int(tree.m_nodes.size());
        node.parent = object.value(QLatin1String("parent")).toInt(-1);
        node.depth = object.value(QLatin1String("depth")).toInt();
        node.childCount = object.value(QLatin1String("childCount")).toInt();
        node.path = object.value(QLatin1String("path")).toString();
        node.role = object.value(QLatin1String("role")).toString();
        node.name = object.value(QLatin1String("name")).toString();
        node.description = object.value(QLatin1String("description")).toString();
        node.hasText = object.contains(QLatin1String("text"));
        node.text = object.value(QLatin1String("text")).toString();
        node.states = strings(object.value(QLatin1String("states")));
        const QJsonArray extents = object.value(QLatin1String("extents")).toArray();
        if (extents.size() == 4)
            node.extents =
                QRect(extents[0].toInt(), extents[1].toInt(), extents[2].toInt(), extents[3].toInt());
        for (const QJsonValue &relation : object.value(QLatin1String("relations")).toArray()) {
            node.relations.append({relation.toObject().value(QLatin1String("type")).toString(),
                                   strings(relation.toObject().value(QLatin1String("targets")))});
        }
        tree.m_nodes.append(node);
    }
    return tree;
}

const AtspiNode *AtspiTree::parentOf(const AtspiNode &node) const
{
    return node.parent >= 0 && node.parent < m_nodes.size() ? &m_nodes[node.parent] : nullptr;
}

QList<const AtspiNode *> AtspiTree::childrenOf(const AtspiNode &node) const
{
    QList<const AtspiNode *> children;
    for (const AtspiNode &candidate : m_nodes) {
        if (candidate.parent == node.index)
            children.append(&candidate);
    }
    return children;
}

QRect AtspiTree::screenRect(const QWidget *widget)
{
    return QRect(widget->mapToGlobal(QPoint(0, 0)), widget->size());
}

const AtspiNode *AtspiTree::nodeFor(const QWidget *widget, const QStringList &roles) const
{
    const QRect rect = screenRect(widget);
    const AtspiNode *found = nullptr;
    for (const AtspiNode &node : m_nodes) {
        if (node.extents != rect || (!roles.isEmpty() && !roles.contains(node.role)))
            continue;
        if (!found || node.depth > found->depth)
            found = &node;
    }
    return found;
}

const AtspiNode *AtspiTree::focused() const
{
    for (const AtspiNode &node : m_nodes) {
        if (node.has(QStringLiteral("focused")))
            return &node;
    }
    return nullptr;
}

QString AtspiTree::describe(const AtspiNode *node) const
{
    if (!node)
        return QStringLiteral("(no node)");
    QStringList ancestors;
    for (const AtspiNode *up = parentOf(*node); up && up->depth > 0; up = parentOf(*up))
        ancestors.prepend(QStringLiteral("%1 '%2'").arg(up->role, up->name));
    return QStringLiteral("%1 '%2' [%3,%4 %5x%6] in %7")
        .arg(node->role, node->name)
        .arg(node->extents.x())
        .arg(node->extents.y())
        .arg(node->extents.width())
        .arg(node->extents.height())
        .arg(ancestors.join(QStringLiteral(" > ")));
}

} // namespace ecoute::testing
